"""A live feed whose container classes say nothing live (``div.item``, hashed CSS-module names)
on a page whose title says live in no language a pack knows: four or more sibling items, each
opening with its one stamp (a date with a clock, or an element whose data-* attribute holds the
ISO time while it shows an age in words no reader knows), then a heading and text of its own,
the stamps in time order either way, are a feed (`feed_leads.stamp_led`). The post's time is
then the stamp's machine value. A page that says it is live in its own language ("BEO:") has
its plain-text clocks read with the language's day periods ("9.05 r.n.", "1.45 i.n.").

Near misses stay articles: the same items out of order, items without a heading, a comment
thread (a name before each stamp), briefs whose headings link away, related links with
data-date attributes, a sidebar of clocked links beside an article, machine times over weeks.
"""
from lxml import html as lxml_html

import newsclean
from newsclean.feed_leads import dated_clock, stamp_led
from newsclean.feed_stamps import is_stamp_text, timed_elements

_TEXTS = [
    "Tume ya uchaguzi imetangaza kuwa kura zote za majimbo ya kaskazini zimehesabiwa usiku huu.",
    "Wafuasi wa chama cha upinzani wamekusanyika katikati ya mji wakisubiri matokeo ya mwisho.",
    "Msemaji wa tume amesema mkutano wa waandishi wa habari utafanyika baadaye mchana wa leo.",
    "Rais aliyepo madarakani amesema atakubali matokeo yoyote yatakayotangazwa na tume hiyo.",
    "Vituo vingi vya kupigia kura vilifunguliwa mapema asubuhi na wapiga kura walipanga foleni.",
]


def _item(stamp: str, i: int, *, heading: bool = True, link: bool = False, lead: str = "",
          stamp_tag: str = "div class='item-date'") -> str:
    title = f"Habari fupi ya tukio namba {i + 1}"
    title = f"<a href='/habari/{i}'>{title}</a>" if link else title
    head = f"<h3 class='item-title'>{title}</h3>" if heading else ""
    close = stamp_tag.split()[0]
    return f"<div class='item'>{lead}<{stamp_tag}>{stamp}</{close}>{head}<p>{_TEXTS[i]}</p></div>"


def _page(items: list[str], *, aside: str = "", lang: str = "sw",
          title: str = "Matokeo ya uchaguzi wa rais") -> str:
    return (f"<html lang='{lang}'><head><title>{title} | Gazeti</title>"
            "<meta property='article:published_time' content='2024-11-19T08:30:00+03:00'>"
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
            f" \"headline\": \"{title}\", \"datePublished\": \"2024-11-19T08:30:00+03:00\"}}</script></head><body>"
            "<header><a>Habari</a> <a>Siasa</a></header><main><article class='post'>"
            f"<h1>{title}</h1><div class='entry-meta'>19 Novemba 2024</div><div class='entry-content'>"
            "<p>Tume ya uchaguzi inatangaza matokeo leo. Fuatilia habari za hivi punde hapa.</p>"
            "<div class='items'>" + "".join(items) + "</div></div></article>" + aside +
            "</main><footer><p>Haki zote zimehifadhiwa 2024</p></footer></body></html>")


_STAMPS = ["19 Novemba 2024 | 16h10", "19 Novemba 2024 | 14h45", "19 Novemba 2024 | 11h30", "19 Novemba 2024 | 09h05"]


def test_items_led_by_a_date_and_clock_then_a_heading_make_a_feed():
    doc = newsclean.parse(_page([_item(s, i) for i, s in enumerate(_STAMPS)]), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[11:16] for p in doc.posts] == ["16:10", "14:45", "11:30", "09:05"]
    assert doc.posts[0].headline == "Habari fupi ya tukio namba 1"


