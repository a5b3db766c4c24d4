"""Month names news pages print that CLDR does not give their language (``calendar_printed``):
Sinhala pages print "සැප්තැම්බර්" where CLDR's Sinhala months are the traditional "බිනර"."""
from __future__ import annotations

import datetime as dt

from newsclean import dates


def test_a_sinhala_date_with_the_printed_month_name():
    assert dates.parse_date("2024 සැප්තැම්බර් 22", lang="si") == dt.date(2024, 9, 22)
    assert dates.parse_date("2024 අප්\u200dරේල් 5 සෙනසුරාදා", lang="si") == dt.date(2024, 4, 5)


def test_cldr_names_still_read_and_the_printed_names_only_in_their_language():
    assert dates.parse_date("2024 බිනර 22", lang="si") == dt.date(2024, 9, 22)  # CLDR's own name
    assert dates.parse_date("2024 සැප්තැම්බර් 22", lang="ta") is None             # (near miss) not Tamil's
