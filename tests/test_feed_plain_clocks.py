"""A live feed in a template whose class names say nothing live, in a language no pack calls
live, its stamps plain text in the language's 12-hour convention ("3.40yb", "10.00yh" in Welsh):
items each led by a bare clock the page language's reader accepts, in time order, with day
headings between the runs, are a feed. Near misses stay articles: clocks out of order, dated
steps (no clock), a comment thread (a name before the stamp), teasers whose headings link away."""
from lxml import html as lxml_html

import newsclean
from newsclean.feed_leads import bare_clock, may_hold_wire_feed

_TEXTS = [
    "Mae'r ymgeisydd newydd wedi ennill y sedd gyda mwyafrif o dros dair mil o bleidleisiau heno.",
    "Cyhoeddodd y swyddog canlyniad fod y cyfrif wedi gorffen yn gynt na'r disgwyl yn y neuadd.",
    "Mae'r blychau cyntaf wedi cyrraedd y ganolfan gyfrif ac mae'r staff wrthi'n eu hagor nawr.",
    "Mae'r arolwg ymadael yn awgrymu y bydd y blaid fwyaf yn ennill mwyafrif clir y tro hwn.",
    "Roedd y nifer a bleidleisiodd yn is nag yn yr etholiad diwethaf ym mhob un o'r etholaethau.",
]


def _entry(clock: str, i: int, *, head: str = "h3", link: bool = False, lead: str = "") -> str:
    title = f"Pennawd y cofnod rhif {i + 1} heno"
    title = f"<a href='/stori/{i}'>{title}</a>" if link else title
    return (f"<div class='cofnod'>{lead}<span class='amser'>{clock}</span><{head} class='cofnod__pennawd'>{title}</{head}>"
            f"<div class='cofnod__testun'><p>{_TEXTS[i]}</p></div><div class='rhannu'><a>Rhannu</a></div></div>")


def _page(clocks: list[str], *, day_break: int | None = 3, **kw) -> str:
    entries = [_entry(c, i, **kw) for i, c in enumerate(clocks)]
    if day_break is not None:
        entries.insert(day_break, "<h2 class='diwrnod'>Dydd Iau, 4 Gorffennaf 2024</h2>")
    return ("<html lang='cy'><head><title>Noson yr etholiad | Papur</title>"
            "<meta property='article:published_time' content='2024-07-04T21:30:00+01:00'></head><body>"
            "<header><a>Newyddion</a> <a>Chwaraeon</a></header><main><div class='stori'>"
            "<h1>Noson yr etholiad: y canlyniadau</h1><div class='dyddiad'>4 Gorffennaf 2024</div>"
            "<p class='cyflwyniad'>Dilynwch y canlyniadau wrth iddyn nhw gyrraedd.</p><div class='blog'>"
            "<h2 class='diwrnod'>Dydd Gwener, 5 Gorffennaf 2024</h2>" + "".join(entries) +
            "</div></div></main><footer><p>Hawlfraint 2024</p></footer></body></html>")


_CLOCKS = ["3.40yb", "2.15yb", "12.30yb", "10.00yh"]


def test_clock_led_items_in_a_language_s_12_hour_convention_make_a_feed():
    doc = newsclean.parse(_page(_CLOCKS), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[11:16] for p in doc.posts] == ["03:40", "02:15", "00:30", "22:00"]
    assert doc.posts[0].headline == "Pennawd y cofnod rhif 1 heno"


def test_near_miss_the_same_items_out_of_order_stay_an_article():
    doc = newsclean.parse(_page(["2.15yb", "3.40yb", "12.30yb", "10.00yh"]), format="html")
    assert doc.kind == "article"


def test_near_miss_dated_steps_without_clocks_stay_an_article():
    doc = newsclean.parse(_page(["5 Gorff 2023", "4 Medi 2023", "3 Hyd 2023", "2 Tach 2023"]), format="html")
    assert doc.kind == "article"


def test_near_miss_a_comment_thread_with_a_name_before_each_stamp_stays_an_article():
    clocks = _CLOCKS
    doc = newsclean.parse(_page(clocks, lead="<b>Dafydd Jones</b> "), format="html")
    assert doc.kind == "article"


def test_near_miss_briefs_whose_headings_link_away_stay_an_article():
    doc = newsclean.parse(_page(_CLOCKS, link=True), format="html")
    assert doc.kind == "article"


def test_bare_clock_reads_the_page_language_s_day_periods():
    assert bare_clock("10.00yh", "cy") and bare_clock("3.40yb", "cy")
    # near misses: without the language the day-period word is words after the clock; a date
    assert not bare_clock("10.00yh")
    assert not bare_clock("5 Gorffennaf 2024 10.00", "cy")


def _tree(spans: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><div>{spans}</div><p>Testun y stori.</p></body></html>")


def test_may_hold_wire_feed_needs_four_clocks_in_one_template_place():
    four = "".join(f"<div><span class='t'>{c}</span><p>Text.</p></div>" for c in ("18:42", "15:10", "11:30", "08:05"))
    assert may_hold_wire_feed(_tree(four))
    # near misses: three; four in four different places; four dates
    assert not may_hold_wire_feed(_tree("".join(f"<span class='t'>{c}</span>" for c in ("18:42", "15:10", "11:30"))))
    assert not may_hold_wire_feed(_tree("".join(f"<span class='t{i}'>{c}</span>"
                                                for i, c in enumerate(("18:42", "15:10", "11:30", "08:05")))))
    assert not may_hold_wire_feed(_tree("".join(f"<span class='t'>{c}</span>"
                                                for c in ("05.07.2024", "04.07.2024", "03.07.2024", "02.07.2024"))))
