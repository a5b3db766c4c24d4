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


# -- clock conventions --------------------------------------------------------------------------

@pytest.mark.parametrize("line, hour, minute", [
    ("12.30 Uhr", 12, 30),
    ("12:30 Uhr", 12, 30),
    ("23u32", 23, 32),                 # Dutch
    ("16h56", 16, 56),                 # French
    ("16 h 56", 16, 56),
    ("kl. 14.30", 14, 30),             # Scandinavian
    ("klo 9.05", 9, 5),                # Finnish
    ("a las 14:30", 14, 30),           # Spanish
    ("14:30 h.", 14, 30),
    ("14.30 hod.", 14, 30),            # Czech
    ("ore 9.05", 9, 5),                # Italian
    ("7.12pm", 19, 12),
    ("12:05 a. m.", 0, 5),
    ("23:59", 23, 59),
])
def test_clock_conventions(line, hour, minute):
    mark = parse_time_line(line)
    assert mark is not None and (mark.hour, mark.minute) == (hour, minute)
    assert mark.lead == "" and mark.tail == ""


@pytest.mark.parametrize("line", [
    "12.50%",                          # a share, not a clock
    "£12.50",                          # a price
    "03.07.2026",                      # a date, not 03:07
    "Kick-off: 1pm was moved to the evening.",
    "Top 10",
    "2024",
    "Das Spiel beginnt um 12.30 Uhr, sagte der Trainer.",
    "Das Spiel beginnt um 12.30 Uhr.",
])
def test_numbers_that_are_not_clocks(line):
    mark = parse_time_line(line)
    assert mark is None or not mark.has_clock


def test_a_day_period_in_the_pages_language():
    assert parse_time_line("2:30 em", lang="sv").hour == 14          # Swedish 'em' (eftermiddag)
    assert parse_time_line("2:30 em").tail == "em"                   # unknown language: just a word
    assert parse_time_line("3:30 μ.μ.", lang="el").hour == 15


def test_a_stamp_with_an_abbreviated_dutch_day_and_month():
    mark = parse_time_line("vr 03 jul. 23u32")
    assert (mark.hour, mark.minute, mark.month_day, mark.lead) == (23, 32, (7, 3), "")
    assert mark.iso(dt.date(2026, 7, 1)) == "2026-07-03T23:32"       # no zone printed: no offset


@pytest.mark.parametrize("line, date, hour", [
    ("November 02 2023 21:06 (IST)", dt.date(2023, 11, 2), 21),
    ("Freitag, 3. Juli 2026, 12:30 Uhr", dt.date(2026, 7, 3), 12),
    ("le 2 novembre 2023 à 16h56", dt.date(2023, 11, 2), 16),
    ("3 de julio de 2026, 14:30", dt.date(2026, 7, 3), 14),
    ("4 lipca 2026 o 14:30", dt.date(2026, 7, 4), 14),
    ("2026. július 3. 14:30", dt.date(2026, 7, 3), 14),
])
def test_stamps_with_dates_in_other_languages(line, date, hour):
    mark = parse_time_line(line)
    assert mark is not None and mark.date == date and mark.hour == hour and not mark.lead and not mark.tail


def test_zones():
    assert parse_time_line("November 02 2023 21:06 (IST)").iso(None) == "2023-11-02T21:06+05:30"
    assert parse_time_line("12:30 Uhr MESZ").iso(dt.date(2026, 7, 3)) == "2026-07-03T12:30+02:00"
    assert parse_time_line("12:30 CET").offset == 60
    assert parse_time_line("12:30 Uhr").offset is None                # never invented


@pytest.mark.parametrize("line", [
    "Het concert begint om 20.30 uur en duurt tot laat, zei de organisator gisteren.",
    "Mar 3 people were hurt at 14:30 in the square, police said.",
    "Do you remember 14:30 on that day when everything changed for us all?",
])
def test_prose_with_a_clock_and_a_name_like_word_is_not_a_stamp(line):
    assert parse_time_line(line) is None


