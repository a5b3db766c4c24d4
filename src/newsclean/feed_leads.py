"""Clock stamps that lead a live post: a line that is nothing but a clock ("18.42", "Godz. 18.42",
"12.30 Uhr"), the order a run of clocks keeps, and the wire-service feed they make.

A news agency's live page (a wire "online") often prints no headline per update: each item is
a container holding a bare clock, then the update's paragraphs, often closed by the agency's
name; its structured data may call it a plain NewsArticle. Four or more sibling items of one
markup, each opening with a bare clock of its own, the clocks in order (newest first or oldest
first, one turn past midnight allowed) and nearly all different, are that feed
(:func:`clock_led`). Lists of dated links, comment threads (author first), a "most read" box
(links) and briefs whose headings link elsewhere are told apart by the feed finder's other tests.

A plain template (``div.item``, hashed CSS-module names) may instead open each item with a stamp
of any form the feed finder reads (a date and a clock, an age over a data-* ISO time), then a
heading and text: four or more such items, their stamps in order, are a feed too
(:func:`stamp_led`).
"""
from __future__ import annotations

import datetime as dt
import itertools

import regex
from lxml import etree

from . import times
from .feed_stamps import DATE_LEAD, attribute_time
from .node_text import text_of, word_count, words_in

# a short word a stamp may open with ("Godz.", "klo", "ore", "um"): an abbreviation with its dot
# or a lower-case word, never a capitalised name
_STAMP_LEAD = regex.compile(r"^(?:\p{L}{1,5}\.|\p{Ll}{1,5})$")

CLOCK_LED_MIN = 4  # items in a run of clock-led containers that make a feed on their own
STAMP_LED_MAX_DAYS = 2  # days a run of stamped items may cover to be one live event's
_MIN_WORDS = 5  # words an item shows besides its clock (a sentence of news)
# the member's first visible text node (the clock, when it leads), with its holder; an icon's
# title, a button's or a noscript's text is not shown in its place
_FIRST_TEXT = etree.XPath("(descendant::text()[normalize-space()]"
                          "[not(ancestor::svg or ancestor::button or ancestor::noscript or ancestor::template)])[1]")


# elements holding no other element, with a text short enough to be a stamp (the place a wire
# item's clock is printed): found in C; the clock's shape is then tested on those few
_SHORT_LEAVES = etree.XPath("//body//*[not(*)][string-length(.) < 40][string-length(.) > 3]")
_CLOCK_SHAPE = regex.compile(r"\d[:.h]\d\d")


def may_hold_wire_feed(tree, lang: str | None = None) -> bool:
    """Whether the page prints ``CLOCK_LED_MIN`` clock stamps or more in one template's place
    (elements of one tag and class, holding nothing else), bare or after a date
    (:func:`dated_clock`): the least a wire feed (:func:`clock_led`) or a stamp-led feed
    (:func:`stamp_led`) needs, tested before the feed is sought in the page's plain text (a
    search that reads every short text)."""
    groups: dict[tuple[str, str | None], list[str]] = {}
    for el in _SHORT_LEAVES(tree):
        t = el.text
        if t and _CLOCK_SHAPE.search(t):
            groups.setdefault((el.tag, el.get("class")), []).append(t)
    # (the clock reader only for the texts of a place printed often enough)
    return any(len(ts) >= CLOCK_LED_MIN and (sum(bare_clock(t, lang) for t in ts) >= CLOCK_LED_MIN
                                             or _dated_run(ts, lang))
               for ts in groups.values())


def _dated_run(texts: list[str], lang: str | None) -> bool:
    """``CLOCK_LED_MIN`` or more dated clocks (:func:`dated_clock`) whose dates, where read, fall
    within ``STAMP_LED_MAX_DAYS`` (a list of older stories' stamps, comments over days: not one
    live event's)."""
    days = []
    for t in texts:
        if (day := dated_clock(t, lang)) is not False:
            days.append(day)
    known = [d for d in days if isinstance(d, dt.date)]
    return len(days) >= CLOCK_LED_MIN and (not known or (max(known) - min(known)).days <= STAMP_LED_MAX_DAYS)


