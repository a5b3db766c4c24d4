"""Feed detection's tests that cost a step per paragraph, written so that a long article's
paragraphs cost none (issue 12): the same answers as the per-paragraph forms."""
from __future__ import annotations

from lxml import html as lxml_html

from newsclean import feed, feed_stamps


def _tree(body: str, body_attrs: str = "", html_attrs: str = ""):
    return lxml_html.document_fromstring(f"<html {html_attrs}><head><title>t</title></head>"
                                         f"<body {body_attrs}>{body}</body></html>")


def test_ticker_markup_is_a_class_in_the_body():
    para = '<p class="para">A paragraph of an article.</p>' * 50
    assert feed._ticker_markup(_tree(para + '<div class="news-ticker__entry">12.30</div>'))
    assert feed._ticker_markup(_tree(para, body_attrs='class="page liveblog"'))  # the body's own class
    assert feed._ticker_markup(_tree('<ul><li class="x live-update">a</li></ul>'))
    # near misses: words that only begin a ticker name, another case, a class outside the body
    assert not feed._ticker_markup(_tree(para + '<div class="tick live">a</div>'))
    assert not feed._ticker_markup(_tree(para + '<div class="Ticker">a</div>'))
    assert not feed._ticker_markup(_tree(para, html_attrs='class="liveblog"'))


def test_a_minute_mark_is_found_and_a_long_paragraph_with_apostrophes_is_not():
    long = "It\u2019s a paragraph that quotes a player who said he didn\u2019t expect the result. " * 4
    tree = _tree(f'<p>{long}</p><div><span>45\'</span> Goal!</div><p>{long}</p><p>90+2\u2019</p>')
    found = feed_stamps._primed_minutes(tree.find("body"))
    assert [e.text for e in found] == ["45'", "90+2\u2019"]
    # near miss: the same minute as the start of a long text is no minute mark
    tree = _tree(f"<div><span>45' {long}</span></div>")
    assert feed_stamps._primed_minutes(tree.find("body")) == []
