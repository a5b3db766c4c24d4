"""``to_pandas``: documents as a DataFrame, one row a post (or a document), with real dtypes."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..model import Document
from .rows import DOCUMENT_COLUMNS, POST_COLUMNS, document_row, post_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

_TIMES = ("published_utc", "updated_utc")
_COUNTS = ("post_index", "n_media", "n_posts", "n_removed")


def to_pandas(docs: Document | Iterable[Document], level: str = "post") -> "pd.DataFrame":
    """A DataFrame of ``docs``: ``level="post"`` gives one row a post with the document's columns
    beside it; ``level="document"`` one row a document. Needs pandas (``newsclean[pandas]``).

    ``published_utc`` is ``datetime64[ns, UTC]`` (NaT where the page states no offset; the ISO
    string is in ``published``); counts are nullable ``Int64``; ``bylines`` and ``media`` hold
    lists of dicts, ``editors`` and ``authors`` lists of strings.
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("to_pandas needs pandas: pip install 'newsclean[pandas]'") from e
    if isinstance(docs, Document):
        docs = [docs]
    if level == "post":
        df = pd.DataFrame([r for d in docs for r in post_rows(d)], columns=list(POST_COLUMNS))
    elif level == "document":
        df = pd.DataFrame([document_row(d) for d in docs], columns=list(DOCUMENT_COLUMNS))
    else:
        raise ValueError(f"level must be 'post' or 'document', not {level!r}")
    for col in df.columns:
        if col in _TIMES:
            df[col] = pd.to_datetime(df[col], utc=True)
        elif col in _COUNTS:
            df[col] = df[col].astype("Int64")
    return df
