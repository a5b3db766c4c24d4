"""Stamp vocabulary from CLDR and the page's markup: Thai dates (dotted month abbreviations,
Buddhist-era years, the clock's closing word), ages without their preposition ("2 tim sedan"),
stoppage minutes written "90'+5'", dotted Portuguese dates ("30.out.2022"), a machine time in any
data-* attribute of a post container, a post whose stamp cannot be read, and a social embed
whose fallback is one link. Each rule with a near miss."""
import datetime as dt

import pytest

import newsclean
from newsclean import calendar_names as cal
from newsclean import dates, feed, html_front, structured
from newsclean.post_parts import attribute_time
from newsclean.times import parse_minute_mark, parse_time_line
from lxml import etree
from lxml import html as lxml_html


# -- Thai: dotted month abbreviations, the Buddhist era, the clock's closing word ----------------

def test_thai_stamp_with_buddhist_year_and_clock_word():
    mark = parse_time_line("14 พ.ค. 2566 23:10 น.", lang="th")
    assert mark is not None and (mark.hour, mark.minute) == (23, 10)
    assert mark.date == dt.date(2023, 5, 14) and not mark.tail and not mark.lead


def test_thai_abbreviations_keep_their_vowels_apart():
    # "มี.ค." (March) and "ม.ค." (January) differ by a vowel sign only
    assert dates.find_dates("3 มี.ค. 2567", "th")[0].date == dt.date(2024, 3, 3)
    assert dates.find_dates("3 ม.ค. 2567", "th")[0].date == dt.date(2024, 1, 3)


def test_near_miss_a_buddhist_year_outside_the_buddhist_calendar():
    assert cal.era_offset("th") == 543 and cal.era_offset("th-TH") == 543
    assert cal.era_offset("de") == 0 and cal.era_offset(None) == 0
    # a year 2566 on a German page is no date (and not the year 2566 either)
    hits = dates.find_dates("14. Mai 2566", "de", yearless=True)
    assert all(h.date is None for h in hits)
    # and a Gregorian year on a Thai page stays as it is
    assert dates.find_dates("14 พ.ค. 2023", "th")[0].date == dt.date(2023, 5, 14)


def test_near_miss_the_thai_clock_word_only_in_thai():
    assert parse_time_line("23:10 น.", lang="th").tail == ""
    assert cal.clock_affix("de") is None and cal.clock_affix("en") is None
    # (fr-CA prints "s" after the seconds: a unit, not a word closing the clock)
    assert cal.clock_affix("fr-CA") is None
    # a Thai word that merely starts with the same letter is not the clock's word
    assert parse_time_line("23:10 นาที", lang="th").tail == "นาที"


# -- ages without CLDR's preposition ---------------------------------------------------------------

@pytest.mark.parametrize("line, lang", [
    ("2 tim sedan", "sv"), ("27 min sedan", "sv"), ("för 2 timmar sedan", "sv"),
    ("5 minutter siden", "da"), ("3 timer siden", "nb"),
])
def test_ages_with_and_without_their_preposition(line, lang):
    mark = parse_time_line(line, lang=lang)
    assert mark is not None and mark.relative and mark.tail == "" and mark.lead == ""


@pytest.mark.parametrize("line, lang", [
    ("5 de minute", "ro"),   # Romanian "acum {0} de minute": without "acum" a duration
    ("2 tim", "sv"),         # a duration, no "sedan"
    ("5 Minuten", "de"),     # "vor 5 Minuten" needs its "vor"
])
def test_near_miss_durations_are_no_ages(line, lang):
    assert parse_time_line(line, lang=lang) is None


def test_english_ages_only_where_english_is_read():
    assert parse_time_line("4 min", lang="en-GB").relative
    assert parse_time_line("4 min").relative  # language unknown: as before
    # a Swedish page writes its ages in Swedish: "4 min" is not one there ...
    assert parse_time_line("4 min", lang="sv") is None
    # ... and "22h" on a Vietnamese page is an hour, not an age
    assert parse_time_line("22h", lang="vi") is None


# -- stoppage minutes, dotted Portuguese dates ---------------------------------------------------

@pytest.mark.parametrize("text, want", [("90'+5'", "90'+5'"), ("90+5'", "90+5'"), ("45 + 2’", "45+2'"), ("90’+3’", "90'+3'")])
def test_stoppage_minutes_both_ways(text, want):
    assert parse_minute_mark(text) == want


@pytest.mark.parametrize("text", ["90'+", "90'+5", "it's 90'+5'", "90'+45'"])
def test_near_miss_stoppage_minute_shapes(text):
    assert parse_minute_mark(text) is None


def test_dotted_portuguese_date_with_its_clock():
    mark = parse_time_line("30.out.2022 às 7h00", lang="pt-BR")
    assert mark.date == dt.date(2022, 10, 30) and (mark.hour, mark.minute) == (7, 0)
    assert dates.parse_date("30.out.2022", lang="pt-BR") == dt.date(2022, 10, 30)


def test_near_miss_dotted_words_that_are_no_month():
    assert dates.parse_date("30.abc.2022", lang="pt-BR") is None
    assert dates.parse_date("versão 3.p.m.2022", lang="pt-BR") is None
