"""The document's title: the page's declared headline checked against the visible ``h1``.

Order: the JSON-LD headline of the main entity, then og:title, twitter:title, the visible ``h1``
and last the ``<title>``; every declared candidate has the site's name taken off (learned from the
page: og:site_name, the JSON-LD publisher, the host name). The visible ``h1`` is preferred when it
says the same, or when the declared headline is a truncation of it; an ``h1`` built from a kicker
and a title (two spans) gives the title, and the kicker is returned apart.
"""
from __future__ import annotations

import html
import unicodedata

import regex
from lxml import html as lxml_html

from . import shapes
from .metadata import Evidence, host_words

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Separators between a headline and the site's (or section's) name in a <title> or og:title.
_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+|\s*[｜|]\s*(?=\S)|\s*--\s*")
_KEY_DROP = regex.compile(r"[\W_]+")
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-",
                       "—": "-", "\u00a0": " "})
_DOMAIN = regex.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", regex.I)
_ELLIPSIS = ("...", "…")
_KICKER_SEP = regex.compile(r"\s*:\s+|\s+[-–—|/]\s+")
_BLOCK_TAGS = frozenset({"span", "div", "small", "strong", "em", "b", "i", "p", "a", "mark", "u"})


_WORD = regex.compile(r"\w+")


def clean_title(value: str | None) -> str | None:
    """Entities unescaped (twice, for doubly escaped JSON-LD), soft hyphens and zero-width
    characters dropped, NFC, whitespace collapsed."""
    if not value:
        return None
    for _ in range(2):
        if "&" not in value:
            break
        value = html.unescape(value)
    value = value.translate(_INVISIBLE)
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return " ".join(value.split()) or None


def key(text: str) -> str:
    """A comparison key: case, punctuation, quotes and spacing ignored."""
    return _KEY_DROP.sub("", text.translate(_FOLD).casefold())


def site_keys(ev: Evidence) -> set[str]:
    keys = set()
    for name in ev.site_names:
        k = key(name)
        if k:
            keys.add(k)
        initials = "".join(w[0] for w in regex.findall(r"\w+", name) if w[0].isupper())
        if len(initials) >= 2:
            keys.add(initials.casefold())
    for h in host_words(ev.url):
        k = key(h)
        if len(k) >= 3:
            keys.add(k)
    return keys


def is_site(segment: str, keys: set[str]) -> bool:
    """Whether a title segment names the site: its name, its host, an acronym, or a domain."""
    s = segment.strip()
    if not s:
        return False
    if _DOMAIN.match(s):
        return True
    k = key(s)
    if not k:
        return False
    for sk in keys:
        if k == sk:
            return True
        if len(sk) >= 4 and (k.startswith(sk) or k.endswith(sk)) and len(s.split()) <= 4:
            return True  # "Mirror Online" for mirror.co.uk, "The Sun" for thesun.co.uk
        if len(k) >= 4 and sk.startswith(k) and len(k) >= len(sk) // 2:
            return True  # "Golem" for golem.de
    return False


def strip_site(title: str | None, keys: set[str]) -> str | None:
    """The title without the site's name before the first or after the last separator; a tail
    that is not the site's name ("Brexit - what happens next") stays."""
    if not title:
        return None
    for _ in range(3):
        parts = _SEPARATOR.split(title)
        if len(parts) < 2:
            break
        if is_site(parts[-1], keys):
            title = title[:_last_sep(title).start()].strip()
            continue
        if is_site(parts[0], keys):
            title = title[_SEPARATOR.search(title).end():].strip()
            continue
        break
    return title or None


def _last_sep(title: str) -> regex.Match:
    last = None
    for m in _SEPARATOR.finditer(title):
        last = m
    assert last is not None
    return last


def visible_h1(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The page's headline element: the first h1 with some words in it."""
    for h in tree.iter("h1"):
        t = shapes.clean(h.text_content())
        if len(t.split()) >= 3 or (len(t) >= 8 and not t.isascii()):
            return h
    return None


def h1_texts(h: lxml_html.HtmlElement) -> tuple[str | None, list[str]]:
    """The h1's text with its parts spaced apart, and its parts (kicker and title spans)."""
    parts: list[str] = []
    lead = clean_title(h.text)
    if lead:
        parts.append(lead)
    for ch in h:
        if not isinstance(ch.tag, str):
            continue
        t = clean_title(ch.text_content()) if ch.tag != "br" else None
        if t:
            parts.append(t)
        tail = clean_title(ch.tail)
        if tail:
            parts.append(tail)
    whole = clean_title(" ".join(parts)) if parts else clean_title(h.text_content())
    return whole, parts


def choose_title(tree: lxml_html.HtmlElement, ev: Evidence) -> tuple[str | None, str | None]:
    """(title, kicker)."""
    keys = site_keys(ev)
    declared = [d for d in (strip_site(clean_title(v), keys) for v in (
        ev.headline, ev.first("og:title"), ev.first("twitter:title"), ev.first("dc.title", "headline"))) if d]
    h = visible_h1(tree)
    whole, parts = h1_texts(h) if h is not None else (None, [])
    if declared:
        primary = declared[0]
        pk = key(primary)
        if whole and key(whole) == pk:
            return primary, None  # the same words: the declared text is the better spaced
        if len(parts) >= 2:
            for i, p in enumerate(parts):
                if key(p) == pk:
                    kicker = " ".join(parts[:i]) or None
                    return p, kicker
        tail = _declared_ends_with(primary, ([parts[-1]] if len(parts) >= 2 else []) + ([whole] if whole else []))
        if tail is not None:
            return tail  # "«Kicker»: Title" declared, "Title" shown: the kicker goes apart
        if whole and primary.endswith(_ELLIPSIS) and key(whole).startswith(key(primary.rstrip(".… "))):
            return whole, None
        if whole and _same_story(whole, declared):
            return whole, None  # a reworded headline (for search or sharing): the shown one wins
        return primary, None
    if whole:
        if len(parts) >= 2:
            tag = _title_tag(tree, keys)
            for i, p in enumerate(parts):
                if tag and key(p) == key(tag):
                    return p, " ".join(parts[:i]) or None
        return whole, None
    return _title_tag(tree, keys), None


def _same_story(shown: str, declared: list[str]) -> bool:
    """The shown h1 is a rewording of a declared headline: at least half the words of the shorter
    one are in the other (a section name or the site's logo in the h1 shares none), and the h1 has
    words of its own."""
    words = set(_WORD.findall(shown.casefold()))
    if len(words) < 3:
        return False
    for d in declared:
        other = set(_WORD.findall(d.casefold()))
        if other and words - other and len(words & other) >= 0.5 * min(len(words), len(other)):
            return True  # (an h1 that only drops words from the declared headline adds nothing)
    return False


def _declared_ends_with(primary: str, shown: list[str]) -> tuple[str, str | None] | None:
    """(title, kicker) when the declared headline is a kicker, a separator and a headline the page
    shows on its own (three words or more): the shown headline, and the declared kicker."""
    for text in shown:
        if len(text.split()) < 3 or len(text) < 0.4 * len(primary):
            continue
        k = key(text)
        if not k or key(primary) == k or not key(primary).endswith(k):
            continue
        for m in _KICKER_SEP.finditer(primary):
            if key(primary[m.end():]) == k:
                kicker = primary[:m.start()].strip()
                if kicker:
                    return text, kicker
    return None


def _title_tag(tree: lxml_html.HtmlElement, keys: set[str]) -> str | None:
    t = tree.findtext(".//title")
    return strip_site(clean_title(t), keys) if t else None
