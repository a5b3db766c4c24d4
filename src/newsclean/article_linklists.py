"""Boxes of stamped links inside a story: a short head over a list whose every item is a link and
a stamp (a date or a clock in an element of its own, before or after the link), with at most a
short "more" line under it. Such a list points at other pages (related stories closed by their
dates, "Темур Раҳимов: «…» 02.08.2024"; the latest entries of a live page, each a clock and a
link to it) and is no part of the story: the box leaves the tree before the extractor runs, its
text recorded as ``article.related``. Shape only, in any language: no words are read but dates
and clocks (`article_asides.stamp_kind`, CLDR month names)."""
from __future__ import annotations

import regex

from . import shapes
from .article_asides import drop_side_boxes, stamp_kind
from .model import Removal
from .node_text import text_of

MIN_ITEMS = 2
HEAD_MAX_WORDS = 12
TAIL_MAX_WORDS = 6
LINK_MIN_SHARE = 0.8  # of an item's text beside its stamp: the link must hold it
MAX_SHARE = 0.5  # of the story's paragraph text outside the box: a box holding more is the story
_BOXES = ("div", "section", "aside", "nav")
# an item's machine date: an attribute named for a date or a time ("data-date", "data-publish-date",
# "data-timestamp") holding an ISO date ("2026-02-19", "2026-02-19T09:15:00+01:00") or epoch digits
_DATE_ATTR = regex.compile(r"^data-(?:[\w-]*[-_])?(?:date|time|timestamp|published)$", regex.I)
_MACHINE_DATE = regex.compile(r"^\s*(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{10}|\d{13})\s*$")
TITLE_MAX_WORDS = 25  # a listed story's title


def drop_stamped_link_boxes(tree, headline, removed: list[Removal], lang: str | None = None) -> None:
    """Drop every box of stamped links (see the module docstring). A list of dates or clocks
    without links (a timeline, a Q&A led by clocks), a single dated link in a paragraph, and a
    list with no head of its own among the story's paragraphs all stay."""
    found = []
    for lst in tree.iter("ul", "ol"):
        box = lst.getparent()
        if box is None or box.tag not in _BOXES or not _head_list_tail(box, lst):
            continue
        items = [li for li in lst if isinstance(li.tag, str)]
        if len(items) >= MIN_ITEMS and all(li.tag == "li" and _stamped_link(li, lang) for li in items):
            found.append(box)
        elif len(items) >= MIN_ITEMS and all(li.tag == "li" and _dated_title(li) for li in items):
            found.append(box)  # "<li data-date=2026-02-19>Title</li>": stories listed by their dates
    drop_side_boxes(tree, found, headline, removed, "article.related", MAX_SHARE)


def _head_list_tail(box, lst) -> bool:
    """The box holds a short head (a heading or a line of its own, no link), then the list, then
    at most one short line (a "see all" link), and no loose text."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if lst not in kids or (box.text or "").strip() or any((k.tail or "").strip() for k in kids):
        return False
    at = kids.index(lst)
    if at != 1 or len(kids) > 3:
        return False
    head = kids[0]
    words = len(shapes.clean(text_of(head)).split())
    if not 0 < words <= HEAD_MAX_WORDS or head.tag in ("ul", "ol", "p") or next(head.iter("a", "ul", "ol"), None) is not None:
        return False
    return len(kids) == 2 or (kids[2].tag not in ("ul", "ol")
                              and len(shapes.clean(text_of(kids[2])).split()) <= TAIL_MAX_WORDS)


def _stamped_link(li, lang: str | None) -> bool:
    """An item of one link and one stamp: the stamp is the item's first or last element, short,
    a date or a clock, and the link holds the rest of the item's text."""
    kids = [k for k in li if isinstance(k.tag, str)]
    links = list(li.iter("a"))
    if len(kids) != 2 or len(links) != 1 or links[0] not in kids:
        return False
    stamp_el = kids[1] if kids[0] is links[0] else kids[0]
    stamp = shapes.clean(text_of(stamp_el))
    if not stamp or next(stamp_el.iter("a"), None) is not None or stamp_kind(stamp, lang) is None:
        return False
    link = shapes.clean(text_of(links[0]))
    rest = shapes.clean(text_of(li)).replace(stamp, "", 1).strip()
    return bool(link) and len(link) >= LINK_MIN_SHARE * len(rest)


def _dated_title(li) -> bool:
    """An item that is one story's title and carries that story's date in an attribute of its
    own ("<li data-date=2026-02-19>Title</li>", a "most read" list of items whose links the
    template sets by script): a line of its own, no blocks inside, a title's length. A list
    item of the story carries no machine date of its own."""
    if not any(_DATE_ATTR.match(k) and _MACHINE_DATE.match(v or "") for k, v in li.items()):
        return False
    if any(isinstance(k.tag, str) and k.tag in ("p", "div", "ul", "ol", "table", "figure") for k in li.iter()):
        return False
    text = shapes.clean(text_of(li))
    return bool(text) and len(text.split()) <= TITLE_MAX_WORDS
