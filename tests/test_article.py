"""Article mode's body stages (article_body.py) on small pages shaped like real templates, in
several languages: each rule fires on its case and leaves its near miss alone."""
from __future__ import annotations

import json

import newsclean

DE = [
    "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, "
    "das den Ausbau von Wind- und Solaranlagen deutlich beschleunigen soll.",
    "Nach Angaben des Wirtschaftsministeriums sollen Genehmigungsverfahren künftig höchstens sechs Monate "
    "dauern, bisher vergingen oft mehrere Jahre bis zum Baubeginn.",
    "Kritik kommt von Umweltverbänden, die eine Schwächung des Naturschutzes befürchten und eine Klage "
    "vor dem Bundesverfassungsgericht prüfen wollen.",
    "Der Bundestag soll noch vor der Sommerpause über den Entwurf abstimmen, eine Mehrheit gilt als sicher, "
    "da auch Teile der Opposition Zustimmung signalisiert haben.",
]
FR = [
    "Le gouvernement a présenté mercredi un projet de loi visant à réduire les délais de construction des "
    "logements sociaux dans les grandes agglomérations.",
    "Selon le ministère, près de cent mille logements pourraient être livrés chaque année grâce à la "
    "simplification des procédures d'urbanisme.",
    "Les associations de locataires saluent une avancée, mais demandent des garanties sur la qualité des "
    "constructions et sur le niveau des loyers.",
]
ES = [
    "El Ayuntamiento aprobó este jueves un plan para ampliar la red de carriles bici en todos los barrios "
    "de la ciudad antes de que termine el próximo año.",
    "La concejala de Movilidad explicó que la inversión total superará los veinte millones de euros y que "
    "las obras comenzarán en otoño.",
    "Los comerciantes del centro han pedido que se mantengan las plazas de carga y descarga durante los "
    "meses de obras para no perder clientes.",
]
PL = [
    "Rząd przyjął we wtorek projekt ustawy, który ma skrócić czas oczekiwania na wizytę u lekarza "
    "specjalisty w całym kraju.",
    "Minister zdrowia zapowiedział, że pierwsze zmiany wejdą w życie już od przyszłego roku, a szpitale "
    "otrzymają dodatkowe środki na zatrudnienie lekarzy.",
    "Opozycja krytykuje projekt, twierdząc, że bez reformy finansowania systemu ochrony zdrowia kolejki "
    "się nie skrócą.",
]
EN = [
    "The city council voted on Monday to expand the tram network to three new districts, ending a debate "
    "that had lasted for more than a decade.",
    "Officials said construction would begin next spring and that the first line should open to passengers "
    "within four years, if funding arrives on time.",
    "Residents of the affected streets will be able to comment on the plans at public meetings over the "
    "coming weeks, the council said in a statement.",
]


def page(story: str, *, before: str = "", after: str = "", title: str = "Ein Gesetz für mehr Windräder und "
         "Solaranlagen", jsonld: dict | None = None) -> str:
    ld = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    return (f"<html><head><title>{title}</title>{ld}</head><body><header><nav><a href='/'>Start</a></nav></header>"
            f"<main>{before}<article class='story'><h1>{title}</h1>{story}</article>{after}</main>"
            "<footer><p>© Verlag 2024</p></footer></body></html>")


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def body(doc: newsclean.Document) -> str:
    return doc.posts[0].text if doc.posts else ""


def removed(doc: newsclean.Document, rule: str) -> list[str]:
    return [r.text for r in doc.removed if r.rule == rule]


# -- related and read-more boxes -------------------------------------------------------------------

def test_a_related_box_of_links_inside_the_story_is_removed():
    box = ("<div class='related-articles'><h3>Mehr zum Thema</h3><ul>"
           "<li><a href='/a'>Windkraft: Warum der Ausbau im Süden stockt und was nun helfen soll</a></li>"
           "<li><a href='/b'>Solarpflicht für Neubauten: Was Hausbesitzer jetzt wissen müssen</a></li></ul></div>")
    doc = newsclean.parse(page(paras(DE[:2]) + box + paras(DE[2:])), format="html")
    assert "Windkraft: Warum" not in body(doc)
    assert any("Windkraft" in t for t in removed(doc, "article.related"))
    assert "Bundestag soll" in body(doc)


