"""Relative times from CLDR through Babel: the word for "today" and ages ("vor 5 Minuten",
"il y a 2 heures", "2 tim sedan"), as patterns per language, built on first use and cached.

Split from `newsclean.calendar_names` (month and day names, day periods, date order), whose
language tags it shares.
"""
from __future__ import annotations

import functools

import regex

from .calendar_names import norm_tag

# Languages whose relative day names are read when the page's language is unknown.
RELATIVE_DAY_LOCALES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "ro", "tr")


@functools.lru_cache(maxsize=64)
def today_words(lang: str | None = None) -> frozenset[str]:
    """CLDR's word for "today" in the page's language (and English), or in the common languages
    when it is unknown, folded: "heute", "aujourd'hui", "hoy", "vandaag", "dzisiaj"."""
    codes = ("en", norm_tag(lang)[0]) if lang else RELATIVE_DAY_LOCALES
    return frozenset(fold_quotes(word) for code in codes if (word := _locale_data(code)[1]) is not None)


def fold_quotes(word: str) -> str:
    """Case-folded, with typographic apostrophes as ASCII ("aujourd’hui" -> "aujourd'hui")."""
    return word.casefold().replace("’", "'").replace("ʼ", "'")


_AGE_FIELDS = ("second", "minute", "hour", "day")
# Languages whose ages (not their day names) are also read in Latin lines when the page's
# language is unknown (the text front reads stamps before it passes one down): the phrase packs'
# other Latin-script languages, whose CLDR ages all carry their own "ago" word ("prije 5 minuta",
# "5 perce", "5 phút trước", "fa 5 minuts", "5 menit yang lalu"), so no other text is taken
# for one.
AGE_LOCALES = (*RELATIVE_DAY_LOCALES, "ca", "hr", "sl", "sk", "hu", "et", "lv", "lt", "is", "id", "ms", "vi",
               "sw", "fil")
# Languages whose ages are read when the page's language is unknown (the text front knows only
# the languages with phrase packs) and the line is written in another script than Latin
# ("πριν από 2 ώρες", "5 минут назад", "12분 전", "3時間前", "לפני 5 דקות"): `age_languages`.
# A script that few languages write names them; the first letter of such a script in the line
# decides. (Latin lines keep to AGE_LOCALES.)
SCRIPT_AGE_LOCALES = {
    "Greek": ("el",), "Cyrillic": ("ru", "uk"), "Hangul": ("ko",), "Hiragana": ("ja",), "Katakana": ("ja",),
    "Han": ("ja", "zh"), "Thai": ("th",), "Hebrew": ("he",), "Arabic": ("ar", "fa", "ur"),
    "Devanagari": ("hi", "mr", "ne"), "Bengali": ("bn",), "Georgian": ("ka",), "Armenian": ("hy",),
}
# one search finds the first letter of any of them (a line of accented Latin is scanned once)
_SCRIPT_LETTER = regex.compile("|".join(rf"(?P<{name}>\p{{{name}}})" for name in SCRIPT_AGE_LOCALES))


def age_languages(text: str) -> tuple[str, ...] | None:
    """For a line of a page of unknown language: the languages whose ages `relative_age` should
    read, when the line's first letter of a script in `SCRIPT_AGE_LOCALES` names them (a kana
    line holding Han is Japanese: the Han languages include it); else None (the common
    languages)."""
    if text.isascii():
        return None
    m = _SCRIPT_LETTER.search(text)
    return SCRIPT_AGE_LOCALES[m.lastgroup] if m is not None and m.lastgroup else None


@functools.lru_cache(maxsize=64)
def relative_age(lang: str | tuple[str, ...] | None = None) -> regex.Pattern[str] | None:
    """A pattern for an age written in the page's language (or, unknown, the common languages),
    from CLDR's relative-time patterns: "vor 5 Minuten", "il y a 3 h", "hace 2 horas", "há 3
    minutos", "5 minuti fa", "3 uur geleden", "2 godziny temu", "för 4 minuter sedan"."""
    forms = _age_forms(lang)
    if not forms:
        return None
    alts = sorted(forms, key=len, reverse=True)
    groups = _by_prefix(alts)
    if groups is None:
        body = "|".join(map(_age_regex, alts))
    else:
        body = "|".join(_age_regex(prefix + "{0}") + "(?:" + "|".join(_age_regex(rest) for rest in rests) + ")"
                        for prefix, rests in groups.items())
    return regex.compile(r"(?<!\w)(?:" + body + r")(?!\w)", regex.I)


