"""Text front: the last post of a feed ends before a heading over links to other stories, each a
list item closed by its date ("* <title> 18 November 2024"), however long the title runs
(`text_footer._dated_link`). Near miss: the post's own bulleted sentences that end with a date."""
from __future__ import annotations

import newsclean
from newsclean.text_footer import _dated_link

_POSTS = [
    ("16:10", "Counting ends in the capital", "The electoral commission said counting had ended in all districts of the capital."),
    ("14:45", "Supporters gather downtown", "Thousands of supporters gathered in the main square of the city this afternoon."),
    ("11:30", "Press conference delayed", "The commission said its press conference would now take place this evening."),
    ("09:05", "President will accept the result", "The president said he would accept whatever result the commission announced."),
]


def _page(tail: list[str]) -> str:
    out = ["Morning Star Online", "News Politics Sport", "", "LIVE: Presidential election results", "",
           "Follow the latest results of the presidential election here.", ""]
    for clock, title, body in _POSTS:
        out += [f"19.11.2024 | {clock}", "", title, "", body, ""]
    out += ["Share: Facebook WhatsApp", ""] + tail + ["", "© 2024 Morning Star Online."]
    return "\n".join(out)


def test_a_heading_over_dated_links_after_the_last_post_is_no_post_text():
    tail = ["More news", "", "* Opposition lawmakers hold a meeting in the coastal capital ahead of the vote 18.11.2024"]
    doc = newsclean.parse(_page(tail), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    last = doc.posts[-1].text
    assert "More news" not in last and "Opposition lawmakers" not in last
    assert _POSTS[-1][2] in last


def test_near_miss_bulleted_sentences_ending_with_a_date_stay():
    assert not _dated_link("* Polls close on 18 November 2024.")     # a sentence
    assert not _dated_link("* Turnout in 2024")                       # a year, no date
    assert _dated_link("* Opposition lawmakers hold a meeting in the capital 18 November 2024")