def dated_clock(text: str, lang: str | None = None) -> dt.date | bool:
    """A line that is a date and a clock and nothing else ("19 November 2024 | 16:10",
    "19/11/2024 16h10"), the date read in ``lang`` or at least shaped as one (a day, a word, a
    year: "19 Nofeembar 2024 | 16h10", a spelling no reader knows). No age, no words after it.
    The date when read (True when only shaped as one; False for no such line)."""
    s = " ".join(text.split())
    if not s or len(s) > 40:
        return False
    mark = times.parse_time_line(s, lang=lang)
    if mark is None or not mark.has_clock or mark.tail or mark.relative:
        return False
    if mark.lead:
        return bool(DATE_LEAD.match(mark.lead))
    if mark.date is not None:
        return mark.date
    return mark.month_day is not None


def bare_clock(text: str, lang: str | None = None) -> bool:
    """A line that is nothing but a time of day (:func:`bare_stamp_mark`), with no date or age."""
    mark = bare_stamp_mark(text, lang)
    return mark is not None and mark.date is None and mark.month_day is None and not mark.relative


def bare_stamp_mark(text: str, lang: str | None = None) -> times.TimeMark | None:
    """The time of a line that is nothing but a clock stamp ("18.42", "Godz. 18.42", "klo 9.05",
    "12.30 Uhr"): at most one short stamp word before the clock, nothing after it. None for a
    line with words after the clock or a name before it."""
    s = " ".join(text.split())
    if not s or len(s) > 30:
        return None
    mark = times.parse_time_line(s, lang=lang)
    if mark is None or not mark.has_clock or mark.tail:
        return None
    if mark.lead and not _STAMP_LEAD.match(mark.lead):
        return None
    return mark


def minutes_of(mark: times.TimeMark | None) -> int | None:
    """Minutes after midnight of a mark's clock."""
    if mark is None or mark.hour is None:
        return None
    return mark.hour * 60 + (mark.minute or 0)


def direction(clocks: list[int]) -> int:
    """+1 when the clocks run forward, -1 backward (newest first), 0 when they are no sequence.
    One wrap past midnight is allowed."""
    ups = sum(b > a for a, b in itertools.pairwise(clocks))
    downs = sum(b < a for a, b in itertools.pairwise(clocks))
    if downs >= ups and ups <= 1:
        return -1
    if ups > downs and downs <= 1:
        return 1
    return 0


MIDNIGHT_JUMP = 12 * 60  # minutes: a step back this long, in a forward run, passed midnight (and the other way)


def runs_one_way(clocks: list[int]) -> bool:
    """Whether the clocks run one way in time, newest first or oldest first, with at most one
    step the other way, and only one that crosses midnight (a jump of more than half a day:
    "00:35" under "23:50" in a newest-first run is the next day's)."""
    steps = [b - a for a, b in itertools.pairwise(clocks)]
    for sign in (1, -1):
        against = [d for d in steps if d * sign < 0]
        if len(against) <= 1 and all(abs(d) > MIDNIGHT_JUMP for d in against):
            return True
    return False


def lead_clock(member, lang: str | None = None) -> int | None:
    """Minutes after midnight of the bare clock a container opens with: its first visible text
    is an element's whole text and nothing but a clock (no date, no words after it; ``lang``'s
    day-period words read, "10.00yh" in Welsh, "sayankali 6:40" in Marathi), and a sentence or
    more of text that is no link follows. None otherwise."""
    found = _FIRST_TEXT(member)
    if not found:
        return None
    node = found[0]
    holder = node.getparent()
    if holder is None or getattr(node, "is_tail", False) or holder is member:
        return None  # a clock in the container's own loose text, or after an element: not set apart
    clock = " ".join(text_of(holder).split())
    if not bare_clock(clock, lang):
        return None
    if word_count(text_of(member)) - len(clock.split()) - words_in(list(member.iter("a"))) < _MIN_WORDS:
        return None  # a clock over a link to another story (a list of the latest news), not an update
    return minutes_of(bare_stamp_mark(clock, lang))


