"""Snapshots of CLDR data read through Babel, written as Python modules beside the code, so a
parse reads a dict instead of loading Babel's locale files (see `calendar_spaced`,
`date_patterns`, `calendar_periods`). Only the generators import this module."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any


def base_locales() -> list[str]:
    """Babel's base languages ("de", "ckb"; no regions, no root), sorted."""
    from babel import localedata

    return sorted(i for i in localedata.locale_identifiers() if "_" not in i and i != "root")


def source(what: str, generator: str, header: list[str], per_tag: Callable[[str], Any]) -> str:
    """A snapshot module: a docstring naming ``what`` it holds and the ``generator`` module that
    writes it, the ``header`` lines (the dict's opening line among them), then one entry per
    base language whose ``per_tag`` value is not empty."""
    import babel

    lines = [f'"""{what}, generated from Babel {babel.__version__}',
             f'by `python -m {generator}`; do not edit by hand."""', "# fmt: off", *header]
    for tag in base_locales():
        if found := per_tag(tag):
            lines.append(f"    {tag!r}: {found!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"
