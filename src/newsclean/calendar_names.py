"""Month names, day names, day periods and date order, from CLDR through Babel.

The tables cover a broad set of locales (``LOCALES``). They are generated from Babel into
``calendar_data.py`` (``python -m newsclean.calendar_names`` regenerates it), because reading 38
locales' CLDR data through Babel takes about half a second per process; the snapshot loads in a
few milliseconds, once, on first use. A page's own language, when it is not among them, is read
from Babel on demand. Names are normalised for lookup: case
folded, trailing dots and the Romance genitive particle ("de julio", "d'agost") dropped, and
diacritics removed (so Greek capitals, written without accents, still match).

Lookups never guess between two readings: a name that means different months in different
locales ("listopad" is November in Polish and Czech but October in Croatian) is only read when
the page's language says which.
"""
from __future__ import annotations

import dataclasses
import functools
import threading
import unicodedata
from dataclasses import dataclass, field

import regex

# Locales read when the page's language is unknown. English (US and British spellings) first.
LOCALES = ("en", "en_GB", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "nn", "fi", "cs",
           "sk", "sl", "hr", "ro", "hu", "tr", "ru", "uk", "bg", "el", "ca", "gl", "eu", "id", "ms",
           "et", "lv", "lt", "is", "ga", "cy", "af", "sw")
ENGLISH = ("en", "en_GB")

# Words that stand between a date and its clock, or before a clock ("um 12.30", "kl. 14.30").
# CLDR's "at" time patterns are not exposed by Babel, so these few are kept as data here.
CLOCK_PARTICLES = {
    "en": ("at",), "de": ("um", "gegen", "ab"), "fr": ("à", "a", "vers"), "es": ("a las", "a la"),
    "it": ("alle", "ore", "h"), "pt": ("às", "as"), "nl": ("om",), "pl": ("o", "godz."),
    "sv": ("kl.", "kl"), "da": ("kl.", "kl"), "nb": ("kl.", "kl"), "nn": ("kl.", "kl"),
    "fi": ("klo", "kello"), "cs": ("v",), "ro": ("la", "ora"), "ru": ("в",), "uk": ("о",),
    "ca": ("a les", "a la"), "id": ("pukul", "pkl."), "tr": ("saat",),
    "hr": ("u",), "sr": ("u",), "bs": ("u",), "sl": ("ob",),
    "et": ("kell",),  # (CLDR's "{1} 'kell' {0}", not in Babel's data)
}
# Words that introduce a date ("le 2 novembre", "am 3. Juli", "el 3 de julio").
DATE_PARTICLES = {
    "en": ("on",), "de": ("am", "vom"), "fr": ("le", "du"), "es": ("el",), "it": ("il",), "pt": ("em",),
    "nl": ("op",), "ro": ("pe",), "ca": ("el",),
}
# Words printed after a clock: "12.30 Uhr" (de), "14.30 uur" (nl), "14:30 horas" (es, pt),
# "14:30 h." (es, ca), "14:30 hs" (es), "14:30 hod." (cs, sk); abbreviations may keep their dot.
CLOCK_SUFFIXES = ("Uhr", "uur", "horas", "hrs")
CLOCK_ABBREVIATIONS = ("h", "hs", "hod")


def fold(word: str) -> str:
    """A name's lookup key: lower case, no trailing dot, no diacritics, plain apostrophe."""
    w = word.casefold().strip().rstrip(".").replace("’", "'").replace("ʼ", "'")
    if not w.isascii():
        w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
    return w


def _strip_particle(name: str) -> str:
    for p in ("de ", "d'", "d’", "del "):
        if name.startswith(p):
            return name[len(p):]
    return name


@dataclass
class Names:
    """One locale's names, folded: month name -> month number (1-12), day name -> weekday (0=Mon),
    day period -> 'am' / 'pm', and whether numeric dates put the day first."""

    months: dict[str, int] = field(default_factory=dict)
    wide_months: set[str] = field(default_factory=set)
    days: dict[str, int] = field(default_factory=dict)
    periods: dict[str, str] = field(default_factory=dict)
    day_first: bool | None = None


