"""Many pages at once: ``parse_many`` (ordered, parallel, bounded memory) and input discovery
for folders, globs and WARC files. Everything here only calls `newsclean.parse`."""
from __future__ import annotations

import collections
import glob
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .api import parse
from .decode import Source
from .errors import ParseError
from .model import Document

ON_ERROR = ("raise", "skip", "record")
ERROR_PREFIX = "error: "
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")


@dataclass(frozen=True)
class Page:
    """One input of a batch: its content (or path), a name to report it by, and its URL."""

    source: Any
    name: str
    url: str | None = None


def _as_page(item: Any, index: int) -> Page:
    if isinstance(item, Page):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        source, url = item
        return Page(source, _name(source, index), url)
    return Page(item, _name(item, index))


def _name(source: Any, index: int) -> str:
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    return f"#{index}"


def _parse_page(page: Page, options: dict) -> Document:
    """Runs in a worker: never raises, so one bad page cannot take the pool down."""
    try:
        return parse(page.source, url=page.url, **options)
    except ParseError as e:
        return failed(page, str(e))
    except Exception as e:  # a bug in newsclean: report it against the page, keep going
        return failed(page, f"internal error {type(e).__name__}: {e}")


def failed(page: Page, message: str) -> Document:
    """The document ``on_error="record"`` yields for a page that could not be parsed."""
    return Document(url=page.url, warnings=(f"{ERROR_PREFIX}{page.name}: {message}",))


def is_failure(doc: Document) -> bool:
    return bool(doc.warnings) and doc.warnings[0].startswith(ERROR_PREFIX) and not doc.posts


def parse_many(sources: Iterable[Any], *, workers: int | None = None, on_error: str = "raise",
               format: str | None = None, site: str | None = None) -> Iterator[Document]:
    """Parse many pages, yielding documents in input order.

    ``sources`` holds anything `parse` takes, ``(source, url)`` pairs or `Page`
    values; it is consumed lazily, with at most a few pages per worker in flight, so memory
    stays bounded on long streams. ``workers``: processes (None: one per core; 1: in this
    process). ``on_error``: "raise" raises `ParseError` at the failing page, "skip"
    leaves it out, "record" yields an empty Document whose first warning starts with
    ``"error: "`` and names the page.
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
    options = {k: v for k, v in (("format", format), ("site", site)) if v is not None}
    pages = (_as_page(item, i) for i, item in enumerate(sources))
    workers = os.cpu_count() or 1 if workers is None else max(1, workers)
    if workers == 1:
        results: Iterator[Document] = (_parse_page(p, options) for p in pages)
    else:
        results = _pooled(pages, options, workers)
    for doc in results:
        if is_failure(doc):
            if on_error == "raise":
                raise ParseError(doc.warnings[0][len(ERROR_PREFIX):])
            if on_error == "skip":
                continue
        yield doc


def _pooled(pages: Iterator[Page], options: dict, workers: int) -> Iterator[Document]:
    window = workers * 4
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: collections.deque[Future] = collections.deque()
        for page in pages:
            pending.append(pool.submit(_parse_page, _loaded(page), options))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _loaded(page: Page) -> Page:
    """File objects cannot cross a process boundary: read them here."""
    if hasattr(page.source, "read"):
        return Page(page.source.read(), page.name, page.url)
    return page


# -- inputs -------------------------------------------------------------------------------------

def discover(inputs: Iterable[str]) -> Iterator[Page]:
    """Pages from folders (recursively), globs, page files and WARC files, in a stable order."""
    for spec in inputs:
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and _is_input(p.name))
        elif path.exists():
            files = [path]
        else:
            files = [Path(p) for p in sorted(glob.glob(spec, recursive=True)) if Path(p).is_file()]
            if not files:
                raise FileNotFoundError(f"no such file, folder or matching glob: {spec}")
        for f in files:
            if f.name.lower().endswith(WARC_SUFFIXES):
                yield from warc_pages(f)
            else:
                yield Page(f, str(f))


def _is_input(name: str) -> bool:
    low = name.lower()
    return low.endswith(PAGE_SUFFIXES + WARC_SUFFIXES)


def warc_pages(path: str | os.PathLike[str]) -> Iterator[Page]:
    """One Page per HTML response record of a WARC (or WARC.gz) file, with its target URL.

    Uses warcio: pure Python, the reference reader of the Webrecorder project, and it reads
    gzipped and plain WARC alike; its speed is far from the bottleneck next to parsing.
    """
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        for n, record in enumerate(ArchiveIterator(fh)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            yield Page(record.content_stream().read(), f"{path}#{n} {url}", url)


__all__ = ["parse_many", "discover", "warc_pages", "Page", "is_failure", "Source"]