def _by_prefix(alts: list[str]) -> dict[str, list[str]] | None:
    """The forms grouped by what precedes their number ("vor ": [" Minuten", " Stunden", ...]),
    each group in the forms' order, when one pattern per group matches as the forms one by one
    do: the words after a number open with a letter (so the number's digits are all of them),
    and no two groups can start a match at one place (they differ in a letter, or one opens with
    the number and the other with a letter). None when the forms do not allow it.

    (The pattern of 171 forms tried one by one cost 40-60 µs a line, most of it the number
    tried again for each form opening with it.)"""
    groups: dict[str, list[str]] = {}
    for f in alts:
        if f.count("{0}") != 1:
            return None
        prefix, rest = f.split("{0}")
        after = rest.lstrip(" .")
        if (prefix and not prefix[0].isalpha()) or (after and not after[0].isalpha()):
            return None
        groups.setdefault(prefix, []).append(rest)
    heads = [_letters(p) for p in groups if p]
    for i, a in enumerate(heads):
        for b in heads[i + 1:]:
            if not any(_differ(x, y) for x, y in zip(a, b)):
                return None  # (one may run on as the other: keep the forms' own order)
    return groups


def _letters(prefix: str) -> str:
    """The letters a prefix opens with ("il" of "il y a ")."""
    n = 0
    while n < len(prefix) and prefix[n].isalpha():
        n += 1
    return prefix[:n]


def _differ(a: str, b: str) -> bool:
    """Whether two letters differ however case is ignored."""
    return a.lower() != b.lower() and a.upper() != b.upper() and a.casefold() != b.casefold()


def _age_regex(form: str) -> str:
    """A CLDR age form as a pattern: its number any one to three digits, a space or a dot in it
    optional ("il y a 5 min" as well as "min.")."""
    return regex.escape(form).replace(regex.escape("{0}"), r"\d{1,3}").replace(r"\ ", r"\s?").replace(r"\.", r"\.?")


@functools.lru_cache(maxsize=64)
def relative_age_reach(lang: str | tuple[str, ...] | None = None) -> int:
    """The most characters an age of `relative_age` holds before its number ("il y a " is 7):
    a match starts at most this far before the text's first digit, so a search may start there."""
    return max((f.index("{0}") for f in _age_forms(lang)), default=0)


@functools.lru_cache(maxsize=64)
def relative_age_hint(lang: str | tuple[str, ...] | None = None) -> regex.Pattern[str] | None:
    """A cheap test every age of `relative_age` passes: a digit, maybe a space, then the first
    character the form prints after its number ("5 M" of "vor 5 Minuten", "5 (" of Tagalog's
    "{0} (na) araw ang nakalipas"); None when some form prints nothing there, or a dot (which
    its pattern leaves optional). A text without it holds no age ("Saison 2024", "(Teil 2)")."""
    firsts = set()
    for f in _age_forms(lang):
        rest = f.split("{0}", 1)[1]
        rest = rest.removeprefix(" ")
        if not rest or rest[0] in " .":
            return None
        firsts.add(rest[0])
    if not firsts:
        return None
    return regex.compile(r"\d\s?[" + "".join(regex.escape(c) for c in sorted(firsts)) + "]", regex.I)


@functools.lru_cache(maxsize=64)
def relative_age_words(lang: str | tuple[str, ...] | None = None) -> regex.Pattern[str] | None:
    """A pattern for an age of one unit written without a digit, in the page's language (or,
    unknown, the common languages and English): CLDR's age with one of the phrase pack's words
    for "one" where its number stands ("vor einer Stunde" of "vor {0} Stunde", "il y a une
    heure", "un'ora fa", "acum o oră", "an hour ago"), and the pack's ages printed with no
    number ("godzinę temu", "před hodinou", "час назад"). Only forms whose unit is a word of two
    letters or more take a word for "one" ("il y a une h" is none). The whole form must be
    there: "un'ora di attesa" holds no "fa"."""
    from .rules.packs import packs

    codes = lang if isinstance(lang, tuple) else (norm_tag(lang)[0],) if lang else (*AGE_LOCALES, "en")
    all_packs = packs()
    alts: set[str] = set()
    for code in dict.fromkeys(codes):
        pack = all_packs.get(code)
        if pack is None:
            continue
        alts |= {_age_regex(form) for form in pack.singular_ages}
        if not pack.one_words:
            continue
        own = set(_locale_data(code)[0])
        for form in own | _without_preposition(own):
            if form.count("{0}") != 1:
                continue
            prefix, rest = form.split("{0}")
            unit = rest.split()[0] if rest.strip() else ""
            if not rest.startswith(" ") or len(unit) < 2 or not unit.isalpha():
                continue
            for one in pack.one_words:
                joined = prefix + one + (rest.lstrip() if one.endswith("'") else rest)
                alts.add(regex.escape(joined).replace(r"\ ", r"\s").replace("'", "['’]"))
    if not alts:
        return None
    body = "|".join(sorted(alts, key=len, reverse=True))
    return regex.compile(r"(?<![\w'’])(?:" + body + r")(?!\w)", regex.I)


