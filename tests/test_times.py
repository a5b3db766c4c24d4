"""Time stamps: the shapes live blogs print, and their completion to ISO 8601."""
import datetime as dt

import pytest

import newsclean
from newsclean.times import parse_date, parse_time_line

MAY_17 = dt.date(2024, 5, 17)


@pytest.mark.parametrize("line, page_date, want", [
    ("12.05 BST", MAY_17, "2024-05-17T12:05+01:00"),
    ("4m ago 12.50 BST", MAY_17, "2024-05-17T12:50+01:00"),
    ("19:02 (IST), Oct 02", dt.date(2020, 10, 1), "2020-10-02T19:02+05:30"),
    ("1. Posted at 15:05 15:05", None, "15:05"),
    ("3:10 p.m. ET, Nov 5, 2024", None, "2024-11-05T15:10-05:00"),   # US Eastern, standard time
    ("9:45 a.m. ET", dt.date(2024, 7, 4), "2024-07-04T09:45-04:00"),  # daylight time in July
    ("1692003712", None, "2023-08-14T09:01:52+00:00"),
])
def test_stamps_complete_to_iso(line, page_date, want):
    mark = parse_time_line(line)
    assert mark is not None and mark.iso(page_date) == want


def test_author_and_label_around_the_time():
    assert parse_time_line("21:00Antony Clements-Thrower").tail == "Antony Clements-Thrower"
    assert parse_time_line("20:42KEY EVENT").tail == "KEY EVENT"
    assert parse_time_line("Jamie Braidwood 14 August 2023 10:01").lead == "Jamie Braidwood"


@pytest.mark.parametrize("line", [
    "The meeting will start at 10:30 and last for about two hours, officials said.",
    "Share",
    "In 2020 the company reported 3 losses.",
])
def test_sentences_mentioning_times_are_not_stamps(line):
    assert parse_time_line(line) is None


def test_relative_ages_carry_no_clock():
    mark = parse_time_line("3m ago")
    assert mark is not None and mark.relative and mark.iso(MAY_17) is None


def test_dates():
    assert parse_date("Mon 15 May 2023 12.50 BST") == dt.date(2023, 5, 15)
    assert parse_date("THE TIMES OF INDIA | Oct 02, 2020, 19:02:47 IST") == dt.date(2020, 10, 2)
    assert parse_date("no date here") is None


def test_a_stated_page_zone_completes_bare_clocks():
    page = ("Storm live\n\n17 May 2024\n\nAll times stated are UK\n\n10:15\n\nRoads closed\n\n"
            "Police closed the coast road this morning after the sea wall was overtopped.\n\n"
            "09:40\n\nFerries cancelled\n\nAll sailings from the port were cancelled for the rest of the day.\n\n"
            "09:00\n\nGood morning and welcome to our live coverage of the storm today.\n")
    doc = newsclean.parse(page, format="text")
    assert doc.timezone == "Europe/London"
    assert [p.published for p in doc.posts] == ["2024-05-17T10:15+01:00", "2024-05-17T09:40+01:00",
                                                "2024-05-17T09:00+01:00"]
