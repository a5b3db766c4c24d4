"""Phrase text: how phrases and the lines they are looked up in are normalised and cut.

Phrases (``rules/<lang>.py``) are stored through `norm`; lines are looked up through `lower` and
`fold`, which keep every character's offset so a match can be cut out of the line as printed.
Phrases are filed under their `first_word`; `after_phrase` is what follows a phrase that opens a
line on a word boundary.
"""
from __future__ import annotations

import re

# the decoration around a line or a phrase: bullets, arrows, dashes, a trailing colon or ellipsis
DECOR = " \t+*•·›»>▶►▸→↗|-–—:.…!"

# Scripts whose colon or full stop is a character of their own, read as the ASCII one (same
# length): Armenian "՝" (after a lead: "Կարդացեք նաև՝ ...") and "։", Khmer "៖" and "។", Ethiopic
# "፡" "፥" "፦" and "።", Myanmar "။". A phrase's separators, decoration and colon are then these too.
_SCRIPT_PUNCT = {ord(c): ":" for c in "՝៖፡፥፦"} | {ord(c): "." for c in "։។።။"}
_HAS_SCRIPT_PUNCT = re.compile("[" + "".join(map(chr, _SCRIPT_PUNCT)) + "]")


def lower(text: str) -> str:
    """``text.lower()`` of the same length: a Turkish capital "İ" becomes "i" ("İLGİLİ HABER" ->
    "ilgili haber"), where ``lower`` gives "i" and a combining dot, which no phrase holds and which
    shifts every offset after it. (No other character lower-cases to two.) A script's own colon
    or full stop becomes the ASCII one (``_SCRIPT_PUNCT``)."""
    low = text.replace("İ", "I").lower() if "İ" in text else text.lower()
    if not low.isascii() and _HAS_SCRIPT_PUNCT.search(low) is not None:
        low = low.translate(_SCRIPT_PUNCT)
    return low


def norm(text: str) -> str:
    """Lower case, typographic apostrophes straightened, decoration around the text dropped.
    (``lower``, not ``casefold``: lines are looked up lower-cased, and case folding would turn
    a Greek final "ς" into "σ", "ß" into "ss".)"""
    return " ".join(lower(text).replace("’", "'").strip(DECOR).split())


_FIRST_WORD = re.compile(r"[^\s:.…|»›,!?()。、！？：（）]*")  # (the full-width marks of CJK text stop a word too)


def fold(text: str) -> str:
    """`lower`, with typographic apostrophes straightened (same length)."""
    low = lower(text)
    return low.replace("’", "'") if "’" in low else low


def first_word(text: str) -> str:
    """The text up to its first space or punctuation: the key phrases are filed under."""
    word = text.split(" ", 1)[0]
    if word.isalnum():  # (letters and digits only: no punctuation to stop at, as most lines start)
        return word
    return _FIRST_WORD.match(text).group(0)  # type: ignore[union-attr]  # (matches, maybe empty)


def after_phrase(body: str, phrase: str) -> str | None:
    """What follows ``phrase`` at the start of ``body``, if it ends there on a word boundary."""
    if not body.startswith(phrase):
        return None
    rest = body[len(phrase):]
    if rest and phrase[-1:].isalnum() and (rest[0].isalnum() or rest[0] in "-'"):
        return None
    return rest

