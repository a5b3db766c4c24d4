"""What may follow a phrase that opens a line: a lead-in's teaser, a stamp's date text.

A lead-in ("Read also:", "Lees ook") is a rule only when what follows it is a separator and a
teaser, or nothing; a stamp label ("Updated:") only when what follows is a short date text.
Never a phrase that runs on into a sentence.
"""
from __future__ import annotations

from .phrase_text import lower

LEAD_SEPARATORS = (":", "|", "»", "›", "→", "–", "—", " - ", "...", "…", ">")
# a several-word lead-in may name where the teaser is from before its colon ("Read more from Sky
# News:", "Lees ook op NOS:"): at most this many words, and the teaser must be a title
BRIDGE_MAX_WORDS = 4
TEASER_MAX_WORDS = 16
STAMP_TAIL_MAX = 80


def cased_rest(text: str, rest: str, several_words: bool) -> str | None:
    """``rest`` (a lower-cased tail of ``text``) as printed, for a lead-in of several words; None
    otherwise, or when lower-casing changed the length."""
    if not several_words or not rest or len(lower(text)) != len(text):
        return None
    return text[len(text) - len(rest):]


def lead_tail(rest: str, cased: str | None = None) -> str | None:
    """The teaser after a lead-in ('' when the lead-in is alone), or None when the phrase runs on
    into a sentence ("Lees ook de reactie ..."). ``bridged``: a lead-in of several words may be
    followed by a few words naming the source, then a colon and a title ("Read more from Sky
    News: What happens next", "Lees ook op NOS.nl: ..."): ``cased``, ``rest`` as printed, must
    then open with a lower-case word followed by names (capitalised, or a web address). Never
    a sentence ("Read more about it: the tax rises hit ..."), nor a topic ("Meer over de
    aanslag: ...", "Zum Thema Migration: ...", which may be a headline)."""
    s = rest.strip()
    if not s or s in (":", "...", "…", "»", "›", "→", ">"):
        return ""
    for sep in LEAD_SEPARATORS:
        if rest.startswith(sep) or s.startswith(sep.strip()):
            return s[len(sep.strip()):].strip()
    if cased is not None and cased[:1] == " ":
        bridge, colon, teaser = cased.strip().partition(":")
        words = bridge.split()
        teaser = teaser.strip()
        if colon and 2 <= len(words) <= BRIDGE_MAX_WORDS and words[0].islower() \
                and all(w[:1].isupper() or "." in w.strip(".") for w in words[1:]) \
                and not any(w[-1] in "!?,;" for w in words) \
                and (not teaser or (len(teaser.split()) <= TEASER_MAX_WORDS and teaser[-1] not in ".!;:,")):
            return teaser
    return None


def stamp_tail(rest: str, phrase_colon: bool = False) -> str | None:
    """The date text after a stamp label: short and holding a digit."""
    if not rest or (rest[0] not in " :" and not phrase_colon):
        return None
    tail = rest.lstrip(" :")
    if tail and len(tail) <= STAMP_TAIL_MAX and any(ch.isdigit() for ch in tail) and tail.count(" ") < 10:
        return tail
    return None
