"""Many pages at once: ``parse_many`` (ordered, parallel, bounded memory, a time budget per
page) and input discovery for folders, globs, WARC and Parquet files. Everything here only calls
`newsclean.parse`."""
from __future__ import annotations

import collections
import glob
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .api import parse
from .budget import PageTimeout, can_alarm, time_budget
from .decode import Source
from .errors import ParseError
from .model import Document

if TYPE_CHECKING:  # pragma: no cover
    # (imported where a pool is made: loading multiprocessing costs 0.05-0.1 s, and a process
    # that parses pages one by one never needs it)
    from concurrent.futures import ProcessPoolExecutor

ON_ERROR = ("raise", "skip", "record")
ERROR_PREFIX = "error: "
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt", ".html.gz", ".htm.gz", ".xhtml.gz", ".txt.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")


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


@dataclass(frozen=True)
class Timing:
    """How one page went in its worker: CPU and wall seconds, the worker's process id and its peak
    resident memory so far (MiB; 0 where the platform does not say)."""

    name: str
    cpu: float
    wall: float
    pid: int
    peak_mib: float


def _parse_page(page: Page, options: dict, timeout: float | None = None) -> Document:
    """Runs in a worker: never raises, so one bad page cannot take the pool down."""
    return _timed_parse(page, options, timeout)[0]


def _timed_parse(page: Page, options: dict, timeout: float | None) -> tuple[Document, Timing]:
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        with time_budget(timeout):
            doc = parse(page.source, url=page.url, **options)
    except PageTimeout as e:
        doc = failed(page, f"timed out: {e}")
    except ParseError as e:
        doc = failed(page, str(e))
    except Exception as e:  # a bug in newsclean: report it against the page, keep going
        doc = failed(page, f"internal error {type(e).__name__}: {e}")
    return doc, Timing(page.name, time.process_time() - c0, time.perf_counter() - t0, os.getpid(), _peak_mib())


def _peak_mib() -> float:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def failed(page: Page, message: str) -> Document:
    """The document ``on_error="record"`` yields for a page that could not be parsed."""
    return Document(url=page.url, warnings=(f"{ERROR_PREFIX}{page.name}: {message}",))


def is_failure(doc: Document) -> bool:
    return bool(doc.warnings) and doc.warnings[0].startswith(ERROR_PREFIX) and not doc.posts


def parse_many(sources: Iterable[Any], *, workers: int | None = None, on_error: str = "raise",
               format: str | None = None, site: str | None = None, timeout: float | None = None) -> Iterator[Document]:
    """Parse many pages, yielding documents in input order.

    ``sources`` holds anything `parse` takes, ``(source, url)`` pairs or `Page`
    values; it is consumed lazily, with at most a few pages per worker in flight, so memory
    stays bounded on long streams. ``workers``: processes (None: one per core; 1: in this
    process). ``on_error``: "raise" raises `ParseError` at the failing page, "skip"
    leaves it out, "record" yields an empty Document whose first warning starts with
    ``"error: "`` and names the page.

    ``timeout``: seconds a page may take; a page over budget fails with the reason "timed out"
    (so ``on_error`` decides what happens) and the work goes on. Each page runs under an alarm in
    its worker; a worker stuck where the alarm cannot reach (inside a C call) is killed and
    replaced after twice the budget plus 5 s. With ``workers=1`` outside the main thread, where
    no alarm can be set, the pages run in one worker process instead.
    """
    for doc, _ in parse_many_timed(sources, workers=workers, on_error=on_error, format=format, site=site,
                                   timeout=timeout):
        yield doc


def parse_many_timed(sources: Iterable[Any], *, workers: int | None = None, on_error: str = "raise",
                     format: str | None = None, site: str | None = None,
                     timeout: float | None = None) -> Iterator[tuple[Document, Timing | None]]:
    """`parse_many`, each document with its `Timing` (None for a page whose worker was replaced)."""
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
    if timeout is not None and timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    options = {k: v for k, v in (("format", format), ("site", site)) if v is not None}
    pages = (_as_page(item, i) for i, item in enumerate(sources))
    workers = os.cpu_count() or 1 if workers is None else max(1, workers)
    results: Iterator[tuple[Document, Timing | None]]
    if workers == 1 and (timeout is None or can_alarm()):
        results = (_timed_parse(p, options, timeout) for p in pages)
    else:
        results = _pooled(pages, options, workers, timeout)
    for doc, timing in results:
        if is_failure(doc):
            if on_error == "raise":
                raise ParseError(doc.warnings[0][len(ERROR_PREFIX):])
            if on_error == "skip":
                continue
        yield doc, timing


