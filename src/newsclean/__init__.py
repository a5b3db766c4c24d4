"""newsclean: live blogs and news articles, from raw pages to clean, structured data.

The public API is this module's ``__all__``; everything else is private.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .api import parse
from .batch import parse_many
from .errors import ParseError
from .model import SCHEMA, Block, Byline, Document, Media, Post, Removal, register_view
from .render import document_markdown, document_text, post_markdown

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    import pyarrow

__version__ = "0.1.0"


def _audit_view(doc: Document, *, compact: bool = False) -> str:
    # imported on first use: the audit page needs jinja2, which most pipelines never load
    from .audit import render_audit

    return render_audit(doc, compact=compact)


# The model's view methods (to_markdown, to_text, the notebook reprs) call these renderers.
register_view("markdown", document_markdown)
register_view("text", document_text)
register_view("post_markdown", post_markdown)
register_view("audit", _audit_view)


def to_pandas(docs: Document | Iterable[Document], level: str = "post") -> "pandas.DataFrame":
    """A pandas DataFrame of documents: one row a post (``level="post"``, the document's columns
    beside it) or one row a document (``level="document"``). Needs ``newsclean[pandas]``."""
    from .integrations.pandas import to_pandas as _to_pandas

    return _to_pandas(docs, level=level)


def to_arrow(docs: Document | Iterable[Document], level: str = "post") -> "pyarrow.Table":
    """A typed Arrow table of documents, one row a post (``level="post"``) or a document
    (``level="document"``): UTC timestamps beside the original ISO strings, lists of structs for
    bylines and media. Needs ``newsclean[parquet]`` (pyarrow)."""
    from .integrations.arrow import to_arrow as _to_arrow

    return _to_arrow(docs, level=level)


__all__ = ["parse", "parse_many", "to_pandas", "to_arrow", "ParseError", "Document", "Post", "Byline", "Media", "Block",
           "Removal", "SCHEMA", "__version__"]
