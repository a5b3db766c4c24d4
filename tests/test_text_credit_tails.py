"""Text front: a caption line whose last segment is its credit, set apart by a dash, a bar or a
sentence's end ("Caption. — Name", "Caption. Label/label: Name /AGENCY", "Caption — label:
caseless words", "Caption. - Foto AGENCY", "Caption. Photo by Name/Outlet"); a pack label straight
after the caption before one name or caseless words; a bracket led by a label no pack knows; names
around a slash closed by an abbreviated label ("Name/AGENCY nuotr."). Near misses: paragraphs and
credit lines of other shapes stay as they were."""
import pytest

import newsclean
from newsclean.media_lines import split_suffix_label, split_tail
from newsclean.text_credits import split_labelled, split_shaped


def test_a_dash_and_names_after_a_short_caption_sentence():
    assert split_tail("Voters queue outside a school in Multan. — Arif Ali") == (
        "Voters queue outside a school in Multan.", "—", "Arif Ali")


def test_a_label_of_any_language_after_the_sentence_or_a_dash():
    assert split_tail("Jüri Ratas pärast valimisi. Kép/forrás: Kovács Anna /MTI") == (
        "Jüri Ratas pärast valimisi.", "Kép/forrás:", "Kovács Anna /MTI")
    assert split_tail("کراچی میں ووٹر قطار میں — تصویر: اے پی پی") == ("کراچی میں ووٹر قطار میں", "تصویر:", "اے پی پی")


def test_a_pack_label_without_a_colon_after_a_dash_or_before_a_byline_lead():
    assert split_tail("Warga antre di tempat pemungutan suara di Medan. - Foto ANTARA") == (
        "Warga antre di tempat pemungutan suara di Medan.", "Foto", "ANTARA")
    assert split_tail("Supporters wait for the results in Cebu. Photo by Maria Santos/Inquirer") == (
        "Supporters wait for the results in Cebu.", "Photo by", "Maria Santos/Inquirer")


@pytest.mark.parametrize("line", [
    "Leon Neal | Getty Images",                                                   # a credit line alone
    "Polls closed at five in the evening across the country. — AFP",              # a paragraph's agency sign-off
    "Counting began at once. Officials expect results by midnight. — Arif Ali",    # two sentences: a paragraph
    "“We will form the government,” he told reporters. — Arif Ali",                # a quote and its speaker
    "The vote was close. Note: results are partial",                              # a remark after a label
])
def test_near_miss_paragraphs_and_credit_lines_are_no_caption_tail(line):
    assert split_tail(line) is None


def test_a_pack_label_after_the_caption_before_one_name():
    assert split_labelled("Premier na sedežu stranke SDS Foto: Bobo") == ("Premier na sedežu stranke SDS", "Foto:", "Bobo")
    # near miss: a short line whose label follows a function word
    assert split_labelled("Das zeigt das Bild: Merz") is None


def test_a_pack_label_in_a_caseless_script_straight_after_the_caption():
    assert split_labelled("حشود في ساحة التحرير صورة: رويترز") == ("حشود في ساحة التحرير", "صورة:", "رويترز")
    # near miss: a sentence after the label
    assert split_labelled("حشود في ساحة التحرير صورة: هذه هي الصورة التي نشرتها الوكالة اليوم") is None


def test_a_bracket_led_by_a_label_no_pack_knows():
    assert split_shaped("मतगणना केंद्र पर सुरक्षा (छायाचित्र: ANI)") == ("मतगणना केंद्र पर सुरक्षा", "ANI")
    assert split_shaped("Mga botante sa Quezon City (Larawan: PNA)") == ("Mga botante sa Quezon City", "PNA")
    # near miss: a remark in brackets
    assert split_shaped("Mga botante sa Quezon City (Update: more results tonight)") is None


def test_names_around_a_slash_closed_by_an_abbreviated_label():
    assert split_suffix_label("Ingrida Šimonytė / Jonas Petraitis/ELTA nuotr.") == (
        "Ingrida Šimonytė", "Jonas Petraitis/ELTA", "nuotr.")
    assert split_suffix_label("Rinkėjai prie apylinkės Kaune. Jonas Petraitis/ ELTA nuotr.") == (
        "Rinkėjai prie apylinkės Kaune.", "Jonas Petraitis/ ELTA", "nuotr.")
    # near misses: a sentence closing with an abbreviation, no slash before it
    assert split_suffix_label("The count went on in Kaunas, Vilnius etc.") is None
    assert split_suffix_label("Prices rose 3 percent and/or more in the city centre approx.") is None


def test_a_caption_tail_becomes_the_post_media_in_the_text_front():
    posts = []
    for clock, head in (("22:40", "Results are in"), ("21:15", "Counting goes on"), ("20:05", "Polls close")):
        posts += [clock, head, "", "Voters queue outside a school in Multan. — Arif Ali", "",
                  "Polling ended across the country and counting began in every station at once.", ""]
    doc = newsclean.parse("\n".join(["Live: election results", ""] + posts), format="text")
    assert len(doc.posts) == 3
    assert all([(m.caption, m.credit) for m in p.media] == [("Voters queue outside a school in Multan.", "Arif Ali")]
               for p in doc.posts)
    assert not any("Arif Ali" in p.text for p in doc.posts)
