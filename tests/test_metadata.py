"""Document metadata: title, dates and authors from small pages shaped like real templates,
each rule with a near miss that must not fire."""
from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from newsclean import meta_authors, meta_date, meta_title, metadata


def page(head: str = "", body: str = "", *, ld: dict | list | None = None, lang: str = "en") -> lxml_html.HtmlElement:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return lxml_html.fromstring(f'<html lang="{lang}"><head>{head}{script}</head><body>{body}</body></html>')


def meta(tree, url="https://www.example-news.com/politics/story-123", **kw) -> metadata.Meta:
    kw.setdefault("htmldate", False)
    return metadata.document_metadata(tree, None, url, **kw)


# -- titles ------------------------------------------------------------------------------------------

def test_title_cleaned_of_entities_soft_hyphens_and_spacing():
    tree = page(body="<h1>Waffenlieferungen: Pa&shy;läs&shy;ti&shy;nenser  legt\u200b Beschwerde ein</h1>")
    assert meta(tree).title == "Waffenlieferungen: Palästinenser legt Beschwerde ein"


def test_doubly_escaped_jsonld_headline_is_unescaped():
    tree = page(ld={"@type": "NewsArticle", "headline": "K&amp;uuml;hlt&amp;uuml;rme gesprengt &amp;quot;heute&amp;quot;"})
    assert meta(tree).title == 'Kühltürme gesprengt "heute"'


def test_site_name_stripped_from_og_title_in_any_language():
    head = ('<meta property="og:site_name" content="Golem.de">'
            '<meta property="og:title" content="Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de">')
    assert meta(page(head), url="https://www.golem.de/news/x.html").title == \
        "Akkutechnik: Hat Quantumscape genug Akkus gebaut?"


def test_site_name_learned_from_the_host_when_the_page_does_not_name_it():
    head = '<title>Nachrichten aus der Region | rbb24</title>'
    assert meta(page(head), url="https://www.rbb24.de/panorama/x.html").title == "Nachrichten aus der Region"


def test_dash_clause_that_is_not_the_site_stays():
    head = '<meta property="og:site_name" content="BBC News"><title>Brexit - what happens next | BBC News</title>'
    assert meta(page(head), url="https://www.bbc.co.uk/news/uk-1").title == "Brexit - what happens next"


def test_visible_h1_kept_when_it_agrees_with_the_declared_headline():
    tree = page(body="<h1>Sweden tells households ‘how to survive’</h1>",
                ld={"@type": "NewsArticle", "headline": "Sweden tells households 'how to survive'"})
    assert meta(tree).title == "Sweden tells households 'how to survive'"


def test_declared_headline_wins_over_a_different_h1():
    tree = page(body="<h1>Archäologische Sensation: Maya-Städte entdeckt</h1>",
                ld={"@type": "NewsArticle", "headline": "Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit"})
    assert meta(tree).title == "Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit"


def test_truncated_declared_headline_gives_way_to_the_full_h1():
    tree = page(body="<h1>Who is the star and how many children do they have?</h1>",
                ld={"@type": "NewsArticle", "headline": "Who is the star and how many..."})
    assert meta(tree).title == "Who is the star and how many children do they have?"


def test_kicker_span_and_title_span_kept_apart():
    body = ('<h1><span class="kicker">Nationale Demo</span><span class="title">Der 9. Juli naht: OGBL und LCGB '
            'demonstrieren Stärke</span></h1>')
    tree = page(body=body, ld={"@type": "NewsArticle", "headline": "Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke"})
    m = meta(tree)
    assert (m.title, m.kicker) == ("Der 9. Juli naht: OGBL und LCGB demonstrieren Stärke", "Nationale Demo")


def test_h1_spans_are_spaced_when_nothing_is_declared():
    body = '<h1><span>Nationale Demo</span><span>Der 9. Juli naht</span></h1>'
    assert meta(page(body=body)).title == "Nationale Demo Der 9. Juli naht"


