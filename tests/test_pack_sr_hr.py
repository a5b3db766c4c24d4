"""The Serbian (Latin and Cyrillic) and Croatian phrase packs: each removes its interface lines
and keeps a body sentence that opens with the same words (the near miss); an author line's
"Autor:" comes off the name; the language guess keeps a declared Serbian or Croatian page and
reads Serbian Cyrillic text as Serbian, never as Russian."""
import pytest
from support import author_bylines

from newsclean import html_front
from newsclean.language import guess_language, page_language
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


CASES = [
    ("sr", "Pročitajte još: Kako su glasali u Beogradu", "chrome.more-links",
     "Pročitajte još jednom izveštaj komisije, rekao je predsednik."),
    ("sr", "Прочитајте још", "chrome.more-links", "Прочитајте још једном извештај комисије, рекао је он."),
    ("sr", "Najčitanije", "chrome.related-heading", "Najčitanije knjige ove godine su krimići."),
    ("sr", "Prihvati sve", "chrome.cookies", "Prihvati sve što ti kažu, savetovao je otac."),
    ("hr", "Pročitajte i: Potres u Petrinji", "chrome.more-links",
     "Pročitajte i vi pravila prije nego što potpišete, kaže odvjetnik."),
    ("hr", "Podijeli", "chrome.share", "Podijeli se sa susjedima ono što imaš, rekla je baka."),
    ("hr", "Objavljeno: 12.03.2024. u 06:20", "chrome.published-stamp", "Objavljeno je da će škole ostati zatvorene."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


names = author_bylines


@pytest.mark.parametrize("language", ["sr", "hr"])
def test_author_lead_of_the_page_language(language):
    assert names('<div class="live-blog__author">Autor: M. Jovanović</div>', language) == [("M. Jovanović", None)]
    assert names('<div class="item__author">Piše: <a>Ivana Kovač</a></div>', language) == [("Ivana Kovač", None)]


def test_serbian_cyrillic_author_lead():
    assert names('<div class="author">Аутор: Марко Јовановић</div>', "sr") == [("Марко Јовановић", None)]


def test_a_one_word_lead_with_its_colon_is_a_lead_on_any_page():
    # Bosnian and Maltese have no pack: "Autor:" (a lead some pack writes with a colon) still goes
    assert names('<div class="author">Autor: Ján Novák</div>', "mt") == [("Ján Novák", None)]
    assert names('<div class="author">Author: Jane Doe</div>', "bs") == [("Jane Doe", None)]


def test_near_miss_a_foreign_one_word_lead_without_its_colon_stays():
    # without the colon "Autor" of another language may be a word of the name line; it is not cut
    assert names('<div class="author">Autor Ján Novák</div>', "mt") != [("Ján Novák", None)]


SR_CYRL = ("Председник је рекао да ће нова влада бити формирана у року од три месеца, након што "
           "комисија објави коначне резултате. Опозиција није признала резултате због неправилности "
           "које су, како тврди, забележене на више бирачких места. Такође је најавила протесте, јер "
           "сматра да још није јасно ко је победио у Београду, и да је већ било превара током дана. "
           "Према подацима комисије, излазност је била већа него пре четири године.")
HR = ("Potres jačine 4,1 zatresao je Zagreb u utorak ujutro, nakon čega su se građani masovno javljali "
      "da su ih probudili tresak i zveckanje posuđa. Seizmolog je rekao da nije bilo većih šteta, jer "
      "je epicentar bio daleko od središta grada, ali da će još provjeriti zgrade koje su stradale "
      "prije četiri godine. Također je rekao kako tko god primijeti pukotine treba javiti gdje su.")


def test_serbian_cyrillic_text_is_read_as_serbian_not_russian():
    assert guess_language(SR_CYRL) == "sr"


def test_declared_serbian_or_croatian_page_keeps_its_language():
    # the two languages share most function words: the text never overrules the declaration
    for code in ("hr", "sr"):
        tree = html_front.parse_tree(f'<html lang="{code}"><body><p>{HR}</p></body></html>')
        assert page_language(tree, text=" ".join([HR] * 3)) == code


def test_near_miss_undeclared_croatian_gets_no_guess_between_the_two():
    assert guess_language(" ".join([HR] * 3)) is None
