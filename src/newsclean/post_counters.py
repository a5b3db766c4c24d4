"""View, share and like counters among a page's posts: "Переглядів: 1 204", "👁 987",
"Aufrufe 523", "1,2K views", "조회수 3,311".

A counter is told by its shape and by the template repeating it, not by its words (any language
prints one): a short paragraph that is a number, grouped or abbreviated, with at most a short
label (one or two words, before it with an optional colon or after it) and an icon, standing at
the edge of a post (its first or last paragraph: the template's meta row or footer), with the
same label (or none) in three posts or more and at least half of them. Its numbers differ from
post to post, so the repeated-line rule (`post_clean`) does not see it. A figure written into
one post's text ("Turnout: 38.9%", a list of losses) does not repeat at every post's edge.
Each removal is recorded.
"""
from __future__ import annotations

import collections
import dataclasses
from collections.abc import Callable

import regex

from .model import Block, Post

COUNTER_RULE = "post.counter"
MIN_POSTS = 3
MIN_SHARE = 0.5
MAX_CHARS = 40

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+|\d{1,7}(?:[.,]\d{1,2})?\s?[KkMm万千]?"
_LABEL = r"\p{L}[\p{L}'’.-]{0,20}(?:\s\p{L}[\p{L}'’.-]{0,20})?"
# an icon or a dot ("👁", "•"): no unit, currency, sign or dash (a figure's, not a counter's)
_ICON = r"[^\p{L}\p{N}\s%‰°$€£¥₴₽+\-−–—/:]{0,3}\s?"
_COUNTER = regex.compile(
    rf"^{_ICON}(?:(?P<before>{_LABEL})\s?[:：]?\s?)?(?P<number>{_NUMBER})(?:\s(?P<after>{_LABEL}))?\s?{_ICON}$")


def counter_label(text: str) -> str | None:
    """The label of a line shaped like a counter, case-folded ("" for a number alone, with or
    without an icon), or None: "Переглядів: 12 480" -> "переглядів", "👁 987" -> "",
    "1,2K views" -> "views". A number with a label on both sides, or a longer line, is none."""
    if len(text) > 3 * MAX_CHARS:  # (blocks hold cleaned text: a long one stays long when its spaces are joined)
        return None
    t = " ".join(text.split())
    if not t or len(t) > MAX_CHARS or not any(c.isdigit() for c in t):
        return None
    m = _COUNTER.match(t)
    if m is None or (m["before"] and m["after"]):
        return None
    return (m["before"] or m["after"] or "").casefold().rstrip(".")


def _edge_labels(p: Post) -> dict[int, str]:
    """The counter labels of a post's first and last paragraph blocks, by block index."""
    paragraphs = [i for i, b in enumerate(p.blocks) if b.type == "paragraph"]
    out = {}
    for i in {paragraphs[0], paragraphs[-1]} if paragraphs else ():
        label = counter_label(p.blocks[i].text)
        if label is not None:
            out[i] = label
    return out


def drop_counters(posts: list[Post], remove: Callable[[str, str], None]) -> list[Post]:
    """The posts without the counters at their edges that the page repeats (same label, or
    none, in ``MIN_POSTS`` posts or more and ``MIN_SHARE`` of them); each removal is passed to
    ``remove(rule, text)``. A post left with nothing (no text, headline or media) is dropped."""
    if len(posts) < MIN_POSTS:
        return posts
    edges = [_edge_labels(p) for p in posts]
    seen: collections.Counter[str] = collections.Counter()
    for found in edges:
        seen.update(set(found.values()))
    floor = max(MIN_POSTS, MIN_SHARE * len(posts))
    repeated = {label for label, n in seen.items() if n >= floor}
    if not repeated:
        return posts
    out = []
    for p, found in zip(posts, edges):
        drop = {i for i, label in found.items() if label in repeated}
        if not drop:
            out.append(p)
            continue
        for i in sorted(drop):
            remove(COUNTER_RULE, p.blocks[i].text)
        keep: tuple[Block, ...] = tuple(b for i, b in enumerate(p.blocks) if i not in drop)
        if keep or p.headline or p.media:
            out.append(dataclasses.replace(p, blocks=keep))
    return out
