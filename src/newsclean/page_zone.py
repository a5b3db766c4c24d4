"""The time zone a live page states in words ("All times below are in Eastern time").

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
import zoneinfo

import regex

from . import shapes

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
    for d in tree.xpath('//meta[@name="description" or @property="og:description"]/@content')[:2]:
        z = zone_in(d[:MAX_LINE], language)
        if z:
            return z
    body = tree.find("body")
    if body is None:
        return None
    text = body.text_content()
    for m in _leads(language).finditer(text[:SCAN_CHARS]):
        start = max(text.rfind("\n", 0, m.start()), m.start() - MAX_LINE)
        z = zone_in(text[start + 1:m.start() + MAX_LINE].split("\n", 1)[0], language)
        if z:
            return z
    return None


SCAN_CHARS = 400_000


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
