"""Day-period words on 12-hour clocks ("11:45 malam", "রাত ১১:৪০", "शाम 5:30"), from CLDR.

CLDR names the periods of the day per locale (``Locale.day_periods``: "am"/"pm", and the
flexible periods "morning1", "afternoon1", "evening1", "night1"...) and says which hours each
flexible period covers (``Locale.day_period_rules``: Malay "night1" from 19:00 before 24:00).
A word printed next to a 12-hour clock says which of its two readings is meant: "11:45 malam"
is 23:45, because 23:45 falls in Malay's night and 11:45 does not. When both readings fit the
word, or neither does ("12:30 malam": 00:30 is Malay "morning1", 12:30 "afternoon1"), the clock
has no time (``resolve`` gives None): a wrong hour is worse than none.

Without the page's language, a word is read only when every language that has it gives the
same hour (Malay and Indonesian "malam" both put 11:45 at 23:45).

The words and rules of every language Babel holds are generated into
``calendar_period_data.py`` (``python -m newsclean.calendar_periods``), as reading them all
through Babel takes seconds; a regional tag ("bn-IN") not in it is read from Babel on demand.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

# Spellings news pages print that CLDR's names lack (CLDR lists the formal ones), per language,
# as data: period word -> CLDR period id of that language. Bengali "রাত" (CLDR "রাত্রি", night)
# and "বিকেল" (CLDR "বিকাল", afternoon2). Marathi prints the periods in the locative before the
# clock ("सकाळी ९:३०", in the morning; "सायंकाळी ६:४०", in the evening), where CLDR has the
# nominative ("सकाळ", "संध्याकाळ").
# Nepali "दिउँसो" (afternoon; CLDR "अपरान्ह").
VARIANTS: dict[str, dict[str, str]] = {
    "bn": {"রাত": "night1", "বিকেল": "afternoon2"},
    "ne": {"दिउँसो": "afternoon1"},
    "mr": {"पहाटे": "morning1", "सकाळी": "morning2", "दुपारी": "afternoon1", "संध्याकाळी": "evening1",
           "सायंकाळी": "evening1", "सायंकाळ": "evening1", "रात्री": "night1"},
}

DAY = 24 * 60
_SPACE = "\u00a0\u202f "


def period_key(text: str) -> str:
    """A period word's lookup key: case folded, dots and spaces taken out ('a. m.' -> 'am')."""
    return "".join(c for c in text.casefold() if c not in "." + _SPACE)


_FINAL_SIGNS = regex.compile(r"\p{M}+$")


def _stem(key: str) -> str:
    """A key without its closing vowel signs. In the Brahmic scripts a word's case ending is
    often a vowel sign on its last letter: Nepali prints night as "राति" ("at night") where CLDR
    names it "रात", and evening as "बेलुका" beside CLDR's "बेलुकी". Latin keys are unchanged."""
    return _FINAL_SIGNS.sub("", key)


@dataclass(frozen=True)
class Periods:
    """One language's period words (key -> the CLDR period ids it names, the names as printed)
    and the minutes of the day each flexible period covers."""

    words: dict[str, frozenset[str]]
    names: tuple[str, ...]
    rules: dict[str, tuple[tuple[int, int], ...]]


