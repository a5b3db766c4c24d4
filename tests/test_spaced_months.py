"""Dates whose month name is two words or more in CLDR (`calendar_spaced`, read in `dates`):
Sorani "٢٠ی تشرینی یەکەمی ٢٠٢٤", Yoruba "16 Oṣù Bélú, 2024", and the stamp lines that print them."""
import datetime as dt

import pytest

from newsclean import times
from newsclean.calendar_spaced import babel_months, months
from newsclean.dates import parse_date


@pytest.mark.parametrize("text,lang,day", [
    ("٢٠ی تشرینی یەکەمی ٢٠٢٤", None, dt.date(2024, 10, 20)),       # day and month with the izafe "ی"
    ("٣ی کانوونی دووەمی ٢٠٢٥", "ckb", dt.date(2025, 1, 3)),
    ("Ọjọ́ Àbámẹ́ta, 16 Oṣù Bélú, 2024", None, dt.date(2024, 11, 16)),
    ("16 Osu Belu, 2024", "yo", dt.date(2024, 11, 16)),              # tone marks left out
    ("16 Oṣù Bélú, 2024", "ga", dt.date(2024, 11, 16)),              # a wrong guess of the language
    ("Oṣù Bélú 16, 2024", None, dt.date(2024, 11, 16)),
])
def test_spaced_month_dates(text, lang, day):
    assert parse_date(text, lang=lang) == day


@pytest.mark.parametrize("text,lang", [
    ("16 Oṣù Bélú", None),                   # no year: no full date
    ("16 Oṣù kan, 2024", None),              # "Oṣù" with a word that names no month
    ("12 Meán Lae 2024", None),              # first word of a name, second word not
    ("Ìdìbò 2024 ní Ondo", "yo"),            # a year in a sentence
])
def test_spaced_month_near_misses(text, lang):
    assert parse_date(text, lang=lang) is None


def test_stamp_line_with_a_spaced_month():
    mark = times.parse_time_line("٢٠ی تشرینی یەکەمی ٢٠٢٤ - ١٨:٠٥")
    assert mark is not None and (mark.date, mark.hour, mark.minute, mark.lead) == (dt.date(2024, 10, 20), 18, 5, "")
    # a sentence around the same date and clock is no stamp line
    assert times.parse_time_line("لە ٢٠ی تشرینی یەکەمی ٢٠٢٤ کاتژمێر ١٨:٠٥ کۆمیسیۆن ئەنجامەکانی ڕاگەیاند و دەنگدەران ڕازی بوون.") is None


def test_the_snapshot_is_what_babel_gives():
    import babel
    from babel import localedata

    from newsclean.calendar_spaced_data import BABEL_VERSION, MONTHS

    if babel.__version__ != BABEL_VERSION:
        pytest.skip(f"snapshot made with Babel {BABEL_VERSION}; regenerate with python -m newsclean.calendar_spaced")
    fresh = {tag: found for tag in localedata.locale_identifiers()
             if "_" not in tag and tag != "root" and (found := babel_months(tag))}
    assert fresh == MONTHS
    assert months("ckb")["تشرینی یەکەم"] == 10 and "de gener" not in months("ca") and months("es") == {}


# -- dates whose parts stand behind their unit's word (Khmer, Lao: `calendar_unit_dates`) ---------

@pytest.mark.parametrize("text,lang,day", [
    ("ថ្ងៃសុក្រ ទី១៥ ខែវិច្ឆិកា ឆ្នាំ២០២៤", "km", dt.date(2024, 11, 15)),   # ordinal "ទី", "month", "year" glued
    ("ថ្ងៃសុក្រ ទី១៥ ខែវិច្ឆិកា ឆ្នាំ២០២៤", None, dt.date(2024, 11, 15)),   # the script says Khmer
    ("ວັນທີ 9 ເດືອນຕຸລາ ປີ 2024", "lo", dt.date(2024, 10, 9)),
    ("ວັນທີ 9 ເດືອນ ຕຸລາ 2024", None, dt.date(2024, 10, 9)),
])
def test_dates_behind_unit_words(text, lang, day):
    assert parse_date(text, lang=lang) == day


@pytest.mark.parametrize("text,lang", [
    ("ទី១៥ ខែទូក ឆ្នាំ២០២៤", "km"),               # behind the word for month, a word that names no month
    ("ទី១៥ វិច្ឆិកា ឆ្នាំ២០២៤ ខែ", "km"),           # the month not behind the word for month
    ("ថ្ងៃសុក្រ ទី១៥ ខែវិច្ឆិកា", "km"),            # no year
])
def test_dates_behind_unit_words_near_misses(text, lang):
    assert parse_date(text, lang=lang) is None
