"""Text front: a numeric day and month printed beside a post's clock, with no year.

"15:40 25/7", "25/7 15:40", or "14:05" with "25/7" on the line below it: the numbers are the
stamp's date, not a line of the post's text. Which number is the day comes from the page's
language (CLDR's numeric date order, through ``calendar_names.day_first``), else from the
numbers themselves (a 25 is no month), else from the page's date (the one reading within a
fortnight of it). The year is the one nearest the page's date. Without a page date, or when
both readings stay open, the post keeps its clock alone and the document a warning: a date is
never made up.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import regex

from . import calendar_names as cal
from . import text_times
from .text_lines import Line

RULE = "post.timestamp-day"   # a "25/7" line below its stamp's clock
NO_YEAR_WARNING = ("post stamps print a day and month without a year and the page gives no date: "
                   "those posts keep their clock only")
AMBIGUOUS_WARNING = ("post stamps print a numeric day and month that read either way (day first or month "
                     "first): those posts keep the page's date")
MAX_DAYS_AWAY = 14
# "25/7", "07/25", "25.07", "25-7" (a trailing dot: "25.7." is read by ``times`` itself)
DAY_MONTH = regex.compile(r"^(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})$")
_LEADING = regex.compile(r"^(?P<dm>\d{1,2}[/.\-]\d{1,2}),?\s+(?P<rest>\d.{2,40})$")


def _pair(text: str) -> tuple[int, int] | None:
    m = DAY_MONTH.match(text)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
        return None
    return a, b


def _bare_clock(ln: Line) -> bool:
    m = ln.mark
    return m is not None and m.has_clock and m.date is None and m.month_day is None and m.epoch is None \
        and not m.relative and not ln.head


def fold_day_months(lines: list[Line]) -> None:
    """Take the year-less numeric date beside each bare clock into its stamp (``Line.day_month``):
    after the clock on its line (the mark's tail is dropped), before it ("25/7 14:05": the line
    becomes a stamp), or alone on the next line (marked removed with `RULE`). Run right after
    ``text_lines.mark_times``."""
    for i, ln in enumerate(lines):
        if ln.removed or ln.media_kind:
            continue
        if ln.mark is None:
            if ln.text[:1].isdigit() and (m := _LEADING.match(ln.text)) and (pair := _pair(m["dm"])) \
                    and (found := text_times.stamp(m["rest"])) is not None and not found[1]:
                mark = found[0]
                if mark.has_clock and not mark.lead and not mark.tail and mark.date is None and mark.month_day is None:
                    ln.mark = dataclasses.replace(mark, text=ln.text)
                    ln.day_month = pair
            continue
        if not _bare_clock(ln) or ln.mark.lead:
            continue
        if ln.mark.tail and ln.mark.tail == ln.mark.rest and (pair := _pair(ln.mark.rest.strip())):
            ln.day_month = pair
            ln.mark = dataclasses.replace(ln.mark, tail="", rest="")
            continue
        if not ln.mark.rest and i + 1 < len(lines):
            nxt = lines[i + 1]
            if not nxt.removed and not nxt.media_kind and nxt.mark is None and (pair := _pair(nxt.text)):
                ln.day_month = pair
                nxt.rule = RULE


def _readings(pair: tuple[int, int], day_first: bool | None) -> list[tuple[int, int]]:
    """The (month, day) readings of a printed pair that the language's order allows."""
    a, b = pair
    out = []
    if day_first is not False and b <= 12:
        out.append((b, a))  # day first: "25/7"
    if day_first is not True and a <= 12:
        out.append((a, b))  # month first: "7/25"
    return list(dict.fromkeys(out))


def _nearest(month_day: tuple[int, int], page_date: dt.date) -> dt.date | None:
    best = None
    for year in (page_date.year, page_date.year - 1, page_date.year + 1):
        try:
            d = dt.date(year, *month_day)
        except ValueError:
            continue
        if best is None or abs((d - page_date).days) < abs((best - page_date).days):
            best = d
    return best


def date_day_months(lines: list[Line], page_date: dt.date | None, language: str | None) -> list[str]:
    """Give each stamp `fold_day_months` found its date; the warnings for those left undated."""
    warnings: list[str] = []
    order = cal.day_first(language)
    for ln in lines:
        if ln.day_month is None or ln.mark is None:
            continue
        readings = _readings(ln.day_month, order)
        if page_date is None:
            if len(readings) == 1:
                ln.mark = dataclasses.replace(ln.mark, month_day=readings[0])
            if NO_YEAR_WARNING not in warnings:
                warnings.append(NO_YEAR_WARNING)
            continue
        dates = [d for d in (_nearest(r, page_date) for r in readings) if d is not None]
        if len(dates) > 1:
            dates = [d for d in dates if abs((d - page_date).days) <= MAX_DAYS_AWAY]
        if len(dates) == 1:
            ln.mark = dataclasses.replace(ln.mark, date=dates[0])
        elif AMBIGUOUS_WARNING not in warnings:
            warnings.append(AMBIGUOUS_WARNING)
    return warnings
