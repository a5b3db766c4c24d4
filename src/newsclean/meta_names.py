"""Byline values to people's names: one author value ("By Jane Doe and John Roe, Reporters",
"Von: Max Muster/dpa") split into names, each losing its byline prefix ("By", "Von", "Par", a
phrase such as "Zeige alle Beiträge von"), its job title, its outlet ("for The Mail on Sunday"),
social handle and address, and each dropped when it is an e-mail address, a number, the site's own
name, a news agency, a desk ("Redaktion"), a CMS placeholder ("Unknown", "Super User"), an
organisation (a legal form such as "GmbH", a head word such as "Stiftung", "Team"), a dateline
place ("AFP, MANILA"; "London" among full names; a CLDR country or city after a name,
:mod:`meta_places`) or the words of a sentence. Words are data, per language, in :mod:`meta_words`.
"""
from __future__ import annotations

import regex

from . import meta_words, shapes
from .meta_places import is_country, is_place
from .meta_title import clean_title, is_site, key

MAX_AUTHORS = 12

PREFIXES = meta_words.union(meta_words.BYLINE_PREFIXES)
_PREFIX = regex.compile(r"^(?:" + "|".join(regex.escape(p) for p in PREFIXES) + r")(?:\s*[:：]\s*|\s+)", regex.I)
_CONJ = meta_words.union(meta_words.CONJUNCTIONS)
SPLIT = regex.compile(r"\s*(?:[;|•·/、，]|,|\s[-–—]\s|\s(?:" + "|".join(regex.escape(c) for c in _CONJ) + r")\s)\s*", regex.I)
_EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_URL = regex.compile(r"^(?:https?://|www\.)|^\S+\.(?:com|org|net|html?|php)(?:/\S*)?$", regex.I)
PAREN = regex.compile(r"\s*[(\[][^)\]]{0,60}[)\]]\s*")
_LETTER = regex.compile(r"\p{L}")
_DIGITS = regex.compile(r"\d")
_INNER = regex.compile(r"\s(?:" + "|".join(regex.escape(w) for w in meta_words.INNER_PREFIXES) + r")\s+(?=\S)",
                       regex.I)
_LEGAL = regex.compile(r"(?:^|(?<=[\s,]))(?:" + "|".join(regex.escape(f) for f in meta_words.LEGAL_FORMS)
                       + r")(?=$|[\s,.])")
_DOMAIN_IN = regex.compile(r"(?:www\.)?([\w-]{2,63}(?:\.[\w-]{2,63})*\.(?:com|org|net|de|at|ch|fr|uk|it|es|nl|be|"
                           r"eu|info|io|co\.uk|co\.za|cc|li|is|pl|se|no|dk|fi|pt|ru|jp|in|tw|vn|lt|lu|au|ca|us))\b",
                           regex.I)
_SENTENCE = regex.compile(r"^\s*\S+(?:\s+\S+){5,}[.!?]\s*$")
_AT_HANDLE = regex.compile(r"(?<!\S)@[\w.]{1,40}")
_URL_ANY = regex.compile(r"https?://\S{0,200}|www\.\S{0,200}")
QUOTES = " -–—:,.'\"“”‘’«»„"
_HANDLE = regex.compile(r"^[\p{L}][\p{L}\d_.-]{1,29}$")
_SHORTCODE = regex.compile(r"^\p{Ll}{2,6}$")
_PARTICLES = frozenset(("van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "des", "dos", "la", "le",
                        "al", "el", "bin", "ibn", "ten", "ter", "zu", "af", "av"))
_ROLE_WORDS = meta_words.ROLE_WORDS
_ORG_WORDS = meta_words.ORG_WORDS
_AGENCIES = meta_words.AGENCIES
_DESK = meta_words.DESK_WORDS


# (compiled once: a pattern given as a string is looked up in the engine's cache on every call)
_FIRST_PART = regex.compile(r"[,;|]")
_NAME_PARTS = regex.compile(r"[\s/;,]+")
_COLON = regex.compile("[:：]")


def agencies_in(raws: list[str], site: set[str]) -> list[str]:
    """News agencies credited in author values ("dpa", "AFP, MANILA" -> "AFP")."""
    out: list[str] = []
    for raw in raws:
        text = strip_prefix(PAREN.sub(" ", clean_title(raw) or "").strip())
        for part in SPLIT.split(text):
            part = strip_prefix(part.strip(" -–—:,."))
            words = part.split()
            if not words or len(words) > 4 or key(part) in site:
                continue
            agency = part if part.casefold() in _AGENCIES else None
            if agency is None and _is_agency_phrase(part):
                agency = next(a for a in (" ".join(words[:3]), " ".join(words[:2]), words[0])
                              if a.casefold() in _AGENCIES)
            if agency and agency not in out and not is_site(agency, site):
                out.append(agency)
    return out[:MAX_AUTHORS]