def _locale_names(tag: str) -> Names | None:
    from babel import Locale, UnknownLocaleError
    try:
        loc = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    out = Names()
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for num, name in loc.months.get(ctx, {}).get(width, {}).items():
                key = fold(_strip_particle(name.casefold()))
                if key and " " not in key and not any(ch.isdigit() for ch in key):
                    out.months.setdefault(key, num)
                    if width == "wide":
                        out.wide_months.add(key)
            for num, name in loc.days.get(ctx, {}).get(width, {}).items():
                key = fold(name)
                if len(key) > 1 and " " not in key:
                    out.days.setdefault(key, num)
        for width in ("abbreviated", "wide"):
            for period, name in loc.day_periods.get(ctx, {}).get(width, {}).items():
                if period in ("am", "pm"):
                    out.periods.setdefault(period_key(name), period)
    pattern = loc.date_formats["short"].pattern
    d, m, y = pattern.find("d"), pattern.find("M"), pattern.find("y")
    if 0 <= d and 0 <= m and 0 <= y and y > min(d, m):  # year last: dd/MM/y or M/d/yy
        out.day_first = d < m
    return out


def period_key(text: str) -> str:
    """'a. m.', 'A.M.', 'am' -> 'am': a day period with dots and spaces taken out."""
    return "".join(c for c in text.casefold() if c not in ". \u00a0\u202f")


@dataclass
class Tables:
    """Every locale's names, and the conflict-free union used when the language is unknown."""

    by_lang: dict[str, Names]
    any_month: dict[str, int]        # names from any locale that mean one month everywhere
    any_wide: set[str]               # ...of which full (wide) names somewhere
    any_day: set[str]
    english_months: dict[str, int]
    english_days: set[str]


def _union(tables: list[Names], attr: str) -> dict[str, int]:
    seen: dict[str, int] = {}
    clash: set[str] = set()
    for t in tables:
        for k, v in getattr(t, attr).items():
            if seen.setdefault(k, v) != v:
                clash.add(k)
    return {k: v for k, v in seen.items() if k not in clash}


# Region tags whose numeric date order is worth knowing without asking Babel.
REGION_TAGS = ("en_US", "en_GB", "en_AU", "en_CA", "en_IN", "en_IE", "en_NZ", "en_ZA", "en_SG", "en_PH",
               "fr_CA", "fr_BE", "fr_CH", "es_US", "es_MX", "pt_BR", "de_AT", "de_CH", "nl_BE", "it_CH")

_lock = threading.Lock()
_tables: Tables | None = None
_region_day_first: dict[str, bool | None] = {}


def _from_snapshot() -> dict[str, Names] | None:
    """The tables as generated from CLDR (``calendar_data``), when it covers ``LOCALES``."""
    try:
        from . import calendar_data as data
    except ImportError:
        return None
    if tuple(data.LOCALES) != LOCALES:
        return None
    _region_day_first.update(data.REGION_DAY_FIRST)
    return {tag: Names(months=dict(m), wide_months=set(w), days=dict(d), periods=dict(p), day_first=f)
            for tag, (m, w, d, p, f) in data.LOCALES.items()}


def tables() -> Tables:
    """The tables, built once: from the generated snapshot of CLDR (instant), else from Babel
    (Babel reads each locale's CLDR data: about half a second for all of ``LOCALES``)."""
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                by_lang = _from_snapshot() or {tag: n for tag in LOCALES if (n := _locale_names(tag)) is not None}
                everyone = list(by_lang.values())
                any_month = _union(everyone, "months")
                english = [by_lang[t] for t in ENGLISH if t in by_lang]
                _tables = Tables(
                    by_lang=by_lang, any_month=any_month,
                    any_wide={k for n in everyone for k in n.wide_months if k in any_month},
                    any_day=set(_union(everyone, "days")),
                    english_months=_union(english, "months") | {"sept": 9},
                    english_days={k for n in english for k in n.days})
    return _tables


def norm_tag(lang: str) -> tuple[str, str]:
    parts = lang.strip().replace("-", "_").split("_")
    base = parts[0].lower()
    region = parts[1].upper() if len(parts) > 1 and len(parts[1]) == 2 else ""
    return base, f"{base}_{region}" if region else base


