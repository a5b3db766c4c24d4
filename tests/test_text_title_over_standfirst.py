"""Text front: an article's title over its standfirst over the byline and date row outranks the
top picture's caption under the row ("Caption sentence. Name Surname", read as the picture's
caption and photographer); a live chip before a live page's title ("LIVE Title words") makes it
no name and role. Near misses: a caption shape inside the text stays text; a heading over a list
does not outrank the title."""
import newsclean


def _article(caption: str) -> str:
    return "\n".join([
        "Menú", "", "Economia", "",
        "Les exportacions del port de Tarragona creixen un 12% durant el darrer trimestre", "",
        "El moll de contenidors tanca el millor hivern de la seva història gràcies al comerç amb el Magrib.", "",
        "Jordi Puig Ferrer 12/03/2026 10:15", "Comparteix", "",
        caption, "",
        "El port de Tarragona ha tancat el trimestre amb un creixement del 12% en les exportacions, segons les dades oficials.", "",
        "Els responsables del port atribueixen l'augment a les noves línies regulars amb el nord d'Àfrica.", "",
        "La previsió per a la resta de l'any és mantenir el ritme de creixement actual.", ""])


def test_the_title_over_its_standfirst_outranks_the_caption_under_the_row():
    doc = newsclean.parse(_article("Un vaixell al moll de contenidors, aquest dimarts. Anna Vidal Roca"), format="text")
    assert doc.posts[0].headline == "Les exportacions del port de Tarragona creixen un 12% durant el darrer trimestre"
    assert [(m.caption, m.credit) for m in doc.posts[0].media] == [
        ("Un vaixell al moll de contenidors, aquest dimarts.", "Anna Vidal Roca")]
    assert all("Anna Vidal Roca" not in b.text for b in doc.posts[0].blocks)


def test_near_miss_a_sentence_and_a_name_inside_the_text_stay_text():
    # (between two paragraphs: under prose, no picture's place)
    text = _article("Un vaixell al moll de contenidors, aquest dimarts. Anna Vidal Roca").replace(
        "Els responsables del port", "Ho diu la directora. Anna Vidal Roca\n\nEls responsables del port")
    doc = newsclean.parse(text, format="text")
    assert any("Ho diu la directora" in b.text for b in doc.posts[0].blocks)


def _live(chip_title: str) -> str:
    lines = ["DR", "", chip_title, "", "Regeringen har fremlagt sit forslag. Følg de seneste udmeldinger her.", "",
             "Torsdag 12. marts 2026", "", "De vigtigste punkter", "",
             "* Oppositionen kritiserer forslaget om skattelettelser", "* Finansministeren forsvarer planen", ""]
    posts = [("kl. 14.25", "Oppositionen kritiserer forslaget",
              "Oppositionen siger, at forslaget vil øge uligheden og kræver en ny forhandling om skatterne."),
             ("kl. 13.10", "Finansministeren forsvarer planen",
              "Finansministeren siger, at planen er fuldt finansieret og vil skabe flere arbejdspladser i landet."),
             ("kl. 12.00", "Forslaget er fremlagt",
              "Regeringen har fremlagt sit finanslovsforslag for næste år på et pressemøde i Finansministeriet.")]
    for clock, head, body in posts:
        lines += [clock, head, "", body, "", "Del", ""]
    return "\n".join(lines)


def test_a_live_chip_before_the_title_is_no_name():
    doc = newsclean.parse(_live("LIVE Regeringen fremlægger finanslov"), format="text")
    assert doc.title == "LIVE Regeringen fremlægger finanslov"


def test_near_miss_a_title_without_the_chip_stays_the_title():
    doc = newsclean.parse(_live("Regeringen fremlægger sin finanslov i dag"), format="text")
    assert doc.title == "Regeringen fremlægger sin finanslov i dag"
