"""The language a page is written in, as a base ISO 639-1 code ("nl", not "nl-BE").

What the page declares comes first: ``<html lang>``, ``og:locale``, a ``content-language`` meta
tag, JSON-LD ``inLanguage`` (passed in as ``declared``). Without a declaration, the text itself
decides by a cheap count of frequent function words ("het", "een", "van" ...) of the languages
with phrase packs; a guess that is not clearly ahead gives None. Scripts that belong to one pack
language, or are written without spaces (Chinese, Japanese), are told by a count of letters per
script first (`_script_guess`).

This runs on every page: it reads the page head only, and at most `SAMPLE_CHARS` of text.
"""
from __future__ import annotations

import collections
import functools

import regex

SAMPLE_CHARS = 6_000    # about 1,000 words
SCAN_CHARS = 40_000     # where the sample is looked for
MIN_HITS = 12           # function words the best language must show
MIN_SHARE = 0.07        # ... as a share of the words read (scores and tables dilute it)
MIN_LEAD = 2.0          # ... and how far ahead of the runner-up it must be
MIN_DISTINCT = 4        # ... and how many different ones (a language without a pack may share a
                        # few short words with one: Yoruba "ní", "sí", "ó" are Irish words too)

# ISO 639-2 codes some pages declare, for the languages with packs
_THREE = {"eng": "en", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "spa": "es", "ita": "it",
          "por": "pt", "nld": "nl", "dut": "nl", "pol": "pl", "swe": "sv", "ell": "el", "gre": "el",
          "rus": "ru", "ukr": "uk", "tur": "tr", "ces": "cs", "cze": "cs", "hun": "hu", "ron": "ro",
          "rum": "ro", "nob": "nb", "nor": "nb", "cat": "ca", "ind": "id", "vie": "vi", "ara": "ar", "heb": "he",
          "kor": "ko", "zho": "zh", "chi": "zh", "jpn": "ja", "fas": "fa", "per": "fa", "urd": "ur",
          "hin": "hi", "ben": "bn", "msa": "ms", "may": "ms", "zsm": "ms", "swa": "sw", "swh": "sw",
          "fil": "tl", "tgl": "tl",
          "slk": "sk", "slo": "sk", "slv": "sl", "bul": "bg", "est": "et", "lit": "lt", "lav": "lv", "isl": "is", "ice": "is",
          "kat": "ka", "geo": "ka", "hye": "hy", "arm": "hy", "aze": "az", "kaz": "kk", "uzb": "uz", "sqi": "sq",
          "alb": "sq", "mkd": "mk", "mac": "mk", "bel": "be", "eus": "eu", "baq": "eu", "glg": "gl", "cym": "cy",
          "wel": "cy", "tam": "ta", "tel": "te", "mar": "mr", "mal": "ml", "nep": "ne", "npi": "ne", "sin": "si",
          "pan": "pa", "guj": "gu", "kan": "kn", "khm": "km", "mya": "my", "bur": "my", "amh": "am", "mon": "mn",
          "khk": "mn", "afr": "af", "gle": "ga"}
# two-letter codes read as another: "no" (Norwegian) pages are written in bokmål nearly always
_TWO = {"no": "nb", "iw": "he", "in": "id"}  # (and the withdrawn codes of Hebrew and Indonesian)
_META_NAMES = ("og:locale", "content-language", "language", "dc.language", "lang", "inlanguage")


def base_code(value: str | None) -> str | None:
    """"en-GB", "nl_BE", "de-DE-1996", "FR" -> "en", "nl", "de", "fr"; None for "", "und",
    "x-default", "*" and anything not shaped like a language tag."""
    if not value:
        return None
    first = value.strip().split(",")[0].strip().replace("_", "-").split("-")[0].lower()
    if len(first) == 2 and first.isascii() and first.isalpha():
        return _TWO.get(first, first)
    return _THREE.get(first)


def declared_language(tree) -> str | None:
    """The language an lxml HTML tree declares: ``<html lang>`` / ``xml:lang``, then meta tags
    in the head (og:locale, http-equiv content-language, name=language)."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        code = base_code(root.get(attr))
        if code:
            return code
    head = root.find("head")
    if head is None:
        return None
    found: dict[str, str] = {}
    for el in head.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("http-equiv") or el.get("itemprop") or "").lower()
        if key in _META_NAMES and key not in found:
            found[key] = el.get("content") or ""
    for key in _META_NAMES:
        code = base_code(found.get(key))
        if code:
            return code
    return None


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    from .rules.packs import packs

    return {code: frozenset(p.stopwords) for code, p in packs().items()}


def _sample(text: str) -> str:
    """Up to `SAMPLE_CHARS` of the text's sentences: lines long enough to be prose, from the
    first few pages' worth (menus and tables at the top say little of the language)."""
    if "\n" not in text[:SAMPLE_CHARS]:
        return text[:SAMPLE_CHARS]
    taken: list[str] = []
    size = 0
    for line in text[:SCAN_CHARS].split("\n"):
        if len(line) >= 60:
            taken.append(line)
            size += len(line)
            if size >= SAMPLE_CHARS:
                break
    return "\n".join(taken) if size >= 1_500 else text[:SAMPLE_CHARS]


