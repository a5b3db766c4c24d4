"""Cleaning across the posts of one page: what repeats in many posts is the template's.

A short line that recurs in many posts of one page ("Share", "Delen", a photo-credit stub)
is furniture whatever its language: repetition is the signal, not the word. Each removal is
recorded with its rule name.
"""
from __future__ import annotations

import collections
import dataclasses

import regex

from .html_roles import Ctx, link_text_share, points_elsewhere
from .model import Post
from .node_text import text_of
from .shapes import ends_sentence

REPEAT_MAX_WORDS = 6
REPEAT_MAX_CHARS = 48
REPEAT_MIN_POSTS = 3
REPEAT_MIN_SHARE = 0.5


def drop_repeated_lines(posts: list[Post], ctx: Ctx) -> list[Post]:
    """Posts without the short paragraphs that recur in at least half of them (and in three or
    more). A post left with nothing at all is dropped. Copies of a whole post (a pinned copy
    above the feed), copyright notices closing a post and a "by" word opening every byline go
    first."""
    posts = drop_copies(posts, ctx)
    posts = [_without_closing_notice(p, ctx) for p in posts]
    posts = drop_byline_prefix(posts, ctx)
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
    if el.tag != "p" or len(links) != 1:
        return False
    shown = text_of(el)  # (read once: this runs for every paragraph holding one such link)
    if len(shown) > 300:
        return False
    link = links[0]
    full, linked = shown.rstrip(" \u00a0."), text_of(link).strip()
    if not linked or not full.endswith(linked):
        return False  # the link does not end the line
    before = full[: len(full) - len(linked)].strip(" \u00a0")
    return before.endswith(":") and len(linked.split()) >= 3 and link_text_share(el) >= 0.25


COPY_MIN_WORDS = 8


def _post_key(p: Post) -> tuple[str, str] | None:
    """What makes two posts the same update: headline and body (None when too short to tell)."""
    words = " ".join(b.text for b in p.blocks).split()
    if len(words) < COPY_MIN_WORDS:
        return None
    return (p.headline or "").casefold(), " ".join(words).casefold()


def drop_copies(posts: list[Post], ctx: Ctx) -> list[Post]:
    """A post shown twice with the same headline and body is one update: a pinned copy above the
    feed, marked by a label ("Pinned", "Vastgepind", "Destacado") that the copy in the feed lacks.
    The labelled copies go; the unlabelled one keeps its place. Unmarked repeats are left alone
    (pages do repeat an update in full)."""
    posts = _drop_top_copy(posts, ctx)
    keys = [_post_key(p) for p in posts]
    count = collections.Counter(k for k in keys if k is not None)
    if not count or max(count.values()) < 2:
        return posts
    drop: set[int] = set()
    for key, n in count.items():
        if n < 2:
            continue
        at = [i for i, k in enumerate(keys) if k == key]
        labelled = [i for i in at if posts[i].label]
        if labelled and len(labelled) == len(at):
            # every copy has a label ("Pinned" above, "Important" in place): the pinned one goes
            pinned = [i for i in at if posts[i].label in ctx.pinned_labels or _top_out_of_order(posts, i)]
            if 0 < len(pinned) < len(at):
                drop.update(pinned)
            continue
        if not labelled:
            continue  # a page may repeat an update in full (a recap): only a marked copy is one
        drop.update(labelled)
    out = []
    for i, p in enumerate(posts):
        if i in drop:
            ctx.remove("post.repeated-copy", " ".join(x for x in (p.label, p.headline) if x) or p.text[:200])
            continue
        out.append(p)
    return out


