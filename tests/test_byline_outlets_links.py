"""An author box's parts other than the name: the outlet the author works for (an element whose
class says organisation, or a short abbreviation after a comma) is neither a second name nor a
role; where no class names the name, the link to the author's page does, and what the box prints
beside it is not part of the name. A writer chip on a line of its own after a post's text is the
post's byline; an article's post carries the authors its page prints. Hand-written boxes shaped
like regional templates, each with a near miss."""
import newsclean
from newsclean import html_front
from newsclean.byline_parts import is_outlet, printed_authors
from newsclean.html_roles import Ctx, class_says
from newsclean.post_bylines import bylines
from newsclean.sites import rules_for


def chips(markup: str, language: str = "en", site: frozenset[str] = frozenset()) -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//body/*")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language, site_names=site))
    return [(b.name, b.role) for b in out]


# -- the outlet ------------------------------------------------------------------------------

def test_an_organisation_element_is_no_second_name():
    assert chips('<div class="nrk-byline"><span class="nrk-byline__name">Kari Nilsen</span>, '
                 '<span class="nrk-byline__org">NRK Vestland</span></div>', "nb") == [("Kari Nilsen", None)]
    assert chips('<div class="author-box"><span class="author-box__name">Jonas Berg</span> '
                 '<span class="author-box__agency">TT</span></div>', "sv") == [("Jonas Berg", None)]


def test_near_miss_two_name_elements_stay_two_names():
    assert chips('<div class="nrk-byline"><span class="nrk-byline__name">Kari Nilsen</span> og '
                 '<span class="nrk-byline__name">Ola Dahl</span></div>', "nb") == [("Kari Nilsen", None), ("Ola Dahl", None)]


def test_an_abbreviation_after_a_comma_is_the_outlet_not_a_role():
    assert chips('<p class="eintrag__autor">Lukas Meier, SRF</p>', "de") == [("Lukas Meier", None)]
    assert chips('<p class="entry-author">Marta Nowak, PAP</p>', "pl") == [("Marta Nowak", None)]


def test_near_miss_a_job_after_the_comma_is_the_role():
    assert chips('<p class="eintrag__autor">Lukas Meier, Korrespondent</p>', "de") == [("Lukas Meier", "Korrespondent")]


def test_the_site_s_own_name_after_a_comma_is_no_role():
    assert chips('<p class="entry-author">Aino Virtanen, Uutiset</p>', "fi", frozenset({"uutiset"})) \
        == [("Aino Virtanen", None)]


def test_is_outlet():
    assert is_outlet("NDR", frozenset()) and is_outlet("Reuters", frozenset()) and is_outlet("Yle", frozenset({"yle"}))
    assert not is_outlet("Valencia", frozenset()) and not is_outlet("Korrespondent", frozenset())


# -- the class word ----------------------------------------------------------------------------

def test_autor_in_a_class_says_author():
    for cls in ("ticker__autor", "articulo-autores", "autorName", "autore-box", "post-auteur"):
        assert "author" in class_says(cls), cls


def test_near_miss_autorefresh_and_autorun_say_no_author():
    for cls in ("autorefresh", "player-autorun", "autorotate-gallery"):
        assert "author" not in class_says(cls), cls


# -- the link to the author's page ------------------------------------------------------------

def test_a_box_names_its_author_by_the_link_and_the_place_beside_it_is_no_part_of_the_name():
    box = ('<div class="c-e-a"><a class="c-e-a-n" href="/auteur/marie-dupont/">Marie Dupont</a> '
           '<span class="c-e-a-l">Lyon</span></div>')
    assert chips(box, "fr") == [("Marie Dupont", None)]


def test_a_job_beside_the_linked_name_is_its_role():
    assert chips('<div class="c-e-a"><a href="/author/jo-bloggs">Jo Bloggs</a>, Political reporter</div>') \
        == [("Jo Bloggs", "Political reporter")]


_POSTS_FR = [
    "La préfecture a placé le département en vigilance rouge pour la nuit de mardi à mercredi.",
    "Les écoles de la métropole resteront fermées mercredi, a annoncé le rectorat dans la soirée.",
    "Les pompiers ont effectué plus de deux cents interventions depuis le début de l'après-midi.",
]


