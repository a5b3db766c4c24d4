"""Document authors: the page shapes that carry them, in several languages, each with a near miss
that must not fire (an organisation, a site, a place, a menu, a commenter)."""
from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from newsclean import meta_authors, metadata


def page(head: str = "", body: str = "", *, ld: dict | list | None = None, lang: str = "en") -> lxml_html.HtmlElement:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return lxml_html.fromstring(f'<html lang="{lang}"><head>{head}{script}</head><body>{body}</body></html>')


def authors(tree, url="https://www.example-news.com/politik/story-123") -> tuple[str, ...]:
    return metadata.document_metadata(tree, None, url, htmldate=False).authors


_PROSE = "<p>" + "Ein Absatz des Artikels, lang genug, um als Fließtext gelesen zu werden, mit weiteren Wörtern. " * 2 + "</p>"


# -- JSON-LD ------------------------------------------------------------------------------------------

def _yoast(author_node: dict) -> dict:
    return {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": "https://blog.example.org/p/#article", "headline": "Minions mit Schablonen malen",
         "datePublished": "2016-04-02T10:00:00+02:00", "author": {"@id": author_node["@id"]}},
        {"@type": "WebSite", "@id": "https://blog.example.org/#website", "name": "Papa Blog"},
        author_node]}


def test_jsonld_author_given_as_a_reference_to_a_graph_node():
    person = {"@type": ["Person"], "@id": "https://blog.example.org/#/schema/person/77c5", "name": "Floyd Berger"}
    assert authors(page(ld=_yoast(person), lang="de"), "https://blog.example.org/p/") == ("Floyd Berger",)
    # near miss: the reference leads to an organisation
    org = {"@type": "Organization", "@id": "https://blog.example.org/#organization", "name": "Kinder Verlag"}
    assert authors(page(ld=_yoast(org), lang="de"), "https://blog.example.org/p/") == ()


def test_personal_sites_owner_is_the_author_but_an_outlet_is_not():
    owner = {"@type": ["Person", "Organization"], "@id": "https://www.helge.example/#/schema/person/be5c",
             "name": "Helge Fahrnberger"}
    ld = _yoast(owner)
    ld["@graph"][0]["publisher"] = {"@id": owner["@id"]}
    head = '<meta property="og:site_name" content="Helge Fahrnberger">'
    assert authors(page(head, ld=ld, lang="de"), "https://www.helge.example/2014/03/x/") == ("Helge Fahrnberger",)
    # near misses: a site whose name looks like a person's but is an organisation, and an outlet
    # that calls itself a Person
    brand = {"@type": "Organization", "@id": "https://www.marthastewart.example/#org", "name": "Martha Stewart"}
    ld = _yoast(brand)
    ld["@graph"][0]["author"] = {"@type": "Person", "name": "Martha Stewart"}
    ld["@graph"][0]["publisher"] = {"@id": brand["@id"]}
    head = '<meta property="og:site_name" content="Martha Stewart">'
    assert authors(page(head, ld=ld), "https://www.marthastewart.example/recipes/x") == ()
    outlet = {"@type": ["Person", "Organization"], "@id": "https://presse-augsburg.example/#/schema/person/1",
              "name": "Presse Augsburg"}
    ld = _yoast(outlet)
    ld["@graph"][0]["publisher"] = {"@id": outlet["@id"]}
    head = '<meta property="og:site_name" content="Presse Augsburg">'
    assert authors(page(head, ld=ld, lang="de"), "https://presse-augsburg.example/x/") == ()


# -- elements the page declares as the author's --------------------------------------------------------

