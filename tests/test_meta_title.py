"""The document title (:mod:`newsclean.meta_title`): one class of page build per test, each with a
near miss that must not fire. Pages are small and shaped like real templates, in several languages."""
from __future__ import annotations

import json

from lxml import html as lxml_html

from newsclean import meta_title, metadata


def page(head: str = "", body: str = "", *, ld: dict | None = None, lang: str = "de") -> lxml_html.HtmlElement:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return lxml_html.fromstring(f'<html lang="{lang}"><head>{head}{script}</head><body>{body}</body></html>')


def og(title: str, prop: str = "og:title") -> str:
    return f'<meta property="{prop}" content="{title}">'


def article(headline: str) -> dict:
    return {"@type": "NewsArticle", "headline": headline}


def meta(tree, url="https://www.example-news.ch/story/123") -> metadata.Meta:
    return metadata.document_metadata(tree, None, url, htmldate=False)


# -- an h1 made of a kicker element and a title -----------------------------------------------------

_SYRIA_H1 = ('<h1 class="article-title"><span class="article-title__overline">Minderheit in Syrien</span>'
             '<span class="h-offscreen" aria-hidden="true"> - </span>'
             '<span class="article-title__text">Drusen fordern Teilhabe statt Schutzgarantien</span></h1>')


def test_h1_kicker_goes_apart_when_the_declarations_give_the_title_alone():
    head = (og("Drusen fordern Teilhabe statt Schutzgarantien") + og("Schweizer Radio", "og:site_name")
            + "<title>Drusen fordern Teilhabe statt Schutzgarantien - News - SRF</title>")
    tree = page(head, _SYRIA_H1, ld=article("Minderheit in Syrien - Drusen fordern Teilhabe statt Schutzgarantien"))
    m = meta(tree, "https://www.srf.ch/news/x")
    assert (m.title, m.kicker) == ("Drusen fordern Teilhabe statt Schutzgarantien", "Minderheit in Syrien")


def test_h1_kicker_goes_apart_when_a_declaration_puts_another_kicker_over_the_title():
    body = ('<h1><span class="surtitre">Crise au Proche-Orient</span>'
            '<span class="titre">«La retenue israélienne doit beaucoup aux États-Unis»</span></h1>')
    head = og("Attaque iranienne contre Israël: «La retenue israélienne doit beaucoup aux États-Unis»")
    tree = page(head, body, ld=article("Crise au Proche-Orient - «La retenue israélienne doit beaucoup aux États-Unis»"),
                lang="fr")
    m = meta(tree)
    assert (m.title, m.kicker) == ("«La retenue israélienne doit beaucoup aux États-Unis»", "Crise au Proche-Orient")


def test_h1_kicker_stays_when_more_kinds_of_declaration_carry_it():
    # near miss: the sharing tags and the <title> give kicker and title together, the JSON-LD the
    # title alone; the form that marks where the kicker ends is the one returned
    body = '<div class="post__title"><h1><span>Nationale Demo</span>Der 9. Juli naht: Gewerkschaften zeigen Stärke</h1></div>'
    head = (og("Tageblatt.lu", "og:site_name") + og("Nationale Demo / Der 9. Juli naht: Gewerkschaften zeigen Stärke")
            + og("Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Stärke - Tageblatt.lu", "twitter:title")
            + "<title>Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Stärke - Tageblatt.lu</title>")
    tree = page(head, body, ld=article("Der 9. Juli naht: Gewerkschaften zeigen Stärke"))
    m = meta(tree, "https://www.tageblatt.lu/headlines/x/")
    assert (m.title, m.kicker) == ("Nationale Demo / Der 9. Juli naht: Gewerkschaften zeigen Stärke", None)


