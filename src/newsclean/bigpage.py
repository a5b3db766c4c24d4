"""Article bodies of huge pages, in time linear in the page.

trafilatura's cost grows faster than the page (its pruning and its readability comparison pass
over the tree again and again), so a page of megabytes of text takes tens of seconds. Above
`LARGE_TEXT` characters of text the body is taken here instead: the main text container is the
element whose paragraphs (fully) and grandchildren's paragraphs (half) hold the most text, as
readability scores it, and its text is read block by block in one walk. The output has
trafilatura's shape (one line a block, list items as ``- item``), so the caller's cleaning is the
same whichever path produced it. The limit is where trafilatura's cost per byte has grown by about
a quarter over its cost on a small page; of the 2,124 real pages of the shared benchmarks only one
(present in two of the sets, with 483,000 characters of text) is above it, and all the others
still go to trafilatura.
"""
from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from .article_text import collapse, text_of

LARGE_TEXT = 300_000

_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "pre", "blockquote", "ul", "ol", "li", "dl", "dt",
                     "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "header", "br", "hr"})
_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "select",
                   "textarea", "iframe", "svg", "figure", "head", "title", "object", "embed", "video", "audio"})


def is_large(tree: lxml_html.HtmlElement) -> bool:
    """More than `LARGE_TEXT` characters of text: too much for trafilatura's superlinear cost.
    (The text is counted in UTF-8 bytes, one to four a character, and decoded only when the
    byte count alone does not tell: a huge page's megabytes are not made into a string.)"""
    if not len(tree):
        return False
    body = tree.find("body")
    root = body if body is not None else tree
    if not len(root):
        return len(root.text or "") > LARGE_TEXT
    size = len(etree.tostring(root, method="text", encoding="utf-8", with_tail=False))
    if size <= LARGE_TEXT or size > 4 * LARGE_TEXT:
        return size > LARGE_TEXT
    return len(text_of(root)) > LARGE_TEXT


def main_container(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element holding most of the paragraph text: a paragraph's text counts fully for its
    parent and half for its grandparent, so a body split into sections still wins as a whole."""
    scores: dict[lxml_html.HtmlElement, float] = {}
    # a run of paragraphs under one parent (a body's) is summed and added once; each element
    # enters ``scores`` where it first scores, as it did when every paragraph added its share
    # (the sums are exact: whole numbers and halves)
    parent = grand = None
    run = 0
    for el in tree.iter(*_PARAGRAPHS):
        if el.tag == "li":
            n = len(el.text or "")
        else:
            n = len(el.text or "") if not len(el) else len(text_of(el))
        if n < 25:
            continue
        up = el.getparent()
        if up is None:
            continue
        if up is not parent:
            if run:
                _score(scores, parent, grand, run)
            parent, grand, run = up, up.getparent(), 0
            if parent not in scores:
                scores[parent] = 0.0
            if grand is not None and grand not in scores:
                scores[grand] = 0.0
        run += n
    if run:
        _score(scores, parent, grand, run)
    return max(scores, key=scores.__getitem__) if scores else None


def _score(scores: dict, parent, grand, run: int) -> None:
    scores[parent] += run
    if grand is not None:
        scores[grand] += run / 2


def extract_large(tree: lxml_html.HtmlElement) -> str:
    """The main container's text, one line a block, in one walk (boilerplate sections skipped)."""
    return "\n".join(large_lines(tree))


def large_lines(tree: lxml_html.HtmlElement, collapsed: dict[str, str] | None = None) -> list[str]:
    """`extract_large`'s lines: each a block's text, whitespace collapsed, a list item's led by
    ``"- "``. ``collapsed``: texts already collapsed (a text as read -> the same collapsed), as
    `article_body.preclean` keeps them for the page's blocks."""
    known = collapsed if collapsed is not None else {}
    root = main_container(tree)
    if root is None:
        root = tree.find("body")
        if root is None:
            root = tree
    lines: list[str] = []
    buf: list[str] = []
    blocks, skip = _BLOCKS, _SKIP
    # one walk in C (lxml's iterwalk), skipping boilerplate subtrees; a tail is read on leaving
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if tag in skip:
                walker.skip_subtree()  # its "end" still comes: its tail is read there
                continue
            if tag in blocks:
                if buf:
                    _flush(buf, lines, "")
                if not len(el) or _inline_only(el):
                    # a block of text and inline markup alone (most paragraphs): its text at once,
                    # from the serializer, instead of an event for every inline element
                    raw = el.text or "" if not len(el) else text_of(el)
                    text = known.get(raw)
                    if text is None:
                        text = collapse(raw)
                    if text:
                        lines.append("- " + text if tag == "li" else text)
                    walker.skip_subtree()  # (its "end" comes with nothing buffered: only its tail)
                    continue
            text = el.text
            if text and (buf or not text.isspace()):  # (leading whitespace is dropped anyway)
                buf.append(text)
        elif event == "end":
            if buf and el.tag in blocks:
                _flush(buf, lines, "- " if el.tag == "li" else "")
            tail = el.tail
            if tail and (buf or not tail.isspace()) and el is not root:
                buf.append(tail)
        elif el.tail and (buf or not el.tail.isspace()):  # a comment or processing instruction: only its tail is text
            buf.append(el.tail)
    if buf:
        _flush(buf, lines, "")
    return lines


_STOPS = _BLOCKS | _SKIP


def _inline_only(el: lxml_html.HtmlElement) -> bool:
    """No block and no skipped element below ``el``: its text is one line, as the walk reads it."""
    stops = _STOPS
    for d in el.iterdescendants():
        if d.tag in stops:
            return False
    return True


def _flush(buf: list[str], lines: list[str], prefix: str) -> None:
    text = " ".join("".join(buf).split())
    buf.clear()
    if text:
        lines.append(prefix + text)
