"""Text front: the page's own dateline and standfirst read as a first post.

A live page prints its date under its title, then its standfirst (the summary), then the feed.
The date line is a stamp, so segmentation opens a post there; it is the page's header when it
is printed in another shape than the posts' stamps (all of the others alike: "07/09/2024 07:30
GMT+7" over posts stamped "22:30 07/09/2024"), stands right under a title-shaped line, opens no
headline while the posts mostly have one, and has a few lines of text under it at most.
"""
from __future__ import annotations

import itertools

from . import shapes, times
from .text_glued import headed_below
from .text_lines import Line

__all__ = ["page_dateline_first", "page_opening_first", "page_update_row_first"]

_MIN_POSTS = 3      # posts below the dateline, all stamped alike
_MAX_INTRO = 3      # kept lines under the dateline


def _shape(text: str) -> str:
    """The stamp's print shape: its digits as one digit, its letters kept (GMT, "h", month names
    differ by language but not within a page)."""
    return "".join("9" if ch.isdigit() else ch for ch in text.strip())


def page_dateline_first(lines: list[Line], starts: list[int]) -> bool:
    """Whether the first post start is the page's dateline over its standfirst (see the module)."""
    if len(starts) < _MIN_POSTS + 1:
        return False
    first = lines[starts[0]]
    if first.mark is None or first.mark.lead or first.head or first.minute:
        return False
    others = {_shape(lines[s].text) for s in starts[1:]}
    if len(others) != 1 or _shape(first.text) in others:
        return False
    return _over_standfirst(lines, starts)


def _over_standfirst(lines: list[Line], starts: list[int]) -> bool:
    """Whether the first post start stands as a page's stamp does: right under a title-shaped
    line, with a few lines of text under it and no headline, while the posts below mostly have
    one."""
    above = next((ln for ln in reversed(lines[: starts[0]]) if ln.rule is None and not ln.media_kind), None)
    if above is None or above.mark is not None or shapes.is_prose(above.text) \
            or not shapes.is_headline_shaped(above.text, max_words=30):
        return False
    intro = [ln for ln in lines[starts[0] + 1: starts[1]] if ln.content]
    if not intro or len(intro) > _MAX_INTRO or headed_below(lines, starts[0]):
        return False
    headed = sum(1 for s in starts[1:] if headed_below(lines, s))
    return headed * 2 >= len(starts) - 1


def _when(ln: Line) -> tuple | None:
    m = ln.mark
    if m is None or m.date is None or m.hour is None:
        return None
    return (m.date, m.hour, m.minute or 0)


def page_opening_first(lines: list[Line], starts: list[int]) -> bool:
    """Whether the first post start is the page's opening time over its standfirst, printed in
    the posts' own shape ("17 September 2023, 08:00" over posts stamped "18 September 2023,
    00:40", ... newest first): the stamps below run newest first, and this one is older than
    all of them (a feed shown newest first never starts with its oldest entry); it stands
    right under a title-shaped line, opens no headline while the posts mostly have one, and has
    a few lines of text under it at most."""
    if len(starts) < _MIN_POSTS + 1:
        return False
    first = lines[starts[0]]
    if first.mark is None or first.mark.lead or first.head or first.minute:
        return False
    opened = _when(first)
    below = [_when(lines[s]) for s in starts[1:]]
    if opened is None or any(w is None for w in below):
        return False
    if any(a < b for a, b in itertools.pairwise(below)) or not all(opened < w for w in below):  # type: ignore[operator]
        return False
    return _over_standfirst(lines, starts)


def page_update_row_first(lines: list[Line], starts: list[int]) -> int | None:
    """Where the first post starts when the first post start is the page's row of its
    publication and update stamps ("05.03.2023 19:30 Viimati uuendatud 05.03.2023 23:52"): a
    stamp whose text after it is a stamp of its own with a lead word (what reads as a headline
    is the update), with the first post's stamp on the next kept line. None otherwise."""
    if len(starts) < _MIN_POSTS + 1:
        return None
    first = lines[starts[0]]
    after = (first.head or first.mark.rest) if first.mark is not None else ""
    if first.mark is None or first.mark.lead or not after:
        return None
    update = times.parse_time_line(after)
    if update is None or not update.lead or update.tail or (update.date is None and update.hour is None):
        return None
    nxt = next((k for k in range(starts[0] + 1, starts[1]) if not lines[k].removed), None)
    mark = lines[nxt].mark if nxt is not None else None
    if nxt is None or mark is None or mark.lead or lines[nxt].head:
        return None
    return nxt
