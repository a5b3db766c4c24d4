"""Document metadata: title, publication date and authors of an article (or a live page).

One entry point, :func:`document_metadata`, for the article and the live paths alike. It reads
the page's own declarations first (JSON-LD of the main entity, meta tags), checks them against
what the page shows (the visible ``h1``, bylines) and, for the date, against htmldate's reading
of the page. Each field has its own module: :mod:`meta_title`, :mod:`meta_date`,
:mod:`meta_authors`; this one gathers the evidence they share (:class:`Evidence`).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator
from urllib.parse import urlsplit

from lxml import html as lxml_html

from . import shapes, structured

ARTICLE_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "LiveBlogPosting",
    "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "ScholarlyArticle",
    "TechArticle", "SocialMediaPosting", "AdvertiserContentArticle", "SatiricalArticle", "Review", "VideoObject",
})
PERSON_TYPES = frozenset({"Person"})
ORG_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "Brand", "NGO",
                       "GovernmentOrganization", "EducationalOrganization", "LocalBusiness"})


@dataclass(frozen=True)
class Meta:
    """What :func:`document_metadata` found. ``kicker`` is the line a headline carries above it
    ("Nationale Demo" over "Der 9. Juli naht: ..."): a candidate for the post's label."""

    title: str | None = None
    kicker: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: tuple[str, ...] = ()
    site_name: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class Author:
    """An author as declared: a name and, when the page says, whether it is a person."""

    name: str
    kind: str | None = None  # "person", "org" or None (not said)


@dataclass
class Evidence:
    """The page's declarations, read once and shared by the title, date and author stages."""

    url: str | None
    meta: dict[str, list[str]]
    headline: str | None = None          # JSON-LD headline of the main entity
    published: str | None = None         # JSON-LD datePublished of the main entity
    modified: str | None = None
    authors: list[Author] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None
    site_names: list[str] = field(default_factory=list)
    home_names: list[str] = field(default_factory=list)  # texts of the links to the home page

    def first(self, *names: str) -> str | None:
        for n in names:
            for v in self.meta.get(n, ()):
                if v.strip():
                    return v.strip()
        return None


def document_metadata(tree: lxml_html.HtmlElement, page: Any = None, url: str | None = None, *,
                      html: str | None = None, htmldate: bool = True, title: bool = True,
                      dates: bool = True, marks: Any = None) -> Meta:
    """Title, dates, authors, site name and language of the page in ``tree``.

    ``page`` is the :class:`newsclean.structured.PageData` already read from the page (used when the
    tree's JSON-LD scripts have been emptied); ``html`` is unused unless the tree has no JSON-LD left
    and the caller can give the source. ``htmldate=False`` skips htmldate (structured data only).
    ``title=False`` and ``dates=False`` skip those stages for a caller that has its answer already
    (the live path, whose page title and date usually come from the page itself): the fields are
    then None, and the other fields are what they would be. ``marks``: a `meta_bylines.BodyMarks`
    an earlier walk over the page's body filled (its authors' reader then does not walk it
    again). The tree is not changed.
    """
    from . import meta_authors, meta_date, meta_title

    warnings: list[str] = []
    published = updated = note = None
    with scripts_restored(tree, page) as restored:  # JSON-LD, and htmldate reads dates in script data too
        ev = _gather(tree, page, url, html=html, home=title, restored=restored)
        # The date and the bylines are read in the page's first elements: on a huge page (past
        # htmldate's bounds, 30,000 elements or a million characters of text) only those, or
        # the searches, which read every paragraph, would cost more than the body. ``head`` is
        # the page itself when it is within the bounds (nearly every page), else one copy of
        # its first nodes for both stages.
        head = meta_date.bounded_tree(tree)
        # (htmldate need not bound it again: bounding the page, or the copy, once more gives
        # the same tree, and on a huge page each bounding copied about 10,000 nodes again)
        if dates:
            published, updated, note = meta_date.choose_dates(head, ev, use_htmldate=htmldate, bounded=True)
        authors = meta_authors.choose_authors(head, ev, marks=marks if head is tree else None)  # a personal site's owner is read in the JSON-LD
    headline, kicker = meta_title.choose_title(tree, ev) if title else (None, None)
    if note:
        warnings.append(note)
    site = ev.site_names[0] if ev.site_names else None
    return Meta(title=headline, kicker=kicker, published=published, updated=updated, authors=tuple(authors),
                site_name=site, language=ev.language, warnings=tuple(warnings))


# -- evidence ---------------------------------------------------------------------------------------

def meta_index(tree: lxml_html.HtmlElement) -> dict[str, list[str]]:
    """Every ``<meta>`` content under its (case-folded) name, property or itemprop."""
    out: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                vals = out.setdefault(key.strip().casefold(), [])
                if len(vals) < 10:
                    vals.append(content)
    return out


