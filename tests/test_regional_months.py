"""Month names of a pack language's regional and script variants (`calendar_regional`), read in
dates of a page in that language."""
import datetime as dt

import pytest

from newsclean.dates import parse_date


@pytest.mark.parametrize("text,lang,day", [
    ("الأحد 8 شتنبر 2024 - 10:00", "ar", dt.date(2024, 9, 8)),     # Moroccan
    ("الخميس 29 غشت 2024", "ar", dt.date(2024, 8, 29)),
    ("5 جويلية 2024", "ar", dt.date(2024, 7, 5)),                  # Algerian, Tunisian
    ("12 أيلول 2023", "ar", dt.date(2023, 9, 12)),                 # Levantine
    ("3. Jänner 2024", "de", dt.date(2024, 1, 3)),                 # Austrian
    ("15 de setiembre de 2023", "es", dt.date(2023, 9, 15)),       # Peruvian, Uruguayan
    ("17. septembar 2023.", "sr", dt.date(2023, 9, 17)),           # Serbian in Latin letters
])
def test_regional_month_names(text, lang, day):
    assert parse_date(text, lang=lang) == day


def test_regional_names_stay_with_their_language():
    # near miss: a variant's name is read for its own language only
    assert parse_date("8 شتنبر 2024", lang="fa") is None
    assert parse_date("15 de setiembre de 2023", lang="pt") is None


def test_table_agrees_with_cldr():
    from babel import localedata

    from newsclean import calendar_names as cal
    from newsclean.calendar_regional import MONTHS

    for base, names in MONTHS.items():
        main = cal._locale_names(base)
        found: dict[str, set[int]] = {}
        for tag in localedata.locale_identifiers():
            if tag.startswith(base + "_") and (n := cal._locale_names(tag)) is not None:
                for k, v in n.months.items():
                    found.setdefault(k, set()).add(v)
        for name, month in names.items():
            assert name not in main.months
            assert found.get(name) == {month}, (base, name)


def test_arabic_comma_before_the_year():
    # "08 فروری ، 2024": Urdu and Arabic pages part month and year with the Arabic comma
    assert parse_date("ویب ڈیسک 08 فروری ، 2024", lang="ur") == dt.date(2024, 2, 8)
    assert parse_date("8 فبراير، 2024", lang="ar") == dt.date(2024, 2, 8)
    # near miss: a comma and words between month and year part two things
    assert parse_date("08 فروری ، انتخابات 2024", lang="ur") is None
