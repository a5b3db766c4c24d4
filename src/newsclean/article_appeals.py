"""Article body, before extraction: a button-led box among the story's blocks.

A members' or subscription prompt, a donation appeal, an app or newsletter call sits in the
story's column as a short box of a line or two and one or more buttons ("この記事は会員限定です。
... [会員登録する] [ログインして続きを読む]"). Its class names are the site's own (often hashed), but
its shape is not: links drawn as buttons (a ``<button>``, ``role="button"``, or a class token
``btn`` / ``button``) under a short container with no story paragraph. The highest such
container around a button leaves the tree, recorded as ``article.appeal``. A button inline in a
paragraph, heading, list item or quotation is the story's link and is left alone; so is a box
holding much of the page's paragraph text, the headline, or a player.
"""
from __future__ import annotations

from . import shapes
from .model import Removal
from .node_text import text_of

BOX_MAX_CHARS = 600        # a prompt box's text
BOX_PARAGRAPH_CHARS = 120  # no paragraph of the box is longer: longer is the story's
STORY_PARAGRAPH_CHARS = 80  # nor do two paragraphs of the box pass this
MAX_SHARE = 0.5            # of the page's paragraph text outside the box
_BOXES = frozenset(("div", "section", "aside", "form"))
_INLINE = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "dd", "figcaption"))
_STOP = frozenset(("body", "html", "main", "article"))
_PLAYERS = ("figure", "video", "iframe", "audio", "picture")


def _button(el) -> bool:
    """A link drawn as a button: a ``<button>``, ``role="button"``, or a class token (split at
    hyphens too) ``btn`` or ``button``."""
    get = el.get
    cls = get("class")
    if el.tag == "button" or (not cls and get("role") == "button"):
        return True
    if not cls:
        return False
    if "btn" not in cls and "utton" not in cls:
        return get("role") == "button"
    return any(part in ("btn", "button") for tok in cls.lower().split() for part in tok.replace("_", "-").split("-"))


def _short_len(el, limit: int) -> int:
    """The element's text length (whitespace aside), or ``limit + 1`` once it passes ``limit``.
    (Its text from the serializer, in C: walking it in Python makes an object per element.)"""
    t = text_of(el)
    if len(t) > 8 * limit:  # (mostly whitespace or not, a text this long is no short prompt)
        return limit + 1
    return min(limit + 1, len("".join(t.split())))


def _holds_story(el) -> bool:
    """Story paragraphs in it (one long, or two of a sentence's length): the box stops below."""
    n = 0
    for p in el.iter("p"):
        size = len(shapes.clean(text_of(p)))
        if size > BOX_PARAGRAPH_CHARS:
            return True
        n += size > STORY_PARAGRAPH_CHARS
        if n >= 2:
            return True
    return False


def drop_button_boxes(body, headline, removed: list[Removal]) -> None:
    """Drop the button-led prompt boxes below ``body`` (see the module docstring)."""
    boxes = []
    seen: set[int] = set()
    big: set[int] = set()  # ancestors found too big or holding the story (kept alive in ``keep``)
    keep = []
    for b in body.iter("a", "button"):  # (one walk in C; an XPath union of the two walks twice)
        cls = b.get("class") or ""  # (most links: no class naming a button, no role; not looked at further)
        if "btn" not in cls and "utton" not in cls and b.tag == "a" and b.get("role") != "button":
            continue
        if not _button(b):
            continue
        box = None
        node = b.getparent()
        while node is not None and node.tag not in _STOP:
            if node.tag in _INLINE:
                box = None
                break
            if id(node) in seen:  # (inside a box found already)
                box = None
                break
            if id(node) in big:
                break
            if _short_len(node, BOX_MAX_CHARS) > BOX_MAX_CHARS or _holds_story(node):
                big.add(id(node))
                keep.append(node)
                break
            if node.tag in _BOXES:
                box = node
            node = node.getparent()
        if box is not None and id(box) not in seen:
            seen.add(id(box))
            boxes.append(box)
    if not boxes:
        return
    paragraphs = 0
    for p in body.iter("p"):  # (past a few boxes' worth every box passes the share test: no more read)
        paragraphs += len("".join(text_of(p).split()))
        if paragraphs > 4 * BOX_MAX_CHARS:
            break
    for box in boxes:
        if box.getparent() is None or any(a in boxes for a in box.iterancestors()):
            continue
        if headline is not None and (box is headline or box in headline.iterancestors()):
            continue
        if next(box.iter(*_PLAYERS), None) is not None:
            continue
        inside = sum(len("".join(text_of(p).split())) for p in box.iter("p"))
        if _short_len(box, BOX_MAX_CHARS) > MAX_SHARE * (paragraphs - inside):
            continue
        text = shapes.clean(text_of(box))
        if text:
            removed.append(Removal("article.appeal", text))
        box.drop_tree()
