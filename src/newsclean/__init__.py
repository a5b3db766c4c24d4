"""newsclean: live blogs and news articles, from raw pages to clean, structured data.

The public API is this module's ``__all__``; everything else is private.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .api import parse
from .batch import parse_many
from .errors import ParseError
from .model import SCHEMA, Block, Byline, Document, Media, Post, Removal

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__version__ = "0.1.0"


def to_pandas(docs: Document | Iterable[Document], level: str = "post") -> "pandas.DataFrame":
    """A pandas DataFrame of documents: one row a post (``level="post"``, the document's columns
    beside it) or one row a document (``level="document"``). Needs ``newsclean[pandas]``."""
    from .integrations.pandas import to_pandas as _to_pandas

    return _to_pandas(docs, level=level)


__all__ = ["parse", "parse_many", "to_pandas", "ParseError", "Document", "Post", "Byline", "Media", "Block",
           "Removal", "SCHEMA", "__version__"]
