"""``to_pandas``: documents as a DataFrame, one row a post (or a document)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..model import Document
from .rows import DOCUMENT_COLUMNS, POST_COLUMNS, document_row, post_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd


def to_pandas(docs: Document | Iterable[Document], level: str = "post") -> "pd.DataFrame":
    """A DataFrame of ``docs``: ``level="post"`` gives one row a post with the document's columns
    beside it; ``level="document"`` one row a document. Needs pandas (``newsclean[pandas]``)."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas needs pandas: pip install 'newsclean[pandas]'") from e
    if isinstance(docs, Document):
        docs = [docs]
    if level == "post":
        rows = [r for d in docs for r in post_rows(d)]
        return pd.DataFrame(rows, columns=list(POST_COLUMNS))
    if level == "document":
        return pd.DataFrame([document_row(d) for d in docs], columns=list(DOCUMENT_COLUMNS))
    raise ValueError(f"level must be 'post' or 'document', not {level!r}")