@functools.lru_cache(maxsize=64)
def _age_forms(lang: str | tuple[str, ...] | None) -> frozenset[str]:
    """CLDR's past relative-time patterns of the ages' fields ("vor {0} Minuten")."""
    codes = lang if isinstance(lang, tuple) else (norm_tag(lang)[0],) if lang else AGE_LOCALES
    forms: set[str] = set()
    for code in codes:
        if code == "en":
            continue  # English ages are ``times.RELATIVE``
        own = set(_locale_data(code)[0])
        forms |= own | _without_preposition(own)
    return frozenset(forms)


@functools.lru_cache(maxsize=128)
def _locale_data(code: str) -> tuple[tuple[str, ...], str | None]:
    """``(age forms, word for today)`` of one locale: from the snapshot (`calendar_age_data`,
    instant), else from Babel (reading a locale's CLDR data costs 10-20 ms)."""
    from .calendar_age_data import LOCALES

    data = LOCALES.get(code)
    return data if data is not None else babel_locale_data(code)


def babel_locale_data(code: str) -> tuple[tuple[str, ...], str | None]:
    """``(age forms, word for today)`` of one locale, read from CLDR through Babel: the past
    relative-time patterns of the ages' fields in every width ("vor {0} Minuten", "vor {0} Min."),
    sorted, and the relative day name for today ("heute"), as CLDR writes it; nothing for a
    locale Babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        fields = Locale.parse(code)._data["date_fields"]
    except (ValueError, KeyError, LookupError, UnknownLocaleError):
        return (), None
    own: set[str] = set()
    for name in _AGE_FIELDS:
        for width in ("", "-short", "-narrow"):
            past = fields.get(name + width, {}).get("past", {})
            for pattern in past.values():
                pattern = " ".join(str(pattern).replace("\u00a0", " ").replace("\u202f", " ").split())
                if "{0}" in pattern and len(pattern) <= 40 and pattern[0] not in "-+−":
                    own.add(pattern)  # (not the narrow "-{0} min": a minus sign)
    try:
        rel = fields["day"]["relative"]
    except (KeyError, LookupError):
        return tuple(sorted(own)), None
    return tuple(sorted(own)), (str(rel[0]) if 0 in rel else None)


def _without_preposition(forms: set[str]) -> set[str]:
    """The forms of a language that wraps its number in a preposition and a closing "ago" word
    ("för {0} timmar sedan", "for {0} minutter siden"), also without the preposition: pages print
    "2 tim sedan", "5 minutter siden", "27 min sedan". The closing word must close the forms of three units or
    more (a word of the age itself, not of one unit: Romanian "acum {0} de minute" keeps its
    "acum", as "5 de minute" is a duration)."""
    units: dict[str, set[str]] = {}
    for f in forms:
        prefix, _, rest = f.partition("{0}")
        words = rest.split()
        if prefix.strip() and len(words) >= 2:
            units.setdefault(words[-1], set()).add(words[-2])
    closing = {w for w, us in units.items() if len(us) >= 3}
    if not closing:
        return set()
    out = set()
    for f in forms:
        prefix, _, rest = f.partition("{0}")
        words = rest.split()
        if prefix.strip() and len(words) >= 2:
            if words[-1] in closing:
                out.add("{0}" + rest)
            elif len(closing) == 1:  # a narrow unit with a narrow "ago" ("för {0} min sen"): also
                out.add("{0} " + " ".join(words[:-1] + sorted(closing)))  # with the full one
    return out


def snapshot_locales() -> tuple[str, ...]:
    """The locales `calendar_age_data` holds: those read when the page's language is unknown,
    and the languages of the phrase packs (what `newsclean.language` may name a page)."""
    from .rules.packs import _MODULES

    scripts = (code for codes in SCRIPT_AGE_LOCALES.values() for code in codes)
    return tuple(dict.fromkeys((*RELATIVE_DAY_LOCALES, *AGE_LOCALES, *scripts, *_MODULES)))


def snapshot_source() -> str:
    """calendar_age_data.py, written from Babel's CLDR data."""
    import babel

    lines = [f'"""CLDR ages ("vor {{0}} Minuten") and words for today, per locale, generated from Babel {babel.__version__}',
             'by `python -m newsclean.calendar_relative`; do not edit by hand (see `calendar_relative.babel_locale_data`)."""',
             "# fmt: off", f"BABEL_VERSION = {babel.__version__!r}", "LOCALES: dict[str, tuple[tuple[str, ...], str | None]] = {"]
    lines += [f"    {code!r}: {babel_locale_data(code)!r}," for code in snapshot_locales()]
    return "\n".join([*lines, "}"]) + "\n"


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("calendar_age_data.py").write_text(snapshot_source(), encoding="utf-8")
