"""The document's authors: people only.

Sources in order, the first giving a person wins: JSON-LD ``author`` of the main entity (Person
names; Organization entries are dropped), the author meta tags, then the page's byline elements
(``rel=author``, ``itemprop=author``, elements whose class or id says author or byline).

Each declared value is split into names ("A and B", "A, B", "A und B", ...: conjunctions per
language in :mod:`meta_words`), loses its byline prefix ("By", "Von", "Par", ...) and trailing job
title ("A, Reporter"), and is dropped when it is an e-mail address, a number, an address, the
site's own name, a news agency, a desk ("Redaktion") or a dateline place ("AFP, MANILA").
"""
from __future__ import annotations

import regex
from lxml import etree
from lxml import html as lxml_html

from . import meta_words, shapes
from .meta_title import clean_title, is_site, key, site_keys
from .metadata import Evidence

AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "twitter:creator:name", "cxenseparse:author", "author_name")
MAX_AUTHORS = 12

_PREFIXES = meta_words.union(meta_words.BYLINE_PREFIXES)
_PREFIX = regex.compile(r"^(?:" + "|".join(regex.escape(p) for p in _PREFIXES) + r")(?:\s*[:：]\s*|\s+)", regex.I)
_LINE_START = regex.compile(r"^\s*[(\[（]?\s*(?:" + "|".join(regex.escape(p) for p in _PREFIXES) + r")\s*(?:[:：]\s*|\s|$)",
                            regex.I)
_CONJ = meta_words.union(meta_words.CONJUNCTIONS)
_SPLIT = regex.compile(r"\s*(?:[;|•·/、，]|,|\s(?:" + "|".join(regex.escape(c) for c in _CONJ) + r")\s)\s*", regex.I)
_EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_URL = regex.compile(r"^(?:https?://|www\.)|^\S+\.(?:com|org|net|html?|php)(?:/\S*)?$", regex.I)
_PAREN = regex.compile(r"\s*[(\[][^)\]]{0,60}[)\]]\s*")
_LETTER = regex.compile(r"\p{L}")
_BYLINE_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:author|byline|autor|auteur|autore|writer|creator)(?:s|es|en|i|name|names)?(?:$|[\s_-])", regex.I)
_DIGITS = regex.compile(r"\d")
_BYLINE_XPATH = etree.XPath("//*[" + " or ".join(
    f"contains(@{attr}, '{word}')" for attr in ("class", "id") for word in ("uthor", "yline", "utor", "riter")) + "]")
_AUTHOR_XPATH = etree.XPath('//*[@rel="author" or @itemprop="author"]')
# Links to an author's page ("/autoren/name/max-kolter", "/author/jane-doe/"): the path segment
# before the slug says author in the site's language (words in :mod:`meta_words`).
_AUTHOR_LINK_XPATH = etree.XPath("//a[@href][" + " or ".join(
    f"contains(@href, '/{w}')" for w in meta_words.AUTHOR_PATH_WORDS) + "]")
_AUTHOR_PATH = regex.compile(r"/(?:" + "|".join(regex.escape(w) for w in meta_words.AUTHOR_PATH_WORDS)
                             + r")/(?:[\w-]{1,20}/)?[\w.%-]{2,80}/?$", regex.I)
_ROLE_WORDS = meta_words.ROLE_WORDS
_AGENCIES = meta_words.AGENCIES
_DESK = meta_words.DESK_WORDS


def choose_authors(tree: lxml_html.HtmlElement, ev: Evidence) -> list[str]:
    keys = site_keys(ev)
    people = [a.name for a in ev.authors if a.kind != "org"]
    sources: list[list[str]] = []
    for strict, read in ((False, lambda: people), (False, lambda: _meta_authors(ev)), (True, lambda: _dom_bylines(tree)),
                         (True, lambda: _prefix_lines(tree)), (True, lambda: _signature(tree))):
        raws = read()
        sources.append(raws)
        names = names_from(raws, keys, strict=strict)
        if names:
            return names
    # No person named anywhere: a wire story credits its agency ("Associated Press", "dpa"),
    # which is the author of record (never the site's own name: that is no author).
    for raws in sources:
        agencies = agencies_in(raws, keys)
        if agencies:
            return agencies
    return []


