"""The Solar Hijri (Persian) calendar: its month names and a converter to Gregorian dates.

Iranian and Afghan pages date their posts in the Solar Hijri calendar ("جمعه ۱۵ تیر ۱۴۰۳" is
Friday 5 July 2024). Babel reads the Gregorian calendar only, so the month names of CLDR's
"persian" calendar (Persian, format/wide) are kept here as data, and the conversion is a small
exact arithmetic of our own:

- A year starts on 1 Farvardin (Nowruz); months 1-6 have 31 days, 7-11 have 30, and Esfand
  (12) has 29, or 30 in a leap year.
- Leap years follow the 33-year cycle: year Y is leap when Y mod 33 is one of 1, 5, 9, 13, 17,
  22, 26, 30. This agrees with the official (astronomical) calendar for the years 1343-1472
  (1964-2094 CE); outside them no date is given (``RANGE``).
- Day numbers are counted from a known anchor: 1 Farvardin 1403 was 20 March 2024.
"""
from __future__ import annotations

import datetime as dt

# CLDR, calendar "persian", months, format, wide, locale fa
MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
          "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
MONTH_NUMBER = {name: i for i, name in enumerate(MONTHS, start=1)}
# Languages whose pages use this calendar by default (CLDR calendarPreferenceData: IR, AF)
LANGUAGES = frozenset({"fa", "ps"})

RANGE = (1343, 1472)
_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
_ANCHOR_YEAR = 1403
_ANCHOR = dt.date(2024, 3, 20)


def is_leap(year: int) -> bool:
    return year % 33 in _LEAP_REMAINDERS


def _year_length(year: int) -> int:
    return 366 if is_leap(year) else 365


def month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of Solar Hijri ``year``/``month``/``day``; None outside ``RANGE`` or
    for a day the month does not have."""
    if not RANGE[0] <= year <= RANGE[1] or not 1 <= month <= 12 or not 1 <= day <= month_length(year, month):
        return None
    days = sum(_year_length(y) for y in range(_ANCHOR_YEAR, year)) - \
        sum(_year_length(y) for y in range(year, _ANCHOR_YEAR))
    days += sum(month_length(year, m) for m in range(1, month)) + day - 1
    return _ANCHOR + dt.timedelta(days=days)