@functools.lru_cache(maxsize=64)
def names_for(lang: str | None) -> Names | None:
    """The names of a page's language ('nl', 'pt-BR', 'en_GB'), or None when unknown. Languages
    outside ``LOCALES`` are read from Babel on first use."""
    if not lang:
        return None
    base, tag = norm_tag(lang)
    t = tables()
    if tag in t.by_lang and tag != "en":
        return t.by_lang[tag]
    known = t.by_lang.get(base)
    if known is not None and (tag == base or base != "en" or tag in _region_day_first):
        if tag in ("en", "en_US"):
            # Bare 'en' is written both ways round, and 'en-US' is many templates' default (British
            # pages declare it too): neither says which way a numeric date goes.
            return dataclasses.replace(known, day_first=None)
        if tag in _region_day_first:
            return dataclasses.replace(known, day_first=_region_day_first[tag])
        return known
    return _locale_names(tag) or (known if known is not None else _locale_names(base))


def month_number(word: str, lang: str | None = None, *, loose: bool = False) -> int | None:
    """The month a name means, or None.

    With ``lang``: that language's names (and English ones). Without: English names, full names
    from any locale, and -- only when ``loose`` (the caller has a stamp-shaped line, or the
    name was written with its abbreviation dot) -- abbreviations from any locale."""
    key = fold(word)
    t = tables()
    hit = t.english_months.get(key)
    if hit is not None:
        return hit
    if lang:
        names = names_for(lang)
        return names.months.get(key) if names is not None else None
    if key in t.any_wide or loose:
        return t.any_month.get(key)
    return None


def is_day_name(word: str, lang: str | None = None) -> bool:
    key = fold(word)
    t = tables()
    if key in t.english_days:
        return True
    if lang:
        names = names_for(lang)
        return names is not None and key in names.days
    return key in t.any_day or (not word.isascii() and _script_day(key, word))


def _script_day(key: str, word: str) -> bool:
    """A day name in a script that ``LOCALES`` do not write (Persian "جمعه", Bengali "রবিবার"): a
    day of a language written in it (``dates.SCRIPT_MONTH_LOCALES``)."""
    from .dates import SCRIPT_MONTH_LOCALES, _SCRIPT_OF

    m = _SCRIPT_OF.match(word)
    if m is None or m.lastgroup is None:
        return False
    return any((n := names_for(lang)) is not None and key in n.days for lang in SCRIPT_MONTH_LOCALES[m.lastgroup])


def day_period(word: str, lang: str | None = None) -> str | None:
    """'am' or 'pm' for a day period written in the page's language ('nachm.' is not in CLDR;
    'p. m.', 'em', 'ip.', '午後' are)."""
    if not lang:
        return None
    names = names_for(lang)
    return names.periods.get(period_key(word)) if names is not None else None


def day_first(lang: str | None) -> bool | None:
    """Whether the page's language writes numeric dates day first (None: unknown or mixed)."""
    names = names_for(lang)
    return names.day_first if names is not None else None


# Territories whose default calendar is the Buddhist one, and its era's offset: CLDR's
# supplemental calendar data (calendarPreferenceData: TH "buddhist gregorian"; calendarData: the
# Buddhist era starts in -542, so its year 2566 is 2023). Babel carries neither, so they are
# kept as data here.
BUDDHIST_TERRITORIES = frozenset({"TH"})
BUDDHIST_ERA_OFFSET = 543


@functools.lru_cache(maxsize=64)
def era_offset(lang: str | None) -> int:
    """Years to subtract from a year printed on a page in ``lang`` ('th', 'th-TH') to have the
    Gregorian year: the Buddhist era's offset where the language's territory (its region tag,
    else CLDR's likely territory for it) counts years so by default; else 0."""
    if not lang:
        return 0
    base, tag = norm_tag(lang)
    territory = tag.partition("_")[2]
    if not territory:
        from babel.core import get_global

        likely = str(get_global("likely_subtags").get(base, ""))
        territory = next((p for p in reversed(likely.split("_")) if len(p) == 2 and p.isupper()), "")
    return BUDDHIST_ERA_OFFSET if territory in BUDDHIST_TERRITORIES else 0


