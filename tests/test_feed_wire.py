"""A news agency's live page without post headings (a wire "online"): items led by a bare clock,
in order, read as a feed whatever the page's data calls it; posts without headlines. Each with
near misses that must stay articles: a timeline box of dated links, a comment thread, a
"most read" list with clocks, clocks out of order, too few items."""
from lxml import html as lxml_html

import newsclean
from newsclean.feed_leads import clock_led, lead_clock

_NEWS = [
    "Kyiv. The president met the visiting prime minister and discussed energy security and a peace plan.",
    "Kharkiv. Two people were killed and fourteen injured in a strike on the city, the regional governor said.",
    "Kyiv. One hundred and fifteen soldiers came home from captivity, the coordination staff reported today.",
    "Kyiv. The general staff published its daily figures on the losses of the invading army overnight.",
    "Odesa. Air defence shot down nine drones over the region during the night, the southern command said.",
]


def _wire(clocks: list[str], *, item: str = "onlineItem", agency: str = "Agency",
          data: str = "NewsArticle", title: str = "War in Ukraine: online 24 August") -> str:
    items = "".join(
        f"<div class='{item}'><div class='{item}Time'><span class='time'>{c}</span></div>"
        f"<div class='{item}Text'><p>{t}</p><p>Officials gave no further details.</p>"
        f"<p class='source'>{agency}</p></div></div>" for c, t in zip(clocks, _NEWS))
    return (f"<html lang='en'><head><title>{title} | Agency</title>"
            f"<meta property='og:site_name' content='{agency}'>"
            f"<script type='application/ld+json'>{{\"@type\": \"{data}\", \"headline\": \"{title}\","
            f" \"datePublished\": \"2024-08-24T07:00:00+03:00\"}}</script></head><body>"
            f"<header><a>News</a> <a>Politics</a> <a>World</a></header><main><article>"
            f"<h1>{title}</h1><div class='meta'><time datetime='2024-08-24T07:00:00+03:00'>24.08.2024 07:00</time></div>"
            f"<p class='lead'>The agency follows the main events of the day.</p><div class='onlineDate'>24 August 2024</div>"
            f"<div class='onlineList'>{items}</div></article></main><footer><p>All rights reserved.</p></footer>"
            f"</body></html>")


