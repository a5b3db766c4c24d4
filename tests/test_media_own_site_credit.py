"""A picture credited to the page's own site, after a label no phrase pack knows: "(Sawir:
Caasimada)" on Caasimada Online, "… Hoto: Legit.ng" on Legit.ng Hausa."""
from __future__ import annotations

from support import live_page_with_figure, only_figure

import newsclean

PARA = ("Kumanaan taageerayaal ah oo ka tirsan xisbiga ayaa isugu soo baxay magaalada si ay u dabaaldegaan "
        "natiijada hordhaca ah ee doorashada madaxtooyada oo la filayo in si rasmi ah loo shaaciyo berri.")


def _page(caption: str, site: str = "Caasimada Online") -> bytes:
    return live_page_with_figure(caption, language="so", title="Toos: Natiijada doorashada | " + site, paragraph=PARA, site=site)


def test_a_bracketed_credit_naming_the_own_site_leaves_the_caption():
    doc = newsclean.parse(_page("Taageerayaasha xisbiga oo ku sugan Hargeysa (Sawir: Caasimada)"))
    fig = only_figure(doc)
    assert (fig.caption, fig.credit) == ("Taageerayaasha xisbiga oo ku sugan Hargeysa", "Caasimada")
    assert any(r.rule == "media.credit-parens" and "Sawir" in r.text for r in doc.removed)


def test_a_closing_credit_naming_the_own_site_leaves_the_caption():
    doc = newsclean.parse(_page("Jami'an zabe na kirga kuri'u a Oredo. Hoto: Legit.ng", site="Legit.ng Hausa"))
    fig = only_figure(doc)
    assert (fig.caption, fig.credit) == ("Jami'an zabe na kirga kuri'u a Oredo.", "Legit.ng")
    assert any(r.rule == "media.credit-prefix" and r.text == "Hoto:" for r in doc.removed)


def test_near_miss_a_label_before_another_word_stays_in_the_caption():
    # a place after a colon is no credit: it names neither the site nor a person or an agency
    doc = newsclean.parse(_page("Taageerayaasha xisbiga oo ku sugan (Magaalada: Hargeysa)"))
    assert only_figure(doc).caption == "Taageerayaasha xisbiga oo ku sugan (Magaalada: Hargeysa)"
    doc = newsclean.parse(_page("Jami'an zabe na kirga kuri'u. Wuri: Oredo", site="Legit.ng Hausa"))
    assert only_figure(doc).credit is None
