"""Posts past midnight: bare clocks completed with one page date, moved to the next day where
the feed's own order says midnight passed.

A live blog that runs over midnight prints "23:48", then "00:35", and no date. Both front doors
complete such clocks with the page's date, so the later post lands on the earlier day. Walking
the posts in the feed's order (newest first or oldest first, read from the clocks themselves),
a clock that jumps the wrong way by most of a day marks midnight: the posts past it move on by
one day. Nothing moves unless the order is clear, the jump is large, and no post prints a date.
Which day the page's date names (the first post's or the last one's: a publication date or an
"Updated" date) is read from the page's own instant when it has one; else the first post's.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from .model import Post

__all__ = ["BEFORE_UPDATE_WARNING", "WARNING", "above_first_separator", "before_update", "roll_days", "text_fills",
           "text_update_instant"]

# A wrong-way jump of at least this many minutes reads as midnight passed: the real gap between
# the two posts is then at most 6 hours (a pinned morning post above a late feed jumps less).
WRAP_MINUTES = 18 * 60
# Steps between consecutive clocks smaller than this vote on the feed's order.
SMALL_STEP = 12 * 60
MIN_VOTES = 2           # agreeing steps needed before the order counts as known
VOTE_SHARE = 0.75       # and the share of all small steps they must make

WARNING = ("post dates past midnight inferred from the order of their clocks: the posts print a clock "
           "without a date")


def roll_days(posts: Sequence[Post], fills: Sequence[dt.date | None], *,
              page_instant: dt.datetime | None = None, instant_starts: bool = True) -> tuple[list[Post], bool]:
    """``fills[i]``: the date post i's bare clock was completed with, or None when the post
    printed its own date or took it from elsewhere (callers do not call this at all when posts
    print dates). ``page_instant``: the page's own date-time, when known; ``instant_starts``:
    whether it is the page's start (a publication time) rather than its last update. Returns the posts
    (dates moved where midnight passed) and whether any moved."""
    out = list(posts)
    stamps: dict[int, str] = {}  # post index -> its completed value
    fill_days: set[dt.date] = set()
    for i, (p, day) in enumerate(zip(posts, fills)):
        if day is not None and p.published is not None and _completed(p.published, day):
            stamps[i] = p.published
            fill_days.add(day)
    if len(stamps) < 3 or len(fill_days) != 1:
        return out, False
    fill = fill_days.pop()
    idx = list(stamps)
    clocks = [_minutes(stamps[i]) for i in idx]
    steps = [b - a for a, b in zip(clocks, clocks[1:])]
    small = [d for d in steps if d and abs(d) < SMALL_STEP]
    down, up = sum(d < 0 for d in small), sum(d > 0 for d in small)
    # three clocks make two steps, one of them midnight's: their one small step, alone, votes
    need = MIN_VOTES if len(stamps) > 3 else 1
    if max(down, up) < need or max(down, up) < VOTE_SHARE * len(small):
        return out, False
    chronological = list(reversed(idx)) if down > up else idx
    shift: dict[int, int] = {}
    days = 0
    prev = None
    for i in chronological:
        m = _minutes(stamps[i])
        if prev is not None and m - prev <= -WRAP_MINUTES:
            days += 1
        shift[i] = days
        prev = m
    if days == 0:
        return out, False
    base = _base(stamps, chronological, shift, fill, days, page_instant, instant_starts)
    for i in idx:
        day = fill + dt.timedelta(days=shift[i] + base)
        if day != fill:
            out[i] = dataclasses.replace(posts[i], published=day.isoformat() + stamps[i][10:])
    return out, True


def _base(stamps: dict[int, str], chronological: list[int], shift: dict[int, int], fill: dt.date, days: int,
          page_instant: dt.datetime | None, instant_starts: bool = True) -> int:
    """0 when the page's date is the first post's day, ``-days`` when it is the last post's.
    The page's own instant decides, when it falls on that date: the choice that puts it within
    the posts' span; when neither does and the instant is the page's start (its publication,
    ``instant_starts``), the choice whose posts all come after it (a live blog's posts do not
    precede its start: "published 08:00" above posts from 18:00 to 00:30 is the first post's
    day, although 08:00 is nearer the span set a day earlier); else the nearer. The first post's
    day when the page states no instant on that date."""
    if page_instant is None or page_instant.date() != fill:
        return 0
    at = page_instant.replace(tzinfo=None, second=0, microsecond=0)
    first, last = chronological[0], chronological[-1]

    def span(base: int) -> tuple[dt.datetime, dt.datetime]:
        return (_wall(stamps[first], fill + dt.timedelta(days=shift[first] + base)),
                _wall(stamps[last], fill + dt.timedelta(days=shift[last] + base)))

    def distance(base: int) -> float:
        lo, hi = span(base)
        if lo <= at <= hi:
            return 0.0
        return min(abs((at - lo).total_seconds()), abs((at - hi).total_seconds()))

    near, far = distance(0), distance(-days)
    if near and far and instant_starts:
        after_start = [base for base in (0, -days) if at <= span(base)[0]]
        if len(after_start) == 1:
            return after_start[0]
    return -days if far < near else 0


def above_first_separator(posts: Sequence[Post], days: Sequence[dt.date | None],
                          fills: Sequence[dt.date | None]) -> tuple[list[Post], bool]:
    """Posts above a feed's first day separator, their bare clocks completed with the page's
    date (``fills[i]``), where the posts below carry the separator's day (``days[i]``). In a
    newest-first feed they are later than the separator's posts: on its day when their clocks
    are later than the first post below it, on the next day when every one is earlier (midnight
    passed: "00.47" above "Tuesday 1 November" / "23.32"). In an oldest-first feed, on the
    separator's day or the day before, the same way round. The feed's order comes from the
    clocks below the separator; nothing moves when they or the posts above disagree."""
    out = list(posts)
    first = next((i for i, d in enumerate(days) if d is not None), None)
    day = days[first] if first else None
    if not first or day is None:
        return out, False
    above_values: list[str] = []
    for p, fill in zip(posts[:first], fills[:first]):
        if fill is None or p.published is None or not _completed(p.published, fill):
            return out, False
        above_values.append(p.published)
    below = [_minutes(p.published) for p, d in zip(posts[first:], days[first:])
             if d == day and p.published and _completed(p.published, day)][:3]
    if len(below) < 2 or below[0] == below[1]:
        return out, False
    newest_first = below[0] > below[1]
    above = [_minutes(v) for v in above_values]
    if newest_first:
        shift = 1 if all(m < below[0] for m in above) else 0 if all(m >= below[0] for m in above) else None
    else:
        shift = -1 if all(m > below[0] for m in above) else 0 if all(m <= below[0] for m in above) else None
    if shift is None:
        return out, False
    target = day + dt.timedelta(days=shift)
    moved = False
    for i, value in enumerate(above_values):
        if target != fills[i]:
            out[i] = dataclasses.replace(posts[i], published=target.isoformat() + value[10:])
            moved = True
    return out, moved


def _completed(value: str, fill: dt.date) -> bool:
    return len(value) >= 16 and value[10] == "T" and value[:10] == fill.isoformat() \
        and value[11:13].isdigit() and value[14:16].isdigit()


def _minutes(value: str) -> int:
    return int(value[11:13]) * 60 + int(value[14:16])


def _wall(value: str, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(int(value[11:13]), int(value[14:16])))


def text_fills(posts: Sequence[Post], chunks, page_date: dt.date | None) -> list[dt.date | None] | None:
    """For scraped text: each post's fill date (the page's, when its stamp line is a bare
    clock), from the chunks of lines the posts were built from; None for the whole feed when
    any post's stamp prints a date (the day is then the page's to say, not the order's)."""
    if page_date is None:
        return None
    stamp_of = {}
    for chunk, post in chunks:
        marks = [ln.mark for ln in chunk if ln.mark is not None]
        if any(m.date is not None or m.month_day is not None or m.epoch is not None for m in marks):
            return None
        stamp_of[id(post)] = any(m.has_clock for m in marks)
    return [page_date if stamp_of.get(id(p)) else None for p in posts]


