"""Flat rows: one a post (or one a document), the shape tables and DataFrames want."""
from __future__ import annotations

from typing import Any

from ..batch import is_failure
from ..model import Document

DOCUMENT_COLUMNS = ("url", "site", "kind", "title", "language", "published", "timezone", "editors", "authors",
                    "n_posts", "n_removed", "error")
POST_COLUMNS = ("url", "site", "kind", "title", "post_index", "post_id", "headline", "label", "published",
                "bylines", "n_media", "text", "error")


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "url": doc.url, "site": doc.site, "kind": doc.kind, "title": doc.title, "language": doc.language,
        "published": doc.published, "timezone": doc.timezone, "editors": list(doc.editors),
        "authors": list(doc.authors), "n_posts": len(doc.posts), "n_removed": len(doc.removed),
        "error": doc.warnings[0] if is_failure(doc) else None,
    }


def post_rows(doc: Document) -> list[dict[str, Any]]:
    """One row a post, with the document's columns beside it. A failed page gives one row with
    ``error`` set and no post columns, so failures stay visible in a table."""
    base = {"url": doc.url, "site": doc.site, "kind": doc.kind, "title": doc.title}
    if is_failure(doc):
        return [{**base, "post_index": None, "post_id": None, "headline": None, "label": None,
                 "published": None, "bylines": [], "n_media": 0, "text": None, "error": doc.warnings[0]}]
    return [{**base, "post_index": i, "post_id": p.id, "headline": p.headline, "label": p.label,
             "published": p.published,
             "bylines": [b.name + (f", {b.role}" if b.role else "") for b in p.bylines],
             "n_media": len(p.media), "text": p.text, "error": None}
            for i, p in enumerate(doc.posts)]
