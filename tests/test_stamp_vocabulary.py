"""Stamp vocabulary from CLDR and the page's markup: Thai dates (dotted month abbreviations,
Buddhist-era years, the clock's closing word), ages without their preposition ("2 tim sedan"),
stoppage minutes written "90'+5'", dotted Portuguese dates ("30.out.2022"), a machine time in any
data-* attribute of a post container, a post whose stamp cannot be read, and a social embed
whose fallback is one link. Each rule with a near miss."""
import datetime as dt

import pytest
from lxml import etree
from lxml import html as lxml_html

import newsclean
from newsclean import calendar_names as cal
from newsclean import dates, feed, html_front, structured
from newsclean.feed_stamps import attribute_time
from newsclean.times import parse_minute_mark, parse_time_line

# -- Thai: dotted month abbreviations, the Buddhist era, the clock's closing word ----------------

def test_thai_stamp_with_buddhist_year_and_clock_word():
    mark = parse_time_line("14 พ.ค. 2566 23:10 น.", lang="th")
    assert mark is not None and (mark.hour, mark.minute) == (23, 10)
    assert mark.date == dt.date(2023, 5, 14) and not mark.tail and not mark.lead


def test_thai_stamp_on_a_page_of_unknown_language():
    # (scraped text: no declared language; the script says Thai)
    mark = parse_time_line("14 พ.ค. 2566 08:00 น.")
    assert mark is not None and mark.date == dt.date(2023, 5, 14) and (mark.hour, mark.minute) == (8, 0)
    assert mark.tail == ""


def test_near_miss_a_thai_sentence_opening_with_a_clock_is_no_stamp():
    # Thai is written without spaces: a sentence is not a four-word tail ...
    assert parse_time_line("เวลา17.00น. ปิดหีบเลือกตั้งทั่วประเทศ เจ้าหน้าที่เริ่มนับคะแนนทันทีที่หน่วยเลือกตั้ง") is None
    # ... while a name after the clock still is one
    assert parse_time_line("23:10 น. นายพิธา ลิ้มเจริญรัตน์").tail == "นายพิธา ลิ้มเจริญรัตน์"


def test_thai_abbreviations_keep_their_vowels_apart():
    # "มี.ค." (March) and "ม.ค." (January) differ by a vowel sign only
    assert dates.find_dates("3 มี.ค. 2567", "th")[0].date == dt.date(2024, 3, 3)
    assert dates.find_dates("3 ม.ค. 2567", "th")[0].date == dt.date(2024, 1, 3)


def test_near_miss_a_buddhist_year_outside_the_buddhist_calendar():
    assert cal.era_offset("th") == 543 and cal.era_offset("th-TH") == 543
    assert cal.era_offset("de") == 0 and cal.era_offset(None) == 0
    # a year 2566 on a German page is no date (and not the year 2566 either)
    hits = dates.find_dates("14. Mai 2566", "de", yearless=True)
    assert all(h.date is None for h in hits)
    # and a Gregorian year on a Thai page stays as it is
    assert dates.find_dates("14 พ.ค. 2023", "th")[0].date == dt.date(2023, 5, 14)


def test_near_miss_the_thai_clock_word_only_in_thai():
    assert parse_time_line("23:10 น.", lang="th").tail == ""
    assert cal.clock_affix("de").match(" น.") is None and cal.clock_affix("en") is None
    # (German's own word after its clocks, from CLDR's date-time patterns)
    assert cal.clock_affix("de").match(" Uhr") is not None
    # (fr-CA prints "s" after the seconds: a unit, not a word closing the clock)
    assert cal.clock_affix("fr-CA") is None
    # a Thai word that merely starts with the same letter is not the clock's word
    assert parse_time_line("23:10 นาที", lang="th").tail == "นาที"


# -- ages without CLDR's preposition ---------------------------------------------------------------

@pytest.mark.parametrize("line, lang", [
    ("2 tim sedan", "sv"), ("27 min sedan", "sv"), ("för 2 timmar sedan", "sv"),
    ("5 minutter siden", "da"), ("3 timer siden", "nb"),
])
def test_ages_with_and_without_their_preposition(line, lang):
    mark = parse_time_line(line, lang=lang)
    assert mark is not None and mark.relative and mark.tail == "" and mark.lead == ""