# -- dates -------------------------------------------------------------------------------------------

def test_declared_local_instant_kept_with_its_offset_and_local_day():
    head = '<meta property="article:published_time" content="2024-03-07T23:30:00-05:00">'
    assert meta(page(head)).published == "2024-03-07T23:30:00-05:00"


def test_time_without_offset_stays_local():
    tree = page(ld={"@type": "NewsArticle", "headline": "A headline here", "datePublished": "2024-04-25T14:07:00"})
    assert meta(tree).published == "2024-04-25T14:07:00"


def test_jsonld_main_entity_before_meta_tags():
    head = '<meta name="date" content="2020-01-01">'
    tree = page(head, ld=[{"@type": "WebSite", "name": "X"},
                          {"@type": "NewsArticle", "headline": "A headline here", "datePublished": "2024-05-03T15:47:42+02:00"}])
    assert meta(tree).published == "2024-05-03T15:47:42+02:00"


def test_utc_stamp_gives_way_to_the_same_instant_with_a_local_offset():
    head = ('<meta property="og:published_time" content="2024-03-08T04:30:00Z">'
            '<meta property="article:published_time" content="2024-03-07T23:30:00-05:00">')
    tree = page(head, ld={"@type": "NewsArticle", "headline": "A headline here", "datePublished": "2024-03-08T04:30:00Z"})
    assert meta(tree).published == "2024-03-07T23:30:00-05:00"


def test_implausible_and_partial_dates_refused():
    assert meta_date.parse_when("1988") is None
    assert meta_date.parse_when("0001-01-01T00:00:00Z") is None
    assert meta_date.parse_when("2024-02-30") is None
    when = meta_date.parse_when("Thu, 07 Mar 2024 23:30:00 +0100")
    assert when is not None and when.iso() == "2024-03-07T23:30:00+01:00"


def test_time_pubdate_element_read_when_nothing_else_is_declared():
    body = '<article><time pubdate datetime="2023-06-20">June 20</time></article>'
    assert meta(page(body=body)).published == "2023-06-20"


def _with_htmldate(monkeypatch, day: str):
    import datetime as dt
    monkeypatch.setattr(meta_date, "htmldate_day", lambda tree, url, extensive=True, **_: dt.date.fromisoformat(day))


def test_utc_stamp_late_in_the_americas_takes_the_pages_day(monkeypatch):
    _with_htmldate(monkeypatch, "2020-02-17")
    head = '<meta property="article:published_time" content="2020-02-18T02:18:11Z">'
    assert meta(page(head), htmldate=True).published == "2020-02-17"


def test_utc_stamp_midday_is_not_moved(monkeypatch):
    _with_htmldate(monkeypatch, "2025-11-06")
    head = '<meta property="article:published_time" content="2025-11-05T12:00:00Z">'
    assert meta(page(head), htmldate=True).published == "2025-11-05T12:00:00+00:00"


def test_local_offset_is_trusted_over_a_disagreeing_reader(monkeypatch):
    _with_htmldate(monkeypatch, "2020-02-18")
    head = '<meta property="article:published_time" content="2020-02-19T18:37:32+01:00">'
    assert meta(page(head), htmldate=True).published == "2020-02-19T18:37:32+01:00"


def test_utc_stamp_far_from_the_pages_date_gives_way_with_a_warning(monkeypatch):
    _with_htmldate(monkeypatch, "2017-07-12")
    head = '<meta property="article:published_time" content="2019-06-17T16:28:00+00:00">'
    m = meta(page(head), htmldate=True)
    assert m.published == "2017-07-12" and m.warnings


def test_htmldate_reads_a_page_that_declares_nothing():
    body = "<article><h1>Ein Titel mit Worten</h1><p>Veröffentlicht am 2021-10-15.</p><p>Text.</p></article>"
    m = metadata.document_metadata(page(body=body, lang="de"), None, "https://example.org/a/b")
    assert m.published == "2021-10-15"


