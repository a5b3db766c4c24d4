"""The time zone a live page states in words ("All times below are in Eastern time"), and the
day headings between its posts ("Sonntag, 25. Februar") that date the clocks below them.

A bare post clock ("7:53 am") is local time. Its UTC offset is known only when the page says
which zone its clocks are in; the offset of the page's own publication timestamp is a weaker
guess (a republisher stamps its own zone). The note is found in the page's description and in
short lines outside the posts; its zone is an IANA name, resolved through the tz database for
each post's date (so March 24 in "Eastern" is EDT, -04:00).

The wordings are data per language: `NOTE_LEADS` (how a zone note starts) and `ZONE_WORDS`
(region names and abbreviations); candidates for the phrase packs (``rules/<lang>.py``).
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import zoneinfo

import regex

from . import shapes
from .node_text import text_of

# How a sentence stating the page's clock zone starts, per language (lower case).
NOTE_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("all times", "times are", "times shown", "times stated", "times below", "all timings"),
    "nl": ("alle tijden", "alle tijdstippen", "tijden zijn"),
    "de": ("alle zeiten", "alle uhrzeiten", "alle zeitangaben", "zeitangaben in"),
    "fr": ("toutes les heures", "heures indiquées", "heure de"),
    "es": ("todas las horas", "horas en", "hora de"),
}
# Region words and abbreviations naming a zone, per language ("" holds the abbreviations).
ZONE_WORDS: dict[str, dict[str, str]] = {
    "": {"et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
         "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
         "mt": "America/Denver", "pt": "America/Los_Angeles", "pst": "America/Los_Angeles",
         "pdt": "America/Los_Angeles", "gmt": "Europe/London", "bst": "Europe/London", "uk": "Europe/London",
         "ist": "Asia/Kolkata", "cet": "Europe/Paris", "cest": "Europe/Paris", "aest": "Australia/Sydney",
         "aedt": "Australia/Sydney", "utc": "UTC"},
    "en": {"eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
           "pacific": "America/Los_Angeles", "british": "Europe/London", "london": "Europe/London",
           "indian": "Asia/Kolkata", "sydney": "Australia/Sydney", "new york": "America/New_York"},
    "nl": {"belgische": "Europe/Brussels", "nederlandse": "Europe/Amsterdam"},
    "de": {"mez": "Europe/Berlin", "mesz": "Europe/Berlin", "deutscher": "Europe/Berlin"},
    "fr": {"paris": "Europe/Paris", "française": "Europe/Paris"},
    "es": {"peninsular": "Europe/Madrid", "madrid": "Europe/Madrid"},
}
_IANA = regex.compile(r"\b(?:Africa|America|Asia|Australia|Europe|Pacific)/[A-Z][A-Za-z_]{2,30}\b")
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+")
_WORD = regex.compile(r"[\p{L}/_]+")
MAX_LINE = 400


def _languages(language: str | None) -> tuple[str, ...]:
    return ("en",) if language in (None, "en") else (language, "en")


def zone_in(text: str, language: str | None = None) -> str | None:
    """The IANA zone a sentence like "All times below are in Eastern time" names, else None."""
    for sentence in _SENTENCE_END.split(text):
        low = shapes.clean(sentence).casefold()
        for lang in _languages(language):
            at = next((low.find(lead) for lead in NOTE_LEADS.get(lang, ()) if lead in low), -1)
            if at < 0:
                continue
            rest = low[at:]
            iana = _IANA.search(shapes.clean(sentence)[at:])
            if iana:
                return iana.group(0)
            words = _WORD.findall(rest)
            table = {**ZONE_WORDS[""], **ZONE_WORDS.get(lang, {})}
            for i, w in enumerate(words):
                pair = " ".join(words[i:i + 2])
                if pair in table:
                    return table[pair]
                if w in table:
                    return table[w]
    return None


def stated_zone(tree, containers=(), language: str | None = None) -> str | None:
    """The zone the page states for its clocks: in its description, or in a line of its text.
    (One search over the page's text for the note's first words, then only the sentences found
    are read: the page is not walked element by element.)"""
    descriptions = [c for m in tree.getroottree().getroot().iter("meta")  # (as //meta[...]/@content)
                    if (m.get("name") == "description" or m.get("property") == "og:description")
                    and (c := m.get("content")) is not None]
    for d in descriptions[:2]:
        z = zone_in(d[:MAX_LINE], language)
        if z:
            return z
    body = tree.find("body")
    if body is None:
        return None
    text = text_of(body)
    if not _may_hold_lead(text[:SCAN_CHARS], language):
        return None
    for m in _leads(language).finditer(text[:SCAN_CHARS]):
        start = max(text.rfind("\n", 0, m.start()), m.start() - MAX_LINE)
        z = zone_in(text[start + 1:m.start() + MAX_LINE].split("\n", 1)[0], language)
        if z:
            return z
    return None


SCAN_CHARS = 400_000


def _may_hold_lead(text: str, language: str | None) -> bool:
    r"""Whether `_leads` may find a note's first words in ``text``, tested cheaply (its case-blind
    search of an alternation costs about 15 ns a character, and most pages hold no note): some
    lead's words, in the lower-cased text, one after another with white space between.
    Every match of `_leads` passes: ``str.lower`` gives each letter that the pattern's case-blind
    matching takes for a lead's letter that very letter, but for the long s (U+017F, taken for
    "s") and the dotted capital I (U+0130, taken for "i", lowered to "i" and a combining dot),
    both mapped here (a test checks this for every letter of `NOTE_LEADS`), and ``str.isspace``
    holds for every character ``\s`` matches. A page that passes is then searched as before."""
    low = text.lower()
    if "\u017f" in low:
        low = low.replace("\u017f", "s")
    if "\u0307" in low:
        low = low.replace("i\u0307", "i")
    for first, rests in _lead_words(language):
        at = low.find(first)
        while at >= 0:
            if any(_words_follow(low, at + len(first), rest) for rest in rests):
                return True
            at = low.find(first, at + 1)
    return False


def _words_follow(low: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` follow position ``at`` of ``low``, each after a run of white space.
    (Read character by character: the ``regex`` engine's anchored match at a position of a long
    string costs the string's length.)"""
    for word in words:
        j = at
        while j < len(low) and low[j].isspace():
            j += 1
        if j == at or not low.startswith(word, j):
            return False
        at = j + len(word)
    return True


