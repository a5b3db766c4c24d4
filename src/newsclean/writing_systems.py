"""Writing systems: what stamp and shape readers need to know of scripts other than Latin.

Digits of every script, read as ASCII digits for stamp reading.

A clock or a date may be printed in any script's digits: Eastern Arabic "١٤:٣٠", Persian
"۱۴:۳۰", Devanagari "१४:३०", full-width "１４：３０". The stamp patterns are written for ASCII
digits (their ranges, "[01]?\\d|2[0-3]", name ASCII characters), so a stamp reader first maps every
decimal digit Unicode knows (``unicodedata.decimal``) to its ASCII digit, character for
character: positions stay where they were, so a span found in the mapped text is a span of the
printed one, and the text kept in the output is the printed one.

Letters without case: Arabic, Hebrew, Korean, Chinese, Japanese and Thai have no upper case,
so "has letters" is not "lower() != upper()", and a shape check that wants a capital first
letter must judge a caseless word by other evidence (``caseless``).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

# full-width punctuation a full-width stamp is written with ("１４：３０", "２０２４／０１／１３")
_FULL_WIDTH = {ord(c): ord(c) - 0xFEE0 for c in "：．／－"}


class _Table(dict):  # type: ignore[type-arg]
    """code point -> ASCII code point, filled on first sight of each character."""

    def __missing__(self, code: int) -> int:
        d = unicodedata.decimal(chr(code), None)
        value = 48 + d if d is not None else _FULL_WIDTH.get(code, code)
        self[code] = value
        return value


_TABLE = _Table()
# a decimal digit outside ASCII, or the full-width punctuation above
_OTHER = regex.compile(r"[^\P{Nd}0-9]|[" + "".join(map(chr, _FULL_WIDTH)) + "]")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit (any script) as its ASCII digit, same length; ASCII text
    and text without such digits come back as they are (the cheap, common case)."""
    if text.isascii() or _OTHER.search(text) is None:
        return text
    return text.translate(_TABLE)


def has_letters(text: str) -> bool:
    """Whether ``text`` holds a letter, of a script with case or without."""
    if text.lower() != text.upper():
        return True
    return not text.isascii() and any(ch.isalpha() for ch in text)


def caseless(ch: str) -> bool:
    """A letter of a script without case (Arabic, Hebrew, Hangul, Han, kana, Thai, Georgian): one
    whose first letter cannot say "title" or "sentence" by a capital. Georgian Mkhedruli letters
    are lower case to Unicode, which gives them Mtavruli capitals nobody writes in running text:
    they count as caseless (Armenian has case in use, and is cased here)."""
    return ch.isalpha() and not ch.isascii() and (ch.lower() == ch.upper() or "\u10d0" <= ch <= "\u10ff")


class AnyDigits:
    """A compiled pattern written for ASCII digits that matches a text in any script's digits:
    the text is read through `ascii_digits` (same positions, so spans and slices of the printed
    text stay right; a match's groups hold ASCII digits)."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: "regex.Pattern[str]") -> None:
        self.pattern = pattern

    def search(self, text: str, *args: int) -> "regex.Match[str] | None":
        return self.pattern.search(ascii_digits(text), *args)

    def match(self, text: str, *args: int) -> "regex.Match[str] | None":
        return self.pattern.match(ascii_digits(text), *args)

    def fullmatch(self, text: str, *args: int) -> "regex.Match[str] | None":
        return self.pattern.fullmatch(ascii_digits(text), *args)

    def finditer(self, text: str, *args: int) -> "Iterator[regex.Match[str]]":
        return self.pattern.finditer(ascii_digits(text), *args)


# Chinese and Japanese are written without spaces: a run of them counts a word per
# `UNSPACED_CHARS_PER_WORD` characters. Thai, Lao, Khmer and Burmese put no spaces between words
# either (a space ends a phrase), and their words run longer, vowel signs and tone marks included
# (Thai "ลิ้มเจริญรัตน์" is one name): a word per `ABUGIDA_CHARS_PER_WORD` characters.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
UNSPACED_CHARS_PER_WORD = 3
_UNSPACED_ABUGIDA = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
ABUGIDA_CHARS_PER_WORD = 5


def unspaced_words(text: str, spaced: int) -> int:
    """How many words ``text`` holds, given ``spaced``, its count of space-separated words: in
    a script written without spaces, the words its characters make (see above), when more."""
    n = spaced
    if not text.isascii():
        if _UNSPACED.search(text):
            n = max(n, len(_UNSPACED.findall(text)) // UNSPACED_CHARS_PER_WORD)
        if _UNSPACED_ABUGIDA.search(text):
            n = max(n, len(_UNSPACED_ABUGIDA.findall(text)) // ABUGIDA_CHARS_PER_WORD)
    return n