def test_kicker_like_first_word_that_belongs_to_the_title_is_kept():
    # near miss: a bold first word in its own element, declared as part of the headline
    tree = page(og("Breaking news rattles markets across Asia"),
                "<h1><strong>Breaking</strong> news rattles markets across Asia</h1>", lang="en")
    m = meta(tree, "https://www.example-news.com/markets/1")
    assert (m.title, m.kicker) == ("Breaking news rattles markets across Asia", None)


# -- the shown headline, confirmed, against a different JSON-LD headline ------------------------------

def test_shown_headline_confirmed_by_a_sharing_tag_wins_over_the_jsonld_one():
    tree = page(og("Deutschland, Frankreich und die Rückkehr der Ressentiments"),
                "<h1>Deutschland, Frankreich und die Rückkehr der Ressentiments</h1>",
                ld=article("Corona: Report von der deutsch-französischen Grenze"))
    assert meta(tree).title == "Deutschland, Frankreich und die Rückkehr der Ressentiments"


def test_unconfirmed_h1_sharing_no_words_gives_way_to_the_declaration():
    # near miss: nothing declares the h1's words and it shares none with the declared headline
    tree = page("", "<h1>Aktuelle Nachrichten aus der Region</h1>",
                ld=article("Corona: Report von der deutsch-französischen Grenze"))
    assert meta(tree).title == "Corona: Report von der deutsch-französischen Grenze"


def test_agreeing_declarations_do_not_replace_an_h1_that_rewords_them():
    # near miss: og:title, twitter:title and <title> agree on a search title; the page shows a
    # reworded headline, which is the title readers see
    head = (og("DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets") +
            og("DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets", "twitter:title") +
            "<title>DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets</title>")
    tree = page(head, "<h1>DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket</h1>")
    assert meta(tree).title == "DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket"


# -- an h1 that is the breadcrumb's last entry ---------------------------------------------------------

def test_breadcrumb_h1_gives_way_to_the_heading_a_declaration_names():
    body = ('<nav class="breadcrumb"><ol><li><a href="/">Start</a></li><li><a href="/nrw">NRW</a></li>'
            '<li><h1>Künstliche Intelligenz in der Schule - Kinder werden schneller</h1></li></ol></nav>'
            '<article><header><h2>Technologie im Klassenzimmer: „Sie werden schneller und erfolgreicher“</h2>'
            '</header><p>Text.</p></article>')
    head = og("Technologie im Klassenzimmer: „Sie werden schneller und erfolgreicher“")
    tree = page(head, body, ld=article("Künstliche Intelligenz in der Schule - Kinder werden schneller"))
    assert meta(tree).title == "Technologie im Klassenzimmer: „Sie werden schneller und erfolgreicher“"


def test_breadcrumb_h1_that_every_kind_of_declaration_names_beats_a_heading_only_one_names():
    # the JSON-LD, og:title and <title> give the breadcrumb's words; only twitter:title gives the
    # h2's (a teaser line reworded for sharing): the h2 adds no evidence of its own
    body = ('<nav class="breadcrumb"><ol><li><a href="/">Start</a></li><li><a href="/leben">Leben</a></li>'
            '<li><h1 class="breadcrumb__item--last">Übergewicht &amp; Adipositas: Abnehmspritze kommt - So teuer wird sie'
            '</h1></li></ol></nav><article><h2 class="article__headline">„Wegovy“: So teuer wird die Abnehmspritze'
            ' für Fettleibige</h2><p>Text.</p></article>')
    head = (og("Übergewicht &amp; Adipositas: Abnehmspritze kommt - So teuer wird sie")
            + og("„Wegovy“: So teuer wird die Abnehmspritze für Fettleibige", "twitter:title")
            + "<title>Übergewicht &amp; Adipositas: Abnehmspritze kommt - So teuer wird sie - example.de</title>")
    tree = page(head, body, ld=article("Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie"))
    assert meta(tree, "https://www.example.de/leben/x").title == \
        "Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie"


