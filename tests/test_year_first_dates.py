"""Dates written year first in the languages whose CLDR long date pattern opens with the year,
with the letters the pattern glues to the parts (`date_patterns`, read in `dates`)."""
import datetime as dt

import pytest

from newsclean.date_patterns import babel_patterns, patterns_for
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
    assert patterns_for("eu")[0] == "y('e')'ko' MMMM'ren' d('a')"
    assert patterns_for("pt-BR") == patterns_for("pt") and patterns_for(None) == () and patterns_for("xx") == ()


def test_the_pattern_snapshot_is_what_babel_gives():
    # the data kept in date_pattern_data is CLDR's, as the installed Babel reads it
    import babel
    from babel import localedata

    from newsclean.date_pattern_data import BABEL_VERSION, PATTERNS

    if babel.__version__ != BABEL_VERSION:
        pytest.skip(f"snapshot made with Babel {BABEL_VERSION}; regenerate with python -m newsclean.date_patterns")
    fresh = {tag: found for tag in localedata.locale_identifiers()
             if "_" not in tag and tag != "root" and (found := babel_patterns(tag))}
    assert fresh == PATTERNS
