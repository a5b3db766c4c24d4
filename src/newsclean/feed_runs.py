"""Feeds that are not one container per post.

- Flat runs: a republished or hand-made live blog (a ticker) writes each update as a heading
  whose text begins with its clock ("7:12 am: Dow futures surge", "12.30 Uhr: Regierung tagt"),
  or is only its clock, followed by the update's paragraphs as plain siblings, up to the next
  such heading; on a page that calls itself live, a paragraph led by a bold clock starts one too.
  Each run is wrapped in a new ``<div>`` in place, so later stages walk it like any post
  container.
- Untimed live containers: a page that calls itself live and repeats containers whose own class
  names them live ("live-blog-post"), each led by a heading, but prints no time per post (the
  times are in its structured data, matched later by headline or anchor).
"""
from __future__ import annotations

import collections
import datetime as dt

import regex
from lxml import etree
from lxml import html as lxml_html

from . import times
from .feed import HEADINGS, enough_text, visible_words
from .feed_leads import bare_stamp_mark, direction, minutes_of
from .feed_stamps import attribute_time, links_elsewhere
from .node_text import text_of
from .post_stamps import bold_stamp_lead

_RUN_HEADS = ("h2", "h3", "h4", "h5", "h6")
# what may stand between a leading clock and the headline: a short unit or zone word ("Uhr",
# "ET", "h") and a separator
# (a short word after the clock -- "am", "Uhr", "ч." -- is a whole word: never the first letter of
# a headline in an abugida, "த" of "திமுக", whose vowel sign follows it)
_AFTER_CLOCK = regex.compile(r"\s*(?:\p{L}{1,4}(?!\p{M})\.?)?\s*(?:[:|–—-]\s*)?(?=\S)")
_HEADLINE_START = regex.compile(r"[\p{L}\p{N}\"'‘“«„(]")  # (compiled once, not looked up per call)


def split_clock_heading(text: str) -> tuple[str, str] | None:
    """A heading that begins with its clock, split into the stamp as printed and the headline
    ("7:12 am: Dow futures surge" -> ("7:12 am:", "Dow futures surge")), else None."""
    found = _clock_heading(text)
    return (found[1], found[2]) if found else None


def _clock_heading(text: str):
    s = " ".join(text.split())
    m = times.CLOCK.match(s)
    if m is None:
        return None
    rest = s[m.end():]
    g = _AFTER_CLOCK.match(rest)
    if g is None:
        return None
    headline = rest[g.end():]
    if len(headline.split()) < 2 or not _HEADLINE_START.match(headline):
        return None
    return m, s[:m.end() + g.end()].strip(), headline


def leading_clock(text: str) -> int | None:
    """Minutes after midnight of the clock that begins ``text`` when a headline follows it
    ("7:12 am: Dow futures surge" -> 432), else None."""
    found = _clock_heading(text)
    if found is None:
        return None
    m = found[0]
    hour, minute = int(m["h"]), int(m["m"])
    if m["ap"]:
        if m["ap"].lower() == "p" and hour < 12:
            hour += 12
        elif m["ap"].lower() == "a" and hour == 12:
            hour = 0
    return hour * 60 + minute


def _bold_only_stamp(p) -> int | None:
    """``<p><strong>Godz. 18.42</strong></p>``: a paragraph that is one bold bare stamp."""
    if (p.text or "").strip() or len(p) != 1 or p[0].tag not in ("b", "strong") or (p[0].tail or "").strip():
        return None
    return minutes_of(bare_stamp_mark(text_of(p[0])))