def test_breadcrumb_h1_named_by_more_kinds_still_gives_way_to_a_heading_the_jsonld_names():
    # near miss: og:title and <title> give the breadcrumb's words, the JSON-LD the h2's; the h2 has
    # evidence the breadcrumb lacks, so the heading rule stands
    body = ('<nav class="breadcrumb"><ul><li><a href="/">Start</a></li>'
            '<li><h1>Streit um Julia Klöckner eskaliert: Ricarda Lang legt nach</h1></li></ul></nav>'
            '<article><h2>Grünen-Spitze gegen Klöckner: Nun attackiert auch Ricarda Lang</h2><p>Text.</p></article>')
    head = (og("Streit um Julia Klöckner eskaliert: Ricarda Lang legt nach")
            + "<title>Streit um Julia Klöckner eskaliert: Ricarda Lang legt nach</title>")
    tree = page(head, body, ld=article("Grünen-Spitze gegen Klöckner: Nun attackiert auch Ricarda Lang"))
    assert meta(tree).title == "Grünen-Spitze gegen Klöckner: Nun attackiert auch Ricarda Lang"


def test_breadcrumb_named_by_its_class_and_marked_as_the_current_page():
    body = ('<header class="article-header"><div class="breadcrumbs"><span><a href="/">Home</a></span>'
            '<span><a href="/business/">Business</a></span>'
            '<h1 class="breadcrumb_last" aria-current="page">How big is the troubled property giant?</h1></div>'
            '<h2 class="entry-title">Six charts that show the enormous size of the troubled property giant</h2>'
            '</header>')
    head = og("Six charts that show the enormous size of the troubled property giant")
    tree = page(head, body, ld=article("How big is the troubled property giant?"), lang="en")
    assert meta(tree).title == "Six charts that show the enormous size of the troubled property giant"


def test_breadcrumb_h1_nothing_confirms_leaves_the_declared_headline():
    body = ('<ol class="breadcrumb"><li><a href="/politik">Politik</a></li>'
            '<li><h1 class="level-2 active"><span>Kühltürme von AKW Gundremmingen gesprengt</span></h1></li></ol>')
    head = (og("Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt")
            + "<title>Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt - Politik</title>")
    tree = page(head, body, ld=article("Rückbau von Atomkraftwerk - Kühltürme von AKW Gundremmingen gesprengt"))
    # the group's text as most of its sources write it: og:title and <title> against the JSON-LD
    assert meta(tree).title == "Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt"


def test_breadcrumb_h1_a_declaration_gives_is_the_headline():
    # near miss: no other heading is declared, and the og:title names the breadcrumb's h1
    body = ('<nav class="nvg-Breadcrumb"><ul><li><a href="/">Start</a></li>'
            '<li><h1>49-Euro-Ticket: Pendler zahlen 60 Prozent weniger</h1></li></ul></nav>')
    tree = page(og("49-Euro-Ticket: Pendler zahlen 60 Prozent weniger"), body,
                ld=article("49-Euro-Ticket: Pendler sparen bei Bus und Bahn"))
    assert meta(tree).title == "49-Euro-Ticket: Pendler zahlen 60 Prozent weniger"


def test_h1_after_a_section_link_is_no_breadcrumb():
    # near miss: a header with a section link before the h1, no list, no breadcrumb name
    body = ('<header><a class="section" href="/sport">Sport</a>'
            '<h1>One hundred years at the Coliseum: Much more than a sports venue</h1></header>')
    tree = page("", body, ld=article("100 years at the Los Angeles Coliseum: More than a sports venue"), lang="en")
    assert meta(tree).title == "One hundred years at the Coliseum: Much more than a sports venue"


# -- the site's logo as an h1 ---------------------------------------------------------------------------

def test_logo_h1_is_not_the_headline():
    body = ('<header class="site-header"><h1 class="site-title">The Daily Planet</h1></header>'
            '<article><h1 class="entry-title">Council approves the new bridge over the river</h1></article>')
    head = og("The Daily Planet", "og:site_name") + og("Council approves the new bridge")
    tree = page(head, body, lang="en")
    assert meta(tree, "https://www.dailyplanet.example/news/1").title == \
        "Council approves the new bridge over the river"


