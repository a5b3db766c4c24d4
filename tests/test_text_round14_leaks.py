"""Round 14 leak classes in the text front: a share row naming a network with its own inner
capital ("WhatsApp", "LinkedIn"), which the glue split must not cut; the Cyrillic share rows of
the Serbian pack; a label abbreviated to four or five letters and its dot ("Nuotr. BNS") closing
a caption; an outlet's short lower-case name with a digit after a slash ("Name/n1"). Each has a
near miss."""
from __future__ import annotations

from newsclean import text_chrome
from newsclean.text_credits import names_credit, split_labelled
from newsclean.text_lines import Line, State
from newsclean.text_media import _may_label
from newsclean.text_credits import label_words


def _rows(texts: list[str], language: str) -> list[Line]:
    from newsclean.sites import rules_for
    lines = [Line(i, i, t) for i, t in enumerate(texts)]
    text_chrome.mark_page_chrome(lines, State(), rules_for(None, language))
    return lines


def test_a_share_row_with_a_networks_inner_capital_is_removed():
    lines = _rows(["Compartilhar no WhatsApp Compartilhar no LinkedIn Copiar link"], "pt")
    assert lines[0].rule == "chrome.share"


def test_near_miss_a_sentence_naming_a_network_with_an_inner_capital_stays():
    lines = _rows(["Compartilhar no WhatsApp virou hábito entre os moradores"], "pt")
    assert lines[0].rule is None


def test_serbian_cyrillic_share_rows_are_removed():
    lines = _rows(["Подели на Фејсбуку Подели на Иксу", "Podeli na Fejsbuku Podeli na Iksu"], "sr")
    assert [ln.rule for ln in lines] == ["chrome.share", "chrome.share"]


def test_near_miss_a_serbian_sentence_about_sharing_stays():
    lines = _rows(["Подели на Фејсбуку своје утиске са концерта у Нишу"], "sr")
    assert lines[0].rule is None


def test_a_five_letter_abbreviated_pack_label_closes_a_caption():
    t = "Ugniagesiai gesina gaisrą Vilniaus senamiestyje Nuotr. ELTA"
    assert _may_label(t, label_words())
    assert split_labelled(t) == ("Ugniagesiai gesina gaisrą Vilniaus senamiestyje", "Nuotr.", "ELTA")


def test_near_miss_a_sentence_end_before_a_capitalised_word_is_no_label():
    t = "Gaisras kilo vakare prie upės. Tada ELTA pranešė"
    assert split_labelled(t) is None
    assert split_labelled("Vyriausybė posėdžiavo vakare Vakar. Jonas Jonaitis") is None


def test_an_outlets_short_lower_case_name_with_a_digit_after_a_slash():
    assert names_credit("Marko Petrović/n1")
    assert split_labelled("Poplavljene ulice u centru Kraljeva Foto: Marko Petrović/n1") == (
        "Poplavljene ulice u centru Kraljeva", "Foto:", "Marko Petrović/n1")


def test_near_miss_a_lower_case_word_with_a_long_number_after_a_slash():
    assert not names_credit("Marko Petrović/korak2024")


# -- HTML: a share bar of links inside a post ------------------------------------------------------

def _bar_page(bar: str):
    from lxml import html as lxml_html

    from newsclean.html_drops import drop_unread_elements
    from newsclean.html_roles import Ctx
    from newsclean.sites import rules_for

    tree = lxml_html.fromstring(
        '<html><body><div class="feed"><article class="entry"><p>Les pompiers sont intervenus toute la nuit.</p>'
        f'{bar}</article></div></body></html>')
    post = tree.xpath("//article")[0]
    ctx = Ctx(rules_for(None, "fr"), language="fr")
    drop_unread_elements(tree, [post], ctx)
    return post.text_content(), [(r.rule, r.text) for r in ctx.removed]


def test_a_share_bar_of_links_in_a_post_is_dropped_and_recorded():
    text, removed = _bar_page('<div class="entry-tools"><a>Partager sur Facebook</a> <a>Partager sur WhatsApp</a> '
                              '<a>Copier le lien</a></div>')
    assert "Partager" not in text and "pompiers" in text
    assert ("chrome.share", "Partager sur Facebook Partager sur WhatsApp Copier le lien") in removed


def test_near_miss_a_paragraph_with_links_naming_networks_stays():
    text, removed = _bar_page('<p><a>Partager sur Facebook</a> <a>des photos de vacances</a> reste risqué</p>')
    assert "Partager sur Facebook" in text and not any(r == "chrome.share" for r, _ in removed)
