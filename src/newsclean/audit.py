"""The audit view: one self-contained HTML page showing what newsclean kept, what it removed
and why. Rendered by Jinja2 with autoescaping on, so a hostile page's text can only ever
appear as text.

A renderer only: it reads a finished `Document` and imports no front door (``api.inspect``
parses and renders), so the model can offer it as its notebook view without an import cycle."""
from __future__ import annotations

import collections
from typing import TYPE_CHECKING, Sequence

from jinja2 import Environment, PackageLoader, select_autoescape

from .model import Document

if TYPE_CHECKING:  # the trace's type only; at run time the audit view needs no front door
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

