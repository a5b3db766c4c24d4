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