def _live_page(head: str) -> str:
    entries = "".join(
        f"<article class='c-d-e'><header class='c-d-h'><time datetime='2026-03-04T{h}:00+01:00'>{h}</time>"
        f"{head}</header><h2 class='c-d-t'>Titre de l'entrée {i}</h2><p class='c-d-p'>{t}</p></article>"
        for i, (h, t) in enumerate(zip(("21:10", "20:35", "19:50"), _POSTS_FR)))
    return ("<html lang='fr'><head><title>Intempéries, en direct | Journal</title></head><body><main>"
            "<h1>Intempéries, en direct</h1><div class='c-d'>" + entries + "</div></main></body></html>")


def test_a_linked_name_and_its_city_in_a_post_header_give_the_name():
    doc = newsclean.parse(_live_page("<div class='c-d-a'><a class='c-d-a-n' href='/auteur/marie-dupont/'>Marie Dupont"
                                     "</a> <span class='c-d-a-l'>Marseille</span></div>"), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [[("Marie Dupont", None)]] * 3


# -- a writer chip on a line of its own ---------------------------------------------------------

_POSTS_JA = [
    "気象庁は午後、関東地方に大雨警報を発表した。河川の増水に警戒するよう呼びかけている。",
    "東京都は避難所を開設し、高齢者などに早めの避難を求めている。",
    "鉄道各社は運転見合わせの区間を順次拡大している。",
]


def _ja_page(after_body: str) -> str:
    entries = "".join(
        f"<div class='live-entry'><p class='entry-time'>{c}</p><h3 class='entry-tit'>見出し{i}</h3>"
        f"<div class='entry-body'><p>{t}</p></div>{after_body}</div>"
        for i, (c, t) in enumerate(zip(("18:40", "17:55", "17:10"), _POSTS_JA)))
    return ("<html lang='ja'><head><title>大雨 速報 | 新聞</title>"
            "<meta property='article:published_time' content='2026-07-03T09:00:00+09:00'></head><body><main>"
            "<h1>大雨 速報</h1><div class='live'>" + entries + "</div></main></body></html>")


def test_a_writer_chip_after_the_text_is_the_byline_with_its_role():
    doc = newsclean.parse(_ja_page("<span class='entry-writer'>佐藤健太 記者</span>"), format="html")
    assert len(doc.posts) == 3
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [[("佐藤健太", "記者")]] * 3
    assert all("佐藤健太" not in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_writer_span_inside_a_sentence_stays_text():
    doc = newsclean.parse(_ja_page("<p>取材には<span class='entry-writer'>佐藤健太</span>が協力した。</p>"), format="html")
    assert all(not p.bylines for p in doc.posts)


# -- an article's printed authors -------------------------------------------------------------

def test_an_article_s_post_carries_the_authors_its_page_prints():
    tree = html_front.parse_tree(
        '<html><head><script type="application/ld+json">{"author": {"name": "Eva Horáková"}}</script></head>'
        '<body><div class="authors"><span class="author">Eva Horáková</span></div><p>Text.</p></body></html>')
    assert [b.name for b in printed_authors(tree, ("Eva Horáková",))] == ["Eva Horáková"]


def test_near_miss_an_author_only_the_structured_data_names_is_no_printed_byline():
    tree = html_front.parse_tree(
        '<html><head><script type="application/ld+json">{"author": {"name": "Eva Horáková"}}</script></head>'
        '<body><p>Text bez podpisu.</p></body></html>')
    assert printed_authors(tree, ("Eva Horáková",)) == ()


def test_near_miss_an_author_named_only_inside_prose_is_no_printed_byline():
    tree = html_front.parse_tree(
        '<html><body><p>Analýzu připravila <a href="/autor/eva-horakova">Eva Horáková</a>, která situaci sleduje '
        'od začátku a o výsledcích bude psát i zítra večer.</p></body></html>')
    assert printed_authors(tree, ("Eva Horáková",)) == ()


def test_a_name_after_a_bold_lead_word_is_printed():
    tree = html_front.parse_tree('<html><body><div class="meta"><b>Autor:</b> Eva Horáková</div><p>Text.</p></body></html>')
    assert [b.name for b in printed_authors(tree, ("Eva Horáková",))] == ["Eva Horáková"]


def test_near_miss_a_lead_word_before_the_linked_name_is_no_role():
    assert chips('<div class="entry-byline"><span class="entry-byline-by">By</span> '
                 '<a href="/author/jo-bloggs">Jo Bloggs</a></div>') == [("Jo Bloggs", None)]


def test_autor_classed_spans_are_the_names():
    assert chips('<div class="artikel-autoren"><span class="autor">Anna Berg</span><span class="autor">Jan Maier</span>'
                 '</div>', "de") == [("Anna Berg", None), ("Jan Maier", None)]
    assert chips('<div class="firma"><span class="autore">Giulia Conti</span>, <span class="autore">Marco Ricci</span>'
                 '</div>', "it") == [("Giulia Conti", None), ("Marco Ricci", None)]


def test_near_miss_an_autor_name_and_a_job_span_are_one_byline():
    assert chips('<div class="artikel-autoren"><span class="autor">Anna Berg</span> '
                 '<span class="autor-funktion">Redakteurin</span></div>', "de") == [("Anna Berg", "Redakteurin")]


def test_a_name_and_a_place_in_two_spans_of_a_post_header_give_the_name():
    doc = newsclean.parse(_live_page("<div class='c-d-m'><span class='c-d-m-n'>Marie Dupont</span> "
                                     "<span class='c-d-m-l'>Marseille</span></div>"), format="html")
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [[("Marie Dupont", None)]] * 3


def test_a_name_and_a_job_in_two_spans_give_name_and_role():
    assert chips('<div class="c-d-m"><span class="c-d-m-n">Marie Dupont</span> '
                 '<span class="c-d-m-j">journaliste</span></div>', "fr") == [("Marie Dupont", "journaliste")]


def test_near_miss_two_names_or_a_name_split_over_two_spans_are_no_name_and_part():
    from newsclean.byline_parts import name_beside_parts
    two = html_front.parse_tree("<html><body><div><span class='a'>Marie Dupont</span> <span class='b'>Paul Martin</span>"
                                "</div></body></html>").find(".//div")
    split = html_front.parse_tree("<html><body><div><span class='given'>Marie</span> <span class='family'>Dupont</span>"
                                  "</div></body></html>").find(".//div")
    prose = html_front.parse_tree("<html><body><div>Selon <span class='a'>Marie Dupont</span> <span class='b'>hier</span>"
                                  "</div></body></html>").find(".//div")
    assert name_beside_parts(two) == [] and name_beside_parts(split) == [] and name_beside_parts(prose) == []


def test_near_miss_a_name_only_in_a_script_is_not_printed():
    tree = html_front.parse_tree('<html><body><script>var author = "Eva Horáková";</script>'
                                 '<noscript><div>Eva Horáková</div></noscript><p>Text.</p></body></html>')
    assert printed_authors(tree, ("Eva Horáková",)) == ()


def test_near_miss_a_label_or_a_clock_beside_a_name_shaped_text_is_no_name_and_part():
    from newsclean.byline_parts import name_beside_parts
    for row in ("<div><span class='e-kicker'>Breaking News</span> <span class='e-where'>Valencia</span></div>",
                "<div><span class='e-a'>Breaking News</span> <span class='e-b'>12.40</span></div>",
                "<div><span class='e-a'>Breaking News</span> <time class='e-b' datetime='2026-01-01T12:40'>Heute</time></div>"):
        el = html_front.parse_tree(f"<html><body>{row}</body></html>").find(".//div")
        assert name_beside_parts(el) == [], row


def test_near_miss_a_linked_name_in_a_row_with_the_post_s_time_keeps_the_time():
    doc = newsclean.parse(_live_page("<div><a href='/auteur/marie-dupont/'>Marie Dupont</a> · Lyon</div>"), format="html")
    assert [p.published[11:16] for p in doc.posts] == ["21:10", "20:35", "19:50"]
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Marie Dupont"]] * 3


def test_near_miss_a_header_line_linking_an_author_in_a_sentence_gives_no_byline():
    doc = newsclean.parse(_live_page("<p>Lire aussi le texte de <a href='/auteur/marie-dupont/'>Marie Dupont</a> "
                                     "sur les crues de la semaine dernière.</p>"), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert all(not p.bylines for p in doc.posts)
    assert all("Lire aussi le texte de Marie Dupont" in p.text for p in doc.posts)  # the sentence stays whole
