"""Time stamps written into a post's own text: a line that is nothing but a stamp, a clock
opening a heading (``<h3><span>14:32</span> Headline</h3>``), a bold clock opening a paragraph
(``<p><b>ore 14:25</b> - Text</p>``). Shapes only, no page's words; ``post_walk`` asks them.
"""
from __future__ import annotations

import regex
from lxml import html as lxml_html

from . import shapes, times
from .node_text import text_of

STAMP_SEP = regex.compile(r"^\s*[-–—:|·•]?\s*")


def bold_stamp_lead(p: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The bold clock a paragraph opens with when text follows it ("<b>ore 14:25</b> - Text"):
    the post's stamp written into its first paragraph. None otherwise."""
    if (p.text or "").strip() or not len(p) or p[0].tag not in ("b", "strong") or len(p[0]):
        return None
    rest = (p[0].tail or "").strip() or len(p) > 1
    mark = times.parse_time_line(shapes.clean(text_of(p[0])))
    return p[0] if rest and mark is not None and mark.has_clock and not mark.lead and not mark.tail else None


def leading_stamp(h: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The element a heading opens with when it shows nothing but a clock (a ``<time>`` or a
    ``<span>14:32</span>`` before the headline's words), else None."""
    if (h.text or "").strip():
        return None
    first = next((d for d in h.iterdescendants() if isinstance(d.tag, str) and shapes.clean(text_of(d))), None)
    if first is None or (first.text or "").strip() == "" and len(first):
        return None
    mark = times.parse_time_line(shapes.clean(text_of(first)))
    return first if mark is not None and mark.has_clock and not mark.lead and not mark.tail else None


def bare_stamp(text: str) -> bool:
    """A line that is nothing but a time stamp ("0.35 Uhr", "ore 23:58", "3 hours ago"): a bold
    or titled stamp is the post's time, never its headline."""
    if len(text) > 40:
        return False
    mark = times.parse_time_line(text)
    return mark is not None and (mark.has_clock or mark.relative) and not mark.tail and not mark.lead
