"""Text front: day separators between posts.

A feed that runs over several days prints the day between its posts, on a line of its own
with no clock: "16 марта", "П'ятниця, 23 лютого 2024", "Sonntag, 25. Februar 2024". The
posts' bare clocks below it belong to that day, not to the page's date (the HTML front does the
same with day headings: ``page_zone.post_days``). Such a line is no post's text: it is recorded
as removed.

A separator stands right before a post's stamp (removed lines, such as an advert's label,
may come between), names one date and nothing but day names around it, and lies within
`MAX_DAYS_AWAY` of the page's date.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools

import regex

from . import calendar_names as cal
from .dates import find_dates
from .model import Post
from .text_lines import Line, State
from .times import CLOCK

RULE = "page.day-heading"  # (the rule segmentation gives a date glued above a stamp, too)
MAX_CHARS = 60
MAX_WORDS = 6
MAX_DAYS_AWAY = 14   # a day named this far from the page's date is no separator of its feed
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’ʼ]*")


def day_named(text: str, page_date: dt.date | None, language: str | None) -> dt.date | None:
    """The day a separator line names ("16 марта", "Sonntag, 25. Februar 2024"), a year-less
    one completed with the year nearest the page's date; None for anything else."""
    if len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or not any(c.isdigit() for c in text):
        return None
    if CLOCK.search(text):
        return None  # a clock beside the date: a stamp
    hits = find_dates(text, language, yearless=True)
    if len(hits) != 1:
        return None
    hit = hits[0]
    rest = _without_spaced_days(text[: hit.start] + " " + text[hit.end:], language)
    if any(c.isdigit() for c in rest) or not all(cal.is_day_name(w, language) for w in _WORD.findall(rest)):
        return None
    day = hit.date
    if day is None and hit.month_day is not None and page_date is not None:
        for year in (page_date.year, page_date.year - 1, page_date.year + 1):
            try:
                d = dt.date(year, *hit.month_day)
            except ValueError:
                continue
            if day is None or abs((d - page_date).days) < abs((day - page_date).days):
                day = d
    if day is None or page_date is None or abs((day - page_date).days) > MAX_DAYS_AWAY:
        return None
    return day


def _without_spaced_days(text: str, language: str | None) -> str:
    """``text`` without the day names of ``language`` that CLDR writes in two words or more
    (Vietnamese "Thứ Ba", "Chủ Nhật"), in any case: the word-by-word test cannot see them."""
    pattern = _spaced_days(language)
    return text if pattern is None else pattern.sub(" ", text)


@functools.cache
def _spaced_days(language: str | None) -> regex.Pattern[str] | None:
    if not language:
        return None
    try:
        from babel import Locale

        loc = Locale.parse(language.replace("-", "_"))
    except Exception:  # (an unknown or malformed tag: no names)
        return None
    names = {name for ctx in ("format", "stand-alone") for width in ("wide", "abbreviated")
             for name in loc.days.get(ctx, {}).get(width, {}).values() if " " in name.strip()}
    if not names:
        return None
    alts = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?<!\p{{L}})(?:{alts})(?!\p{{L}})", regex.IGNORECASE)


def post_days(lines: list[Line], starts: list[int], st: State, page_date: dt.date | None,
              language: str | None) -> list[dt.date | None] | None:
    """For each post start, the day named by the nearest separator above it (None before the
    first); None for the whole page when it prints no separator. The separators between posts
    are marked removed; one above the first post is left to the header."""
    if page_date is None or not starts:
        return None
    days: list[dt.date | None] = []
    current = None
    found = False
    for k, start in enumerate(starts):
        low = starts[k - 1] + 1 if k else 0
        # the lines above the stamp, up to the first kept one (an advert's removed label may
        # stand between; so may the separator itself, once segmentation removed it)
        for j in range(start - 1, low - 1, -1):
            ln = lines[j]
            day = None if ln.mark is not None or ln.media_kind or ln.head else day_named(ln.text, page_date, language)
            if day is not None:
                current, found = day, True
                if k and not ln.removed:
                    ln.rule = RULE
                    st.remove(RULE, ln.text)
                break
            if not ln.removed:
                break
        days.append(current)
    return days if found else None


def redate(post: Post, chunk: list[Line], day: dt.date, page_date: dt.date | None) -> Post:
    """``post`` with its bare clock on ``day`` instead of the page's date (a stamp that printed
    its own date keeps it)."""
    value = post.published
    if value is None or page_date is None or day == page_date or not value.startswith(page_date.isoformat()) \
            or any(ln.mark is not None and (ln.mark.date or ln.mark.month_day or ln.mark.epoch) for ln in chunk):
        return post
    return dataclasses.replace(post, published=day.isoformat() + value[10:])
