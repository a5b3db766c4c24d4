"""Clock vocabulary from CLDR: day-period words on 12-hour clocks (flexible periods and their
hours), words CLDR prints around a clock (after: bg "ч."; before: da "kl."), native digits on
every stamp path, sentence enders of every script, and dates in more scripts. Each rule with a
near miss. Fixtures are hand-written lines and pages, shaped like real templates."""
from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean import calendar_names, calendar_periods, calendar_persian, shapes, text_days, times
from support import text_page

DAY = dt.date(2024, 6, 9)


# -- 1. day periods -------------------------------------------------------------------------------

@pytest.mark.parametrize("line, lang, hour", [
    ("11:45 malam", "ms", 23),          # Malay night: 19:00-24:00
    ("6:20 petang", "ms", 18),          # evening: 14:00-19:00
    ("8:00 pagi", "ms", 8),             # morning
    ("রাত ১১:৪০", "bn", 23),            # Bengali night, before the clock, Bengali digits
    ("সকাল ৮:০০", "bn", 8),
    ("বিকেল ৪:৩০", "bn", 16),           # the spelling news pages print (CLDR: বিকাল)
    ("शाम 5:30", "hi", 17),             # Hindi evening from 16:00
    ("رات 10:15", "ur", 22),            # Urdu night
    ("11:45 malam", None, 23),          # no language: Malay and Indonesian agree
    ("রাত ১১:৪০", None, 23),
])
def test_a_day_period_word_says_which_half_of_the_day(line, lang, hour):
    mark = times.parse_time_line(line, lang=lang)
    assert mark is not None and (mark.hour, mark.lead, mark.tail) == (hour, "", "")


def test_a_day_period_that_fits_neither_reading_gives_no_time():
    # Malay "malam" covers 19:00-24:00; 12:30 is 00:30 ("morning1") or 12:30 ("afternoon1")
    mark = times.parse_time_line("12:30 malam", lang="ms")
    assert mark is not None and mark.hour is None and mark.iso(DAY) is None
    assert mark.doubt == times.PERIOD_WARNING
    assert times.parse_time_line("11:45 malam", lang="ms").doubt is None  # (near miss)
    assert times.split_leading_clock("12:30 malam - Keputusan rasmi", lang="ms") is None


@pytest.mark.parametrize("line, hour", [
    ("दिउँसो १:४०", 13),    # Nepali afternoon as printed (CLDR spells it "अपरान्ह")
    ("बेलुका ७:२०", 19),    # evening, a case form of CLDR's "बेलुकी" (a closing vowel sign differs)
    ("बिहान ७:१५", 7),      # morning, as CLDR spells it
])
def test_a_period_printed_in_another_case_form_is_read(line, hour):
    mark = times.parse_time_line(line, lang="ne")
    assert mark is not None and (mark.hour, mark.lead) == (hour, "")


def test_near_miss_an_inflected_period_outside_its_hours_gives_no_time_not_the_morning():
    # "राति" is CLDR's "रात" (night, 22:00-04:00) in the locative; neither 08:50 nor 20:50 is in it,
    # so no hour is given, where the word used to be taken for a lead and the clock for 08:50
    mark = times.parse_time_line("राति ८:५०", lang="ne")
    assert mark is not None and mark.hour is None and mark.lead == ""
    # a longer word on the same stem is no period ("रातभर", all night)
    assert not calendar_periods.is_period("रातभर", "ne")
    assert calendar_periods.is_period("राति", "ne")


def test_near_miss_a_24_hour_clock_keeps_its_hour_and_a_name_is_no_period():
    assert times.parse_time_line("18:20 petang", lang="ms").hour == 18
    mark = times.parse_time_line("10:30 Oleh Farah Aziz")
    assert (mark.hour, mark.tail) == (10, "Oleh Farah Aziz")
    # English "am"/"pm" keep their own reading
    assert times.parse_time_line("11:45 pm").hour == 23


