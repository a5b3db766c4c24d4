"""Text front: the header above the first post gives the page's title, date, editors, zone
and summary."""
from __future__ import annotations

import functools

import regex

from . import dates, page_zone, shapes, times
from .rules import PUBLISHED_STAMP_RULE, RuleSet
from .rules.packs import byline_words, known, language_rules
from .text_lines import Line, State
from .text_post import lead_byline, name_list

_SENTENCE_BREAK = regex.compile(r"[.?!]['\"’”]? \p{Lu}")


def editors_line(text: str, rules: RuleSet) -> tuple[str, list[str]] | None:
    """``(lead-in as printed, names)`` for a line naming the page's editors: a lead-in of the
    phrase packs (``edited_by``: "Edited by", "Bearbeitet von", "Redactie:") and then names
    only ("Jack Burgess", "Anna Weber und Jan Schulz"). A sentence that merely opens with the
    words ("Edited by hand, the footage ...") is not one."""
    if len(text) > 160:
        return None
    found = rules.edited_by(text)
    if found is None:
        return None
    names = name_list(found[1])
    return (found[0], names) if names else None


def times_note(text: str, language: str | None = None) -> str | None:
    """The zone a short header line states for the page's clocks ("All times stated are UK",
    "Alle Zeiten in MEZ"), as an IANA name; the wordings are `page_zone`'s data per language."""
    return page_zone.zone_in(text, language) if len(text) <= NOTE_MAX else None


NOTE_MAX = 160


def read_header(header: list[Line], st: State, language: str | None = None, rules: RuleSet | None = None,
                below: str = "") -> dict:
    """The page's metadata from the lines above its first post. ``rules``: the page's rules
    (by default, the phrase packs for ``language``); ``below``: the first post's first line (a
    title may stand right over the first post's stamp)."""
    if rules is None:
        rules = language_rules(known(language))
    meta: dict = {"title": None, "date": None, "offset": None, "editors": [], "timezone": None, "summary": []}
    for ln in header:
        if meta["date"] is None:
            meta["date"] = times.parse_date(ln.text, lang=language)
            if meta["date"] is not None:
                zm = times.ZONE.search(ln.text)
                if zm:
                    meta["offset"] = times.zone_offset(zm)
    content = [ln for ln in header if not ln.removed]
    following = _following_texts(content)
    if content and below and times.parse_time_line(below) is not None:
        following[len(content) - 1] = below  # (only a stamp: a post's headline would read as a standfirst)
    best = max(((_title_score(ln.text, following[k], following[k + 1], rules), -k, ln)
                for k, ln in enumerate(content)), key=lambda x: (x[0], x[1]), default=None)
    if best is not None and best[0] > 0:
        meta["title"] = best[2].text
        best[2].rule = "meta.title"
    for ln in header:
        if ln.removed:
            continue
        edited = editors_line(ln.text, rules)
        if edited is not None:
            meta["editors"] = edited[1]
            st.remove("meta.edited-by", edited[0])
            continue
        zone = times_note(ln.text, language)
        if zone is not None:
            meta["timezone"] = zone
            if not _SENTENCE_BREAK.search(ln.text):  # the note is the whole line (not a standfirst's)
                st.remove("meta.timezone-note", ln.text)
                continue
        if ln is not None and ln.rule == "meta.title":
            continue
        body = shapes.strip_list_mark(ln.text)
        if (shapes.is_prose(ln.text) or (shapes.is_list_item(ln.text) and len(shapes.words(body)) >= 6)):
            meta["summary"].append(body)
            if body != ln.text:
                st.remove("page.list-mark", ln.text[: len(ln.text) - len(body)].strip())
            continue
        st.remove("page.header", ln.text)
    if meta["title"] is None:
        cands = [ln.text for ln in content if shapes.is_headline_shaped(ln.text) and len(shapes.words(ln.text)) >= 4]
        if cands:
            meta["title"] = max(cands, key=len)
            st.removed[:] = [r for r in st.removed if not (r.rule == "page.header" and r.text == meta["title"])]
    return meta


def _following_texts(content: list[Line]) -> list[str]:
    """For each content[k], the line after it past copies of it (a breadcrumb repeating the
    headline), "" at the end; one more "" so that k + 1 can be asked too. One pass from the end:
    a header of many equal lines (markup read as text) must not cost their count squared."""
    n = len(content)
    after = [n] * (n + 2)
    for k in range(n - 2, -1, -1):
        after[k] = after[k + 1] if content[k + 1].text == content[k].text else k + 1
    return [content[j].text if j < n else "" for j in after]


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dateline(text: str) -> bool:
    """'za 4 juli 2026 • 02:44 • Name': a short line with a year and a clock, in any language
    (by shape: it needs no month name)."""
    return len(text) < 80 and bool(_YEAR.search(text)) and times.CLOCK.search(text) is not None


def _standfirst_breaks(text: str) -> bool:
    """Sentences in a line make it a standfirst, unless the line stops without a full stop and
    its first part is short and ends in a full stop (a question is a standfirst's): "DIRECT. JO
    2024 : Title", "Powódź na Dolnym Śląsku. Fala ...
    Relacja na żywo" are a kicker and a title."""
    m = _SENTENCE_BREAK.search(text)
    if m is None:
        return False
    return text[-1] in ".!" or text[m.start()] != "." or len(text[: m.start()].split()) > 16


