"""Month names of more than one word (CLDR), and the dates that print them.

Some languages name a month in two words or more: Sorani Kurdish "تشرینی یەکەم" (October),
Yoruba "Oṣù Bélú" (November, "month of Bélú"), Mongolian "арван нэгдүгээр сар", Irish "Meán
Fómhair". ``calendar_names`` keeps one-word names only, and the date shapes of ``dates`` read one
word in the month's place, so "٢٠ی تشرینی یەکەمی ٢٠٢٤" and "16 Oṣù Bélú, 2024" were no dates.

The names of every base language Babel holds are generated into ``calendar_spaced_data.py``
(``python -m newsclean.calendar_spaced``), so reading a page never loads Babel for them; a test
checks the snapshot against the installed Babel. ``find`` reads a day, such a name and a year
(either order of day and month); a letter glued to the day or the month (Sorani's "ی", the
izafe of "٢٠ی تشرینی یەکەمی") is taken with it.
"""
from __future__ import annotations

import datetime as dt
import functools

import regex

from .calendar_names import fold

_WORD = r"\p{L}[\p{L}\p{M}'’ʼ]{0,15}"
_NAME = r"(?P<mon>" + _WORD + r"(?:[\s\u00a0]+" + _WORD + r"){1,3}?)"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
# "16 Oṣù Bélú, 2024", "20ی تشرینی یەکەمی 2024" (digits already ASCII)
_DMY = regex.compile(r"(?=\d)(?<![\p{L}\d.:])(?P<d>[0-3]?\d)(?:\p{L}{1,2}|\.)?[\s\u00a0]+" + _NAME +
                     r"\.?,?[\s\u00a0]+" + _YEAR)
# "Oṣù Bélú 16, 2024"
_MDY = regex.compile(r"(?<![\p{L}\d])" + _NAME + r"[\s\u00a0]+(?P<d>[0-3]?\d)(?![\d:.]\d),?[\s\u00a0]+" + _YEAR)
# (what _MDY needs somewhere, a word, a day and a year: most lines lack it, and then _MDY, which
# tries every word, is not run)
_MDY_HINT = regex.compile(r"\p{L}[\s\u00a0]+[0-3]?\d,?[\s\u00a0]+(?:19|20)\d\d(?!\d)")


@functools.lru_cache(maxsize=64)
def months(lang: str | None) -> dict[str, int]:
    """Folded month names of two words or more -> month number: ``lang``'s own (its base
    language's), or, without a language, those that mean the same month in every language
    that writes them."""
    from .calendar_spaced_data import MONTHS

    if not lang:
        return _any()
    return MONTHS.get(lang.strip().replace("_", "-").split("-")[0].lower(), {})


@functools.cache
def _any() -> dict[str, int]:
    from .calendar_spaced_data import MONTHS

    seen: dict[str, set[int]] = {}
    for names in MONTHS.values():
        for key, num in names.items():
            seen.setdefault(key, set()).add(num)
    return {key: nums.pop() for key, nums in seen.items() if len(nums) == 1}


def _month(name: str, table: dict[str, int]) -> int | None:
    """The month ``name`` means, or with its last letter taken off (a case ending or izafe glued
    to it: "تشرینی یەکەمی")."""
    key = " ".join(fold(w) for w in name.split())
    hit = table.get(key)
    if hit is None and len(name) > 4 and name[-1].isalpha():
        hit = table.get(" ".join(fold(w) for w in name[:-1].split()))
    return hit


def find(text: str, lang: str | None) -> list[tuple[int, int, dt.date]]:
    """Spans and dates of the dates in ``text`` (ASCII digits) whose month name has two words or
    more: for ``lang``, in its names; without one, or where its names do not hold the words (a
    page's language is often a guess), in any language's (when they agree)."""
    own = months(lang) if lang else {}
    table = months(None)
    out = []
    for pat in (_DMY, _MDY) if _MDY_HINT.search(text) else (_DMY,):
        out += day_month_year(pat.finditer(text), lambda name: (_month(name, own) if own else None) or _month(name, table))
    return out


def day_month_year(matches, month_of) -> list[tuple[int, int, dt.date]]:
    """Span and date of each match with groups ``d``, ``mon`` and ``y`` whose month name
    ``month_of`` reads and whose day exists in that month."""
    out = []
    for m in matches:
        mo = month_of(m["mon"])
        if mo is None:
            continue
        try:
            out.append((m.start(), m.end(), dt.date(int(m["y"]), mo, int(m["d"]))))
        except ValueError:
            continue
    return out


def babel_months(tag: str) -> dict[str, int]:
    """What the snapshot holds for ``tag``, read from Babel: its wide and abbreviated month names
    (format and stand-alone) of two words or more, folded, that are not a one-word name after a
    particle ("de gener": ``calendar_names`` reads those) and hold no digit."""
    from babel import Locale

    from .calendar_names import _strip_particle

    loc = Locale.parse(tag)
    out: dict[str, int] = {}
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for num, name in loc.months.get(ctx, {}).get(width, {}).items():
                bare = _strip_particle(name.strip().casefold())
                if " " not in bare or any(ch.isdigit() for ch in bare) or "," in bare:
                    continue
                out.setdefault(" ".join(fold(w) for w in bare.split()), num)
    return out


def _snapshot_source() -> str:
    import babel

    from .cldr_snapshot import source

    return source("CLDR month names of two words or more per base language", "newsclean.calendar_spaced",
                  [f"BABEL_VERSION = {babel.__version__!r}", "MONTHS: dict[str, dict[str, int]] = {"], babel_months)


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("calendar_spaced_data.py").write_text(_snapshot_source(), encoding="utf-8")
