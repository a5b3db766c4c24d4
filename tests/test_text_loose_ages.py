"""Text front: a live page in a language without a phrase pack whose posts carry only ages, printed
otherwise than CLDR writes them (Hausa pages print "awanni 3 da suka wuce", CLDR writes "awanni
{0} da suka gabata"). The unit word beside the number and a word of "ago" come from CLDR
(``calendar_any.loose_age``); the page repeats the shape over posts, ages growing down the page
(``text_ages``). Near misses: a list of links with ages, ages out of order, counts."""
from __future__ import annotations

import newsclean
from newsclean import calendar_any

_HEADER = """Jaridar Yau
Labarai Siyasa Wasanni

Taron majalisar dokoki: abubuwan da ke faruwa kai tsaye

Musa Bello 14 ga Agusta, 2023 - 10:15

Majalisar dokoki na zama yau domin tattauna kasafin kudi. Muna kawo muku bayanai yayin da suke faruwa.
"""

_POSTS = [
    ("An fara zaman majalisa", "Shugaban majalisar ya bude zaman da misalin karfe goma na safe a Abuja.",
     "Yan majalisa dari uku ne suka halarci zaman na yau."),
    ("Ministan kudi ya yi jawabi", "Ministan kudi ya gabatar da bayanin kasafin kudin shekara mai zuwa ga majalisa.",
     "Ya ce gwamnati za ta kara kudin da ake kashewa a fannin ilimi."),
    ("An dakatar da zama", "An dakatar da zaman na tsawon awa guda domin yan majalisa su huta.",
     "Za a ci gaba da zaman da rana."),
    ("Yan adawa sun fice", "Wasu yan majalisa na jam'iyyun adawa sun fice daga zauren majalisar.",
     "Sun ce ba a ba su damar yin magana ba."),
]


def _page(ages: list[str]) -> str:
    out = [_HEADER]
    for age, (title, a, b) in zip(ages, _POSTS):
        out.append(f"{age}\n\n{title}\n\n{a}\n\n{b}\n\nRaba\n")
    out.append("\nLabarai masu alaka\n\n© 2023 Jaridar Yau.\n")
    return "\n".join(out)


def test_a_loose_age_is_read_by_its_cldr_unit_and_ago_words():
    age = calendar_any.loose_age("awanni 3 da suka wuce")
    assert age is not None and "ha" in age.locales and age.seconds == 3 * 3600
    assert calendar_any.loose_age("minti 20 da suka wuce").seconds == 20 * 60


def test_near_miss_counts_are_no_ages():
    assert calendar_any.loose_age("3 min read") is None      # no word of "ago" of a language with "min"
    assert calendar_any.loose_age("awanni 3") is None         # a duration: no word of "ago"
    assert calendar_any.loose_age("Season 3") is None


def test_a_feed_stamped_with_loose_ages_is_a_live_page():
    doc = newsclean.parse(_page(["minti 20 da suka wuce", "awanni 3 da suka wuce", "awanni 7 da suka wuce",
                                 "awanni 10 da suka wuce"]), format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == [t for t, _, _ in _POSTS]
    assert all(p.published is None for p in doc.posts)      # an age has no anchor: no time given
    assert str(doc.published)[:10] == "2023-08-14"


def test_near_miss_ages_out_of_order_are_no_feed():
    doc = newsclean.parse(_page(["awanni 7 da suka wuce", "minti 20 da suka wuce", "awanni 10 da suka wuce",
                                 "awanni 3 da suka wuce"]), format="text")
    assert doc.kind == "article"


def test_near_miss_a_list_of_links_with_ages_is_no_feed():
    text = _HEADER + "\n" + "\n\n".join(_POSTS[0][1:]) + "\n\nLabarai masu alaka\n\n" + "\n".join(
        f"{title}\n{age}" for (title, _, _), age in zip(_POSTS, ["minti 20 da suka wuce", "awanni 3 da suka wuce",
                                                                 "awanni 7 da suka wuce", "awanni 10 da suka wuce"]))
    doc = newsclean.parse(text, format="text")
    assert doc.kind == "article"


def _lines(texts: list[str]):
    from newsclean.text_lines import Line

    return [Line(no=i + 1, para=i, text=t) for i, t in enumerate(texts)]


def test_loose_ages_over_sentences_are_stamps_and_over_bare_titles_not():
    from newsclean.text_ages import mark_loose_ages

    ages = ["minti 20 da suka wuce", "awanni 3 da suka wuce", "awanni 7 da suka wuce"]
    posts = _lines([x for age, (title, a, _) in zip(ages, _POSTS) for x in (age, title, a)])
    assert mark_loose_ages(posts, None) == 3
    assert [ln.text for ln in posts if ln.mark is not None] == ages
    links = _lines([x for age, (title, _, _) in zip(ages, _POSTS) for x in (age, title)])
    assert mark_loose_ages(links, None) == 0                  # (near miss) titles only between them
    # a language whose CLDR ages the page's readers know already: not read loosely
    assert mark_loose_ages(_lines([x for age, (title, a, _) in zip(ages, _POSTS) for x in (age, title, a)]), "de") == 0