def gather(tree: lxml_html.HtmlElement, page: Any, url: str | None, *, html: str | None = None) -> Evidence:
    """The page's declarations (meta tags, JSON-LD of the main entity), read once."""
    with scripts_restored(tree, page) as restored:
        return _gather(tree, page, url, html=html, restored=restored)


def _gather(tree: lxml_html.HtmlElement, page: Any, url: str | None, *, html: str | None = None,
            home: bool = True, restored: bool = False) -> Evidence:
    """``home=False``: the links to the home page are not read (only the title stage reads them).
    ``restored``: the tree's scripts hold ``page.scripts`` (`scripts_restored`)."""
    ev = Evidence(url=url, meta=meta_index(tree))
    objects = _loaded_objects(tree, page) if restored else None
    if objects is None:
        objects = list(jsonld_objects(tree))
    if not objects and html and "ld+json" in html:
        try:
            objects = list(jsonld_objects(lxml_html.fromstring(html)))
        except (ValueError, lxml_html.etree.ParserError):
            objects = []
    if objects:
        _read_entities(ev, objects)
    elif page is not None:  # the scripts were emptied after PageData was read: use what it kept
        ev.headline = getattr(page, "title", None)
        ev.published = getattr(page, "published", None)
        ev.modified = getattr(page, "modified", None)
        ev.authors = [Author(a) for a in getattr(page, "authors", None) or ()]
        ev.language = getattr(page, "language", None)
        if ev.headline and ev.headline in (ev.meta.get("og:title", []) + ev.meta.get("twitter:title", [])):
            ev.headline = None  # PageData fell back on og:title: that is no JSON-LD headline
    lang = tree.get("lang") if tree.tag == "html" else None
    if lang is None:
        root = tree.getroottree().getroot()
        lang = root.get("lang") if root is not None else None
    ev.language = ev.language or (lang.strip() if lang else None) or ev.first("og:locale", "content-language", "language")
    ev.site_names = _site_names(ev)
    if home:
        ev.home_names = home_names(tree, url)
    return ev


_MAX_LINKS = 300  # links looked at for the ones to the home page (the header's come first)


def home_names(tree: lxml_html.HtmlElement, url: str | None) -> list[str]:
    """What the page's links to its own home page say ("Nordish by Nature", "新华网"; the logo's
    ``alt`` where the link holds only an image): the site's name as the page shows it, used to
    take it off a ``<title>``. A link is to the home page when it is ``rel=home`` or its address
    is the site's root ("/", "https://host/")."""
    roots = {"/", "./"}
    if url:
        p = urlsplit(url)
        if p.netloc:
            for scheme in ("http", "https"):
                roots.update({f"{scheme}://{p.netloc}", f"{scheme}://{p.netloc}/"})
            roots.update({f"//{p.netloc}", f"//{p.netloc}/"})
    out: list[str] = []
    for i, a in enumerate(tree.iter("a")):
        if i >= _MAX_LINKS or len(out) >= 5:
            break
        href = (a.get("href") or "").strip()
        if href not in roots and "home" not in (a.get("rel") or "").split():
            continue
        text = shapes.clean(a.text_content())
        if not text:
            img = next(a.iter("img"), None)
            text = shapes.clean(img.get("alt") or "") if img is not None else ""
        if text and len(text) <= 60 and len(text.split()) <= 6 and text not in out:
            out.append(text)
    return out


def script_texts(tree: lxml_html.HtmlElement) -> list[str | None]:
    """The text of every script of the page, in order (references: cheap). A caller that empties
    the scripts keeps these first and hands them on as ``page.scripts``; metadata puts them back
    while it reads (JSON-LD, and the dates htmldate finds in a page's script data)."""
    return [s.text for s in tree.iter("script")]


@contextmanager
def scripts_restored(tree: lxml_html.HtmlElement, page: Any) -> Iterator[bool]:
    """The tree with its script texts back for the duration (when the caller kept them); gives
    whether it put them back."""
    kept = page.scripts if page is not None else None
    if not kept:
        yield False
        return
    els = list(tree.iter("script"))
    if len(els) != len(kept) or any(el.text for el in els):
        yield False  # not the tree the texts came from, or not emptied: leave it alone
        return
    try:
        for el, text in zip(els, kept):
            el.text = text
        yield True
    finally:
        for el in els:
            el.text = None


def _loaded_objects(tree: lxml_html.HtmlElement, page: Any) -> list[dict] | None:
    """`jsonld_objects` of a tree whose scripts hold ``page.scripts``, from the data
    `structured.read` loaded from those texts (None when it did not load every one)."""
    kept, loaded = page.scripts, page.jsonld
    els = list(tree.iter("script"))
    if len(els) != len(kept):
        return None
    out: list[dict] = []
    for at, (el, text) in enumerate(zip(els, kept)):
        if text and (el.get("type") or "").strip().lower() == "application/ld+json":
            if at not in loaded:
                return None
            if loaded[at] is not None:
                out.extend(structured.walk(loaded[at], skip=_NOT_THE_PAGE, limit=500))
    return out


