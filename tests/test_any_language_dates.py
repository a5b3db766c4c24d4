"""Dates of pages whose language is unknown and not among the common tables (no phrase pack):
the full month names of every CLDR language (``calendar_any``), read in the day-month-year
shapes such pages print: a short particle between day and month (Maltese "ta’", Hausa "ga"), a
hyphen joining them (Kyrgyz "5-март"), the year's word glued on ("2023-жыл"), a doubled letter
written once (Somali CLDR "Noofeembar", pages "Nofeembar")."""
from __future__ import annotations

import datetime as dt

from newsclean import calendar_any, dates


def test_month_names_of_any_cldr_language():
    assert calendar_any.month("Settembru") == 9        # Maltese
    assert calendar_any.month("Agusta") == 8           # Hausa
    assert calendar_any.month("Sebtembar") == 9        # Somali
    assert calendar_any.month("Sebteembar") == 9       # ... its stand-alone spelling
    assert calendar_any.month("Diseembar") == calendar_any.month("Disembar") == 12  # a long vowel written once


def test_near_misses_no_month():
    assert calendar_any.month("House") is None
    assert calendar_any.month("Jun") is None           # (too short: the common tables' business)


def test_a_particle_between_day_and_month():
    assert dates.parse_date("Publikat 3 ta’ Settembru 2023") == dt.date(2023, 9, 3)
    assert dates.parse_date("Musa Bello 14 ga Agusta, 2023 - 10:15") == dt.date(2023, 8, 14)


def test_a_hyphen_after_the_day_and_the_year_s_word():
    assert dates.parse_date("5-март, 2023-жыл 11:20") == dt.date(2023, 3, 5)


def test_a_doubled_letter_written_once_and_month_first():
    assert dates.parse_date("8 Disembar 2023 | 09h30") == dt.date(2023, 12, 8)
    assert dates.parse_date("Sebteembar 4, 2023") == dt.date(2023, 9, 4)


def test_near_misses_no_date():
    assert dates.parse_date("We had 3 of those in 2023") is None       # no month name
    assert dates.parse_date("Room 3 to House 2023") is None            # a word that names no month
    # with the page's language known, only its own names count (Maltese is not Polish)
    assert dates.parse_date("3 ta’ Settembru 2023", lang="pl") is None


def test_stamp_line_with_an_unknown_language_month_gets_its_date():
    from newsclean import times

    mark = times.parse_time_line("8 Disembar 2023 | 09h30")
    assert mark is not None and mark.date == dt.date(2023, 12, 8) and (mark.hour, mark.minute) == (9, 30)


def test_the_any_language_snapshot_is_what_babel_gives():
    """calendar_any_data.py is generated from CLDR through Babel (`python -m newsclean.calendar_any`)."""
    import pytest

    babel = pytest.importorskip("babel")
    from newsclean import calendar_any_data

    if babel.__version__ != calendar_any_data.BABEL_VERSION:
        pytest.skip("the snapshot was made with another Babel (CLDR) version")
    assert calendar_any.babel_months() == calendar_any_data.MONTHS
    assert calendar_any.babel_ages() == calendar_any_data.AGES
