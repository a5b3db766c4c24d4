"""Place names from CLDR (through Babel), for the author stage: a byline part that is a country or
a city is a dateline or an address ("Nada Tawfik, New York"; "Nürnberg, Germany"), not a person.

Countries come from CLDR's territory names, cities from its time-zone exemplar cities (the English
ones from the zone ids, "America/New_York" -> "New York", and each language's own spelling), in the
languages news is most often written in; capitals and other large cities, which CLDR lacks, from
the list in :mod:`meta_cities`. Built once, on first use.
"""
from __future__ import annotations

from functools import lru_cache

from . import meta_cities, meta_words

_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru", "zh", "ja")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str]]:
    """The countries and the cities, from the snapshot of CLDR (`meta_places_data`: instant),
    else from Babel (reading the languages' CLDR data costs about 0.2 s)."""
    try:
        from .meta_places_data import CITIES, COUNTRIES
    except ImportError:  # pragma: no cover - the snapshot ships with the package
        return babel_tables()
    cities = frozenset(CITIES.splitlines()[1:])
    return frozenset(COUNTRIES.splitlines()[1:]), cities | {c.casefold() for c in (*meta_cities.CAPITALS, *meta_cities.LARGE_CITIES)}


def babel_tables(with_lists: bool = True) -> tuple[frozenset[str], frozenset[str]]:
    """The countries and the cities as CLDR names them through Babel (and, ``with_lists``, the
    capitals and large cities of `meta_cities`)."""
    countries: set[str] = set()
    cities: set[str] = set()
    try:
        from babel import Locale, localedata
    except ImportError:  # pragma: no cover - Babel is a dependency
        return frozenset(), frozenset()
    zone_ids: set[str] = set()
    for lang in _LANGUAGES:
        if not localedata.exists(lang):
            continue
        loc = Locale.parse(lang)
        for code, name in loc.territories.items():
            if code.isalpha() and len(code) == 2 and name:  # countries, not "001" (World) and regions
                countries.add(name.casefold())
        for zone, data in loc.time_zones.items():
            zone_ids.add(zone)
            city = data.get("city") if hasattr(data, "get") else None
            if city:
                cities.add(city.casefold())
    from babel.core import get_global
    zone_ids |= set(get_global("zone_territories"))
    for zone in zone_ids:
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/")):
            cities.add(zone.rsplit("/", 1)[-1].replace("_", " ").casefold())
    if with_lists:
        cities.update(c.casefold() for c in (*meta_cities.CAPITALS, *meta_cities.LARGE_CITIES))
    return frozenset(countries), frozenset(cities)


def snapshot_source() -> str:
    """meta_places_data.py, written from Babel's CLDR data: one name a line."""
    import babel

    countries, cities = babel_tables(with_lists=False)
    assert all(n.splitlines() == [n] and '"' not in n and "\\" not in n for n in countries | cities)
    return "\n".join([
        f'"""Country and city names of CLDR, generated from Babel {babel.__version__} by',
        '`python -m newsclean.meta_places`; do not edit by hand (see `meta_places.babel_tables`)."""',
        f"BABEL_VERSION = {babel.__version__!r}", 'COUNTRIES = """', *sorted(countries), '"""',
        'CITIES = """', *sorted(cities), '"""']) + "\n"


if __name__ == "__main__":  # regenerate the snapshot after a Babel (CLDR) upgrade
    from pathlib import Path
    Path(__file__).with_name("meta_places_data.py").write_text(snapshot_source(), encoding="utf-8")


def is_country(text: str) -> bool:
    """Whether ``text`` is a country's name in one of the languages (CLDR)."""
    return text.strip().casefold() in _tables()[0]


def is_place(text: str) -> bool:
    """Whether ``text`` is a country's or a city's name (CLDR)."""
    t = text.strip().casefold()
    countries, cities = _tables()
    return t in countries or t in cities


_PREPOSITIONS = tuple(sorted(meta_words.union(meta_words.PLACE_PREPOSITIONS), key=len, reverse=True))


def is_dateline(text: str) -> bool:
    """Whether ``text`` says where a piece was filed from: a place ("Brasília"), or a place after
    a preposition of some language ("de Brasília", "from Kyiv", "aus Berlin":
    `meta_words.PLACE_PREPOSITIONS`)."""
    t = " ".join(text.split()).casefold()
    if is_place(t):
        return True
    for word in _PREPOSITIONS:
        if t.startswith(word + " ") and is_place(t[len(word) + 1:]):
            return True
    return False


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """The capitalised words of CLDR's names for world regions ("Southern" and "Africa" of
    "Southern Africa", "Mittelamerika"), in the languages of `_tables`."""
    words: set[str] = set()
    try:
        from babel import Locale, localedata
    except ImportError:  # pragma: no cover - Babel is a dependency
        return frozenset()
    for lang in _LANGUAGES:
        if not localedata.exists(lang):
            continue
        for code, name in Locale.parse(lang).territories.items():
            if code.isdigit() and name:  # "018" Southern Africa, "150" Europe: regions, not countries
                words.update(w.casefold() for w in name.split() if w[:1].isupper() and len(w) >= 4)
    return frozenset(words)


def is_region_word(word: str) -> bool:
    """Whether ``word`` names a place or a part of the world: a country or a city (`is_place`),
    or a word of a CLDR region's name ("Southern", "Europe", "Nordeuropa"). A job title may
    open with one ("Southern Correspondent", "Europe Editor")."""
    return word.strip().casefold() in _region_words() or is_place(word)
