"""Text front: a feed stamped only with ages in a language the page's readers do not know.

A live page in a language without a phrase pack (so no page language) may stamp its posts only
with ages, and print them otherwise than CLDR writes them: Hausa pages print "awanni 3 da suka
wuce" where CLDR writes "awanni {0} da suka gabata". `calendar_any.loose_age` reads such a line
by the language's unit word beside the number and one of its words of "ago"; here the page must
repeat the shape: `MIN_AGES` lines or more, read in one language with the same words besides
number and unit, their ages growing (or shrinking) down the page as a feed's do, with
sentences between them. Such lines
become relative stamps (`times.TimeMark`, no time given), which segmentation then cuts at.
"""
from __future__ import annotations

from itertools import pairwise

from . import calendar_any, times
from .calendar_relative import relative_age
from .text_lines import Line

MIN_AGES = 3
MAX_CHARS = 40


def mark_loose_ages(lines: list[Line], language: str | None) -> int:
    """Mark the page's loose ages as relative stamps, where the page's own readers found fewer
    than `MIN_AGES` stamps and its language (when known) has no CLDR ages of its own; returns how
    many lines were marked."""
    if language is not None and relative_age(language) is not None:
        return 0  # (the page's own ages were read already, as CLDR writes them)
    if sum(1 for ln in lines if ln.mark is not None) >= MIN_AGES:
        return 0
    found: list[tuple[int, calendar_any.LooseAge]] = []
    for i, ln in enumerate(lines):
        t = ln.text
        if ln.rule is not None or ln.media_kind or ln.mark is not None or ln.minute or len(t) > MAX_CHARS \
                or not any(ch.isdigit() for ch in t):
            continue
        age = calendar_any.loose_age(t)
        if age is not None:
            found.append((i, age))
    if len(found) < MIN_AGES:
        return 0
    groups: dict[tuple[str, ...], list[tuple[int, calendar_any.LooseAge]]] = {}
    for i, age in found:
        groups.setdefault(age.rest, []).append((i, age))
    run = max(groups.values(), key=len)
    if len(run) < MIN_AGES or not frozenset.intersection(*(age.locales for _, age in run)):
        return 0
    ages = [age.seconds for _, age in run]
    if not (all(a <= b for a, b in pairwise(ages)) or all(a >= b for a, b in pairwise(ages))):
        return 0  # (a feed's ages grow down the page, newest first, or shrink, oldest first)
    if not all(any(ln.prose for ln in lines[a + 1:b]) for (a, _), (b, _) in pairwise(run)):
        return 0  # (no sentence between two of them: a list of links and their ages, not posts)
    for i, _ in run:
        lines[i].mark = times.TimeMark(text=lines[i].text, relative=True)
    return len(run)