def test_a_short_read_more_teaser_to_another_story_is_removed_es():
    teaser = ("<div class='cta read-more'><p>Lee también: <a href='/local/20240512/trafico-madrid-cortes-obras'>"
              "Cortes de tráfico por obras</a> en el centro de la ciudad</p></div>")
    doc = newsclean.parse(page(paras(ES[:2]) + teaser + paras(ES[2:]), title="Madrid aprueba ampliar los carriles bici"),
                          url="https://www.diario.example.es/local/20240512/carriles-bici-madrid.html", format="html")
    assert "Cortes de tráfico" not in body(doc)
    assert removed(doc, "article.related")


def test_near_miss_a_boxed_paragraph_citing_another_site_stays():
    cited = ("<div class='cta'><p>El estudio se publicó el lunes en la revista <a href='https://journal.example.org/"
             "articles/bike-lanes'>Nature Cities</a>.</p></div>")
    doc = newsclean.parse(page(paras(ES[:2]) + cited + paras(ES[2:]), title="Madrid aprueba ampliar los carriles bici"),
                          url="https://www.diario.example.es/local/20240512/carriles-bici-madrid.html", format="html")
    assert not removed(doc, "article.related")


def test_near_miss_a_paragraph_holding_one_link_stays():
    linked = ("<p>Wie das <a href='/ministerium'>Wirtschaftsministerium</a> mitteilte, sollen die neuen Regeln "
              "auch für bereits laufende Verfahren gelten, sofern die Antragsteller zustimmen.</p>")
    doc = newsclean.parse(page(paras(DE[:2]) + linked + paras(DE[2:])), format="html")
    assert "bereits laufende Verfahren" in body(doc)
    assert not removed(doc, "article.link_dense") and not removed(doc, "article.link_text")


def test_near_miss_a_short_list_of_links_that_is_the_story_itself_stays():
    sources = ("<ul><li><a href='https://example.org/gesetz.pdf'>Gesetzentwurf der Bundesregierung (PDF)</a></li>"
               "<li><a href='https://example.org/stellungnahme'>Stellungnahme der Umweltverbände</a></li></ul>")
    doc = newsclean.parse(page(paras(DE) + "<p>Die Dokumente im Wortlaut:</p>" + sources), format="html")
    # (trafilatura may leave such a list out by itself; none of our rules takes it)
    assert not [r for r in doc.removed if r.rule.startswith("article.") and "Umweltverbände" in r.text]
    assert "Dokumente im Wortlaut" in body(doc)


def test_a_line_that_is_a_teaser_link_elsewhere_is_removed_fr():
    teaser = "Immobilier : les prix baissent pour la première fois depuis dix ans"
    story = paras(FR[:2]) + f"<p><a href='/economie/immobilier-les-prix-baissent_6234567.html'>{teaser}</a></p>" + paras(FR[2:])
    doc = newsclean.parse(page(story, title="Logement social : le gouvernement accélère les chantiers"),
                          format="html")
    assert teaser not in body(doc)
    assert teaser in removed(doc, "article.link_text")
    assert "associations de locataires" in body(doc)


def test_near_miss_a_paragraph_that_is_a_link_to_another_site_stays():
    # a product or a document the story points to, not a teaser of the site's own stories
    cited = "Le rapport complet de la Fondation pour le logement"
    story = paras(FR[:2]) + f"<p><a href='https://fondation.example.org/rapport'>{cited}</a></p>" + paras(FR[2:])
    doc = newsclean.parse(page(story, title="Logement social : le gouvernement accélère les chantiers"),
                          url="https://www.journal.example.fr/societe/logement-social_123.html", format="html")
    assert not [r for r in doc.removed if r.rule.startswith("article.link")]


# -- embeds and their consent placeholders ---------------------------------------------------------

def test_an_embed_privacy_placeholder_is_removed_de():
    ph = ("<div class='sourcepoint__social-placeholder'><h3>Externer Inhalt nicht verfügbar</h3>"
          "<p>Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte.</p></div>")
    doc = newsclean.parse(page(paras(DE[:2]) + ph + paras(DE[2:])), format="html")
    assert "Externer Inhalt" not in body(doc)
    assert any("Externer Inhalt" in t for t in removed(doc, "article.embed_placeholder"))


def test_near_miss_a_long_paragraph_in_a_placeholder_class_stays():
    long_text = " ".join(DE)  # a body that a template wraps in a lazy-load placeholder
    doc = newsclean.parse(page(f"<div class='lazy-placeholder'><p>{long_text}</p></div>"), format="html")
    assert "Bundestag soll" in body(doc)
    assert not removed(doc, "article.embed_placeholder")


