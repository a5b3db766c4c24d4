"""A feed whose class names say "live" in the page's language ("zuzenean-sarrera" in Basque,
"regstreeks-inskrywing" in Afrikaans) is named live by its markup, as "live-entry" is: four
headed, timed posts then make a live page although the title and data say nothing. Near misses:
a class word that only contains a live word ("directory"), and a neutral class name."""
import newsclean
from newsclean.live_phrases import class_says_live

_POSTS = [
    ("21:40", "Polls close across the country", "Counting starts in every district after a calm day of voting."),
    ("20:15", "Turnout passes sixty per cent", "The electoral board says more people voted than four years ago."),
    ("18:30", "Leaders cast their votes", "Both main candidates voted in their home towns this morning."),
    ("17:05", "Queues outside schools", "Voters waited for up to an hour at several polling stations."),
]


def _page(entry_class: str) -> str:
    posts = "".join(
        f"<div class='{entry_class}'><h2>{h}</h2><time datetime='2024-04-21T{c}:00+02:00'>{c}</time><p>{b}</p>"
        f"<p>More details follow as the count goes on through the evening.</p></div>" for c, h, b in _POSTS)
    return ("<html lang='eu'><head><title>Hauteskundeak 2024 | Egunkaria</title></head><body>"
            "<nav><a href='/'>Azala</a> <a href='/politika'>Politika</a></nav><main>"
            "<h1>Hauteskundeak 2024</h1><p>Gaur bozkatzen da herrialde osoan.</p>"
            f"<section class='jarraipena'>{posts}</section></main><footer>Egunkaria</footer></body></html>")


def test_a_live_word_of_a_pack_in_the_feeds_class_names_makes_it_live():
    doc = newsclean.parse(_page("zuzenean-sarrera"), format="html")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == [h for _, h, _ in _POSTS]
    assert doc.posts[0].published == "2024-04-21T21:40:00+02:00"


def test_near_miss_a_neutral_class_name_leaves_four_posts_an_article():
    # four timed posts (headed, so not a wire feed led by clocks) on a page that says nothing of
    # being live: too little evidence
    assert newsclean.parse(_page("albiste-sarrera"), format="html").kind == "article"


def test_class_words_are_whole_words_of_the_class_name():
    assert class_says_live("regstreeks-inskrywing") and class_says_live("uzivo__post") and class_says_live("postDirectoItem")
    assert not class_says_live("directory-list") and not class_says_live("directions")
    assert not class_says_live("otse-item")  # words under five letters are left out: parts of other names
