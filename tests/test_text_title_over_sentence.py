"""Text front, the page's title: a standfirst sentence under it that opens with a word some pack
uses as a byline lead ("Le", "Par", "Di") and names a party or a place in capitals is still a
sentence, not a byline, so the line above it keeps its title score. Near miss: a real byline
line under a title is byline-shaped."""
import newsclean
from newsclean.text_header import _byline_shaped

_PAGE = """Actualités Politique International S’abonner Se connecter
En direct

Législatives 2024 : le RN en tête du premier tour, la gauche appelle au désistement

Le Rassemblement national arrive en tête avec 33 % des voix, devant le Nouveau Front populaire.

Ce qu’il faut retenir

* Le RN et ses alliés arrivent en tête avec 33 % des voix.
* La participation atteint 66,7 %, un record depuis 1997.
22h48

Jean-Luc Mélenchon appelle au retrait des candidats arrivés troisièmes

Le chef de file de La France insoumise demande aux candidats de se retirer partout où ils sont troisièmes.
22h15

Le Premier ministre s’exprime depuis Matignon

Gabriel Attal appelle à ne donner aucune voix au Rassemblement national au second tour de dimanche.
21h32

Les premiers résultats tombent dans les circonscriptions

Les résultats des circonscriptions arrivent au ministère de l’Intérieur, département par département.
"""


def test_a_sentence_opening_with_a_lead_word_is_no_byline_and_the_title_holds():
    doc = newsclean.parse(_PAGE, format="text")
    assert doc.title == "Législatives 2024 : le RN en tête du premier tour, la gauche appelle au désistement"
    assert not _byline_shaped("Le Rassemblement national arrive en tête avec 33 % des voix, devant le Nouveau Front populaire.")


def test_near_miss_a_byline_line_is_byline_shaped():
    assert _byline_shaped("By political reporters Jake Evans and Tom Crowley")
    assert _byline_shaped("Par Jean Dupont et Marie Curie")