def test_headline_opening_with_the_sites_name_is_no_logo():
    # near miss: the site's name starts a short headline that the page declares as such
    head = og("Planet", "og:site_name") + og("Planet wins press award")
    tree = page(head, "<h1>Planet wins press award</h1>", lang="en")
    assert meta(tree, "https://www.planet.example/news/1").title == "Planet wins press award"


def test_app_name_filled_with_the_headline_is_no_site_name():
    headline = 'Künstliche Intelligenz in der Schule - Kinder werden "schneller"'
    head = f"<meta name=\"application-name\" content='{headline}'>" + og("RP ONLINE", "og:site_name")
    tree = page(head, f"<h1>{headline.replace(chr(34), '&quot;')}</h1>", ld=article(headline))
    assert meta(tree, "https://rp-online.de/nrw/x").title == headline


# -- a section's name after a separator -----------------------------------------------------------------

def test_section_after_a_separator_in_og_title_joins_the_shown_headline():
    head = (og("Global News", "og:site_name")
            + og("Russia hits Kyiv with ballistic missile, damages schools - National | Globalnews.ca"))
    tree = page(head, "<h1>Russia hits Kyiv with ballistic missile, damages schools</h1>", lang="en")
    assert meta(tree, "https://globalnews.ca/news/1/").title == "Russia hits Kyiv with ballistic missile, damages schools"


def test_headline_that_really_has_a_dash_or_a_pipe_is_kept_whole():
    # near miss: the words after the separator are the headline's, shown and declared
    head = og("BBC News", "og:site_name") + og("Brexit - what happens next") + "<title>Brexit - what happens next | BBC News</title>"
    tree = page(head, "<h1>Brexit - what happens next</h1>", lang="en")
    assert meta(tree, "https://www.bbc.co.uk/news/1").title == "Brexit - what happens next"
    head = og("Milan Design Week 2018 | Light installation for FLOS") + "<title>Milan Design Week 2018 | Light installation for FLOS | Dezeen</title>"
    tree = page(head, "<h1>Milan Design Week 2018 | Light installation for FLOS</h1>", lang="en")
    assert meta(tree, "https://www.dezeen.com/2018/1/").title == "Milan Design Week 2018 | Light installation for FLOS"


# -- truncated declarations -------------------------------------------------------------------------------

def test_truncated_sharing_title_confirms_the_full_h1():
    head = og("Who is the star and how many children...") + og("Who is the star and how many children...", "twitter:title")
    tree = page(head, "<h1>Who is the star and how many children do they have?</h1>", lang="en")
    assert meta(tree, "https://www.thesun.example/sport/1/").title == "Who is the star and how many children do they have?"


def test_title_that_really_ends_in_an_ellipsis_keeps_it():
    # near miss: every source has the same words, the last of them followed by an ellipsis
    tree = page(og("Und dann kam alles anders…"), "<h1>Und dann kam alles anders…</h1>", ld=article("Und dann kam alles anders…"))
    assert meta(tree).title == "Und dann kam alles anders…"


# -- the text returned, and the h1's text ------------------------------------------------------------------

def test_most_sources_decide_the_punctuation():
    head = og("Streit im Rat: Haushalt vertagt") + "<title>Streit im Rat: Haushalt vertagt | Zeitung</title>"
    tree = page(head, "", ld=article("Streit im Rat - Haushalt vertagt"))
    assert meta(tree, "https://www.zeitung.example/1").title == "Streit im Rat: Haushalt vertagt"
    # near miss: one source against one, the JSON-LD is trusted first
    tree = page(og("Streit im Rat: Haushalt vertagt"), "", ld=article("Streit im Rat - Haushalt vertagt"))
    assert meta(tree, "https://www.zeitung.example/1").title == "Streit im Rat - Haushalt vertagt"