def _from_babel(tag: str) -> tuple[dict[str, list[str]], list[str], dict[str, list[tuple[int, int]]]] | None:
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale.parse(tag.replace("-", "_"))
        periods = loc.day_periods
        rule_sets = loc.day_period_rules
    except (UnknownLocaleError, ValueError, TypeError, KeyError, LookupError):
        return None
    words: dict[str, list[str]] = {}
    names: list[str] = []
    for ctx in ("format", "stand-alone"):
        for width in ("abbreviated", "wide", "narrow"):
            for pid, name in periods.get(ctx, {}).get(width, {}).items():
                key = period_key(name)
                if pid in ("midnight", "noon") or len(key) < 2 or any(c.isdigit() for c in key):
                    continue
                ids = words.setdefault(key, [])
                if pid not in ids:
                    ids.append(pid)
                if name.casefold() not in names:
                    names.append(name.casefold())
    rules: dict[str, list[tuple[int, int]]] = {}
    for kind in (None, "selection"):
        for pid, spans in (rule_sets.get(kind) or {}).items():
            for span in spans:
                if "from" in span and "before" in span:
                    pair = (int(span["from"]) // 60, int(span["before"]) // 60)
                    if pair not in rules.setdefault(pid, []):
                        rules[pid].append(pair)
    return words, names, rules


def _build(words: dict, names: list, rules: dict, base: str) -> Periods:
    merged = {k: set(v) for k, v in words.items()}
    names = list(names)
    for word, pid in VARIANTS.get(base, {}).items():
        merged.setdefault(period_key(word), set()).add(pid)
        names.append(word.casefold())
    by_stem: dict[str, set[str]] = {}
    for key, ids in merged.items():
        if (stem := _stem(key)) != key and len(stem) >= 2:
            by_stem.setdefault(stem, set()).update(ids)
    for stem, ids in by_stem.items():
        merged.setdefault(stem, ids)  # a word spelled as the stem itself keeps its own periods
    return Periods(words={k: frozenset(v) for k, v in merged.items()}, names=tuple(names),
                   rules={k: tuple(tuple(p) for p in v) for k, v in rules.items()})


@functools.cache
def _snapshot() -> dict[str, tuple]:
    try:
        from . import calendar_period_data as data
    except ImportError:
        return {}
    return data.PERIODS


@functools.lru_cache(maxsize=128)
def periods_for(lang: str | None) -> Periods | None:
    """The day-period words and rules of ``lang`` ('ms', 'bn-IN'), or None when unknown."""
    if not lang:
        return None
    tag = lang.strip().replace("-", "_")
    base = tag.split("_")[0].lower()
    raw = _snapshot().get(tag) or _snapshot().get(base) if tag == base else None
    if raw is None:
        raw = _from_babel(tag) or _snapshot().get(base) or _from_babel(base)
    if raw is None:
        return None
    words, names, rules = raw
    return _build(words, names, rules, base=base)


def _ids(periods: Periods, key: str) -> frozenset[str] | None:
    """The periods a printed word names: itself, or an inflected form of a CLDR name (the same
    stem once closing vowel signs are taken off both)."""
    ids = periods.words.get(key)
    if ids is None and (stem := _stem(key)) != key:
        ids = periods.words.get(stem)
    return ids


def _covers(periods: Periods, minute_of_day: int, pid: str) -> bool:
    if pid == "am":
        return minute_of_day < 12 * 60
    if pid == "pm":
        return minute_of_day >= 12 * 60
    for start, before in periods.rules.get(pid, ()):
        if start < before:
            if start <= minute_of_day < before:
                return True
        elif minute_of_day >= start or minute_of_day < before:  # across midnight (20:00 before 04:00)
            return True
    return False


def _resolve_one(periods: Periods, hour: int, minute: int, ids: frozenset[str]) -> int | None:
    if not 1 <= hour <= 12:
        return hour  # a 24-hour clock ("00:30", "18:20") says its hour itself
    fits = [h for h in (hour % 12, hour % 12 + 12) if any(_covers(periods, h * 60 + minute, p) for p in ids)]
    return fits[0] if len(fits) == 1 else None


def resolve(word: str, hour: int, minute: int, lang: str | None) -> int | None:
    """The 24-hour hour of a clock ``hour``:``minute`` printed with the period ``word`` in
    ``lang`` (without a language: the hour every language with that word agrees on); None when
    the word is not a period there, or when it does not say which of the two readings is meant."""
    key = period_key(word)
    if lang:
        p = periods_for(lang)
        ids = _ids(p, key) if p is not None else None
        return _resolve_one(p, hour, minute, ids) if p is not None and ids else None
    hours = {_resolve_one(p, hour, minute, ids) for p, ids in _holders(key)}
    return hours.pop() if len(hours) == 1 else None


def is_period(word: str, lang: str | None) -> bool:
    """Whether ``word`` is a day period of ``lang`` (without a language: a word of three letters or
    more that is one in some language)."""
    key = period_key(word)
    if lang:
        p = periods_for(lang)
        return p is not None and _ids(p, key) is not None
    return len(key) >= 3 and key in _index()


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Every language's period keys -> the languages that have them (read from the snapshot's
    words, without building each language)."""
    out: dict[str, list[str]] = {}
    for lang, raw in _snapshot().items():
        for key in raw[0]:
            out.setdefault(key, []).append(lang)
    for lang, table in VARIANTS.items():
        for word in table:
            out.setdefault(period_key(word), []).append(lang)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@functools.lru_cache(maxsize=1024)
def _holders(key: str) -> tuple[tuple[Periods, frozenset[str]], ...]:
    out = []
    for lang in _index().get(key, ()) if len(key) >= 3 else ():
        p = periods_for(lang)
        if p is not None and key in p.words:
            out.append((p, p.words[key]))
    return tuple(out)


# up to three words (letters, marks, joiners, dots: "p. m.", "tengah malam", "نیمه‌شب")
_WORD = r"\p{L}[\p{L}\p{M}\u200c\u200d.]*"
_GAP = r"[\s\u00a0\u202f]"
_AFTER = regex.compile(_GAP + r"?(" + _WORD + r")(?:" + _GAP + r"(" + _WORD + r"))?(?:" + _GAP + r"(" + _WORD + r"))?")
_BEFORE = regex.compile(r"(?:(?<!\w)(" + _WORD + r")" + _GAP + r")?(?:(?<!\w)(" + _WORD + r")" + _GAP + r")?(?<!\w)(" + _WORD + r")" + _GAP + r"?,?$")
_REACH = 40


def _known(words: str, lang: str | None) -> bool:
    key = period_key(words)
    return key not in ("am", "pm") and is_period(words, lang)


def after(text: str, end: int, lang: str | None) -> tuple[str, int] | None:
    """The day-period word(s) of ``lang`` (None: of any language) printed right after a clock
    that ends at ``end`` ("11:45 malam"), and where they end; None if none."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    for n in (3, 2, 1):  # the longest first ("tengah malam" before "tengah")
        if m.group(n) is not None and _known(text[m.start(1):m.end(n)], lang):
            return text[m.start(1):m.end(n)], m.end(n)
    return None


def before(text: str, start: int, lang: str | None) -> str | None:
    """The day-period word(s) printed right before a clock that starts at ``start`` ("রাত ১১:৪০",
    "शाम 5:30"); None if none."""
    m = _BEFORE.search(text, max(0, start - _REACH), start)
    if m is None:
        return None
    for n in (1, 2, 3):  # the longest first
        if m.group(n) is not None and _known(text[m.start(n):m.end(3)], lang):
            return text[m.start(n):m.end(3)]
    return None


def _snapshot_source() -> str:
    from .cldr_snapshot import source

    def entry(tag: str) -> tuple | None:
        raw = _from_babel(tag)
        return raw if raw is not None and raw[0] else None

    return source("CLDR day-period words and rules for newsclean", "newsclean.calendar_periods", ["PERIODS = {"], entry)


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("calendar_period_data.py").write_text(_snapshot_source(), encoding="utf-8")
