"""Finnish and Danish phrase packs, and read-more teasers of scraped text that carry their
story's date (on the lead-in's line or the title's) or put the title on the next line. Each rule
has a near miss that must not fire."""
import pytest
from support import text_page as _page

import newsclean
from newsclean.language import guess_language
from newsclean.rules.packs import language_rules


def _texts(doc) -> str:
    return "\n".join(b.text for p in doc.posts for b in p.blocks)


# -- language guesses ---------------------------------------------------------------------------

FINNISH = ("Kunta kertoi maanantaina, että tie on suljettuna kunnes työt ovat valmiita, ja evakuoidut "
           "asukkaat voivat palata koteihinsa viikonloppuna viranomaisten mukaan. Hän sanoo, että vaaraa ei ole. ")
DANISH = ("Kommunen oplyste mandag, at vejen forbliver lukket, og beboerne blev evakueret i weekenden. "
          "Borgmesteren sagde, at der ikke var nogle skader af betydning, og at hun havde meget travlt. ")
NORWEGIAN = ("Kommunen opplyste mandag at veien forblir stengt til arbeidet er ferdig, og beboerne som ble "
             "evakuert kan vende hjem i helgen. Han sier at det ikke er noen fare for publikum. ")


def test_finnish_and_danish_text_is_guessed():
    assert guess_language(FINNISH * 3) == "fi"
    assert guess_language(DANISH * 3) == "da"


def test_norwegian_text_is_not_taken_for_danish():
    # near miss: Norwegian shares "og", "ikke", "til", "er" with Danish; the Danish words are the
    # ones it spells otherwise, so no guess
    assert guess_language(NORWEGIAN * 3) is None


def test_finnish_and_danish_interface_lines_are_removed_only_on_their_pages():
    fi, da, en = language_rules("fi"), language_rules("da"), language_rules("en")
    assert fi.line_rule_for("Jaa").name == "chrome.share"
    assert fi.line_rule_for("Mainos").name == "chrome.advert"
    assert da.line_rule_for("Annonce").name == "chrome.advert"
    assert da.line_rule_for("Afspil video").name == "chrome.embed-placeholder"
    # a short word of one language is none on a page of another ("Del" is Spanish prose too)
    assert en.line_rule_for("Annonce") is None
    assert language_rules("es").line_rule_for("Del") is None
    assert fi.line_rule_for("Jaa kommentti ja kerro mielipiteesi alla olevassa lomakkeessa.") is None


def test_finnish_credit_and_lead_in():
    fi = language_rules("fi")
    assert fi.lead_in("Lue myös: Näin vaalin toinen kierros etenee") == ("Lue myös:", "Näin vaalin toinen kierros etenee")
    # near miss: the words inside a sentence
    assert fi.lead_in("Lue myös hallituksen tiedote, jossa asiaa selvitetään tarkemmin.") is None


# -- teasers with dates ------------------------------------------------------------------------

POLISH_POSTS = [
    ["17.09.2024 12:40", "Wojsko wzmacnia wały",
     "Żołnierze pracują od rana przy umacnianiu wałów w kilku miastach regionu, podało wojsko.",
     "Sytuacja jest stabilna, ale służby apelują o ostrożność."],
    ["17.09.2024 11:15", "Szkoły zamknięte",
     "Zajęcia w ponad 400 szkołach na terenach objętych powodzią zawieszono do odwołania.",
     "@TEASER@"],
    ["17.09.2024 10:05", "Fala przechodzi przez miasto",
     "Fala kulminacyjna przeszła przez centrum miasta w nocy. Poziom wody zaczął opadać.",
     "Mieszkańcy niżej położonych dzielnic wciąż nie mogą wrócić do domów."],
    ["17.09.2024 09:30", "Premier w sztabie",
     "Premier przewodniczył posiedzeniu sztabu kryzysowego i zapowiedział pomoc dla gmin."],
]


def _polish(teaser: str) -> str:
    page = _page("Powódź na południu. Relacja na żywo",
                 "Fala kulminacyjna zbliża się do kolejnych miast. Relacjonujemy na bieżąco.", POLISH_POSTS)
    return page.replace("@TEASER@\n", teaser + "\n")


def test_lead_in_glued_to_a_dated_title_is_removed():
    doc = newsclean.parse(_polish("Czytaj więcej Jak pomóc powodzianom? Lista zbiórek 16.09.2024 20:10"), format="text")
    assert len(doc.posts) == 4
    assert "Czytaj" not in _texts(doc) and "zbiórek" not in _texts(doc)
    assert any(r.rule == "chrome.more-links" and "Czytaj więcej" in r.text for r in doc.removed)


