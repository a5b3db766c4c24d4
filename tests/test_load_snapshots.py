"""Data built once from fixed sources (CLDR through Babel, the phrase packs) and shipped as
generated modules, so that a fresh process does not rebuild it: each snapshot must equal a fresh
build, and a language outside it must still be read from its source."""
import pytest

from newsclean import calendar_relative


def _babel_or_skip(version: str) -> None:
    babel = pytest.importorskip("babel")
    if babel.__version__ != version:
        pytest.skip("the snapshot was made with another Babel (CLDR) version")


def test_the_age_snapshot_is_what_babel_gives():
    """calendar_age_data.py is generated from CLDR through Babel; regenerate it with
    `python -m newsclean.calendar_relative` after a Babel upgrade or a new phrase pack."""
    from newsclean import calendar_age_data

    _babel_or_skip(calendar_age_data.BABEL_VERSION)
    assert tuple(calendar_age_data.LOCALES) == calendar_relative.snapshot_locales()
    for code, data in calendar_age_data.LOCALES.items():
        assert calendar_relative.babel_locale_data(code) == data, code


def test_the_age_snapshot_covers_every_language_read_without_one():
    from newsclean import calendar_age_data

    wanted = {*calendar_relative.RELATIVE_DAY_LOCALES, *calendar_relative.AGE_LOCALES,
              *(c for codes in calendar_relative.SCRIPT_AGE_LOCALES.values() for c in codes)}
    assert wanted <= set(calendar_age_data.LOCALES)


def test_a_locale_outside_the_age_snapshot_comes_from_babel(monkeypatch):
    pytest.importorskip("babel")
    from newsclean import calendar_age_data

    # Bosnian has no phrase pack: its ages are read from Babel on demand
    assert "bs" not in calendar_age_data.LOCALES
    assert calendar_relative.relative_age("bs").search("prije 5 minuta") is not None
    # a German age, with the snapshot's German taken away, is still read from Babel
    calendar_relative._locale_data.cache_clear()
    calendar_relative._age_forms.cache_clear()
    monkeypatch.delitem(calendar_age_data.LOCALES, "de")
    try:
        assert "vor {0} Minuten" in calendar_relative._age_forms("de")
    finally:
        calendar_relative._locale_data.cache_clear()
        calendar_relative._age_forms.cache_clear()


def test_a_snapshot_age_is_read_and_a_near_miss_is_not():
    ages = calendar_relative.relative_age("de")
    assert ages is not None and ages.search("vor 5 Minuten") is not None
    assert ages.search("vor Minuten") is None          # no number: no age
    assert "heute" in calendar_relative.today_words("de")
    assert "heute" not in calendar_relative.today_words("fr")


def test_a_language_s_phrases_are_its_pack_then_the_others_high_precision_ones():
    """The packs' phrases are made once per process and shared by every language's rules: the
    same phrases, in the same order, as each pack's own `entries`."""
    from newsclean.rules.packs import language_rules, packs

    for language in ("de", None, "xx"):
        own = packs().get(language or "en") or packs()["en"]
        want = own.entries()
        for pack in packs().values():
            if pack is not own:
                want += pack.entries(high_precision_only=True)
        assert language_rules(language).phrases == want
    # a short word is the page's own language's only ("Mehr" on a German page, not a Dutch one)
    assert language_rules("de").line_rule_for("Mehr") is not None
    assert language_rules("nl").line_rule_for("Mehr") is None


def test_an_index_filed_from_the_shared_phrases_equals_a_fresh_one():
    from newsclean.rules import phrase_index
    from newsclean.rules.packs import language_rules

    phrases = language_rules("fr").phrases
    assert language_rules("de")._index is not None  # (files the shared phrases)
    shared = phrase_index.PhraseIndex(phrases)
    saved = dict(phrase_index._FILED)
    phrase_index._FILED.clear()
    try:
        fresh = phrase_index.PhraseIndex(phrases)
    finally:
        phrase_index._FILED.update(saved)
    assert vars(shared) == vars(fresh)


def test_the_places_snapshot_is_what_babel_gives():
    """meta_places_data.py is generated from CLDR through Babel; regenerate it with
    `python -m newsclean.meta_places` after a Babel upgrade."""
    from newsclean import meta_places, meta_places_data

    _babel_or_skip(meta_places_data.BABEL_VERSION)
    countries, cities = meta_places.babel_tables(with_lists=False)
    assert set(meta_places_data.COUNTRIES.splitlines()[1:]) == countries
    assert set(meta_places_data.CITIES.splitlines()[1:]) == cities
    assert meta_places._tables() == meta_places.babel_tables()


def test_a_place_of_the_snapshot_is_read_and_a_near_miss_is_not():
    from newsclean import meta_places

    assert meta_places.is_country("Deutschland") and meta_places.is_place("New York")
    assert meta_places.is_place("Kinshasa")
    assert not meta_places.is_place("Deutschland Today")  # a name, not a place
    assert not meta_places.is_country("")


