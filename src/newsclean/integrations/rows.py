"""Flat rows: one a post (or one a document), the shape tables and DataFrames want.

Times: the ``published`` (and ``updated``) columns keep the ISO string of the JSON output,
offset and all; ``published_utc`` is the same instant as a UTC timestamp when the string states
an offset, and empty when it does not (a local time whose zone is unknown is never given one).
Offsets differ from row to row, and a table column has one zone, so UTC plus the original string
is the honest pair. Bylines and media are lists of records (name/role; type/caption/credit/alt/src).
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from ..batch import is_failure
from ..model import Document

DOCUMENT_COLUMNS = ("url", "site", "kind", "title", "language", "published", "published_utc", "updated",
                    "updated_utc", "timezone", "editors", "authors", "n_posts", "n_removed", "error")
POST_COLUMNS = ("url", "site", "kind", "title", "post_index", "post_id", "headline", "label", "published",
                "published_utc", "bylines", "media", "n_media", "text", "error")
BYLINE_FIELDS = ("name", "role")
MEDIA_FIELDS = ("type", "caption", "credit", "alt", "src")


def utc(value: str | None) -> dt.datetime | None:
    """The instant an ISO date-time names, in UTC, when it states its offset; else None.

    >>> utc("2024-08-05T21:00:18.921+01:00")
    datetime.datetime(2024, 8, 5, 20, 0, 18, 921000, tzinfo=datetime.timezone.utc)
    >>> utc("2024-08-05T21:00") is None and utc("2024-08-05") is None
    True
    """
    if not value or "T" not in value:
        return None
    try:
        t = dt.datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
    except ValueError:
        return None
    return t.astimezone(dt.timezone.utc) if t.tzinfo is not None else None


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "url": doc.url, "site": doc.site, "kind": doc.kind, "title": doc.title, "language": doc.language,
        "published": doc.published, "published_utc": utc(doc.published), "updated": doc.updated,
        "updated_utc": utc(doc.updated), "timezone": doc.timezone, "editors": list(doc.editors),
        "authors": list(doc.authors), "n_posts": len(doc.posts), "n_removed": len(doc.removed),
        "error": doc.warnings[0] if is_failure(doc) else None,
    }


def post_rows(doc: Document) -> list[dict[str, Any]]:
    """One row a post, with the document's columns beside it. A failed page gives one row with
    ``error`` set and no post columns, so failures stay visible in a table."""
    base = {"url": doc.url, "site": doc.site, "kind": doc.kind, "title": doc.title}
    if is_failure(doc):
        return [{**base, "post_index": None, "post_id": None, "headline": None, "label": None,
                 "published": None, "published_utc": None, "bylines": [], "media": [], "n_media": 0,
                 "text": None, "error": doc.warnings[0]}]
    return [{**base, "post_index": i, "post_id": p.id, "headline": p.headline, "label": p.label,
             "published": p.published, "published_utc": utc(p.published),
             "bylines": [b.to_dict() for b in p.bylines], "media": [m.to_dict() for m in p.media],
             "n_media": len(p.media), "text": p.text, "error": None}
            for i, p in enumerate(doc.posts)]
