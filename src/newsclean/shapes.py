"""Line shapes: the evidence the text front door has in place of tags.

A headline is short and unpunctuated, a byline is a name followed by a short role, a body
paragraph is a sentence. These predicates say so for one line, using no page's words.
"""
from __future__ import annotations

import functools
import unicodedata

import regex

from .meta_words import ROLE_WORDS
from .rules.packs import label_words, packs, role_words
from .rules.phrase_text import norm
from .writing_systems import caseless, unspaced_words

# Invisible characters with no meaning in text: zero-width space, word joiner, byte-order mark.
_ZERO_WIDTH = "\u200b\u2060\ufeff"
_ZERO_WIDTH_TABLE = dict.fromkeys(map(ord, _ZERO_WIDTH))
# The zero-width non-joiner and joiner are spelling in Persian, Urdu and the Indic scripts
# ("رای‌گیری", "क्‍ष") and in emoji sequences: kept there, dropped after an ASCII character or at
# the start (a template's spacing trick in Latin text).
_JOINERS = "\u200c\u200d"
_STRAY_JOINER = regex.compile(r"(?:(?<=[\x00-\x7f])|^)[\u200c\u200d]+")
_NAME_TOKEN = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|da|de|del|der|di|dos|du|la|le|van|von|bin|al|el|ibn|st\.?)$")
_CLOSERS = "'\"’”)]"
_SENTENCE_ENDERS = frozenset(".!?…:;,。！？：；，")  # (and the full-width forms CJK text closes with)
_HEADLINE_BAD_ENDERS = frozenset(".,;:。，；：")
_LIST_MARK = regex.compile(r"^(?:[*+•▪◦·-]|\d{1,3}[.)])\s+")
_LIST_FIRST = frozenset("*+•▪◦·-")
# (a word's end run into the next word's capital: two letters or more before the join, so the
# initial mutations of Irish ("dToghchán", "gConamara", "bhFeidhlim") and "McDonald" are no join)
_GLUED = regex.compile(r"(?<=\p{L}\p{L})\p{Ll}\p{Lu}")

# Words a live blog prints above a post's headline to tag it, in every language with a phrase
# pack (``labels`` in ``rules/<lang>.py``): "Analysis", "Eilmeldung", "Dernière minute".
LABEL_WORDS = label_words()