_CLOCK_FIELDS = "HhKkm"


def _literal(tokens: list) -> str:
    return " ".join("".join(str(v) for _, v in tokens).split())


def _clock_words(tag: str) -> tuple[set[str], set[str]]:
    """The words CLDR prints around a clock in locale ``tag``: after it (``affixes``: bg "ч.",
    th "น.", hsb "hodź.") and before it (``leads``: da/is/nb "kl.", fi "klo", de "um"), read from
    every time format, every available (skeleton) format that holds a clock, and the date-time
    glue patterns ("{1} 'kl'. {0}", "{1}, {0} 'ч'.", the "at" forms included)."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import tokenize_pattern

    try:
        loc = Locale.parse(tag.replace("-", "_"))
        patterns = [str(getattr(f, "pattern", f)) for f in loc.time_formats.values()]
        patterns += [str(getattr(f, "pattern", f)) for f in loc.datetime_skeletons.values()]
        glue = [str(g) for g in loc.datetime_formats.values()]
        glue += [str(g) for g in (loc._data.get("datetime_formats_relative") or {}).values()]
    except (UnknownLocaleError, ValueError, TypeError, KeyError, LookupError, AttributeError):
        return set(), set()
    affixes: set[str] = set()
    leads: set[str] = set()
    for pattern in patterns:
        tokens = tokenize_pattern(pattern)
        fields = [i for i, (kind, value) in enumerate(tokens) if kind == "field"]
        clock = [i for i in fields if tokens[i][1][0] in _CLOCK_FIELDS + "s"]
        if clock and tokens[clock[-1]][1][0] in _CLOCK_FIELDS and any(tokens[i][1][0] == "m" for i in clock):
            # the words after a clock of hours and minutes (not after seconds: fr-CA "ss 's'";
            # not after an hour alone: de "HH 'Uhr'"), up to the next field ("H:mm 'ч'. z") or the end
            last = clock[-1]
            nxt = next((i for i in fields if i > last), len(tokens))
            affixes.add(_literal(tokens[last + 1:nxt]))
        first = next((i for i in fields if tokens[i][1][0] in "Hh"), None)
        if first is not None:  # the words before the hour, after any other field ("E 'kl'. HH:mm")
            prev = max((i for i in fields if i < first), default=-1)
            leads.add(_literal(tokens[prev + 1:first]))
    for g in glue:
        at = g.find("{0}")
        if at < 0:
            continue
        tail, head = g[at + 3:], g[:at]
        if "{1}" not in tail:
            affixes.add(_literal(tokenize_pattern(tail)))
        if "{1}" in head:
            leads.add(_literal(tokenize_pattern(head[head.index("{1}") + 3:])))
    keep = lambda w: bool(w) and any(c.isalpha() for c in w) and len(w) <= 12  # noqa: E731
    return {w.strip(" ,") for w in affixes if keep(w)}, {w.strip(" ,") for w in leads if keep(w)}


@functools.lru_cache(maxsize=64)
def clock_affix(lang: str | None) -> regex.Pattern[str] | None:
    """A pattern for the words CLDR prints right after the clock in ``lang`` ("HH:mm น." (th) ->
    "น.", "HH:mm 'ч'." (bg) -> "ч.", "H:mm 'hodź'." (hsb) -> "hodź."), from all its time formats
    and date-time patterns, to match just after a clock; its dots optional. None for the many
    languages whose formats end with the clock's digits (or a day period, read apart)."""
    if not lang:
        return None
    affixes, _ = _clock_words(lang)
    if not affixes:
        return None
    alt = "|".join(regex.escape(a).replace(r"\.", r"\.?").replace(r"\ ", r"\s?")
                   for a in sorted(affixes, key=len, reverse=True))
    return regex.compile(r"[\s\u00a0\u202f]?(?:" + alt + r")(?!\w)", regex.I)


@functools.lru_cache(maxsize=64)
def clock_leads(lang: str | None) -> frozenset[str]:
    """The words CLDR prints before a clock in ``lang`` (da, is, nb "kl.", fi "klo", bg "в",
    de "um"), case folded, their final dot dropped."""
    if not lang:
        return frozenset()
    return frozenset(w.casefold().rstrip(".") for w in _clock_words(lang)[1])


