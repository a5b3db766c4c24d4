"""Text front: the time shapes a line can carry, read through ``times``.

A thin adapter between the line stages and ``times``: stamps in other clock conventions
("vr 03 jul. 23u32", "16h56"), a stamp behind a one-word lead-in ("X: <stamp>"), a clock that
leads a headline ("7:12 am: Headline") and match-minute marks ("45+2'"), which are labels and
never times.

TODO(lead): ``times`` is gaining ``split_leading_clock`` and a minute-mark reader, and
``parse_time_line`` is learning the "23u32" / "12.30 Uhr" conventions. The functions here use
``times`` first and keep a small local fallback for what it does not read yet; once the new
``times`` lands, point ``split_leading_clock`` and ``minute_mark`` at it (the getattr calls below
already prefer it) and drop the fallbacks.
"""
from __future__ import annotations

import functools

import regex

from . import times

# "23u32", "16h56": a clock written with a letter between hours and minutes.
_LETTER_CLOCK = regex.compile(r"(?<![\p{L}\d])(?P<h>[01]?\d|2[0-3])[uUhH](?P<m>[0-5]\d)(?![\p{L}\d])")
# The other tokens a stamp may hold: short (abbreviated) day and month names, day numbers, years.
_STAMP_TOKEN = regex.compile(r"^(?:\p{L}{1,5}\.?,?|\d{1,2}[./]?(?:\d{1,2}[./]?)?|(?:19|20)\d\d,?|[•·|,-])$")
# "Word:" or "Two words:" before a stamp (a language's "Published:", "Updated:").
_LEAD_IN = regex.compile(r"^(?P<lead>\p{L}[\p{L}\- ]{0,30}):\s+(?P<rest>\S.{0,80})$")
# "7:12 am: Headline", "12.05 BST - Headline": a clock (with its zone) and a separator.
_LEADING_CLOCK = regex.compile(
    r"^(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?\(?\p{Lu}{2,4}\)?)?)\s?(?:[:|–—-])\s+(?P<rest>\S.{2,300})$",
    regex.I)
# "45'", "90+3'", "120+4’": a match minute.
_MINUTE = regex.compile(r"^(?P<min>\d{1,3}(?:\s?\+\s?\d{1,2})?)\s?['’′]$")


@functools.lru_cache(maxsize=8192)
def stamp(text: str) -> tuple[times.TimeMark, str] | None:
    """The time stamp ``text`` is, and the lead-in word(s) printed before it ("X:"), if any."""
    mark = times.parse_time_line(text)
    if mark is not None and not (mark.lead and mark.lead.endswith(":")):
        return mark, ""
    m = _LEAD_IN.match(text)
    if m and not any(ch.isdigit() for ch in m["lead"]):
        inner = times.parse_time_line(m["rest"]) or _letter_clock_stamp(m["rest"])
        if inner is not None and not inner.lead:
            return inner, m["lead"] + ":"
    if mark is not None:
        return mark, ""
    fallback = _letter_clock_stamp(text)
    return (fallback, "") if fallback is not None else None


def _letter_clock_stamp(text: str) -> times.TimeMark | None:
    """A stamp whose clock ``times`` does not read yet ("vr 03 jul. 23u32"): the clock and
    nothing else but short date tokens."""
    if len(text) > 40:
        return None
    m = _LETTER_CLOCK.search(text)
    if m is None:
        return None
    rest = (text[: m.start()] + " " + text[m.end():]).split()
    if len(rest) > 5 or not all(_STAMP_TOKEN.match(tok) for tok in rest):
        return None
    return times.TimeMark(text=text, hour=int(m["h"]), minute=int(m["m"]))


@functools.lru_cache(maxsize=8192)
def split_leading_clock(text: str) -> tuple[times.TimeMark, str] | None:
    """"7:12 am: Headline" -> (the clock's mark, "Headline"); None when no clock leads."""
    split = getattr(times, "split_leading_clock", None)
    if split is not None:  # the new times API (TODO(lead): check it returns (mark, rest))
        got = split(text)
        if isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], times.TimeMark) and isinstance(got[1], str):
            return got
    if not text[:1].isdigit():
        return None
    m = _LEADING_CLOCK.match(text)
    if m is None:
        return None
    mark = times.parse_time_line(m["clock"])
    if mark is None or not mark.has_clock or mark.tail:
        return None
    return mark, m["rest"]


def lead_in(text: str) -> str:
    """'Gepubliceerd: vr 03 jul.' -> 'Gepubliceerd:': the one- or two-word lead-in before a colon."""
    m = _LEAD_IN.match(text)
    return m["lead"] + ":" if m and m["lead"].count(" ") <= 1 and not any(ch.isdigit() for ch in m["lead"]) else ""


@functools.lru_cache(maxsize=4096)
def minute_mark(text: str) -> str | None:
    """"120+4'" -> "120+4'": a match minute, shown as the post's label (never a time)."""
    if not text[:1].isdigit() or len(text) > 10:
        return None
    m = _MINUTE.match(text)
    return text if m else None
