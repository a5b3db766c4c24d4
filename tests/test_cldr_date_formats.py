"""Dates in a language's own long format, read from CLDR's date patterns (``dates._cldr_dates``):
year first, words between the parts, case endings glued to them."""
from __future__ import annotations

import datetime as dt

import pytest

from newsclean import dates


@pytest.mark.parametrize("text, lang, want", [
    ("2024ko apirilaren 21a", "eu", dt.date(2024, 4, 21)),        # y('e')'ko' MMMM'ren' d('a')
    ("2021eko urriaren 3a, igandea", "eu", dt.date(2021, 10, 3)),  # the optional "(e)"
    ("28 ta’ Ottubru 2024", "mt", dt.date(2024, 10, 28)),          # d 'ta'’ MMMM y
    ("2024 നവംബർ 23, 03:05 PM", "ml", dt.date(2024, 11, 23)),       # y MMMM d, before a clock
    ("2024թ. նոյեմբերի 5", "hy", dt.date(2024, 11, 5)),            # "y թ. MMMM d" without its space
    ("2024 m. lapkričio 5 d.", "lt", dt.date(2024, 11, 5)),        # y 'm'. MMMM d 'd'.
])
def test_a_date_in_the_languages_own_long_format(text, lang, want):
    assert dates.parse_date(text, lang=lang) == want


def test_near_miss_the_format_is_the_pages_language_only():
    # the Basque shape means nothing on a page of another language, or of none
    assert dates.parse_date("2024ko apirilaren 21a", lang="es") is None
    assert dates.parse_date("2024ko apirilaren 21a") is None
    # a word in the month's place that is no month of the language gives no date
    assert dates.parse_date("2024ko etxearen 21a", lang="eu") is None
    # a year and a number after a word are not a year-first date in English (CLDR "MMMM d, y")
    assert dates.parse_date("2024 budget 21", lang="en") is None


def test_near_miss_a_date_the_general_shapes_read_is_unchanged():
    hits = dates.find_dates("Domingo, 18 de febreiro de 2024", "gl")
    assert [(h.start, h.date) for h in hits] == [(9, dt.date(2024, 2, 18))]


def test_cldr_patterns_become_expressions_only_with_day_month_name_and_year():
    assert dates._pattern_regex("y MMMM d") is not None
    assert dates._pattern_regex("d.M.y") is None        # a numeric month: read elsewhere
    assert dates._pattern_regex("MMMM y") is None       # no day
