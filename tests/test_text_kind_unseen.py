"""Live pages of unseen templates in scraped text (issue #10): minute marks numbered as an
ordered list, clocks behind a lead word, name-led stamps. Each with a near miss. Fixtures are
hand-written, shaped like scraped pages."""
from __future__ import annotations

import newsclean
from newsclean import text_times

ES_MINUTES = """Fútbol Motor Baloncesto Resultados

Atlético 1-2 Sevilla: resumen, goles y resultado del partido de LaLiga

Atlético 1 - 2 Sevilla

Minuto a minuto

1. 90+3'

¡FINAL DEL PARTIDO!

El Sevilla se lleva los tres puntos del Metropolitano tras un partido muy disputado.

2. 78'

¡GOOOOL DEL SEVILLA!

En Nesyri cabecea a la red un centro medido desde la banda derecha y pone el dos a uno.

3. 61'

Cambio en el Atlético: entra Correa y se marcha Griezmann, que se va tocado del tobillo.

4. 45'
5. 30'

Oblak detiene un disparo lejano de Rakitic que llevaba mucho veneno y salva a los suyos.

Compartir Twitter WhatsApp
Aviso legal © Diario Ejemplo, S.L."""


def test_minute_numbered_as_a_list_item_is_a_minute_mark():
    assert text_times.minute_mark("1. 90+5'") == "90+5'"
    assert text_times.minute_mark("6. 23'") == "23'"


def test_a_numbered_line_without_a_minute_sign_is_no_minute():
    assert text_times.minute_mark("6. 23") is None
    assert text_times.minute_mark("12. 2024") is None


def test_minute_by_minute_as_an_ordered_list_is_live_with_minute_labels():
    doc = newsclean.parse(ES_MINUTES, format="text")
    assert doc.kind == "liveblog"
    assert [p.label for p in doc.posts] == ["90+3'", "78'", "61'", "30'"]
