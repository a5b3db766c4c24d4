"""Calendar dates written in any language: "17 May 2024", "2 novembre 2023", "3. Juli 2026",
"3 de julio de 2026", "4 lipca 2026", "2026. július 3.", ISO and numeric dates.

Month names come from CLDR (``calendar_names``). A numeric date is read in the order of the
page's language (``lang``); without it, only when the order is certain.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from . import calendar_any
from . import calendar_bikram as bikram
from . import calendar_names as cal
from . import calendar_persian as persian
from . import calendar_printed as printed
from . import calendar_regional as regional
from . import calendar_spaced as spaced
from . import calendar_unit_dates as unit_dates
from . import calendar_units as units
from .date_patterns import patterns_for
from .writing_systems import ascii_digits, has_letters

# Any language's dates: a word in the month's place, looked up in the CLDR tables.
# (or an abbreviation dotted inside, "พ.ค.", "มิ.ย." (Thai, CLDR): at most three letter groups)
_NAME = r"(?P<mon>\p{L}[\p{L}\p{M}]{1,14}+(?!\.\p{L})\.?|\p{L}[\p{L}\p{M}]{0,3}(?:\.\p{L}[\p{L}\p{M}]{0,3}){1,2}\.?)"
_DAY = r"(?P<d>[0-3]?\d)"
# (or a year of the Buddhist era, 2443-2642 for 1900-2099: read only where it is the page's
# calendar, ``calendar_names.era_offset``)
_YEAR = r"(?P<y>(?:19|20)\d\d|2[4-6]\d\d)(?!\d)"
_GEN = r"(?:(?:de|del)\s+|d['’]\s?)"        # Romance "3 de julio de 2026", "3 d'agost"
# (each of the two opens with a lookahead for what its first characters must be, a digit, or a
# word with a space and a digit after it: the engine then turns most places down before trying
# the whole pattern, which halves their cost on stamp lines; the matches are the same)
_NAMED_DMY = regex.compile(
    r"(?=\d)(?<![\p{L}\d.:])" + _DAY + r"(?:\.|st|nd|rd|th|er)?(?:[\s\u00a0]+|(?<=\.))" + _GEN + r"?" + _NAME +
    r"(?:(?:,?[\s\u00a0]+|[\s\u00a0]?،[\s\u00a0]+|(?<=\.))" + _GEN + r"?" + _YEAR + r"|(?![\p{L}\d]))", regex.I)  # ("30.out.2022", "08 فروری ، 2024")
_NAMED_MDY = regex.compile(
    r"(?<![\p{L}\d])(?=\p{L}[\p{L}\p{M}]{1,14}+\.?[\s\u00a0]+\d)" + _NAME + r"[\s\u00a0]+" + _DAY + r"(?:st|nd|rd|th)?(?![\d:.]\d)"
    r"(?:,?[\s\u00a0]+" + _YEAR + r"|(?![\p{L}\d]))", regex.I)
_NAMED_YMD = regex.compile(r"(?<!\d)" + _YEAR + r"\.[\s\u00a0]+" + _NAME + r"[\s\u00a0]+" + _DAY + r"\.", regex.I)
_NUMERIC = regex.compile(
    r"(?<![\d.,/:-])(?P<a>\d{1,2})(?P<sep>[./-]|\.\s)(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[./-]\d)")
_NUMERIC_YMD = regex.compile(
    r"(?<![\d.,/:-])(?P<y>(?:19|20)\d\d)(?P<sep>[./-]|\.\s)(?P<mo>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d|[./-]\d)")
_NUMERIC_DM = regex.compile(r"(?<![\d.,/:-])(?P<a>[0-3]?\d)\.(?P<b>[0-3]?\d)\.(?!\d)")
# "2024年1月1日", "1月1日", "2024년 1월 1일": CJK units from CLDR (calendar_units)
_CJK_MONTH = units.units()["month"]
_CJK_DATE = regex.compile(
    r"(?<!\d)(?:" + _YEAR + r"\s?" + units.char_class("year") + r"\s?)?(?P<mo>1[0-2]|0?[1-9])\s?" +
    units.char_class("month") + r"\s?" + _DAY + r"\s?" + units.char_class("day"))
# a clock right after a date ("13.04.24, 23:15", "13.04.24 23:15")
_CLOCK_NEXT = regex.compile(r",?[\s\u00a0]{1,2}(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")
# the dot closing a numeric date before its clock ("17.12.2023. 22:40", "12.03.2024. u 06:20":
# CLDR's South Slavic and Hungarian date formats end with one); not a sentence's full stop
_DOT_THEN_CLOCK = regex.compile(r"\.(?=[\s\u00a0]{1,2}(?:\p{L}{1,3}\.?[\s\u00a0]{1,2})?(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d))")
# a Solar Hijri date: day, month name (CLDR's "persian" calendar), year ("۱۵ تیر ۱۴۰۳")
_SOLAR_YEAR = regex.compile(r"(?<!\d)1[34]\d\d(?!\d)")
_SOLAR_DMY = regex.compile(
    r"(?<![\p{L}\d])(?P<d>[0-3]?\d)[\s\u00a0]+(?P<mon>" + "|".join(persian.MONTHS) + r")[\s\u00a0,،]+(?P<y>1[34]\d\d)(?!\d)")
_HAS_YEAR = regex.compile(r"(?<!\d)(?:(?:19|20|2[4-6])\d\d|\d\d[./-]\d\d[./-]\d\d)(?!\d)")


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: dt.date | None            # a full date
    month_day: tuple[int, int] | None = None


def _month(word: str, lang: str | None, loose: bool) -> int | None:
    mo = cal.month_number(word, lang, loose=loose or word.endswith("."))
    if mo is None and lang is None and not word.isascii():
        mo = _script_month(word)
    if mo is None and lang:  # a regional variant's name ("شتنبر", "Jänner", "septembar"), or one pages print
        base, key = cal.norm_tag(lang)[0], cal.fold(word)
        mo = regional.MONTHS.get(base, {}).get(key) or printed.MONTHS.get(base, {}).get(key)
    return mo


# Languages whose month names are read, when the page's language is unknown, for a name written
# in their script (``calendar_names.LOCALES``, the languages read without a page's language, are
# all written in Latin, Greek or Cyrillic): "14 أبريل 2024", "14 באפריל 2024".
SCRIPT_MONTH_LOCALES = {"Arabic": ("ar", "fa", "ur"), "Hebrew": ("he",), "Devanagari": ("hi", "mr"), "Thai": ("th",),
                        "Bengali": ("bn", "as"), "Gurmukhi": ("pa",), "Gujarati": ("gu",), "Tamil": ("ta",),
                        "Telugu": ("te",), "Kannada": ("kn",), "Malayalam": ("ml",), "Sinhala": ("si",),
                        "Khmer": ("km",), "Lao": ("lo",), "Myanmar": ("my",), "Georgian": ("ka",),
                        "Armenian": ("hy",), "Ethiopic": ("am",)}
_SCRIPT_OF = regex.compile("|".join(f"(?P<{k}>\\p{{{k}}})" for k in SCRIPT_MONTH_LOCALES))


def _script_month(word: str) -> int | None:
    """The month a name in a script of `SCRIPT_MONTH_LOCALES` means in all of that script's
    languages that know it (CLDR, through Babel on first use); None when they disagree."""
    m = _SCRIPT_OF.match(word)
    if m is None or m.lastgroup is None:
        return None
    key = cal.fold(word)
    found = {n.months[key] for lang in SCRIPT_MONTH_LOCALES[m.lastgroup]
             if (n := cal.names_for(lang)) is not None and key in n.months}
    return found.pop() if len(found) == 1 else None


def script_language(text: str) -> str | None:
    """The language a text's first letters say by their script alone, where one language of
    `SCRIPT_MONTH_LOCALES` writes it (Thai: "th", Hebrew: "he"); else None."""
    if text.isascii():
        return None
    m = _SCRIPT_OF.search(text)
    if m is None or m.lastgroup is None or len(SCRIPT_MONTH_LOCALES[m.lastgroup]) != 1:
        return None
    return SCRIPT_MONTH_LOCALES[m.lastgroup][0]


def _full(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def find_dates(text: str, lang: str | None, *, loose: bool = False, yearless: bool = False) -> list[DateHit]:
    """Every date written in ``text``, in order; year-less ones ("3 Juli", "Oct 02") only when
    ``yearless``. ``loose``: the text is a stamp line, so abbreviations of any language count.
    Digits of any script are read ("١٤ أبريل ٢٠٢٤")."""
    text = ascii_digits(text)  # (same positions)
    hits: list[DateHit] = []
    if _HAS_YEAR.search(text):
        for m in _NUMERIC_YMD.finditer(text):
            if (d := _full(int(m["y"]), int(m["mo"]), int(m["d"]))) is not None:
                hits.append(DateHit(m.start(), m.end(), d))
        for m in _NUMERIC.finditer(text):  # an ambiguous one is still a date's span, of no value
            end = m.end() + (1 if text.startswith(".", m.end()) and _DOT_THEN_CLOCK.match(text, m.end()) else 0)
            hits.append(DateHit(m.start(), end, _numeric(m, lang, _CLOCK_NEXT.match(text, end) is not None)))
        for m in _NAMED_YMD.finditer(text):
            if (mo := _month(m["mon"], lang, loose)) and (y := _year(m["y"], lang)) \
                    and (d := _full(y, mo, int(m["d"]))):
                hits.append(DateHit(m.start(), m.end(), d))
    if yearless and "." in text:
        for m in _NUMERIC_DM.finditer(text):  # "03.07.": a span, and a day only when certain
            a, b = int(m["a"]), int(m["b"])
            first = cal.day_first(lang) if lang else True  # between dots the day comes first (CLDR)
            if a > 12 or a == b:
                first = True
            elif b > 12:
                first = False
            day, mo = (a, b) if first else (b, a)
            ok = first is not None and 1 <= mo <= 12 and 1 <= day <= 31
            hits.append(DateHit(m.start(), m.end(), None, (mo, day) if ok else None))
    if any(c in text for c in _CJK_MONTH):
        for m in _CJK_DATE.finditer(text):
            if m["y"]:
                if (y := _year(m["y"], lang)) and (d := _full(y, int(m["mo"]), int(m["d"]))) is not None:
                    hits.append(DateHit(m.start(), m.end(), d))
            elif yearless and 1 <= int(m["d"]) <= 31:
                hits.append(DateHit(m.start(), m.end(), None, (int(m["mo"]), int(m["d"]))))
    if not text.isascii() and _SOLAR_YEAR.search(text):
        for m in _SOLAR_DMY.finditer(text):  # "۱۵ تیر ۱۴۰۳": the Solar Hijri calendar
            if (d := persian.to_gregorian(int(m["y"]), persian.MONTH_NUMBER[m["mon"]], int(m["d"]))) is not None:
                hits.append(DateHit(m.start(), m.end(), d))
    for pat in (_NAMED_DMY, _NAMED_MDY) if has_letters(text) else ():  # names need letters
        for m in pat.finditer(text):
            if not m["y"] and not yearless:
                continue
            mo = _month(m["mon"], lang, loose)
            if mo is None:
                continue
            day = int(m["d"])
            year = _year(m["y"], lang or script_language(m["mon"])) if m["y"] else None
            if year:
                if (d := _full(year, mo, day)) is not None:
                    hits.append(DateHit(m.start(), m.end(), d))
            elif not m["y"] and 1 <= day <= 31:
                hits.append(DateHit(m.start(), m.end(), None, (mo, day)))
            elif yearless and 1 <= day <= 31:  # "14 May 2566" outside the Buddhist calendar: "14 May"
                end = max(m.end("mon"), m.end("d"))
                hits.append(DateHit(m.start(), end, None, (mo, day)))
    if lang and not any(h.date for h in hits) and bikram.reads(lang):  # "२०८१ असोज १२ गते": Nepal's calendar
        hits += [DateHit(a, b, d) for a, b, d in bikram.find(text)]
    if lang and not any(h.date for h in hits) and _HAS_YEAR.search(text) and has_letters(text):
        hits += _cldr_dates(text, lang)
    elif lang is None and not any(h.date for h in hits) and has_letters(text) and _FULL_YEAR.search(text):
        hits += _any_dates(text)
    if not any(h.date for h in hits) and _HAS_YEAR.search(text) and has_letters(text):
        # a month name of two words or more ("16 Oṣù Bélú, 2024", "٢٠ی تشرینی یەکەمی ٢٠٢٤")
        hits += [DateHit(a, b, d) for a, b, d in spaced.find(text, lang)]
    if not any(h.date for h in hits) and not text.isascii() and _HAS_YEAR.search(text):
        # "ទី១៥ ខែវិច្ឆិកា ឆ្នាំ២០២៤": the month behind the word for month (Khmer, Lao, Thai)
        hits += [DateHit(a, b, d) for a, b, d in unit_dates.find(text, lang)]
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[DateHit] = []
    for h in hits:  # overlapping readings: the earlier (then longer) one wins
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


def _cldr_dates(text: str, lang: str) -> list[DateHit]:
    """Dates written in the page language's own long or medium format (CLDR), where the shapes
    above miss them: year first ("2024 සැප්තැම්බර් 22", Sinhala "y MMMM d"), with words between
    the parts (Maltese "28 ta’ Ottubru 2024") or glued to them (Basque "2024ko apirilaren 21a",
    "y('e')'ko' MMMM'ren' d('a')")."""
    pattern = _cldr_pattern(lang)
    out: list[DateHit] = []
    for m in pattern.finditer(text) if pattern is not None else ():
        mo = _month(m["mon"], lang, True)
        year = _year(m["y"], lang)
        if mo and year and (d := _full(year, mo, int(m["d"]))) is not None:
            out.append(DateHit(m.start(), m.end(), d))
    return out


# A date of a language the common tables do not hold (the page's language unknown), by any CLDR
# language's full month name (``calendar_any``): a short particle may stand between the day and
# the month ("21 ga Satumba, 2024", "28 ta’ Ottubru 2024"), a hyphen may join them ("17-ноябрь,
# 2024-жыл", the year's word glued on too), or the month comes first ("Noofeembar 19, 2024").
_FULL_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ANY_REACH = 32         # characters a date of these shapes holds before its year, at most
_ANY_DMY = regex.compile(
    r"(?<![\p{L}\d.:-])(?P<d>[0-3]?\d)(?:[.-]|[.-]?[\s\u00a0]+(?:\p{Ll}{1,3}['’]?[\s\u00a0]+)?)"
    r"(?P<mon>\p{L}[\p{L}\p{M}]{3,14}+)\.?,?[\s\u00a0]+(?P<y>(?:19|20)\d\d)(?!\d)(?:-\p{L}{1,4}(?![\p{L}\d]))?")
_ANY_MDY = regex.compile(
    r"(?<![\p{L}\d])(?P<mon>\p{L}[\p{L}\p{M}]{3,14}+)[\s\u00a0]+(?P<d>[0-3]?\d),?[\s\u00a0]+(?P<y>(?:19|20)\d\d)(?!\d)")


def _any_dates(text: str) -> list[DateHit]:
    """Dates with a full month name of any language CLDR holds (`_ANY_DMY`, `_ANY_MDY`), for
    a text whose language is unknown and where the shapes above found none."""
    out: list[DateHit] = []
    seen: set[int] = set()
    for y in _FULL_YEAR.finditer(text):  # (only near a year: a long text is not scanned word by word)
        lo = max(0, y.start() - _ANY_REACH)
        for pat in (_ANY_DMY, _ANY_MDY):
            for m in pat.finditer(text, lo, min(len(text), y.end() + 8)):
                word = m["mon"]
                mo = cal.month_number(word) or calendar_any.month(word)
                if mo and m.start() not in seen and (d := _full(int(m["y"]), mo, int(m["d"]))) is not None:
                    seen.add(m.start())
                    out.append(DateHit(m.start(), m.end(), d))
    return out


# CLDR patterns the shapes above already read ("d MMMM y", "MMM d, y", "d. MMMM y"): skipped
_GENERAL_SHAPE = regex.compile(r"d{1,2}[\s.,]*M{3,4}[\s.,]*y+|M{3,4}[\s.,]*d{1,2}[\s.,]*y+")


@functools.lru_cache(maxsize=64)
def _cldr_pattern(lang: str) -> regex.Pattern[str] | None:
    own = [p for p in patterns_for(lang) if not _GENERAL_SHAPE.fullmatch(p)]
    branches = [b for b in map(_pattern_regex, own) if b is not None]
    return regex.compile("|".join(branches), regex.I) if branches else None


_GAPS = r"[\s\u00a0]"
_APOSTROPHES = "'’ʼ"


def _literal(text: str) -> str:
    """A CLDR pattern's literal text as a pattern: spaces may be any spaces, apostrophes any
    apostrophe."""
    out = []
    for ch in text:
        out.append(_GAPS + "*" if ch.isspace() else f"[{_APOSTROPHES}]" if ch in _APOSTROPHES else regex.escape(ch))
    return "".join(out)


def _pattern_regex(pattern: str) -> str | None:
    """A CLDR date pattern with a day, a month's name and a year as a regular expression (None
    for other patterns). Its literals are kept, punctuation is optional between the parts, and a
    part in parentheses may be left out (Basque "y('e')'ko'": "2024ko" and "2021eko")."""
    out: list[str] = []
    fields: set[str] = set()
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":
            end = pattern.find("'", i + 1)
            if end < 0:
                return None
            out.append(_literal(pattern[i + 1:end] or "'"))
            i = end + 1
            continue
        if ch.isalpha() and not ch.isascii():
            out.append(_literal(ch))  # only A-Z and a-z are fields; other letters are text ("y թ.")
            i += 1
            continue
        j = i
        while j < len(pattern) and pattern[j] == ch:
            j += 1
        run, i = pattern[i:j], j
        if ch in "yY":
            out.append(_YEAR)
        elif ch in "ML" and len(run) >= 3:
            out.append(r"(?P<mon>\p{L}[\p{L}\p{M}\u200c\u200d]*?\.?)")  # (joiners spell Indic words)
        elif ch == "d":
            out.append(r"(?P<d>[0-3]?\d)(?!\d)")
        elif ch.isalpha():
            return None  # a weekday, a numeric month, an era: not a pattern this reads
        elif ch == "(":
            out.append("(?:")
        elif ch == ")":
            out.append(")?")
        elif ch.isspace():
            out.append(_GAPS + "*")  # (Armenian "2024թ." is written without the pattern's space)
        else:
            out.append(_GAPS + "*" + (f"[{_APOSTROPHES}]?" if ch in _APOSTROPHES else regex.escape(ch) + "?") + _GAPS + "*")
        fields.add(ch.lower() if ch.isalpha() else "")
    if not {"y", "m", "d"} <= fields and not {"y", "l", "d"} <= fields:
        return None
    return r"(?<![\p{L}\d])(?=[\d\p{L}])" + "".join(out)


def _year(y: str, lang: str | None) -> int | None:
    """A matched year as a year of the Gregorian calendar: a Buddhist-era year (2566) only on a
    page in a language whose calendar counts it (``calendar_names.era_offset``), else None."""
    year = int(y)
    if year < 2100:
        return year
    offset = cal.era_offset(lang)
    return year - offset if offset and 1900 <= year - offset < 2100 else None


def _numeric(m: "regex.Match[str]", lang: str | None, clocked: bool = False) -> dt.date | None:
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    order = cal.day_first(lang) if lang else None
    if len(y) == 2:
        # "04/07/26": two-digit years only where the page's language is known, or where the date
        # is dotted and a clock follows it ("13.04.24, 23:15": a stamp, day first as between dots
        # everywhere; "1.2.3" alone may be a version or a score)
        if order is None and not (clocked and m["sep"] == "."):
            return None
        year = 2000 + int(y)
    else:
        year = int(y)
    if a > 12 and b <= 12:
        day_first = True
    elif b > 12 and a <= 12:
        day_first = False
    elif a == b:
        day_first = True
    elif order is None and m["sep"][0] == ".":
        day_first = True  # "03.04.2024": no CLDR locale writes month before day between dots
    elif order is None:
        return None  # "03/07/2026" with no language: 3 July or March 7 -- no answer beats a wrong one
    else:
        day_first = order
    return _full(year, b, a) if day_first else _full(year, a, b)


PARSE_DATE_CHARS = 2_000  # a dated line is far shorter; a paragraph dates the page by its first lines


def parse_date(text: str, *, lang: str | None = None) -> dt.date | None:
    """The first full calendar date written in ``text``: "17 May 2024", "Oct 02, 2020", ISO,
    "2 novembre 2023", "3. Juli 2026", "3 de julio de 2026", "4 lipca 2026", and numeric dates
    whose order is certain (from ``lang``, or because the day is over 12). Only the first
    `PARSE_DATE_CHARS` characters are read: callers ask a line for its date, and a line of
    megabytes (a page without line breaks) cost seconds each time it was asked."""
    text = ascii_digits(text[:PARSE_DATE_CHARS])
    if not _HAS_YEAR.search(text) and (text.isascii() or not _SOLAR_YEAR.search(text)):
        return None
    for h in find_dates(text, lang):
        if h.date is not None:
            return h.date
    if lang is None:
        # a day, a month's abbreviation and a year, then a clock ("27 окт 2024, 07:00"): the shape
        # of a stamp, where abbreviations of any language count (as on a stamp line)
        for h in find_dates(text, None, loose=True):
            if h.date is not None and _CLOCK_AFTER.match(text, h.end):
                return h.date
    return None


_CLOCK_AFTER = regex.compile(r"[,\s\u00a0]{0,3}(?:[-–|·•]\s?)?[012]?\d[:.]\s?[0-5]\d(?!\d)")


# A date in a page's own address: "/2026/11/29/slug", "/2026-11-29/slug", "slug-2026-11-29.html"
# (year, month and day in that order, each a whole path piece or dash-joined; "/2026/11/" alone
# names no day)
_PATH_DATE = regex.compile(r"(?<![\d])((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d])")


def path_date(path: str | None) -> dt.date | None:
    """The one date an address's path states as year, month and day; None when it states none,
    or two that differ (a path naming another page's date beside its own is no evidence)."""
    if not path:
        return None
    found = {_full(int(m.group(1)), int(m.group(3)), int(m.group(4))) for m in _PATH_DATE.finditer(path)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None
