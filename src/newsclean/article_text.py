"""The article's shared readers of a parsed page: an element's text (`text_of`), a text as a
comparison key (`words`), links to other stories of the site (`story_link`) and link density.
Leaf functions over lxml elements: the cleaning stages (`article_body`, `article_check`,
`article_header`, `bigpage`) all use them."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from . import shapes

# (pairs, not a str.translate table: replace() on the few present is ~7x faster on a paragraph)
_QUOTES = (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " "),
           ("\u2013", "-"), ("\u2014", "-"), ("\u00ad", ""), ("\u200b", ""))
_EDGE = "-\u2022\u00b7*\"'.,:;()[]\u00ab\u00bb\u201e"  # dialogue dashes, bullets, quotes at a key's ends

def words(text: str) -> str:
    """A text as a comparison key: lower case, quotes and dashes folded, no whitespace (trafilatura
    and the page differ in the spaces around inline elements)."""
    # (a printable text has no whitespace but U+0020: it goes without splitting the text)
    return _key(text.replace(" ", "") if text.isprintable() else "".join(text.split()))


def collapse(text: str) -> str:
    """``" ".join(text.split())``, without splitting a text that is collapsed already (printable,
    so no whitespace but U+0020, never two together nor at the ends): most paragraphs are."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def collapsed_words(text: str) -> str:
    """`words` of a text whose whitespace is collapsed already (single spaces, none at the ends):
    the spaces go without splitting it."""
    return _key(text.replace(" ", ""))


def _key(text: str) -> str:
    """`words` of a text without whitespace. (The folding maps no character to or from
    whitespace but the no-break space, which the whitespace removal took already: folding after
    it gives what folding before it gives.)"""
    if not text.isascii():  # the folded characters are none of them ASCII
        for a, b in _QUOTES:
            if a in text:
                text = text.replace(a, b)
        if text.isascii():
            return text.lower().strip(_EDGE)
        return text.casefold().strip(_EDGE)
    # (lower() is casefold() on ASCII, and twice as fast)
    return text.lower().strip(_EDGE)


def text_of(el) -> str:
    """``el.text_content()``, the same text, from the serializer in C: several times faster than
    lxml.html's XPath ``string()``, which matters as every block of the page is read."""
    if not len(el):  # no children: its own text (most paragraphs of a long body)
        return el.text or ""
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def _attrs(el) -> str:
    get = el.get
    return f"{get('class') or ''} {get('id') or ''} {get('aria-label') or ''}"


def _text_len(el) -> int:
    return len(shapes.clean(text_of(el)))


def link_chars(el) -> int:
    """Characters of link text in an element (a link that shows its address is not counted: it
    is cited, not a teaser)."""
    n = 0
    if not len(el) and el.tag != "a":
        return 0  # (el.iter("a") would find none, at the cost of setting up its search)
    for a in el.iter("a"):
        t = "".join(text_of(a).split())
        if not t.startswith(("http", "www.")) and next(a.iterancestors("a"), None) is None:
            n += len(t)
    return n


# an id, or a slug of four words or more (no overlapping repeats: linear on any path)
_STORY_PATH = re.compile(r"\d{5,}|(?:^|/)[^/-]+(?:-[^/-]+){3,}(?:/|$)")


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower().removeprefix("www.")


def story_link(a, host: str) -> bool:
    """A link to a story of the same site (what a teaser links to): a relative link or one to the
    page's host, whose path holds a long id or a slug of four words or more."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "mailto:", "javascript:")):
        return False
    parts = urlsplit(href)
    if parts.netloc and host and parts.netloc.lower().removeprefix("www.") != host:
        return False
    return bool(_STORY_PATH.search(parts.path[:500]))


def link_density(el) -> float:
    """The share of an element's visible characters (spaces aside) that are link text."""
    return density(el, link_chars(el))


def density(el, n_link: int) -> float:
    """``n_link`` characters of link text as a share of the element's visible characters."""
    text = len("".join(text_of(el).split()))
    return min(1.0, n_link / text) if text else 0.0