_Pending = collections.deque  # of (Page, Future)


def _pooled(pages: Iterator[Page], options: dict, workers: int,
            timeout: float | None) -> Iterator[tuple[Document, Timing | None]]:
    from concurrent.futures import ProcessPoolExecutor

    window = workers * 4
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: _Pending = collections.deque()
    try:
        for page in pages:
            page = _loaded(page)
            pending.append((page, pool.submit(_timed_parse, page, options, timeout)))
            while len(pending) >= window:
                result, pool = _next_result(pending, pool, workers, options, timeout)
                yield result
        while pending:
            result, pool = _next_result(pending, pool, workers, options, timeout)
            yield result
    finally:
        _stop(pool, kill=bool(pending))


def _next_result(pending: _Pending, pool: ProcessPoolExecutor, workers: int, options: dict,
                 timeout: float | None) -> tuple[tuple[Document, Timing | None], ProcessPoolExecutor]:
    """The oldest page's result. Every older page is done, so this one is running or next: a page
    that outlives its alarm by far is stuck beyond it, and its worker is killed and replaced (the
    pool with it: the other pages in flight are sent again). A worker that died (a crash in C code,
    the memory killer) is replaced the same way, and its page tried once more on its own."""
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    page, future = pending.popleft()
    try:
        result = future.result(timeout=None if timeout is None else 2 * timeout + 5)
    except FutureTimeout:
        result = (failed(page, f"timed out: over the {timeout:g} s budget and not answering; worker replaced"), None)
        pool = _restart(pool, workers)
    except BrokenProcessPool:
        pool = _restart(pool, workers)
        try:
            result = pool.submit(_timed_parse, page, options, timeout).result()
        except BrokenProcessPool:
            result = (failed(page, "the worker process died on this page"), None)
            pool = _restart(pool, workers)
    else:
        return result, pool
    in_flight = [other for other, _ in pending]  # the pages that were in flight in the old pool
    pending.clear()
    pending.extend((other, pool.submit(_timed_parse, other, options, timeout)) for other in in_flight)
    return result, pool


def _restart(pool: ProcessPoolExecutor, workers: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    _stop(pool, kill=True)
    return ProcessPoolExecutor(max_workers=workers)


def _stop(pool: ProcessPoolExecutor, *, kill: bool) -> None:
    if kill:
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.kill()
    pool.shutdown(wait=not kill, cancel_futures=True)


def _loaded(page: Page) -> Page:
    """File objects cannot cross a process boundary: read them here."""
    if hasattr(page.source, "read"):
        return Page(page.source.read(), page.name, page.url)
    return page


# -- inputs -------------------------------------------------------------------------------------

def discover(inputs: Iterable[str], *, html_column: str = "html", url_column: str | None = "url") -> Iterator[Page]:
    """Pages from folders (recursively), globs, page files, WARC files and Parquet files (one page
    a row: ``html_column`` holds it, ``url_column`` its URL), in a stable order.

    In a folder, page files are those named ``.html``, ``.htm``, ``.xhtml``, ``.txt`` (each maybe
    ``.gz``), WARC and Parquet files; anything else (``.expected.json`` truth files, READMEs,
    ``.json.gz`` outputs of other tools) is not a page and is passed over.
    """
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
            low = f.name.lower()
            if low.endswith(WARC_SUFFIXES):
                yield from warc_pages(f)
            elif low.endswith(PARQUET_SUFFIXES):
                from .integrations.arrow import parquet_pages
                yield from parquet_pages(f, html_column, url_column)
            else:
                yield Page(f, str(f))


def _is_input(name: str) -> bool:
    low = name.lower()
    return low.endswith(PAGE_SUFFIXES + WARC_SUFFIXES + PARQUET_SUFFIXES)


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


__all__ = ["parse_many", "parse_many_timed", "Timing", "discover", "warc_pages", "Page", "is_failure", "Source"]
