"""Text front: the time shapes a line can carry, read through ``times``.

A thin adapter between the line stages and ``times``: stamps in other clock conventions
("vr 03 jul. 23u32", "16h56"), a stamp behind a one-word lead-in ("X: <stamp>"), a clock that
leads a headline ("7:12 am: Headline") and match-minute marks ("45+2'"), which are labels and
never times.

``times`` reads the clocks and dates themselves (in any convention and language); what this
module adds is the text front's view of them: a one-word lead-in before a stamp, and caching.
"""
from __future__ import annotations

import dataclasses
import functools

import regex

from . import shapes, times

# "Word:" or "Two words:" before a stamp (a language's "Published:", "Updated:").
_LEAD_IN = regex.compile(r"^(?P<lead>\p{L}[\p{L}\- ]{0,30}):\s+(?P<rest>\S.{0,80})$")


def stamp(text: str, lang: str | None = None) -> tuple[times.TimeMark, str] | None:
    """The time stamp ``text`` is, and the lead-in word(s) printed before it ("X:"), if any.
    ``lang``, the page's language, lets its own day periods, month and day names count."""
    if len(text) > _STAMP_MAX and text.find(":", 1, 32) <= 0 and len(text.strip()) > _STAMP_MAX:
        return None  # (most body lines: too long for a stamp, and no lead-in's colon; no cache entry)
    return _stamp(text, lang)


_STAMP_MAX = 80  # `times.parse_time_line` reads no longer line


@functools.lru_cache(maxsize=8192)
def _stamp(text: str, lang: str | None) -> tuple[times.TimeMark, str] | None:
    mark = times.parse_time_line(text, lang=lang)
    if mark is not None and mark.lead and not mark.lead.endswith(":"):
        mark = _tidy_lead(mark)
    if mark is not None and not (mark.lead and mark.lead.endswith(":")):
        return mark, ""
    m = _LEAD_IN.match(text) if text.find(":", 1, 32) > 0 else None  # (the lead-in's colon comes early)
    if m and not any(ch.isdigit() for ch in m["lead"]):
        inner = times.parse_time_line(m["rest"], lang=lang)
        if inner is not None and not inner.lead:
            return inner, m["lead"] + ":"
    return (mark, "") if mark is not None else None


def _tidy_lead(mark: times.TimeMark) -> times.TimeMark:
    """A stamp's lead without the punctuation its date left behind: "17.12.2023. 22:40" (a
    numeric date closed by a dot, as Serbian and Croatian print it) leaves the lead ".", and
    "Pera 17.12.2023. 22:51" the lead "Pera .": no words, or the words alone."""
    words = [w for w in mark.lead.split() if any(ch.isalnum() for ch in w)]
    tidy = " ".join(words)
    return mark if tidy == mark.lead else dataclasses.replace(mark, lead=tidy)


def caseless_author(mark: times.TimeMark) -> bool:
    """A clock printed after a name in a script without case ("ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਕਾਹਲੋਂ 4:05 p.m.", a
    CoverItLive feed's author row): two or three words no capital marks as a name
    (`shapes.is_caseless_name`), nothing after the clock. Such a lead is an author only where
    the page repeats it (`keep_repeated_authors`)."""
    return mark.has_clock and not mark.tail and shapes.is_caseless_name(mark.lead, most=3)


def keep_repeated_authors(lines: list) -> None:
    """Of the stamp lines led by a caseless name (`caseless_author`), keep the stamps where the
    page prints three or more and a name leads two of them or more (a feed's few reporters
    sign again and again); elsewhere "ਵੋਟਾਂ ਦੀ ਗਿਣਤੀ 10:30" is a line of the text."""
    seen: dict[str, int] = {}
    for ln in lines:
        seen[ln.mark.lead] = seen.get(ln.mark.lead, 0) + 1
    keep = len(lines) >= 3
    for ln in lines:
        if not keep or seen[ln.mark.lead] < 2:
            ln.mark, ln.stamp_lead = None, ""


