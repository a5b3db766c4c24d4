"""Byline lead words and picture-credit labels of the HTML path come from the phrase packs,
chosen by the page's language: a word of the page's own pack, or a longer phrase of any pack.
Each case has a near miss that must not fire."""
from lxml import etree

from newsclean import html_front
from newsclean.html_media import media, strip_credit_prefix
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.model import Byline
from newsclean.post_bylines import by_prefix, bylines
from newsclean.rules.packs import byline_leads, credit_labels, packs
from newsclean.sites import rules_for


def element(markup: str):
    tree = html_front.parse_tree(f"<html><body>{markup}</body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    return tree.find(".//body")[0]


def names(markup: str, language: str | None) -> list[Byline]:
    out: list[Byline] = []
    bylines(element(markup), out, Ctx(rules_for(None, language), language=language))
    return out


# -- byline lead words ---------------------------------------------------------------------------

def test_every_pack_has_byline_words_and_the_html_reader_uses_them():
    for code, pack in packs().items():
        assert pack.byline, code
        own = {w.rstrip(" :") for w in pack.byline}
        assert own <= set(byline_leads(code)), code


def test_lead_word_of_the_pages_language_is_stripped():
    assert names('<div class="author">Von Anna Weber</div>', "de") == [Byline("Anna Weber")]
    assert names('<div class="author">Door Jan de Vries</div>', "nl") == [Byline("Jan de Vries")]
    assert names('<div class="author">Autor: Jan Nowak</div>', "pl") == [Byline("Jan Nowak")]
    assert names('<div class="author">By Jane Doe</div>', "en") == [Byline("Jane Doe")]
    assert names('<div class="author">Posted by Jane Doe</div>', None) == [Byline("Jane Doe")]


def test_several_word_lead_of_another_pack_applies_on_any_page():
    assert names('<div class="author">A cura di Marco Rossi</div>', "en") == [Byline("Marco Rossi")]
    assert names('<div class="author">Written by Jane Doe</div>', "de") == [Byline("Jane Doe")]


def test_near_miss_a_short_lead_word_of_another_language_opens_a_name():
    # "Di" is Italian's "by", but on an English page it is the start of a surname
    assert names('<div class="author">Di Maio Luigi</div>', "en") == [Byline("Di Maio Luigi")]
    assert names('<div class="author">Di Maio Luigi</div>', "it") == [Byline("Maio Luigi")]
    # a lead word needs a capitalised name after it
    assert by_prefix("en").sub("", "by the editors") == "by the editors"


# -- picture-credit labels -----------------------------------------------------------------------

def test_credit_labels_of_the_packs_strip_a_credit_prefix():
    assert strip_credit_prefix("Fot. Jan Nowak / PAP", "pl") == ("Fot. ", "Jan Nowak / PAP")
    assert strip_credit_prefix("Bild: REUTERS", "de") == ("Bild: ", "REUTERS")
    assert strip_credit_prefix("Credit...Reuters", "en") == ("Credit...", "Reuters")
    assert strip_credit_prefix("Crédit : AFP", "fr")[1] == "AFP"
    # a credit label is plain in any language: "Foto:" on an English page
    assert strip_credit_prefix("Foto: dpa", "en") == ("Foto: ", "dpa")
    assert "fot." in credit_labels("pl") and "ph" in credit_labels("it") and "ph" not in credit_labels("en")


def test_near_miss_words_that_merely_start_like_a_label():
    assert strip_credit_prefix("Photographers gathered outside", "en") == ("", "Photographers gathered outside")
    assert strip_credit_prefix("Bilder zeigen den Einsatz", "de") == ("", "Bilder zeigen den Einsatz")


def figure(caption: str, language: str | None):
    el = element(f'<figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure>')
    return media(el, Ctx(rules_for(None, language), language=language))


def test_caption_credit_in_brackets_or_after_a_label_in_the_pages_language():
    m = figure("Einsatzkräfte am Ufer (Foto: dpa)", "de")
    assert (m.caption, m.credit) == ("Einsatzkräfte am Ufer", "dpa")
    m = figure("Bomberos en Valencia. Imagen: EFE", "es")
    assert (m.caption, m.credit) == ("Bomberos en Valencia.", "EFE")
    m = figure("Bildunterschrift: Ein Mann am Ufer", "de")
    assert m.caption == "Ein Mann am Ufer"


def test_near_miss_a_label_inside_a_word_or_a_bracketed_aside():
    m = figure("The topic, which dominated the debate, was tax", "en")
    assert (m.caption, m.credit) == ("The topic, which dominated the debate, was tax", None)
    m = figure("Boris Johnson (pictured) leaves Downing Street", "en")
    assert m.credit is None


# -- a ninth pack: Swedish ----------------------------------------------------------------------

def test_swedish_page_is_recognised_and_its_byline_word_read():
    from newsclean.language import guess_language
    from newsclean.text_post import lead_byline

    text = ("Polisen har hävt avspärrningarna runt flerfamiljshuset och de boende får återvända till sina "
            "lägenheter, meddelar en talesperson för polisen. Det är inte klart när gatan öppnas igen, "
            "men enligt polisen ska det ske under eftermiddagen. Han säger att det finns ingen fara för "
            "allmänheten och att utredningen fortsätter med vittnesförhör från de som bor i området.")
    assert guess_language(text) == "sv"
    assert "av" in byline_leads("sv")
    assert names('<div class="author">Av Anna Lindqvist</div>', "sv") == [Byline("Anna Lindqvist")]
    led = lead_byline("Av Anna Lindqvist")
    assert led is not None and [b.name for b in led[1]] == ["Anna Lindqvist"]


def test_near_miss_swedish_sentence_opening_with_the_byline_word():
    from newsclean.text_post import lead_byline

    assert lead_byline("Av allt att döma var det en olycka.") is None
    assert names('<div class="author">Av Anna Lindqvist</div>', "en") == [Byline("Av Anna Lindqvist")]
