"""Dates, clock times and the lines that carry them.

A live blog stamps each post with a time: a clock ("12.05 BST", "21:00", "19:02 (IST), Oct 02"),
a relative age ("3m ago", "23h"), or a Unix epoch. This module recognises those shapes and
turns a shown clock time into ISO 8601 once the page's date (and, where known, its UTC offset)
is known.
"""
from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from dataclasses import dataclass

import regex

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}

# UTC offsets (minutes) of the zone abbreviations live blogs print next to a time.
ZONE_OFFSETS = {
    "GMT": 0, "UTC": 0, "BST": 60, "IST": 330, "CET": 60, "CEST": 120, "EET": 120, "EEST": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AEST": 600, "AEDT": 660, "JST": 540, "HKT": 480, "SGT": 480,
}
# Region names whose offset depends on the date (summer time): resolved through the tz database.
REGION_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
_ZONE = r"(?:" + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True)) + r"|(?-i:ET|CT|MT|PT))"
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?"

CLOCK = regex.compile(
    r"(?<![\d:.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:[:.](?P<s>[0-5]\d))?(?!\d)"
    r"(?:\s?(?P<ap>[ap])\.?m\.?(?!\w))?", regex.I)
ZONE = regex.compile(r"\(?\b(?P<z>" + _ZONE + r")(?:\s?(?P<sign>[+-])\s?(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?\b\)?")
RELATIVE = regex.compile(
    r"\b(?:\d{1,3}\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)(?:\s+ago)?"
    r"|just now|moments? ago)\b", regex.I)
EPOCH = regex.compile(r"^1\d{9}$")
DATE_DMY = regex.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r")\s+(?P<y>(?:19|20)\d\d)\b", regex.I)
DATE_MDY = regex.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", regex.I)
DATE_MD = regex.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>[0-3]?\d)\b|\b(?P<d2>[0-3]?\d)\s+(?P<mon2>" + _MONTH + r")\b", regex.I)
DATE_ISO = regex.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b")
WEEKDAY = regex.compile(r"\b" + _WEEKDAY, regex.I)
_MARKER_FILLER = regex.compile(
    r"^\s*(?:\d{1,3}\.\s+)?(?:posted|published|from|at|on|last updated|updated)?\s*(?:at\s+)?", regex.I)


_HAS_DIGIT = regex.compile(r"\d")
_PUNCT = regex.compile(r"[()|,•·]")
_FILLER_WORDS = regex.compile(r"\b(?:posted|published|at|on|from|updated|last)\b", regex.I)


def parse_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` ("17 May 2024", "Oct 02, 2020", ISO)."""
    best: tuple[int, dt.date] | None = None
    for pat in (DATE_DMY, DATE_MDY, DATE_ISO):
        m = pat.search(text)
        if not m:
            continue
        try:
            if pat is DATE_ISO:
                d = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
            else:
                d = dt.date(int(m["y"]), MONTHS[m["mon"][:3].lower()], int(m["d"]))
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), d)
    return best[1] if best else None


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
    tail: str = ""                      # words printed after it (an author or a label)

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


@functools.lru_cache(maxsize=8192)
def parse_time_line(line: str, *, max_len: int = 80) -> TimeMark | None:
    """Read a short line made of a time stamp (and at most a few words of author or label).

    Returns None for anything else, such as a sentence that merely mentions a time.
    """
    s = line.strip()
    if not s or len(s) > max_len or s.startswith(("*", "+", "•", "-")):
        return None
    if not _HAS_DIGIT.search(s) and "now" not in s and "ago" not in s:
        return None  # every stamp shape holds a digit, or "just now" / "moments ago"
    if EPOCH.match(s):
        return TimeMark(text=s, epoch=int(s))
    clock = CLOCK.search(s)
    rel = RELATIVE.search(s)
    if not clock and not rel:
        return None
    first = min(m.start() for m in (clock, rel) if m)
    lead = s[:first]
    rest = s[first:]
    hour = minute = second = None
    if clock:
        hour, minute = int(clock["h"]), int(clock["m"])
        second = int(clock["s"]) if clock["s"] else None
        if clock["ap"]:
            if clock["ap"].lower() == "p" and hour < 12:
                hour += 12
            elif clock["ap"].lower() == "a" and hour == 12:
                hour = 0
    offset = zone = None
    zm = ZONE.search(s)
    if zm and zm["z"] in REGION_ZONES:
        zone = REGION_ZONES[zm["z"]]
    elif zm:
        offset = zone_offset(zm)
    date = parse_date(s)
    md = None
    if date is None:
        mdm = DATE_MD.search(rest)
        if mdm:
            mon = (mdm["mon"] or mdm["mon2"])[:3].lower()
            md = (MONTHS[mon], int(mdm["d"] or mdm["d2"]))
    # What is left once every time, zone, date and filler word is taken out.
    tail = rest
    for pat in (DATE_DMY, DATE_MDY, DATE_ISO, CLOCK, RELATIVE, ZONE, DATE_MD, WEEKDAY):
        tail = pat.sub(" ", tail)
    tail = _PUNCT.sub(" ", tail)
    tail = _FILLER_WORDS.sub(" ", tail)
    tail = " ".join(tail.split())
    lead_clean = _MARKER_FILLER.sub("", lead)
    for pat in (DATE_DMY, DATE_MDY, WEEKDAY):
        lead_clean = pat.sub(" ", lead_clean)
    lead_clean = " ".join(_PUNCT.sub(" ", lead_clean).split())
    if len(tail.split()) > 4 or len(lead_clean.split()) > 4:
        return None
    if tail and tail[-1] in ".!?;:" :
        return None
    return TimeMark(text=s, hour=hour, minute=minute, second=second, offset=offset, zone=zone, date=date,
                    month_day=md, relative=bool(rel) and not clock, lead=lead_clean, tail=tail)