@functools.lru_cache(maxsize=8192)
def split_leading_clock(text: str) -> tuple[times.TimeMark, str] | None:
    """"7:12 am: Headline" -> (the clock's mark, "Headline"); None when no clock leads."""
    return times.split_leading_clock(text)


def clock_head(text: str) -> tuple[times.TimeMark, str] | None:
    """A line that opens with its post's clock: the clock's mark and the rest, or None.

    "7:12 am: Headline", "12.30 Uhr - Anpfiff": a clock, then a headline. A clock behind a lead
    word of the language ("ore 15:10 - ...", "a las 14:30: ...", "um 12:30 Uhr - ...", the
    words are CLDR-style clock particles from ``calendar_names``) needs a separator (a dash, a
    colon, a bar) after it: "Alle 15:10 il presidente ha firmato" is a sentence. So does a clock
    followed by body text instead of a headline (Corriere-style items open their first
    paragraph with "ore 15:10 - ")."""
    if not text or len(text) < 6:
        return None
    if text[0] == text[1] and not text[0].isalnum() and (m := _WRAPPED.match(text)) is not None:
        text = m["inner"]  # "+++ 21:40 Headline +++": the clock and headline inside a ticker's marks
    led = not text[0].isdigit()
    if led:
        # (a cheap test first, most lines fail it: a digit after the first or second space within
        # reach, as `_PARTICLE_LEAD`'s words are up to six letters and a dot; a character outside
        # ASCII is left to the pattern's "\d")
        i = text.find(" ", 1, 8)
        if i < 0:
            return None
        c = text[i + 1: i + 2]
        if not (c.isdecimal() or (c and not c.isascii())):
            j = text.find(" ", i + 2, i + 9)
            c = text[j + 1: j + 2] if j > 0 else ""
            if not (c.isdecimal() or (c and not c.isascii())):
                return None
        m = _PARTICLE_LEAD.match(text)
        if m is None or not all(w.casefold().rstrip(".") in _particles() or w.casefold() in _particles()
                                for w in m["words"].split()):
            return None
        text = text[m.end("words"):]
    split = split_leading_clock(text)
    if split is None:
        return None
    mark, rest = split
    if not led and shapes.is_headline_shaped(rest, max_words=24):
        return split
    # the separator between the clock and the rest
    at = text.find(mark.text)
    between = text[at + len(mark.text): len(text) - len(rest)] if at >= 0 else ""
    if not _SEPARATOR.fullmatch(between):
        return None
    if shapes.is_headline_shaped(rest, max_words=24) or shapes.is_prose(rest):
        return split
    return None


# a ticker's marks around a line ("+++ 21:40 Headline +++", "*** 21:40 Headline ***"): the same
# symbol two to four times at both ends
_WRAPPED = regex.compile(r"^(?P<m>([^\p{L}\p{N}\s(\[\"'„“«])\2{1,3})\s+(?P<inner>\d.*?)\s+(?P=m)$")
# one or two lead words before a digit ("ore 15:10", "a las 14:30", "kl. 14.30")
_PARTICLE_LEAD = regex.compile(r"^(?P<words>\p{L}{1,6}\.?(?: \p{L}{1,6}\.?)?) (?=\d)")
# a dash, a colon or a bar, with spaces around it (not a bare space)
_SEPARATOR = regex.compile(r"[\s\u00a0]*[:|\-–—][\s\u00a0]*")


@functools.cache
def _particles() -> frozenset[str]:
    from .calendar_names import CLOCK_PARTICLES

    return frozenset(w.casefold().rstrip(".") for ps in CLOCK_PARTICLES.values() for p in ps for w in p.split())


