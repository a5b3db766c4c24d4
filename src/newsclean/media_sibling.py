"""A picture's caption printed beside it rather than inside its figure.

Some templates close a figure (or a paragraph holding only an image) and print the caption in
the next element: ``<figure><img></figure><p class="caption">…</p>``, ``<p><img></p><p><em>
Caption (Photo: Name)</em></p>``; or after a line break under the image: ``<p><img><br>Caption.
Photo: Name</p>``. `caption_after` reads that element as the picture's caption
when its class says caption or credit, or when a labelled credit closes its text; a paragraph of
the post's text beside a picture is neither. The element read is emptied (its text is the
media's now), so the walk meets nothing there.
"""
from __future__ import annotations

import regex
from lxml import html as lxml_html

from .html_roles import Ctx, roles, shown_text
from .media_labels import closes_on_credit
from .media_text import split_caption_and_credit

# an element that may hold a caption line, and the wrappers an image may sit alone in
_CAPTION_TAGS = frozenset(("p", "div", "span", "small", "em", "i", "figcaption"))
_WRAPPERS = frozenset(("p", "a", "div", "span", "picture", "figure"))
# inside a caption line, none of these: they make it a block of the post
_NOT_IN_CAPTION = ("img", "picture", "video", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
                   "blockquote")
# a class that says caption or credit (not "description": a post's lead paragraph may say so)
_CAPTION_CLASS = regex.compile(r"caption|legend|bildtext|credit|copyright|photographer", regex.I)
_CREDIT_ONLY_CLASS = regex.compile(r"credit|copyright|photographer", regex.I)
SIBLING_CAPTION_MAX_CHARS = 300
CLASSED_CAPTION_MAX_WORDS = 40


def caption_after(el: lxml_html.HtmlElement, ctx: Ctx) -> tuple[str | None, str | None] | None:
    """``(caption, credit)`` of the element right after picture ``el`` (or after the wrapper
    that holds nothing but it: "<p><img></p>"), nothing between them, when that element is the
    picture's caption: caption- or credit-classed, or closed by a labelled credit ("Voters in
    Leeds. Photo: Jane Doe", "… (Foto: Name)"). The element is emptied, its tail kept."""
    anchor = el
    for _ in range(3):
        parent = anchor.getparent()
        if parent is None or parent.tag not in _WRAPPERS or len(parent) != 1 \
                or (parent.text or "").strip() or (anchor.tail or "").strip():
            break
        anchor = parent
    if (anchor.tail or "").strip():
        return None
    sib = anchor.getnext()
    if sib is not None and sib.tag == "br" and sib.getnext() is None:
        return _line_after_break(sib, ctx)  # <p><img><br>Caption. Photo: Name</p>
    if sib is None or not isinstance(sib.tag, str) or sib.tag not in _CAPTION_TAGS \
            or next(sib.iterdescendants(*_NOT_IN_CAPTION), None) is not None:
        return None
    text = shown_text(sib)
    if not text or len(text) > SIBLING_CAPTION_MAX_CHARS:
        return None
    r = roles(sib)
    classed = bool(r) and _CAPTION_CLASS.search(r) is not None and len(text.split()) <= CLASSED_CAPTION_MAX_WORDS
    if not classed and not closes_on_credit(text, ctx.language):
        return None
    caption: str | None
    credit: str | None
    if classed and _CREDIT_ONLY_CLASS.search(r) and "caption" not in r.lower():
        # <p class="image-credit">Foto: Name</p>: the credit alone
        caption, credit = split_caption_and_credit(None, text, sib, ctx)
    else:
        caption, credit = split_caption_and_credit(text, None, sib, ctx)
    tail = sib.tail
    sib.clear()
    sib.tail = tail
    return caption, credit


def _line_after_break(br: lxml_html.HtmlElement, ctx: Ctx) -> tuple[str | None, str | None] | None:
    """The caption printed after a line break under the image, the last thing in its block,
    when a labelled credit closes it: the break's tail is taken."""
    text = " ".join((br.tail or "").split())
    if not text or len(text) > SIBLING_CAPTION_MAX_CHARS or not closes_on_credit(text, ctx.language):
        return None
    parent = br.getparent()
    caption, credit = split_caption_and_credit(text, None, parent if parent is not None else br, ctx)
    br.tail = None
    return caption, credit
