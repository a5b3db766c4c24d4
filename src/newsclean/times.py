"""Dates, clock times and the lines that carry them.

A live blog stamps each post with a time: a clock ("12.05 BST", "21:00", "19:02 (IST), Oct 02",
"12.30 Uhr", "23u32", "16h56", "kl. 14.30", "7.12pm"), a relative age ("3m ago", "23h"), or a
Unix epoch. This module recognises those shapes and turns a shown clock time into ISO 8601 once
the page's date (and, where known, its UTC offset) is known.

Month and day names come from CLDR (``calendar_names``), in any of its languages: "2 novembre
2023", "3. Juli 2026", "3 de julio de 2026", "4 lipca 2026", "vr 03 jul.". The functions take an
optional ``lang`` (the page's language, "nl", "pt-BR"): with it, that language's names and its
order of numeric dates ("03/07/2026") are used; without it, names from any language are read
where the shape leaves no doubt, and an ambiguous numeric date is no date at all.

A sports minute ("45+2'", "90'") is a *minute mark*, never a time of day (``parse_minute_mark``).
"""
from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from dataclasses import dataclass

import regex

from . import calendar_hour as hours
from . import calendar_names as cal
from . import calendar_periods as periods
from . import calendar_relative as relative
from . import calendar_units as units
from .dates import find_dates as _dates
from .dates import parse_date as parse_date  # part of this module's API
from .dates import script_language
from .minute_marks import HEAD_SEPARATOR as _HEAD_SEPARATOR
from .minute_marks import MINUTE_MARK, parse_minute_mark, split_leading_minute  # noqa: F401 (this module's API)
from .writing_systems import AnyDigits, ascii_digits, has_letters, unspaced_words

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

# UTC offsets (minutes) of the zone abbreviations printed next to a time. Only abbreviations with
# one common reading (IST is India's here; CST is US Central) and that are not English words
# (WET, EAT, CAT, ART are left out).
ZONE_OFFSETS = {
    "GMT": 0, "UTC": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "MEZ": 60, "MESZ": 120, "WEZ": 0, "WESZ": 60, "OEZ": 120, "OESZ": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "AEST": 600, "AEDT": 660, "ACST": 570, "ACDT": 630, "AWST": 480, "NZST": 720, "NZDT": 780,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "PKT": 300, "WIB": 420, "WITA": 480, "SAST": 120,
}
# Region names whose offset depends on the date (summer time): resolved through the tz database.
REGION_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
_ZONE = r"(?:" + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True)) + r"|(?-i:ET|CT|MT|PT))"
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?"

_NOT_AFTER = r"(?<![\d:.,£$€¥/])"
_AMPM = r"(?P<ap>[ap])\.?\s?m\.?(?!\w)"
_SUFFIX = (r"(?:\s?(?:(?:" + "|".join(cal.CLOCK_SUFFIXES) + r")\b|(?:" + "|".join(cal.CLOCK_ABBREVIATIONS) +
           r")(?:\.|\b)(?!\s?\d)))")
_CLOCK = regex.compile(
    # 12:30, 12.30, 12:30:15, 16h56, 16 h 56, 23u32; then am/pm, "Uhr"
    _NOT_AFTER + r"(?P<h>[01]?\d|2[0-3])"
    r"(?::(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?"
    r"|\.(?P<m>[0-5]\d)(?!\.(?:\d|,|\s*\d))"   # "03.07.2026", "03.07., 12:30" are dates
    r"|(?P<hu>[hu])(?P<m>[0-5]\d)|\s(?P<hu>h)\s(?P<m>[0-5]\d)"
    # "16時10分", "16时10分", "16시 10분": CJK units from CLDR (calendar_units)
    r"|\s?(?P<hu>" + units.char_class("hour") + r")\s?(?P<m>[0-5]?\d)\s?" + units.char_class("minute") + r")"
    r"(?!\d|[.:/]\d|\s?%)"
    r"(?:\s?" + _AMPM + r")?" + _SUFFIX + r"?", regex.I)
