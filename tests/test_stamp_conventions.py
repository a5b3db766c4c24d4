"""Post stamps in more conventions: CJK dates and clocks, bracketed zones, spaced numeric dates,
month names after a clock, day separators, labels and ages around a stamp. Each with a near miss."""
from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean import calendar_units
from newsclean.dates import find_dates
from newsclean.times import parse_date, parse_time_line

JAN_1 = dt.date(2024, 1, 1)


# -- CJK dates and clocks -----------------------------------------------------------------------

def test_cjk_units_come_from_cldr():
    units = calendar_units.from_babel()
    assert "年" in units["year"] and "월" in units["month"] and "時" in units["hour"] and "분" in units["minute"]
    assert calendar_units.units() == units  # the snapshot is Babel's


@pytest.mark.parametrize("line, lang, want", [
    ("1月1日 16時10分", "ja", "2024-01-01T16:10"),
    ("2024年1月1日 23時40分", None, "2024-01-01T23:40"),
    ("1月1日 23:40", None, "2024-01-01T23:40"),
    ("1月1日 16时10分", "zh", "2024-01-01T16:10"),
    ("1월 1일 16시 10분", "ko", "2024-01-01T16:10"),
    ("2024년 1월 1일 오후 4시 10분", "ko", "2024-01-01T16:10"),
    ("1月1日 午後4時10分", "ja", "2024-01-01T16:10"),
])
def test_cjk_stamps(line, lang, want):
    mark = parse_time_line(line, lang=lang)
    assert mark is not None and mark.iso(dt.date(2023, 12, 31) if "2024" in line else JAN_1) == want
    assert mark.lead == "" and mark.tail == ""


def test_cjk_sentence_with_a_clock_is_no_stamp():
    # near miss: a sentence of body text written without spaces
    assert parse_time_line("1日午後4時10分ごろ、石川県能登地方で震度7の揺れを観測しました。", lang="ja") is None
    assert parse_time_line("1月1日", lang="ja") is None  # a date alone: no clock
    assert parse_date("2024年1月1日") == JAN_1
    assert parse_date("1月1日") is None  # no year


def _cjk_html() -> str:
    items = []
    for i, (clock, head) in enumerate([("23時40分", "死者は少なくとも30人に"), ("21時15分", "大規模な火災が発生"),
                                       ("19時30分", "首相が記者会見"), ("18時20分", "新幹線が運転見合わせ")]):
        body = "県によりますと、今回の地震で多くの建物が倒壊し、被害の把握を急いでいるということです。" * 2
        items.append(f'<section class="item" id="i{i}"><p class="item__time">1月1日 {clock}</p>'
                     f'<h2>{head}</h2><div class="body"><p>{body}</p></div></section>')
    return ('<html lang="ja"><head><title>【随時更新】地震 各地の被害状況</title></head><body><main><article>'
            '<h1>【随時更新】地震 各地の被害状況</h1><p><time datetime="2024-01-01T23:40">2024年1月1日 23時40分</time></p>'
            '<div class="liveblog">' + "".join(items) + '</div></article></main></body></html>')


def test_cjk_live_page_has_timed_posts():
    doc = newsclean.parse(_cjk_html(), format="html")
    assert doc.kind == "liveblog"
    assert [p.published for p in doc.posts][:2] == ["2024-01-01T23:40", "2024-01-01T21:15"]
    assert doc.posts[0].headline == "死者は少なくとも30人に"


# -- a bracketed zone after the clock -----------------------------------------------------------

def test_bracketed_zone_after_the_clock():
    mark = parse_time_line("Jun 04, 2024 20:15 (IST)")
    assert mark is not None and mark.iso(None) == "2024-06-04T20:15+05:30" and mark.tail == ""
    # a zone we hold no offset for: local time, never an invented offset, and no tail
    mark = parse_time_line("Jun 04, 2024 20:15 (WAT)")
    assert mark is not None and mark.iso(None) == "2024-06-04T20:15" and mark.tail == ""
    # near miss: an agency in brackets is no zone
    assert parse_time_line("20:15 (AFP)").tail == "AFP"


