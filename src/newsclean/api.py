"""``parse()``: the one entry point every other surface (CLI, batch, Spark) calls."""
from __future__ import annotations

from .decode import DEFAULT_MAX_BYTES, Source, sanitize_references, sniff_format, text_and_bytes
from .errors import ParseError
from .gc_pause import gc_paused
from .model import Document
from .sites import choose

FORMATS = ("html", "text")


def parse(source: Source, *, url: str | None = None, format: str | None = None, site: str | None = None,
          max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Parse a live blog or an article into a `Document`.

    ``source`` is a str, bytes, a path or a binary file. ``format`` is "html", "text" or None
    (sniffed). ``site`` names a profile ("bbc", "guardian", ...), "generic" for none, or None
    to choose by URL and page markers. Raises `ParseError` on unusable input.

    >>> doc = parse("Live: storm hits coast\\n\\n10:02\\n\\nRoads closed\\n\\nThe coast road is shut until noon today.")
    >>> doc.posts[0].headline
    'Roads closed'
    """
    try:
        with gc_paused():  # a parse makes no cycles worth collecting mid-way (see gc_pause)
            return _load(source, url=url, format=format, site=site, max_bytes=max_bytes)
    except (ParseError, MemoryError, KeyboardInterrupt):
        raise
    except Exception as e:  # a bug: still only ParseError leaves parse(), with the cause chained
        raise ParseError(f"internal error {type(e).__name__}: {e} (please report this page)") from e


def _load(source: Source, *, url: str | None, format: str | None, site: str | None, max_bytes: int,
          trace: list | None = None) -> Document:
    """``parse`` with, for text input, a per-line trace for the audit view."""
    if format is not None and format not in FORMATS:
        raise ParseError(f"unknown format {format!r}: use 'html', 'text' or None")
    text, utf8 = text_and_bytes(source, max_bytes=max_bytes)
    fmt = format or sniff_format(text)
    profile = choose(site, url, text)
    if fmt == "html":
        from .html_front import parse_html
        markup = sanitize_references(text)
        # (the source's own UTF-8 bytes go to the HTML parser while they still spell the markup)
        return parse_html(markup, url=url, profile=profile, utf8=utf8 if markup is text else None)
    from .markdown_front import looks_like_newsclean_markdown, parse_markdown
    if trace is None and looks_like_newsclean_markdown(text):
        return parse_markdown(text, url=url)  # newsclean's own Markdown, read back
    from .text_front import parse_text
    return parse_text(text, url=url, profile=profile, trace=trace)


def inspect(source: Source, *, url: str | None = None, format: str | None = None, site: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, source_name: str = "") -> tuple[Document, str]:
    """Parse ``source`` and render its audit page: ``(document, html)``."""
    from .audit import render_audit
    trace: list = []
    doc = _load(source, url=url, format=format, site=site, max_bytes=max_bytes, trace=trace)
    return doc, render_audit(doc, source_name=source_name, trace=trace)