def test_near_miss_an_embedded_tweet_is_quoted_content_and_stays():
    tweet = ("<blockquote class='twitter-tweet'><p>Breaking: the council has voted, trams are coming to "
             "three new districts!</p>— City News (@citynews) May 6, 2024</blockquote>")
    doc = newsclean.parse(page(paras(EN[:2]) + tweet + paras(EN[2:]), title="City council votes to expand tram network"),
                          format="html")
    assert not [r for r in doc.removed if r.rule.startswith("article.") and "trams are coming" in r.text]


# -- fact and profile boxes ------------------------------------------------------------------------

def test_a_fact_box_is_kept_out_of_the_body_es():
    box = ("<div class='factbox'><h3>Datos clave</h3><ul><li>Inversión: 20 millones de euros</li>"
           "<li>Kilómetros nuevos: 45</li></ul></div>")
    doc = newsclean.parse(page(paras(ES[:2]) + box + paras(ES[2:]),
                               title="Madrid aprueba ampliar los carriles bici"), format="html")
    assert "Datos clave" not in body(doc)
    assert any("Datos clave" in t for t in removed(doc, "article.aside"))
    assert "comerciantes del centro" in body(doc)


def test_near_miss_a_paragraph_about_facts_stays():
    # "fact" in the text, and a class that is not a box: no aside
    p = "<p class='article-text'>Los datos del informe muestran que el uso de la bicicleta creció un 30 por ciento.</p>"
    doc = newsclean.parse(page(paras(ES) + p, title="Madrid aprueba ampliar los carriles bici"), format="html")
    assert "creció un 30 por ciento" in body(doc)
    assert not removed(doc, "article.aside")


# -- a second story appended by infinite scroll ----------------------------------------------------

def test_a_second_story_with_its_own_headline_is_cut_pl():
    second = ("<article class='story next'><h1>Inflacja spada trzeci miesiąc z rzędu</h1>"
              "<p>Według danych GUS inflacja w marcu wyniosła 2,5 procent, najmniej od czterech lat.</p>"
              "<p>Ekonomiści spodziewają się, że stopy procentowe zostaną obniżone jeszcze w tym roku.</p></article>")
    doc = newsclean.parse(page(paras(PL), after=second, title="Rząd chce skrócić kolejki do lekarzy"),
                          format="html")
    assert "inflacja" not in body(doc).lower()
    assert removed(doc, "article.next_story")
    assert "Opozycja krytykuje" in body(doc)


def test_near_miss_one_story_with_a_subheading_h1_inside_is_not_cut():
    story = paras(PL[:2]) + "<section><h1>Co dalej z reformą szpitali</h1>" + paras(PL[2:]) + "</section>"
    doc = newsclean.parse(page(story, title="Rząd chce skrócić kolejki do lekarzy"), format="html")
    assert "Opozycja krytykuje" in body(doc)
    assert not removed(doc, "article.next_story")


# -- a body split into chunks, and the JSON-LD articleBody ------------------------------------------

def _stages(html: str, got: list[str], article_body: str | None = None) -> tuple[list[str], list]:
    """The post-trafilatura stages alone, given what trafilatura would have returned."""
    from lxml import html as lxml_html

    from newsclean import article_body as ab
    from newsclean import article_check as ac

    tree = lxml_html.document_fromstring(html)
    removed: list = []
    known = ab.preclean(tree, removed)
    lines = ac.postclean([ac.Line(t) for t in got], known, article_body, removed)
    return [x.text for x in lines], removed


EXTRA = ["The mayor said the project was the largest investment in public transport in the city's history.",
         "Opponents argue the money would be better spent on buses, which can be rerouted as the city grows."]


def test_body_chunks_after_an_in_text_box_are_restored_in_page_order():
    chunk = "<div class='body__chunk'>{}</div>"
    box = "<div class='content--excerpt'><a href='/x'>Czytaj więcej</a><p>Zapowiedź innego artykułu.</p></div>"
    story = chunk.format(paras(EN[:2])) + box + chunk.format(paras(EN[2:] + EXTRA))
    lines, _ = _stages(page(story), EN[:2])  # trafilatura stopped at the box
    assert lines == EN + EXTRA


