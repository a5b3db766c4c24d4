"""The rules added for templates outside the dev corpus, one at a time, each with a near miss
that must not fire: live words in other languages, day headings, pinned copies, copyright
notices, author boxes, credits, unmarked figures, stamps set in bold, lead-in promo boxes."""
import datetime as dt

from lxml import etree

from newsclean import html_front
from newsclean.html_media import media
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.live_phrases import title_says_live, url_says_live
from newsclean.media_unmarked import unmarked_figure
from newsclean.model import Block, Post
from newsclean.page_zone import post_days
from newsclean.post_clean import drop_repeated_lines
from newsclean.post_walk import extract_post
from newsclean.sites import rules_for


def tree_of(markup: str):
    tree = html_front.parse_tree(f"<html><body>{markup}</body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    return tree


def ctx(**kw) -> Ctx:
    return Ctx(rules_for(None), **kw)


def walk(markup: str, *, site_names=frozenset(), page_date=None, language=None):
    tree = tree_of(f"<div id='feed'>{markup}</div>")
    c = ctx(site_names=site_names, language=language)
    posts = [extract_post(el, c, page_date, None) for el in tree.get_element_by_id("feed") if isinstance(el.tag, str)]
    return [p for p in posts if p is not None], c


# -- live words of the phrase packs ---------------------------------------------------------------

def test_titles_and_addresses_calling_the_page_live_in_other_languages():
    assert title_says_live("Législatives 2024, en direct : le RN en tête")
    assert title_says_live("DIRECTO | Guerra en Ucrania")
    assert title_says_live("Elezioni europee 2024, la diretta: exit poll")
    assert title_says_live("Wybory samorządowe 2024. Relacja na żywo - Wiadomości")
    assert url_says_live("https://g1.globo.com/sp/eleicoes/2024/ao-vivo/apuracao.ghtml")
    assert url_says_live("https://wiadomosci.onet.pl/kraj/wybory-relacja-na-zywo/x1y2z3")


def test_a_live_word_inside_a_sentence_or_slug_is_not_a_live_page():
    assert not title_says_live("Acceso directo a la web del ministerio")
    assert not title_says_live("Direct Line shares fall after profit warning")
    assert not title_says_live("La diretta di Mattarella in tv")
    assert not url_says_live("https://elpais.com/economia/acceso-directo-al-metro.html")


# -- day headings between posts -------------------------------------------------------------------

def test_a_day_heading_dates_the_posts_below_it():
    tree = tree_of("""<div id="f"><h3>Sonntag, 25. Februar</h3><div class="e">0.35 Uhr</div>
        <h3>Samstag, 24. Februar</h3><div class="e">22.10 Uhr</div><div class="e">19.42 Uhr</div></div>""")
    posts = tree.get_element_by_id("f").findall("div")
    assert post_days(posts, dt.date(2024, 2, 24), "de") == [dt.date(2024, 2, 25), dt.date(2024, 2, 24),
                                                            dt.date(2024, 2, 24)]


def test_a_heading_with_a_clock_or_a_sentence_is_no_day_heading():
    tree = tree_of("""<div id="f"><h3>Sonntag, 25. Februar, 12:30 Uhr</h3><div class="e">0.35 Uhr</div>
        <p>Am 24. Februar begann der Krieg vor zwei Jahren mit einem Angriff.</p><div class="e">22.10 Uhr</div></div>""")
    posts = tree.get_element_by_id("f").findall("div")
    assert post_days(posts, dt.date(2024, 2, 24), "de") == [None, None]


# -- copies of a post, copyright notices -----------------------------------------------------------

def _post(headline, text, label=None):
    return Post(headline=headline, label=label, blocks=(Block("paragraph", text),))


BODY = "Burgemeester Halsema heeft voor het hele weekend een noodbevel afgekondigd voor de stad."


def test_a_labelled_pinned_copy_of_a_post_is_dropped():
    c = ctx()
    posts = drop_repeated_lines([_post("Noodbevel", BODY, "Vastgepind"), _post("Andere", BODY + " Meer."),
                                 _post("Noodbevel", BODY)], c)
    assert [(p.headline, p.label) for p in posts] == [("Andere", None), ("Noodbevel", None)]
    assert c.removed[0].rule == "post.repeated-copy"


def test_an_update_repeated_without_a_label_is_kept():
    posts = drop_repeated_lines([_post(None, BODY), _post("Andere", BODY + " Meer."), _post(None, BODY)], ctx())
    assert len(posts) == 3


def test_a_copyright_notice_closing_a_post_is_dropped():
    p = Post(headline="Schlein", blocks=(Block("paragraph", "Il Pd cresce in modo significativo, ha detto la segretaria."),
                                         Block("paragraph", "RIPRODUZIONE RISERVATA © Copyright ANSA")))
    assert [b.text for b in drop_repeated_lines([p], ctx())[0].blocks] == [p.blocks[0].text]


def test_a_sentence_mentioning_copyright_is_body():
    text = "The agency said the copyright claim was rejected by the court on Monday. It will appeal."
    p = Post(headline="Ruling", blocks=(Block("paragraph", "A court ruled on Monday in the long-running case."),
                                        Block("paragraph", text)))
    assert drop_repeated_lines([p], ctx())[0].blocks[-1].text == text


# -- author boxes ----------------------------------------------------------------------------------

def test_author_box_with_role_and_place_parts():
    posts, _ = walk("""
      <div class="e"><h3>Starmer arrives</h3><p>Sir Keir Starmer has arrived in Downing Street as prime minister.</p>
        <div class="ncpost-author"><span class="ncpost-author-name">Alix Culbertson</span>
        <span class="ncpost-author-role">Political reporter</span></div></div>
      <div class="e"><h3>Los jugadores celebran</h3><p>Los jugadores se han acercado al fondo de la afición española.</p>
        <div class="entry__author"><a href="/autor/x/">Diego Torres</a> <span class="entry__author-place">Berlín</span></div></div>""")
    assert [[(b.name, b.role) for b in p.bylines] for p in posts] == [[("Alix Culbertson", "Political reporter")],
                                                                     [("Diego Torres", "Berlín")]]


def test_by_prefix_in_the_page_language_and_the_outlet_after_a_comma():
    posts, _ = walk("""
      <div class="e"><h3>Boulos fala</h3><p>O candidato disse que vai buscar apoio de outros partidos.</p>
        <div class="post__author">Por Bruno Tavares e Rodrigo Rodrigues, TV Globo e g1 SP</div></div>
      <div class="e"><h3>Wyniki exit poll</h3><p>Według sondażu Ipsos Koalicja Obywatelska zdobyła najwięcej głosów.</p>
        <div class="entry-author">Autor: Anna Kowalska</div></div>""", site_names=frozenset({"g1"}), language="pt")
    assert [[b.name for b in p.bylines] for p in posts] == [["Bruno Tavares", "Rodrigo Rodrigues"], ["Anna Kowalska"]]
    assert all(b.role is None for p in posts for b in p.bylines)


def test_name_comma_place_is_one_author_but_name_and_name_are_two():
    posts, _ = walk("""
      <div class="e"><h4>Demonstration</h4><p>In Tel Aviv haben erneut Zehntausende Menschen demonstriert.</p>
        <p class="ticker__author">Von Anna Clauß, Tel Aviv</p></div>
      <div class="e"><h4>Einigung</h4><p>Die Verhandlungen in Paris sollen am Montag fortgesetzt werden.</p>
        <p class="ticker__author">Von Anna Clauß und Jan Petter</p></div>""", language="de")
    assert [[(b.name, b.role) for b in p.bylines] for p in posts] == [[("Anna Clauß", None)],
                                                                     [("Anna Clauß", None), ("Jan Petter", None)]]


def test_an_author_line_that_is_no_name_gives_no_byline():
    posts, _ = walk("""<div class="e"><h3>Talks</h3><p>Negotiators met again in Cairo on Sunday for a third round.</p>
        <p class="card__author">From our correspondents, who are reporting from across the region tonight</p></div>""")
    assert posts[0].bylines == ()


# -- credits and captions --------------------------------------------------------------------------

def _media(markup: str):
    tree = tree_of(markup)
    return media(tree.find(".//body")[0], ctx())


def test_bracketed_credits_closing_a_caption():
    m = _media('<figure><img src="a.jpg"><figcaption>Trump arrives in West Palm Beach, Fla. (AP Photo/Evan Vucci)</figcaption></figure>')
    assert (m.caption, m.credit) == ("Trump arrives in West Palm Beach, Fla.", "AP Photo/Evan Vucci")
    m = _media('<figure><img src="a.jpg"><figcaption>Passengers wait at Ben Gurion airport [Jack Guez/AFP]</figcaption></figure>')
    assert (m.caption, m.credit) == ("Passengers wait at Ben Gurion airport", "Jack Guez/AFP")


def test_a_bracket_that_is_part_of_the_caption_stays():
    m = _media('<figure><img src="a.jpg"><figcaption>Donald Trump (left) and JD Vance (right)</figcaption></figure>')
    assert (m.caption, m.credit) == ("Donald Trump (left) and JD Vance (right)", None)


def test_caption_classed_attribution_and_credit_classed_figcaption():
    m = _media("""<div class="image"><img src="a.jpg"><div class="image__metadata"><div class="image__caption attribution">
        <span>Rep. Colin Allred speaks in Dallas on Monday.</span></div><figcaption class="image__credit">LM Otero/AP</figcaption></div></div>""")
    assert (m.caption, m.credit) == ("Rep. Colin Allred speaks in Dallas on Monday.", "LM Otero/AP")


def test_a_credit_shaped_last_element_of_a_caption():
    m = _media('<figure><img src="a.jpg"><figcaption><span>Oyarzabal celebra el 2-1.</span><span class="a_m_a">Kai Pfaffenbach (REUTERS)</span></figcaption></figure>')
    assert (m.caption, m.credit) == ("Oyarzabal celebra el 2-1.", "Kai Pfaffenbach (REUTERS)")


def test_emphasis_at_the_end_of_a_caption_is_no_credit():
    m = _media('<figure><img src="a.jpg"><figcaption><span>A scene from</span> <em>Gone With The Wind</em></figcaption></figure>')
    assert m.credit is None


def test_prefixed_credit_after_a_dash_and_an_abbreviated_prefix():
    m = _media('<div class="media"><img src="a.jpg"><p>Ricardo Nunes discursa após o resultado — Foto: Celso Tavares/g1</p></div>')
    assert (m.caption, m.credit) == ("Ricardo Nunes discursa após o resultado", "Celso Tavares/g1")
    m = _media('<figure><img src="a.jpg"><figcaption>Lokal wyborczy w Krakowie. Fot. Jakub Porzycki / Agencja Wyborcza.pl</figcaption></figure>')
    assert (m.caption, m.credit) == ("Lokal wyborczy w Krakowie.", "Jakub Porzycki / Agencja Wyborcza.pl")


def test_a_figure_without_figure_markup():
    tree = tree_of("""<div class="absatzbild"><div class="absatzbild__media"><img src="t.jpg" alt="x"></div>
        <div class="absatzbild__info"><p class="absatzbild__info__text">Trudeau und Selenskyj in Kiew.</p>
        <p class="absatzbild__info__copyright">Bild: REUTERS</p></div></div>""")
    m = unmarked_figure(tree.find(".//body")[0])
    assert (m.caption, m.credit) == ("Trudeau und Selenskyj in Kiew.", "REUTERS")


def test_text_with_an_image_but_no_credit_is_no_figure():
    tree = tree_of("""<div class="content"><img src="t.jpg"><p>Trudeau und Selenskyj haben in Kiew ein Abkommen unterzeichnet.</p></div>""")
    assert unmarked_figure(tree.find(".//body")[0]) is None
    tree = tree_of("""<div class="content"><p>Trudeau war in Kiew.</p><img src="t.jpg"><p class="copyright">Bild: REUTERS</p></div>""")
    assert unmarked_figure(tree.find(".//body")[0]) is None


# -- stamps set in bold, promo boxes ---------------------------------------------------------------

def test_a_bold_stamp_is_the_time_not_the_headline():
    posts, _ = walk("""<div class="e"><p class="meta"><b>22.10 Uhr</b></p><h4>Zehntausende demonstrieren</h4>
        <p>In Tel Aviv haben erneut Zehntausende Menschen gegen die Regierung demonstriert.</p></div>""",
                    page_date=dt.date(2024, 2, 24), language="de")
    assert (posts[0].headline, posts[0].published) == ("Zehntausende demonstrieren", "2024-02-24T22:10")


def test_a_bold_line_with_a_number_is_still_a_headline():
    posts, _ = walk("""<div class="e"><p><strong>24 hours in Gaza</strong></p>
        <p>Aid agencies describe the situation in the north of the strip as catastrophic.</p></div>""")
    assert posts[0].headline == "24 hours in Gaza"


def test_a_promo_box_with_its_own_lead_in_after_the_body():
    posts, c = walk("""<div class="e"><h4>Delegation zurück</h4>
        <p>Die israelische Delegation ist aus Paris zurückgekehrt, heißt es aus Regierungskreisen.</p>
        <div class="box"><p>Lesen Sie hier mehr:</p><a href="https://example.de/ausland/gaza-a-1"><span>Gaza-Verhandlungen: Was über den Deal bekannt ist</span></a></div></div>""")
    assert [b.text for b in posts[0].blocks] == ["Die israelische Delegation ist aus Paris zurückgekehrt, heißt es aus Regierungskreisen."]
    assert any(r.rule == "html.article-teaser" for r in c.removed)


# -- clocks in headings and paragraphs, stamp words ------------------------------------------------

def test_a_clock_opening_a_heading_is_the_time():
    posts, _ = walk("""
      <div class="e"><h3><span class="liveHour">14:32</span> Sánchez visita el centro de emergencias</h3>
        <p>El presidente ha llegado al centro de coordinación de emergencias de L'Eliana.</p></div>
      <div class="e"><h3>13:58 La Aemet mantiene el aviso rojo en Castellón</h3>
        <p>La Agencia Estatal de Meteorología mantiene el aviso rojo por lluvias en el litoral.</p></div>""",
                    page_date=dt.date(2024, 10, 30), language="es")
    assert [(p.headline, p.published) for p in posts] == [
        ("Sánchez visita el centro de emergencias", "2024-10-30T14:32"),
        ("La Aemet mantiene el aviso rojo en Castellón", "2024-10-30T13:58")]


def test_a_number_opening_a_heading_is_no_clock():
    posts, _ = walk("""<div class="e"><h3>2.45 Millionen Menschen ohne Strom</h3>
        <p>In Teilen des Landes ist der Strom seit dem Morgen ausgefallen, teilte der Netzbetreiber mit.</p></div>""")
    assert (posts[0].headline, posts[0].published) == ("2.45 Millionen Menschen ohne Strom", None)


def test_a_bold_clock_opening_a_paragraph_is_the_time():
    posts, _ = walk("""<div class="e"><p><strong>ore 14:25</strong> - A Traversara i vigili del fuoco hanno soccorso
        alcune persone rimaste sui tetti.</p></div>""", page_date=dt.date(2024, 9, 19), language="it")
    assert posts[0].published == "2024-09-19T14:25"
    assert posts[0].text.startswith("A Traversara i vigili del fuoco")


def test_a_bold_word_opening_a_paragraph_is_body():
    posts, _ = walk("""<div class="e"><p><strong>FACT CHECK:</strong> The claim that grocery prices have doubled
        since 2021 is false, according to the Bureau of Labor Statistics.</p></div>""")
    assert posts[0].published is None and posts[0].text.startswith("FACT CHECK:")


def test_today_and_published_words_belong_to_the_stamp():
    from newsclean.times import parse_time_line
    for line, lang in (("Heute, 14:32 Uhr", "de"), ("Aujourd'hui à 14h32", "fr"), ("Publicado a las 14:32", "es"),
                       ("Gepubliceerd om 14:32", "nl"), ("Dzisiaj, 14:32", "pl")):
        mark = parse_time_line(line, lang=lang)
        assert (mark.hour, mark.minute, mark.lead) == (14, 32, ""), line


def test_yesterday_and_a_name_are_not_stamp_words():
    from newsclean.times import parse_time_line
    assert parse_time_line("Gestern, 22:10 Uhr", lang="de").lead == "Gestern"
    assert parse_time_line("Jane Doe 14:32").lead == "Jane Doe"


def test_an_agency_or_photographer_named_in_a_picture_is_its_credit():
    m = _media('<figure><img src="a.jpg"><figcaption>Traversara, le case allagate (Ansa)</figcaption></figure>')
    assert (m.caption, m.credit) == ("Traversara, le case allagate", "Ansa")
    m = _media('<div class="image"><img src="a.jpg"><p class="imageCaption">Una calle inundada en Paiporta. '
               '<span class="imageAuthor">EFE / Manuel Bruque</span></p></div>')
    assert (m.caption, m.credit) == ("Una calle inundada en Paiporta.", "EFE / Manuel Bruque")


def test_an_organisation_in_brackets_is_no_credit():
    m = _media('<figure><img src="a.jpg"><figcaption>Soldiers during an exercise of the alliance (NATO)</figcaption></figure>')
    assert m.credit is None


def _bylined(*names):
    from newsclean.model import Byline
    return [Post(headline=None, bylines=(Byline(n),), blocks=(Block("paragraph", f"En del av texten, nummer {i}."),))
            for i, n in enumerate(names)]


def test_a_short_word_opening_every_byline_is_a_by_word():
    posts = drop_repeated_lines(_bylined("Av Anna Lindqvist", "Av Erik Johansson", "Av Anna Lindqvist"), ctx())
    assert [p.bylines[0].name for p in posts] == ["Anna Lindqvist", "Erik Johansson", "Anna Lindqvist"]


def test_a_first_name_shared_by_some_bylines_stays():
    names = ["Ana María López", "Ana Belén Ruiz", "José Luis Pérez"]
    assert [p.bylines[0].name for p in drop_repeated_lines(_bylined(*names), ctx())] == names
    names = ["Ana María López", "Ana Belén Ruiz", "Ana María López"]
    assert [p.bylines[0].name for p in drop_repeated_lines(_bylined(*names), ctx())] == names  # never "ana" in the text


def test_an_age_in_the_page_language_is_a_stamp_not_body():
    posts, _ = walk("""<div class="e"><span>hace 5 minutos</span><h3>El Gobierno aprueba el decreto</h3>
        <p>El Consejo de Ministros ha aprobado este martes el decreto de ayudas para los afectados.</p></div>""",
                    language="es")
    assert posts[0].headline == "El Gobierno aprueba el decreto"
    assert [b.text for b in posts[0].blocks] == ["El Consejo de Ministros ha aprobado este martes el decreto de ayudas para los afectados."]


def test_a_number_of_years_ago_in_a_sentence_is_body():
    from newsclean.times import parse_time_line
    assert parse_time_line("Vor 5 Jahren begann alles mit einem Anruf", lang="de") is None
    assert parse_time_line("-5 min", lang="fr") is None


# -- feed: permalinks to the page itself, ticker markup ---------------------------------------------

def test_a_query_permalink_to_the_page_itself_is_not_elsewhere():
    from newsclean.feed_stamps import links_elsewhere
    tree = tree_of('<a id="own" href="https://x.co.uk/politics/budget-live-abc?post=9f1"><time>2.32pm</time></a>'
                   '<a id="other" href="https://x.co.uk/politics/budget-explained?post=9f1"><time>2.32pm</time></a>'
                   '<a id="home" href="https://y.com"><time>2.32pm</time></a>')
    own, other, home = (tree.get_element_by_id(i)[0] for i in ("own", "other", "home"))
    assert not links_elsewhere(own, own="/politics/budget-live-abc")
    assert links_elsewhere(other, own="/politics/budget-live-abc")
    assert links_elsewhere(home, own="/politics/budget-live-abc")
    assert links_elsewhere(own)  # without the page's address, a query link is another page


def test_an_article_beside_a_stock_ticker_stays_an_article():
    import newsclean
    items = "".join(f'<li class="stock-ticker__item"><span>FTSE 100</span> <span>{h}:00</span> <span>+0.{h}%</span></li>'
                    for h in range(9, 16))
    page = (f'<html><head><title>Shares rise as inflation falls</title></head><body><ul class="stock-ticker">{items}</ul>'
            '<article><h1>Shares rise as inflation falls</h1>'
            + "".join(f"<p>Paragraph {i} of the market report, on prices, rates and what traders expect next.</p>"
                      for i in range(12)) + "</article></body></html>")
    assert newsclean.parse(page, url="https://news.example/business/markets-report").kind == "article"