# (for callers: the same pattern reading the digits of any script, "٢٣:٢٠", "１４：３０")
CLOCK = AnyDigits(_CLOCK)
# An hour alone ("7pm", "12 Uhr") is a clock only where a heading opens with it and a separator
# follows: in running text, "Kick-off: 1pm" is content, not a stamp.
_HOUR_ONLY = regex.compile(
    _NOT_AFTER + r"(?P<h>1[0-2]|0?[1-9])\s?" + _AMPM + r"|" + _NOT_AFTER + r"(?P<h>[01]?\d|2[0-3])" + _SUFFIX, regex.I)
ZONE = regex.compile(r"\(?\b(?P<z>" + _ZONE + r")(?:\s?(?P<sign>[+-])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?\b\)?")
RELATIVE = regex.compile(
    r"\b(?:\d{1,3}\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)(?:\s+ago)?"
    r"|just now|moments? ago)\b(?!\p{N})", regex.I)  # ("0D²": a superscript digit runs on the word)
# A zone abbreviation in brackets that ``ZONE_OFFSETS`` does not hold ("(WAT)", "(ART)"): most
# end in "T" (time); "(AFP)", "(DPA)" (an agency) do not.
_BRACKET_ZONE = regex.compile(r"(?<=\d\s?)\((?P<z>\p{Lu}{1,4}T)\)")
EPOCH = regex.compile(r"^1\d{9}$")
# English-only patterns, kept for callers; the readers below take every CLDR language.
DATE_DMY = regex.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r")\s+(?P<y>(?:19|20)\d\d)\b", regex.I)
DATE_MDY = regex.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", regex.I)
DATE_MD = regex.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>[0-3]?\d)\b|\b(?P<d2>[0-3]?\d)\s+(?P<mon2>" + _MONTH + r")\b", regex.I)
DATE_ISO = regex.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b")
WEEKDAY = regex.compile(r"\b" + _WEEKDAY, regex.I)


_MARKER_FILLER = regex.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:posted|published|from|at|on|last updated|updated)?\s*(?:at\s+)?", regex.I)
_HAS_DIGIT = regex.compile(r"\d")
_PUNCT = regex.compile(r"[()|,•·،、]")
_LEADING_MARKS = regex.compile(r"^[^\p{L}\p{N}]+")
_HAS_SUFFIX = regex.compile(_SUFFIX, regex.I)


# -- time marks ---------------------------------------------------------------------------------

# A document warning for a clock whose day-period word leaves its hour open ("12:30 malam").
PERIOD_WARNING = ("a post clock's day period fits both or neither of its 12-hour readings "
                  "(CLDR day-period rules): no time given")


@dataclass(frozen=True)
class TimeMark:
    """What a time line says: a clock time and/or a relative age, with what was printed around it."""

    text: str
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset: int | None = None           # minutes east of UTC, when a zone was printed
    zone: str | None = None             # an IANA zone, when a region ("ET") was printed
    date: dt.date | None = None
    month_day: tuple[int, int] | None = None
    relative: bool = False
    epoch: int | None = None
    lead: str = ""                      # words printed before the time (often an author)
    tail: str = ""                      # words printed after it (an author or a label), cleaned
    rest: str = ""                      # those words as printed, from the first one to the line's end
    doubt: str | None = None            # why a printed clock gave no time (``PERIOD_WARNING``)

    @property
    def has_clock(self) -> bool:
        return self.hour is not None

    def iso(self, page_date: dt.date | None, page_offset: int | None = None,
            page_zone: str | None = None) -> str | None:
        """ISO 8601 for this mark: a full datetime when the date is known, else the bare clock.
        The UTC offset comes from the zone printed with the time, else the page's offset, else
        the page's stated zone (an IANA name, resolved for that date)."""
        if self.epoch is not None:
            return dt.datetime.fromtimestamp(self.epoch, dt.timezone.utc).isoformat()
        if self.hour is None:
            return None
        date = self.date
        if date is None and self.month_day and page_date:
            try:
                date = dt.date(page_date.year, *self.month_day)
            except ValueError:
                date = None
        date = date or page_date
        clock = f"{self.hour:02d}:{self.minute:02d}"
        if date is None:
            return clock
        offset = self.offset if self.offset is not None else page_offset
        when = dt.datetime(date.year, date.month, date.day, self.hour, self.minute or 0, self.second or 0)
        spec = "minutes" if self.second is None else "seconds"
        zone = self.zone or (page_zone if self.offset is None and page_offset is None else None)
        if offset is None and zone:
            try:
                return when.replace(tzinfo=zoneinfo.ZoneInfo(zone)).isoformat(timespec=spec)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                pass
        if offset is None:
            return when.isoformat(timespec=spec)
        tz = dt.timezone(dt.timedelta(minutes=offset))
        return when.replace(tzinfo=tz).isoformat(timespec=spec)


