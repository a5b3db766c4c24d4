"""Page language: what the page declares, else a function-word guess from its text."""
import pytest
from lxml import html

from newsclean.language import base_code, declared_language, guess_language, page_language

# A short news paragraph per pack language, written for these tests (three times over, so the
# guess has the 20 words it asks for and more).
PARAGRAPHS = {
    "en": "The council said on Monday that the road would stay closed until the repairs were finished, "
          "and residents who had been moved from their homes were told they could return by the weekend.",
    "de": "Die Stadt hat am Montag mitgeteilt, dass die Straße bis zum Ende der Arbeiten gesperrt bleibt. "
          "Die Anwohner, die ihre Häuser verlassen mussten, sollen nach Angaben der Behörden am Wochenende zurückkehren.",
    "fr": "La mairie a indiqué lundi que la route resterait fermée jusqu'à la fin des travaux, et les habitants "
          "qui ont été évacués pourront rentrer chez eux ce week-end, selon la préfecture.",
    "es": "El ayuntamiento informó el lunes de que la carretera seguirá cortada hasta que terminen las obras, y los "
          "vecinos que fueron desalojados podrán volver a sus casas durante el fin de semana, según las autoridades.",
    "it": "Il comune ha comunicato lunedì che la strada resterà chiusa fino alla fine dei lavori, e gli abitanti "
          "che sono stati evacuati potranno tornare nelle loro case nel fine settimana, secondo la prefettura.",
    "pt": "A câmara informou na segunda-feira que a estrada vai continuar fechada até ao fim das obras, e os "
          "moradores que foram retirados das casas poderão regressar no fim de semana, segundo as autoridades.",
    "nl": "De gemeente heeft maandag laten weten dat de weg dicht blijft tot de werken klaar zijn. De bewoners "
          "die hun huis moesten verlaten, mogen volgens de burgemeester in het weekend terug naar huis.",
    "pl": "Urząd miasta poinformował w poniedziałek, że droga będzie zamknięta do końca prac, a mieszkańcy, "
          "którzy zostali ewakuowani, będą mogli wrócić do domów w weekend, jak podały władze.",
    "sv": "Kommunen meddelade på måndagen att vägen förblir stängd tills arbetet är klart, och de boende som "
          "evakuerades kan återvända hem under helgen, enligt myndigheterna.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_text_guess_names_each_pack_language(code):
    assert guess_language(" ".join([PARAGRAPHS[code]] * 3)) == code


@pytest.mark.parametrize("text", [
    # languages without a pack share some function words with those that have one: no guess
    # (Norwegian and Danish beside the Swedish pack: its function words are the ones they spell otherwise)
    "Kommunen opplyste mandag at veien forblir stengt til arbeidet er ferdig, og beboerne som ble evakuert "
    "kan vende hjem i helgen, opplyser myndighetene. Han sier at det ikke er noen fare for publikum. " * 3,
    "Kommunen oplyste mandag, at vejen forbliver lukket, indtil arbejdet er færdigt, og de beboere, der blev "
    "evakueret, kan vende hjem i weekenden, oplyser myndighederne. " * 3,
    "Storm hits coast",                               # too short to say
    "12:03 14:22 3-1 4-2 GOAL 90+4' 1-0 " * 20,       # scores and times carry no language
])
def test_text_guess_abstains_when_unsure(text):
    assert guess_language(text) is None


def test_a_mixture_with_no_clear_leader_gives_no_guess():
    mixed = " ".join([PARAGRAPHS["de"], PARAGRAPHS["es"]] * 2)
    assert guess_language(mixed) is None


@pytest.mark.parametrize("value, code", [
    ("en-GB", "en"), ("nl_BE", "nl"), ("de-DE-1996", "de"), ("FR", "fr"), ("pt-BR", "pt"), ("deu", "de"),
    ("und", None), ("x-default", None), ("", None), (None, None), ("*", None), ("english", None),
])
def test_base_code(value, code):
    assert base_code(value) == code


@pytest.mark.parametrize("page, code", [
    ('<html lang="nl-BE"><head><title>x</title></head><body><p>x</p></body></html>', "nl"),
    ('<html><head><meta property="og:locale" content="fr_FR"></head><body><p>x</p></body></html>', "fr"),
    ('<html><head><meta http-equiv="content-language" content="de-AT"></head><body></body></html>', "de"),
    ('<html lang=""><head><meta name="language" content="es"></head><body></body></html>', "es"),
    ('<html><head><meta property="og:title" content="Live"></head><body><p>x</p></body></html>', None),
])
def test_declared_language_reads_the_html_and_the_head(page, code):
    assert declared_language(html.fromstring(page)) == code


def test_declared_language_wins_over_an_unsure_text():
    tree = html.fromstring('<html lang="it"><body><p>Diretta</p></body></html>')
    assert page_language(tree, text="Diretta") == "it"


def test_json_ld_language_is_used_when_the_markup_declares_none():
    tree = html.fromstring("<html><body><p>x</p></body></html>")
    assert page_language(tree, declared="pl-PL") == "pl"
    assert page_language(tree) is None


def test_text_that_clearly_says_otherwise_beats_a_template_default():
    tree = html.fromstring('<html lang="en"><body><p>x</p></body></html>')
    assert page_language(tree, text=" ".join([PARAGRAPHS["nl"]] * 3)) == "nl"
    assert page_language(tree, text="Short line") == "en"


def test_text_alone():
    assert page_language(text=" ".join([PARAGRAPHS["es"]] * 3)) == "es"
    assert page_language() is None


def test_only_the_start_of_a_long_text_is_read():
    # a Dutch page whose later half is English: the guess is made on the first pages' worth
    text = "\n".join([PARAGRAPHS["nl"]] * 80 + [PARAGRAPHS["en"]] * 400)
    assert guess_language(text) == "nl"


IRISH_NEWS = (
    "Tá an comhaireamh ar siúl in ionad an chomhairimh ó mhaidin. Is é an cuóta ná 4,912 vóta agus níor "
    "shroich aon iarrthóir an cuóta ar an gcéad chomhaireamh. Bhí líon na vótála thart ar 58% i gceantair "
    "na Gaeltachta. Dúirt an ceann comhairimh go mbeidh an dara comhaireamh ann tar éis a trí a chlog. "
    "Is iad na hiarrthóirí neamhspleácha is mó a fuair vótaí an uair seo, agus tá na páirtithe móra ag "
    "fanacht ar an toradh. Toghadh an chéad chomhairleoir ar an gceathrú comhaireamh tar éis vótaí an "
    "iarrthóra is ísle a dháileadh. Is mór an onóir dom seasamh ar son mhuintir an cheantair arís."
)


def test_irish_prose_is_irish_although_english_lists_an_too():
    # "an" (the) is Irish's commonest word and also an English function word
    assert guess_language(IRISH_NEWS) == "ga"


def test_near_miss_english_prose_full_of_an_stays_english():
    text = ("It was an early start for an election count that took an unusually long time. The count began "
            "at nine and an hour later the first boxes were open. There is an expectation that the quota "
            "will be reached by an independent candidate, and the parties are waiting for the result. "
            "An official said that an announcement would be made in the afternoon, after the first count.")
    assert guess_language(text) == "en"


def test_near_miss_a_language_without_a_pack_sharing_a_few_short_words_gets_no_guess():
    # Yoruba has no pack; its "ní" (at, in), "sí" (to) and "ó" (he, she) are Irish function words
    # too. Many hits of three words are no evidence of Irish: the guess needs several different ones.
    text = ("Àwọn olùdìbò ní Àkúrẹ́ ti ń dìbò ní àárọ̀ yìí. Ọ̀pọ̀ èèyàn ló wá sí ibùdó ìdìbò ní ìlú náà. "
            "Ó sọ pé àwọn òṣìṣẹ́ àjọ INEC dé sí ibùdó ní aago mẹ́jọ. Ìdìbò bẹ̀rẹ̀ ní wọ́ọ̀dù kẹta ní Ìkàrẹ́. "
            "Àwọn ọlọ́pàá dúró sí gbogbo ibùdó ní ìpínlẹ̀ náà. Ẹgbẹ́ alátakò fẹ̀sùn kàn ní Ondo pé wọ́n ń ra ìbò "
            "ní àwọn wọ́ọ̀dù kan. Àwọn akọ̀ròyìn wa lọ sí Ọ̀wọ̀ ní ọ̀sán. Wọ́n ka ìbò ní ibùdó kọ̀ọ̀kan ní alẹ́. "
            "Èsì ìdìbò yóò jáde ní ọjọ́ Àìkú, ó sọ fún àwọn oníròyìn ní Àkúrẹ́.")
    assert guess_language(text) is None