def _stamped_text(stamps: list[str]) -> str:
    heads = ["Ferries stop running", "Schools close early", "Evacuation ordered", "Bridges shut"]
    body = "The coast guard said the surge would arrive overnight, and towns along the shore were told to prepare."
    parts = ["Example News", "", "Storm live: the coast braces for the surge", ""]
    for stamp, head in zip(stamps, heads):
        parts += [stamp, "", head, "", f"{head}: {body}", ""]
    return "\n".join(parts + ["About us"])


def test_text_stamp_with_a_bracketed_zone_opens_posts():
    doc = newsclean.parse(_stamped_text([f"Jun 04, 2024 {h}:15 (IST)" for h in (20, 18, 15, 13)]), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert doc.posts[0].published == "2024-06-04T20:15+05:30" and not doc.posts[0].media


def test_caption_with_a_bracketed_credit_is_still_media():
    # near miss: a caption closed by a credit in brackets stays a caption and its credit
    from newsclean.text_credits import split_shaped
    assert split_shaped("Rescue teams at the harbour on Monday (Jane Smith)") == (
        "Rescue teams at the harbour on Monday", "Jane Smith")


# -- spaced numeric dates ------------------------------------------------------------------------

def test_spaced_numeric_dates():
    assert parse_date("15. 9. 2024") == dt.date(2024, 9, 15)
    mark = parse_time_line("15. 9. 2024 14:25")
    assert mark is not None and mark.iso(None) == "2024-09-15T14:25" and mark.lead == ""
    # near misses: the unspaced date still reads; a spaced pair of numbers is no date
    assert parse_date("15.9.2024") == dt.date(2024, 9, 15)
    assert parse_date("Skóre 3. 2. 1") is None


# -- a month name after a clock -----------------------------------------------------------------

def test_clock_minutes_are_not_a_day_before_a_month_name():
    # "10:30 Jan Novák": a clock and an author, not 30 January
    mark = parse_time_line("10:30 Jan Novák")
    assert mark is not None and mark.month_day is None and mark.tail == "Jan Novák"
    mark = parse_time_line("10:30 Jan Novák", lang="en")
    assert mark is not None and mark.month_day is None and mark.tail == "Jan Novák"
    # near misses: a date after the clock is still read
    assert parse_time_line("10:30 Jan 5", lang="en").month_day == (1, 5)
    assert parse_time_line("10:30 5 Jan").month_day == (1, 5)
    assert [h.month_day for h in find_dates("30 Jan", None, yearless=True)] == [(1, 30)]


# -- day separators between posts (text) --------------------------------------------------------

def _days_page(separator: str, body_tail: str = "") -> str:
    body = "Die Lage an der Front bleibt nach Angaben der Armee angespannt, sagte ein Sprecher am Abend."
    posts = [("21:40", "Neue Angriffe im Osten"), ("19:12", "Regierung berät"), (separator, None),
             ("22:50", "Lage stabilisiert"), ("11:15", "Besuch in Kiew")]
    parts = ["Beispiel Nachrichten", "", "Krieg im Liveticker: die Entwicklungen", "", "25.02.2024", ""]
    for stamp, head in posts:
        parts += [stamp, ""] if head is None else [stamp, head, f"{head}: {body}", ""]
    parts[-6:-6] = [body_tail] if body_tail else []
    return "\n".join(parts + ["Impressum"])


def test_day_separator_dates_the_posts_below_it():
    doc = newsclean.parse(_days_page("Samstag, 24. Februar 2024"), format="text")
    assert [p.published for p in doc.posts] == ["2024-02-25T21:40", "2024-02-25T19:12",
                                               "2024-02-24T22:50", "2024-02-24T11:15"]
    assert all("Februar" not in b.text for p in doc.posts for b in p.blocks)
    assert any(r.rule == "page.day-heading" and r.text == "Samstag, 24. Februar 2024" for r in doc.removed)


def test_yearless_day_separator_in_another_script():
    from newsclean.text_days import day_named
    assert day_named("16 марта", dt.date(2024, 3, 17), None) == dt.date(2024, 3, 16)
    assert day_named("П'ятниця, 23 лютого 2024", dt.date(2024, 2, 24), None) == dt.date(2024, 2, 23)
    # near misses: a date with other words, a stamp with its clock, a day far from the page's
    assert day_named("Wahl am 24. Februar 2024", dt.date(2024, 2, 25), "de") is None
    assert day_named("24. Februar 2024, 22:50", dt.date(2024, 2, 25), "de") is None
    assert day_named("24. Februar 2021", dt.date(2024, 2, 25), "de") is None


def test_a_date_line_inside_a_post_is_text():
    # near miss: a date line followed by the post's own text (not a stamp) stays in the post
    body = "Die Lage an der Front bleibt nach Angaben der Armee angespannt, sagte ein Sprecher am Abend."
    parts = ["Beispiel Nachrichten", "", "Krieg im Liveticker: die Entwicklungen", "", "25.02.2024", ""]
    for stamp, head in [("21:40", "Neue Angriffe"), ("19:12", "Regierung berät"), ("18:05", "Lage stabil")]:
        parts += [stamp, head, f"{head}: {body}", ""]
    parts[-1:-1] = ["Samstag, 24. Februar 2024", "Der Rückblick auf den Vortag folgt hier in Kürze, so der Sprecher."]
    doc = newsclean.parse("\n".join(parts + ["Impressum"]), format="text")
    assert not any(r.rule == "page.day-heading" for r in doc.removed)
    assert any("Samstag" in b.text for b in doc.posts[-1].blocks)
    assert doc.posts[-1].published == "2024-02-25T18:05"


# -- a ticker's marks around a stamp and headline (text) ----------------------------------------

def test_ticker_marks_around_clock_and_headline():
    from newsclean.text_times import clock_head
    mark, head = clock_head("+++ 21:40 Selenskyj: 31.000 Soldaten getötet +++")
    assert (mark.hour, mark.minute, head) == (21, 40, "Selenskyj: 31.000 Soldaten getötet")
    # near misses: an opening mark without its closing one, marks around no clock
    assert clock_head("+++ 21:40 Selenskyj: 31.000 Soldaten getötet") is None
    assert clock_head("+++ Eilmeldung: Waffenruhe vereinbart +++") is None


def test_ticker_page_has_timed_posts():
    body = "Die Lage an der Front bleibt nach Angaben der Armee angespannt, sagte ein Sprecher am Abend."
    parts = ["Beispiel", "", "Krieg im Liveticker: die Entwicklungen", "", "25.02.2024, 21:40 Uhr", ""]
    for clock, head in [("21:40", "Neue Angriffe im Osten"), ("19:12", "Regierung berät"), ("16:30", "Kanzler lehnt ab"),
                        ("08:05", "Drohnen über Odessa")]:
        parts += [f"+++ {clock} {head} +++", "", f"{head}: {body}", ""]
    doc = newsclean.parse("\n".join(parts + ["Impressum"]), format="text")
    assert doc.kind == "liveblog"
    assert [(p.headline, p.published) for p in doc.posts][:2] == [("Neue Angriffe im Osten", "2024-02-25T21:40"),
                                                                 ("Regierung berät", "2024-02-25T19:12")]


# -- a label before the stamp, an age after it --------------------------------------------------

def test_age_after_the_clock_is_part_of_the_stamp_in_other_scripts():
    for line in ("14:05 πριν από 2 ώρες", "16:20 5 минут назад"):
        mark = parse_time_line(line)  # the page's language unknown
        assert mark is not None and mark.hour is not None and mark.tail == "", line
    # near miss: words that are no age stay the tail
    assert parse_time_line("14:05 Γιώργος Παπαδόπουλος").tail == "Γιώργος Παπαδόπουλος"


def _label_page(labelled: str) -> str:
    body = "Selon les premières estimations, la participation atteint un niveau inédit depuis plus de quarante ans."
    parts = ["Le Journal", "", "Législatives EN DIRECT : les résultats", "", "7 juillet 2024", ""]
    for stamp, head in [("21h42 Par Wally Bordas", "Le Premier ministre démissionnera"),
                        ("20h22 Par Wally Bordas", "Le président doit appeler la gauche"),
                        (labelled, "Les premières estimations"),
                        ("19h30 Par Claire Conruyt", "Participation record")]:
        parts += [stamp, "", head, "", f"{head} : {body}", ""]
    return "\n".join(parts + ["Mentions légales"])


def test_capitals_label_before_a_stamp_with_an_author_opens_a_post():
    doc = newsclean.parse(_label_page("ESSENTIEL 20h00 Par Claire Conruyt"), format="text")
    assert [p.headline for p in doc.posts] == ["Le Premier ministre démissionnera", "Le président doit appeler la gauche",
                                             "Les premières estimations", "Participation record"]
    assert doc.posts[2].label == "ESSENTIEL" and doc.posts[2].published.startswith("2024-07-07T20:00")


def test_mixed_case_words_before_a_stamp_with_words_after_it_open_no_post():
    # near miss: "Paris 20h00 Par Claire Conruyt" is no label and stamp
    doc = newsclean.parse(_label_page("Rendez-vous Paris 20h00 avec Claire Conruyt"), format="text")
    assert "Les premières estimations" not in [p.headline for p in doc.posts]


# -- a programme list inside a post (text) ------------------------------------------------------

def _programme_page() -> str:
    body = "A nap eseményeit percről percre követjük, a beszédeket és a tüntetéseket is élőben közvetítjük."
    parts = ["Példa Hírek", "", "Március 15.: ünnepség Budapesten – percről percre", "", "2024. március 15.", ""]
    for clock, head in [("18:44", "Véget ért a tüntetés"), ("17:20", "Beszéd az Andrássy úton"), ("15:05", "Tömeg a téren")]:
        parts += [clock, "", head, "", f"{head}: {body}", "Megosztás Link másolása"]
    parts += ["07:30", "", "Jó reggelt!", "", "Ma az évfordulót ünnepeljük. A nap eseményeit percről percre követjük.", "",
              "* 9:00 zászlófelvonás a Kossuth téren", "* 11:00 állami ünnepség a Nemzeti Múzeumnál",
              "* 15:00 tüntetés az Andrássy úton", "Megosztás Link másolása", "", "Legfrissebb", "",
              "* 18:50 Zárva lesznek a boltok vasárnap", "* 18:31 Újabb hideg front jön", "* 18:12 Kiesett a Fradi",
              "", "Adatvédelem"]
    return "\n".join(parts)


def test_programme_list_inside_a_post_is_its_text():
    doc = newsclean.parse(_programme_page(), format="text")
    last = doc.posts[-1]
    text = "\n".join(b.text for b in last.blocks)
    assert "9:00 zászlófelvonás" in text and "15:00 tüntetés" in text
    assert len(doc.posts) == 4 and last.published == "2024-03-15T07:30"
    # near miss: the sidebar's timed list under its heading is not the post's text
    assert "Zárva lesznek" not in text


# -- clocks later than the page's update time (text) --------------------------------------------

def _update_page(header: str) -> str:
    body = "The former president won the primary by a wide margin, according to projections from the network."
    parts = ["Example News", "", "Super Tuesday live updates: the results", "", header, ""]
    for clock, head in [("11:52 p.m. ET", "Results in California"), ("10:41 p.m. ET", "Texas called"),
                        ("9:30 p.m. ET", "Polls close in the West"), ("10:05 a.m. ET", "Voting begins")]:
        parts += [clock, "", head, "", f"{head}: {body}", ""]
    return "\n".join(parts + ["About us"])


def test_clocks_later_than_the_update_belong_to_the_day_before():
    doc = newsclean.parse(_update_page("Updated March 6, 2024, 12:04 AM EST"), format="text")
    assert [p.published[:16] for p in doc.posts] == ["2024-03-05T23:52", "2024-03-05T22:41",
                                                    "2024-03-05T21:30", "2024-03-05T10:05"]
    assert any("update time" in w for w in doc.warnings)


@pytest.mark.parametrize("header", [
    "Published March 6, 2024, 8:00 AM EST",    # a publication time: later posts are that day's
    "Updated March 6, 2024, 11:58 PM EST",     # the update is after the posts
])
def test_clocks_stay_on_the_page_date_otherwise(header):
    doc = newsclean.parse(_update_page(header), format="text")
    assert doc.posts[0].published.startswith("2024-03-06T23:52")

