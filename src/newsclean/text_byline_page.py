"""Text front, after the posts are built: bylines read across the page's posts. The words a
page names its outlet with (`page_outlets`, `page_brands`), roles read as the page prints them
(`page_role_case`), and an outlet or a place closing every author's name (`drop_shared_outlet`,
`drop_shared_place`)."""
from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable

import regex

from . import shapes
from .meta_places import is_place
from .meta_words import PLACE_PREPOSITIONS
from .model import Byline, Post
from .text_lines import Line
from .writing_systems import caseless

BRAND_WORDS = 3  # a brand's line above the posts: a word or a few ("Yle Uutiset", "NRK")


def page_outlets(lines: list[Line], head_end: int) -> frozenset[str]:
    """The words a page names its outlet with: the capitalised words of the short lines above
    its first post (the brand: "Yle Uutiset", "NRK"; a menu's words come too, and do no harm:
    only a name's tail is looked up) and the parts of its picture credits ("Name / Yle")."""
    out: set[str] = set()
    for ln in lines[:head_end]:
        words = ln.text.split()
        if len(words) <= BRAND_WORDS:
            out.update(w.casefold() for w in words if w[:1].isupper())
    for ln in lines:
        credit = ln.media.credit if ln.media is not None else None
        if credit:
            out.update(p.strip().casefold() for p in regex.split(r"[/,|]", credit) if p.strip())
    return frozenset(out)  # (case-folded)


def page_brands(lines: list[Line], head_end: int) -> frozenset[str]:
    """The site's name as its header prints it on a line of its own above the first post ("Al
    Jazeera", "Digi24"): short kept lines of one to three capitalised words that are no list item
    (a menu's), no label chip ("LIVE") and hold no figure's text; case-folded."""
    out: set[str] = set()
    for ln in lines[:head_end]:
        t = ln.text
        words = t.split()
        if ln.removed or not 1 <= len(words) <= BRAND_WORDS or shapes.is_list_item(t) or shapes.is_label(t) \
                or not all(w[:1].isupper() or caseless(w[:1]) for w in words) or ln.media_kind or ln.mark is not None:
            continue
        out.add(t.casefold())
    return frozenset(out)


def page_role_case(posts: list[Post]) -> list[Post]:
    """The posts with each ambiguous "Name Word lower-case role" byline read as the page prints
    its roles. "Katie DeRosa Provincial affairs reporter" splits as a three-word name and a
    lower-case role ("Anna Sofie Schmidt politisk reporter") or as a two-word name and a role
    in sentence case; a page that prints its other roles with a capital ("Name Surname
    Reporter") and none in lower case after a two-word name writes roles in sentence case, so
    the name's last capitalised word opens the role. Without such evidence nothing moves."""
    bylines = [b for p in posts for b in p.bylines if b.role]
    capital = any(b.role[:1].isupper() and len(b.name.split()) >= 2 for b in bylines if b.role)
    lower = any(b.role[:1].islower() and len(b.name.split()) == 2 for b in bylines if b.role)
    if not capital or lower:
        return posts
    out = []
    for p in posts:
        kept = tuple(_sentence_case(b) for b in p.bylines)
        out.append(p if kept == p.bylines else dataclasses.replace(p, bylines=kept))
    return out


def _sentence_case(b: Byline) -> Byline:
    """``b`` with its name's last word moved to a lower-case role that opens with no job word
    ("Katie DeRosa Provincial" / "affairs reporter" -> "Katie DeRosa" / "Provincial affairs
    reporter"), when two or more name words are left; else ``b``."""
    words = b.name.split()
    role = b.role or ""
    if len(words) < 3 or not role[:1].islower() or shapes.is_role_word(role.split()[0]) \
            or not words[-1][:1].isupper() or not shapes.is_name(" ".join(words[:-1])):
        return b
    return Byline(" ".join(words[:-1]), f"{words[-1]} {role}")


def drop_shared_outlet(posts: list[Post], remove: Callable[[str, str], None]) -> list[Post]:
    """The posts without the outlet's name that closes each of their authors' names ("By Paul
    Steinhauser Fox News", "By Danielle Wallace Fox News"): the same last words (two or three
    capitalised words, or one in capitals: "CNN") after two different names or more, each of
    them a name without those words. Two people of one surname are no outlet: one name word
    would be left ("Anna Smith", "John Smith"). (First the roles are read as the page prints
    them: `page_role_case`.)"""
    posts = page_role_case(posts)  # (the roles first: "Name Word affairs reporter")
    names = {b.name for p in posts for b in p.bylines}
    if len(names) < 2:
        return posts
    outlet = _shared_tail(names)
    if outlet is None:
        return posts
    return _without_name_tail(posts, outlet, "post.byline-furniture", remove)


def _without_name_tail(posts: list[Post], tail: str, rule: str, remove: Callable[[str, str], None]) -> list[Post]:
    """The posts with ``tail`` taken off the end of every author's name that closes with it,
    recorded under ``rule`` (once a post that had one)."""
    out = []
    for p in posts:
        kept = tuple(Byline(b.name[: -len(tail)].rstrip(), b.role) if b.name.endswith(" " + tail) else b
                     for b in p.bylines)
        if kept != p.bylines:
            remove(rule, tail)
            p = dataclasses.replace(p, bylines=kept)
        out.append(p)
    return out


def _shared_tail(names: set[str]) -> str | None:
    for n in (3, 2, 1):
        tails = Counter(" ".join(name.split()[-n:]) for name in names if len(name.split()) >= n + 2)
        for tail, count in tails.most_common():
            if count < 2:
                break
            if not all(w[:1].isupper() for w in tail.split()) or (n == 1 and not (tail.isupper() and len(tail) >= 2)):
                continue
            if all(shapes.is_name(name[: -len(tail)].rstrip()) for name in names if name.endswith(" " + tail)):
                return tail
    return None


def drop_shared_place(posts: list[Post], remove: Callable[[str, str], None]) -> list[Post]:
    """The posts without the place that closes each of their authors' names ("Cristina Vázquez
    Valencia", "Ferran Bono Valencia": where the post was written): the same capitalised last
    word after two different names or more, each a name of two words or more without it, where
    the word names a place (a CLDR city or country, or a word the posts' text prints after a
    place preposition of some language: "en Valencia", "aus Köln"). Two people of one surname
    are no place: one name word would be left ("Ana Lima", "Pedro Lima"). The place is recorded
    as removed."""
    names = {b.name for p in posts for b in p.bylines}
    if len(names) < 2:
        return posts
    tails = Counter(name.rsplit(" ", 1)[1] for name in names if len(name.split()) >= 3)
    place = next((t for t, c in tails.most_common() if c >= 2 and t[:1].isupper() and t.isalpha()
                  and all(shapes.is_name(n[: -len(t)].rstrip()) for n in names if n.endswith(" " + t))
                  and _names_place(t, posts)), None)
    if place is None:
        return posts
    return _without_name_tail(posts, place, "post.byline-place", remove)


def _names_place(word: str, posts: list[Post]) -> bool:
    """Whether ``word`` is a place: a CLDR city or country, or printed after a place preposition
    in the posts' text ("… en Valencia")."""
    if is_place(word):
        return True
    found = regex.compile(rf"(?<!\S)(?P<prep>\p{{Ll}}{{1,6}})\s{regex.escape(word)}\b")
    return any(m["prep"] in _place_prepositions() for p in posts for m in found.finditer(p.text))


@functools.cache
def _place_prepositions() -> frozenset[str]:
    return frozenset(w for ws in PLACE_PREPOSITIONS.values() for w in ws if " " not in w)
