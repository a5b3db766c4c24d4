"""A post's header row whose clock is an inline element run together with what follows it:
"<span class=uur>15:10</span><span class=titel>Headline</span>" (or a badge between them, or a
bold headline, or "15:10 - Headline" in one paragraph). The clock is read on its own and the
words after it are the headline (and the badge the label), not dropped with the stamp. Near
misses: a one-word chip after the clock is no headline, nor a person's name (a byline); a
title-classed span after words that are no clock stays part of the sentence; a machine time
beside the clock chip still gives the seconds; words after the clock that are the whole post are
its body. Hand-written markup in Dutch, shaped like real
live-blog templates."""
import re

import newsclean

_TEXTS = [
    "De gemeenteraad heeft de begroting na een lang debat met een ruime meerderheid aangenomen, bericht {i}.",
    "Oppositieleden verlieten de zaal voor de eindstemming en noemden het besluit overhaast, bericht {i}.",
]


def _page(row: str) -> str:
    items = "".join(f"<div class='bericht'>{row.format(h=f'1{5 - i}:1{i}', i=i)}<div class='bericht-tekst'>"
                    f"<p>{_TEXTS[i % 2].format(i=i)}</p></div></div>" for i in range(5))
    return ("<html lang='nl'><head><title>LIVE | Begroting | Krant</title>"
            "<meta property='article:published_time' content='2024-02-18T09:00:00+01:00'></head><body><main>"
            f"<h1>Liveblog: stemming over de begroting</h1><div class='berichten'>{items}</div></main></body></html>")


def _posts(row: str):
    doc = newsclean.parse(_page(row), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 5
    return doc.posts


def test_a_clock_span_then_a_title_span():
    posts = _posts("<span class='uur'>{h}</span><span class='bericht-titel'>Nieuws nummer {i} over de stemming</span>")
    assert [(p.published, p.headline) for p in posts[:2]] == [
        ("2024-02-18T15:10", "Nieuws nummer 0 over de stemming"), ("2024-02-18T14:11", "Nieuws nummer 1 over de stemming")]
    assert all(len(p.blocks) == 1 for p in posts)


def test_a_clock_span_a_badge_and_a_title_span():
    posts = _posts("<span class='uur'>{h}</span><span class='bericht-badge'>Belangrijk</span>"
                   "<span class='bericht-titel'>Nieuws nummer {i} over de stemming</span>")
    assert (posts[0].published, posts[0].label, posts[0].headline) == (
        "2024-02-18T15:10", "Belangrijk", "Nieuws nummer 0 over de stemming")


def test_a_clock_span_then_a_bold_headline_or_a_dash():
    for row in ("<span class='uur'>{h}</span><strong>Nieuws nummer {i} over de stemming</strong>",
                "<p><span class='uur'>{h}</span> - Nieuws nummer {i} over de stemming</p>"):
        posts = _posts(row)
        assert (posts[0].published, posts[0].headline) == ("2024-02-18T15:10", "Nieuws nummer 0 over de stemming")


def test_near_miss_a_one_word_chip_after_the_clock_is_no_headline():
    posts = _posts("<span class='uur'>{h}</span><span class='bericht-extra'>Stemming</span>")
    assert posts[0].published == "2024-02-18T15:10" and posts[0].headline is None


def test_near_miss_a_title_span_after_words_that_are_no_clock_stays_in_its_sentence():
    posts = _posts("<div class='bericht-kop'>Lees ook <span class='bericht-titel'>het verslag van gisteren</span> "
                   "over de eerste ronde van het debat in de raad</div><span class='uur'>{h}</span>")
    assert posts[0].headline is None or "Lees ook" in posts[0].headline


def test_the_row_s_machine_time_beside_the_clock_chip_wins():
    posts = _posts("<div class='bericht-meta'><span class='uur'>{h}</span><time datetime='2024-02-18T{h}:42+01:00'></time>"
                   "</div><h2>Nieuws nummer {i} over de stemming</h2>")
    assert posts[0].published == "2024-02-18T15:10:42+01:00"


def test_near_miss_a_name_after_the_clock_chip_is_no_headline():
    posts = _posts("<span class='uur'>{h}</span><mark>Anneke de Vries</mark>")
    assert posts[0].headline is None
    assert [b.name for b in posts[0].bylines] == ["Anneke de Vries"]


def test_near_miss_words_after_the_clock_that_are_the_whole_post_are_its_body():
    page = re.sub(r"<div class='bericht-tekst'><p>[^<]*</p></div>", "",
                  _page("<p><span class='uur'>{h}</span> Wat een doelpunt van Jansen in de slotminuut {i}!</p>"))
    first = newsclean.parse(page, format="html").posts[0]
    assert (first.published, first.headline) == ("2024-02-18T15:10", None)
    assert [b.text for b in first.blocks] == ["Wat een doelpunt van Jansen in de slotminuut 0!"]
