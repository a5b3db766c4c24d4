"""`dates.parse_date` reads a line's first `PARSE_DATE_CHARS` characters: a dated line is short,
and a page without line breaks (a fuzzed 4 MB text of a few giant lines) was asked for its date
once a line, seconds each time."""
import datetime as dt

from newsclean import dates


def test_a_date_at_the_start_of_a_long_line_is_read():
    line = "Published 17 May 2024. " + "Words of the story go on. " * 400
    assert len(line) > dates.PARSE_DATE_CHARS
    assert dates.parse_date(line) == dt.date(2024, 5, 17)


def test_near_miss_a_date_past_the_bound_of_a_giant_line_dates_nothing():
    line = "Words of the story go on. " * 100 + "It happened on 17 May 2024."
    assert len(line) > dates.PARSE_DATE_CHARS
    assert dates.parse_date(line) is None
    assert dates.parse_date(line[-40:]) == dt.date(2024, 5, 17)  # the same date on a line of its own
