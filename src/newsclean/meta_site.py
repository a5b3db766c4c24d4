"""Title text and the site's name: cleaning a title (entities, soft hyphens, spacing), the
comparison key, the site's names and keys as the page declares them and its address shows, and
taking the site's name off a declared title or ``<title>``. Shared by the title and author stages
(:mod:`meta_title`, :mod:`meta_names`)."""
from __future__ import annotations

import html
import unicodedata

import regex

from . import shapes
from .metadata import Evidence, host_words

_SOFT_HYPHEN = dict.fromkeys(map(ord, "\u00ad"))
# Separators between a headline and the site's (or section's) name in a <title> or og:title.
_SEPARATOR = regex.compile(r"\s+(?:\||-|–|—|::|·|•|»|›|/)\s+|\s*[｜|]\s*(?=\S)|\s*--\s*")
_KEY_DROP = regex.compile(r"[\W_]+")
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-",
                       "—": "-", "\u00a0": " "})
_DOMAIN = regex.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", regex.I)


# (compiled once: a pattern given as a string is looked up in the engine's cache on every call)
_WORDS = regex.compile(r"\w+")


def clean_title(value: str | None) -> str | None:
    """Entities unescaped (twice, for doubly escaped JSON-LD), soft hyphens and zero-width
    characters dropped, NFC, whitespace collapsed."""
    if not value:
        return None
    for _ in range(2):
        if "&" not in value:
            break
        value = html.unescape(value)
    value = shapes.drop_invisible(value.translate(_SOFT_HYPHEN))
    if not value.isascii():
        value = unicodedata.normalize("NFC", value)
    return " ".join(value.split()) or None


def key(text: str) -> str:
    """A comparison key: case, punctuation, quotes and spacing ignored."""
    return _KEY_DROP.sub("", text.translate(_FOLD).casefold())


MAX_NAME_CHARS = 1000  # a site's name or a headline: longer is neither


def site_keys(ev: Evidence) -> set[str]:
    """Keys of the site's names (and acronyms, and its host's words). A "site name" that is the
    article's declared headline (a template filling an app-name tag with it) is left out."""
    keys = set()
    headlines = {key(clean_title(h) or "") for h in (ev.headline, ev.first("og:title"), ev.first("twitter:title"))
                 if h and len(h) <= MAX_NAME_CHARS}
    for name in ev.site_names:
        if len(name) > MAX_NAME_CHARS:
            continue  # (a hostile page's megabyte attribute: no name, and costly to fold)
        k = key(name)
        if k in headlines:
            continue
        if k:
            keys.add(k)
        initials = "".join(w[0] for w in _WORDS.findall(name) if w[0].isupper())
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


def strip_site(title: str | None, keys: set[str], home: tuple[str, ...] | list[str] = ()) -> str | None:
    """The title without the site's name before the first or after the last separator; a tail
    that is not the site's name ("Brexit - what happens next") stays. ``home``: the names the
    page's links to its home page show (:func:`newsclean.metadata.home_names`), matched whole, and
    also where a script without spaces glues them on ("...城！-新华网")."""
    if not title:
        return None
    exact = {key(h) for h in home} - {""}
    for _ in range(3):
        parts = _SEPARATOR.split(title)
        if len(parts) < 2:
            break
        if is_site(parts[-1], keys) or key(parts[-1]) in exact:
            title = title[:_last_sep(title).start()].strip()
            continue
        if is_site(parts[0], keys) or key(parts[0]) in exact:
            title = title[_SEPARATOR.search(title).end():].strip()
            continue
        break
    for name in home:
        title = _strip_glued(title, name)
    title = _TRAILING_SEP.sub("", title)  # "Pferdesport bei Olympia dabei -": the name left blank
    return title or None


# a separator left at the end, spaced from the last word ("... dabei -"); a word's own hyphen
# ("Anti-") is no separator
_TRAILING_SEP = regex.compile(r"\s+(?:[-–—|/·•:]|::)\s*$")  # not "»": French closes a quote with it


_GLUE = "-_|–—·›»:：｜"


def _strip_glued(title: str, name: str) -> str:
    """``title`` without the site's ``name`` glued on at its end or start by a separator with no
    space ("武汉的声音-新华网"); the rest must be at least as long as the name."""
    if len(name) < 2 or len(title) < 2 * len(name) + 1:
        return title
    if title.endswith(name):
        head = title[:-len(name)].rstrip()
        if head[-1:] in _GLUE and head.rstrip(_GLUE + " "):
            return head.rstrip(_GLUE + " ")
    if title.startswith(name):
        tail = title[len(name):].lstrip()
        if tail[:1] in _GLUE and tail.lstrip(_GLUE + " "):
            return tail.lstrip(_GLUE + " ")
    return title


def _last_sep(title: str) -> regex.Match:
    last = None
    for m in _SEPARATOR.finditer(title):
        last = m
    assert last is not None
    return last
