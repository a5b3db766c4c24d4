"""What a language's CLDR date patterns say about writing a date in words.

Most languages write the day before the month's name ("21 April 2024"); some put the year first
and glue case endings to the parts: Basque's long date is ``y('e')'ko' MMMM'ren' d('a')``
("2024ko apirilaren 21a": the month name "apirila" in the genitive), Lithuanian's
``y 'm'. MMMM d 'd'.`` ("2024 m. balandžio 21 d."), Armenian's ``y թ. MMMM d``.

The two facts are kept here as data taken from CLDR (Babel's ``date_formats['long']`` of each
base language; ``tests/test_year_first_dates.py`` checks them against the installed Babel), so
the hot path never loads Babel for them.
"""
from __future__ import annotations

# base languages whose CLDR long date pattern opens with the year
YEAR_FIRST = frozenset({
    "ady", "ann", "apc", "arn", "ary", "bgc", "bgn", "bho", "blt", "bss", "bua", "cch", "ce", "cho", "csw", "cu",
    "cv", "eu", "gn", "hnj", "hrx", "ht", "hu", "hy", "ii", "io", "isv", "ja", "jbo", "jgo", "kaj", "kbd", "kcg",
    "ken", "kk", "ko", "kpe", "ky", "lmo", "lrc", "lt", "ltg", "lv", "lzz", "mdf", "mgo", "mhn", "ml", "mn", "moh",
    "mrh", "mww", "my", "myv", "mzn", "ne", "nqo", "nr", "nso", "nv", "ny", "oka", "pi", "pis", "pms", "prg", "quc",
    "raj", "rhg", "rw", "sah", "sd", "sdh", "se", "sgs", "shn", "si", "skr", "sma", "smj", "sms", "sn", "ss", "st",
    "sus", "suz", "tn", "trv", "ts", "tyv", "ve", "vmw", "vo", "wa", "wbp", "xdq", "yue", "za", "zh"})
# letters the long and full date patterns glue right after the month's name (``MMMM'ren'``)
MONTH_ENDINGS = {"eu": ("ren",), "ku": ("a",), "mn": ("ын",), "vo": ("a",)}


def _base(lang: str) -> str:
    return lang.strip().replace("_", "-").split("-")[0].lower()


def year_first(lang: str | None) -> bool:
    """Whether ``lang`` writes its long dates year first ("2024ko apirilaren 21a", "2024 m.
    balandžio 21 d."), per CLDR; False when unknown."""
    return bool(lang) and _base(lang or "") in YEAR_FIRST


def month_endings(lang: str | None) -> tuple[str, ...]:
    """The letters ``lang``'s date patterns glue right after the month's name (Basque "ren" of
    ``MMMM'ren'``); empty for most languages."""
    return MONTH_ENDINGS.get(_base(lang), ()) if lang else ()