def clock_led(members: list, lang: str | None = None) -> bool:
    """A run of sibling containers built as a wire feed: ``CLOCK_LED_MIN`` or more, each led by
    a bare clock of its own (:func:`lead_clock`, read in the page's language ``lang``), the
    clocks in order either way (:func:`runs_one_way`), at most one clock shown twice. (Day
    separators between the items, a heading "Friday, 5 July", are other siblings: the run is
    the items of one markup.)"""
    if len(members) < CLOCK_LED_MIN:
        return False
    clocks = []
    for m in members:
        c = lead_clock(m, lang)
        if c is None:
            return False
        clocks.append(c)
    if len(set(clocks)) < len(clocks) - 1:
        return False
    return runs_one_way(clocks)


def stamp_led(members: list, timed: dict, lang: str | None = None) -> bool:
    """A run of sibling containers each opening with its own stamp, then a heading, then text of
    its own: the shape of a live feed whose class names say nothing live (``div.item``, hashed
    CSS-module names). ``timed``: the feed finder's stamp elements (`feed_stamps.timed_elements`).
    ``CLOCK_LED_MIN`` or more members; in each, the first visible text is its stamp (a comment
    opens with its author, a teaser with its heading), at most two stamps, a heading after it
    and ``_MIN_WORDS`` or more words that are neither the heading's nor a link's. The stamps are
    nearly all different and in order either way: machine times (an ISO or epoch attribute)
    within ``STAMP_LED_MAX_DAYS``, else the clocks read in ``lang`` (:func:`runs_one_way`)."""
    if len(members) < CLOCK_LED_MIN:
        return False
    whens: list[dt.datetime | None] = []
    clocks: list[int | None] = []
    for m in members:
        stamp = _leading_stamp(m, timed)
        if stamp is None:
            return False
        iso = attribute_time(stamp)
        when = None
        if iso is not None:
            try:
                when = dt.datetime.fromisoformat(iso)
            except ValueError:
                when = None
            if when is not None and when.tzinfo is not None:
                when = when.astimezone(dt.timezone.utc).replace(tzinfo=None)
        whens.append(when)
        shown = " ".join(text_of(stamp).split())
        mark = times.parse_time_line(shown, lang=lang) if shown else None
        clocks.append(minutes_of(mark) if mark is not None and mark.has_clock else None)
    if all(w is not None for w in whens):
        ws = [w for w in whens if w is not None]
        if len(set(ws)) < len(ws) - 1 or (max(ws) - min(ws)).total_seconds() > STAMP_LED_MAX_DAYS * 86400:
            return False
        return ws == sorted(ws) or ws == sorted(ws, reverse=True)
    if any(c is None for c in clocks):
        return False
    cs = [c for c in clocks if c is not None]
    return len(set(cs)) >= len(cs) - 1 and runs_one_way(cs)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _leading_stamp(member, timed: dict):
    """The stamp element ``member`` opens with (its first visible text inside it) when a heading
    follows it and the member has a sentence or more of its own text; else None."""
    stamps = [d for d in member.iter(etree.Element) if timed.get(d)]
    if not stamps or len(stamps) > 2:
        return None
    stamp = stamps[0]
    found = _FIRST_TEXT(member)
    if not found:
        return None
    holder = found[0].getparent()
    if holder is not None and getattr(found[0], "is_tail", False):
        holder = holder.getparent()  # ("<i class=icon></i> 19 Nov 2024": the text after an icon)
    if holder is None or not (holder is stamp or any(a is stamp for a in holder.iterancestors())):
        return None
    heading = None
    seen = False
    for e in member.iter(etree.Element):
        if e is stamp:
            seen = True
        elif e.tag in _HEADINGS and seen:
            heading = e
            break
    if heading is None:
        return None
    own = word_count(text_of(member)) - word_count(text_of(stamp)) - word_count(text_of(heading)) \
        - words_in([a for a in member.iter("a") if not any(x is heading for x in a.iterancestors())])
    return stamp if own >= _MIN_WORDS else None
