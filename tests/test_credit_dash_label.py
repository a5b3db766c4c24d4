"""A pack's picture label set off by a dash inside the brackets that close a caption, as Sinhala
and Burmese pages print it: "(ඡායාරූපය - Name)", "(ဓာတ်ပုံ - ဒေသခံ)"."""
from __future__ import annotations

from support import live_page_with_figure, only_figure

import newsclean
from newsclean import text_credits

PARA = "Voting closed at four in the afternoon and counting began at the centres across the district tonight."


def _page(caption: str) -> bytes:
    return live_page_with_figure(caption, language="si", title="Live: results", paragraph=PARA)


def test_a_dashed_pack_label_in_brackets_gives_the_credit():
    doc = newsclean.parse(_page("ඡන්ද පෙට්ටි රැගෙන යයි (ඡායාරූපය - ඉෂාර කොඩිකාර)"))
    fig = only_figure(doc)
    assert (fig.caption, fig.credit) == ("ඡන්ද පෙට්ටි රැගෙන යයි", "ඉෂාර කොඩිකාර")


def test_near_miss_a_dash_between_two_words_no_pack_labels_stays_in_the_caption():
    doc = newsclean.parse(_page("Supporters gather in the square (Colombo - Kandy road)"))
    assert only_figure(doc).caption == "Supporters gather in the square (Colombo - Kandy road)"


def test_text_caption_with_a_dashed_label():
    assert text_credits.split_shaped("ပင်လောင်းမြို့နယ်ရှိ ရေဘေးသင့်ရွာတစ်ရွာ (ဓာတ်ပုံ - ဒေသခံ)") == \
        ("ပင်လောင်းမြို့နယ်ရှိ ရေဘေးသင့်ရွာတစ်ရွာ", "ဒေသခံ")
    # near miss: a dash after a word no pack knows as a label is no credit
    assert text_credits.split_shaped("Ships wait outside the harbour (Hargeysa - Berbera)") is None
