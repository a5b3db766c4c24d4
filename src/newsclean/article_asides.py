"""Parts of a story page that sit among the story's paragraphs but are not its text: figure
captions (with or without figure markup), the titles of players drawn by script, the readers'
comments section, and a timeline box (a heading over a list of dated steps, set apart in a box
of its own). Each leaves the tree before the extractor runs, its text recorded as removed
(``media.caption``, ``page.comments``, ``article.timeline``)."""
from __future__ import annotations

import itertools

import regex

from . import calendar_names, shapes, times
from .html_media import is_video_player
from .html_roles import time_classed
from .media_unmarked import is_unmarked_figure
from .model import Removal
from .node_text import text_of


def drop_captions(tree, removed: list[Removal]) -> None:
    """Figure captions are no body (the corpus rules): each ``<figcaption>`` leaves the tree, its
    text recorded as removed (a photo gallery's slides would otherwise read as the story). So do
    the caption and credit lines of a figure built without figure markup (an image's block of at
    most two short lines, one caption- or credit-classed: `is_unmarked_figure`) and the title of
    a video player drawn by script (`is_video_player`)."""
    for cap in list(tree.iter("figcaption")):
        if cap.getparent() is None:
            continue
        text = shapes.clean(text_of(cap))
        if text:
            removed.append(Removal("media.caption", text))
        cap.drop_tree()
    for block in [b for b in _image_blocks(tree) if is_unmarked_figure(b)]:
        for line in [e for e in block if isinstance(e.tag, str) and next(e.iter("img"), None) is None]:
            text = shapes.clean(text_of(line))
            if text:
                removed.append(Removal("media.caption", text))
            line.drop_tree()
    for player in [e for e in tree.iter("div", "section") if "video" in (e.get("class") or "").lower()]:
        if player.getparent() is not None and is_video_player(player) \
                and len(shapes.clean(text_of(player))) <= VIDEO_BLOCK_MAX_CHARS:
            text = shapes.clean(text_of(player))
            if text:
                removed.append(Removal("media.caption", text))
            player.drop_tree()


VIDEO_BLOCK_MAX_CHARS = 300
# a class or id token naming the readers' comments section: "comments", "reader-comments",
# "comment-section", "comments_area" (not "has-comments", "comments-open": a story's state)
_COMMENTS_TOKEN = regex.compile(r"^(?:[a-z]+[-_])?comments?(?:[-_](?:section|area|container|list|wrapper|block))?$",
                                regex.I)
_NOT_COMMENTS = regex.compile(r"^(?:has|no|with)[-_]", regex.I)
COMMENTS_MAX_SHARE = 0.3  # of the page's paragraph text: a section holding more is the story


# ... unless it is built as a thread (`_thread`): then anything less than the rest of the page's text
THREAD_MAX_SHARE = 0.5
THREAD_MIN_ITEMS = 2


def _stamped(item) -> bool:
    return any(isinstance(d.tag, str) and (d.tag == "time" or d.get("datetime") is not None
                                           or time_classed(d.get("class") or ""))
               for d in item.iter())


def _thread(el) -> bool:
    """A readers' thread: at least `THREAD_MIN_ITEMS` items of one tag and class side by side
    (list items, or boxes a template repeats), each stamped with its own time (a time element, a
    datetime, a time-classed part): the shape of comments, each posted by a reader at a time.
    An opinion piece in a "comment" box is one long text, no run of stamped items."""
    for parent in el.iter():
        if not isinstance(parent.tag, str):
            continue
        kids = [c for c in parent if isinstance(c.tag, str)]
        groups: dict = {}
        for c in kids:
            groups.setdefault((c.tag, c.get("class") or ""), []).append(c)
        if any(len(g) >= THREAD_MIN_ITEMS and all(_stamped(c) for c in g) for g in groups.values()):
            return True
    return False


def drop_comments(tree, headline, removed: list[Removal]) -> None:
    """The readers' comments section is no body: an element whose class or id names it, holding
    neither the headline nor much of the page's paragraph text, leaves the tree whole (its count
    heading and "Share what you think" prompt too, which the extractor keeps), recorded as
    ``page.comments``. A section built as a thread of stamped items (`_thread`) may hold more of
    the page's text, up to less than the rest of it (`THREAD_MAX_SHARE`): a short story draws a
    long thread."""
    found = [e for e in tree.iter("div", "section", "aside", "ol", "ul")
             if any(_COMMENTS_TOKEN.match(t) and not _NOT_COMMENTS.match(t)
                    for t in f"{e.get('class') or ''} {e.get('id') or ''}".split())]
    if not found:
        return
    paragraphs = sum(len(text_of(p)) for p in tree.iter("p")) or 1
    for el in found:
        if el.getparent() is None or (headline is not None and (el is headline or el in headline.iterancestors())):
            continue
        inside = sum(len(text_of(p)) for p in el.iter("p"))
        if inside > COMMENTS_MAX_SHARE * paragraphs and not (inside < THREAD_MAX_SHARE * paragraphs and _thread(el)):
            continue
        text = shapes.clean(text_of(el))
        if text:
            removed.append(Removal("page.comments", text))
        el.drop_tree()