def clean(text: str) -> str:
    """NFC, whitespace collapsed, meaningless zero-width characters dropped (`drop_invisible`)."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = drop_invisible(text)
    return " ".join(text.split())


def drop_invisible(text: str) -> str:
    """``text`` without its meaningless invisible characters (see ``_ZERO_WIDTH``, ``_JOINERS``)."""
    if any(ch in text for ch in _ZERO_WIDTH):
        text = text.translate(_ZERO_WIDTH_TABLE)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    return text


def _count(line: str, most: int) -> int:
    """The number of words in ``line``, counted up to ``most`` + 1 (unspaced scripts:
    `writing_systems.unspaced_words`)."""
    n = len(line.split(None, most))
    return unspaced_words(line, n) if n <= most else n


def words(line: str) -> list[str]:
    return line.split()


@functools.lru_cache(maxsize=8192)
def _last_char(line: str) -> str:
    """The last character before any closing quotes or brackets (no regex: this runs on every line)."""
    return line.rstrip(_CLOSERS)[-1:]


# Sentence and clause enders of every script (Unicode's Sentence_Terminal and
# Terminal_Punctuation: the danda "।", Urdu "۔", Arabic "؟" "،", Armenian "։", Ethiopic "።"...)
_SCRIPT_ENDER = regex.compile(r"[\p{Sentence_Terminal}\p{Terminal_Punctuation}]")


@functools.lru_cache(maxsize=1024)
def is_sentence_ender(ch: str) -> bool:
    """Whether the character ``ch`` closes a sentence or clause, in any script (cached per character)."""
    return ch in _SENTENCE_ENDERS or (not ch.isascii() and _SCRIPT_ENDER.fullmatch(ch) is not None)


def ends_sentence(line: str) -> bool:
    return is_sentence_ender(_last_char(line)) if line else False


def is_list_item(line: str) -> bool:
    return bool(line) and (line[0] in _LIST_FIRST or line[0].isdigit()) and bool(_LIST_MARK.match(line))


def strip_list_mark(line: str) -> str:
    return _LIST_MARK.sub("", line, count=1)


def is_glued_nav(line: str) -> bool:
    """Menu text run together by a scraper: 'UK NewsUS NewsWorld News'."""
    return len(_GLUED.findall(line)) >= 2 and not ends_sentence(line)


@functools.lru_cache(maxsize=8192)
def is_headline_shaped(line: str, *, max_words: int = 24) -> bool:
    """Short, starts like a title, and does not end like a sentence (questions and quotes may)."""
    if not line or len(line) > 200:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in "'\"‘“¡¿「【『" or caseless(first)):
        return False
    ellipsis = line.rstrip(_CLOSERS[:-2]).endswith(("...", "…"))
    if not ellipsis and _last_char(line) in _HEADLINE_BAD_ENDERS:
        return False
    if not 1 <= _count(line, max_words) <= max_words:  # (split no further than needed)
        return False
    return not (is_list_item(line) or is_glued_nav(line))


@functools.lru_cache(maxsize=8192)
def is_name(line: str) -> bool:
    """A person's name alone on a line: two to five capitalised words, no digits, not all of
    them job words ("Political Correspondent" is a role)."""
    if len(line) > 48:
        return False
    w = words(line)
    if not 2 <= len(w) <= 5:
        return False
    if any(ch.isdigit() for ch in line):
        return False
    caps = [t for t in w if _NAME_TOKEN.match(t)]
    if len(caps) < len(w) and not (len(caps) == len(w) - 1 and _joined_surname(w)):
        return False
    return sum(1 for t in w if t[0].isupper()) >= 2 and not _all_role(w)


def _all_role(w: list[str]) -> bool:
    """Words that make a job title, not a name: job words, maybe after a place or world region
    ("Political Correspondent", "Southern Correspondent", "Europe Editor")."""
    if w[-1].casefold() not in ROLE_WORD_SET:
        return False
    from .meta_places import is_region_word
    return all(t.casefold() in ROLE_WORD_SET or is_region_word(t) for t in w[:-1])


def _joined_surname(w: list[str]) -> bool:
    """"Pedro Villa y Caña", "Josep Puig i Cadafalch": a double surname joined by the one-letter
    "and" of a language (CLDR list patterns: Spanish "y", Catalan "i", Portuguese "e"), next to
    last, with a name of two words before it and one capitalised word after it (two names, "Ana
    Pérez y Juan López", go on for more)."""
    return len(w) >= 4 and len(w[-2]) == 1 and w[-2].islower() and w[-2] in _one_letter_ands() \
        and w[-1][:1].isupper() and all(_NAME_TOKEN.match(t) for t in w[:-2])


@functools.cache
def _one_letter_ands() -> frozenset[str]:
    """The one-letter words for "and" of the packs' languages (CLDR list patterns, through Babel)."""
    from babel import Locale, UnknownLocaleError
    out: set[str] = set()
    for code in packs():
        try:
            pattern = Locale.parse(code.replace("-", "_")).list_patterns["standard"]["end"]
        except (ValueError, KeyError, LookupError, UnknownLocaleError):
            continue
        middle = pattern.replace("{0}", " ").replace("{1}", " ").strip()
        if len(middle) == 1 and middle.isalpha():
            out.add(middle)
    return frozenset(out)


# a word of a name in a script without case: letters and their marks, maybe an apostrophe or a hyphen
_CASELESS_WORD = regex.compile(r"^[\p{L}\p{M}'’׳\-]{1,20}$")


@functools.cache
def _stopwords() -> frozenset[str]:
    """Every pack's ``stopwords``: function words and verbs ("და", "განაცხადა", "और") no name holds."""
    return frozenset(w for p in packs().values() for w in p.stopwords)


@functools.lru_cache(maxsize=4096)
def is_caseless_name(line: str, most: int = 4) -> bool:
    """A name in a script without case (Georgian, Devanagari, Arabic, Ethiopic...): two to
    ``most`` words of letters, each starting with a caseless letter (`writing_systems.caseless`),
    no digit, no sentence end, no word a pack's stopword or job word. No capital tells such a
    name from two ordinary words, so callers ask only where a byline is expected: after a
    byline's lead word ("ავტორი: ნინო ბერიძე") or before a job word ("ნინო ბერიძე ჟურნალისტი")."""
    if len(line) > 48 or line.isascii() or ends_sentence(line) or any(ch.isdigit() for ch in line):
        return False
    w = line.split()
    return 2 <= len(w) <= most and all(_CASELESS_WORD.match(t) and caseless(t[0]) for t in w) \
        and not any(t in _stopwords() or t in ROLE_WORD_SET for t in w)


def is_role(line: str, name: str = "") -> bool:
    """A job title under a byline: 'Business reporter', 'China correspondent in Beijing'."""
    w = words(line)
    if not 1 <= len(w) <= 7 or len(line) > 60 or ends_sentence(line) or ":" in line:
        return False
    if name and name.split()[0] in line:
        return False
    return line[0].isupper() and not any(ch.isdigit() for ch in line)


# pictographs and symbols before a chip's word ("📌 Fixado", "● Live", "★ Análise")
_ICON_LEAD = regex.compile(r"^[\p{So}\p{Sk}\p{Sm}\p{Co}\uFE0F\u200D\s]+")


def tag_word(text: str) -> str:
    """A chip's words without the icon printed before them ("📌 Fixado" -> "Fixado")."""
    return _ICON_LEAD.sub("", text) if text and not text[0].isalnum() else text


@functools.lru_cache(maxsize=8192)
def is_label(line: str) -> bool:
    """A post label of the packs ("Eilmeldung", "Key event"), in any case: looked up case-folded,
    and lower-cased as the packs store them (`phrase_text.lower`: "SON DAKİKA" keeps its dotless
    form, which case folding would give a combining dot)."""
    if len(line) > 60:
        return False
    return " ".join(line.casefold().replace("’", "'").rstrip(":").split()) in LABEL_WORDS \
        or (not line.isascii() and norm(line).rstrip(" :") in LABEL_WORDS)


@functools.lru_cache(maxsize=8192)
def is_prose(line: str) -> bool:
    """A sentence of body text rather than a title, a menu item or a caption stub."""
    n = _count(line, 16)  # the word count, up to the 17 the tests below tell apart
    if is_list_item(line):
        return n >= 12
    return (n >= 6 and ends_sentence(line)) or n >= 16


# Job titles printed beside a name: the phrase packs' ``roles`` and `meta_words.ROLE_WORDS`.
ROLE_WORD_SET: frozenset[str] = ROLE_WORDS | role_words()
# Role words of the scripts written without spaces between words (Han, kana, Hangul: "記者",
# "特派員", "기자"), longest first: one may close a name with no space ("佐藤健太記者").
UNSPACED_ROLES = tuple(sorted((w for w in ROLE_WORD_SET if regex.fullmatch(r"[\p{Han}\p{Hangul}\p{Katakana}\p{Hiragana}]+", w)),
                               key=lambda w: (-len(w), w)))
# A person's name in Han, Hangul or katakana, no space: two to five Han characters ("佐藤健太",
# "李明华"), two to four Hangul syllables ("김미나"), or a katakana name ("マイケル・ジョーダン");
# hiragana is left out, as it writes the particles of a phrase ("国会で")
_CJK_NAME = regex.compile(r"^(?:\p{Han}{2,5}|\p{Hangul}{2,4}|\p{Katakana}[\p{Katakana}・ー]{1,11})$")
# What may join a job title's words: a lower-case word of up to four letters ("de", "of", "i",
# "für"): "Redactora de Política", "Editor of Sport"
_ROLE_JOINER = regex.compile(r"^\p{Ll}{1,4}$")


# A line wholly in brackets: "(Name Surname)", "（佐藤健太）", "[Name]"
_BRACKETED = regex.compile(r"^[(（\[［【]\s*(?P<inner>[^()（）\[\]［］【】]{2,80}?)\s*[)）\]］】]$")


def bracketed(text: str) -> str | None:
    """What a line wholly in brackets holds ("（佐藤健太）" -> "佐藤健太"), else None."""
    m = _BRACKETED.match(text) if text[:1] in "(（[［【" else None
    return m["inner"] if m else None


def is_role_word(word: str) -> bool:
    """A job title's word in any pack's language ("Journalist", "vaktsjef", "Redactora", "기자")."""
    return word.casefold().strip(".,") in ROLE_WORD_SET


def is_job_title(line: str) -> bool:
    """A line that names a job: a few words (at most eight), no digit, no sentence, one of them a
    job word of the packs ("Journalist", "Political reporter", "Redactora de Política"). A
    title-shaped line without one ("Streets flooded") is no job title, however short."""
    w = line.split()
    return 1 <= len(w) <= 8 and len(line) <= 80 and not ends_sentence(line) \
        and not any(ch.isdigit() for ch in line) and any(is_role_word(x) for x in w)


def role_led_cjk_name(text: str) -> bool:
    """"記者王小明", "기자 김민수": a role word of the packs, then a name in Han or Hangul; the
    page prints the two as one name (the role is kept in it, as a byline element holds it)."""
    if len(text) > 12 or text.isascii():
        return False
    for role in UNSPACED_ROLES:
        if text.startswith(role):
            return is_cjk_name(text[len(role):].lstrip())
    return False


def is_cjk_name(text: str) -> bool:
    """A name written in Han, Hangul or katakana, no space ("佐藤健太", "김미나": ``_CJK_NAME``)."""
    return _CJK_NAME.match(text) is not None


def name_and_role(text: str) -> tuple[str, str] | None:
    """'Jussi Mankkinen toimittaja' -> ('Jussi Mankkinen', 'toimittaja'); 'Michael Janda Business
    reporter' -> ('Michael Janda', 'Business reporter'): a name, then its role, read from the end
    (lower-case words, and job words such as 'Business' next to them). The role ends in a
    lower-case word; a name alone, or words that leave no two-word name, are none.

    A job title of the phrase packs (``roles``) starts a role after a name whatever its case:
    'Ola Bakken Vaktsjef', 'Juliana Rincón Redactora de Política' (the title, then only job
    words or a short lower-case joiner and one or two words); and closes a name written in Han,
    kana or Hangul: '김미나 기자', '佐藤健太記者' (a role word before the name, '記者王小明', is none:
    the page prints it as part of the name)."""
    if len(text) > 80 or any(ch.isdigit() for ch in text) or ends_sentence(text):
        return None
    w = text.split()
    if len(w) <= 2 and not text.isascii():
        if len(w) == 2 and is_cjk_name(w[0]) and is_role_word(w[1]):
            return w[0], w[1]
        if len(w) == 1:
            for role in UNSPACED_ROLES:
                if text.endswith(role) and is_cjk_name(text[:-len(role)]):
                    return text[:-len(role)], role
            return None
    if (split := _titled_role(w)) is not None:
        return split
    if 3 <= len(w) <= 5 and not text.isascii() and is_role_word(w[-1]):
        # "ნინო ბერიძე ჟურნალისტი", "राहुल शर्मा संवाददाता"; "प्रसाद जोशी विशेष प्रतिनिधी": the job
        # words that close the line (one or two) are the role
        r = 2 if is_role_word(w[-2]) else 1
        if 2 <= len(w) - r <= 3 and is_caseless_name(" ".join(w[:-r]), most=3):
            return " ".join(w[:-r]), " ".join(w[-r:])
    if not text[-1:].islower():
        return None
    k = len(w)
    while k > 2 and (w[k - 1][0].islower() or w[k - 1].casefold() in ROLE_WORDS):
        k -= 1
    if k == len(w) or len(w) - k > 4:
        return None
    name = " ".join(w[:k])
    if not is_name(name):
        return None
    return name, " ".join(w[k:])


def _titled_role(w: list[str]) -> tuple[str, str] | None:
    """A name (two to five words), then a job title of the packs that starts the role, whatever
    its case: the role's other words are job words, or a short lower-case joiner and at most two
    words after it ("Redactora de Política"). A title-case headline ("Trump Says Reporter Was
    Wrong") goes on with words of neither kind: none."""
    for k in range(2, min(len(w), 6)):
        if not is_role_word(w[k]):
            continue
        rest = w[k + 1:]
        if not all(is_role_word(x) for x in rest):
            j = next((i for i, x in enumerate(rest) if not is_role_word(x)), 0)
            if not (_ROLE_JOINER.match(rest[j]) and 1 <= len(rest) - j - 1 <= 2):
                return None
        q = _role_qualifier(w, k)
        name = " ".join(w[:k - q])
        return (name, " ".join(w[k - q:])) if is_name(name) else None
    return None


def _role_qualifier(w: list[str], k: int) -> int:
    """How many capitalised words before the job title ``w[k]`` name the place it covers, and so
    belong to the role rather than to a name of three words or more: a place or a world region
    of CLDR ("Conor Walsh Southern Correspondent", "Jane Doe New York Correspondent":
    `meta_places.is_region_word`). A surname before it ("Andrés Felipe Ortiz Periodista") is
    none: 0."""
    from .meta_places import is_place, is_region_word
    if k >= 4 and all(x[:1].isupper() for x in w[k - 2:k]) and is_place(" ".join(w[k - 2:k])):
        return 2
    if k >= 3 and w[k - 1][:1].isupper() and is_region_word(w[k - 1]):
        return 1
    return 0