def test_period_resolution_follows_cldr_rules():
    assert calendar_periods.resolve("malam", 11, 45, "ms") == 23
    assert calendar_periods.resolve("pagi", 12, 30, "ms") == 0    # ms "morning1" is 00:00-01:00
    assert calendar_periods.resolve("malam", 12, 30, "ms") is None
    assert calendar_periods.resolve("Farah", 11, 45, None) is None


def test_a_malay_text_page_reads_evening_stamps_as_evening():
    page = text_page("LANGSUNG: Keputusan pilihan raya umum", "Ikuti perkembangan terkini di sini.", [
        ["11:45 malam", "Gabungan mendakwa sokongan mencukupi",
         "Pengerusi gabungan itu mendakwa mempunyai sokongan mencukupi untuk membentuk kerajaan baharu."],
        ["10:30 malam", "Parti tunggal terbesar",
         "Parti itu memenangi 49 kerusi Parlimen, menjadikannya parti dengan kerusi terbanyak."],
        ["6:20 petang", "Peratusan keluar mengundi setakat empat petang ialah tujuh puluh peratus."],
        ["8:00 pagi", "Pusat mengundi dibuka",
         "Semua pusat mengundi di seluruh negara dibuka tepat jam lapan pagi hari ini."],
    ])
    doc = newsclean.parse(page, format="text")
    assert doc.kind == "liveblog"
    assert [p.published[-5:] if p.published else None for p in doc.posts] == ["23:45", "22:30", "18:20", "08:00"]


# -- 2. words around a clock, from CLDR's time and date-time patterns ------------------------------------

def test_bulgarian_hour_unit_after_the_clock():
    for lang in ("bg", None):  # (no language: a word some CLDR language prints after its clocks)
        mark = times.parse_time_line("21:40 ч.", lang=lang)
        assert mark is not None and (mark.hour, mark.minute, mark.tail) == (21, 40, "")
    assert calendar_names.clock_affix("bg").match(" ч.") is not None


def test_near_miss_a_short_latin_word_after_a_clock_stays_text():
    # a two-letter word some language prints after its clocks ("le") is no unit without the language
    mark = times.parse_time_line("12:30 le président")
    assert mark is not None and mark.tail == "le président"
    assert calendar_names.clock_affix("en") is None


def test_clock_leads_come_from_the_date_time_glue():
    assert "kl" in calendar_names.clock_leads("is")
    assert "kl" in calendar_names.clock_leads("da")
    assert "klo" in calendar_names.clock_leads("fi")
    assert not calendar_names.clock_leads("pl")  # near miss: no word before Polish clocks
    assert times.parse_time_line("Kl. 02:10", lang="is").hour == 2


# -- 3. native digits on the stamp paths ----------------------------------------------------------------

@pytest.mark.parametrize("line, hour, minute", [
    ("২৩:৪০", 23, 40),      # Bengali
    ("२१:१५", 21, 15),      # Devanagari
    ("۲۳:۵۰", 23, 50),      # Persian
    ("٢٣:٢٠", 23, 20),      # Arabic-Indic
    ("๑๔:๓๐", 14, 30),      # Thai
])
def test_native_digits_are_read_on_every_stamp_path(line, hour, minute):
    mark = times.parse_time_line(line)
    assert (mark.hour, mark.minute) == (hour, minute)
    split = times.split_leading_clock(line + " - শিরোনাম এখানে")
    assert split is not None and (split[0].hour, split[0].minute) == (hour, minute)
    assert times.opening_stamp(line + " লেখা").hour == hour


def test_near_miss_native_digits_in_a_sentence_are_no_stamp():
    assert times.parse_time_line("বিকেল চারটায় ভোট গ্রহণ শেষ হয়েছে এবং এখন গণনা চলছে সব কেন্দ্রে।") is None


# -- 4. sentence enders of every script -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "বিকেল চারটায় ভোট গ্রহণ শেষ হয়েছে।",        # Bengali danda
    "चुनाव आयोग ने नतीजे घोषित किए।",             # Devanagari danda
    "ووٹوں کی گنتی شروع کر دی گئی۔",              # Urdu full stop
    "هل انتهى التصويت؟",                           # Arabic question mark
    "Ընտրությունները ավարտվեցին։",                 # Armenian full stop
    "ምርጫው ተጠናቀቀ።",                               # Ethiopic full stop
])
def test_sentences_end_in_every_script(line):
    assert shapes.ends_sentence(line)


