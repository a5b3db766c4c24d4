"""Sports minutes: "45+2'", "90'", "120+4’". A minute mark counts the match's time, not the
day's: it is never a clock. (`times` reads clocks; a heading that opens with a minute is told
apart from one that opens with a clock here.)"""
from __future__ import annotations

import regex

# (stoppage time written either way: "90+5'" or "90'+5'")
MINUTE_MARK = regex.compile(
    r"(?<![\w'’.:])(?P<m>1[0-2]\d|\d{1,2})(?:(?P<p>['’′])?\s?\+\s?(?P<x>\d{1,2}))?\s?['’′](?![\w'’])")

# what separates a heading's leading clock or minute from the rest: a colon, bar, dash or spaces
HEAD_SEPARATOR = regex.compile(r"[\s\u00a0]*(?:[:|•·\-–—][\s\u00a0]*|[\s\u00a0]+)")


def parse_minute_mark(text: str) -> str | None:
    """A sports minute written alone ("45+2'", "90'", "120+4’", "90'+5'"), normalised ("45+2'",
    "90'+5'"); None for anything else. A minute mark counts the match's time, not the day's: it is never a clock."""
    m = MINUTE_MARK.fullmatch(text.strip())
    if m is None:
        return None
    return _minute_text(m)


def split_leading_minute(text: str) -> tuple[str, str] | None:
    """A line opening with a sports minute ("29' - Doelpunt - Lionel Messi"): the minute mark and
    the rest, or None."""
    s = text.strip()
    m = MINUTE_MARK.match(s)
    if m is None:
        return None
    minute = _minute_text(m)
    if minute is None:
        return None
    sep = HEAD_SEPARATOR.match(s, m.end())
    return minute, s[sep.end() if sep else m.end():].strip()


def _minute_text(m: regex.Match[str]) -> str | None:
    base = int(m["m"])
    if not 0 < base <= 130 or (m["x"] and not 0 < int(m["x"]) <= 30):
        return None
    if not m["x"]:
        return f"{base}'"
    return f"{base}{chr(39) if m['p'] else ''}+{int(m['x'])}'"  # (the prime after the base kept: "90'+5'")