def question_rows(lines: list, heads: list) -> bool:
    """Clocks that lead the questions of a Q&A ("10:05 – Umbuzo: ...?" over "Impendulo: ...",
    an interview or a readers' questions session written into an article): three or more, the
    same lead word ("X:", no label of the packs) right after every clock, and every question
    ending with a question mark or every line under them opening with one lead word of its own
    (the answer's). A feed's headlines after their clocks ("7:53 am: Title") differ."""
    if len(heads) < 3:
        return False
    leads = {_word_lead(ln.head) for ln in heads}
    lead = leads.pop() if len(leads) == 1 else ""
    if not lead or shapes.is_label(lead):
        return False
    if all(ln.head.rstrip()[-1:] in _QUESTION_MARKS for ln in heads):
        return True
    at = {id(ln): i for i, ln in enumerate(lines)}
    under = set()
    for ln in heads:
        i = at[id(ln)] + 1
        while i < len(lines) and (lines[i].rule is not None or lines[i].media_kind):
            i += 1
        under.add(_word_lead(lines[i].text) if i < len(lines) else "")
    return len(under) == 1 and "" not in under and lead not in under


# a question's mark in the scripts that have their own ("?", Arabic "؟", Greek ";", Armenian "՞", CJK "？")
_QUESTION_MARKS = frozenset("?؟;՞？")
# "Umbuzo: ...", "Q: ...", "Frage: ...": one or two words and a colon opening a line
_WORD_LEAD = regex.compile(r"^(\p{L}[\p{L}\p{M}\-]{0,20}(?: \p{L}[\p{L}\p{M}\-]{0,20})?):\s")


def _word_lead(text: str) -> str:
    m = _WORD_LEAD.match(text)
    return m[1].casefold() if m else ""


def lead_in(text: str) -> str:
    """'Gepubliceerd: vr 03 jul.' -> 'Gepubliceerd:': the one- or two-word lead-in before a colon."""
    m = _LEAD_IN.match(text) if text.find(":", 1, 32) > 0 else None
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


def split_minute_rows(lines: list) -> list:
    """A match feed flattened from a table prints each event's minute on the event's line
    ("89' Goal! Arsenal 2, Everton 1. ..."): where three lines or more open with a minute mark
    (`times.split_leading_minute`) and a sentence, and they make most of the kept lines from the
    first to the last, each is split in two lines in place, the minute, then the event (the
    minute then labels its post as a bare minute line does). Returns ``(row, minute line,
    event line)`` for each split, for `join_minute_rows`. A minute mark opening one sentence
    of an article, or a key-events list without sentences ("23' Goal Messi"), stays whole."""
    rows = []
    for i, ln in enumerate(lines):
        t = ln.text
        if ln.rule is not None or ln.media_kind or not t[:1].isdigit() or "'" not in t[:8] and "’" not in t[:8] \
                and "′" not in t[:8]:
            continue
        split = times.split_leading_minute(t)
        if split is None or not split[1][:1].isalpha() or len(split[1].split()) < 2 \
                or not shapes.ends_sentence(split[1]) or minute_mark(t):
            continue
        rows.append(i)
    if len(rows) < 3:
        return []
    kept = sum(1 for ln in lines[rows[0]: rows[-1] + 1] if ln.rule is None)
    if len(rows) * 3 < kept * 2:
        return []
    done = []
    for i in reversed(rows):
        ln = lines[i]
        split = times.split_leading_minute(ln.text)
        if split is None:
            continue
        rest = split[1]
        head = dataclasses.replace(ln, text=ln.text[: len(ln.text) - len(rest)].rstrip())
        body = dataclasses.replace(ln, text=rest)
        lines[i: i + 1] = [head, body]
        done.append((ln, head, body))
    return done[::-1]


def join_minute_rows(lines: list, rows: list) -> None:
    """Undo `split_minute_rows` (the page is an article after all): each row whole again."""
    if not rows:
        return
    where = {id(head): (row, body) for row, head, body in rows}
    out = []
    skip = None
    for ln in lines:
        if ln is skip:
            skip = None
            continue
        hit = where.get(id(ln))
        if hit is not None:
            out.append(hit[0])
            skip = hit[1]
            continue
        out.append(ln)
    lines[:] = out
