"""Month names and ages of every language CLDR holds, for pages whose language is unknown.

A page in a language without a phrase pack (Hausa, Somali, Maltese, Kyrgyz ...) gets no page
language, and the common languages' tables (``calendar_names.LOCALES``, ``calendar_relative``)
do not hold its month names or its ages. This module holds them for every base locale Babel
knows, in a snapshot (``calendar_any_data``, ``python -m newsclean.calendar_any``):

- full month names that mean one month in every locale that writes them, keyed by `loose_key`:
  folded (``calendar_names.fold``) with doubled letters written once, as pages spell long vowels
  and double consonants either way (Somali CLDR "Noofeembar", pages "Nofeembar");
- each locale's past relative-time patterns ("awanni {0} da suka gabata"), split in unit words
  (those of one or two of the age's fields: "awanni", "minti") and the words of "ago" (shared
  by the fields: "da", "suka", "gabata"), for `loose_age`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .calendar_names import fold

MIN_NAME = 4            # shorter names are read by the common tables only ("Mar", "Mei")
FIELD_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_DOUBLED = regex.compile(r"(\p{L})\1+")
_NAME_SHAPE = regex.compile(r"^\p{L}[\p{L}\p{M}'’]+$")


def loose_key(word: str) -> str:
    """A month name's lookup key: folded, doubled letters once ("Noofeembar" -> "nofembar")."""
    return _DOUBLED.sub(r"\1", fold(word))


@functools.cache
def _months() -> dict[str, int]:
    from .calendar_any_data import MONTHS

    return MONTHS


def month(word: str) -> int | None:
    """The month a full month name of any CLDR language means ("Satumba" 9, "Ottubru" 10,
    "Nofeembar" 11), or None (unknown, too short, or different months in different languages)."""
    if len(word) < MIN_NAME:
        return None
    return _months().get(loose_key(word))


# -- ages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgeUnit:
    """One locale's unit word of an age: where it stands beside the number, what it counts."""

    locale: str
    seconds: int
    before: bool            # the unit precedes the number ("awanni {0} ...")
    ago: frozenset[str]     # the locale's words of "ago" (folded)


@functools.cache
def _units() -> dict[str, tuple[AgeUnit, ...]]:
    """Unit word (case-folded) -> its readings in every locale of the snapshot."""
    from .calendar_any_data import AGES

    out: dict[str, list[AgeUnit]] = {}
    for code, fields in AGES.items():
        words_of: dict[str, set[str]] = {}
        for name, forms in fields.items():
            for f in forms:
                for w in f.replace("{0}", " ").split():
                    words_of.setdefault(w.casefold(), set()).add(name)
        ago = frozenset(w for w, names in words_of.items() if len(names) >= 2)
        if not ago:
            continue  # (no word shared by the fields: nothing tells an age from a duration)
        for name, forms in fields.items():
            for f in forms:
                prefix, _, suffix = f.partition("{0}")
                pw, sw = prefix.split(), suffix.split()
                if pw and pw[-1].casefold() not in ago:
                    unit, before = pw[-1].casefold(), True
                elif sw and sw[0].casefold() not in ago:
                    unit, before = sw[0].casefold(), False
                else:
                    continue
                reading = AgeUnit(code, FIELD_SECONDS[name], before, ago)
                if reading not in out.setdefault(unit, []):
                    out[unit].append(reading)
    return {k: tuple(v) for k, v in out.items()}


_AGE_SHAPE = regex.compile(r"^(?:(?P<pre>\p{L}[\p{L}\p{M}.]{0,15}(?:\s\p{L}[\p{L}\p{M}.]{0,15}){0,2})\s)?(?P<n>\d{1,3})"
                           r"(?:\s(?P<post>\p{L}[\p{L}\p{M}.]{0,15}(?:\s\p{L}[\p{L}\p{M}.]{0,15}){0,3}))?$")


@dataclass(frozen=True)
class LooseAge:
    """A line read as an age of one locale: its age in seconds and its words besides the number
    and the unit (the same on every age of a page)."""

    locales: frozenset[str]
    seconds: int
    rest: tuple[str, ...]


