"""Typed Arrow tables of documents, and Parquet in and out. Needs ``newsclean[parquet]`` (pyarrow).

    table = newsclean.to_arrow(docs)                   # one row a post
    table = newsclean.to_arrow(docs, level="document")

Column types: strings; ``post_index``, ``n_media``, ``n_posts``, ``n_removed`` int32;
``published_utc``/``updated_utc`` timestamp[us, UTC] (empty where the page gives no offset: the
original ISO string sits beside it in ``published``/``updated``); ``bylines`` a list of
struct<name, role>; ``media`` a list of struct<type, caption, credit, alt, src>; ``editors`` and
``authors`` lists of strings. Spark's `parse_posts` uses the same schema.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from ..model import Document
from .rows import BYLINE_FIELDS, MEDIA_FIELDS, document_row, post_rows

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow as pa

    from ..batch import Page

LEVELS = ("post", "document")


def pyarrow() -> Any:
    """The pyarrow module, or an ImportError that says how to get it."""
    try:
        import pyarrow
    except ImportError as e:
        raise ImportError("Arrow and Parquet support needs pyarrow: pip install 'newsclean[parquet]'") from e
    return pyarrow


def schema(level: str = "post") -> "pa.Schema":
    """The Arrow schema of `to_arrow`'s table at ``level``."""
    pa = pyarrow()
    s, i32 = pa.string(), pa.int32()
    ts = pa.timestamp("us", tz="UTC")
    if level == "post":
        return pa.schema([
            ("url", s), ("site", s), ("kind", s), ("title", s), ("post_index", i32), ("post_id", s),
            ("headline", s), ("label", s), ("published", s), ("published_utc", ts),
            ("bylines", pa.list_(pa.struct([(f, s) for f in BYLINE_FIELDS]))),
            ("media", pa.list_(pa.struct([(f, s) for f in MEDIA_FIELDS]))),
            ("n_media", i32), ("text", s), ("error", s)])
    if level == "document":
        return pa.schema([
            ("url", s), ("site", s), ("kind", s), ("title", s), ("language", s), ("published", s),
            ("published_utc", ts), ("updated", s), ("updated_utc", ts), ("timezone", s),
            ("editors", pa.list_(s)), ("authors", pa.list_(s)), ("n_posts", i32), ("n_removed", i32),
            ("error", s)])
    raise ValueError(f"level must be 'post' or 'document', not {level!r}")


def rows(docs: Iterable[Document], level: str) -> list[dict[str, Any]]:
    if level == "post":
        return [r for d in docs for r in post_rows(d)]
    if level == "document":
        return [document_row(d) for d in docs]
    raise ValueError(f"level must be 'post' or 'document', not {level!r}")


def to_arrow(docs: Document | Iterable[Document], level: str = "post") -> "pa.Table":
    """A typed Arrow table of ``docs``: one row a post (``level="post"``, the document's columns
    beside it) or one row a document (``level="document"``)."""
    if isinstance(docs, Document):
        docs = [docs]
    return pyarrow().Table.from_pylist(rows(docs, level), schema=schema(level))


class ParquetSink:
    """Write documents to a Parquet file as they come, a row group every ``batch`` rows."""

    def __init__(self, path: str | os.PathLike[str], level: str = "post", batch: int = 2000) -> None:
        import pyarrow.parquet as pq  # noqa: F401 - fail here, before any work, when it is missing

        pyarrow()
        self.level, self.batch = level, batch
        self._schema = schema(level)
        self._writer = pq.ParquetWriter(os.fspath(path), self._schema)
        self._rows: list[dict[str, Any]] = []

    def write(self, doc: Document) -> None:
        self._rows.extend(rows([doc], self.level))
        if len(self._rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pyarrow().Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def __enter__(self) -> "ParquetSink":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def parquet_pages(path: str | os.PathLike[str], html_column: str = "html",
                  url_column: str | None = "url") -> Iterator["Page"]:
    """One `Page` per row of a Parquet file, read a few rows at a time. ``html_column`` holds the
    page (string or binary); ``url_column`` its URL (None, or a column the file lacks: no URLs)."""
    pq = _parquet()
    from ..batch import Page

    f = pq.ParquetFile(os.fspath(path))
    names = f.schema_arrow.names
    if html_column not in names:
        raise ValueError(f"{path}: no column {html_column!r} (columns: {', '.join(names)}); "
                         f"name the page column with --html-column")
    url_column = url_column if url_column in names else None
    columns = [html_column] + ([url_column] if url_column else [])
    n = 0
    for batch in f.iter_batches(batch_size=64, columns=columns):
        data = batch.to_pydict()
        for i, html in enumerate(data[html_column]):
            url = data[url_column][i] if url_column else None
            yield Page(html if html is not None else b"", f"{path}#{n}" + (f" {url}" if url else ""), url)
            n += 1


def _parquet() -> Any:
    pyarrow()
    import pyarrow.parquet as pq
    return pq