def agencies_in(raws: list[str], site: set[str]) -> list[str]:
    """News agencies credited in author values ("dpa", "AFP, MANILA" -> "AFP")."""
    out: list[str] = []
    for raw in raws:
        text = _strip_prefix(_PAREN.sub(" ", clean_title(raw) or "").strip())
        for part in _SPLIT.split(text):
            part = _strip_prefix(part.strip(" -–—:,."))
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
               strict: bool = False) -> list[str]:
    """People's names in declared author values, deduplicated, in order. ``strict`` (for text
    taken from the page rather than declared as an author) wants name-shaped parts."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in raws:
        for name in split_names(raw, site):
            if strict and not looks_like_name(name):
                continue
            k = key(name)
            if k and k not in seen:
                seen.add(k)
                out.append(name)
            if len(out) >= MAX_AUTHORS:
                return out
    return out


def split_names(raw: str, site: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    text = clean_title(raw) or ""
    if not text or len(text) > 300 or _URL.search(text):
        return []
    text = _EMAIL.sub(" ", text)
    text = _PAREN.sub(" ", text).strip()
    text = _strip_prefix(text)
    parts = [p.strip(" -–—:,.") for p in _SPLIT.split(text)]
    if site and parts and (is_site(parts[0], site) or _is_agency_phrase(parts[0])):
        return []  # "hessenschau.de, Frankfurt, Germany": an outlet and its address, no person
    out: list[str] = []
    for i, part in enumerate(parts):
        part = _strip_prefix(part)
        if not part:
            continue
        if i > 0 and _is_dateline(part):
            continue
        if out and _is_affiliation(part):
            continue
        if is_person(part, site):
            out.append(part)
    return out


def _strip_prefix(text: str) -> str:
    for _ in range(2):
        m = _PREFIX.match(text)
        if not m or m.end() >= len(text) or (len(text[m.end():].split()) < 2 and not regex.search("[:：]", m.group())):
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


def _meta_authors(ev: Evidence) -> list[str]:
    out: list[str] = []
    for n in AUTHOR_META:
        out.extend(v for v in ev.meta.get(n, ()) if v.strip())
    return out


def _dom_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline text from the elements pages mark as the author's."""
    found: list[str] = []
    for el in _AUTHOR_XPATH(tree)[:12]:
        name = el.xpath('.//*[@itemprop="name"]/@content|.//*[@itemprop="name"]//text()')
        text = " ".join(name) if name else _pieces(el)
        if text.strip():
            found.append(text)
    if found:
        return found
    for el in _AUTHOR_LINK_XPATH(tree)[:40]:
        href = (el.get("href") or "").split("?")[0].split("#")[0]
        text = shapes.clean(el.text_content())
        if _AUTHOR_PATH.search(href) and text and looks_like_name(text):
            found.append(text)
        if len(found) >= 6:
            break
    if found:
        return found
    for el in _BYLINE_XPATH(tree)[:200]:
        label = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _BYLINE_CLASS.search(label.replace("__", " ").replace("--", " ")):
            continue
        if el.tag in ("meta", "link", "script", "style", "img", "body", "html", "main", "article"):
            continue
        if _in_teaser(el, links=False):
            continue
        text = _pieces(el)
        if 2 < len(text) <= 160:
            found.append(text)
        if len(found) >= 6:
            break
    return found


_LINE_TAGS = ("p", "div", "span", "li", "em", "i", "small", "address", "strong", "b", "td", "dd", "figcaption")


def _prefix_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Lines that open with a byline word and hold names only ("Von: Bill McCarthy, Marisha
    Goldhamer", "(责编：牛镛、岳弘彬)"). Every part after the prefix must be name-shaped, so prose
    that merely starts with such a word ("Par ailleurs, Emmanuel Macron ...") is no byline."""
    found: list[str] = []
    for el in tree.iter(*_LINE_TAGS):
        if not _LINE_START.match(el.text or "") or _in_teaser(el):
            continue
        text = shapes.clean(el.text_content()).strip("()[]（）")
        if not 3 < len(text) <= 120:
            continue
        body = _strip_prefix(text)
        if body == text:
            continue
        parts = [p for p in (q.strip(" -–—:,.") for q in _SPLIT.split(_PAREN.sub(" ", body))) if p]
        if parts and all(looks_like_name(p) for p in parts):
            found.append(body)
        if len(found) >= 3:
            break
    if len({key(f) for f in found}) > 1:
        return []  # different bylines in several places: a list of teasers, not this story's
    return found


_TEASER = regex.compile(r"(?:^|[\s_-])(?:" + "|".join(meta_words.TEASER_CLASS_WORDS) + r")", regex.I)


def _in_teaser(el: lxml_html.HtmlElement, links: bool = True) -> bool:
    """Inside a teaser box (related stories, most read), or with ``links`` a link: another story's
    byline."""
    for a in el.iterancestors():
        if (links and a.tag == "a") or _TEASER.search(a.get("class") or ""):
            return True
    return False


_BOLD = ("strong", "b")
_MIN_PROSE = 80


def _signature(tree: lxml_html.HtmlElement) -> list[str]:
    """A name alone in bold as the last paragraph of the body (or its first, above the text):
    the signature many sites print instead of a byline ("<p><strong>Lê Phương</strong></p>").
    Only when the page has exactly one such paragraph, and only beside at least three paragraphs
    of prose, so a bold subheading (followed by text) or a bold line in a teaser list is no name."""
    found: list[str] = []
    for body in tree.iter("article", "div", "section", "main"):
        paras = [c for c in body if c.tag == "p"]
        if len(paras) < 4:
            continue
        texts = [shapes.clean(p.text_content()) for p in paras]
        full = [i for i, t in enumerate(texts) if t]
        if sum(1 for t in texts if len(t) >= _MIN_PROSE) < 3 or len(full) < 4:
            continue
        for i in (full[0], full[-1]):
            p, text = paras[i], texts[i]
            bold = [c for c in p if c.tag in _BOLD]
            if len(bold) != 1 or (p.text or "").strip() or (bold[0].tail or "").strip() or len(p) != 1:
                continue
            if text and looks_like_name(_strip_prefix(text)) and text not in found:
                found.append(text)
        if len(found) > 1:
            return []
    return found


def _pieces(el: lxml_html.HtmlElement) -> str:
    """An element's text with its separate text nodes kept apart ("Anna Fink | Jan Marchart"):
    names in sibling links or spans are not run together."""
    return " | ".join(t for t in (shapes.clean(x) for x in el.itertext()) if t)