# A script decides the language when its letters are most of the sample's letters. Japanese is
# Han and kana mixed (kana are about half of running text; a Chinese page quoting a Japanese
# name shows a few), Korean may quote Han. Persian and Urdu write in Arabic script with letters
# Arabic lacks: those pages get no script guess. Thai, Georgian, Armenian and the Indic scripts
# but Devanagari and Bengali are each written for one pack language (Devanagari pages -- Hindi,
# Marathi, Nepali -- are told by their function words).
SCRIPT_SAMPLE = 4_000
SCRIPT_MIN_LETTERS = 40      # letters of the deciding script(s), at least
SCRIPT_MIN_SHARE = 0.5       # ... of all letters in the sample
KANA_MIN_SHARE = 0.1         # kana among Han and kana: Japanese
PERSIAN_MAX_SHARE = 0.01     # Persian/Urdu-only letters among Arabic-script letters
_LETTER = regex.compile(r"\p{L}")
_SCRIPTS = {name: regex.compile(rf"\p{{{name}}}") for name in ("Han", "Hiragana", "Katakana", "Hangul", "Hebrew",
                                                              "Arabic", "Thai", "Georgian", "Armenian",
                                                              "Tamil", "Telugu", "Malayalam", "Sinhala", "Gurmukhi",
                                                              "Gujarati", "Kannada", "Khmer", "Myanmar", "Ethiopic")}
_ANY_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Hebrew}\p{Arabic}\p{Thai}\p{Georgian}"
                             r"\p{Armenian}\p{Tamil}\p{Telugu}\p{Malayalam}\p{Sinhala}\p{Gurmukhi}\p{Gujarati}"
                             r"\p{Kannada}\p{Khmer}\p{Myanmar}\p{Ethiopic}]")
# scripts written for one pack language (Myanmar script also for Shan and Mon, Ethiopic also for
# Tigrinya: languages without a pack, whose undeclared pages get the pack of the script's main one)
_ONE_LANGUAGE_SCRIPTS = (("Hangul", "ko"), ("Hebrew", "he"), ("Arabic", "ar"), ("Thai", "th"), ("Georgian", "ka"),
                         ("Armenian", "hy"), ("Tamil", "ta"), ("Telugu", "te"), ("Malayalam", "ml"), ("Sinhala", "si"),
                         ("Gurmukhi", "pa"), ("Gujarati", "gu"), ("Kannada", "kn"), ("Khmer", "km"), ("Myanmar", "my"),
                         ("Ethiopic", "am"))
_PERSIAN = regex.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c1\u06ba\u06be\u06d2\u0679\u0688\u0691]")


def _script_guess(text: str) -> str | None:
    """The pack language a script clearly says (ja, zh, ko, he, ar, th, ka, hy, ta, ...), or None: a Latin, Cyrillic
    or Greek page, a page quoting a few characters of another script, a Persian page."""
    sample = text[:SCRIPT_SAMPLE]
    if len(_ANY_SCRIPT.findall(sample)) < SCRIPT_MIN_LETTERS:
        return None  # (most pages: one cheap pass finds too few letters of these scripts)
    letters = len(_LETTER.findall(sample))
    n = {name: len(rx.findall(sample)) for name, rx in _SCRIPTS.items()}
    kana = n["Hiragana"] + n["Katakana"]
    cjk = n["Han"] + kana
    if cjk >= SCRIPT_MIN_LETTERS and cjk >= SCRIPT_MIN_SHARE * letters:
        return "ja" if kana >= KANA_MIN_SHARE * cjk else "zh"
    for name, code in _ONE_LANGUAGE_SCRIPTS:
        count = n[name]
        if count >= SCRIPT_MIN_LETTERS and count >= SCRIPT_MIN_SHARE * letters:
            if code == "ar" and len(_PERSIAN.findall(sample)) > PERSIAN_MAX_SHARE * count:
                return None
            return code
    return None


def guess_language(text: str) -> str | None:
    """The pack language the start of ``text`` is written in: by its script when one script
    clearly says (`_script_guess`), else by its function words, weighed with the month names of
    its dates (`_dated_guess`); None when no language is clearly ahead (too little text, a
    language without a pack, a mixture)."""
    script = _script_guess(text)
    if script is not None:
        return script
    scored = _scores(text)
    if scored is None:
        return None
    words, counts, scores = scored
    return _dated_guess(text, scores, _word_verdict(words, counts, scores, siblings=True))


def _scores(text: str) -> tuple[int, collections.Counter, list[tuple[int, str]]] | None:
    """The sample's word count, word counts and each pack language's function-word hits (best
    first); None for a text too short to say."""
    words = _sample(text).lower().split()
    if len(words) < 20:
        return None
    counts = collections.Counter(words)
    present = counts.keys()
    scores = sorted(((sum(counts[w] for w in present & stop), code)
                     for code, stop in _stopwords().items()), reverse=True)
    return len(words), counts, scores


