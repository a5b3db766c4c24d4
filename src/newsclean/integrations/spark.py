"""Spark: parse a DataFrame of pages into a DataFrame of posts (one row a post).

    from newsclean.integrations.spark import parse_posts
    posts = parse_posts(pages_df, html_col="html", url_col="url")

Runs ``newsclean.parse`` on the executors through ``mapInPandas``; needs ``newsclean[spark]``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .rows import post_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from pyspark.sql import DataFrame

POST_SCHEMA = (
    "url string, site string, kind string, title string, post_index int, post_id string, headline string, "
    "label string, published string, bylines array<string>, n_media int, text string, error string"
)


def _parse_batches(batches: Iterator["pd.DataFrame"], html_col: str, url_col: str | None,
                   site: str | None) -> Iterator["pd.DataFrame"]:
    import pandas as pd

    from ..batch import Page, _parse_page
    from .rows import POST_COLUMNS

    options = {"site": site} if site else {}
    for batch in batches:
        rows = []
        for i, rec in enumerate(batch.to_dict("records")):
            url = rec.get(url_col) if url_col else None
            doc = _parse_page(Page(rec[html_col] or b"", url or f"row {i}", url), options)
            rows.extend(post_rows(doc))
        yield pd.DataFrame(rows, columns=list(POST_COLUMNS))


def parse_posts(df: "DataFrame", html_col: str = "html", url_col: str | None = "url",
                site: str | None = None) -> "DataFrame":
    """One row a post of every page in ``df`` (schema newsclean/1, flattened).

    ``html_col`` holds the page (string or binary), ``url_col`` its URL (or None). A page that
    cannot be parsed gives one row with ``error`` set, so no input disappears silently.
    """
    cols = [html_col] + ([url_col] if url_col else [])
    return df.select(*cols).mapInPandas(
        lambda it: _parse_batches(it, html_col, url_col, site), schema=POST_SCHEMA)
