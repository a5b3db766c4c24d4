"""The unit characters of Chinese, Japanese and Korean dates and clocks, from CLDR through Babel.

"2024年1月1日 23時40分" (ja), "1月1日 16时10分" (zh), "1월 1일 16시 10분" (ko) write each number
with its unit after it. The units are read from CLDR, not typed here:

- year and day: the flexible-format skeletons "y" and "d" ("y年", "d日"; "y년", "d일");
- month: the abbreviated name of January without its digit ("1月" -> "月"; "1월" -> "월");
- hour: the skeleton "H" ("H時", "H时", "H시");
- minute: what the full time pattern prints after the minutes ("H時mm分ss秒", "a h시 m분 s초");
  Chinese CLDR writes clocks as "HH:mm" only, and its clock minute is the Japanese unit 分.

The four locales' units are merged (no unit means one thing in one locale and another in the
next), and snapshotted in ``calendar_data`` (``python -m newsclean.calendar_names``).
"""
from __future__ import annotations

import functools

CJK_LOCALES = ("ja", "zh", "zh_Hant", "ko")
FIELDS = ("year", "month", "day", "hour", "minute")


def _unit(pattern: str, field_letters: str) -> str:
    """The letters printed right after the field in a CLDR pattern ("y年" -> "年")."""
    i = 0
    while i < len(pattern) and pattern[i] not in field_letters:
        i += 1
    while i < len(pattern) and pattern[i] in field_letters:
        i += 1
    j = i
    while j < len(pattern) and pattern[j].isalpha() and not pattern[j].isascii():
        j += 1
    return pattern[i:j]


def from_babel() -> dict[str, tuple[str, ...]]:
    """Each field's unit characters, merged over ``CJK_LOCALES``."""
    from babel import Locale

    out: dict[str, set[str]] = {f: set() for f in FIELDS}
    for tag in CJK_LOCALES:
        loc = Locale.parse(tag)
        skel = loc.datetime_skeletons
        out["year"].add(_unit(str(skel["y"]), "y"))
        out["day"].add(_unit(str(skel["d"]), "d"))
        out["hour"].add(_unit(str(skel["H"]), "H"))
        january = str(loc.months["format"]["abbreviated"][1])
        out["month"].add("".join(c for c in january if not c.isdigit()).strip())
        out["minute"].add(_unit(str(loc.time_formats["full"]), "m"))
    return {f: tuple(sorted(u for u in units if u and len(u) == 1)) for f, units in out.items()}


@functools.cache
def units() -> dict[str, tuple[str, ...]]:
    """The snapshot's units (instant), else Babel's."""
    try:
        from .calendar_data import CJK_UNITS
    except ImportError:
        return from_babel()
    return {f: tuple(u) for f, u in CJK_UNITS.items()}


def char_class(field: str) -> str:
    """A regex character class of one field's units ("[年년]")."""
    return "[" + "".join(units()[field]) + "]"
