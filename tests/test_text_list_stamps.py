"""Scraped text of a feed shown as a list: each post's stamp behind a list bullet."""
import newsclean

FEED = """Nieuws Sport Uitzendingen

Kabinet in spoedoverleg na onrust in de stad

* 13:48

Premier: "Een zwarte dag"

De premier noemt het geweld volstrekt onacceptabel. Hij sprak na afloop van het overleg.

Deel dit bericht
* 12:30

De politie heeft tot nu toe 62 mensen aangehouden. Tien van hen zitten nog vast.

Deel dit bericht
* 11:15

De burgemeester heeft voor het hele weekend een noodbevel afgekondigd. Demonstraties zijn verboden.

Deel dit bericht
* 10:02

Supporters zijn vannacht in het centrum aangevallen, meldt de politie in een verklaring.

Deel dit bericht
"""

LED = """Noticias Deportes

La DANA deja al menos 95 muertos

Sigue en directo la última hora del temporal.

* 14:32 Sánchez visita el centro de coordinación

El presidente del Gobierno ha llegado al centro de coordinación de emergencias para reunirse con las autoridades.

Compartir

* 13:58 La Aemet mantiene el aviso rojo

La Agencia Estatal de Meteorología mantiene el aviso rojo por lluvias en el litoral hasta las 18:00 horas.

Compartir

* 13:15 Suspendidas las clases en 30 municipios

La Conselleria ha suspendido las clases este jueves en una treintena de municipios afectados.

Compartir
"""

INDEX = """Live: the summit as it happened

Key events

* 1 hr ago

Afternoon summary

* 2 hr ago

Leaders agree a statement

* 3 hr ago

Talks open in Brussels

The summit opened this morning with a statement from the host, who welcomed the delegations.

Officials said the talks would run late into the night, with a communique expected tomorrow.
"""


def test_bulleted_clocks_open_posts_with_their_times_and_headlines():
    doc = newsclean.parse(FEED, format="text")
    assert doc.kind == "liveblog"
    assert [str(p.published) for p in doc.posts] == ["13:48", "12:30", "11:15", "10:02"]
    assert doc.posts[0].headline == 'Premier: "Een zwarte dag"'
    assert doc.posts[1].headline is None
    assert all("* " not in p.text for p in doc.posts)


def test_bulleted_clocks_leading_headlines_open_posts():
    doc = newsclean.parse(LED, format="text")
    assert doc.kind == "liveblog"
    assert [(str(p.published), p.headline) for p in doc.posts] == [
        ("14:32", "Sánchez visita el centro de coordinación"),
        ("13:58", "La Aemet mantiene el aviso rojo"),
        ("13:15", "Suspendidas las clases en 30 municipios")]


def test_a_bulleted_index_of_ages_and_titles_stays_an_index_not_posts():
    doc = newsclean.parse(INDEX, format="text")
    assert all(p.headline not in ("Afternoon summary", "Leaders agree a statement") for p in doc.posts)
    assert any(r.rule == "chrome.timeline-index" and "1 hr ago" in r.text for r in doc.removed)
