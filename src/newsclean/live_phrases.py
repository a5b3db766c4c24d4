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

import regex

_SEP = r"[:|\-–—,()·•\[\]/]"


def _ascii_slug(text: str) -> str:
    """"relacja na żywo" -> "relacja-na-zywo" (as publishers write it in addresses)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "-".join(folded.replace("ł", "l").split())


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    from .rules.packs import packs

    phrases = {" ".join(p.casefold().split()) for pack in packs().values() for p in pack.live if p.strip()}
    multi = sorted((p for p in phrases if " " in p), key=len, reverse=True)
    single = sorted((p for p in phrases if " " not in p), key=len, reverse=True)
    alt_multi = "|".join(regex.escape(p) for p in multi)
    alt_single = "|".join(regex.escape(p) for p in single)
    title = regex.compile(rf"(?<!\w)(?:{alt_multi})(?!\w)"
                          rf"|(?<!\w)(?:{alt_single})\s*{_SEP}"
                          rf"|(?:^|{_SEP})\s*(?:{alt_single})\s*$")
    slugs = sorted({_ascii_slug(p) for p in multi} | {p.replace(" ", "-") for p in multi}, key=len, reverse=True)
    url_multi = regex.compile(r"(?<![a-z0-9])(?:" + "|".join(regex.escape(s) for s in slugs) + r")(?![a-z0-9])")
    url_single = regex.compile(r"/(?:" + "|".join(regex.escape(_ascii_slug(s)) for s in single) + r")(?:/|$|\.|\?)")
    return title, url_multi, url_single


def title_says_live(title: str | None) -> bool:
    """A title that calls its page live in some pack's language ("Législatives, en direct : ...")."""
    if not title:
        return False
    t = " ".join(title.casefold().split())[:400]
    return _patterns()[0].search(t) is not None


def url_says_live(url: str | None) -> bool:
    """An address that calls its page live ("/ao-vivo/", "...-relacja-na-zywo/", "/directo/")."""
    if not url:
        return False
    path = url.split("://", 1)[-1].partition("/")[2].casefold()[:500]
    if not path:
        return False
    path = "/" + path
    _, multi, single = _patterns()
    return multi.search(path) is not None or single.search(path) is not None


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
