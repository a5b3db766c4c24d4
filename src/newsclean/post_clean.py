"""Cleaning across the posts of one page: what repeats in many posts is the template's.

A short line that recurs in many posts of one page ("Share", "Delen", a photo-credit stub)
is furniture whatever its language: repetition is the signal, not the word. Each removal is
recorded with its rule name.
"""
from __future__ import annotations

import collections
import dataclasses

from .html_roles import Ctx
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