# a date whose month name no reader knows ("19 Nofeembar 2024", "Nofeembar 19, 2024"): a day, one
# word, a year, as a stamp prints it before its clock ("19 Nofeembar 2024 | 16h10")
UNREAD_DATE = regex.compile(r"^(?:\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4})\s*[|,·•–-]?$")


def zone_offset(m: "regex.Match[str]") -> int | None:
    """Minutes east of UTC for a matched zone, or None for a region ("ET") whose offset depends
    on the date."""
    if m["z"] in REGION_ZONES:
        return None
    off = ZONE_OFFSETS[m["z"].upper()] if m["z"].upper() != "GMT" or not m["sign"] else 0
    if m["sign"]:
        extra = int(m["oh"]) * 60 + int(m["om"] or 0)
        off += extra if m["sign"] == "+" else -extra
    return off


def _clock_fields(text: str, m: "regex.Match[str]", lang: str | None) -> tuple[int | None, int, int | None, int]:
    """Hour, minute, second of a clock match, and where the clock ends (a day period written in
    the page's language, "14.30 em", "午後3:30", "11:45 malam", taken in). The hour is None when
    a day period printed with a 12-hour clock leaves its reading open (``calendar_periods``)."""
    g = m.groupdict()
    hour = int(g["h"])
    minute = int(g["m"]) if g.get("m") else 0
    second = int(g["s"]) if g.get("s") else None
    end = m.end()
    period = g["ap"].lower() + "m" if g.get("ap") else None
    if period is None and lang and (pats := cal.period_patterns(lang)):
        after, before = pats
        names = cal.names_for(lang)
        if (p := after.match(text, end)) is not None:
            period, end = names.periods.get(cal.period_key(p["p"])), p.end()  # type: ignore[union-attr]
        elif (p := before.search(text, max(0, m.start() - 8), m.start())) is not None:
            period = names.periods.get(cal.period_key(p["p"]))  # type: ignore[union-attr]
    if period is None:
        # "11:45 malam", "রাত ১১:৪০": a flexible day period (CLDR) says which of the clock's two
        # readings is meant; a word that does not say is no time at all (``hour`` None)
        word = None
        if (a := periods.after(text, end, lang)) is not None:
            word, end = a
        elif m.start() > 0:
            word = periods.before(text, m.start(), lang)
        if word is not None and 1 <= hour <= 12:
            return periods.resolve(word, hour, minute, lang), minute, second, end
    # "23:10 น.": the words CLDR prints after the clock in the page's language (unknown: the
    # language the words' script says)
    said = lang or (script_language(text[end:end + 3]) if end < len(text) else None)
    affix = cal.clock_affix(said) if said else cal.any_clock_affix() if end < len(text) else None
    if affix is not None and (a := affix.match(text, end)) is not None:
        end = a.end()
    if period == "pm" and hour < 12:
        hour += 12
    elif period == "am" and hour == 12:
        hour = 0
    return hour, minute, second, end


