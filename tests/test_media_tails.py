"""A credit in the last segment of a caption, set apart by a dash, a bar or a sentence's end, with
a label of any language, a pack's label without its colon, or no label at all; a credit element
opening with a separator or closing with an abbreviated label; a labelled bracket in any
language. Small hand-written figures shaped like real templates; each rule has near misses."""
import pytest
from lxml import etree

from newsclean import html_front
from newsclean.html_media import media
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.media_labels import split_tail_credit
from newsclean.sites import rules_for


def read(figcaption: str, language: str | None = "en") -> tuple[tuple[str | None, str | None], Ctx]:
    tree = html_front.parse_tree(f"<html><body><figure><img src='a.jpg' alt=''><figcaption>{figcaption}"
                                 "</figcaption></figure></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None, language), language=language)
    m = media(next(tree.iter("figure")), ctx)
    return (m.caption, m.credit), ctx


def removed(ctx: Ctx) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in ctx.removed]


# -- a dash and names, no label ---------------------------------------------------------------------

def test_a_spaced_dash_after_the_caption_sentence_sets_the_credit_apart():
    got, ctx = read("Voters queue outside a school in Multan. — Arif Ali")
    assert got == ("Voters queue outside a school in Multan.", "Arif Ali")
    assert ("media.credit-prefix", "—") in removed(ctx)
    got, _ = read("Voters queue outside a school in Multan – AFP")
    assert got == ("Voters queue outside a school in Multan", "AFP")


@pytest.mark.parametrize("caption", [
    "The new speaker of the assembly — Ayaz Sadiq",        # a name the caption itself gives, no sentence end
    "Officials met in the capital. — they said nothing",   # words of a sentence
])
def test_near_miss_a_dash_before_a_name_of_the_caption_or_a_sentence(caption):
    assert read(caption)[0] == (caption, None)


# -- a label of any language and its colon, after a sentence or a dash --------------------------------

def test_a_slashed_label_of_a_language_without_a_pack_after_the_sentence():
    got, ctx = read("Jüri Ratas pärast valimisi. Kép/forrás: Kovács Anna /MTI", language=None)
    assert got == ("Jüri Ratas pärast valimisi.", "Kovács Anna /MTI")
    assert ("media.credit-prefix", "Kép/forrás:") in removed(ctx)


def test_a_caseless_credit_after_a_dash_and_a_label():
    got, _ = read("کراچی میں ووٹر قطار میں — تصویر: اے پی پی", language=None)
    assert got == ("کراچی میں ووٹر قطار میں", "اے پی پی")


@pytest.mark.parametrize("caption", [
    "The count is slow. Note: results are partial",                       # a remark, not a credit
    "کراچی میں ووٹر — نوٹ: یہ نتائج ابتدائی ہیں اور تبدیل ہو سکتے ہیں",      # a sentence after the label
    "Leaders met at the summit. Agenda: Jane Doe",                        # a bare name after a sentence, no pack label
])
def test_near_miss_a_label_before_words_that_are_no_credit(caption):
    assert read(caption, language=None)[0] == (caption, None)


# -- a pack's label without its colon -----------------------------------------------------------------

def test_a_pack_label_after_a_dash_without_a_colon():
    got, ctx = read("Warga antre di tempat pemungutan suara di Medan. - Foto ANTARA", language="id")
    assert got == ("Warga antre di tempat pemungutan suara di Medan.", "ANTARA")
    assert ("media.credit-prefix", "Foto") in removed(ctx)


def test_a_pack_label_before_a_byline_lead():
    got, _ = read("Supporters wait for the results in Cebu. Photo by Maria Santos/Inquirer")
    assert got == ("Supporters wait for the results in Cebu.", "Maria Santos/Inquirer")