def test_a_line_rule_compiles_its_pattern_on_first_use_and_every_shipped_one_compiles():
    from newsclean.rules import LineRule, SpanRule
    from newsclean.rules.generic import GENERIC
    from newsclean.sites import PROFILES

    rule = LineRule("x.more", "more links", r"(?:read|see) more")
    assert "_rx" not in vars(rule)
    assert rule.matches("Read more") and not rule.matches("Read more about the vote")  # (near miss)
    assert "_rx" in vars(rule)
    span = SpanRule("x.ext", "external markers", r",\s?external", keyword="external")
    assert span.apply("Report, external") == ("Report", [", external"])
    assert span.apply("Report") == ("Report", [])
    for rules in (GENERIC, *(p.rules for p in PROFILES.values())):
        for r in (*rules.lines, *rules.spans):
            assert r._re.pattern == r.pattern


def test_credit_label_patterns_compile_on_first_use():
    """A page that only strips credit labels ("Photo: Reuters") compiles that pattern alone."""
    from newsclean.media_labels import LabelPatterns

    pats = LabelPatterns("en")
    assert pats.leading.match("Photo: Reuters") and not pats.leading.match("Photographs of the day")
    assert "leading" in vars(pats) and "trailing" not in vars(pats) and "led" not in vars(pats)
    m = pats.trailing.match("A crowd in the square. Photo: Reuters")
    assert m and m["credit"] == "Reuters" and "trailing" in vars(pats)


def test_importing_newsclean_loads_no_process_pool():
    """multiprocessing (0.05-0.1 s to load) is imported where `parse_many` makes a pool of
    workers, not by ``import newsclean``."""
    import subprocess
    import sys

    code = "import sys, newsclean; print('multiprocessing' in sys.modules, 'newsclean.batch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def _live_regexes():
    """The live phrases as the alternations they were once compiled into (the reference the
    string lookups of `live_phrases` must agree with)."""
    import regex

    from newsclean import live_phrases

    multi, single, slugs, segments = live_phrases._phrases()
    sep = r"[:|\-–—,()·•\[\]/：｜（）【】「」『』]"
    alt_m = "|".join(regex.escape(p) for p in sorted(multi, key=len, reverse=True))
    alt_s = "|".join(regex.escape(p) for p in sorted(single, key=len, reverse=True))
    # (a word of a script without spaces needs no boundary before it, and closes a title anywhere)
    unspaced = [p for p in single if live_phrases._UNSPACED.match(p)]
    alt_u = "|".join(regex.escape(p) for p in sorted(unspaced, key=len, reverse=True))
    title = regex.compile(rf"(?<!\w)(?:{alt_m})(?!\w)|(?<!\w)(?:{alt_s})\s*{sep}|(?:^|{sep})\s*(?:{alt_s})\s*$"
                          rf"|(?:{alt_u})\s*(?:{sep}|$)")
    url_m = regex.compile(r"(?<![a-z0-9])(?:" + "|".join(regex.escape(s) for s in slugs) + r")(?![a-z0-9])")
    url_s = regex.compile(r"/(?:" + "|".join(regex.escape(s[1:]) for s in segments) + r")(?:/|$|\.|\?)")
    return title, url_m, url_s


def test_live_phrase_lookups_agree_with_the_alternations():
    """Titles and addresses made of live phrases, words, punctuation and spaces, in random
    order: the string lookups say live exactly when the alternations would."""
    import random

    from newsclean import live_phrases

    title_re, url_m, url_s = _live_regexes()
    multi, single, slugs, segments = live_phrases._phrases()
    rng = random.Random(7)
    bits = [*rng.sample(multi, 30), *rng.sample(single, 30), "live", "en directo", "directo", "xlive", "lives",
            "olive", "d", "é", "1", "_", " ", "  ", " : ", ":", "|", "-", ",", "(", ")", "/", ".", "!", "\u0301",
            "｜", "【", "】", "：", "雪", "中"]
    said = 0
    for _ in range(4000):
        t = " ".join("".join(rng.choice(bits) for _ in range(rng.randint(1, 5))).split())[:400]
        want = title_re.search(t) is not None
        said += want
        assert live_phrases._title_has(t, multi, single) == want, t
    assert 200 < said < 3800  # (both answers are tried often)
    parts = [*rng.sample(slugs, 30), *rng.sample(segments, 30), "/", "-", "a", "9", ".", "?", "_", "%20", "\n", "x"]
    said = 0
    for _ in range(4000):
        path = "/" + "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))
        want = url_m.search(path) is not None or url_s.search(path) is not None
        said += want
        assert live_phrases.url_says_live("https://example.org" + path) == want, path
    assert 200 < said < 3800


def test_live_titles_and_addresses_and_their_near_misses():
    from newsclean.live_phrases import title_says_live, url_says_live

    assert title_says_live("DIRECTO | Guerra en Ucrania") and title_says_live("Guerra en Ucrania, directo")
    assert not title_says_live("Vuelo directo a Madrid")                 # a word of a sentence
    assert title_says_live("Législatives, en direct : les résultats")
    assert url_says_live("https://x.com/news/ao-vivo/123") and url_says_live("https://x.pl/relacja-na-zywo-wybory")
    assert url_says_live("https://x.es/directo/") and not url_says_live("https://x.es/directorio/")