def test_ages_of_a_page_of_unknown_language():
    # (scraped text: the common languages' ages, each language's own closing word)
    mark = parse_time_line("27 min sedan Emma Lindqvist")
    assert mark is not None and mark.relative and mark.tail == "Emma Lindqvist"
    assert parse_time_line("5 min siden").tail == ""


@pytest.mark.parametrize("line, lang", [
    ("5 de minute", "ro"),   # Romanian "acum {0} de minute": without "acum" a duration
    ("2 tim", "sv"),         # a duration, no "sedan"
    ("5 Minuten", "de"),     # "vor 5 Minuten" needs its "vor"
])
def test_near_miss_durations_are_no_ages(line, lang):
    assert parse_time_line(line, lang=lang) is None


def test_english_ages_only_where_english_is_read():
    assert parse_time_line("4 min", lang="en-GB").relative
    assert parse_time_line("4 min").relative  # language unknown: as before
    # a Swedish page writes its ages in Swedish: "4 min" is not one there ...
    assert parse_time_line("4 min", lang="sv") is None
    # ... and "22h" on a Vietnamese page is an hour, not an age
    assert parse_time_line("22h", lang="vi") is None


# -- stoppage minutes, dotted Portuguese dates ---------------------------------------------------

@pytest.mark.parametrize("text, want", [("90'+5'", "90'+5'"), ("90+5'", "90+5'"), ("45 + 2’", "45+2'"), ("90’+3’", "90'+3'")])
def test_stoppage_minutes_both_ways(text, want):
    assert parse_minute_mark(text) == want


@pytest.mark.parametrize("text", ["90'+", "90'+5", "it's 90'+5'", "90'+45'"])
def test_near_miss_stoppage_minute_shapes(text):
    assert parse_minute_mark(text) is None


def test_dotted_portuguese_date_with_its_clock():
    mark = parse_time_line("30.out.2022 às 7h00", lang="pt-BR")
    assert mark.date == dt.date(2022, 10, 30) and (mark.hour, mark.minute) == (7, 0)
    assert dates.parse_date("30.out.2022", lang="pt-BR") == dt.date(2022, 10, 30)


def test_near_miss_dotted_words_that_are_no_month():
    assert dates.parse_date("30.abc.2022", lang="pt-BR") is None
    assert dates.parse_date("versão 3.p.m.2022", lang="pt-BR") is None


@pytest.mark.parametrize("line, lead", [("17.12.2023. 22:40", ""), ("Objavljeno: 12.03.2024. u 06:20", "Objavljeno:")])
def test_the_dot_closing_a_numeric_date_before_its_clock(line, lead):
    mark = parse_time_line(line)
    assert mark is not None and mark.date is not None and mark.hour is not None and mark.lead == lead


def test_near_miss_a_full_stop_after_a_date_ends_a_sentence():
    assert parse_time_line("Meeting is at 22:40 on 17.12.2023.") is None
    assert parse_time_line("17.12.2023. 22 people died") is None


# -- a machine time in any data-* attribute of the post container ---------------------------------

def _el(html: str):
    return lxml_html.fragment_fromstring(html)


def test_container_time_in_a_data_attribute_of_any_name():
    assert attribute_time(_el('<div data-published="2024-03-09T22:41:00+01:00"><p>x</p></div>')) == \
        "2024-03-09T22:41:00+01:00"
    assert attribute_time(_el('<div data-created-at="2024-03-09T21:41:00Z"><p>x</p></div>')) == \
        "2024-03-09T21:41:00+00:00"
    assert attribute_time(_el('<div data-ts="1710020460"><p>x</p></div>')) == "2024-03-09T21:41:00+00:00"


@pytest.mark.parametrize("attrs", [
    'data-id="1710020460"',              # a number named as an id, not an epoch
    'data-entry-id="1710020460123"',
    'data-published="2024-03-09"',        # a date without its clock
    'data-published="2024-13-45T25:61"',  # not a time
    'data-label="2024-03-09T22:41 update"',
])
def test_near_miss_data_attributes_that_are_no_time(attrs):
    assert attribute_time(_el(f"<div {attrs}><p>x</p></div>")) is None


PARA = ("<p>Officials said the work would continue through the night and that more details would "
        "be given at a briefing in the morning, when the full extent of the damage is known.</p>")