def text_page_instant(header, page_date: dt.date | None, language: str | None) -> dt.datetime | None:
    """For scraped text: the clock printed on the header line that gave the page's date
    ("Updated March 8, 2024 at 12:38 a.m."), as a wall-clock date-time."""
    if page_date is None:
        return None
    from . import times

    for ln in header:
        if times.parse_date(ln.text) == page_date:
            mark = times.parse_time_line(ln.text, lang=language) or times.opening_stamp(ln.text, lang=language)
            if mark is not None and mark.hour is not None:
                return dt.datetime.combine(page_date, dt.time(mark.hour, mark.minute or 0))
            return None
    return None


# -- clocks later than the page's update ----------------------------------------------------------

# How far past the page's update time a post's clock must be before it is read as the day before's
# (a post stamped a few minutes after the update is the clocks' disagreement, not a day).
UPDATE_SLACK_MINUTES = 30
BEFORE_UPDATE_WARNING = ("post dates inferred: every post's clock is later than the page's update time on "
                         "the page's date, so the posts belong to the day before")


def before_update(posts: Sequence[Post], fills: Sequence[dt.date | None],
                  updated: dt.datetime | None) -> tuple[list[Post], bool]:
    """The page says it was updated at ``updated`` (its only date), and its posts print bare
    clocks, completed with that date. No post is later than the page's last update: when every
    such post's clock is later than the update time, the posts belong to the day before
    ("Updated March 6, 12:04 AM" above "11:52 p.m." ... "10:05 a.m."). Returns the posts and
    whether any moved."""
    out = list(posts)
    if updated is None:
        return out, False
    fill = updated.date()
    at = updated.hour * 60 + updated.minute + UPDATE_SLACK_MINUTES
    idx = [i for i, (p, day) in enumerate(zip(posts, fills))
           if day == fill and p.published is not None and _completed(p.published, fill)]
    if len(idx) < 2 or any(_minutes(posts[i].published) <= at for i in idx):  # type: ignore[arg-type]
        return out, False
    day = (fill - dt.timedelta(days=1)).isoformat()
    for i in idx:
        out[i] = dataclasses.replace(posts[i], published=day + posts[i].published[10:])  # type: ignore[index]
    return out, True


def text_update_instant(header, page_date: dt.date | None, language: str | None) -> dt.datetime | None:
    """For scraped text: the page's own instant (``text_page_instant``) when the header line
    that gives it says it is an update ("Updated March 6, 2024, 12:04 AM EST"; the phrase packs'
    ``updated`` words)."""
    instant = text_page_instant(header, page_date, language)
    if instant is None:
        return None
    from . import times

    for ln in header:
        if times.parse_date(ln.text) == page_date:
            low = ln.text.casefold()
            return instant if any(low.startswith(w) for w in _updated_words()) else None
    return None


def _updated_words() -> tuple[str, ...]:
    from .rules.packs import packs

    return tuple({w.casefold().rstrip(":") for pack in packs().values() for w in pack.updated})