# -- dates in any language ------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("2 novembre 2023", dt.date(2023, 11, 2)),
    ("3. Juli 2026", dt.date(2026, 7, 3)),
    ("3 de julio de 2026", dt.date(2026, 7, 3)),
    ("3 d’agost de 2026", dt.date(2026, 8, 3)),       # Catalan
    ("4 lipca 2026", dt.date(2026, 7, 4)),            # Polish genitive
    ("3 июля 2026 г.", dt.date(2026, 7, 3)),          # Russian genitive
    ("3 ΙΟΥΛΙΟΥ 2026", dt.date(2026, 7, 3)),          # Greek capitals, no accents
    ("3 Temmuz 2026 Cuma", dt.date(2026, 7, 3)),      # Turkish
    ("November 02 2023 21:06 (IST)", dt.date(2023, 11, 2)),
    ("10 set. 2024", dt.date(2024, 9, 10)),           # an abbreviation with its dot
    ("2026-07-03", dt.date(2026, 7, 3)),
    ("13/07/2026", dt.date(2026, 7, 13)),             # the day is over 12: no doubt
    ("07/13/2026", dt.date(2026, 7, 13)),
])
def test_dates_in_any_language(text, want):
    assert parse_date(text) == want


@pytest.mark.parametrize("text, lang, want", [
    ("03/07/2026", "fr", dt.date(2026, 7, 3)),
    ("03.07.2026", "de", dt.date(2026, 7, 3)),
    ("03-07-2026", "nl", dt.date(2026, 7, 3)),
    ("03/07/2026", "en-GB", dt.date(2026, 7, 3)),
    ("04/07/26", "nl", dt.date(2026, 7, 4)),
    ("Top 10 set 2024", "it", dt.date(2024, 9, 10)),   # Italian 'set' = settembre
    ("3 listopad 2024", "hr", dt.date(2024, 10, 3)),    # Croatian listopad is October...
    ("3 listopadu 2024", "cs", dt.date(2024, 11, 3)),   # ...Czech listopad November
])
def test_numeric_dates_and_names_by_the_pages_language(text, lang, want):
    assert parse_date(text, lang=lang) == want


@pytest.mark.parametrize("text, lang", [
    ("03/07/2026", None),              # 3 July or March 7: no answer beats a wrong one
    ("03/07/2026", "en"),              # bare English is written both ways round
    ("03/07/2026", "en-US"),           # a common template default, declared by British pages too
    ("04/07/26", None),
    ("In 2024 the team set 10 records.", None),
    ("Top 10 set 2024 apart", None),   # 'set' is an abbreviation only in other languages
    ("They may 3 times 2024 over", None),
    ("3 listopad 2024", None),         # October or November, depending on the language
    ("2024", None),
    ("Top 10", None),
])
def test_near_miss_dates(text, lang):
    assert parse_date(text, lang=lang) is None


# -- a clock opening a heading; sports minutes ----------------------------------------------------

@pytest.mark.parametrize("text, hour, minute, rest", [
    ("7:12 am: Headline", 7, 12, "Headline"),
    ("7.12pm - Fireworks over the bay", 19, 12, "Fireworks over the bay"),
    ("12.30 Uhr: Anpfiff in Berlin", 12, 30, "Anpfiff in Berlin"),
    ("16h56 Macron arrive à Bruxelles", 16, 56, "Macron arrive à Bruxelles"),
    ("14:05 BST | Ministers meet", 14, 5, "Ministers meet"),
    ("7pm: Fireworks", 19, 0, "Fireworks"),
])
def test_a_clock_opening_a_heading(text, hour, minute, rest):
    from newsclean.times import split_leading_clock
    got = split_leading_clock(text)
    assert got is not None
    mark, after = got
    assert (mark.hour, mark.minute, after) == (hour, minute, rest)


@pytest.mark.parametrize("text", [
    "7 things to know about the storm",
    "2024: the year in review",
    "10.50 euros later, the ticket was ours",   # a number, with no separator after it
    "45+2' Goal for Messi",
    "12:30",                                    # a clock with no heading after it
])
def test_headings_that_do_not_open_with_a_clock(text):
    from newsclean.times import split_leading_clock
    assert split_leading_clock(text) is None


@pytest.mark.parametrize("text, want", [("45+2'", "45+2'"), ("90'", "90'"), ("120+4’", "120+4'"), (" 9' ", "9'")])
def test_minute_marks(text, want):
    from newsclean.times import parse_minute_mark
    assert parse_minute_mark(text) == want
    assert parse_time_line(text) is None or not parse_time_line(text).has_clock


@pytest.mark.parametrize("text", ["He scored in the 45' minute", "90's music", "Top 10", "200'", "12:45"])
def test_minute_mark_near_misses(text):
    from newsclean.times import parse_minute_mark
    assert parse_minute_mark(text) is None


def test_a_line_opening_with_a_minute_mark():
    from newsclean.times import split_leading_minute
    assert split_leading_minute("29' - Doelpunt - Lionel Messi (1 - 0)") == ("29'", "Doelpunt - Lionel Messi (1 - 0)")
    assert split_leading_minute("Messi scored in the 29' minute") is None