def test_lead_in_over_a_dated_title_goes_with_it():
    doc = newsclean.parse(_polish("Czytaj więcej\nJak pomóc powodzianom? Lista zbiórek 16.09.2024 20:10"), format="text")
    assert len(doc.posts) == 4
    assert "zbiórek" not in _texts(doc)
    assert any(r.rule == "chrome.more-links" and "zbiórek" in r.text for r in doc.removed)


def test_dated_lead_in_over_a_title_opens_no_post():
    doc = newsclean.parse(_polish("Czytaj więcej 16.09.2024 20:10\nJak pomóc powodzianom? Lista zbiórek"), format="text")
    assert len(doc.posts) == 4
    assert [p.headline for p in doc.posts][2] == "Fala przechodzi przez miasto"
    assert "zbiórek" not in _texts(doc)
    assert any(r.rule == "chrome.more-links" and r.text == "Czytaj więcej 16.09.2024 20:10" for r in doc.removed)


def test_lead_in_over_a_title_over_a_post_headed_below_its_stamp():
    doc = newsclean.parse(_polish("Czytaj więcej\nJak pomóc powodzianom? Lista zbiórek"), format="text")
    assert "zbiórek" not in _texts(doc)
    assert [p.headline for p in doc.posts][2] == "Fala przechodzi przez miasto"


def test_a_sentence_after_the_lead_in_words_stays():
    # near miss: "Czytaj więcej" opening a sentence of the post is text
    doc = newsclean.parse(_polish("Czytaj więcej o tym, jak pomóc powodzianom, na stronie urzędu wojewódzkiego."), format="text")
    assert "jak pomóc powodzianom, na stronie urzędu" in _texts(doc)


def test_a_post_stamp_under_a_lone_lead_in_still_opens_its_post():
    # near miss: a lead-in alone, then the next post's stamp: the stamp is the post's
    doc = newsclean.parse(_polish("Czytaj więcej"), format="text")
    assert [p.headline for p in doc.posts] == ["Wojsko wzmacnia wały", "Szkoły zamknięte",
                                               "Fala przechodzi przez miasto", "Premier w sztabie"]


def test_swedish_read_more_with_a_trailing_clock():
    page = _page("Skyfall över Stockholm – källare översvämmade",
                 "Ett kraftigt skyfall har dragit in över Stockholm under eftermiddagen.",
                 [["Kraftiga regnskurar drog in över Stockholm under tisdagen, enligt SMHI. Det föll mycket regn.",
                   "LÄS MER: Här kan skyfallet slå till i natt 14.02",
                   "Räddningstjänsten fick under eftermiddagen in ett fyrtiotal larm om vattenfyllda källare."]])
    doc = newsclean.parse(page, format="text")
    assert "LÄS MER" not in _texts(doc) and "fyrtiotal larm" in _texts(doc)


@pytest.mark.parametrize("language, line, rule", [
    ("pt", "Ver esta publicação no Instagram", "chrome.embed-placeholder"),
    ("en", "View this post on Instagram", "chrome.embed-placeholder"),
    ("it", "Guarda la gallery 1 di 12", "chrome.embed-placeholder"),
    ("pt", "Apoie o jornalismo independente. Assine o PÚBLICO.", "chrome.newsletter"),
    ("da", "8. Annonce", None),   # (the list mark: removed by the text front, see below)
])
def test_embed_and_subscription_prompts(language, line, rule):
    assert (getattr(language_rules(language).line_rule_for(line), "name", None)) == rule


def test_a_sentence_naming_instagram_stays():
    # near miss: prose about a post is no placeholder
    assert language_rules("en").line_rule_for("The minister said in a post on Instagram that he would resign.") is None


def test_a_numbered_interface_line_is_removed():
    page = _page("LIVE: Danmark – England 1-1", DANISH * 2,
                 [["18.10", "Pause i Frankfurt", "Der er pause i Frankfurt, hvor stillingen er 1-1 efter en god halvleg.",
                   "8. Annonce"],
                  ["17.45", "Mål af Hjulmand", "Morten Hjulmand hamrer bolden i mål fra 30 meter, og det er 1-1 i kampen."],
                  ["17.20", "Kane scorer", "Harry Kane bringer England foran efter en fejl i det danske forsvar i kampen."]])
    doc = newsclean.parse(page, format="text")
    assert "Annonce" not in _texts(doc)
    # near miss: a numbered item of the text stays
    kept = newsclean.parse(page.replace("8. Annonce", "8. Annonce fra sponsoren kommer efter kampen"), format="text")
    assert "Annonce fra sponsoren" in _texts(kept)
