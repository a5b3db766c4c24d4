"""CLDR's long and medium date patterns per language, as data.

Most languages write the day before the month's name ("21 April 2024"), and ``dates`` reads
those shapes in every language. Some write the year first and glue case endings or words to the
parts: Basque's long date is ``y('e')'ko' MMMM'ren' d('a')`` ("2024ko apirilaren 21a", the
month "apirila" in the genitive), Lithuanian's ``y 'm'. MMMM d 'd'.``, Armenian's
``y թ. MMMM d``, Maltese's ``d 'ta'’ MMMM y``. ``dates`` turns a page language's patterns into
expressions when its general shapes find no date.

The patterns (with a day, a month's name and a year) of every base language Babel holds are
generated into ``date_pattern_data.py`` (``python -m newsclean.date_patterns``), so reading a
page never loads Babel for them; a test checks the snapshot against the installed Babel.
"""
from __future__ import annotations


def patterns_for(lang: str | None) -> tuple[str, ...]:
    """The CLDR long and medium date patterns of ``lang``'s base language ('eu', 'pt-BR' ->
    'pt') that name the month; empty when unknown."""
    if not lang:
        return ()
    from .date_pattern_data import PATTERNS

    return PATTERNS.get(lang.strip().replace("_", "-").split("-")[0].lower(), ())


def babel_patterns(tag: str) -> tuple[str, ...]:
    """What the snapshot holds for ``tag``, read from Babel: its long and medium patterns that
    hold a day, a month's name and a year."""
    from babel import Locale

    formats = Locale.parse(tag).date_formats
    found = dict.fromkeys(formats[width].pattern for width in ("long", "medium"))
    return tuple(p for p in found if "d" in p and "y" in p.lower() and ("MMM" in p or "LLL" in p))


def _snapshot_source() -> str:
    import babel

    from .cldr_snapshot import source

    return source("CLDR long and medium date patterns per base language", "newsclean.date_patterns",
                  [f"BABEL_VERSION = {babel.__version__!r}", "PATTERNS: dict[str, tuple[str, ...]] = {"], babel_patterns)


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("date_pattern_data.py").write_text(_snapshot_source(), encoding="utf-8")