# -- authors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, names", [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Von Max Muster und Erika Musterfrau", ["Max Muster", "Erika Musterfrau"]),
    ("Par Jean Dupont et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
    ("Di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
    ("Door Piet Jansen en Joost Klein", ["Piet Jansen", "Joost Klein"]),
    ("Przez Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
    ("Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("Povilas Aleksandravičius, Mykolo Romerio universiteto profesorius", ["Povilas Aleksandravičius"]),
    ("Anna Fink, Jan van der Berg", ["Anna Fink", "Jan van der Berg"]),
    ("Birgit Baumann, Anna Giulia Fink, Jan Michael Marchart", ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]),
    ("jane.doe@example.com", []),
    ("105092", []),
    ("https://www.facebook.com/janedoe", []),
    ("Redaktion", []),
    ("AFP, MANILA", []),
    ("Associated Press in Valencia", []),
    # near misses: a surname that is a place, or one that looks like a prefix, stays
    ("Paris Lees", ["Paris Lees"]),
    ("Jack London", ["Jack London"]),
    ("Di Caprio", ["Di Caprio"]),
])
def test_byline_values_split_into_people(raw, names):
    assert meta_authors.split_names(raw) == names


def test_jsonld_person_kept_organization_dropped():
    tree = page(ld={"@type": "NewsArticle", "headline": "A headline here",
                    "author": [{"@type": "Organization", "name": "Daily Planet"},
                               {"@type": "Person", "name": "Lois Lane"}]})
    assert meta(tree).authors == ("Lois Lane",)


def test_site_name_is_never_an_author():
    head = '<meta property="og:site_name" content="VnExpress"><meta name="author" content="VnExpress">'
    assert meta(page(head), url="https://vnexpress.net/a-1.html").authors == ()


def test_site_and_its_address_is_no_author():
    head = '<meta name="author" content="hessenschau.de, Frankfurt, Germany">'
    assert meta(page(head), url="https://www.hessenschau.de/x.html").authors == ()


def test_agency_credited_only_when_no_person_is_named():
    assert meta(page('<meta name="author" content="dpa">')).authors == ("dpa",)
    assert meta(page('<meta name="author" content="Max Muster, dpa">')).authors == ("Max Muster",)


def test_byline_element_names_in_sibling_links_not_run_together():
    body = ('<div class="article-byline">Von <a href="/a/1">Birgit Baumann</a><a href="/a/2">Anna Fink</a></div>'
            '<p>Some text of the article that is long enough.</p>')
    assert meta(page(body=body, lang="de")).authors == ("Birgit Baumann", "Anna Fink")


def test_byline_element_needs_name_shaped_text():
    body = '<div class="author-box">Mehr Artikel dieses autors lesen</div><p>Text.</p>'
    assert meta(page(body=body)).authors == ()


_PROSE = "<p>" + "A paragraph of the story that runs long enough to read as prose, with more words in it. " * 2 + "</p>"


def test_byline_class_with_a_suffix_is_read_and_a_photo_credit_is_not():
    body = ('<figure><img src="x.jpg"><figcaption>Bild: <span class="pictsrc">Eva Kirchner/rbb</span></figcaption>'
            '</figure><p class="meta">Do 25.04.24 | Von <span class="authorname">Eva Kirchner-Rätsch </span></p>')
    assert meta(page(body=body, lang="de")).authors == ("Eva Kirchner-Rätsch",)
    credit_only = '<figure><figcaption>Foto: <span class="pictsrc">Eva Kirchner</span></figcaption></figure>'
    assert meta(page(body=credit_only, lang="de")).authors == ()


def test_link_to_an_authors_page_is_a_byline_but_a_tag_page_is_not():
    body = '<p class="reader__meta-info">von <a href="/autoren/name/max-kolter">Dr. Max Kolter</a></p>'
    assert meta(page(body=body, lang="de")).authors == ("Dr. Max Kolter",)
    tag = '<p class="tags"><a href="/thema/olaf-scholz">Olaf Scholz</a></p>'
    assert meta(page(body=tag, lang="de")).authors == ()


def test_line_opening_with_a_byline_word_and_names_only():
    body = ('<ul><li class="information-item">Von: <span><a href="/bill">Bill  MCCARTHY</a>, </span>'
            '<span><a href="/marisha">Marisha GOLDHAMER</a></span></li></ul>')
    assert meta(page(body=body, lang="de")).authors == ("Bill MCCARTHY", "Marisha GOLDHAMER")
    zh = '<div class="edit cf">(责编：牛镛、岳弘彬)</div>'
    assert meta(page(body=zh, lang="zh")).authors == ("牛镛", "岳弘彬")


def test_prose_opening_with_a_byline_word_is_no_byline():
    body = "<p>Par ailleurs, Emmanuel Macron a parlé.</p><p>Von Berlin nach Hamburg</p>"
    assert meta(page(body=body, lang="fr")).authors == ()


def test_bylines_in_a_teaser_list_are_another_storys():
    teasers = ('<div class="brick most-read"><div class="item"><div class="appetizer-author">Von Christoph Reisinger'
               '</div></div><div class="item"><div class="appetizer-author">Von Knut Krohn</div></div></div>')
    assert meta(page(body=teasers, lang="de")).authors == ()


def test_bold_name_closing_the_body_is_its_signature():
    body = f'<div class="article">{_PROSE * 3}<p>Short line.</p><p style="text-align:right"><strong>Lê Phương</strong></p></div>'
    assert meta(page(body=body, lang="vi")).authors == ("Lê Phương",)


def test_bold_subheading_followed_by_text_is_no_signature():
    body = f'<div class="article">{_PROSE * 3}<p><strong>Neue Regeln</strong></p>{_PROSE}</div>'
    assert meta(page(body=body, lang="de")).authors == ()
    few = '<div class="article"><p>Short.</p><p>Short too.</p><p><strong>Jane Doe</strong></p></div>'
    assert meta(page(body=few)).authors == ()


def test_signature_reads_the_ends_of_a_long_body():
    # the prose is found at the top and the name at the bottom of a long body (the paragraphs
    # between are not read); empty paragraphs at the ends are passed over, as before
    body = (f'<div class="article"><p> </p><p><strong>Jan Novák</strong></p>{_PROSE * 40}'
            f'<p>Short line.</p><p><strong>Lê Phương</strong></p><p>\u00a0</p></div>')
    assert meta(page(body=body, lang="vi")).authors == ()  # near miss: a bold name at each end is two names
    body = f'<div class="article">{_PROSE * 40}<p>Short line.</p><p><strong>Lê Phương</strong></p><p> </p></div>'
    assert meta(page(body=body, lang="vi")).authors == ("Lê Phương",)
    # near miss: two prose paragraphs alone, however many short ones: no signature
    short = "<p>Short line.</p>" * 30
    body = f'<div class="article">{_PROSE * 2}{short}<p><strong>Lê Phương</strong></p></div>'
    assert meta(page(body=body, lang="vi")).authors == ()


def test_sites_account_shown_as_a_name_is_no_person():
    ld = {"@type": "NewsArticle", "headline": "Ikhansela", "author": {"@type": "Person", "name": "Ilanga D"}}
    head = '<meta property="og:site_name" content="Ilanga News">'
    assert meta(page(head, ld=ld), url="https://ilanganews.co.za/a/").authors == ()
    person = {"@type": "NewsArticle", "headline": "A headline", "author": {"@type": "Person", "name": "Paris Lees"}}
    assert meta(page(ld=person), url="https://www.parismatch.com/a/").authors == ("Paris Lees",)


# -- the article path ----------------------------------------------------------------------------------

def test_parse_uses_the_metadata_of_the_page():
    import newsclean

    ld = {"@type": "NewsArticle", "headline": "Council approves the new bridge over the river",
          "datePublished": "2024-05-03T15:47:42+02:00",
          "author": [{"@type": "Person", "name": "Lois Lane"}, {"@type": "Organization", "name": "Planet Media Group"}]}
    paras = "".join(f"<p>Paragraph {i} of the article says something about the bridge and the council.</p>"
                    for i in range(8))
    src = (f'<html lang="en"><head><title>Council approves the new bridge over the river | Daily Planet</title>'
           f'<meta property="og:site_name" content="Daily Planet">'
           f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
           f'<body><article><h1>Council approves the new bridge over the river</h1>{paras}</article></body></html>')
    doc = newsclean.parse(src, url="https://www.dailyplanet.com/news/bridge", format="html")
    assert doc.kind == "article"
    assert doc.title == "Council approves the new bridge over the river"
    assert doc.published == "2024-05-03T15:47:42+02:00"
    assert doc.authors == ("Lois Lane",)


def test_bare_declared_date_far_from_the_pages_gives_way(monkeypatch):
    _with_htmldate(monkeypatch, "2006-10-10")
    m = meta(page('<meta name="date" content="2020-04-12">'), htmldate=True)
    assert m.published == "2006-10-10" and m.warnings


def test_bare_declared_date_one_day_off_is_kept(monkeypatch):
    _with_htmldate(monkeypatch, "2020-04-13")
    assert meta(page('<meta name="date" content="2020-04-12">'), htmldate=True).published == "2020-04-12"


def test_declared_kicker_before_the_shown_headline_goes_apart():
    tree = page(body="<h1>Nordmann dømt til livstid</h1>",
                ld={"@type": "NewsArticle", "headline": "«Evnukkmakeren»: Nordmann dømt til livstid"}, lang="no")
    m = meta(tree)
    assert (m.title, m.kicker) == ("Nordmann dømt til livstid", "«Evnukkmakeren»")


def test_declared_headline_merely_ending_in_the_same_words_is_kept():
    # near miss: no separator before the shared words, so they are not a kicker's headline
    tree = page(body="<h1>talks stall again in Brussels</h1>",
                ld={"@type": "NewsArticle", "headline": "Brexit talks stall again in Brussels"})
    assert meta(tree).title == "Brexit talks stall again in Brussels"


def test_shown_headline_reworded_for_search_is_the_title():
    # the page's visible headline is the title (the schema's definition), where the declared one
    # is a rewording of it; near miss above: an h1 that only drops words keeps the declared one
    tree = page(body="<h1>One hundred years at the Coliseum: Much more than a sports venue</h1>",
                ld={"@type": "NewsArticle", "headline": "100 years at the Los Angeles Coliseum: More than a sports venue"})
    assert meta(tree).title == "One hundred years at the Coliseum: Much more than a sports venue"
    # near miss: an h1 that is a section name shares no words with the headline
    tree = page(body="<h1>Sport und Freizeit heute</h1>",
                ld={"@type": "NewsArticle", "headline": "Stadion wird hundert Jahre alt"})
    assert meta(tree).title == "Stadion wird hundert Jahre alt"


def test_script_texts_kept_by_the_caller_are_read_and_emptied_again():
    from newsclean import structured

    tree = page(ld={"@type": "NewsArticle", "headline": "A headline for the story",
                    "author": [{"@type": "Organization", "name": "Planet Media Group"},
                               {"@type": "Person", "name": "Lois Lane"}]})
    data = structured.read(tree)
    data.scripts = metadata.script_texts(tree)
    for el in tree.iter("script"):
        el.text = None
    m = metadata.document_metadata(tree, data, "https://example.org/a", htmldate=False)
    assert m.authors == ("Lois Lane",) and m.title == "A headline for the story"
    assert all(el.text is None for el in tree.iter("script"))