def test_near_miss_paragraphs_of_another_class_are_not_restored():
    story = ("<div class='body__chunk'>" + paras(EN) + "</div>"
             "<div class='comments'>" + paras(EXTRA) + "</div>")
    lines, _ = _stages(page(story), EN)
    assert lines == EN


def test_article_body_fills_in_a_paragraph_and_ends_the_story():
    all_paras = DE + ["Die Opposition kündigte an, den Entwurf im Ausschuss genau prüfen zu wollen."]
    # the last paragraph sits in a box trafilatura would drop; a teaser line follows the story
    story = (paras(DE) + f"<div class='widget-box'><p>{all_paras[-1]}</p></div>")
    ld = {"@type": "NewsArticle", "headline": "Ein Gesetz für mehr Windräder und Solaranlagen",
          "articleBody": " ".join(all_paras)}
    doc = newsclean.parse(page(story, jsonld=ld), format="html")
    assert "im Ausschuss genau prüfen" in body(doc)


def test_near_miss_an_unrelated_article_body_changes_nothing():
    ld = {"@type": "NewsArticle", "headline": "x", "articleBody": " ".join(FR)}
    doc = newsclean.parse(page(paras(DE), jsonld=ld), format="html")
    assert "Bundestag soll" in body(doc) and "logements" not in body(doc)
    assert not removed(doc, "article.after_body")


def test_no_body_in_the_markup_falls_back_to_article_body():
    ld = {"@type": "NewsArticle", "headline": "City council votes to expand tram network",
          "articleBody": "\n".join(EN)}
    html = ("<html><head><title>City council votes</title>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head>"
            "<body><div id='root'></div></body></html>")
    doc = newsclean.parse(html, format="html")
    assert doc.kind == "article"
    assert "public meetings" in body(doc)


# -- labelled teaser lines, sign-up boxes, the page's phrase pack ----------------------------------

EN_URL = "https://www.paper.example.co.uk/2024/07/17/city-council-votes-expand-tram-network-21244172/"


def test_a_short_label_a_colon_and_a_link_to_another_story_is_removed_en():
    more = ("<p><span class='mor-link'>MORE : <a href='https://www.paper.example.co.uk/2024/07/16/"
            "bus-fares-capped-two-pounds-until-next-year-21238379/'>Bus fares capped at two pounds until next "
            "year</a></span></p>")
    doc = newsclean.parse(page(paras(EN[:2]) + more + paras(EN[2:]), title="City council votes to expand tram network"),
                          url=EN_URL, format="html")
    assert "Bus fares capped" not in body(doc)
    assert any("Bus fares capped" in t for t in removed(doc, "article.link_text"))
    assert "Residents of the affected streets" in body(doc)


def test_list_items_of_labelled_story_links_are_removed_de():
    items = ("<ul class='my-10 expressive-copy-lg'>"
             "<li><strong>Energie: </strong><a href='/wirtschaft/article408262487/windkraft-ausbau-sueden-stockt.html'>"
             "Warum der Ausbau der Windkraft im Süden stockt</a></li>"
             "<li><a href='/politik/article409961272/solarpflicht-neubauten-hausbesitzer-wissen.html'>"
             "Solarpflicht für Neubauten: Was Hausbesitzer jetzt wissen müssen</a></li></ul>")
    doc = newsclean.parse(page(paras(DE[:3]) + items + paras(DE[3:])),
                          url="https://www.zeitung.example.de/politik/article409182690/gesetz-windraeder.html",
                          format="html")
    assert "Ausbau der Windkraft im Süden" not in body(doc)
    assert "Solarpflicht" not in body(doc)
    assert "Bundestag soll" in body(doc)


def test_near_miss_a_label_and_colon_before_a_link_to_another_site_stays():
    cited = ("<p>Quelle: <a href='https://www.statistik.example.org/publikationen/energie-2024'>"
             "Bericht zur Lage der erneuerbaren Energien 2024</a></p>")
    doc = newsclean.parse(page(paras(DE) + cited),
                          url="https://www.zeitung.example.de/politik/article409182690/gesetz-windraeder.html",
                          format="html")
    assert not [r for r in doc.removed if r.rule.startswith("article.link") and "Bericht zur Lage" in r.text]


def test_near_miss_a_label_and_colon_before_plain_words_stays():
    said = "<p>Der Minister sagte: Wir werden den Ausbau der Windkraft im ganzen Land weiter beschleunigen.</p>"
    doc = newsclean.parse(page(paras(DE[:2]) + said + paras(DE[2:])), format="html")
    assert "den Ausbau der Windkraft im ganzen Land" in body(doc)