def _byline_shaped(text: str) -> bool:
    """A name line ("Michał Kolanko, Grzegorz Łaszcz") or a byline ("By political reporters
    Jake Evans and Tom Crowley"): never the title."""
    if len(text) > 120:
        return False
    if shapes.is_name(text) or name_list(text):
        return True
    if lead_byline(text) is not None:
        return True
    first, _, rest = text.partition(" ")
    return first.casefold() in _by_words() and _TWO_NAMES.search(rest) is not None


_TWO_NAMES = regex.compile(r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")


@functools.cache
def _by_words() -> frozenset[str]:
    return frozenset(w.rstrip(":") for w in byline_words())


# a bracketed tag before a headline ("[속보] ...", "【速報】...", "[LIVE] ..."): the title's kicker
_KICKER_TAG = regex.compile(r"^[\[【〔][^\]】〕]{1,12}[\]】〕]\s?(?=\S)")


def _title_score(text: str, following: str, after: str = "", rules: RuleSet | None = None) -> int:
    """How much a header line looks like the page's headline: a headline-shaped line of four
    words or more, longer the better, and best when a standfirst, key points or a date follow.
    ``rules``: the page's rules, for its editors' lead-ins (an editors line is no title)."""
    n = shapes._count(text, 22)  # (words; in a script written without spaces, characters per word)
    if n < 4 or not shapes.is_headline_shaped(_KICKER_TAG.sub("", text, count=1) or text, max_words=22) or "|" in text or _standfirst_breaks(text) \
            or (rules is not None and editors_line(text, rules) is not None) or times_note(text) is not None \
            or (times.parse_date(text) is not None and not _dated_title(text)) or _byline_shaped(text):
        return 0  # longer lines, or ones holding two sentences, are standfirsts; a dated line is a dateline
    if following and _byline_shaped(following):
        following, after = after, ""  # (the title, its byline, then the date or the standfirst)
    body = shapes.strip_list_mark(following)
    # (a title-shaped line over a standfirst is the title, and this line its kicker)
    kicker = shapes.is_headline_shaped(following, max_words=22) and shapes.is_prose(after) \
        and not shapes.is_headline_shaped(after, max_words=22)
    # (a headline naming a date is no dateline: the line above it is a kicker or a nav row)
    followed = (len(following) < 60 and times.parse_date(following) is not None and not _dated_title(following)) \
        or _dateline(following) \
        or (shapes.is_prose(following) and not kicker) \
        or (shapes.is_list_item(following) and len(shapes.words(body)) >= 5)
    return min(n, 6) + (10 if followed else 0)


def _dated_title(text: str) -> bool:
    """A headline that opens with the date it names ("31 Mart 2024 yerel seçim sonuçları: Canlı
    anlatım"), not a dateline: no clock, no byline word ("Business News Submitted By: News Desk
    March 24, 2020" is one), and six words or more without a figure (a month name among them)."""
    words = text.split()
    return any(c.isdigit() for c in words[0]) and times.CLOCK.search(text) is None \
        and sum(1 for w in words if not any(c.isdigit() for c in w)) >= 6 \
        and not any(w.casefold().rstrip(":") in _by_words() for w in words)


STANDFIRST_WORDS = 60  # a standfirst is a paragraph of a few sentences at most


def after_standfirst(lines: list[Line], title: int) -> int | None:
    """Where an article's text starts when its title stands over a standfirst and then the
    article's dateline ("Title" / "The party wins clearly. ..." / "By Name 1 September 2024,
    19:45" or "Published: 06.02.2024 - 09:30"): the line after the dateline, so that the
    standfirst is the page's summary, not the body. None when the title's next line is no
    prose paragraph, no dated line follows it at once, or no prose follows the dateline."""
    sf = title + 1
    while sf < len(lines) and lines[sf].removed:
        sf += 1
    if sf >= len(lines) - 2 or lines[sf].media_kind or lines[sf].mark is not None:
        return None
    text = lines[sf].text
    if not shapes.is_prose(text) or len(text.split()) > STANDFIRST_WORDS or text[-1] not in ".!?…\"”»“":
        return None
    for d in range(sf + 1, min(sf + 3, len(lines))):
        ln = lines[d]
        if ln.mark is not None or ln.rule == PUBLISHED_STAMP_RULE \
                or (not ln.removed and len(ln.text) < 100 and times.parse_date(ln.text) is not None):
            break
        if not ln.removed:
            return None
    else:
        return None
    # the text proper follows (past removed lines and pictures): a paragraph of prose, which
    # cannot be read as a headline of its own
    for k in range(d + 1, min(d + 6, len(lines))):
        if lines[k].content:
            return d + 1 if shapes.is_prose(lines[k].text) and len(lines[k].text) >= 80 else None
    return None


DATELINE_RULE = "meta.dateline"


def mark_dateline(lines: list[Line], first: int, st: State, language: str | None) -> None:
    """An article's date printed alone on a line just under its title ("13 febbraio 2024",
    "Martedì, 13 febbraio 2024") is the page's date, not its text: removed as a dateline (the
    page date is read from it all the same). Only the first three kept lines after the title,
    and only a line that is a full date and at most one word more (a day's name)."""
    seen = 0
    for ln in lines[first + 1:]:
        if ln.removed or ln.media_kind:
            continue
        seen += 1
        if seen > 3 or len(ln.text) > 60:
            return
        hits = [h for h in dates.find_dates(ln.text, language) if h.date is not None]
        if len(hits) == 1:
            rest = (ln.text[:hits[0].start] + " " + ln.text[hits[0].end:]).strip(" ,.–-|")
            if len(rest.split()) <= 1 and not any(ch.isdigit() for ch in rest):
                ln.rule = DATELINE_RULE
                st.remove(ln.rule, ln.text)
                return
