"""A standfirst named by its markup ("gazeta_article_lead", "article-standfirst") among the
headline's first next siblings, below the byline row too, is the page's standfirst. Near misses:
a token inside another word ("leaderboard") names none; a block whose tag and class the body's
paragraphs repeat is the body's first paragraph; a block with a link is no standfirst."""
from lxml import html as lxml_html

from newsclean.article_lead import marked_standfirst

_LEAD = "The worst may be over as the water level falls, but the services urge caution."
_BODY = "<div class='body'><p>The river level has been falling since Monday morning in the town.</p><p>More text.</p></div>"


def _page(lead_block: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><article><h1>Flood: the water falls slowly</h1>"
                                f"<div class='author'>Jane Roe <time datetime='2024-09-16T11:42'>11:42</time></div>"
                                f"{lead_block}{_BODY}</article></body></html>")


def _run(tree) -> str:
    return marked_standfirst(tree, tree.find(".//h1"))


def test_a_block_named_lead_below_the_byline_row_is_the_standfirst():
    assert _run(_page(f"<div id='site_article_lead'>{_LEAD}</div>")) == _LEAD
    assert _run(_page(f"<p class='article-standfirst'>{_LEAD}</p>")) == _LEAD


def test_near_miss_a_token_inside_another_word_names_no_lead():
    assert _run(_page(f"<div class='leaderboard'>{_LEAD}</div>")) == ""


def test_near_miss_a_lead_classed_block_the_body_repeats_is_body():
    page = _page(f"<p class='intro'>{_LEAD}</p><p class='intro'>Second paragraph of the story, same markup.</p>")
    assert _run(page) == ""


def test_near_miss_a_linked_block_is_no_standfirst():
    assert _run(_page(f"<div class='lead'><a href='/other'>{_LEAD}</a></div>")) == ""
