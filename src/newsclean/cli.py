"""Command line: ``newsclean parse PAGE... [-f json|jsonl|markdown|text] [-o OUT]``,
``newsclean batch INPUT... -o OUT.jsonl|OUT.parquet [-j N] [--timeout S]``, ``inspect``, ``sites``.

Exit codes: 0 all parsed, 1 some inputs failed (each named on standard error), 2 usage error.
"""
from __future__ import annotations

import glob
import itertools
import sys
from pathlib import Path

import click

from .api import parse
from .errors import ParseError
from .model import Document


def _render(doc: Document, fmt: str) -> str:
    if fmt == "json":
        return doc.to_json(indent=2) + "\n"
    if fmt == "jsonl":
        return doc.to_json() + "\n"
    if fmt == "markdown":
        return doc.to_markdown()
    return doc.to_text()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsclean")
def main() -> None:
    """Turn scraped news pages, above all live blogs, into clean, structured data."""


@main.command("parse")
@click.argument("pages", nargs=-1, required=True, type=click.Path(allow_dash=True, dir_okay=False))
@click.option("-f", "--format", "out_format", type=click.Choice(["json", "jsonl", "markdown", "text"]),
              default="json", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write here instead of standard output.")
@click.option("--site", default=None, help="Site profile name, or 'generic' for none.")
@click.option("--format-in", type=click.Choice(["html", "text"]), default=None,
              help="Input format (default: sniffed).")
@click.option("--url", default=None, help="The page's URL (helps choose a site profile).")
def parse_cmd(pages: tuple[str, ...], out_format: str, output: str, site: str | None,
              format_in: str | None, url: str | None) -> None:
    """Parse PAGE files ('-' for standard input) and print the documents."""
    failed = 0
    chunks: list[str] = []
    for page in pages:
        try:
            source = sys.stdin.buffer.read() if page == "-" else Path(page)
            doc = parse(source, url=url, format=format_in, site=site)
        except ParseError as e:
            click.echo(f"newsclean: {page}: {e}", err=True)
            failed += 1
            continue
        chunks.append(_render(doc, out_format))
    text = "".join(chunks)
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")
    sys.exit(1 if failed else 0)


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), required=True,
              help="File to write: JSONL, one document a line ('-' for standard output), or, when it ends "
                   "in .parquet, a typed Parquet table, one row a post.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Seconds a page may take; a page over budget is reported as failed and the work goes on.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on standard error (default: only on a terminal).")
@click.option("--site", default=None, help="Site profile name, or 'generic' for none.")
@click.option("--format-in", type=click.Choice(["html", "text"]), default=None,
              help="Input format (default: sniffed per page).")
@click.option("--html-column", default="html", show_default=True,
              help="Parquet input: the column holding each page (string or binary).")
@click.option("--url-column", default="url", show_default=True,
              help="Parquet input: the column holding each page's URL (ignored when absent).")
@click.option("--timings", type=click.Path(dir_okay=False), default=None,
              help="Also write a TSV of each page's CPU and wall seconds and its worker's peak memory.")
def batch_cmd(inputs: tuple[str, ...], output: str, jobs: int, timeout: float | None, progress: bool | None,
              site: str | None, format_in: str | None, html_column: str, url_column: str,
              timings: str | None) -> None:
    """Parse folders, globs, page files, WARC files (one document per HTML response) and Parquet files
    (one page a row) to JSONL or Parquet."""
    from .batch import discover, is_failure, parse_many_timed

    if progress is None:
        progress = sys.stderr.isatty()
    to_parquet = output.lower().endswith((".parquet", ".pq"))
    try:
        for spec in inputs:  # every input checked before any output file is made
            if not Path(spec).exists() and not glob.glob(spec, recursive=True):
                raise FileNotFoundError(f"no such file, folder or matching glob: {spec}")
        pages = discover(inputs, html_column=html_column, url_column=url_column)
        first = next(pages, None)  # a Parquet input's columns (and pyarrow) checked here too
        pages = itertools.chain([first] if first is not None else [], pages)
        if progress:
            pages = list(pages)  # type: ignore[assignment]
        sink = _open_sink(output, to_parquet)
    except (FileNotFoundError, ValueError, ImportError) as e:
        raise click.UsageError(str(e)) from e
    failed = written = 0
    log = open(timings, "w", encoding="utf-8") if timings else None
    try:
        if log:
            log.write("page\tcpu_s\twall_s\tworker_pid\tworker_peak_mib\tstatus\n")
        results = parse_many_timed(pages, workers=jobs, on_error="record", format=format_in, site=site,
                                   timeout=timeout)
        if progress:
            from tqdm import tqdm
            results = tqdm(results, total=len(pages), unit="page", file=sys.stderr)  # type: ignore[arg-type]
        for doc, timing in results:
            bad = is_failure(doc)
            if log and timing is not None:
                log.write(f"{timing.name}\t{timing.cpu:.4f}\t{timing.wall:.4f}\t{timing.pid}\t{timing.peak_mib:.1f}\t"
                          f"{'failed' if bad else 'ok'}\n")
            if bad:
                failed += 1
                click.echo(f"newsclean: {doc.warnings[0][len('error: '):]}", err=True)
                if not to_parquet:
                    continue
            else:
                written += 1
            sink.write(doc)
    finally:
        sink.close()
        if log:
            log.close()
    click.echo(f"newsclean: {written} written, {failed} failed", err=True)
    sys.exit(1 if failed else 0)


class _JsonlSink:
    def __init__(self, output: str) -> None:
        self.out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")

    def write(self, doc: Document) -> None:
        self.out.write(doc.to_json() + "\n")

    def close(self) -> None:
        if self.out is not sys.stdout:
            self.out.close()


def _open_sink(output: str, to_parquet: bool):  # type: ignore[no-untyped-def]
    """JSONL (failed pages only on standard error) or Parquet (a failed page is a row with
    ``error`` set, as in every table newsclean makes)."""
    if to_parquet:
        from .integrations.arrow import ParquetSink
        return ParquetSink(output)
    return _JsonlSink(output)


@main.command("inspect")
@click.argument("page", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The HTML file to write.")
@click.option("--site", default=None, help="Site profile name, or 'generic' for none.")
@click.option("--format-in", type=click.Choice(["html", "text"]), default=None, help="Input format (default: sniffed).")
@click.option("--url", default=None, help="The page's URL (helps choose a site profile).")
def inspect_cmd(page: str, output: str, site: str | None, format_in: str | None, url: str | None) -> None:
    """Write a self-contained HTML audit of PAGE: what was kept, what was removed, and why."""
    from .api import inspect

    try:
        source = sys.stdin.buffer.read() if page == "-" else Path(page)
        doc, html = inspect(source, url=url, format=format_in, site=site, source_name=page)
    except ParseError as e:
        click.echo(f"newsclean: {page}: {e}", err=True)
        sys.exit(1)
    Path(output).write_text(html, encoding="utf-8")
    click.echo(f"newsclean: {output}: {len(doc.posts)} posts, {len(doc.removed)} removals", err=True)


@main.command("sites")
def sites_cmd() -> None:
    """List the site profiles and their rules."""
    from .rules.generic import GENERIC
    from .sites import PROFILES

    click.echo("generic: rules used on every page")
    for rule in GENERIC.all():
        click.echo(f"  {rule.name}: {rule.description}")
    for p in PROFILES.values():
        click.echo(f"{p.name}: {p.description}")
        for rule in p.rules.all():
            click.echo(f"  {rule.name}: {rule.description}")


if __name__ == "__main__":  # pragma: no cover
    main()
