"""A post's header row built of loose inline pieces in a container: a label chip (its class
says badge/flag) standing alone before a title-classed span is the post's label, and the span
its headline, not one line "Chip Title" of body. A title-classed element whose headline ends
with an abbreviation's full stop is still the headline. On a match ticker, a short event chip
right after the minute mark ("67'", then "Tor!") is the label. Near misses: a chip inside a paragraph
is part of its sentence; an unclassed chip stays in the body; a title-classed element holding
two sentences is body; a bare line ending so is body; a sentence after a minute is body.
Hand-written markup in Romanian, Spanish and German, shaped like real live-blog templates."""
import newsclean

_TEXTS = [
    "Banca centrală a redus dobânda de politică monetară cu 25 de puncte de bază, la 6,25%.",
    "Leul s-a apreciat ușor față de euro după anunțul băncii centrale de la prânz.",
    "Analiștii se așteptau ca dobânda să rămână neschimbată până la sfârșitul anului.",
    "Ședința consiliului de administrație a început la ora 13:00 la sediul băncii.",
]


def _page(first_row: str) -> str:
    items = [f"<div class='flux-item'><div class='flux-ora'>15:20</div>{first_row}"
             f"<div class='flux-text'><p>{_TEXTS[0]}</p></div></div>"]
    items += [f"<div class='flux-item'><div class='flux-ora'>1{4 - i}:0{i}</div>"
              f"<span class='flux-titlu-title'>Titlul actualizării numărul {i}</span>"
              f"<div class='flux-text'><p>{_TEXTS[i]}</p></div></div>" for i in (1, 2, 3)]
    return ("<html lang='ro'><head><title>LIVE Decizia BNR | Ziar</title></head><body><main>"
            "<h1>LIVE Decizia BNR privind dobânda</h1><div class='flux'>" + "".join(items) +
            "</div></main></body></html>")


