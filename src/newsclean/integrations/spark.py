"""Spark: parse a DataFrame of pages into a DataFrame of posts (one row a post).

    from newsclean.integrations.spark import parse_posts
    posts = parse_posts(pages_df, html_col="html", url_col="url")

Runs ``newsclean.parse`` on the executors through ``mapInArrow``, so the rows keep the typed
schema of `newsclean.to_arrow` (UTC timestamps, lists of structs for bylines and media);
needs ``newsclean[spark]``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .rows import BYLINE_FIELDS, MEDIA_FIELDS

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa
    from pyspark.sql import DataFrame

_BYLINE = "struct<" + ",".join(f"{f}:string" for f in BYLINE_FIELDS) + ">"
_MEDIA = "struct<" + ",".join(f"{f}:string" for f in MEDIA_FIELDS) + ">"
POST_SCHEMA = (
    "url string, site string, kind string, title string, post_index int, post_id string, headline string, "
    "label string, published string, published_utc timestamp, "
    f"bylines array<{_BYLINE}>, media array<{_MEDIA}>, n_media int, text string, error string"
)


def _parse_batches(batches: Iterator["pa.RecordBatch"], html_col: str, url_col: str | None,
                   site: str | None) -> Iterator["pa.RecordBatch"]:
    from ..batch import Page, _parse_page
    from .arrow import pyarrow, rows, schema

    pa = pyarrow()
    options = {"site": site} if site else {}
    post_schema = schema("post")
    for batch in batches:
        data = batch.to_pydict()
        docs = []
        for i, html in enumerate(data[html_col]):
            url = data[url_col][i] if url_col else None
            docs.append(_parse_page(Page(html or b"", url or f"row {i}", url), options))
        yield pa.RecordBatch.from_pylist(rows(docs, "post"), schema=post_schema)


def parse_posts(df: "DataFrame", html_col: str = "html", url_col: str | None = "url",
                site: str | None = None) -> "DataFrame":
    """One row a post of every page in ``df`` (schema newsclean/1, flattened and typed as in
    `newsclean.to_arrow`).

    ``html_col`` holds the page (string or binary), ``url_col`` its URL (or None). A page that
    cannot be parsed gives one row with ``error`` set, so no input disappears silently.
    """
    cols = [html_col] + ([url_col] if url_col else [])
    return df.select(*cols).mapInArrow(
        lambda it: _parse_batches(it, html_col, url_col, site), schema=POST_SCHEMA)