def _drop_top_copy(posts: list[Post], ctx: Ctx) -> list[Post]:
    """The first post of a feed that repeats a later one, headline and body, with short lines of
    its own before the body (a "Pinned" marker in a language no pack knows, a badge): a copy
    pinned to the top. Told by the duplicated text and the position, not the marker's words."""
    if len(posts) < 3 or not posts[0].blocks:
        return posts
    top = posts[0]
    texts = [" ".join(b.text.split()).casefold() for b in top.blocks]
    for twin in posts[1:]:
        n = len(twin.blocks)
        if not n or n >= len(texts) or (twin.headline or "").casefold() != (top.headline or "").casefold():
            continue
        if top.published and twin.published and top.published != twin.published:
            continue
        if [" ".join(b.text.split()).casefold() for b in twin.blocks] != texts[-n:] \
                or len(" ".join(texts[-n:]).split()) < COPY_MIN_WORDS:
            continue
        extra = top.blocks[: len(texts) - n]
        if all(b.type == "paragraph" and len(b.text.split()) <= REPEAT_MAX_WORDS and not ends_sentence(b.text)
               for b in extra):
            ctx.remove("post.repeated-copy", " ".join([b.text for b in extra] + [top.headline or ""]).strip())
            return posts[1:]
    return posts


def _top_out_of_order(posts: list[Post], i: int) -> bool:
    """The first post of a feed whose clock breaks the order of the posts below it (an older
    update above the newest, or a newer one above the oldest): a copy pinned to the top."""
    if i != 0 or len(posts) < 4:
        return False
    stamps = [(p.published or "")[:16] for p in posts[:4]]
    if not stamps[0] or len({len(t) for t in stamps}) != 1:
        return False  # (ISO values of one shape compare as text: dated with dated, clock with clock)
    first, rest = stamps[0], stamps[1:]
    if rest == sorted(rest, reverse=True):
        return first < rest[0]
    if rest == sorted(rest):
        return first > rest[0]
    return False


# "© 2024 Agency", "RIPRODUZIONE RISERVATA © Copyright ANSA", "(c) Reuters 2024"
_NOTICE = regex.compile(r"©|\(c\)\s|\bcopyright\b", regex.I)
NOTICE_MAX_WORDS = 10


def _without_closing_notice(p: Post, ctx: Ctx) -> Post:
    """A post whose last paragraph is a short copyright notice (a "©" line, no sentence):
    the notice is the template's, not the update's."""
    if len(p.blocks) < 2:
        return p
    last = p.blocks[-1]
    t = last.text
    if last.type != "paragraph" or len(t.split()) > NOTICE_MAX_WORDS or not _NOTICE.search(t) \
            or (ends_sentence(t) and not t.endswith(".")) or t.count(". ") > 0:
        return p
    ctx.remove("post.copyright-notice", t)
    return dataclasses.replace(p, blocks=p.blocks[:-1])


BYLINE_PREFIX_MAX_CHARS = 4
BYLINE_PREFIX_MIN = 3


def drop_byline_prefix(posts: list[Post], ctx: Ctx) -> list[Post]:
    """A short word that opens every byline of the page ("Av Anna Lindqvist", "Av Maja Berg": a
    language's "by" that no phrase pack knows) is the template's, not part of the names: three
    bylines or more, each of three words or more, all opening with it, naming two people or more,
    and the word written in lower case in the posts' text (a function word, not a first name)."""
    names = [b.name for p in posts for b in p.bylines]
    if len(names) < BYLINE_PREFIX_MIN or any(len(n.split()) < 3 for n in names):
        return posts
    first = {n.split()[0] for n in names}
    if len(first) != 1:
        return posts
    word = first.pop()
    if len(word.rstrip(":")) > BYLINE_PREFIX_MAX_CHARS or len({n.split(None, 1)[1] for n in names}) < 2:
        return posts
    low = word.rstrip(":").lower()
    if low == word or not any(low in b.text.split() for p in posts for b in p.blocks):
        return posts  # a function word shows up in lower case in the text ("av"); a first name does not
    ctx.remove("post.byline-prefix", word)
    return [dataclasses.replace(p, bylines=tuple(dataclasses.replace(b, name=b.name.split(None, 1)[1]) for b in p.bylines))
            if p.bylines else p for p in posts]
