"""Text front: the order of a page's numeric dates when its language is not known.

"12/05/2024" may be 12 May or 5 December; CLDR settles it for a known language. Without one,
the page settles it itself: a publisher prints every date in one order, so a date whose first
number is over 12 ("13/05/2024") shows day-first order for all of them (and one whose second
number is over 12, month-first). A page showing both, or neither, settles nothing.
"""
from __future__ import annotations

import datetime as dt

import regex

from . import dates
from .writing_systems import ascii_digits

__all__ = ["first_date", "page_day_first"]

_NUMERIC = regex.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def page_day_first(texts: list[str]) -> bool | None:
    """True when the page's numeric dates are day-first, False when month-first, None when
    they do not tell."""
    day = month = False
    for text in texts:
        if "/" not in text and "." not in text and "-" not in text:
            continue
        for m in _NUMERIC.finditer(ascii_digits(text)):
            a, b = int(m[1]), int(m[3])
            day = day or (12 < a <= 31 and 1 <= b <= 12)
            month = month or (12 < b <= 31 and 1 <= a <= 12)
    return day if day != month else None


def first_date(text: str, language: str | None, day_first: bool | None) -> dt.date | None:
    """The first full date in ``text`` (`dates.find_dates`), an ambiguous numeric one read in
    the page's order ``day_first`` when the language does not give it."""
    for h in dates.find_dates(text, language):
        if h.date is not None:
            return h.date
        if day_first is None or language is not None:
            continue
        m = _NUMERIC.match(ascii_digits(text), h.start)
        if m is not None:
            a, b = int(m[1]), int(m[3])
            d, mo = (a, b) if day_first else (b, a)
            try:
                return dt.date(int(m[4]), mo, d)
            except ValueError:
                continue
    return None