def _blank(s: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return s
    out = []
    pos = 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        out.append(s[pos:a])
        out.append(" " * (b - a))
        pos = b
    out.append(s[pos:])
    return "".join(out)


def _words(text: str) -> int:
    """How many words ``text`` holds (scripts without spaces: `writing_systems.unspaced_words`;
    a sentence is not a four-word byline)."""
    return unspaced_words(text, len(text.split())) if text else 0


_GAP = " ,\u00a0"
_WORD_CHARS = ".'’-"


def _word_before(s: str, a: int) -> tuple[int, int]:
    """The word ending right before ``a`` (across spaces and commas), as a span; empty if none."""
    j = a
    while j > 0 and s[j - 1] in _GAP:
        j -= 1
    i = j
    while i > 0 and (s[i - 1].isalpha() or s[i - 1] in _WORD_CHARS):
        i -= 1
    return i, j


def _word_after(s: str, b: int) -> tuple[int, int]:
    i = b
    while i < len(s) and (s[i] in _GAP or s[i] == "."):
        i += 1
    j = i
    while j < len(s) and (s[j].isalpha() or s[j] in _WORD_CHARS):
        j += 1
    return i, j


def _side_words(s: str, spans: list[tuple[int, int]], lang: str | None,
                dates: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Day names and clock particles standing right next to a date or clock ("vr 03 jul.",
    "Freitag, 3. Juli", "kl. 14.30", "um 12.30", "a las 14:30"): spans to take out with them."""
    extra: list[tuple[int, int]] = []
    particles = cal.clock_particles(lang)
    todo = spans
    while todo:  # again after a particle, so that "a las 14:30" loses both words
        found: list[tuple[int, int]] = []
        for a, b in todo:
            i, j = _word_before(s, a)
            if j > i and s[i].isalpha():
                word = s[i:j]
                low = word.casefold().rstrip(".")
                if low in particles:
                    found.append((i, j))
                elif (j - i >= 3 or a in dates) and cal.is_day_name(word, lang):
                    found.append((i, j))  # a two-letter day ("vr", "Do") only right before a date
            if a in dates:
                i, j = _word_after(s, b)
                if j - i >= 3 and s[i].isalpha() and cal.is_day_name(s[i:j], lang):
                    extra.append((i, j))
        todo = [f for f in found if f not in extra and not cal.is_day_name(s[f[0]:f[1]], lang)]
        extra += [f for f in found if f not in extra]
    return extra


@functools.lru_cache(maxsize=8192)
def parse_time_line(line: str, *, max_len: int = 80, lang: str | None = None) -> TimeMark | None:
    """Read a short line made of a time stamp (and at most a few words of author or label).

    Returns None for anything else, such as a sentence that merely mentions a time, or a
    sports minute ("45+2'"). ``lang``, the page's language, lets its own month and day names,
    day periods and numeric date order count. Digits of any script are read ("١٤:٣٠")."""
    raw = line.strip()
    if not raw or len(raw) > max_len or raw.startswith(("*", "+", "•", "-")):
        return None
    s = ascii_digits(raw)  # (same positions: spans found in ``s`` are spans of ``raw``)
    digit = _HAS_DIGIT.search(s)
    lettered = has_letters(s)
    age_lang = lang or relative.age_languages(s) if lettered else lang  # ("πριν από 2 ώρες": Greek ages)
    # an age of one unit with a word for "one", or none ("vor einer Stunde", "godzinę temu")
    worded = (list(words.finditer(s)) if digit is None and lettered
              and (words := relative.relative_age_words(age_lang)) is not None else [])
    if digit is None and not worded and "now" not in s and "ago" not in s:
        return None  # every stamp shape holds a digit, or "just now" / "moments ago", or is worded
    if EPOCH.match(s):
        return TimeMark(text=raw, epoch=int(s))
    # (a clock opens with a digit, and a CLDR age holds one: their searches start near the first)
    clocks = list(_CLOCK.finditer(s, digit.start())) if digit is not None else []
    rels = worded
    if lettered and digit is not None and (ages := relative.relative_age(age_lang)) is not None \
            and ((hint := relative.relative_age_hint(age_lang)) is None or hint.search(s, digit.start())):
        # "vor 5 Minuten", "il y a 5 min", "hace 2 horas" (CLDR)
        rels = list(ages.finditer(s, max(0, digit.start() - relative.relative_age_reach(age_lang))))
    if lettered and not rels and _english_ages(lang):
        rels = list(RELATIVE.finditer(s))
    if not clocks and not rels:
        return None
    hits = _dates(s, lang, loose=bool(clocks), yearless=True)
    if hits:
        clocks = [m for m in clocks if not any(h.start <= m.start() < h.end for h in hits)]
        rels = [m for m in rels if not any(h.start <= m.start() < h.end for h in hits)]
        if not clocks and not rels:
            return None
    clock = clocks[0] if clocks else None
    rel = rels[0] if rels else None
    first = min(m.start() for m in (clock, rel) if m)
    hour = minute = second = None
    spans = [(h.start, h.end) for h in hits] + [m.span() for m in rels]
    if clock:
        hour, minute, second, end = _clock_fields(s, clock, lang)
        spans.append((clock.start(), end))
    spans += [m.span() for m in clocks[1:]]
    offset = zone = None
    zms = list(ZONE.finditer(s)) if s != s.lower() else []  # zones are written in capitals
    if zms and zms[0]["z"] in REGION_ZONES:
        zone = REGION_ZONES[zms[0]["z"]]
    elif zms:
        offset = zone_offset(zms[0])
    spans += [m.span() for m in zms]
    if not zms and "(" in s and (zb := _BRACKET_ZONE.search(s)) is not None:
        spans.append(zb.span())  # "20:15 (WAT)": a zone we hold no offset for: local time
    date = next((h.date for h in hits if h.date), None)
    md = None if date else next((h.month_day for h in hits if h.month_day), None)
    if lettered:
        spans += _side_words(s, spans, lang, frozenset(h.start for h in hits))
    blanked = _blank(raw, spans)
    # What is left once every time, zone, date and filler word is taken out.
    tail = blanked[first:]
    if not tail.isspace():
        tail = _filler_words(lang).sub(" ", _PUNCT.sub(" ", WEEKDAY.sub(" ", tail)))
    tail = " ".join(tail.split())
    lead_clean = blanked[:first]
    if lead_clean and not lead_clean.isspace():
        lead_clean = _PUNCT.sub(" ", WEEKDAY.sub(" ", _MARKER_FILLER.sub("", lead_clean)))
    lead_clean = " ".join(lead_clean.split())
    if lead_clean and not any(c.isalnum() for c in lead_clean):
        lead_clean = ""  # "20 October 2024 - 18:05": the dash between the date and the clock
    elif lead_clean and _filler_lead(lead_clean, lang):
        lead_clean = ""  # "Heute, 14:32 Uhr", "Publié à 14h32": the stamp's own words
    if _words(tail) > 4 or _words(lead_clean) > 4:
        return None
    if tail and tail[-1] in ".!?;:。！？":
        return None
    rest = ""
    if tail:  # the cleaning above classifies the words; a paragraph keeps them as the page printed them
        after = blanked[first:]
        rest = _LEADING_MARKS.sub("", " ".join(raw[first + len(after) - len(after.lstrip()):].split()))
    return TimeMark(text=raw, hour=hour, minute=minute, second=second, offset=offset, zone=zone, date=date,
                    month_day=md, relative=bool(rel) and not clock, lead=lead_clean, tail=tail, rest=rest,
                    doubt=PERIOD_WARNING if clock and hour is None else None)


@functools.lru_cache(maxsize=64)
def _english_ages(lang: str | None) -> bool:
    """Whether the English ages of ``RELATIVE`` ("4 min", "3h ago") are read on a page in ``lang``:
    in English, or when the language is unknown or CLDR holds no ages of its own. A page in
    another language writes its ages in its words (CLDR), and there "4 min" opens "4 min sedan"
    and "22h" is a clock."""
    return not lang or lang.replace("_", "-").split("-")[0].lower() == "en" or relative.relative_age(lang) is None


def opening_stamp(text: str, *, lang: str | None = None) -> TimeMark | None:
    """The stamp a longer line opens with, up to the end of its first clock: "Published: 14 April
    2024, 14:30 Last updated: 14 April 2024" (a header line printing two stamps, the second
    without its clock) -> 14 April 2024, 14:30. None when no such prefix is a stamp."""
    s = ascii_digits(text)
    for m in _CLOCK.finditer(s):
        if m.start() > 60:
            break
        mark = parse_time_line(text[:m.end()], lang=lang)
        if mark is not None and mark.hour is not None:
            return mark
    return None


@functools.cache
def _filler_words(lang: str | None) -> regex.Pattern[str]:
    """The words around a stamp that belong to it ("updated", "at", "um", "klo"): the phrase
    packs' ``stamp_words`` for ``lang`` (English's for every language)."""
    from .rules.packs import stamp_words

    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in stamp_words(lang)) + r")\b", regex.I)


def _filler_lead(lead: str, lang: str | None) -> bool:
    """Words before a stamp that are part of it: the language's "today" (CLDR) or a phrase pack's
    "published" ("Veröffentlicht", "Publicado", "Gepubliceerd"). Not "yesterday": which day that
    was depends on when the page was seen."""
    low = relative.fold_quotes(lead).strip(" ,:.")
    if low in relative.today_words(lang) or cal.day_period(low, lang) or periods.is_period(low, lang):
        return True  # (a day period before the clock, "午後4時", "오후 4시", is read with it)
    if hours.is_hour_word(low, lang):
        return True  # "ម៉ោង ៩:០៥ យប់", "jam 10.00": the language's word for hour (CLDR)
    # "Publié à 14h32" is one stamp; "Gepubliceerd: 14:32" keeps its label apart (a lead-in that
    # the text front records as removed)
    return not lead.endswith(":") and low in _published_words()


@functools.cache
def _published_words() -> frozenset[str]:
    from .rules.packs import packs

    return frozenset(relative.fold_quotes(w).strip(" :") for pack in packs().values() for w in pack.published)


# -- a clock opening a heading, a sports minute ---------------------------------------------------

def split_leading_clock(text: str, *, lang: str | None = None) -> tuple[TimeMark, str] | None:
    """A heading that opens with its clock ("7:12 am: Headline", "12.30 Uhr - Anpfiff",
    "16h56 Macron arrive"): the time, and the rest of the heading. None when the text does not
    start with a clock ("7 things to know", "2024: the year ...") or nothing follows it.

    A bare "12.30" (which may be a number) needs a separator after it; a clock with a colon,
    an "h"/"u", a day period, "Uhr" or a zone may be followed by the headline directly."""
    raw = text.lstrip()
    s = ascii_digits(raw)  # (same positions)
    m = _CLOCK.match(s)
    hour_only = m is None
    if hour_only:
        m = _HOUR_ONLY.match(s)
        if m is None:
            return None
    hour, minute, second, end = _clock_fields(s, m, lang)
    if hour is None:
        return None  # ("12:30 malam": a day period that leaves the clock's reading open)
    offset = zone = None
    zm = ZONE.match(s, end + len(s[end:]) - len(s[end:].lstrip()))
    if zm:
        if zm["z"] in REGION_ZONES:
            zone = REGION_ZONES[zm["z"]]
        else:
            offset = zone_offset(zm)
        end = zm.end()
    sep = _HEAD_SEPARATOR.match(s, end)
    if sep is None:
        return None
    rest = raw[sep.end():].strip()
    if not rest or not any(c.isalpha() for c in rest[:40]):
        return None
    clock_text = raw[m.start():end]
    plain = ":" not in clock_text and not (m.groupdict().get("hu") or m.groupdict().get("ap") or zm or end > m.end()) and \
        not _HAS_SUFFIX.search(clock_text)
    if (plain or hour_only) and not sep.group().strip():
        return None  # "10.50 euros": a number, unless a separator marks it as a clock
    if MINUTE_MARK.match(s):
        return None
    mark = TimeMark(text=clock_text.strip(), hour=hour, minute=minute, second=second, offset=offset, zone=zone)
    return mark, rest