def test_one_word_handle_in_an_author_link_that_ends_with_it():
    body = ('<div class="entry-meta"><span class="byline"> von <span class="author vcard">'
            '<a class="url fn n" href="https://blog.example.de/author/heiko/">Heiko</a></span></span></div>' + _PROSE)
    assert authors(page(body=body, lang="de")) == ("Heiko",)
    # near miss: the same shape in a menu ("/journalisten/termine" reading "Termine")
    menu = ('<ul class="menu"><li><a href="/journalisten/termine">Termine</a></li>'
            '<li><a href="/journalisten/jobs">Jobs</a></li><li><a href="/journalisten/presse">Presse</a></li></ul>')
    assert authors(page(body=menu + _PROSE, lang="de")) == ()


def test_author_link_whose_text_is_not_the_name_its_address_is_for():
    body = ('<p class="meta">Veröffentlicht am 8. Februar 2022</p>'
            '<a class="author-link" href="https://www.example.de/author/anna-berger/">Alle Beiträge</a>' + _PROSE)
    assert authors(page(body=body, lang="de")) == ()
    # near miss: an account slug ("/author/admin/") with the display name
    body = '<span class="byline author">von <a class="fn n" href="https://www.example.ch/author/admin/">Peter Addor</a></span>'
    assert authors(page(body=body + _PROSE, lang="de")) == ("Peter Addor",)


def test_itemprop_author_holding_a_handle():
    body = '<p class="post-meta">Geschrieben von <span itemprop="author">gizzmo</span></p>' + _PROSE
    assert authors(page(body=body, lang="de")) == ("gizzmo",)
    # near miss: a lone first name found only by a class is no byline
    body = '<div class="author-box">Lars</div>' + _PROSE
    assert authors(page(body=body, lang="de")) == ()


def test_staff_shortcodes_as_swiss_and_german_papers_sign():
    body = ('<p class="article-reference">SRF 4 News, 15.4.2024, 10:05 Uhr; <span itemprop="author">srf/hosb;kesm</span>'
            '</p>' + _PROSE)
    head = '<meta property="og:site_name" content="SRF">'
    assert authors(page(head, body, lang="de"), "https://www.srf.ch/news/international/x") == ("hosb", "kesm")
    # near misses: the desk's code is no journalist's, an agency is credited as an agency
    for text, want in (("red", ()), ("dpa", ("dpa",)), ("red/dpa", ("dpa",)), ("von", ())):
        body = f'<p class="article-author">{text}</p>' + _PROSE
        assert authors(page(body=body, lang="de")) == want


def test_byline_named_by_a_test_id():
    body = ('<div data-testid="prism-byline"><span>By</span><span><a href="https://abc.example/about/newsteam/jr-stone">'
            'J.R. Stone</a></span></div>' + _PROSE)
    assert authors(page(body=body)) == ("J.R. Stone",)
    # near miss: another test id
    body = '<div data-testid="prism-headline">Camp Margaritaville Resort</div>' + _PROSE
    assert authors(page(body=body)) == ()


# -- labels and phrases ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body, lang, names", [
    ('<div class="info"><h5 class="title-inline">Autor:  </h5>Peter Maahn/SP-X</div>', "de", ("Peter Maahn",)),
    ('<div class="news__meta"><h4 class="news__meta-title">Autor</h4><p><a href="/profil/x">Nikolai Huke</a></p></div>',
     "de", ("Nikolai Huke",)),
    ('<dl><dt>Auteur :</dt><dd>Marie Dupont</dd></dl>', "fr", ("Marie Dupont",)),
    ('<ul><li><span>Autor:</span> <span>Jan Kowalski</span></li></ul>', "pl", ("Jan Kowalski",)),
])
def test_label_then_the_names(body, lang, names):
    assert authors(page(body=body + _PROSE, lang=lang)) == names


def test_label_near_misses():
    # a bare word in running text ("Text" over a code editor) is no label
    body = '<footer><span>Text</span><div>Write CSS OR LESS</div></footer>'
    assert authors(page(body=body + _PROSE, lang="de")) == ()
    # different names after several labels: a teaser list
    body = ('<div><span>Von:</span> Anna Berger</div><div><span>Von:</span> Karl Huber</div>'
            '<div><span>Von:</span> Eva Maier</div>')
    assert authors(page(body=body + _PROSE, lang="de")) == ()