def test_a_short_newsletter_sign_up_box_in_the_story_is_removed_de():
    box = ("<section aria-label='Newsletter Anmeldung' class='col-span-3 w-full border p-4'>"
           "<h3>Energie kompakt</h3><p>Jeden Freitag: die wichtigsten Nachrichten zur Energiewende.</p>"
           "<form action='/subscribe'><input type='email' name='email'><button>Abonnieren</button></form></section>")
    doc = newsclean.parse(page(paras(DE[:2]) + box + paras(DE[2:])), format="html")
    assert "Jeden Freitag" not in body(doc)
    assert any("Jeden Freitag" in t for t in removed(doc, "article.related"))


def test_near_miss_a_long_newsletter_box_with_a_form_stays():
    box = ("<section class='newsletter-story'>" + paras(DE) + "<form><input name='q'></form></section>")
    doc = newsclean.parse(page(box), format="html")
    assert "Bundestag soll" in body(doc)
    assert not removed(doc, "article.related")


# -- the standfirst as the document's summary ----------------------------------------------------

SV_LEAD = ("Eleverna på internatskolan trängde på natten in och misshandlade flera andra elever, enligt åtalet. "
           "Nu åtalas fem elever för misshandel.")


def sv_page(description: str, lead: str) -> str:
    story = ("<p>Händelsen inträffade under en natt i februari när flera elever samlades i ett av husen på "
             "skolområdet och gick in i sovrummen.</p><p>Enligt åklagaren slog de skolkamraterna med skärp och "
             "tvingade dem att stå upp i flera timmar.</p><p>Skolan säger att den har samarbetat med polisen och "
             "att de inblandade eleverna har stängts av från undervisningen.</p>")
    return (f"<html><head><meta name='description' content='{description}'><title>Elever åtalas</title></head>"
            f"<body><header><h1>Elever åtalas för misshandel på internatskola</h1>"
            f"<div class='ingress'><p>{lead}</p></div></header>"
            f"<div class='article-body'>{story}</div></body></html>")


def test_the_standfirst_under_the_headline_becomes_the_summary_sv():
    cut = SV_LEAD[:90] + "..."  # descriptions are often cut short
    doc = newsclean.parse(sv_page(cut, SV_LEAD), format="html")
    assert doc.summary == (SV_LEAD,)
    assert SV_LEAD[:40] not in body(doc)  # one copy
    assert "skolkamraterna med skärp" in body(doc)


def test_near_miss_a_description_unlike_the_block_under_the_headline_gives_no_summary():
    other = "Fem elever åtalas efter en natt av våld på en känd skola i Värmland, skriver tidningen i dag."
    doc = newsclean.parse(sv_page(other, SV_LEAD), format="html")
    assert not doc.summary


# -- subheads trafilatura leaves out -------------------------------------------------------------

def faq_page(head: str) -> str:
    """Paragraphs as divs and each subhead in a wrapper of its own (a CSS-in-JS template)."""
    w = "<div class='c10o8fzf'><div class='r1nj4qn5'>{}</div></div>"
    return ("<div class='b17e520'>" + "".join(w.format(t) for t in DE[:2]) + "</div>"
            f"<div class='b17e520 c10o8fzf'><h2 class='t1rbo974'><span>{head}</span></h2></div>"
            "<div class='b17e520'>" + "".join(w.format(t) for t in DE[2:]) + "</div>")


def subhead_stage(head: str) -> list[str]:
    """The subhead stage alone, on trafilatura-like lines that left the subhead out."""
    from lxml import html as lxml_html

    from newsclean import article_body, article_check

    tree = lxml_html.fromstring(page(faq_page(head)))
    known = article_body.preclean(tree, [], None)
    lines = [article_check.Line(t) for t in DE]
    return [x.text for x in article_check.postclean(lines, known, None, [])]


def test_a_subhead_left_out_between_kept_paragraphs_is_put_back_de():
    out = subhead_stage("Was ändert sich für Hausbesitzer?")
    assert out.index("Was ändert sich für Hausbesitzer?") == 2  # before the paragraph it heads


def test_near_miss_a_subhead_that_is_a_link_is_not_put_back():
    out = subhead_stage("<a href='/thema/energie'>Mehr zur Energiewende</a>")
    assert "Mehr zur Energiewende" not in out
