"""The word for "hour" a language prints before a clock (CLDR unit names, through Babel).

Many languages open a clock with their word for "hour": Khmer "ម៉ោង ៩:០៥ យប់", Indonesian and
Malay "jam 10.00", Turkish "saat 14:30", Thai "เวลา" aside. CLDR's date-time glue holds some of
these only inside a longer lead (Khmer "នៅម៉ោង", "at hour"), which a page often shortens to the
word itself. The word is CLDR's name of the unit hour (``duration-hour``, long and short): such
a lead belongs to the stamp, it is no author and no label.
"""
from __future__ import annotations

import functools

from .calendar_names import fold


@functools.lru_cache(maxsize=64)
def hour_words(lang: str | None) -> frozenset[str]:
    """``lang``'s names of the unit hour, folded, of two letters or more ('ម៉ោង', 'jam', 'saat')."""
    if not lang:
        return frozenset()
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(lang.replace("-", "_")).unit_display_names.get("duration-hour") or {}
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        return frozenset()
    out = set()
    for width in ("long", "short"):
        name = names.get(width)
        if name and " " not in name.strip() and len(name.strip().rstrip(".")) >= 2:
            out.add(fold(name))
    return frozenset(out)


def is_hour_word(word: str, lang: str | None) -> bool:
    """Whether ``word`` alone is the hour word of ``lang`` (for a page of unknown language, of
    the language its script says, ``dates.script_language``)."""
    if not word or " " in word.strip():
        return False
    if lang is None:
        from .dates import script_language

        lang = script_language(word)
    return fold(word) in hour_words(lang)
