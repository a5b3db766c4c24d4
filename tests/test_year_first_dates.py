"""Dates written year first in the languages whose CLDR long date pattern opens with the year,
with the letters the pattern glues to the parts (`date_patterns`, read in `dates`)."""
import datetime as dt

import pytest

from newsclean.date_patterns import month_endings, year_first
from newsclean.dates import parse_date


@pytest.mark.parametrize("text,lang,day", [
    ("2024ko apirilaren 21a", "eu", dt.date(2024, 4, 21)),        # month + genitive "ren"
    ("2023ko urriaren 5a, igandea", "eu", dt.date(2023, 10, 5)),
    ("2024 m. balandžio 21 d.", "lt", dt.date(2024, 4, 21)),      # year, "m.", month, day, "d."
    ("2024. április 21.", "hu", dt.date(2024, 4, 21)),
])
def test_year_first_dates(text, lang, day):
    assert parse_date(text, lang=lang) == day


@pytest.mark.parametrize("text,lang", [
    ("2024ko apirilaren 21a", None),        # no language: the year-first order is not assumed
    ("2024ko apirilaren 21a", "es"),        # Spanish writes neither the order nor the month
    ("In 2024 May 3 people were hurt", "en"),  # English dates do not open with the year
])
def test_year_first_near_misses(text, lang):
    assert parse_date(text, lang=lang) is None


def test_cldr_patterns_read():
    assert year_first("eu") and year_first("lt") and not year_first("en") and not year_first(None)
    assert "ren" in month_endings("eu")
    assert month_endings("en") == ()


def test_year_first_data_agrees_with_cldr():
    # the data kept in date_patterns is CLDR's, as the installed Babel reads it
    import regex
    from babel import Locale, localedata

    from newsclean.date_patterns import MONTH_ENDINGS, YEAR_FIRST

    first, endings = set(), {}
    for tag in localedata.locale_identifiers():
        if "_" in tag:
            continue
        loc = Locale.parse(tag)
        if loc.date_formats["long"].pattern.lstrip().startswith("y"):
            first.add(tag)
        for width in ("long", "full"):
            pat = loc.date_formats[width].pattern
            at = pat.find("MMMM")
            m = regex.match(r"'([^']*)'", pat[at + 4:]) if at >= 0 else None
            if m and m[1].isalpha():
                endings.setdefault(tag, set()).add(m[1].casefold())
    assert first == set(YEAR_FIRST)
    assert endings == {k: set(v) for k, v in MONTH_ENDINGS.items()}
