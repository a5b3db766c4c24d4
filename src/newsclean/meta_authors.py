"""The document's authors: people only.

Sources in order, the first giving a person wins: JSON-LD ``author`` of the main entity (Person
names; Organization entries are dropped), the author meta tags, then the page's byline elements
(:mod:`meta_bylines`). Each value becomes names in :mod:`meta_names`. A source giving only logins
("gabor_munier") yields to a later one giving a display name; with no person anywhere, a news
agency credited is the author of record, never the site's own name.
"""
from __future__ import annotations

import regex
from lxml import html as lxml_html

from . import shapes
from .meta_bylines import (
    Scan,
    class_bylines,
    declared_bylines,
    label_bylines,
    prefix_lines,
    signature,
)
from .meta_marks import BodyMarks
from .meta_names import (  # noqa: F401
    MAX_AUTHORS,
    agencies_in,
    is_person,
    looks_like_name,
    names_from,
    split_names,
)
from .meta_title import key, site_keys
from .metadata import Evidence

AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "twitter:creator:name", "cxenseparse:author", "author_name")


# (compiled once: a pattern given as a string is looked up in the engine's cache on every call)
_JOINED_LETTERS = regex.compile(r"\p{L}[_.]\p{L}")
_HYPHENED_LOWER = regex.compile(r"\p{Ll}+(?:-\p{Ll}+)+")


def choose_authors(tree: lxml_html.HtmlElement, ev: Evidence, marks: BodyMarks | None = None) -> list[str]:
    keys = site_keys(ev)
    owners: set[str] = set()
    if ev.publisher and shapes.is_name(ev.publisher) and key(ev.publisher) in keys:
        owners = _person_publishers(tree) & keys  # a personal site: its owner's name is a person's
    people = [a.name for a in ev.authors if a.kind != "org"]
    sources: list[list[str]] = []
    handles: list[str] = []
    # (how strict, reader): 0 declared as the author (structured data, meta tags); 1 an element
    # the page marks as the author's (rel/itemprop=author, a link to an author page); 2 text
    # found by its class or its words, which must be name-shaped.
    scans: list[Scan] = []

    def scan() -> Scan:  # the page walked once, when a DOM reader is first needed
        if not scans:
            scans.append(Scan(tree, marks))  # (``marks``: the body's elements noted already)
        return scans[0]

    for level, read in ((0, lambda: people), (0, lambda: _meta_authors(ev)),
                        (1, lambda: declared_bylines(tree, scan())), (2, lambda: class_bylines(tree, scan())),
                        (2, lambda: label_bylines(tree, scan())), (2, lambda: prefix_lines(tree, scan())),
                        (2, lambda: signature(tree))):
        raws = read()
        sources.append(raws)
        names = names_from(raws, keys, strict=level == 2, level=level, owners=owners)
        if names and all(_is_login(n) for n in names):
            handles = handles or names  # "gabor_munier": a login; a later source may give the name
            continue
        if names and handles and all(" " not in h for h in handles) and not _completes(names, handles):
            continue  # "Nils" first: only a later source giving "Nils Pickert" replaces it
        if names and len(names) == 1 and " " not in names[0] and not handles:
            handles = names  # a first name alone ("Nils"): a later source may give the full name
            continue
        if names:
            if level == 0 and raws is people:
                return _with_co_authors(names, [names_from([v], keys, level=0, owners=owners) for v in _meta_authors(ev)])
            return names
    if handles:
        return handles
    # No person named anywhere: a wire story credits its agency ("Associated Press", "dpa"),
    # which is the author of record (never the site's own name: that is no author).
    for raws in sources:
        agencies = agencies_in(raws, keys)
        if agencies:
            return agencies
    return []


def _completes(names: list[str], first: list[str]) -> bool:
    """Whether ``names`` give the full name of the one-word name in ``first`` ("Nils Pickert" for
    "Nils"), or ``first`` is a login (any display name then replaces it)."""
    if any(_is_login(f) for f in first):
        return True
    heads = {key(f) for f in first}
    return any(" " in n and key(n.split()[0]) in heads for n in names)


def _with_co_authors(names: list[str], tagged: list[list[str]]) -> list[str]:
    """An author tag's names where that one tag holds every name the JSON-LD gives and more
    people: a JSON-LD that credits only the first of two authors ("April Roach" beside the tag
    "April Roach, Daniel O'Mahony"). Tags naming someone else, or an outlet in a tag of its own
    ("Condé Nast"), leave the JSON-LD's names as they are."""
    have = {key(n) for n in names}
    for value in tagged:
        if len(value) > len(names) and have <= {key(n) for n in value}:
            return value
    return names


def _person_publishers(tree: lxml_html.HtmlElement) -> set[str]:
    """Keys of the page's JSON-LD nodes typed Person that also serve as its publisher or site
    (a personal blog: Yoast's ``["Person", "Organization"]``): the owner's name is no outlet's."""
    from . import metadata, structured
    out: set[str] = set()
    for d in metadata.jsonld_objects(tree):
        if "Person" in structured.types_of(d):
            name = structured.text_of(d.get("name"))
            if name:
                out.add(key(name))
    return out


def _is_login(name: str) -> bool:
    """A login rather than a display name: one token joined by "_" or "." ("gabor_munier",
    "christian.stadtfeld"), or a slug ("ganesh-sitaraman")."""
    return " " not in name and (bool(_JOINED_LETTERS.search(name))
                                or bool(_HYPHENED_LOWER.fullmatch(name)))




def _meta_authors(ev: Evidence) -> list[str]:
    out: list[str] = []
    for n in AUTHOR_META:
        out.extend(v for v in ev.meta.get(n, ()) if v.strip())
    return out