def _run_head_clock(el, says_live: bool) -> int | None:
    """The clock of an element that begins a flat-run post: a heading that starts with its clock
    ("7:12 am: Headline") or is nothing but a stamp ("12.30 Uhr", "Godz. 18.42", the headline or
    text below it), a paragraph that is nothing but a bold stamp (``<p><b>18.42</b></p>``); on a
    page that calls itself live, also a paragraph led by a bold clock ("<b>12.30 Uhr:</b> Text",
    "<b>Kl. 02:10</b> – Text"). (Elsewhere a bold-led paragraph is a head only in a run that
    shows a feed's structure: :func:`bold_lead_clock`, :func:`_shows_feed_structure`.)"""
    if el.tag == "p":
        alone = _bold_only_stamp(el)
        if alone is not None:
            return alone
        return bold_lead_clock(el) if says_live else None
    text = " ".join(text_of(el).split())
    c = leading_clock(text)
    if c is None and len(text) < 30:
        c = minutes_of(bare_stamp_mark(text))
    return c


def bold_lead_clock(p) -> int | None:
    """Minutes after midnight of the bold clock a paragraph opens with, text following it
    ("<b>12.30 Uhr:</b> Text", "<strong>Kl. 02:10</strong> – Text"), else None. The same reader
    as the post walk's (:func:`post_stamps.bold_stamp_lead`)."""
    if (p.text or "").strip() or not len(p) or p[0].tag not in ("b", "strong"):
        return None
    if times.CLOCK.match(" ".join(text_of(p[0]).split())) is not None:
        c = leading_clock(text_of(p))
        if c is not None:
            return c
    lead = bold_stamp_lead(p)
    if lead is None or len(" ".join(text_of(p).split())[len(" ".join(text_of(lead).split())):].split()) < 3:
        return None
    return minutes_of(times.parse_time_line(" ".join(text_of(lead).split())))


def _is_day_separator(el) -> bool:
    """A short heading naming a day ("Tuesday 24 March") between runs of posts."""
    t = " ".join(text_of(el).split())
    return bool(t) and len(t.split()) <= 6 and (times.parse_date(t) is not None or times.DATE_MD.search(t) is not None)


def clock_heading_runs(tree: lxml_html.HtmlElement, *, says_live: bool) -> list | None:
    """Posts written as flat runs of siblings, each begun by a heading that starts with a clock.

    Three such headings under one parent, their clocks in sequence, holding a quarter of the
    page's text, make a feed on a page that calls itself live. Elsewhere the runs must look like
    a ticker and not like a timeline inside an article: five or more, newest first, holding half
    of the text."""
    body = tree.find("body")
    root = body if body is not None else tree
    by_parent: dict = collections.defaultdict(list)
    for h in root.iter(*_RUN_HEADS, "p"):
        if not len(h) and h.tag == "p":
            continue  # (a paragraph is a head only by its bold first child: an article's are mostly bare)
        parent = h.getparent()
        if parent is None:
            continue
        c = _run_head_clock(h, says_live)
        if c is None and not says_live and h.tag == "p":
            c = bold_lead_clock(h)  # a head only where the run shows a feed's structure
        if c is not None:
            by_parent[parent].append((h, c))
    best = None
    for parent, heads in by_parent.items():
        if len(heads) < 3:
            continue
        clocks = [c for _, c in heads]
        order = direction(clocks)
        if order == 0 or len(set(clocks)) < max(2, len(clocks) / 2):
            continue
        structured = False
        if not says_live:
            if order > 0:
                continue  # oldest first: a chronology told inside an article
            plain = all(_run_head_clock(h, False) is not None for h, _ in heads)
            structured = _shows_feed_structure(parent, heads)
            if not structured and (len(heads) < 5 or not plain):
                continue
        runs = _runs(parent, {h for h, _ in heads})
        if any(links_elsewhere(a, 0) for r in runs for a in r[0].iter("a")):
            continue  # headings linking to other pages: teasers, not updates
        words = sum(visible_words(el, links=False) for r in runs for el in r)
        if best is None or words > best[0]:
            best = (words, runs, structured)
    if best is None:
        return None
    runs = best[1]
    wrapped = [_wrap(r) for r in runs]
    if not enough_text(wrapped, root, says_live=True if says_live else False,
                       min_members=3 if best[2] else 5):
        for w in wrapped:
            _unwrap(w)
        return None
    return wrapped