@pytest.mark.parametrize("raw, names", [
    ("Zeige alle Beiträge von Cem Basman", ["Cem Basman"]),
    ("View all posts by Daniel Lemire", ["Daniel Lemire"]),
    ("Pressemitteilung von Katja Kipping", ["Katja Kipping"]),
    ("Un article par Jeanne Martin", ["Jeanne Martin"]),
    ("Zeige alle Beiträge von Floyd", ["Floyd"]),
    # near misses: noble and Romance particles are part of the name
    ("Wernher von Braun", ["Wernher von Braun"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("Maria da Graça Foster", ["Maria da Graça Foster"]),
])
def test_name_after_a_phrase_ending_in_a_byline_word(raw, names):
    assert meta_authors.split_names(raw) == names


# -- what is no person ----------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, names", [
    ("Hanns-Seidel-Stiftung e.V.", []),
    ("Web Commerce GmbH", []),
    ("Acme Media Inc.", []),
    ("Top Solar News", []),
    ("PETA-Team", []),
    ("Wikimedia Foundation", []),
    ("Redacción Diario Pagina Siete", []),
    ("deinen Hochzeitsbloggern", []),
    ("authors", []),
    # near misses: a word of an organisation inside a surname, a particle opening a name
    ("Gavin Newsom", ["Gavin Newsom"]),
    ("Anna Teamsen", ["Anna Teamsen"]),
    ("der Michel", ["der Michel"]),
])
def test_organisations_and_sentences_are_no_people(raw, names):
    assert meta_authors.split_names(raw) == names


@pytest.mark.parametrize("raw, names", [
    ("Markus M. Haefliger, London, Beat Bumbacher", ["Markus M. Haefliger", "Beat Bumbacher"]),
    ("Jessica Holly, Gail Levy, Miami", ["Jessica Holly", "Gail Levy"]),
    ("Glen Owen And Brendan Carlin For The Mail On Sunday", ["Glen Owen", "Brendan Carlin"]),
    ("Max Muster für die Süddeutsche Zeitung", ["Max Muster"]),
    ("Williams Perdomo @wperdomod", ["Williams Perdomo"]),
    ("Matthias Hille - Lukas Balbach", ["Matthias Hille", "Lukas Balbach"]),
    ("'Luana Patriolino; Raphael Felice'", ["Luana Patriolino", "Raphael Felice"]),
    # near misses: a surname that is a place, a hyphenated surname, a first name alone
    ("Jack London", ["Jack London"]),
    ("Eva Kirchner-Rätsch", ["Eva Kirchner-Rätsch"]),
    ("Anna Fürst", ["Anna Fürst"]),
])
def test_places_outlets_and_handles_cut_from_names(raw, names):
    assert meta_authors.split_names(raw) == names


def test_outlet_named_with_its_own_address_is_no_author():
    head = '<meta name="author" content="Deutsche Welle (www.dw.com)">'
    assert authors(page(head, lang="fr"), "https://www.dw.com/fr/x/a-6533123") == ()
    # near miss: a person with the outlet's address at the end of a long credit
    ld = {"@type": "NewsArticle", "headline": "Kodėl Judas išdavė Jėzų?",
          "author": {"@type": "Person", "name": "Povilas Aleksandravičius, profesorius, Lrt.lt"}}
    assert authors(page(ld=ld, lang="lt"), "https://www.lrt.lt/naujienos/x") == ("Povilas Aleksandravičius",)


def test_display_name_preferred_to_a_login():
    head = '<meta name="author" content="gabor_munier">'
    body = '<p class="byline">Von <a href="/autoren/gabor-munier">Gábor Muniér</a></p>' + _PROSE
    assert authors(page(head, body, lang="de")) == ("Gábor Muniér",)
    # near miss: the login is all the page gives
    assert authors(page(head, _PROSE, lang="de")) == ("gabor_munier",)