def loose_age(line: str) -> LooseAge | None:
    """A short line shaped as an age of some CLDR language, though not as CLDR writes it: a unit
    word of the language beside the number, on the side the language puts it, and words of
    "ago" of which at least one is the language's own ("minti 20 da suka wuce": Hausa "minti",
    and "da", "suka" of CLDR's "mintuna {0} da suka gabata"). None for any other line, and for
    a count ("5 minutes", "3 min read": no word of "ago" of a language that has "min")."""
    if len(line) > 40:
        return None
    m = _AGE_SHAPE.match(line)
    if m is None:
        return None
    pre = m["pre"].split() if m["pre"] else []
    post = m["post"].split() if m["post"] else []
    units = _units()
    found: dict[tuple[int, tuple[str, ...]], set[str]] = {}
    for before, unit, rest in ((True, pre[-1:], pre[:-1] + post), (False, post[:1], pre + post[1:])):
        if not unit or not rest:
            continue
        folded = tuple(w.casefold() for w in rest)
        for reading in units.get(unit[0].casefold(), ()):
            if reading.before == before and not reading.ago.isdisjoint(folded):
                found.setdefault((reading.seconds * int(m["n"]), folded), set()).add(reading.locale)
    if len(found) != 1:
        return None  # (none, or two readings that disagree)
    (seconds, rest), locales = next(iter(found.items()))
    return LooseAge(frozenset(locales), seconds, rest)


# -- snapshot --------------------------------------------------------------------------------


def _base_locales() -> list[str]:
    from .cldr_snapshot import base_locales

    return base_locales()


def babel_months() -> dict[str, int]:
    """Every base locale's full month names (format and stand-alone), by `loose_key`, where all
    the locales writing one agree on its month and the common tables (``calendar_names``) do not
    already read it."""
    from babel import Locale

    from .calendar_names import tables

    common = tables().any_month
    seen: dict[str, set[int]] = {}
    for code in _base_locales():
        loc = Locale.parse(code)
        for ctx in ("format", "stand-alone"):
            for num, name in loc.months.get(ctx, {}).get("wide", {}).items():
                name = str(name)
                if len(name) >= MIN_NAME and _NAME_SHAPE.match(name):
                    seen.setdefault(loose_key(name), set()).add(num)
    for key, num in common.items():  # (a loose key the common tables read as another month: no)
        if (k := _DOUBLED.sub(r"\1", key)) in seen:
            seen[k].add(num)
    return {k: next(iter(v)) for k, v in sorted(seen.items()) if len(v) == 1 and k not in common}


def babel_ages() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every base locale's past relative-time patterns, per field (second to day), all widths."""
    from babel import Locale

    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for code in _base_locales():
        fields = Locale.parse(code)._data["date_fields"]
        mine: dict[str, tuple[str, ...]] = {}
        for name in FIELD_SECONDS:
            forms: set[str] = set()
            for width in ("", "-short", "-narrow"):
                for pattern in fields.get(name + width, {}).get("past", {}).values():
                    pattern = " ".join(str(pattern).replace("\u00a0", " ").replace("\u202f", " ").split())
                    if pattern.count("{0}") == 1 and len(pattern) <= 40 and pattern[0] not in "-+−":
                        forms.add(pattern)
            if forms:
                mine[name] = tuple(sorted(forms))
        if mine:
            out[code] = mine
    return out


def snapshot_source() -> str:
    """calendar_any_data.py, written from Babel's CLDR data."""
    import babel

    lines = [f'"""Month names and ages of every base locale, generated from Babel {babel.__version__} by',
             '`python -m newsclean.calendar_any`; do not edit by hand (see `calendar_any`)."""', "# fmt: off",
             f"BABEL_VERSION = {babel.__version__!r}", "MONTHS: dict[str, int] = {"]
    lines += [f"    {k!r}: {v}," for k, v in babel_months().items()]
    lines += ["}", "AGES: dict[str, dict[str, tuple[str, ...]]] = {"]
    lines += [f"    {code!r}: {fields!r}," for code, fields in babel_ages().items()]
    return "\n".join([*lines, "}"]) + "\n"


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("calendar_any_data.py").write_text(snapshot_source(), encoding="utf-8")