def names_from(raws: list[str], site: set[str] = frozenset(), *,  # type: ignore[assignment]
               strict: bool = False, level: int | None = None, owners: set[str] = frozenset()  # type: ignore[assignment]
               ) -> list[str]:
    """People's names in declared author values, deduplicated, in order. ``strict`` (for text
    taken from the page rather than declared as an author) wants name-shaped parts; ``level`` 1
    (an element marked as the author's) also takes a lone handle ("Floyd", "gizzmo") when it is
    the element's whole text, and staff shortcodes ("srf/hosb;kesm") at levels 1 and 2."""
    out: list[str] = []
    seen: set[str] = set()
    if level is None:
        level = 2 if strict else 0
    for raw in raws:
        codes = _shortcodes(raw, site) if level >= 1 else []
        names = codes or split_names(raw, site, owners)
        for name in names:
            if level == 2 and not (looks_like_name(name) or codes):
                continue
            if level == 1 and not (looks_like_name(name) or codes or (len(names) == 1 and _HANDLE.match(name))):
                continue
            k = key(name)
            if k and k not in seen:
                seen.add(k)
                out.append(name)
            if len(out) >= MAX_AUTHORS:
                return out
    return out


def split_names(raw: str, site: set[str] = frozenset(),  # type: ignore[assignment]
                owners: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """The people's names in one author value. ``owners``: keys of names that are the site's and
    a person's (a personal site's owner), which the site test lets through."""
    text = clean_title(raw) or ""
    if not text or len(text) > 300 or _URL.search(text):
        return []
    if site and any(key(h) in site for h in _DOMAIN_IN.findall(_FIRST_PART.split(text, maxsplit=1)[0])):
        return []  # "Deutsche Welle (www.dw.com)": the outlet, named with its own address
    text = _EMAIL.sub(" ", text)
    text = _AT_HANDLE.sub(" ", text)  # "Williams Perdomo @wperdomod": the social handle beside the name
    text = PAREN.sub(" ", text)
    text = _URL_ANY.sub(" ", text).strip()
    text = " | ".join(p for p in text.split(" | ") if not _SENTENCE.search(p))  # a sentence, no byline
    text = strip_prefix(text)
    parts = [p.strip(QUOTES) for p in SPLIT.split(text)]
    if site and parts and key(parts[0]) not in owners and (is_site(parts[0], site) or _is_agency_phrase(parts[0])):
        return []  # "hessenschau.de, Frankfurt, Germany": an outlet and its address, no person
    out: list[str] = []
    address = any(is_country(p) for p in parts[1:])  # "..., Nürnberg, Germany": an address
    for i, part in enumerate(parts):
        part = _strip_inner_prefix(strip_prefix(part))
        part = _undouble(_strip_affiliation(part))
        if not part:
            continue
        if i > 0 and _is_dateline(part):
            continue
        if (i > 0 and is_place(part)) or (address and " " not in part):
            continue  # "Nada Tawfik, New York": a dateline place; an address's words
        if out and _is_affiliation(part):
            continue
        if out and _is_place_among_names(part, out):
            continue
        if (key(part) in owners and is_person(part)) or is_person(part, site):
            out.append(part)
    return out


def _undouble(part: str) -> str:
    """A name printed twice over ("Olivier Minot Olivier Minot": a photo's alt and a link's text
    run together) once."""
    words = part.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return part


def _strip_inner_prefix(part: str) -> str:
    """The name after a phrase that ends in a byline word ("Zeige alle Beiträge von Cem Basman",
    "View all posts by Daniel Lemire"): cut when what follows is a name of two or more words, or
    one word after a phrase with a word in lower case. A noble "von" stays ("Ursula von der
    Leyen", "Wernher von Braun": an article or one word follows)."""
    if shapes.is_name(part) and not _INNER.search(part):
        return part
    for m in reversed(list(_INNER.finditer(part))):
        before, rest = part[:m.start()].strip(), part[m.end():].strip()
        if not before or not rest or not rest[:1].isupper():
            continue
        if shapes.is_name(rest) or (len(rest.split()) == 1 and any(w[:1].islower() for w in before.split())):
            return rest
    return part


_FOR = regex.compile(r"\s(?:for|für|pour|para|per|voor)\s+(?:the\s+|die\s+|der\s+|das\s+|le\s+|la\s+|el\s+)?\p{Lu}", regex.I)


def _strip_affiliation(part: str) -> str:
    """A name without the outlet it writes for ("Brendan Carlin For The Mail On Sunday")."""
    m = _FOR.search(part)
    if m and shapes.is_name(part[:m.start()].strip()):
        return part[:m.start()].strip()
    return part


def _is_place_among_names(part: str, names: list[str]) -> bool:
    """One capitalised word among names of two or more words: a dateline place ("Markus M.
    Haefliger, London, Beat Bumbacher"), not a person."""
    if " " in part or not part[:1].isupper():
        return False
    return all(len(n.split()) >= 2 for n in names)


def _shortcodes(raw: str, site: set[str]) -> list[str]:
    """The staff shortcodes when an author element's whole text is such codes in lower case
    ("srf/hosb;kesm" -> hosb, kesm; "amw"), as many German and Swiss papers sign: each names one
    journalist. The site's own code ("srf") and agencies ("dpa") are dropped; a desk code
    ("red") makes it no byline."""
    text = shapes.clean(raw.replace("|", " ")).strip()
    parts = [p for p in _NAME_PARTS.split(text) if p]
    if not parts or len(parts) > 4 or not all(_SHORTCODE.match(p) for p in parts):
        return []
    if any(p in _DESK or p in PREFIXES or p in _CONJ for p in parts):
        return []  # "red" (the desk), "von" (a label), "und": no codes
    return [p for p in parts if key(p) not in site and p not in _AGENCIES]


def strip_prefix(text: str) -> str:
    for _ in range(2):
        m = _PREFIX.match(text)
        if not m or m.end() >= len(text) or (len(text[m.end():].split()) < 2 and not _COLON.search(m.group())):
            break  # "Di Caprio", "Von Trier": a surname, not a prefix and one word
        text = text[m.end():].strip()
    return text


def _is_agency_phrase(part: str) -> bool:
    """An agency with a place or desk after it: "Associated Press in Valencia", "AFP Deutschland"."""
    folded = part.casefold()
    for agency in _AGENCIES:
        if folded.startswith(agency + " ") and len(part) > len(agency) + 1:
            rest = part[len(agency) + 1:]
            if rest[:1].islower() or (len(rest.split()) == 1 and part[:len(agency)].isupper()):
                return True
    return False


def _is_affiliation(part: str) -> bool:
    """Words in lower case after a name: a job or a faculty ("Mykolo Romerio universiteto"), no
    second person (name particles such as "van der" are allowed by the name shape)."""
    return not shapes.is_name(part) and any(w[:1].islower() for w in part.split())


def _is_dateline(part: str) -> bool:
    """A place in capitals after an agency or name ("AFP, MANILA")."""
    return " " not in part and part.isupper() and len(part) >= 3


def is_person(part: str, site: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """Whether a byline part can be a person's name (not a role, agency, desk, site or id)."""
    if len(part) > 60 or not _LETTER.search(part) or _DIGITS.search(part) or "@" in part:
        return False
    words = part.split()
    if len(words) > 6:
        return False
    folded = part.casefold()
    if folded in _DESK or folded in _AGENCIES:
        return False
    if all(w.casefold().strip(".,") in _ROLE_WORDS for w in words):
        return False
    if len(words) > 1 and words[0][:1].islower() and words[0].casefold() not in _PARTICLES:
        return False  # "deinen Hochzeitsbloggern": words of a sentence, not a name
    if _LEGAL.search(part) or any(w.casefold().strip(".,").rsplit("-", 1)[-1] in _ORG_WORDS for w in words):
        return False  # "Hanns-Seidel-Stiftung e.V.", "Top Solar News", "PETA-Team"
    if _is_agency_phrase(part):
        return False  # "AFP Deutschland", "Associated Press in Valencia"
    if site and is_site(part, site) and not shapes.is_name(part):
        return False
    if site and _site_account(words, site):
        return False
    if site and key(part) in site:
        return False
    return not part.endswith(":")


def _site_account(words: list[str], site: set[str]) -> bool:
    """The site's publishing account shown as a name: the site's word and an initial ("Ilanga D"
    on ilanganews.co.za), not a person."""
    first = key(words[0])
    if len(words) != 2 or len(first) < 4 or len(key(words[1])) != 1:
        return False
    return any(k.startswith(first) for k in site)


def looks_like_name(part: str) -> bool:
    """Two to five capitalised words, or a short name in a script without capitals."""
    if shapes.is_name(part):
        return True
    cased = any(c.isupper() or c.islower() for c in part)
    return not cased and 2 <= len(part) <= 12 and not _DIGITS.search(part)