def test_commenters_are_no_authors():
    comments = ('<ol class="commentlist"><li class="comment"><div class="comment-author vcard">'
                '<cite class="fn"><a href="/author/floyd/" rel="author">Floyd</a></cite> <span class="says">sagt:</span>'
                '</div><p>Toller Beitrag!</p></li></ol>')
    assert authors(page(body=_PROSE + comments, lang="de")) == ()
    # near miss: the article's own byline beside the comments
    byline = '<span class="author vcard"><a class="url fn n" href="/author/anna-berger/">Anna Berger</a></span>'
    assert authors(page(body=byline + _PROSE + comments, lang="de")) == ("Anna Berger",)


def test_innermost_byline_element_not_its_box():
    body = ('<div class="post-byline">Donnerstag, 4. November 2021 | <span class="author-name">von Anna Berger</span>'
            ' | in Rubrik: <a href="/hyundai">Hyundai</a> &gt; <a href="/hyundai/tests">Hyundai Tests</a></div>')
    assert authors(page(body=body + _PROSE, lang="de")) == ("Anna Berger",)
    # near miss: the inner element is only the label, so the box holds the names
    body = ('<p class="byline"><span class="byline-label">von</span> <a href="/p/1">Daniel Braun</a>, '
            '<a href="/p/2">Davor Pasoski</a></p>')
    assert authors(page(body=body + _PROSE, lang="de")) == ("Daniel Braun", "Davor Pasoski")


def test_sentence_in_an_author_box_is_no_name():
    body = ('<div id="css-writer">Edit with Live CSS | Save | Write CSS OR LESS and hit save. CTRL + SPACE for '
            'auto-complete.</div>')
    assert authors(page(body=body + _PROSE)) == ()
    # near miss: a "Posted by" line with several names and a team
    body = ('<div class="post-author">Posted by Nathan Parker, Varun Khaneja and Kiran C Nair - Chrome Safe Browsing '
            'team</div>')
    assert authors(page(body=body + _PROSE)) == ("Nathan Parker", "Varun Khaneja", "Kiran C Nair")


def test_jsonld_with_raw_line_breaks_in_its_strings_is_read():
    script = ('{"@context": "http://schema.org", "@type": "BlogPosting", "headline": "Performant Python",\n'
              ' "description": "A look at\nperformant code", "author": {"@type": "Person", "name": "Jacopo Cascioli"}}')
    tree = lxml_html.fromstring(f'<html><head><script type="application/ld+json">{script}</script></head>'
                                f'<body>{_PROSE}</body></html>')
    assert authors(tree) == ("Jacopo Cascioli",)
    # near miss: a script that is no JSON at all stays unread
    broken = script.replace('"author"', 'author')
    tree = lxml_html.fromstring(f'<html><head><script type="application/ld+json">{broken}</script></head>'
                                f'<body>{_PROSE}</body></html>')
    assert authors(tree) == ()


def test_byline_line_after_a_long_indent_is_read():
    indent = "\n" + " " * 60
    body = f'<div class="details"><span class="cat">{indent}von Andreas Kürten{indent}</span></div>' + _PROSE
    assert authors(page(body=body, lang="de")) == ("Andreas Kürten",)
    # near miss: the same words in a sentence of the body
    body = f'<p>{indent}von Andreas Kürten stammt die Idee, die er gestern vorstellte.</p>' + _PROSE
    assert authors(page(body=body, lang="de")) == ()