def test_near_miss_related_links_with_a_published_attribute_make_no_feed():
    items = "".join(f'<li class="teaser"><a href="/news/{i}" data-published="2024-03-0{i}T10:0{i}:00+01:00">'
                    f'Teaser headline number {i} about something else</a></li>' for i in range(1, 7))
    page = (f"<html><head><title>Bridge approved after decade of debate</title></head><body>"
            f"<h1>Bridge approved after decade of debate</h1><article>{PARA * 6}</article>"
            f"<ul class='related'>{items}</ul></body></html>")
    assert newsclean.parse(page).kind == "article"


# -- a post whose stamp cannot be read is kept, without a time -------------------------------------

def _swedish_feed(ages: list[str]) -> str:
    # (the last member carries no machine time: its only stamp is the one in the slot)
    machine = [f' data-published="2024-03-09T2{i}:00:00+01:00"' for i in range(3)] + [""]
    entries = "".join(
        f'<div class="x1-entry"{machine[i]}><div class="x1-meta">'
        f'<span class="x1-timeago">{age}</span><span class="x1-author">Emma Lind</span></div>'
        f'<h2>Rubrik nummer {i} om finalen</h2><p>Text {i}: juryn har röstat och tittarnas poäng räknas '
        f'nu samman i Friends arena, där finalen avgörs i kväll inför full publik.</p></div>'
        for i, age in enumerate(ages))
    return (f'<html lang="sv"><head><title>Melodifestivalen live: allt om finalen</title></head><body>'
            f'<h1>Melodifestivalen live</h1><div class="x1-feed">{entries}</div></body></html>')


def _locate(page: str):
    tree = html_front.parse_tree(page)
    return feed.locate(tree, structured.read(tree), None)[0]


def test_an_edge_post_with_an_unread_stamp_in_the_stamp_slot_is_kept():
    page = _swedish_feed(["4 min ago", "27 min ago", "50 min ago", "2 tim sedan"])
    assert len(_locate(page)) == 4
    doc = newsclean.parse(page)
    assert len(doc.posts) == 4
    assert [p.published for p in doc.posts] == [f"2024-03-09T2{i}:00:00+01:00" for i in range(3)] + [None]


def test_near_miss_an_edge_member_without_a_stamp_is_still_cut():
    page = _swedish_feed(["4 min ago", "27 min ago", "50 min ago", "Annons"])
    assert len(_locate(page)) == 3


# -- a social embed whose fallback is one link -----------------------------------------------------

def _post_page(second_post: str) -> str:
    posts = "".join(f'<div class="live-post"><time datetime="2024-07-05T0{i}:00:00+01:00">{i}.00am</time>'
                    f'<h2>Headline number {i} of the night</h2>{PARA}</div>' for i in range(1, 4))
    extra = f'<div class="live-post"><time datetime="2024-07-05T04:00:00+01:00">4.00am</time>{second_post}</div>'
    return (f"<html><head><title>Election night live</title></head><body><h1>Election night live</h1>"
            f"<div class='feed'>{extra}{posts}</div></body></html>")


@pytest.mark.parametrize("embed", [
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C9x/">'
    '<a href="https://www.instagram.com/p/C9x/">A post shared by Labour (@uklabour)</a></blockquote>',
    '<blockquote class="twitter-tweet"><a href="https://twitter.com/uklabour/status/1">A post shared by Labour '
    '(@uklabour) on X</a></blockquote>',
    '<p><blockquote class="instagram-media"><a href="https://www.instagram.com/p/C9x/">A post shared by Labour '
    '(@uklabour)</a></blockquote></p>',
])
def test_an_embed_whose_fallback_is_one_link_is_an_embed(embed):
    page = _post_page(embed)
    doc = newsclean.parse(page)
    first = doc.posts[0]
    assert [b.type for b in first.blocks] == ["embed"]
    assert not any("A post shared by" in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_teaser_box_alone_in_a_post_keeps_its_title():
    page = _post_page('<div class="story-card"><a href="https://example.org/news/other-story">'
                      'Read the full story of how the night unfolded</a></div>')
    first = newsclean.parse(page).posts[0]
    assert [b.text for b in first.blocks] == ["Read the full story of how the night unfolded"]