TIMELINE_MIN_ITEMS = 3
TIMELINE_MAX_SHARE = 0.6  # of the story's paragraph text outside it: a box holding more is the story
_TIMELINE_BOXES = ("div", "section", "aside", "figure")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
STAMP_MAX_CHARS = 40
_DAY = regex.compile(r"\d{1,2}\.?")  # a day of the month, in any script's digits


def drop_timelines(tree, headline, removed: list[Removal], lang: str | None = None) -> None:
    """A timeline box is no body: a box (div, section, aside, figure) holding nothing but a short
    heading and a list of three or more items, each led by a date in an element of its own
    ("<span>8 Sept 2023</span> <p>Earthquake hits...</p>"), beside the story's paragraphs and
    holding at most ``TIMELINE_MAX_SHARE`` as much text as those outside it. It leaves the tree whole, recorded
    as ``article.timeline``. A dated list in the prose itself, with no box and heading of its own,
    is the story's text and stays. ``lang``: the page's language, whose month names (CLDR) a
    date without a year is read by ("စက်တင်ဘာ ၉")."""
    found = []
    for lst in tree.iter("ul", "ol"):
        box = lst.getparent()
        if box is None or box.tag not in _TIMELINE_BOXES or not _heading_and_list(box, lst):
            continue
        items = [li for li in lst if li.tag == "li"]
        if len(items) >= TIMELINE_MIN_ITEMS and all(_date_led(li, lang) for li in items):
            found.append(box)
    drop_side_boxes(tree, found, headline, removed, "article.timeline", TIMELINE_MAX_SHARE)


def drop_side_boxes(tree, found: list, headline, removed: list[Removal], rule: str, max_share: float) -> None:
    """Drop each box of ``found`` beside the story, recorded under ``rule``: not the headline or
    a box around it, and holding at most ``max_share`` as much text as the story's paragraphs
    outside it (the story's paragraphs must be the most of its text)."""
    if not found:
        return
    paragraphs = sum(len(text_of(p)) for p in tree.iter("p")) or 1
    for box in found:
        if box.getparent() is None or (headline is not None and (box is headline or box in headline.iterancestors())):
            continue
        inside = sum(len(text_of(p)) for p in box.iter("p"))
        if len(text_of(box)) > max_share * (paragraphs - inside):
            continue
        text = shapes.clean(text_of(box))
        if text:
            removed.append(Removal(rule, text))
        box.drop_tree()


def _heading_and_list(box, lst) -> bool:
    """The box holds a short heading first, then the list, and nothing else with text."""
    kids = [k for k in box if isinstance(k.tag, str)]
    if len(kids) != 2 or kids[1] is not lst or kids[0].tag not in _HEADINGS:
        return False
    head = shapes.clean(text_of(kids[0]))
    return 0 < len(head.split()) <= 6 and not (box.text or "").strip() and not (kids[0].tail or "").strip()


def _date_led(li, lang: str | None = None) -> bool:
    """An item led by a date in an element of its own: its first element opens the item (no text
    before it), is short, and reads as a date (`stamp_kind`: a day and month, or one with a year;
    or a month name of the page's language beside a number, in whatever digits; a clock beside
    the date too, "7 август, 21:10"), and the item says more after it. A clock alone is no date."""
    first = next((k for k in li if isinstance(k.tag, str)), None)
    if first is None or (li.text or "").strip():
        return False
    stamp = shapes.clean(text_of(first))
    if not stamp or len(stamp) > STAMP_MAX_CHARS or len(shapes.clean(text_of(li))) <= len(stamp):
        return False
    return bool(first.get("datetime")) or stamp_kind(stamp, lang) == "date"


_CLOCK_JOINERS = " ,;|·•-–—/"


def stamp_kind(stamp: str, lang: str | None = None) -> str | None:
    """What a short stamp says: ``"date"`` (a date, with or without a clock beside it),
    ``"clock"`` (a clock and nothing else) or None (anything more, or less)."""
    if len(stamp) > STAMP_MAX_CHARS:
        return None
    clock = times.CLOCK.search(stamp)
    if clock is not None:
        rest = (stamp[:clock.start()] + " " + stamp[clock.end():]).strip(_CLOCK_JOINERS)
        if not rest:
            return "clock"
        return "date" if not times.CLOCK.search(rest) and _is_date(rest, lang) else None
    return "date" if _is_date(stamp, lang) else None


def _is_date(stamp: str, lang: str | None) -> bool:
    if times.parse_date(stamp) is not None or times.DATE_MD.search(stamp):
        return True
    parts = stamp.split()
    # a date in words no reader here knows ("8 شتنبر 2023"): a year and at most two more words
    if _YEAR.search(stamp) and len(parts) <= 3:
        return True
    # a day and a month the page's language names, in its own digits ("စက်တင်ဘာ ၉", "9. Sept.")
    parts = [p.strip(",") for p in parts]
    return lang is not None and 2 <= len(parts) <= 3 and any(_DAY.fullmatch(p) for p in parts) \
        and any(calendar_names.month_number(p, lang) is not None for p in parts if not _DAY.fullmatch(p))


def _image_blocks(tree):
    """The parent and grandparent of every image: where a figure without figure markup is."""
    seen: set = set()
    for img in tree.iter("img"):
        for anc in itertools.islice(img.iterancestors(), 2):
            if anc not in seen:
                seen.add(anc)
                yield anc