# -- the CLDR tables ------------------------------------------------------------------------------

def test_the_shipped_tables_are_what_babel_gives():
    """calendar_data.py is generated from CLDR through Babel; regenerate it with
    `python -m newsclean.calendar_names` after a Babel upgrade."""
    babel = pytest.importorskip("babel")
    from newsclean import calendar_data, calendar_names
    if babel.__version__ != calendar_data.BABEL_VERSION:
        pytest.skip("the snapshot was made with another Babel (CLDR) version")
    for tag in ("en", "nl", "pl", "el", "ca"):
        fresh = calendar_names._locale_names(tag)
        months, wide, days, periods, day_first = calendar_data.LOCALES[tag]
        assert (fresh.months, sorted(fresh.wide_months), fresh.days, fresh.periods, fresh.day_first) == \
            (months, wide, days, periods, day_first)


def test_a_language_outside_the_snapshot_comes_from_babel():
    pytest.importorskip("babel")
    assert parse_date("3 korrik 2026", lang="sq") == dt.date(2026, 7, 3)   # Albanian
    # without the language, a full name read only where it means one month in every CLDR language
    # (`calendar_any`): Albanian "korrik" is July everywhere; "listopad" is November in Polish and
    # Czech, October in Croatian
    assert parse_date("3 korrik 2026") == dt.date(2026, 7, 3)
    assert parse_date("3 listopad 2026") is None


def test_any_text_reads_without_error_and_within_the_clock():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from newsclean.times import parse_minute_mark, split_leading_clock

    alphabet = st.sampled_from(list("0123456789 .:/-'+hupmaAPMUhrjulvrzde,()") + ["Uhr", "juli", "BST", "kl.", "45+2'"])

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.lists(alphabet, max_size=30).map("".join), st.sampled_from([None, "de", "nl", "en-US", "sv"]))
    def check(text, lang):
        mark = parse_time_line(text, lang=lang)
        if mark is not None and mark.has_clock:
            assert 0 <= mark.hour < 24 and 0 <= mark.minute < 60
        got = split_leading_clock(text, lang=lang)
        if got is not None:
            assert 0 <= got[0].hour < 24 and got[1]
        parse_date(text, lang=lang)
        parse_minute_mark(text)

    check()


def test_words_after_a_stamp_are_kept_as_printed():
    """The cleaned tail classifies (label, author); text that becomes a paragraph keeps every word
    the page printed ("from" is a filler word only next to the stamp)."""
    mark = parse_time_line("8:40pm Key points from the budget")
    assert mark.tail == "Key points the budget"
    assert mark.rest == "Key points from the budget"
    assert parse_time_line("14:05 | Updated news from Kyiv").rest == "Updated news from Kyiv"
    assert parse_time_line("10:02 BREAKING").rest == "BREAKING"
    assert parse_time_line("10:02").rest == ""


def test_a_stamp_line_with_a_phrase_keeps_the_phrase_in_the_post():
    lines = []
    for hour, phrase in ((21, "Key points from the budget"), (20, "Reaction from the markets"), (19, "Views from the regions")):
        lines += [f"{hour - 12}:40pm {phrase}",
                  f"The treasurer said at {hour - 12}pm that the plan would be funded from the surplus this year.",
                  ""]
    doc = newsclean.parse("Budget 2024 live\n\n" + "\n".join(lines), format="text")
    # (the phrase after the clock, over the post's text, is its headline, or else its text)
    text = " ".join((doc.text + " " + " ".join(p.headline or "" for p in doc.posts)).split())
    assert "Key points from the budget" in text and "Reaction from the markets" in text
    assert "Key points the budget" not in text


def test_dotted_numeric_dates_put_the_day_first_in_any_language():
    """Between dots every CLDR locale that writes the year last puts the day first, so the order
    needs no page language; with slashes it does (3 April or March 4)."""
    from newsclean.dates import find_dates

    assert parse_date("Stand: 03.04.2024, 14:12 Uhr") == dt.date(2024, 4, 3)
    assert parse_date("11.2.2024 klo 23.18") == dt.date(2024, 2, 11)
    assert parse_date("03/04/2024") is None  # near miss: the slash order depends on the language
    assert parse_date("2024.04.03") == dt.date(2024, 4, 3)  # year first stays year first
    assert [h.month_day for h in find_dates("11.2. klo 23.18", None, yearless=True)] == [(2, 11)]
