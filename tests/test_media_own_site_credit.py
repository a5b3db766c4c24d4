"""A picture credited to the page's own site, after a label no phrase pack knows: "(Sawir:
Caasimada)" on Caasimada Online, "… Hoto: Legit.ng" on Legit.ng Hausa."""
from __future__ import annotations

import newsclean

PARA = ("<p>Kumanaan taageerayaal ah oo ka tirsan xisbiga ayaa isugu soo baxay magaalada si ay u dabaaldegaan "
        "natiijada hordhaca ah ee doorashada madaxtooyada oo la filayo in si rasmi ah loo shaaciyo berri.</p>")


def _page(caption: str, site: str = "Caasimada Online") -> bytes:
    posts = []
    for i, hour in enumerate((21, 19, 17, 15)):
        figure = (f'<figure><img src="https://example.org/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
                  if i == 1 else "")
        posts.append(f'<div class="live-entry"><time datetime="2024-11-19T{hour}:10:00+03:00">{hour}:10</time>'
                     f'<h2>Warbixin cusub oo ku saabsan doorashada {i}</h2>{figure}{PARA}</div>')
    return (f'<html lang="so"><head><title>Toos: Natiijada doorashada | {site}</title>'
            f'<meta property="og:site_name" content="{site}"></head><body><h1>Toos: Natiijada doorashada</h1>'
            f'<div class="live-feed">{"".join(posts)}</div></body></html>').encode()


def _figure(doc):
    media = [m for p in doc.posts for m in p.media]
    assert len(media) == 1
    return media[0]


def test_a_bracketed_credit_naming_the_own_site_leaves_the_caption():
    doc = newsclean.parse(_page("Taageerayaasha xisbiga oo ku sugan Hargeysa (Sawir: Caasimada)"))
    fig = _figure(doc)
    assert (fig.caption, fig.credit) == ("Taageerayaasha xisbiga oo ku sugan Hargeysa", "Caasimada")
    assert any(r.rule == "media.credit-parens" and "Sawir" in r.text for r in doc.removed)


def test_a_closing_credit_naming_the_own_site_leaves_the_caption():
    doc = newsclean.parse(_page("Jami'an zabe na kirga kuri'u a Oredo. Hoto: Legit.ng", site="Legit.ng Hausa"))
    fig = _figure(doc)
    assert (fig.caption, fig.credit) == ("Jami'an zabe na kirga kuri'u a Oredo.", "Legit.ng")
    assert any(r.rule == "media.credit-prefix" and r.text == "Hoto:" for r in doc.removed)


def test_near_miss_a_label_before_another_word_stays_in_the_caption():
    # a place after a colon is no credit: it names neither the site nor a person or an agency
    doc = newsclean.parse(_page("Taageerayaasha xisbiga oo ku sugan (Magaalada: Hargeysa)"))
    assert _figure(doc).caption == "Taageerayaasha xisbiga oo ku sugan (Magaalada: Hargeysa)"
    doc = newsclean.parse(_page("Jami'an zabe na kirga kuri'u. Wuri: Oredo", site="Legit.ng Hausa"))
    assert _figure(doc).credit is None