def _shows_feed_structure(parent, heads: list[tuple]) -> bool:
    """A short newest-first run of clock-led updates (three or four) is a feed, not a timeline
    in an article, only when it is built as one: every update after the first is set off by a
    rule (``<hr>``) right before its head, or every head carries a machine-readable time (a
    ``<time datetime>``, a data-* time) whose clock is the one it prints, the times newest
    first."""
    if all(_rule_before(h) for h, _ in heads[1:]):
        return True
    stamps = []
    for h, clock in heads:
        when = _machine_time(h)
        if when is None or when.hour * 60 + when.minute != clock:
            return False
        stamps.append(when)
    return all(a >= b for a, b in zip(stamps, stamps[1:])) and (stamps[0] - stamps[-1]).total_seconds() <= 2 * 86400


def _rule_before(el) -> bool:
    prev = el.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is not None and prev.tag == "hr"


def _machine_time(h) -> dt.datetime | None:
    """The machine-readable time a head (or an element in it) carries, as written (local)."""
    for e in h.iter(etree.Element):
        v = attribute_time(e)
        if v is not None:
            try:
                return dt.datetime.fromisoformat(v).replace(tzinfo=None)
            except ValueError:
                return None
    return None


def _runs(parent, heads: set) -> list[list]:
    """Each clock heading with the siblings after it, up to the next clock heading or a day
    separator. The last run ends where the page's furniture begins: it takes no more siblings
    than the longest of the others."""
    runs: list[list] = []
    current: list | None = None
    for ch in parent:
        if not isinstance(ch.tag, str):
            continue
        if ch in heads:
            current = [ch]
            runs.append(current)
        elif current is not None:
            if ch.tag in HEADINGS and _is_day_separator(ch):
                current = None
            else:
                current.append(ch)
    if len(runs) > 1:
        longest = max(len(r) for r in runs[:-1])
        del runs[-1][longest:]
    return runs


def _wrap(run: list) -> lxml_html.HtmlElement:
    """Put a run of siblings into a new ``<div>`` at the run's place."""
    first = run[0]
    parent = first.getparent()
    box = parent.makeelement("div", {})
    parent.insert(parent.index(first), box)
    for el in run:
        tail = el.tail
        box.append(el)  # moves it (with its tail text)
        el.tail = tail
    return box


def _unwrap(box) -> None:
    parent = box.getparent()
    i = parent.index(box)
    for el in list(box):
        i += 1
        parent.insert(i, el)
    parent.remove(box)


# a class naming a live blog's post ("live-blog-post", "liveupdate", "live_entry"); a bare
# "timeline" or "stream" is not enough without times
_LIVE_POST_CLASS = regex.compile(r"(?:^|[\s_-])live[-_]?(?:blog|post|update|entry|item|event|ticker)", regex.I)


def untimed_live_containers(tree: lxml_html.HtmlElement) -> list | None:
    """On a page that calls itself live: three or more sibling containers whose own class names
    them live ("live-blog-post", "liveupdate"), each led by a heading, holding a quarter of the
    page's text. Their times come from structured data, when the page has any."""
    body = tree.find("body")
    root = body if body is not None else tree
    groups: dict = collections.defaultdict(list)
    for a in root.xpath(".//@class"):
        if _LIVE_POST_CLASS.search(a):
            el = a.getparent()
            parent = el.getparent()
            if parent is not None and _led_by_heading(el):
                groups[(parent, el.tag, (el.get("class") or "").split()[0])].append(el)
    best = None
    for members in groups.values():
        if len(members) < 3:
            continue
        words = sum(visible_words(m, links=False) for m in members)
        if best is None or words > best[0]:
            best = (words, members)
    if best is None or not enough_text(best[1], root, says_live=True):
        return None
    return best[1]


def _led_by_heading(el) -> bool:
    """A heading comes before any paragraph in ``el``: an update's headline."""
    for d in el.iter("p", *HEADINGS):
        if d is el:
            continue
        return d.tag in HEADINGS and len(text_of(d).split()) >= 2
    return False