def test_drupal_account_name_after_a_byline_word():
    body = ('<p class="submitted"><span rel="sioc:has_creator">Gespeichert von <span class="username" '
            'about="/users/rasos">rasos</span> am 24. Juli 2017 - 18:55</span></p>' + _PROSE)
    assert authors(page(body=body, lang="de")) == ("rasos",)
    # near miss: the account box of the reader who is logged in
    body = ('<div class="account-menu"><a class="username" href="/konto">Abonnierte Newsletter</a></div>'
            '<div class="login"><span class="username">Mein Konto</span></div>' + _PROSE)
    assert authors(page(body=body, lang="de")) == ()


# -- JSON-LD crediting only the first of several authors ---------------------------------------------------

def test_author_tag_naming_the_jsonld_author_and_a_co_author_gives_both():
    head = '<meta name="author" content="April Roach, Daniel O\'Mahony">'
    ld = {"@type": "NewsArticle", "headline": "Quarantine list grows", "author": {"@type": "Person", "name": "April Roach"}}
    assert authors(page(head, ld=ld)) == ("April Roach", "Daniel O'Mahony")


def test_author_tags_naming_an_outlet_apart_leave_the_jsonld_author():
    # near miss: the extra name sits in a tag of its own (the publisher's company), not beside the author
    head = '<meta name="author" content="Marie Merlet"><meta property="article:author" content="Prisma Média">'
    ld = {"@type": "NewsArticle", "headline": "Les clés d'un bon sommeil",
          "author": {"@type": "Person", "name": "Marie Merlet"}}
    assert authors(page(head, ld=ld, lang="fr")) == ("Marie Merlet",)
    # and a tag naming someone else entirely does not replace the JSON-LD's author
    head = '<meta name="author" content="Jane Roe, John Doe">'
    assert authors(page(head, ld=ld, lang="fr")) == ("Marie Merlet",)


# -- a first name alone, completed by a later source -------------------------------------------------------

_COLUMN = "<p>" + "Ein Absatz der Kolumne, lang genug, um als Fließtext gelesen zu werden, mit weiteren Wörtern. " * 2 + "</p>"


def test_first_name_alone_gives_way_to_the_full_name_the_page_signs_with():
    ld = {"@type": "BlogPosting", "headline": "Das Patriarchat als Kulturtechnik",
          "author": {"@type": "Person", "name": "Nils"}}
    body = "<article>" + _COLUMN * 3 + "<p><strong>Eine Kolumne von Nils Pickert</strong></p></article>"
    assert authors(page(body=body, ld=ld, lang="de")) == ("Nils Pickert",)


def test_first_name_alone_is_kept_when_the_page_names_someone_else():
    # near miss: the later name does not begin with the first name: another person (a quoted expert)
    ld = {"@type": "BlogPosting", "headline": "Das Patriarchat als Kulturtechnik",
          "author": {"@type": "Person", "name": "Nils"}}
    body = "<article>" + _COLUMN * 3 + "<p><strong>Eine Kolumne von Jana Berg</strong></p></article>"
    assert authors(page(body=body, ld=ld, lang="de")) == ("Nils",)


# -- places from CLDR, CMS placeholders, a name printed twice -----------------------------------------------

@pytest.mark.parametrize("raw, names", [
    ("Nada Tawfik, New York", ["Nada Tawfik"]),            # a CLDR exemplar city after a name
    ("Anne Dupont, Genève", ["Anne Dupont"]),               # in the page's own language
    ("Nürnberg, Germany", []),                              # an address: a country closes it
    ("Olivier Minot Olivier Minot", ["Olivier Minot"]),     # alt text and link text run together
    ("Unknown", []), ("anónimo", []), ("Super User", []),  # placeholders of a CMS
    # near misses: people named like places, a place as the only part, a repeated single word
    ("Victoria Derbyshire, Sydney Ember", ["Victoria Derbyshire", "Sydney Ember"]),
    ("Jordan", ["Jordan"]),
    ("Jean-Pierre Jean-Pierre", ["Jean-Pierre Jean-Pierre"]),
])
def test_places_placeholders_and_doubled_names(raw, names):
    assert meta_authors.split_names(raw) == names
