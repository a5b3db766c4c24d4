"""The title block of a scraped-text article (`text_header.title_evidence`, `title_block`): the
title stands over its deck and the deck over the byline or date row; the page's address spells
the title. Fixtures are hand-written, one block a line as scrapers print them."""
from __future__ import annotations

import newsclean
from newsclean.text_header import slug_words

_BODY = [
    "La movilización en defensa de la universidad pública reunió a cientos de miles de personas en todo el país, según los organizadores.",
    "Las primeras columnas de estudiantes se concentraron frente a la Facultad de Medicina, sobre la avenida, antes del mediodía.",
    "Gremios docentes y no docentes se sumaron a la marcha por la tarde, y la cabecera llegó a la plaza antes de las cinco.",
]
_TITLE = "Cómo fue la marcha federal universitaria, hora por hora"
_DECK = "Estudiantes, docentes y gremios marcharon a la plaza contra el ajuste en las universidades"
_CAPTION = "La marcha llegó a la plaza central Juan Fotógrafo"


def _page(block: list[str], caption: bool = True) -> str:
    top = ["Aceptar", "EL DIARIO", "Política Economía Sociedad Deportes", "Suscribite"]
    return "\n\n".join(top + block + ["23 de abril de 2024 • 21:30", "Compartir en Facebook Compartir en WhatsApp"]
                       + ([_CAPTION] if caption else []) + _BODY)


def test_the_title_over_its_deck_and_byline_is_the_title_not_the_deck_or_a_caption():
    doc = newsclean.parse(_page([_TITLE, _DECK, "Evangelina Ejemplo"]), format="text")
    assert doc.kind == "article" and doc.title == _TITLE
    post = doc.posts[0]
    assert post.headline == _TITLE
    assert _DECK in doc.summary and _DECK not in post.text  # the deck is the summary, not the text
    assert _BODY[0] in post.text


def test_a_kicker_over_the_title_is_no_title():
    # near miss: a short line over the title (a kicker, a section) does not take its place
    doc = newsclean.parse(_page(["Crisis universitaria en la capital", _TITLE, "Evangelina Ejemplo"]), format="text")
    assert doc.title == _TITLE


def test_a_row_of_section_names_over_the_title_is_no_title():
    # near miss: six capitalised section names over the title and its row are a menu
    doc = newsclean.parse(_page(["Portada Noticias Deportes Economía Cultura Opinión", _TITLE, "Evangelina Ejemplo"]),
                          format="text")
    assert doc.title == _TITLE


def test_two_lines_over_a_row_that_is_not_the_first_do_not_make_a_title_block():
    # near miss: the title block ends at its row; two title-shaped lines further down (a caption
    # and a video's title over the next byline) do not outrank the title above
    text = "\n\n".join(["Portada", "Semana de protestas en las universidades del país entero", "Evangelina Ejemplo",
                        "23 de abril de 2024 • 21:30", _BODY[0], "Estudiantes en la plaza frente al Congreso de la Nación",
                        "El rector habla con los estudiantes durante la marcha – video", "Juan Redactor",
                        "24 de abril de 2024 • 10:15", *_BODY[1:]])
    assert newsclean.parse(text, format="text").title == "Semana de protestas en las universidades del país entero"


def test_a_line_under_the_title_without_a_row_below_stays_text():
    # near miss: no byline or date row under it: the line under the title is the article's own
    first = "Primero llegaron las columnas de la universidad."
    doc = newsclean.parse("\n\n".join(["Aceptar", "EL DIARIO", _TITLE, first, *_BODY]), format="text")
    assert doc.title == _TITLE and first in doc.posts[0].text
    assert first not in doc.summary


def test_the_address_names_the_title():
    # a caption over the lead would win by shape alone; the slug spells the title
    text = "\n\n".join(["EL DIARIO", _TITLE, "Compartir en Facebook Compartir en WhatsApp", _CAPTION, *_BODY])
    url = "https://www.example.com.ar/sociedad/como-fue-la-marcha-federal-universitaria-hora-por-hora-nid23042024/"
    assert newsclean.parse(text, url=url, format="text").title == _TITLE
    # near miss: an address sharing two words with the title decides nothing
    other = "https://www.example.com.ar/sociedad/la-marcha-de-hoy-nid23042024/"
    assert newsclean.parse(text, url=other, format="text").title == newsclean.parse(text, format="text").title


def test_slug_words():
    assert {"como", "fue", "marcha", "federal"} <= slug_words(
        "https://www.example.com.ar/sociedad/como-fue-la-marcha-federal-nid23042024/?utm=x")
    assert slug_words("https://www.example.hr/vijesti/potres-jacine-4-1-pogodio-zagreb-15412345") \
        == {"potres", "jacine", "pogodio", "zagreb"}  # (figures of the id are no words)
    # near misses: an address of ids, no address
    assert slug_words("https://www.example.co.th/news/politic/2693456") == frozenset()
    assert slug_words(None) == frozenset()


def test_a_byline_under_the_deck_is_no_deck_and_no_title():
    # a name and its agency in capitals ("Name , AGENCY", as a scraper spaces it) or a name and
    # its role closes the title block: it is no title, and no summary
    for byline in ("Evangelina Ejemplo , TELAM", "Evangelina Ejemplo redactora"):
        doc = newsclean.parse(_page([_TITLE, _DECK, byline]), format="text")
        assert doc.title == _TITLE and doc.summary == (_DECK,), byline


def test_a_short_line_under_the_title_is_no_deck():
    # near miss: a short line between the title and the row (a label the row readers miss) is
    # no deck: nothing is taken for the summary
    url = "https://www.example.com.ar/sociedad/como-fue-la-marcha-federal-universitaria-hora-por-hora-nid23042024/"
    doc = newsclean.parse(_page([_TITLE, "Tres claves del día", "Evangelina Ejemplo"]), url=url, format="text")
    assert doc.posts[0].headline == _TITLE
    assert "Tres claves del día" not in doc.summary


def test_a_cookie_banner_over_the_title_is_no_summary():
    # in a language whose word for cookies is not "cookie" (a consent phrase of the packs)
    text = "\n\n".join(["Ova web stranica koristi kolačiće. Klikom na Prihvati pristajete na korištenje kolačića.",
                        "Prihvati", "Potres jačine 4,1 po Richteru probudio Zagreb, nema većih šteta",
                        "Epicentar jugozapadno od grada; građani izašli na ulice u noćnim satima", "Piše: Ivana Primjer",
                        "Potres je zatresao Zagreb i okolicu u utorak ujutro, izvijestio je Seizmološki zavod u svom priopćenju.",
                        "Epicentar je bio oko deset kilometara jugozapadno od središta grada, na dubini od dvanaest kilometara.",
                        "Građani su se masovno javljali da su ih probudili tresak i zveckanje posuđa u kuhinjama."])
    doc = newsclean.parse(text, format="text")
    assert not any("kolačiće" in s for s in doc.summary)
    assert any(r.rule == "chrome.cookies" and "kolačiće" in r.text for r in doc.removed)


def test_consent_notice_needs_a_phrase_of_the_packs():
    from newsclean.text_header import consent_notice
    assert consent_notice("Blic koristi kolačiće kako bi vam pružio bolje korisničko iskustvo.")
    # near miss: a sentence about cookies of the other kind
    assert not consent_notice("Baka je ispekla kolačiće za cijelu obitelj.")