def test_h1_text_spaced_where_elements_meet_between_words_only():
    cases = [
        ("<h1><span>Nationale Demo</span>Der 9. Juli naht</h1>", "Nationale Demo Der 9. Juli naht"),
        ("<h1>Erste Zeile<br>zweite Zeile des Titels</h1>", "Erste Zeile zweite Zeile des Titels"),
        ("<h1>Der Bundes<span>tag</span> beschließt ein neues Gesetz</h1>", "Der Bundestag beschließt ein neues Gesetz"),
        ("<h1>„<em>Wir schaffen das</em>“, sagt sie heute</h1>", "„Wir schaffen das“, sagt sie heute"),
        ("<h1><span>日本の</span><span>経済ニュース速報です</span></h1>", "日本の経済ニュース速報です"),
    ]
    for body, want in cases:
        h = page(body=body).find(".//h1")
        assert meta_title.h1_texts(h)[0] == want


def test_kicker_loses_the_separator_that_set_it_off():
    body = ('<h1><span class="label">Politics |</span>'
            '<span class="headline">St. Louis Park elects a new mayor</span></h1>')
    tree = page("", body, ld=article("St. Louis Park elects a new mayor"), lang="en")
    m = meta(tree, "https://www.twincities.example/2021/11/03/x/")
    assert (m.title, m.kicker) == ("St. Louis Park elects a new mayor", "Politics")
    # near miss: a closing quote ends the kicker, it is no separator (see also the Norwegian
    # declared kicker in test_metadata)
    body = '<h1><span>«Evnukkmakeren»</span><span>Nordmann dømt til livstid i dag</span></h1>'
    m = meta(page("", body, ld=article("Nordmann dømt til livstid i dag"), lang="no"))
    assert (m.title, m.kicker) == ("Nordmann dømt til livstid i dag", "«Evnukkmakeren»")


# -- the site's name learned from the page's links to its home page ------------------------------------

def test_title_suffix_named_by_the_home_link_is_taken_off():
    # no og:site_name, no JSON-LD: the header's link to "/" names the site, and the <title> ends in it
    head = "<title>Alles Neue macht der Mai… | Bibliothek 2.0 und mehr</title>"
    body = '<header><a href="/" rel="home">Bibliothek 2.0 und mehr</a></header><h2>Alles Neue macht der Mai…</h2>'
    tree = page(head, body)
    assert meta(tree, "http://www.bibliothek-example.de/2014/05/18/mai/").title == "Alles Neue macht der Mai…"


def test_title_tail_that_is_not_the_home_links_name_stays():
    # near miss: the part after the dash is the headline's own ("Teil 49"), not what the home link says
    head = "<title>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49</title>"
    body = '<header><a href="https://www.oldtimer-example.de/">Oldtimer-Archiv</a></header>'
    tree = page(head, body)
    assert meta(tree, "https://www.oldtimer-example.de/haubenfahrzeuge-49").title == \
        "Die Haubenfahrzeuge der Nachkriegszeit - Teil 49"


def test_site_name_glued_on_without_spaces_in_a_script_without_spaces_is_taken_off():
    head = "<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>"
    body = '<div class="logo"><a href="http://www.example-xinhua.cn/"><img src="logo.png" alt="新华网"></a></div>'
    tree = page(head, body, lang="zh")
    assert meta(tree, "http://www.example-xinhua.cn/local/c_1.htm").title == "武汉的声音：有英勇的你，才有英雄的城！"


def test_headline_merely_ending_in_the_sites_name_keeps_it():
    # near miss: the site's name at the end of the headline's own words, with no separator before it
    head = "<title>网友热议：我为什么每天看新华网</title>"
    body = '<div class="logo"><a href="/"><img src="logo.png" alt="新华网"></a></div>'
    tree = page(head, body, lang="zh")
    assert meta(tree, "http://www.example-xinhua.cn/local/c_2.htm").title == "网友热议：我为什么每天看新华网"


