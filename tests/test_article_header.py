"""Article mode, the story's header rows taken into the body (`article_header`) when the body
container has class names in the site's language: the kicker above the headline and the byline
and date row go (recorded), the standfirst in a wrapper becomes the summary, and the date row is
found by the date it prints (`article_lead`). Hand-written pages shaped like a Hungarian and a
Czech template; near misses keep a body that opens with a date sentence or a long first line."""
from lxml import html as lxml_html

from newsclean import parse
from newsclean.article_body import preclean
from newsclean.article_check import Line
from newsclean.article_header import drop_header_rows
from newsclean.model import Removal

HU = [
    "A Tisza Párt 29,6 százalékot szerzett a vasárnapi európai parlamenti választáson, ezzel hét mandátumhoz jutott.",
    "A Fidesz–KDNP listája 44,8 százalékkal 11 mandátumot szerzett, ami a párt eddigi leggyengébb EP-eredménye.",
    "Magyar Péter a Batthyány téren beszélt támogatói előtt, és azt mondta, hogy ez a vég kezdete.",
    "A DK–MSZP–Párbeszéd közös listája 8 százalékot, a Mi Hazánk 6,7 százalékot kapott a szavazatok alapján.",
]
TITLE = "Magyar Péter pártja a második helyen végzett az EP-választáson"


def hu_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in HU)
    return ('<html lang="hu"><head><title>Index</title></head><body><main><article class="cikk">'
            f'<div class="cikk-rovat">Belföld</div><h1 class="cikk-cim">{TITLE}</h1>'
            '<div class="lead"><p>Hét mandátumot szerzett a Tisza Párt.</p></div>'
            '<div class="cikk-szerzo"><span class="szerzo">Tóth Ákos</span> '
            '<span class="datum">2024. június 9., vasárnap 22:58</span></div>'
            f'<div class="cikk-torzs">{body}</div></article></main></body></html>')


def test_header_rows_in_the_body_go_and_the_standfirst_is_the_summary():
    doc = parse(hu_page(), url="https://index.example.hu/belfold/2024/06/09/ep-valasztas-tisza/")
    texts = [b.text for b in doc.posts[0].blocks]
    assert texts == HU
    assert doc.summary == ("Hét mandátumot szerzett a Tisza Párt.",)
    rules = {r.rule: r.text for r in doc.removed}
    assert rules.get("article.date-row") == "Tóth Ákos 2024. június 9., vasárnap 22:58"


def _lines(texts: list[str]) -> tuple[list[Line], list[Removal]]:
    tree = lxml_html.fromstring(hu_page())
    removed: list[Removal] = []
    page = preclean(tree, removed)
    return drop_header_rows([Line(t) for t in texts], page, removed), removed


def test_kicker_above_the_headline_is_recorded():
    lines, removed = _lines(["Belföld", TITLE, HU[0], HU[1], HU[2]])
    assert [x.text for x in lines] == [TITLE, HU[0], HU[1], HU[2]]
    assert Removal("article.header", "Belföld") in removed


def test_near_miss_a_sentence_above_the_headline_keeps_everything():
    texts = ["Ezt a cikket a szerkesztőség frissítette a végeredmény után.", TITLE, HU[0], HU[1]]
    lines, removed = _lines(texts)
    assert [x.text for x in lines] == texts and removed == []


def test_near_miss_a_first_paragraph_stating_a_date_is_body():
    dated = "2024. június 9-én, vasárnap este a Tisza Párt hét mandátumot szerzett a választáson."
    lines, _ = _lines([TITLE, dated, HU[1], HU[2]])
    assert [x.text for x in lines] == [TITLE, dated, HU[1], HU[2]]


def test_without_the_headline_near_the_top_nothing_is_dropped():
    texts = [HU[0], "Tóth Ákos 2024. június 9., vasárnap 22:58", HU[1], HU[2]]
    lines, _ = _lines(texts)
    assert [x.text for x in lines] == texts


def _rows(texts: list[str], lang: str | None, authors: tuple[str, ...]) -> tuple[list[str], list[Removal]]:
    tree = lxml_html.fromstring(hu_page())
    removed: list[Removal] = []
    page = preclean(tree, removed)
    removed.clear()
    return [x.text for x in drop_header_rows([Line(t) for t in texts], page, removed, lang, authors)], removed


def test_credit_line_and_a_date_row_in_the_pages_language_go():
    # a credit line "Name - Outlet" (the name is the metadata's author), then a date row whose
    # month only the page's language names (Tagalog)
    texts, removed = _rows([TITLE, "Tóth Ákos - Index Hírlap", "Nobyembre 17, 2024 | 12:00am", HU[0], HU[1]],
                           "tl", ("Tóth Ákos",))
    assert texts == [TITLE, HU[0], HU[1]]
    assert Removal("article.byline-row", "Tóth Ákos - Index Hírlap") in removed
    assert Removal("article.date-row", "Nobyembre 17, 2024 | 12:00am") in removed


def test_near_miss_a_sentence_or_a_long_line_naming_the_author_stays():
    said = "Tóth Ákos szerint a Tisza Párt eredménye meglepte a kormánypártot."
    long_row = "Tóth Ákos a választás éjszakáján a Batthyány téren a Tisza Párt támogatói között"
    for row in (said, long_row):
        texts, removed = _rows([TITLE, row, HU[0], HU[1]], "hu", ("Tóth Ákos",))
        assert texts == [TITLE, row, HU[0], HU[1]] and removed == []


def test_near_miss_without_the_pages_language_an_ambiguous_month_is_not_read():
    # "listopad" is November in Polish and Czech but October in Croatian: without the page's
    # language it names no one month, so the row is no date row ("Nobyembre", one month in
    # every language that has it, is read even then: calendar_any)
    texts, _ = _rows([TITLE, "17 listopad 2024 | 12:00", HU[0], HU[1]], None, ())
    assert texts[1] == "17 listopad 2024 | 12:00"