def _stopword_guess(text: str, siblings: bool = False) -> str | None:
    """The pack language whose function words the start of ``text`` is made of, or None. With
    ``siblings``, a tie of two `SIBLINGS` is decided by their own words (a guess for an undeclared
    page; never used to overrule a declaration)."""
    scored = _scores(text)
    return None if scored is None else _word_verdict(*scored, siblings=siblings)


def _word_verdict(words: int, counts: collections.Counter, scores: list[tuple[int, str]],
                  siblings: bool = False) -> str | None:
    (best, code), (second, runner_up) = scores[0], scores[1]
    if best < MIN_HITS or best < MIN_SHARE * words or len(counts.keys() & _stopwords()[code]) < MIN_DISTINCT:
        return None
    if best >= MIN_LEAD * second:
        return code
    return _sibling_guess(counts, code, runner_up) if siblings else None


# Dates decide between languages whose function words show (`language_dates`): the month name
# of "11 noyabr 2024" is Azerbaijani (and Uzbek), "18 de febreiro de 2024" Galician, not Portuguese.
DATED_CANDIDATES = 4    # languages weighed: the best by function words ...
DATED_MIN_HITS = 4      # ... with at least this many hits
DATED_OVERRULE_HITS = 8  # hits a dated language needs to overrule the function-word guess


def _dated_guess(text: str, scores: list[tuple[int, str]], guess: str | None) -> str | None:
    """``guess`` checked against the month names of the text's dates: kept when its calendar
    writes one of them (or no date is written in words); else the language of the best function
    words among `DATED_CANDIDATES` whose calendar writes them, when clearly ahead of the other
    such languages; else ``guess``. With no date in words and no guess, the lines shaped as
    ages ("40 dəqiqə əvvəl") are asked the same way of the languages' CLDR ages."""
    from . import language_dates as ld

    dated = ld.dated_month_words(text)
    if dated:
        def writes(codes: list[str]) -> list[str]:
            return ld.month_languages(dated, codes)
    elif guess is None and (aged := ld.age_lines(text)):  # a feed stamped with ages only
        def writes(codes: list[str]) -> list[str]:
            return ld.age_languages(aged, codes)
    else:
        return guess
    if guess is not None and writes([guess]):
        return guess
    hits = {code: n for n, code in scores}
    cands = [code for n, code in scores[:DATED_CANDIDATES] if n >= DATED_MIN_HITS and code != guess]
    writers = writes(cands)
    if not writers:
        return guess
    first = writers[0]
    rest = max((hits[c] for c in writers[1:]), default=0)
    if hits[first] < MIN_LEAD * rest:
        return guess
    if guess is not None and hits[first] < DATED_OVERRULE_HITS:
        return guess
    return first


# Sibling languages: packs whose function-word lists share most words by design and were written
# to be told apart by the words each has of its own (Malay's list holds the words it shares with
# Indonesian's). Serbian and Croatian are not listed: an undeclared page gets no guess between them.
SIBLINGS = frozenset({frozenset({"id", "ms"})})
SIBLING_MIN_HITS = 2    # words of its own the winner of two siblings must show (the page is
                        # already known to be one of the two: their function words fill its text)


def _sibling_guess(counts: collections.Counter, first: str, second: str) -> str | None:
    """Of two sibling languages (`SIBLINGS`), the one whose words of its own -- those not in the
    other's list ("kerana", "bahawa" against "karena", "bahwa") -- are clearly ahead, or None."""
    if frozenset({first, second}) not in SIBLINGS:
        return None
    stop = _stopwords()
    a, b = stop[first], stop[second]
    own_a = sum(n for w, n in counts.items() if w in a and w not in b)
    own_b = sum(n for w, n in counts.items() if w in b and w not in a)
    if own_a >= SIBLING_MIN_HITS and own_a >= MIN_LEAD * own_b:
        return first
    if own_b >= SIBLING_MIN_HITS and own_b >= MIN_LEAD * own_a:
        return second
    return None


def page_language(tree=None, text: str | None = None, declared: str | None = None) -> str | None:
    """The page's language as a base ISO 639-1 code, or None when unsure.

    ``tree``: the parsed HTML (its head is read for declarations); ``declared``: a language the
    caller already read (JSON-LD ``inLanguage``, an HTTP header); ``text``: the page's visible
    text, used when nothing is declared. A declaration wins, except when the text clearly says
    otherwise (templates often keep a default ``lang="en"``; only function words overrule one,
    never the script alone)."""
    said = (declared_language(tree) if tree is not None else None) or base_code(declared)
    if text is None:
        return said
    if said is None:
        return guess_language(text)
    guessed = _stopword_guess(text)
    if guessed is not None and guessed != said and said in _stopwords():
        return guessed
    return said