@functools.cache
def any_clock_affix() -> regex.Pattern[str] | None:
    """``clock_affix`` for a page whose language is unknown: the words any CLDR language prints
    after its clocks, of two characters or more ("ч.", "Uhr", "น.", "बजे"), from the snapshot."""
    try:
        from .calendar_data import CLOCK_AFFIXES
    except ImportError:
        return None
    alt = "|".join(regex.escape(a).replace(r"\.", r"\.?").replace(r"\ ", r"\s?")
                   for a in sorted(CLOCK_AFFIXES, key=len, reverse=True))
    return regex.compile(r"[\s\u00a0\u202f]?(?:" + alt + r")(?!\w)", regex.I) if alt else None


def _all_affixes() -> list[str]:
    from babel import localedata

    out: set[str] = set()
    for tag in localedata.locale_identifiers():
        if "_" not in tag and tag != "root":
            # (not a two-letter Latin word, which is also a word of other languages: "le")
            out |= {a for a in _clock_words(tag)[0]
                    if len(a) >= 2 and "(" not in a and not (len(a) < 3 and a.isascii() and a.isalpha())}
    return sorted(out)


@functools.lru_cache(maxsize=64)
def clock_particles(lang: str | None = None) -> frozenset[str]:
    """Words that stand before a clock or a date ("um", "kl.", "a las"): those kept as data here
    for every language, and, for ``lang``, the words CLDR's patterns print before its clocks
    (``clock_leads``: is "kl.", bg "в")."""
    if not lang:
        return _PARTICLES
    return _PARTICLES | frozenset(w for lead in clock_leads(lang) for w in lead.split() if w.isalpha())


_PARTICLES = frozenset(w.casefold() for table in (CLOCK_PARTICLES, DATE_PARTICLES)
                       for ps in table.values() for p in ps for w in p.split())


@functools.lru_cache(maxsize=64)
def period_patterns(lang: str | None) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """Two compiled patterns for the page language's day periods ('fm', 'em', 'p. m.', '午後'):
    one for a period just after a clock, one for a period just before it (Chinese, Japanese,
    Korean). None when the language has none beyond the English 'am'/'pm' shapes."""
    names = names_for(lang)
    if names is None:
        return None
    keys = [k for k in names.periods if len(k) >= 2 and k not in ("am", "pm")]
    if not keys:
        return None
    gap = r"\.?[\s\u00a0\u202f]?"
    alt = "|".join(gap.join(regex.escape(c) for c in k) + r"\.?" for k in sorted(keys, key=len, reverse=True))
    after = regex.compile(r"[\s\u00a0\u202f]?(?P<p>" + alt + r")(?!\w)", regex.I)
    before = regex.compile(r"(?<!\w)(?P<p>" + alt + r")[\s\u00a0\u202f]?$", regex.I)
    return after, before


def _snapshot_source() -> str:
    """calendar_data.py, written from Babel's CLDR data."""
    import babel
    lines = [f'"""CLDR month, day and day-period names for newsclean, generated from Babel {babel.__version__}',
             'by `python -m newsclean.calendar_names`; do not edit by hand."""', "# fmt: off",
             f"BABEL_VERSION = {babel.__version__!r}", "LOCALES = {"]
    for tag in LOCALES:
        n = _locale_names(tag)
        assert n is not None, tag
        lines.append(f"    {tag!r}: ({n.months!r}, {sorted(n.wide_months)!r}, {n.days!r}, {n.periods!r}, {n.day_first!r}),")
    lines.append("}")
    firsts = {tag: n.day_first for tag in REGION_TAGS if (n := _locale_names(tag)) is not None}
    lines.append(f"REGION_DAY_FIRST = {firsts!r}")
    from .calendar_units import from_babel
    lines.append(f"CJK_UNITS = {from_babel()!r}")
    lines.append(f"CLOCK_AFFIXES = {_all_affixes()!r}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("calendar_data.py").write_text(_snapshot_source(), encoding="utf-8")
