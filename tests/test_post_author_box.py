"""A post's author box in its header: a link to the author's page ("/autori/nome-cognome/")
showing a name is the byline, whatever its class; what follows it in the box is byline
furniture, not the post's label: a place (CLDR's cities), or the one short piece the box holds
besides the name (where the author filed from), and a job word there is the byline's role.
Near misses: an author-page link inside a body sentence stays text; a second name after the
chip is a second author, not furniture; words before a chip that are no byline lead stay. The lead
word before a chip ("Di", "By") is taken off with it, not left as a label. Hand-written markup in
Italian, shaped like real templates."""
import newsclean

_TEXTS = [
    "La protezione civile ha diramato l'allerta rossa per le prossime ventiquattro ore in tutta la provincia.",
    "Le scuole resteranno chiuse domani in quattordici comuni della valle, ha deciso la prefettura.",
    "I vigili del fuoco hanno effettuato più di cento interventi dalla mattina per alberi caduti.",
]


def _page(box: str, body: str = "") -> str:
    items = [f"<article class='lv-voce'><header class='lv-testa'><time datetime='2026-10-2{7 - i}T1{8 - i}:0{i}:00+01:00'>"
             f"1{8 - i}:0{i}</time>{box if i == 0 else ''}</header><h2 class='lv-tit'>Titolo dell'aggiornamento {i}</h2>"
             f"<p>{t}</p>{body if i == 0 else ''}</article>" for i, t in enumerate(_TEXTS)]
    return ("<html lang='it'><head><title>Maltempo, la diretta | Giornale</title></head><body><main>"
            "<h1>Maltempo in Lombardia, la diretta</h1><div class='lv'>" + "".join(items) + "</div></main></body></html>")


def _first(box: str, body: str = ""):
    doc = newsclean.parse(_page(box, body), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    return doc, doc.posts[0]


def test_an_author_page_link_and_a_city_after_it():
    doc, first = _first("<div class='lv-a'><a class='lv-a-n' href='/autori/giulia-bianchi/'>Giulia Bianchi</a> "
                        "<span class='lv-a-l'>Milano</span></div>")
    assert [(b.name, b.role) for b in first.bylines] == [("Giulia Bianchi", None)]
    assert first.label is None and first.headline == "Titolo dell'aggiornamento 0"
    assert ("post.byline-furniture", "Milano") in [(r.rule, r.text) for r in doc.removed]


def test_the_one_piece_an_author_box_holds_besides_the_name_is_furniture():
    doc, first = _first("<div class='lv-a'><a class='lv-a-n' href='/autori/giulia-bianchi/'>Giulia Bianchi</a> "
                        "<span class='lv-a-l'>Bergamo</span></div>")
    assert [(b.name, b.role) for b in first.bylines] == [("Giulia Bianchi", None)]
    assert first.label is None
    assert all("Bergamo" not in b.text for b in first.blocks)


def test_a_job_word_after_the_name_in_the_box_is_the_role():
    _, first = _first("<div class='lv-a'><a class='lv-a-n' href='/autori/giulia-bianchi/'>Giulia Bianchi</a> "
                      "<span class='lv-a-l'>Inviata</span></div>")
    assert [(b.name, b.role) for b in first.bylines] == [("Giulia Bianchi", "Inviata")]
    assert first.label is None


def test_near_miss_an_author_page_link_in_a_body_sentence_stays_text():
    _, first = _first("", body="<p>Lo ha raccontato <a href='/autori/giulia-bianchi/'>Giulia Bianchi</a> "
                               "nel suo reportage da Sondrio di ieri sera.</p>")
    assert first.bylines == ()
    assert first.blocks[-1].text == "Lo ha raccontato Giulia Bianchi nel suo reportage da Sondrio di ieri sera."


def test_near_miss_a_second_name_after_the_chip_is_a_second_author():
    doc, first = _first("<div class='lv-a'><a class='lv-a-n' href='/autori/giulia-bianchi/'>Giulia Bianchi</a> "
                        "<span class='lv-a-l'>Marco Verdi</span></div>")
    assert [b.name for b in first.bylines] == ["Giulia Bianchi", "Marco Verdi"]
    assert "post.byline-furniture" not in [r.rule for r in doc.removed]


def test_the_byline_lead_before_an_author_chip_is_no_label():
    # "Di <a>Name</a>": the lead word is the chip's, taken off with it (an author link or class)
    for box in ("<div class='lv-a'>Di <a href='/autori/giulia-bianchi/'>Giulia Bianchi</a></div>",
                "<div class='lv-a'>Di <span class='autore'>Giulia Bianchi</span></div>"):
        doc, first = _first(box)
        assert [b.name for b in first.bylines] == ["Giulia Bianchi"]
        assert first.label is None and all(b.text != "Di" for b in first.blocks)
        assert ("post.byline-prefix", "Di") in [(r.rule, r.text) for r in doc.removed]


def test_near_miss_words_before_an_author_chip_that_are_no_lead_stay():
    _, first = _first("<div class='lv-a'>Aggiornato <a href='/autori/giulia-bianchi/'>Giulia Bianchi</a></div>")
    assert [b.name for b in first.bylines] == ["Giulia Bianchi"]
    assert first.label == "Aggiornato" or any(b.text == "Aggiornato" for b in first.blocks)