@functools.lru_cache(maxsize=32)
def _lead_words(language: str | None) -> tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]:
    """The leads of `_leads` by first word: (first word, the words after it of each lead)."""
    rests: dict[str, list[tuple[str, ...]]] = {}
    for lang in _languages(language):
        for lead in NOTE_LEADS.get(lang, ()):
            first, *more = lead.split()
            rests.setdefault(first, []).append(tuple(more))
    return tuple((first, tuple(r)) for first, r in rests.items())


@functools.lru_cache(maxsize=32)
def _leads(language: str | None) -> "regex.Pattern[str]":
    leads = sorted({lead for lang in _languages(language) for lead in NOTE_LEADS.get(lang, ())}, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(x).replace("\\ ", r"\s+") for x in leads), regex.I)


def offset_on(zone: str, date: dt.date | None) -> int | None:
    """Minutes east of UTC of ``zone`` at noon on ``date`` (None when either is unknown)."""
    if date is None:
        return None
    try:
        tz = zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None
    off = dt.datetime(date.year, date.month, date.day, 12, tzinfo=tz).utcoffset()
    return int(off.total_seconds() // 60) if off is not None else None


# -- day headings between posts --------------------------------------------------------------------

DAY_MAX_WORDS = 6
DAY_MAX_CHARS = 60
DAY_LOOKBACK = 20
_DAY_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _day_of(el, page_date: dt.date | None, language: str | None) -> dt.date | None:
    """The day a short separator element names ("Sonntag, 25. Februar", "niedziela, 7 kwietnia
    2024", "Monday 3 June"): a full date, or a month and day completed with the year that puts it
    nearest the page's date. None for anything else (a clock beside it makes it a post's stamp)."""
    if not isinstance(el.tag, str):
        return None
    text = shapes.clean(text_of(el))
    if not text or len(text) > DAY_MAX_CHARS or len(text.split()) > DAY_MAX_WORDS:
        return None
    from .dates import find_dates
    from .times import CLOCK

    if CLOCK.search(text):
        return None
    hits = find_dates(text, language, yearless=True)
    if len(hits) != 1:
        return None
    hit = hits[0]
    if hit.date is not None:
        return hit.date
    if hit.month_day is None or page_date is None:
        return None
    best = None
    for year in (page_date.year - 1, page_date.year, page_date.year + 1):
        try:
            d = dt.date(year, *hit.month_day)
        except ValueError:
            continue
        if best is None or abs((d - page_date).days) < abs((best - page_date).days):
            best = d
    return best


def post_days(containers: list, page_date: dt.date | None, language: str | None = None) -> list[dt.date | None]:
    """For each post container, the day named by the nearest day heading above it among its
    siblings (or, when none, a heading before its parent), else None: a feed that runs over midnight
    prints the day between posts, and a post's bare clock belongs to that day, not to the
    page's publication date. One pass over each parent's children."""
    inside = set(containers)
    days: dict = {}
    for parent in {c.getparent() for c in containers if c.getparent() is not None}:
        current = None
        for prev in itertools.islice(parent.itersiblings(preceding=True), DAY_LOOKBACK):
            if prev.tag in _DAY_HEADINGS:  # <h3>Monday 3 June</h3><ul>(posts)</ul>; not a page's date line
                current = _day_of(prev, page_date, language)
                if current is not None:
                    break
        for ch in parent:
            if ch in inside:
                days[ch] = current
            elif isinstance(ch.tag, str):
                day = _day_of(ch, page_date, language)
                if day is not None:
                    current = day
    return [days.get(c) for c in containers]
