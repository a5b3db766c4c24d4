"""A live page without structured data dates its bare post clocks with the page's own date, not
with the ``<time>`` of a link to another article: a related box (its class says related, or an
aside) or a dated link row ("<li><a>Other story</a> <time>…</time></li>") names another page's
day, and so does a teaser card (a link holding a title and its stamp). Near misses: a post's own ``<time datetime>`` (a permalink around the stamp) still dates
the page; a short control link beside a stamp is no dated link. Hand-written markup in Swedish,
shaped like real live-blog templates."""
import datetime as dt

import newsclean
from lxml import html as lxml_html

from newsclean.meta_date import page_time_values

_TEXTS = [
    "Snöovädret fortsätter i norra Sverige och flera vägar är avstängda under eftermiddagen.",
    "Tågtrafiken mellan Umeå och Luleå är inställd till i morgon bitti enligt Trafikverket.",
    "SMHI har utfärdat en orange varning för snöfall längs hela Norrlandskusten i kväll.",
]


def _page(after: str, head: str = "<p class='liveblogg__datum'>onsdag 4 februari 2026</p>") -> str:
    items = "".join(f"<div class='liveblogg-inlagg'><div class='inlagg-meta'><span class='inlagg-tid'>1{6 - i}:1{i}</span>"
                    f"</div><h2 class='inlagg-rubrik'>Rubrik för inlägg nummer {i}</h2>"
                    f"<div class='inlagg-text'><p>{t}</p></div></div>" for i, t in enumerate(_TEXTS))
    return ("<html lang='sv'><head><title>Snöovädret – direkt | Tidning</title></head><body><main>"
            f"<h1 class='liveblogg__rubrik'>Snöovädret i norr – senaste nytt</h1>{head}"
            f"<div class='liveblogg'>{items}</div></main>{after}</body></html>")


_RELATED = ("<section class='related'><h3>Mer om ämnet</h3><ul><li><a href='/a/1'>Därför är det så svårt att salta vägarna"
            "</a> <time datetime='2026-02-03T19:12:00+01:00'>3 februari 2026</time></li></ul></section>")
_DATED_LINKS = ("<div class='lista'><ul><li><a href='/a/1'>Därför är det så svårt att salta vägarna</a> "
                "<time datetime='2026-02-03T19:12:00+01:00'>3 februari 2026</time></li></ul></div>")


def test_a_related_box_s_date_is_not_the_page_s():
    doc = newsclean.parse(_page(_RELATED), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert [p.published for p in doc.posts] == ["2026-02-04T16:10", "2026-02-04T15:11", "2026-02-04T14:12"]


def test_a_dated_link_row_s_date_is_not_the_page_s():
    doc = newsclean.parse(_page(_DATED_LINKS), format="html")
    assert [p.published[:10] for p in doc.posts] == ["2026-02-04"] * 3


def test_near_miss_a_post_s_own_time_element_dates_the_page():
    page = _page("", head="").replace(
        "<span class='inlagg-tid'>16:10</span>",
        "<a href='#inlagg-0'><time datetime='2026-02-05T16:10:00'>16:10</time></a>")
    doc = newsclean.parse(page, format="html")
    assert [p.published[:10] for p in doc.posts] == ["2026-02-05"] * 3


def test_near_miss_a_control_link_beside_a_stamp_is_no_dated_link():
    tree = lxml_html.fromstring("<html><body><div><a href='#p1'>Länk</a> <time datetime='2026-02-05T16:10:00'>16:10"
                                "</time></div><ul><li><a href='/a/1'>En helt annan artikel om vädret</a> "
                                "<time datetime='2026-02-03T19:12:00'>3 feb</time></li></ul></body></html>")
    assert page_time_values(tree) == ["2026-02-05T16:10:00"]
    assert dt.date.fromisoformat(page_time_values(tree)[0][:10]) == dt.date(2026, 2, 5)


def test_a_teaser_card_s_date_is_not_the_page_s():
    card = ("<div class='kort'><a href='/a/2'><h3>Så förbereder du bilen för vintern</h3>"
            "<time datetime='2026-01-30T08:00:00+01:00'>30 januari</time></a></div>")
    doc = newsclean.parse(_page("").replace("<main>", "<main>" + card), format="html")
    assert [p.published[:10] for p in doc.posts] == ["2026-02-04"] * 3