def test_oldest_first_items_make_a_feed_too():
    items = [_item(s, i) for i, s in enumerate(reversed(_STAMPS))]
    doc = newsclean.parse(_page(items), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4


def test_near_miss_the_same_items_out_of_order_stay_an_article():
    stamps = [_STAMPS[1], _STAMPS[0], _STAMPS[3], _STAMPS[2]]
    doc = newsclean.parse(_page([_item(s, i) for i, s in enumerate(stamps)]), format="html")
    assert doc.kind == "article"


def test_near_miss_items_without_a_heading_stay_an_article():
    doc = newsclean.parse(_page([_item(s, i, heading=False) for i, s in enumerate(_STAMPS)]), format="html")
    assert doc.kind == "article"


def test_near_miss_a_comment_thread_with_a_name_before_each_stamp_stays_an_article():
    items = [_item(s, i, lead="<b>Juma Hassan</b> ") for i, s in enumerate(_STAMPS)]
    doc = newsclean.parse(_page(items), format="html")
    assert doc.kind == "article"


def test_near_miss_briefs_whose_headings_link_away_stay_an_article():
    doc = newsclean.parse(_page([_item(s, i, link=True) for i, s in enumerate(_STAMPS)]), format="html")
    assert doc.kind == "article"


_ISO = ["2024-09-21T17:40:00Z", "2024-09-21T14:35:00Z", "2024-09-21T11:10:00Z", "2024-09-21T08:05:00Z"]
_AGES = ["dakika 20 zilizopita", "saa 3 zilizopita", "saa 7 zilizopita", "saa 10 zilizopita"]


def _hashed(iso: list[str]) -> list[str]:
    """Items of a CSS-module template: hashed class names, an age in words over a data-time."""
    return [f"<div class='styles_entry__3fGh2' data-entry-id='{71200 + i}'><div class='styles_meta__Zp0qa'>"
            f"<span class='styles_ago__kT81x' data-time='{t}'>{_AGES[i]}</span></div>"
            f"<h2 class='styles_heading__u7Q2m'>Habari fupi ya tukio namba {i + 1}</h2>"
            f"<div class='styles_text__Lw3Rc'><p>{_TEXTS[i]}</p></div></div>" for i, t in enumerate(iso)]


def test_hashed_items_with_a_machine_time_behind_an_age_make_a_feed_timed_by_the_machine_value():
    doc = newsclean.parse(_page(_hashed(_ISO)), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[:16] for p in doc.posts] == [t[:16] for t in _ISO]
    assert doc.posts[1].headline == "Habari fupi ya tukio namba 2"
    assert not any("zilizopita" in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_machine_times_over_weeks_stay_an_article():
    weeks = ["2024-09-21T17:40:00Z", "2024-09-14T14:35:00Z", "2024-09-07T11:10:00Z", "2024-08-31T08:05:00Z"]
    doc = newsclean.parse(_page(_hashed(weeks)), format="html")
    assert doc.kind == "article"


def test_near_miss_related_links_with_data_dates_stay_an_article():
    links = "".join(f"<li class='rel'><a href='/habari/{i}' data-date='{t}'>Habari nyingine ya siku {i} ya uchaguzi</a></li>"
                    for i, t in enumerate(_ISO))
    body = "<div class='story'>" + "".join(f"<p>{t}</p>" for t in _TEXTS) + "</div>"
    page = _page([body], aside=f"<ul class='related'>{links}</ul>")
    doc = newsclean.parse(page, format="html")
    assert doc.kind == "article"


def test_near_miss_a_sidebar_of_clocked_links_beside_an_article_stays_an_article():
    side = "".join(f"<div class='latest'><span class='time'>{c}</span><h4><a href='/h/{i}'>Habari ya karibuni {i}</a></h4>"
                   f"<p>Muhtasari mfupi wa habari hii.</p></div>" for i, c in enumerate(["16:10", "14:45", "11:30", "09:05"]))
    body = "<div class='story'>" + "".join(f"<p>{t} {t}</p>" for t in _TEXTS) + "</div>"
    doc = newsclean.parse(_page([body], aside=f"<aside>{side}</aside>"), format="html")
    assert doc.kind == "article"


def test_stamp_led_needs_the_stamp_first_in_each_item():
    tree = lxml_html.fromstring(_page([_item(s, i) for i, s in enumerate(_STAMPS)]))
    timed = timed_elements(tree.find("body"))
    members = tree.xpath("//div[@class='item']")
    assert stamp_led(members, timed, "sw")
    tree = lxml_html.fromstring(_page([_item(s, i, lead="<b>Juma Hassan</b> ") for i, s in enumerate(_STAMPS)]))
    timed = timed_elements(tree.find("body"))
    assert not stamp_led(tree.xpath("//div[@class='item']"), timed, "sw")
    assert not stamp_led(members[:3], timed, "sw")  # three items are too few on their own


def _irish(clocks: list[str]) -> str:
    items = "".join(
        f"<div class='nuashonru'><div class='nuashonru-ceann'><span class='nuashonru-am'>{c}</span> "
        f"<span class='nuashonru-udar'>Nóra Ní Chadhain</span></div><h3>Nuashonrú uimhir {i + 1}</h3>"
        f"<p>Tá an comhaireamh ag dul ar aghaidh san ionad agus tá na vótaí á sórtáil fós ag na cuntóirí {i}.</p></div>"
        for i, c in enumerate(clocks))
    return ("<html lang='ga'><head><title>BEO: Comhaireamh na dToghchán | Nuacht</title>"
            "<meta property='article:published_time' content='2024-06-08T08:30:00+01:00'></head><body><main>"
            "<article><h1>BEO: Comhaireamh na dToghchán</h1><div class='entry-content'>"
            "<p><em>Beidh na nuashonruithe is déanaí le fáil ag bun an leathanaigh seo.</em></p>"
            + items + "</div></article></main></body></html>")


def test_a_page_that_says_live_has_its_plain_clocks_read_with_the_language_s_day_periods():
    doc = newsclean.parse(_irish(["9.05 r.n.", "11.30 r.n.", "1.45 i.n.", "4.20 i.n."]), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[11:16] for p in doc.posts] == ["09:05", "11:30", "13:45", "16:20"]


_ODD = ["19 Nofemba 2024 | 16h10", "19 Nofemba 2024 | 14h45", "19 Nofemba 2024 | 11h30", "19 Nofemba 2024 | 09h05"]


def test_unmarked_stamps_with_a_date_no_reader_knows_lead_a_feed_and_give_its_clocks():
    items = [_item(s, i, stamp_tag="div class='meta'") for i, s in enumerate(_ODD)]
    doc = newsclean.parse(_page(items), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[11:16] for p in doc.posts] == ["16:10", "14:45", "11:30", "09:05"]
    assert doc.posts[0].label is None and doc.posts[0].headline == "Habari fupi ya tukio namba 1"


def test_near_miss_unmarked_place_names_before_clocks_stay_an_article():
    stamps = ["Mombasa | 16h10", "Nairobi | 14h45", "Kisumu | 11h30", "Nakuru | 09h05"]
    items = [_item(s, i, stamp_tag="div class='meta'") for i, s in enumerate(stamps)]
    doc = newsclean.parse(_page(items), format="html")
    assert doc.kind == "article"


def test_dated_clock_and_stamp_text_accept_a_date_shaped_lead_only():
    assert dated_clock("19 Nofemba 2024 | 16h10", "sw") and dated_clock("19 November 2024, 16:10", "en")
    assert is_stamp_text("19 Nofemba 2024 | 16h10", "sw")
    # near misses: a place before the clock, words after it, a bare date, an age
    assert not dated_clock("Mombasa | 16h10", "sw") and not is_stamp_text("Mombasa | 16h10", "sw")
    assert not dated_clock("19 Nofemba 2024 | 16h10 Juma Hassan", "sw")
    assert not dated_clock("19 November 2024", "en") and not dated_clock("16:10", "en")