def test_single_guillemet_separates_the_site_name_from_the_headline():
    head = (og("Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten. › Nordish by Nature")
            + "<title>Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten. › Nordish by Nature</title>")
    body = ('<a href="/">Nordish by Nature</a><h1 class="entry-title">Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12'
            ' Monaten.</h1>')
    tree = page(head, body)
    assert meta(tree, "https://www.example-blog.de/laufen/").title == "Laufen im Winter: Von „bäh!“ zu „yeah!“ in 12 Monaten."


# -- a declared title that is the shown headline and a spaced colon's tail ---------------------------

def test_declared_title_with_a_date_after_a_spaced_colon_joins_the_shown_headline():
    head = (og("So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr")
            + "<title>So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr</title>")
    tree = page(head, "<h1>So viel Regen gab es lange nicht</h1><h1>Am meisten gelesen...</h1>")
    assert meta(tree, "https://www.example-nachrichten.de/news/news_lang.php?ArtNr=1").title == \
        "So viel Regen gab es lange nicht"


def test_french_headline_with_a_spaced_colon_is_kept_whole():
    # near miss: French spaces the colon inside a headline; the page shows the whole of it
    t = "Deux ans et demi en Macronie : une condamnation, dix mises en examen et six enquêtes en cours"
    tree = page(og(t) + f"<title>{t}</title>", f"<h1>{t}</h1>", lang="fr")
    assert meta(tree, "https://www.example-info.fr/politique/macronie").title == t
    # nor is a site-less tail after a spaced colon stripped from a <title> alone
    tree = page(f"<title>{t}</title>", "", lang="fr")
    assert meta(tree, "https://www.example-info.fr/politique/macronie").title == t


# -- a separator left blank at the end; a tag cut short at the headline's quotation mark -------------

def test_separator_left_at_the_end_is_dropped():
    head = og("Pferdesport definitiv bei Olympia 2028 dabei -") + "<title>Pferdesport definitiv bei Olympia 2028 dabei -</title>"
    tree = page(head, "")
    assert meta(tree, "https://www.example-reiten.de/news/olympia").title == "Pferdesport definitiv bei Olympia 2028 dabei"


def test_title_that_really_ends_in_a_dash_or_a_closing_guillemet_keeps_it():
    # near misses: a word's own hyphen ("Anti-"), and French closing a quotation with a spaced "»"
    tree = page("<title>Vom Pro- zum Anti-</title>", "")
    assert meta(tree, "https://www.example-news.de/a").title == "Vom Pro- zum Anti-"
    t = "« Les privatisations sont au profit d'intérêts privés »"
    tree = page(f"<title>{t}</title>", "", lang="fr")
    assert meta(tree, "https://www.example-info.fr/a").title == t


def test_sharing_tag_cut_at_the_headlines_quotation_mark_takes_the_whole_headline():
    # content="... Biden de "incapacitado"": the attribute ends at the headline's own quote mark
    head = ('<meta property="og:title" content="Senador republicano califica a Biden de "incapacitado"">'
            '<title>Senador republicano califica a Biden de "incapacitado"</title>')
    tree = page(head, '<h1 class="title-img"><img src="logo.png"></h1>', lang="es")
    assert meta(tree, "https://www.example-universal.com/internacional/1").title == \
        'Senador republicano califica a Biden de "incapacitado"'


def test_headline_followed_by_a_guillemet_and_the_sites_name_is_not_a_cut_tag():
    # near miss: "«" opens no quotation here: it separates the site's name (no closing mark)
    head = og("3 verrückte Orte in Berlin") + "<title>3 verrückte Orte in Berlin « BLOG OFF!</title>"
    tree = page(head, "")
    assert meta(tree, "https://www.example-blog.de/berlin").title == "3 verrückte Orte in Berlin"
