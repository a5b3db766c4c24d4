"""Author elements named in the news languages' own class words.

Templates name their parts in the language their desk writes: "perc-szerzo" (Hungarian, the
author), "item__penulis" (Indonesian), "dong__tacgia" (Vietnamese "tác giả"), "feed-skribent"
(Swedish). The words come from the phrase packs, never from a page: the nouns a pack writes
before a name with a colon ("szerző:", "penulis:", "tác giả:": a byline's label names the
author) and the packs' job words ("skribent", "toimittaja"), each as publishers spell it in
a class name (ASCII, accents dropped, spaces closed up). A class token must be one of them
whole ("szerzo" in "idx-perc-szerzo"; not a word inside another). English job words are left
out (English classes are read by `html_roles.AUTHOR_CLASS`, and "editor", "anchor", "host"
name other things in English templates), and so are photographers' (a picture's credit).
"""
from __future__ import annotations

import functools
import unicodedata

import regex

# class names are written in ASCII: "idx-perc-szerzo", "abFeedItem-skribent"
_CLASS_TOKEN = regex.compile(r"[a-z]+|[A-Z][a-z]+")
_MIN_WORD = 5  # shorter words ("navn", "tac") are too often parts of other names
_PHOTO = ("foto", "photo", "fotó")
# words of the packs that name the text, a story's genre or a desk in class names ("tekst",
# "reportage", "redaccion"), or another part of an English-built template ("editor",
# "moderator"): never an author element by themselves
_NOT_AUTHOR = frozenset(("editor", "moderator", "reportage", "tekst", "teksti", "teksts", "testua",
                         "redaccion", "redaccio", "tuottaja"))


def _slug(text: str) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(folded.replace("ł", "l").replace("đ", "d").replace("Đ", "D").split()).casefold()


@functools.cache
def author_class_words() -> frozenset[str]:
    """The packs' author nouns and job words as class tokens (see the module's text)."""
    from .rules.packs import packs

    all_packs = packs()
    english = {w.casefold() for w in all_packs["en"].roles} if "en" in all_packs else set()
    words: set[str] = set()
    for code, pack in all_packs.items():
        if code == "en":
            continue
        words.update(_slug(w.rstrip(" :")) for w in pack.byline if w.rstrip().endswith(":"))
        words.update(_slug(w) for w in pack.roles
                     if w.casefold() not in english and not any(p in w.casefold() for p in _PHOTO))
    return frozenset(w for w in words if len(w) >= _MIN_WORD and w.isascii() and w.isalpha()
                     and w not in _NOT_AUTHOR and not any(p in w for p in _PHOTO))


@functools.lru_cache(maxsize=4096)
def class_names_author(class_names: str) -> bool:
    """A class attribute with a token that is an author word of some pack's language."""
    words = author_class_words()
    return any(tok.casefold() in words for tok in _CLASS_TOKEN.findall(class_names[:300]))
