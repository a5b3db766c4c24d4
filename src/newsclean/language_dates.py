"""A page's language told by the month names of its dates.

A scraped page states its date in words: "11 noyabr 2024", "Domingo, 18 de febreiro de 2024",
"7 сәуір 2024", "2024ko apirilaren 21a". Month names are spelled differently in neighbouring
languages (Galician "febreiro", Portuguese "fevereiro"; Azerbaijani "noyabr", Turkish "Kasım"),
so a dated month name narrows the page's language to the few whose CLDR calendar (through
Babel, ``calendar_names``) writes it. `language.guess_language` weighs these languages by their
function words: a short page whose function words alone are not clearly ahead, or whose function
words are shared with a larger neighbour, is still told.

Only words in a date's shape count (a day number or a year beside them), from the first
`SCAN_CHARS` of the text; only the candidate languages' tables are read.
"""
from __future__ import annotations

import regex

from . import calendar_names as cal
from .writing_systems import ascii_digits

SCAN_CHARS = 12_000
MAX_WORDS = 4           # dated month words read (the page's own date comes first)

_WORD = r"(?P<w>\p{L}[\p{L}\p{M}]{2,14}+)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_PART = r"(?:(?:de|del)\s+)?"
# "11 noyabr 2024", "18 de febreiro de 2024", "30 Mei 2024", "7 сәуір 2024"
_DMY = regex.compile(r"(?<![\p{L}\d])[0-3]?\d\.?\s+" + _PART + _WORD + r"\.?,?\s+" + _PART + _YEAR)
# "May 30, 2024"
_MDY = regex.compile(r"(?<![\p{L}\d])" + _WORD + r"\.?\s+[0-3]?\d,?\s+" + _YEAR)
# "2024ko apirilaren 21a" (Basque: year, month in the genitive, day), "2024. április 21."
_YMD = regex.compile(r"(?<!\d)" + _YEAR + r"(?:\p{L}{1,3}|\.)\s+" + _WORD + r"\s+[0-3]?\d(?!\d)")


def dated_month_words(text: str) -> list[str]:
    """The folded words standing in a month's place in dates with a year, in order (at most
    `MAX_WORDS`, without repeats)."""
    sample = ascii_digits(text[:SCAN_CHARS])
    if not regex.search(_YEAR, sample):
        return []
    found: list[tuple[int, str]] = []
    for pat in (_DMY, _MDY, _YMD):
        found.extend((m.start(), cal.fold(m["w"])) for m in pat.finditer(sample))
    out: list[str] = []
    for _, word in sorted(found):
        if word not in out:
            out.append(word)
        if len(out) >= MAX_WORDS:
            break
    return out


def writes_month(lang: str, word: str) -> bool:
    """Whether ``word`` (folded) is a month name in ``lang``'s CLDR calendar, as written or in a
    case form built on it ("apirilaren": "apirila" + genitive ending)."""
    names = cal.names_for(lang)
    if names is None:
        return False
    if word in names.months:
        return True
    return any(word.startswith(stem) and len(word) - len(stem) <= 4
               for stem in _stems(names.months) if len(stem) >= 4)


def _stems(months: dict[str, int]) -> list[str]:
    # a name ending in a vowel loses it before a case ending ("apirila" -> "apiril-aren")
    return [k[:-1] if k[-1:] in "aeiou" else k for k in months]


def month_languages(words: list[str], candidates: list[str]) -> list[str]:
    """Of ``candidates`` (in order), those whose calendar writes one of ``words`` as a month
    name; empty when no word is a month name anywhere among them."""
    return [code for code in candidates if any(writes_month(code, w) for w in words)]


# -- ages ------------------------------------------------------------------------------------
# A feed stamped only with ages ("40 dəqiqə əvvəl", "3 saat əvvəl") names its language too: the
# languages whose CLDR relative-time patterns (`calendar_relative`) read every such line.
MIN_AGES = 3
_AGE_LINE = regex.compile(r"^(?:\p{L}+\s)?\d{1,3}\s\p{L}[\p{L}\p{M}.]{0,14}(?:\s\p{L}[\p{L}\p{M}]{0,14}){0,2}$")


def age_lines(text: str) -> list[str]:
    """Up to six short lines shaped as an age (a number and a word or three) in the first
    `SCAN_CHARS` of the text; none when fewer than `MIN_AGES`."""
    found = []
    for line in text[:SCAN_CHARS].split("\n"):
        line = line.strip()
        if len(line) <= 32 and line[:1].isalnum() and _AGE_LINE.match(line):
            found.append(line)
            if len(found) >= 6:
                break
    return found if len(found) >= MIN_AGES else []


def age_languages(lines: list[str], candidates: list[str]) -> list[str]:
    """Of ``candidates`` (in order), those whose CLDR ages read every one of ``lines``."""
    from .calendar_relative import relative_age

    out = []
    for code in candidates:
        pat = relative_age(code)
        if pat is not None and all(pat.fullmatch(line) for line in lines):
            out.append(code)
    return out