def test_a_badge_before_a_title_span_is_the_label_and_the_span_the_headline():
    doc = newsclean.parse(_page("<span class='flux-badge'>ULTIMA ORĂ</span>\n"
                                "<span class='flux-titlu-title'>BNR a redus dobânda la 6,25%</span>"), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    first = doc.posts[0]
    assert first.label == "ULTIMA ORĂ"
    assert first.headline == "BNR a redus dobânda la 6,25%"
    assert [b.text for b in first.blocks] == [_TEXTS[0]]
    assert [p.headline for p in doc.posts[1:]] == [f"Titlul actualizării numărul {i}" for i in (1, 2, 3)]


def test_a_badge_alone_before_the_body_is_the_label():
    doc = newsclean.parse(_page("<span class='flux-badge'>ULTIMA ORĂ</span>"), format="html")
    first = doc.posts[0]
    assert first.label == "ULTIMA ORĂ" and first.headline is None
    assert [b.text for b in first.blocks] == [_TEXTS[0]]


def test_near_miss_a_badge_classed_word_inside_a_paragraph_is_part_of_the_sentence():
    doc = newsclean.parse(_page("<p class='flux-lead'><span class='flux-badge'>Oficial</span> banca a anunțat "
                                "reducerea dobânzii după o ședință de patru ore.</p>"), format="html")
    first = doc.posts[0]
    assert first.label is None
    assert first.blocks[0].text == "Oficial banca a anunțat reducerea dobânzii după o ședință de patru ore."


def test_near_miss_an_unclassed_span_before_the_title_is_no_label():
    doc = newsclean.parse(_page("<span class='flux-extra'>ULTIMA ORĂ</span>\n"
                                "<span class='flux-titlu-title'>BNR a redus dobânda la 6,25%</span>"), format="html")
    assert doc.posts[0].label is None


# -- a title ending with an abbreviation's stop ------------------------------------------------------

_ES = [
    "Hacienda ha publicado los datos de recaudación de los primeros nueve meses del año.",
    "El ministerio atribuye el aumento al buen comportamiento del empleo y del consumo.",
    "Los técnicos de Hacienda advierten de que el dato incluye ingresos extraordinarios.",
]


def _es_page(first: str) -> str:
    items = [f"<li class='entrada'><div class='entrada-meta'><time datetime='2026-10-01T10:4{i}:00Z'>hace {i} min</time>"
             f"</div>{first if i == 0 else f'<div class=entrada-title>Titular de la entrada {i}</div>'}"
             f"<div class='entrada-texto'><p>{_ES[i]}</p></div></li>" for i in range(3)]
    return ("<html lang='es'><head><title>Directo | Presupuestos</title></head><body><main>"
            "<h1>Directo: la recaudación fiscal</h1><ul class='entradas'>" + "".join(items) + "</ul></main></body></html>")


def test_a_title_classed_headline_ending_with_an_abbreviation_is_the_headline():
    doc = newsclean.parse(_es_page("<div class='entrada-title'>La recaudación crece un 8% hasta sept.</div>"),
                          format="html")
    first = doc.posts[0]
    assert first.headline == "La recaudación crece un 8% hasta sept."
    assert [b.text for b in first.blocks] == [_ES[0]]


def test_near_miss_a_title_classed_element_of_two_sentences_is_body():
    text = "La recaudación crece un 8%. Hacienda lo atribuye al empleo."
    doc = newsclean.parse(_es_page(f"<div class='entrada-title'>{text}</div>"), format="html")
    first = doc.posts[0]
    assert first.headline is None
    assert first.blocks[0].text == text


def test_near_miss_an_unclassed_line_ending_with_a_stop_is_body():
    doc = newsclean.parse(_es_page("<div class='entrada-nota'>La recaudación crece un 8% hasta sept.</div>"),
                          format="html")
    first = doc.posts[0]
    assert first.headline is None
    assert first.blocks[0].text == "La recaudación crece un 8% hasta sept."


# -- a match ticker's event chip after the minute -----------------------------------------------------

_DE = [
    "Der Ball zappelt im Netz: Flanke von links, Kopfball, keine Chance für den Torwart.",
    "Der Schiedsrichter zeigt die Gelbe Karte nach einem taktischen Foul im Mittelfeld.",
    "Beide Mannschaften tasten sich in den ersten Minuten vorsichtig ab.",
]


def _ticker(first_row: str) -> str:
    rows = [first_row, "", ""]
    items = "".join(f"<li class='ticker-eintrag'><div class='ticker-minute'>{m}</div>{rows[i]}"
                    f"<div class='ticker-text'><p>{_DE[i]}</p></div></li>" for i, m in enumerate(["67'", "45+1'", "3'"]))
    return ("<html lang='de'><head><title>Liveticker: Mainz – Bochum | Zeitung</title></head><body><main>"
            "<h1>Liveticker: Mainz gegen Bochum</h1><ul class='ticker'>" + items + "</ul></main></body></html>")


def test_an_event_chip_after_the_match_minute_is_the_label():
    doc = newsclean.parse(_ticker("<span class='ticker-ereignis'>Tor!</span>"), format="html")
    assert len(doc.posts) == 3
    first = doc.posts[0]
    assert first.label == "Tor!"
    assert [b.text for b in first.blocks] == [_DE[0]]
    assert [p.label for p in doc.posts[1:]] == ["45+1'", "3'"]  # no chip: the minute is the label


def test_near_miss_a_sentence_after_the_match_minute_is_body():
    line = "Großchance für Mainz, doch der Ball geht knapp vorbei."
    doc = newsclean.parse(_ticker(f"<span class='ticker-ereignis'>{line}</span>"), format="html")
    first = doc.posts[0]
    assert first.label == "67'"
    assert first.blocks[0].text == line


# -- title classes in the page's own language ---------------------------------------------------------

def test_a_title_class_in_the_page_s_language_marks_the_headline():
    from newsclean.html_roles import class_says

    for cls in ("entrada-titulo", "titolo-post", "post__titre", "bericht-titel", "wpis-tytul", "uutinen-otsikko",
                "haber-baslik", "sak-overskrift", "clanek-nadpis"):
        assert "title" in class_says(cls), cls
    doc = newsclean.parse(_es_page("<div class='entrada-titulo'>La recaudación crece un 8% hasta sept.</div>"),
                          format="html")
    assert doc.posts[0].headline == "La recaudación crece un 8% hasta sept."


def test_near_miss_a_title_word_inside_another_word_is_no_title_class():
    from newsclean.html_roles import class_says

    for cls in ("constitution", "competitor-list", "bastion-box", "petitel"):
        assert "title" not in class_says(cls), cls


def test_a_minute_span_run_together_with_the_event_chip():
    # "<span>67'</span><span>Tor!</span>": the minute is read on its own, the event is the label
    page = _ticker("").replace("<div class='ticker-minute'>67'</div>",
                               "<span class='ticker-minute'>67'</span><span class='ticker-ereignis'>Gelbe Karte</span>")
    first = newsclean.parse(page, format="html").posts[0]
    assert first.label == "Gelbe Karte" and first.bylines == ()  # capitals, but a ticker event, not an author
    assert [b.text for b in first.blocks] == [_DE[0]]