def jsonld_texts(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's JSON-LD scripts as text."""
    return [s.text for s in tree.iter("script")
            if s.text and (s.get("type") or "").strip().lower() == "application/ld+json"]


def jsonld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict]:
    """The JSON-LD objects of the page (top level, ``@graph`` members and what they nest)."""
    yield from _objects_in(jsonld_texts(tree))


def _objects_in(texts: list[str]) -> Iterator[dict]:
    for text in texts:
        data = structured.load_jsonld(text)
        if data is not None:
            yield from structured.walk(data, skip=_NOT_THE_PAGE, limit=500)


# objects nested under these keys describe a person, an organisation or an update, not the page
_NOT_THE_PAGE = frozenset({"liveBlogUpdate", "author", "publisher", "creator", "itemListElement"})


def _same_page(d: dict, url: str | None) -> bool:
    if not url:
        return False
    want = _url_key(url)
    for k in ("url", "@id", "mainEntityOfPage"):
        v = d.get(k)
        if isinstance(v, dict):
            v = v.get("@id") or v.get("url")
        if isinstance(v, str) and _url_key(v) == want:
            return True
    return False


def _url_key(u: str) -> str:
    p = urlsplit(u.strip())
    return (p.netloc.lower().removeprefix("www.") + p.path.rstrip("/")).lower()


def _read_entities(ev: Evidence, objects: list[dict]) -> None:
    """The main entity: the article object for this URL, else the first article object."""
    articles = [d for d in objects if structured.types_of(d) & ARTICLE_TYPES and (d.get("headline") or d.get("datePublished"))]
    main = next((d for d in articles if _same_page(d, ev.url)), articles[0] if articles else None)
    if main is None:
        pages = [d for d in objects if "WebPage" in structured.types_of(d)]
        main = pages[0] if pages else None
    if main is not None:
        ev.headline = structured.text_of(main.get("headline")) if main in articles else None
        ev.published = structured.text_of(main.get("datePublished")) or structured.text_of(main.get("dateCreated"))
        ev.modified = structured.text_of(main.get("dateModified"))
        ids = {d["@id"]: d for d in objects if isinstance(d.get("@id"), str)}  # "author": {"@id": ...} refs
        ev.authors = _authors(main.get("author"), ids) or _authors(main.get("creator"), ids)
        ev.publisher = structured.text_of(main.get("publisher"))
        ev.language = structured.text_of(main.get("inLanguage"))
    if not ev.publisher:
        orgs = [d for d in objects if structured.types_of(d) & {"NewsMediaOrganization", "WebSite", "Organization"}]
        ev.publisher = next((structured.text_of(d.get("name")) for d in orgs if structured.text_of(d.get("name"))), None)


def _authors(v: Any, ids: dict[str, dict] | None = None) -> list[Author]:
    out: list[Author] = []
    for it in (v if isinstance(v, list) else [v])[:30]:
        if isinstance(it, dict) and not it.get("name") and isinstance(it.get("@id"), str) and ids:
            it = ids.get(it["@id"], it)  # a reference to a node of the @graph (Yoast's Person)
        if isinstance(it, str):
            if it.strip():
                out.append(Author(it.strip()))
        elif isinstance(it, dict):
            name = structured.text_of(it.get("name"))
            if not name:
                given, family = structured.text_of(it.get("givenName")), structured.text_of(it.get("familyName"))
                name = " ".join(x for x in (given, family) if x) or None
            if name:
                t = structured.types_of(it)
                kind = "person" if t & PERSON_TYPES else "org" if t & ORG_TYPES else None
                out.append(Author(name, kind))
    return out


def _site_names(ev: Evidence) -> list[str]:
    names: list[str] = []
    for v in (ev.first("og:site_name"), ev.publisher, ev.first("application-name"), ev.first("twitter:site"),
              ev.first("apple-mobile-web-app-title")):
        if v:
            v = shapes.clean(v).lstrip("@")
            if v and v not in names:
                names.append(v)
    return names


def host_words(url: str | None) -> list[str]:
    """The site's own name in its address: 'www.golem.de' -> ['golem.de', 'golem']."""
    if not url:
        return []
    host = urlsplit(url).netloc.lower().split(":")[0]
    labels = [x for x in host.split(".") if x and x not in ("www", "m", "amp", "edition", "mobile")]
    if not labels:
        return []
    out = [".".join(labels)]
    if len(labels) >= 2:
        core = labels[-3] if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac") else labels[-2]
        out.append(core)
    return out