@pytest.mark.parametrize("caption", [
    "Warga berfoto di depan gedung - foto bersama keluarga",   # the word in lower case, in the sentence
    "Children pose for a photo by the lake",                   # no cut before the label
    "A crowd in the square. Photo by the fountain",            # no credit after the lead
])
def test_near_miss_a_label_word_inside_the_caption(caption):
    assert read(caption, language="id" if "Warga" in caption else "en")[0] == (caption, None)


# -- an unmarked credit after the sentence: an organisation or names around a slash ---------------------

def test_names_around_a_slash_after_the_caption_sentence_are_the_credit():
    got, _ = read("Supporters cheer at the party headquarters in Ottawa. Carlos Osorio/Toronto Star")
    assert got == ("Supporters cheer at the party headquarters in Ottawa.", "Carlos Osorio/Toronto Star")


@pytest.mark.parametrize("caption", [
    "Turnout rose in the north. Yes/No campaign",          # lower case after the slash: words
    "Turnout rose in the north. Jane Doe",                 # a bare name after a sentence
])
def test_near_miss_a_last_segment_that_is_no_organisation(caption):
    assert read(caption)[0] == (caption, None)


# -- a credit element: a separator before it, an abbreviated label after it ---------------------------

def test_a_credit_element_with_a_separator_and_an_abbreviated_label_after_the_name():
    got, ctx = read("Ingrida Šimonytė <span class='media__author'>/ Jonas Petraitis/ELTA nuotr.</span>",
                    language=None)
    assert got == ("Ingrida Šimonytė", "Jonas Petraitis/ELTA")
    assert ("media.credit-prefix", "nuotr.") in removed(ctx)


def test_a_pack_label_written_after_the_name():
    got, _ = read("Premier w Sejmie <span class='credit'>Jan Nowak/PAP fot.</span>", language="pl")
    assert got == ("Premier w Sejmie", "Jan Nowak/PAP")


def test_near_miss_a_credit_element_closing_with_words():
    got, _ = read("A view of the harbour <span class='credit'>Courtesy of the family.</span>")
    assert got == ("A view of the harbour", "Courtesy of the family")


# -- a labelled bracket in any language ----------------------------------------------------------------

def test_a_bracket_with_a_label_of_any_language():
    got, _ = read("Mga botante sa Quezon City (Larawan: PNA)", language=None)
    assert got == ("Mga botante sa Quezon City", "PNA")


def test_near_miss_a_bracket_with_a_label_before_a_remark():
    caption = "Mga botante sa Quezon City (Update: more results tonight)"
    assert read(caption, language=None)[0] == (caption, None)


def test_split_tail_credit_keeps_only_the_last_segment():
    assert split_tail_credit("Smiles. — Jane Doe", "en") is None  # a caption of one word is none
    assert split_tail_credit("First results came in. More results tonight", "en") is None


def test_a_pack_label_with_its_dot_after_the_name_in_a_bracketed_credit():
    # pl's "fot." after the name, its dot read as the credit's closing period
    assert read("Premier w Sejmie (Jan Nowak/PAP fot.)", language="pl")[0] == ("Premier w Sejmie", "Jan Nowak/PAP")
    # near miss: a name ending in the letters of the label is no label
    assert read("Premier w Sejmie (Jan Nowak/Agencja Foto)", language="pl")[0] == (
        "Premier w Sejmie", "Jan Nowak/Agencja Foto")


def test_a_pack_label_before_a_bar_and_the_credit():
    got, ctx = read("Warga menyeberangi banjir di Demak. FOTO | RUDI HARTONO", language="id")
    assert got == ("Warga menyeberangi banjir di Demak.", "RUDI HARTONO")
    assert ("media.credit-prefix", "FOTO |") in removed(ctx)
    # near miss: a word of the caption before the bar stays in the caption
    got, _ = read("Warga menyeberangi banjir di Demak. BANJIR | RUDI HARTONO", language="id")
    assert got == ("Warga menyeberangi banjir di Demak. BANJIR", "RUDI HARTONO")
