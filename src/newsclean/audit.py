"""The audit view: one self-contained HTML page showing what newsclean kept, what it removed
and why. Rendered by Jinja2 with autoescaping on, so a hostile page's text can only ever
appear as text."""
from __future__ import annotations

import collections
from typing import Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from .api import _load
from .decode import DEFAULT_MAX_BYTES, Source
from .model import Document
from .text_front import TraceLine

_ENV = Environment(loader=PackageLoader("newsclean", "templates"), autoescape=select_autoescape(default=True),
                   trim_blocks=True, lstrip_blocks=True)


def removal_groups(doc: Document) -> list[tuple[str, list[str]]]:
    """Removals grouped by rule, largest group first."""
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for r in doc.removed:
        groups[r.rule].append(r.text)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def render_audit(doc: Document, *, source_name: str = "", trace: Sequence[TraceLine] | None = None,
                 compact: bool = False) -> str:
    """The audit page for ``doc``. ``trace`` (text input) adds the original lines beside the
    result; ``compact`` gives the short form notebooks show."""
    template = _ENV.get_template("audit_compact.html" if compact else "audit.html")
    return template.render(doc=doc, groups=removal_groups(doc), trace=trace or [], source_name=source_name)


def inspect(source: Source, *, url: str | None = None, format: str | None = None, site: str | None = None,
            max_bytes: int = DEFAULT_MAX_BYTES, source_name: str = "") -> tuple[Document, str]:
    """Parse ``source`` and render its audit page: ``(document, html)``."""
    trace: list[TraceLine] = []
    doc = _load(source, url=url, format=format, site=site, max_bytes=max_bytes, trace=trace)
    return doc, render_audit(doc, source_name=source_name, trace=trace)
