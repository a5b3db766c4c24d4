"""The page's numeric date is read in its language's order ("02/06/2024" on a Spanish page is 2
June). Near miss: where the language does not settle the order, an ambiguous date is not
guessed."""
import newsclean

ES = ["72 horas bajo el agua: la crónica de la inundación", "",
      "Durante tres días, el agua avanzó sobre la capital. Así lo vivieron sus vecinos, hora por hora.", "",
      "Por Valeria Gómez", "02/06/2024 06:00", "",
      "Nadie en el barrio había visto el agua subir tan rápido. Los vecinos salieron en botes hacia la avenida.", "",
      "El servicio meteorológico emitió la alerta roja durante la tarde y las escuelas cerraron sus puertas.", "",
      "Al amanecer, el nivel del río superó los cinco metros, un récord desde la inundación de hace décadas."]
EN = ["Seventy-two hours under water: a chronicle of the flood", "",
      "For three days the water advanced on the capital. This is how the residents lived it, hour by hour.", "",
      "By Valerie Gomez", "02/06/2024 06:00", "",
      "Nobody in the neighbourhood had seen the water rise so fast. Residents left in boats for the avenue.", "",
      "The weather service issued a red alert during the afternoon and the schools closed their doors.", "",
      "At dawn the level of the river passed five metres, a record since the flood of several decades ago."]


def test_a_numeric_date_in_the_pages_order():
    doc = newsclean.parse("\n".join(ES), format="text")
    assert doc.kind == "article"
    assert doc.published == "2024-06-02"


def test_an_ambiguous_numeric_date_is_not_guessed():
    doc = newsclean.parse("\n".join(EN), format="text")
    assert doc.published is None


def test_a_rioplatense_see_also_box_is_no_text():
    lines = ES[:9] + ["Mirá también Cómo ayudar a los damnificados", ""] + ES[9:]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert "Mirá también" not in doc.posts[0].text
    # near miss: the words inside a sentence of the text
    lines = ES[:9] + ["Los vecinos dijeron: mirá también cómo quedó la plaza después de la tormenta de anoche.", ""] + ES[9:]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert "mirá también cómo quedó la plaza" in doc.posts[0].text
