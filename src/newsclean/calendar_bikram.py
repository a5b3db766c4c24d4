"""Bikram Sambat dates on Nepali pages: "२०८१ असोज १२ गते" (2081 Asoj 12, that is 28 September 2024).

Nepal's official calendar is the Bikram Sambat, a solar calendar whose month lengths are fixed
by an almanac year by year, not by a rule: CLDR does not hold it. The conversion is the
``nepali-datetime`` package's (its almanac table); without the package installed, no such date
is read (never a guessed one). The month names are data here: the formal names and the
spellings news pages print ("असोज" for "आश्विन", "साउन" for "श्रावण").

Only pages in Nepali are read so (``lang`` "ne"): India's Vikram Samvat shares the month names
but is a lunar calendar with other month boundaries.
"""
from __future__ import annotations

import datetime as dt
import functools

import regex

# month number -> the names pages print (the formal one first)
_NAMES: dict[int, tuple[str, ...]] = {
    1: ("वैशाख", "बैशाख"), 2: ("जेष्ठ", "ज्येष्ठ", "जेठ"), 3: ("आषाढ", "असार", "असाढ"), 4: ("श्रावण", "साउन"),
    5: ("भाद्र", "भदौ"), 6: ("आश्विन", "असोज", "असौज"), 7: ("कार्तिक", "कात्तिक"),
    8: ("मंसिर", "मङ्सिर", "मङ्गसिर", "मार्ग"), 9: ("पौष", "पुस", "पुष"), 10: ("माघ",),
    11: ("फाल्गुन", "फाल्गुण", "फागुन"), 12: ("चैत्र", "चैत"),
}
MONTHS: dict[str, int] = {name: number for number, names in _NAMES.items() for name in names}
LANGUAGES = frozenset({"ne"})

_MONTH = "(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")(?!\\p{M})"
_YEAR = r"(?P<y>20\d\d)(?!\d)"      # (Bikram Sambat 2000-2099: 1943-2043)
_DAY = r"(?P<d>[0-3]?\d)(?!\d)"
_GATE = r"(?:[\s\u00a0]*गते)?"       # ("गते": the day's own word)
# "२०८१ असोज १२ गते" (year first), "असोज १२, २०८१" (month first); digits already ASCII
_YMD = regex.compile(r"(?<![\p{L}\p{M}\d])" + _YEAR + r"[\s\u00a0,]+" + _MONTH + r"[\s\u00a0]+" + _DAY + _GATE)
_MDY = regex.compile(r"(?<![\p{L}\p{M}\d])" + _MONTH + r"[\s\u00a0]+" + _DAY + _GATE + r",?[\s\u00a0]+" + _YEAR)
_HAS_YEAR = regex.compile(r"(?<!\d)20\d\d(?!\d)")


def reads(lang: str | None) -> bool:
    """Whether dates of ``lang``'s pages are read in the Bikram Sambat."""
    return bool(lang) and lang.replace("_", "-").split("-")[0].lower() in LANGUAGES  # type: ignore[union-attr]


def find(text: str) -> list[tuple[int, int, dt.date]]:
    """``(start, end, Gregorian date)`` of each Bikram Sambat date in ``text`` (ASCII digits),
    in order; none without the ``nepali-datetime`` package or a month name."""
    if text.isascii() or not _HAS_YEAR.search(text):
        return []
    out = []
    for pat in (_YMD, _MDY):
        for m in pat.finditer(text):
            d = to_gregorian(int(m["y"]), MONTHS[m["mon"]], int(m["d"]))
            if d is not None:
                out.append((m.start(), m.end(), d))
    return sorted(out)


@functools.lru_cache(maxsize=256)
def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Bikram Sambat date, or None (no such day, outside the almanac,
    or no ``nepali-datetime``)."""
    try:
        import nepali_datetime
    except ImportError:
        return None
    try:
        return nepali_datetime.date(year, month, day).to_datetime_date()
    except (ValueError, KeyError, OverflowError, AssertionError):
        return None
