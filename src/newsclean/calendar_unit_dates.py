"""Dates that print each part behind its unit's word, in the scripts written without spaces
between words: Khmer "ថ្ងៃសុក្រ ទី១៥ ខែវិច្ឆិកា ឆ្នាំ២០២៤" (Friday, the 15th, month November,
year 2024), Lao "ວັນທີ 9 ເດືອນຕຸລາ ປີ 2024", Burmese.

The month stands behind the language's word for month, glued or spaced (CLDR's unit name of
``duration-month``: Khmer "ខែ", Lao "ເດືອນ", Thai "เดือน"), and must then be one of the
language's month names (CLDR); the day and the year may have a word glued before them (an
ordinal's "ទី", the unit word "ឆ្នាំ"). The general shapes of ``dates`` read a number only
where no letter touches it, and a month name only as a word of its own.
"""
from __future__ import annotations

import datetime as dt
import functools

import regex

from . import calendar_names as cal
from .calendar_spaced import day_month_year

_SCRIPTS = regex.compile(r"[\p{Khmer}\p{Lao}\p{Thai}\p{Myanmar}]")
_WORD = r"[\p{L}\p{M}]"


@functools.lru_cache(maxsize=16)
def month_word(lang: str) -> str | None:
    """``lang``'s name of the unit month (CLDR, through Babel), or None."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(lang.replace("-", "_")).unit_display_names.get("duration-month") or {}
    except (UnknownLocaleError, ValueError, TypeError, AttributeError):
        return None
    word = (names.get("long") or "").strip()
    return word if word and " " not in word else None


@functools.lru_cache(maxsize=16)
def _pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(
        r"(?<!\d)(?P<d>[0-3]?\d)(?!\d)[\s\u00a0]+" + regex.escape(word) + r"[\s\u00a0]?(?P<mon>\p{L}" + _WORD +
        r"{1,20}?)[\s\u00a0,]+(?:\p{L}" + _WORD + r"{0,8}[\s\u00a0]?)?(?P<y>(?:19|20)\d\d)(?!\d)")


def find(text: str, lang: str | None) -> list[tuple[int, int, dt.date]]:
    """Spans and dates of such dates in ``text`` (ASCII digits), in ``lang`` (else the language
    the text's script says)."""
    if not _SCRIPTS.search(text):
        return []
    if lang is None:
        from .dates import script_language

        lang = script_language(text)
    word = month_word(lang) if lang else None
    if not word or word not in text:
        return []
    return day_month_year(_pattern(word).finditer(text), lambda name: cal.month_number(name, lang))