def test_near_miss_a_headline_has_no_ender():
    assert not shapes.ends_sentence("২২৩ আসনে আওয়ামী লীগের জয়")
    assert not shapes.ends_sentence("Kallas: valijad andsid selge mandaadi")
    assert not shapes.is_sentence_ender("—")


# -- dates: more scripts, and an abbreviated month before a clock ------------------------------------------

def test_bengali_month_names_without_a_language():
    assert times.parse_date("প্রকাশ: ০৭ জানুয়ারি ২০২৪, ০৭:৩০") == dt.date(2024, 1, 7)


def test_an_abbreviated_month_before_a_clock_is_a_date_without_a_language():
    assert times.parse_date("Екип на „Дневник“ 27 окт 2024, 07:00 Обновена 21:40") == dt.date(2024, 10, 27)
    # near miss: no clock after it, and the abbreviation needs the page's language
    assert times.parse_date("27 окт 2024 в Москве") is None


# -- 5. Solar Hijri dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("year, month, day, want", [
    (1403, 1, 1, dt.date(2024, 3, 20)),     # Nowruz 1403
    (1404, 1, 1, dt.date(2025, 3, 21)),
    (1399, 1, 1, dt.date(2020, 3, 20)),
    (1403, 4, 15, dt.date(2024, 7, 5)),
    (1403, 12, 30, dt.date(2025, 3, 20)),   # 1403 is a leap year: Esfand has 30 days
])
def test_solar_hijri_to_gregorian(year, month, day, want):
    assert calendar_persian.to_gregorian(year, month, day) == want


def test_near_miss_solar_hijri_days_that_do_not_exist():
    assert calendar_persian.to_gregorian(1404, 12, 30) is None   # 1404 is common
    assert calendar_persian.to_gregorian(1200, 1, 1) is None     # outside the cycle's exact range


def test_persian_day_lines_are_read_in_their_calendar():
    assert times.parse_date("شنبه ۱۶ تیر ۱۴۰۳") == dt.date(2024, 7, 6)
    mark = times.parse_time_line("جمعه ۱۵ تیر ۱۴۰۳ - ۰۸:۰۰")
    assert mark is not None and mark.date == dt.date(2024, 7, 5) and mark.hour == 8
    assert text_days.day_named("شنبه ۱۶ تیر ۱۴۰۳", dt.date(2024, 7, 5), None) == dt.date(2024, 7, 6)


def test_near_miss_a_persian_month_word_without_a_year_is_no_date():
    # "تیر" is also a word ("arrow"): only day, month and a Solar Hijri year make a date
    assert times.parse_date("۱۵ تیر پرتاب شد در سال ۲۰۲۴") is None
    assert times.parse_date("۱۵ تیر ۲۰۲۴") is None


def test_cldr_clock_leads_are_stamp_words_of_their_language():
    mark = times.parse_time_line("ساعت ۲۳:۵۰", lang="fa")   # fa "{1}، ساعت {0}"
    assert mark is not None and (mark.hour, mark.lead) == (23, "")
    # near miss: without the page's language the word stays as the stamp's lead
    assert times.parse_time_line("ساعت ۲۳:۵۰").lead == "ساعت"


def test_marathi_locative_day_periods_before_the_clock():
    # "in the evening 6:40", "in the afternoon 2:15": the locative forms news pages print
    from newsclean import times

    got = {s: times.parse_time_line(s, lang="mr") for s in ("सायंकाळी ६:४०", "दुपारी २:१५", "सकाळी ११:३०", "रात्री २:१०")}
    assert [(m.hour, m.minute) for m in got.values()] == [(18, 40), (14, 15), (11, 30), (2, 10)]
    # near miss: on a page of another language the Marathi word is not read, and the clock stays as printed
    other = times.parse_time_line("सायंकाळी ६:४०", lang="hi")
    assert other is None or (other.hour, other.minute) == (6, 40)
