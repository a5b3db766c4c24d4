"""Boilerplate found by repetition rather than by wording: the same short string in many posts
of one page ("Delen", "BEKIJK", "Share this post") is the template's, in any language."""
from __future__ import annotations

import math
from collections.abc import Iterable

RULE_NAME = "chrome.repeated-across-posts"
MAX_WORDS = 8
MAX_CHARS = 80


def repeated_across_posts(posts: Iterable[Iterable[str]], min_posts: int = 3, min_share: float = 0.25) -> set[str]:
    """Short strings found in at least ``min_posts`` posts and in ``min_share`` of all posts.

    ``posts`` holds each post's lines or block texts (cleaned, whitespace collapsed). Left out,
    since repeating there is legitimate: anything longer than `MAX_WORDS` words or ending like a
    sentence (quotes and refrains recur), anything with a digit (scores, times), person names
    (bylines recur), post labels ("Key event") and bare credit or caption prefixes ("Image:",
    which the media readers need). Callers remove what is returned under `RULE_NAME`."""
    from .. import shapes
    from .packs import media_prefixes
    from .phrases import norm

    per_post = [set(p) for p in posts]
    if len(per_post) < min_posts:
        return set()
    counts: dict[str, int] = {}
    for texts in per_post:
        for t in texts:
            if t and len(t) <= MAX_CHARS:
                counts[t] = counts.get(t, 0) + 1
    need = max(min_posts, math.ceil(min_share * len(per_post)))
    out = set()
    for t, n in counts.items():
        if n < need or any(ch.isdigit() for ch in t):
            continue
        w = t.split()
        if len(w) > MAX_WORDS or (len(w) >= 3 and t[-1] in ".!?\"'”’"):
            continue
        if shapes.is_name(t) or shapes.is_label(t) or norm(t) in media_prefixes():
            continue
        out.add(t)
    return out
