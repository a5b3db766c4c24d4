"""Cleaning across the posts of one page: what repeats in many posts is the template's.

A short line that recurs in many posts of one page ("Share", "Delen", a photo-credit stub)
is furniture whatever its language: repetition is the signal, not the word. Each removal is
recorded with its rule name.
"""
from __future__ import annotations

import collections
import dataclasses

from .html_roles import Ctx, link_text_share, points_elsewhere
from .model import Post

REPEAT_MAX_WORDS = 6
REPEAT_MAX_CHARS = 48
REPEAT_MIN_POSTS = 3
REPEAT_MIN_SHARE = 0.5


def drop_repeated_lines(posts: list[Post], ctx: Ctx) -> list[Post]:
    """Posts without the short paragraphs that recur in at least half of them (and in three or
    more). A post left with nothing at all is dropped."""
    if len(posts) < REPEAT_MIN_POSTS:
        return posts
    seen: collections.Counter[str] = collections.Counter()
    for p in posts:
        seen.update({b.text for b in p.blocks
                     if b.type == "paragraph" and len(b.text) <= REPEAT_MAX_CHARS and len(b.text.split()) <= REPEAT_MAX_WORDS})
    floor = max(REPEAT_MIN_POSTS, REPEAT_MIN_SHARE * len(posts))
    repeated = {t for t, n in seen.items() if n >= floor}
    if not repeated:
        return posts
    out = []
    for p in posts:
        keep = tuple(b for b in p.blocks if not (b.type == "paragraph" and b.text in repeated))
        if len(keep) == len(p.blocks):
            out.append(p)
            continue
        for b in p.blocks:
            if b.type == "paragraph" and b.text in repeated:
                ctx.remove("html.repeated-across-posts", b.text)
        if keep or p.headline or p.media:
            out.append(dataclasses.replace(p, blocks=keep))
    return out


def lead_in_link(el) -> bool:
    """A one-line paragraph that leads in (":") to one link elsewhere ending it, and that link
    a good share of the line: "Read our earlier coverage here: <a>Headline</a>". At a post's
    start or end it is a promo (`post_walk` decides by position)."""
    links = [a for a in el.iter("a") if points_elsewhere(a.get("href"))]
    if el.tag != "p" or len(links) != 1 or len(el.text_content()) > 300:
        return False
    link = links[0]
    full, linked = el.text_content().rstrip(" \u00a0."), link.text_content().strip()
    if not linked or not full.endswith(linked):
        return False  # the link does not end the line
    before = full[: len(full) - len(linked)].strip(" \u00a0")
    return before.endswith(":") and len(linked.split()) >= 3 and link_text_share(el) >= 0.25
