"""Bikram Sambat dates on Nepali pages ("२०८१ असोज १२ गते" is 28 September 2024), converted by the
``nepali-datetime`` package's almanac (``calendar_bikram``). Near misses: the same date on a
Hindi page (India's lunar Vikram Samvat shares the month names), a day the month does not have."""
from __future__ import annotations

import datetime as dt

import pytest

from newsclean import dates, times

pytest.importorskip("nepali_datetime")


def test_a_year_first_date_with_its_day_word():
    assert dates.parse_date("२०८० भदौ ५ गते", lang="ne") == dt.date(2023, 8, 22)
    assert dates.parse_date("२०८० भाद्र ५", lang="ne") == dt.date(2023, 8, 22)      # the formal name


def test_a_month_first_date_and_a_stamp_line():
    assert dates.parse_date("साउन ३२, २०८०", lang="ne") == dt.date(2023, 8, 17)
    mark = times.parse_time_line("नेपालखबर २०८० भदौ ५ गते १४:३०", lang="ne")
    assert mark is not None and mark.date == dt.date(2023, 8, 22) and (mark.hour, mark.minute) == (14, 30)


def test_near_misses():
    assert dates.parse_date("२०८० भदौ ५ गते", lang="hi") is None     # not Nepal's calendar
    assert dates.parse_date("२०८० भदौ ३३ गते", lang="ne") is None     # Bhadau 2080 has 31 days
