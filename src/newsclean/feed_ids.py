"""Post times carried by post ids: an anchor ``id="timelines-1783125872797"`` is the post's
publication instant, an epoch in milliseconds (or seconds).

Ids are numbers of many kinds (article ids, counters, hashes), so an id counts as a time only
when every numbered post of the page agrees: each id holds one run of 10 or 13 digits that reads
as an instant, the instants lie within a few days of each other (and of the page's date, when
known), and at least two posts have one. An epoch is UTC, so the time is given in UTC.
"""
from __future__ import annotations

import datetime as dt

import regex

from .model import Post

# One run of 10 digits (seconds) or 13 (milliseconds) from 2001 to 2033, not part of a longer number.
_EPOCH_IN_ID = regex.compile(r"(?<!\d)(1\d{9}(?:\d{3})?)(?!\d)")
MAX_SPAN = dt.timedelta(days=7)       # a live page's posts lie within a week
MAX_FROM_PAGE = dt.timedelta(days=3)  # ... and near the page's own date


def id_instant(post_id: str | None) -> dt.datetime | None:
    """The instant an id's one epoch-shaped run of digits reads as (UTC), else None."""
    if not post_id:
        return None
    runs = _EPOCH_IN_ID.findall(post_id)
    if len(runs) != 1:
        return None
    digits = runs[0]
    secs = int(digits) / 1000 if len(digits) == 13 else int(digits)
    return dt.datetime.fromtimestamp(secs, dt.timezone.utc)


def fill_from_id_epochs(posts: list[Post], page_date: dt.date | None) -> list[Post]:
    """Give posts without a time the instant their id holds, when the page's ids are times."""
    if not any(p.published is None for p in posts):
        return posts
    instants = [id_instant(p.id) for p in posts]
    found = [t for t in instants if t is not None]
    if len(found) < 2 or max(found) - min(found) > MAX_SPAN:
        return posts
    if any(p.id and t is None and any(ch.isdigit() for ch in p.id) for p, t in zip(posts, instants)):
        return posts  # ids are numbered some other way on part of the page
    if page_date is not None:
        noon = dt.datetime(page_date.year, page_date.month, page_date.day, 12, tzinfo=dt.timezone.utc)
        if any(abs(t - noon) > MAX_FROM_PAGE for t in found):
            return posts
    from dataclasses import replace
    return [replace(p, published=t.isoformat(timespec="seconds")) if p.published is None and t is not None else p
            for p, t in zip(posts, instants)]