def test_wire_items_led_by_bare_clocks_make_a_feed_whatever_the_data_says():
    doc = newsclean.parse(_wire(["18:42", "15:10", "11:30", "08:05"]), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert all(p.headline is None for p in doc.posts)  # no heading: no headline, not the first sentence
    assert [p.published[11:16] for p in doc.posts] == ["18:42", "15:10", "11:30", "08:05"]
    assert doc.posts[0].blocks[0].text.startswith("Kyiv. The president")


def test_wire_items_oldest_first_and_dotted_clocks_make_a_feed():
    doc = newsclean.parse(_wire(["08.05", "11.30", "15.10", "18.42"]), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4


def test_near_miss_three_clock_led_items_stay_an_article():
    assert newsclean.parse(_wire(["18:42", "15:10", "11:30"]), format="html").kind == "article"


def test_near_miss_clock_led_items_out_of_order_stay_an_article():
    # a programme or a list of numbers, not a feed: the clocks do not run one way
    assert newsclean.parse(_wire(["11:30", "18:42", "08:05", "15:10"]), format="html").kind == "article"


def _item(html: str):
    return lxml_html.fragment_fromstring(html)


def test_lead_clock_shapes():
    assert lead_clock(_item("<div><span>18:42</span><p>Kyiv. The president met the prime minister today.</p></div>")) == 18 * 60 + 42
    assert lead_clock(_item("<li><b>Godz. 9.05</b><p>Premier spotkał się z prezydentem w Kijowie dzisiaj.</p></li>")) == 545
    # near misses: the clock glued to the text, a date with the clock, a name first, no text after it
    assert lead_clock(_item("<div><p>18:42 Kyiv. The president met the prime minister today.</p></div>")) is None
    assert lead_clock(_item("<div><span>24.08.2024 18:42</span><p>Kyiv. The president met the prime minister.</p></div>")) is None
    assert lead_clock(_item("<div><b>zagorac77</b> <span>18:42</span><p>Kod nas se dobro zatreslo danas.</p></div>")) is None
    assert lead_clock(_item("<div><span>18:42</span><a href='/x'>Read</a></div>")) is None


def test_clock_led_needs_four_items_in_order():
    items = [_item(f"<div><span>{c}</span><p>Kyiv. The president met the prime minister today.</p></div>")
             for c in ("18:42", "15:10", "11:30", "08:05")]
    assert clock_led(items)
    assert not clock_led(items[:3])
    assert not clock_led([items[1], items[0], items[3], items[2]])


_BODY = "".join(
    f"<p>{t} The story goes on with background, quotes from officials and the reactions of residents.</p>"
    for t in _NEWS) * 2


def _article(box: str) -> str:
    return ("<html lang='pl'><head><title>Flood in Nysa: the worst is over</title>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Flood in Nysa\"}</script>"
            "</head><body><main><article><h1>Flood in Nysa: the worst is over</h1>"
            f"<div class='body'>{_BODY}{box}</div></article></main></body></html>")


def test_near_miss_a_timeline_box_of_dated_links_stays_an_article():
    box = "<div class='kalendarium'><h4>Timeline</h4><ul>" + "".join(
        f"<li class='kal'><span class='date'>{d}</span> <a href='/news/{i}'>Water level at the bridge rises again</a></li>"
        for i, d in enumerate(("16.09 18:42", "16.09 12:10", "15.09 21:30", "15.09 08:05"))) + "</ul></div>"
    assert newsclean.parse(_article(box), format="html").kind == "article"


def test_near_miss_a_most_read_list_with_bare_clocks_stays_an_article():
    box = "<aside><h3>Most read</h3><ol>" + "".join(
        f"<li class='mr'><span class='time'>{c}</span> <a href='/news/{i}'>Another aftershock felt near the city of Sisak</a></li>"
        for i, c in enumerate(("18:50", "17:20", "15:05", "12:40", "09:15"))) + "</ol></aside>"
    assert newsclean.parse(_article(box), format="html").kind == "article"


def test_near_miss_a_stamped_comment_thread_stays_an_article():
    box = "<section class='komentari'><h3>Comments (86)</h3><ol>" + "".join(
        f"<li class='komentar'><div class='head'><b>reader{i}</b> <time>{c}</time></div>"
        f"<p>Here too it shook hard, everything in the kitchen rattled for a while.</p></li>"
        for i, c in enumerate(("08:31", "08:45", "09:02", "09:14", "09:30"))) + "</ol></section>"
    assert newsclean.parse(_article(box), format="html").kind == "article"


def test_near_miss_clock_led_items_whose_machine_times_span_a_week_stay_an_article():
    page = _wire(["18:42", "15:10", "11:30", "08:05"])
    for day, clock in zip(("24", "21", "19", "17"), ("18:42", "15:10", "11:30", "08:05")):
        page = page.replace(f"<span class='time'>{clock}</span>",
                            f"<time datetime='2024-08-{day}T{clock}:00+03:00'>{clock}</time>")
    assert newsclean.parse(page, format="html").kind == "article"
    same_day = page.replace("2024-08-21", "2024-08-24").replace("2024-08-19", "2024-08-24").replace("2024-08-17", "2024-08-24")
    assert newsclean.parse(same_day, format="html").kind == "liveblog"


def test_a_wire_feed_crossing_midnight_is_a_feed():
    doc = newsclean.parse(_wire(["01:10", "00:20", "23:45", "22:30"]), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4


def test_an_icon_s_title_before_the_clock_does_not_hide_it():
    item = _item("<div><svg><title>Clock</title></svg><span>18:42</span>"
                 "<p>Kyiv. The president met the prime minister today.</p></div>")
    assert lead_clock(item) == 18 * 60 + 42


def test_near_miss_a_latest_news_list_of_clocked_links_stays_an_article():
    item = _item("<div><span>18:42</span><a href='/news/1'>The president met the visiting prime minister</a>"
                 "<p>Energy.</p></div>")
    assert lead_clock(item) is None
    box = "<div class='latest'>" + "".join(
        f"<div class='latest-item'><span class='time'>{c}</span><a href='/news/{i}'>Water level at the bridge rises"
        f" again near the old town centre</a><p>Rescue teams.</p></div>"
        for i, c in enumerate(("18:50", "17:20", "15:05", "12:40"))) + "</div>"
    assert newsclean.parse(_article(box), format="html").kind == "article"
