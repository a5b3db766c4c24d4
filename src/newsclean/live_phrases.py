"""Whether a page's title or address calls it live, in any language with a phrase pack.

The words are the packs' ``live`` phrases ("en directo", "ao vivo", "relacja na żywo",
"Liveticker", "diretta"). A phrase of several words counts anywhere in a title; a single word
("directo", "diretta") only where punctuation sets it off from what follows ("DIRECTO | Guerra
en Ucrania", "Europee, la diretta: exit poll") or it closes the title after punctuation
("Guerra en Ucrania, directo"), since inside a sentence it is an ordinary word ("acceso
directo", "Direct Line shares fall", "Vuelo directo"). In an address, a phrase counts as a slug
("/ao-vivo/", "-en-directo-") and a single word only as a whole path segment ("/directo/").
"""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator

import regex


def _ascii_slug(text: str) -> str:
    """"relacja na żywo" -> "relacja-na-zywo" (as publishers write it in addresses)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "-".join(folded.replace("ł", "l").split())


@functools.cache
def _phrases() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The packs' live phrases of several words and of one, case-folded; and as written in
    addresses: the several-word ones as slugs ("ao-vivo", "relacja-na-zywo"), the single words
    as path segments ("/directo"). Looked up as strings: as one alternation each, they took
    0.1 s to compile in every process."""
    from .rules.packs import packs

    phrases = {" ".join(p.casefold().split()) for pack in packs().values() for p in pack.live if p.strip()}
    multi = tuple(sorted(p for p in phrases if " " in p))
    single = tuple(sorted(p for p in phrases if " " not in p))
    slugs = tuple(sorted({_ascii_slug(p) for p in multi} | {p.replace(" ", "-") for p in multi}))
    segments = tuple(sorted({"/" + _ascii_slug(p) for p in single}))
    return multi, single, slugs, segments


_WORD = regex.compile(r"\w")
_SPACES = regex.compile(r"\s*")
_SPACE = regex.compile(r"\s")
# the punctuation that sets a single live word off in a title (and its full-width forms and the
# brackets of CJK titles: "【直播】", "即時更新｜")
_SEP_CHARS = frozenset(":|-–—,()·•[]/：｜（）【】「」『』")
# scripts written without spaces between words: there a phrase's start has no word boundary
# ("…降雪即時更新 |"), so only what follows it can set it off
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _found(text: str, phrase: str) -> Iterator[int]:
    """Where ``phrase`` starts in ``text``, every place."""
    i = text.find(phrase)
    while i >= 0:
        yield i
        i = text.find(phrase, i + 1)


def _word_at(text: str, i: int) -> bool:
    """A word character (regex ``\\w``) at ``i``."""
    return 0 <= i < len(text) and _WORD.match(text, i) is not None


def _open_before(t: str, i: int, phrase: str) -> bool:
    """No word character right before ``i``; in a script without spaces (Chinese, Japanese,
    Thai), any character: words there run together."""
    return not _word_at(t, i - 1) or _UNSPACED.match(phrase) is not None


def _title_has(t: str, multi: tuple[str, ...], single: tuple[str, ...]) -> bool:
    """A phrase of several words between word boundaries; a single word after no word character
    (`_open_before`) and followed by punctuation (spaces between), or closing the title after
    punctuation or at its start (spaces between)."""
    for p in multi:
        if p in t and any(not _word_at(t, i - 1) and not _word_at(t, i + len(p)) for i in _found(t, p)):
            return True
    for p in single:
        if p not in t:  # (most titles hold none: one C-level test each)
            continue
        for i in _found(t, p):
            after = _SPACES.match(t, i + len(p)).end()  # type: ignore[union-attr]  # (matches, maybe empty)
            if after < len(t) and t[after] in _SEP_CHARS and _open_before(t, i, p):
                return True
            if after == len(t) and _UNSPACED.match(p) is not None and i > 0:
                return True  # closing the title, run on from the words before it
            if after == len(t):
                k = i
                while k > 0 and _SPACE.match(t, k - 1) is not None:
                    k -= 1
                if k == 0 or t[k - 1] in _SEP_CHARS:
                    return True
    return False


def title_says_live(title: str | None) -> bool:
    """A title that calls its page live in some pack's language ("Législatives, en direct : ...")."""
    if not title:
        return False
    t = " ".join(title.casefold().split())[:400]
    multi, single, _, _ = _phrases()
    return _title_has(t, multi, single)


def url_says_live(url: str | None) -> bool:
    """An address that calls its page live ("/ao-vivo/", "...-relacja-na-zywo/", "/directo/"):
    a slug between characters other than ASCII letters and digits, or a whole path segment."""
    if not url:
        return False
    path = url.split("://", 1)[-1].partition("/")[2].casefold()[:500]
    if not path:
        return False
    path = "/" + path
    _, _, slugs, segments = _phrases()
    n = len(path)
    for slug in slugs:
        if slug not in path:
            continue
        for i in _found(path, slug):
            end = i + len(slug)
            if (i == 0 or path[i - 1] not in _SLUG_CHARS) and (end == n or path[end] not in _SLUG_CHARS):
                return True
    for seg in segments:
        if seg not in path:
            continue
        for i in _found(path, seg):
            end = i + len(seg)
            if end == n or path[end] in "/.?" or (end == n - 1 and path[end] == "\n"):
                return True
    return False


# class names are written in ASCII: "zuzenean-sarrera", "regstreeks_inskrywing", "directoItem"
_CLASS_TOKEN = regex.compile(r"[a-z]+|[A-Z][a-z]+")
# shorter words ("beo", "otse") are too often parts of other names
_MIN_CLASS_WORD = 5


@functools.cache
def _class_words() -> frozenset[str]:
    from .rules.packs import packs

    words = {_ascii_slug(p.casefold()) for pack in packs().values() for p in pack.live if " " not in p.strip()}
    return frozenset(w for w in words if len(w) >= _MIN_CLASS_WORD and w.isascii() and w.isalpha())


def class_says_live(class_names: str) -> bool:
    """A class attribute that names a live feed in some pack's language, by a whole word of it
    ("zuzenean-sarrera" in Basque, "regstreeks-inskrywing" in Afrikaans, "uzivo__post"); not a
    word inside another ("directory", "directions")."""
    words = _class_words()
    return any(tok.casefold() in words for tok in _CLASS_TOKEN.findall(class_names[:300]))
