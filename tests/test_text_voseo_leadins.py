"""Rioplatense Spanish lead-ins to a teaser ("Seguí leyendo", "Leé más": the voseo forms, es
pack data) are no article text. Hand-written fixture shaped like an Argentine article."""
from __future__ import annotations

import newsclean

_PARAS = ["La movilización en defensa de la universidad pública reunió a cientos de miles de personas en todo el país.",
          "Las primeras columnas de estudiantes se concentraron frente a la Facultad de Medicina, sobre la avenida Córdoba.",
          "Los rectores anunciaron que seguirán las negociaciones con el Ministerio durante las próximas semanas."]


def _article(middle: list[str]) -> str:
    return "\n\n".join(["EL DIARIO", "Cómo fue la marcha federal universitaria, hora por hora", _PARAS[0], _PARAS[1],
                        *middle, _PARAS[2]])


def test_a_voseo_lead_in_and_its_teaser_are_no_text():
    doc = newsclean.parse(_article(["Seguí leyendo", "Cuánto cobra un docente universitario"]), format="text")
    text = doc.posts[0].text
    assert "Seguí leyendo" not in text and _PARAS[2] in text
    assert any(r.text == "Seguí leyendo" for r in doc.removed)


def test_a_sentence_opening_with_the_words_stays():
    # near miss: the words open a sentence of the article
    line = "Seguí leyendo los carteles de la marcha, dijo una estudiante, y me emocioné con cada uno de ellos."
    doc = newsclean.parse(_article([line]), format="text")
    assert line in doc.posts[0].text
