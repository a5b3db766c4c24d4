"""Command line: ``newsclean parse PAGE... [-f json|jsonl|markdown|text] [-o OUT]``.

Exit codes: 0 all parsed, 1 some inputs failed (each named on standard error), 2 usage error.
"""
from __future__ import annotations

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
              help="JSONL file to write, one document a line ('-' for standard output).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar on standard error (default: only on a terminal).")
@click.option("--site", default=None, help="Site profile name, or 'generic' for none.")
@click.option("--format-in", type=click.Choice(["html", "text"]), default=None,
              help="Input format (default: sniffed per page).")
def batch_cmd(inputs: tuple[str, ...], output: str, jobs: int, progress: bool | None, site: str | None,
              format_in: str | None) -> None:
    """Parse folders, globs, page files and WARC files (one document per HTML response) to JSONL."""
    from .batch import discover, is_failure, parse_many

    if progress is None:
        progress = sys.stderr.isatty()
    pages = list(discover(inputs)) if progress else discover(inputs)
    try:
        docs = parse_many(pages, workers=jobs, on_error="record", format=format_in, site=site)
        failed = written = 0
        out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
        try:
            if progress:
                from tqdm import tqdm
                docs = tqdm(docs, total=len(pages), unit="page", file=sys.stderr)  # type: ignore[arg-type]
            for doc in docs:
                if is_failure(doc):
                    failed += 1
                    click.echo(f"newsclean: {doc.warnings[0][len('error: '):]}", err=True)
                    continue
                out.write(doc.to_json() + "\n")
                written += 1
        finally:
            if out is not sys.stdout:
                out.close()
    except FileNotFoundError as e:
        raise click.UsageError(str(e)) from e
    click.echo(f"newsclean: {written} written, {failed} failed", err=True)
    sys.exit(1 if failed else 0)


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
