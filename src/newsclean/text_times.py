"""Text front: the time shapes a line can carry, read through ``times``.

A thin adapter between the line stages and ``times``: stamps in other clock conventions
("vr 03 jul. 23u32", "16h56"), a stamp behind a one-word lead-in ("X: <stamp>"), a clock that
leads a headline ("7:12 am: Headline") and match-minute marks ("45+2'"), which are labels and
never times.

``times`` reads the clocks and dates themselves (in any convention and language); what this
module adds is the text front's view of them: a one-word lead-in before a stamp, and caching.
"""
from __future__ import annotations

import functools

import regex

from . import times

# "Word:" or "Two words:" before a stamp (a language's "Published:", "Updated:").
_LEAD_IN = regex.compile(r"^(?P<lead>\p{L}[\p{L}\- ]{0,30}):\s+(?P<rest>\S.{0,80})$")


@functools.lru_cache(maxsize=8192)
def stamp(text: str) -> tuple[times.TimeMark, str] | None:
    """The time stamp ``text`` is, and the lead-in word(s) printed before it ("X:"), if any."""
    mark = times.parse_time_line(text)
    if mark is not None and not (mark.lead and mark.lead.endswith(":")):
        return mark, ""
    m = _LEAD_IN.match(text)
    if m and not any(ch.isdigit() for ch in m["lead"]):
        inner = times.parse_time_line(m["rest"])
        if inner is not None and not inner.lead:
            return inner, m["lead"] + ":"
    return (mark, "") if mark is not None else None


@functools.lru_cache(maxsize=8192)
def split_leading_clock(text: str) -> tuple[times.TimeMark, str] | None:
    """"7:12 am: Headline" -> (the clock's mark, "Headline"); None when no clock leads."""
    return times.split_leading_clock(text)


def lead_in(text: str) -> str:
    """'Gepubliceerd: vr 03 jul.' -> 'Gepubliceerd:': the one- or two-word lead-in before a colon."""
    m = _LEAD_IN.match(text)
    return m["lead"] + ":" if m and m["lead"].count(" ") <= 1 and not any(ch.isdigit() for ch in m["lead"]) else ""


@functools.lru_cache(maxsize=4096)
def minute_mark(text: str) -> str | None:
    """"120+4'" -> "120+4'": a match minute, shown as the post's label (never a time)."""
    if not text[:1].isdigit() or len(text) > 16:
        return None
    if len(text) <= 10 and times.parse_minute_mark(text):
        return text
    # a minute-by-minute feed shown as an ordered list: "6. 23'" (the item's number, then the
    # minute); never a bare number line such as "6. 23"
    m = _ORDINAL.match(text)
    if m and times.parse_minute_mark(m["rest"]):
        return m["rest"]
    return None


_ORDINAL = regex.compile(r"^\d{1,3}\.\s+(?P<rest>\d.{0,9})$")
