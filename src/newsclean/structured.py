"""schema.org data in a page: JSON-LD, microdata, and the page-level meta tags that carry dates
and titles. Where JSON-LD and microdata both say something, JSON-LD's word is kept.

JSON-LD is evidence, not truth: pages list updates they do not show, truncate bodies and
stamp every update with the page's date. Callers align it with the visible DOM.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterator

from lxml import etree
from lxml import html as lxml_html

from . import microdata


@dataclass(frozen=True)
class Update:
    id: str | None
    headline: str | None
    body: str
    published: str | None


@dataclass
class PageData:
    types: set[str] = field(default_factory=set)
    title: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    updates: list[Update] = field(default_factory=list)
    article_body: str | None = None  # the article's ``articleBody``: evidence for article mode
    # every script's text, in page order, kept when the front door empties the scripts (metadata
    # puts them back while htmldate reads dates in script data)
    scripts: list[str | None] = field(default_factory=list)
    # the loaded data of the JSON-LD scripts `read` parsed, by the script's index among the page's
    # scripts (metadata reads the same scripts: it takes these instead of parsing them again)
    jsonld: dict[int, Any] = field(default_factory=dict)

    @property
    def is_liveblog(self) -> bool:
        return "LiveBlogPosting" in self.types


def load_jsonld(text: str | None) -> Any:
    """A JSON-LD script's data, or None when it is empty, over 5 MB or not JSON."""
    raw = (text or "").strip()
    if not raw or len(raw) > 5_000_000:
        return None
    try:
        return json.loads(raw, strict=False)  # raw line breaks inside strings, as many CMSs write them
    except (ValueError, RecursionError):
        return None


def walk(node: Any, *, skip: frozenset[str] = frozenset({"liveBlogUpdate"}), limit: int = 5000,
         depth: int = 0) -> Iterator[dict]:
    """The objects of a JSON-LD document that can describe the page: top-level ones, ``@graph``
    members and what they nest a few levels down (not inside the keys in ``skip``: by default the
    insides of each live update)."""
    if depth > 6:
        return
    if isinstance(node, dict):
        yield node
        for k, v in node.items():
            if k not in skip and isinstance(v, (dict, list)):
                yield from walk(v, skip=skip, limit=limit, depth=depth + 1)
    elif isinstance(node, list):
        for v in node[:limit]:
            yield from walk(v, skip=skip, limit=limit, depth=depth + 1)


def types_of(d: dict) -> set[str]:
    """An object's schema.org types, without a vocabulary prefix ("http://schema.org/NewsArticle")."""
    t = d.get("@type")
    if isinstance(t, str):
        return {t.rsplit("/", 1)[-1]}
    if isinstance(t, list):
        return {x.rsplit("/", 1)[-1] for x in t if isinstance(x, str)}
    return set()


def text_of(v: Any) -> str | None:
    """A property's text: a string, the first of a list, or an object's name or value."""
    if isinstance(v, str):
        return v.strip() or None
    if isinstance(v, list) and v:
        return text_of(v[0])
    if isinstance(v, dict):
        return text_of(v.get("name") or v.get("@value"))
    return None


def _names(v: Any) -> list[str]:
    items = v if isinstance(v, list) else [v]
    out = []
    for it in items[:50]:
        n = text_of(it)
        if n and n not in out:
            out.append(n)
    return out


_PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "pubdate", "date",
                   "parsely-pub-date", "sailthru.date")


def read(tree: lxml_html.HtmlElement, scripts: list[str | None] | None = None) -> PageData:
    """The page's structured data. ``scripts``: the text of every script of ``tree`` in page order,
    when the caller has read them (`metadata.script_texts`): they are not read again."""
    page = PageData()
    # one walk for the JSON-LD scripts and the meta tags (searched anywhere in the document, as
    # ``//`` does), instead of one XPath search per meta name
    root = tree.getroottree().getroot()
    if root is not tree:
        scripts = None  # (the texts are those of ``tree``'s scripts, and the walk is over the root's)
    found: list[tuple[int, str | None]] = []
    metas = []
    at = -1  # the script's index among the page's scripts
    for el in (root if root is not None else tree).iter("script", "meta"):
        if el.tag == "meta":
            if el.get("content") is not None:
                metas.append(el)
            continue
        at += 1
        if el.get("type") == "application/ld+json":
            found.append((at, scripts[at] if scripts is not None and at < len(scripts) else el.text))
    for at, text in found:
        data = load_jsonld(text)
        if scripts is not None:
            page.jsonld[at] = data
        if data is None:
            continue
        for d in walk(data):
            types = types_of(d)
            page.types |= types
            if types & {"LiveBlogPosting", "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
                        "AnalysisNewsArticle", "WebPage"}:
                if not page.title or "WebPage" not in types:
                    page.title = text_of(d.get("headline")) or page.title
                page.published = page.published or text_of(d.get("datePublished"))
                page.modified = page.modified or text_of(d.get("dateModified"))
                if not page.authors and "author" in d:
                    page.authors = _names(d.get("author"))
                page.language = page.language or text_of(d.get("inLanguage"))
                if not page.article_body and isinstance(d.get("articleBody"), str):
                    page.article_body = d["articleBody"].strip() or None
            updates = d.get("liveBlogUpdate")
            if updates is not None:
                for u in updates if isinstance(updates, list) else [updates]:
                    if isinstance(u, dict):
                        page.updates.append(Update(
                            id=text_of(u.get("url")) or text_of(u.get("@id")),
                            headline=text_of(u.get("headline")),
                            body=text_of(u.get("articleBody")) or "",
                            published=text_of(u.get("datePublished"))))
    _read_microdata(tree, page)
    for name in _PUBLISHED_META:
        if page.published:
            break
        v = next((m.get("content") for m in metas
                  if name in (m.get("property"), m.get("name"), m.get("itemprop"))), None)
        if v is not None:
            page.published = v.strip()
    if not page.title:
        v = next((m.get("content") for m in metas
                  if m.get("property") == "og:title" or m.get("name") == "twitter:title"), None)
        page.title = v.strip() if v is not None else None
    if not page.authors:
        page.authors = [a.strip() for a in (m.get("content") for m in metas if m.get("name") == "author")
                        if a.strip()][:5]
    lang = _HTML_LANG(tree)
    page.language = page.language or (lang[0].strip() if lang else None)
    return page


# (compiled once: ``tree.xpath(str)`` compiles its expression on every call)
_HTML_LANG = etree.XPath("/html/@lang")

_PAGE_TYPES = {"LiveBlogPosting", "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
               "AnalysisNewsArticle", "OpinionNewsArticle", "WebPage"}


def _read_microdata(tree: lxml_html.HtmlElement, page: PageData) -> None:
    """Fill what JSON-LD left empty from schema.org microdata: the page's types, headline,
    dates, authors and language, and a LiveBlogPosting's ``liveBlogUpdate`` items."""
    updates: list[Update] = []
    for it in microdata.walk(microdata.items(tree), skip=frozenset({"liveBlogUpdate"})):
        page.types |= it.types
        if it.types & _PAGE_TYPES and not it.types & {"WebSite"}:
            if not page.title or "WebPage" not in it.types:
                page.title = page.title or it.text("headline")
            page.published = page.published or it.text("datePublished")
            page.modified = page.modified or it.text("dateModified")
            if not page.authors and "author" in it.props:
                page.authors = _microdata_names(it.props["author"])
            page.language = page.language or it.text("inLanguage")
        for u in it.props.get("liveBlogUpdate", []):
            if isinstance(u, microdata.Item):
                updates.append(Update(
                    id=u.text("url") or u.id,
                    headline=u.text("headline"),
                    body=u.text("articleBody") or u.text("text") or "",
                    published=u.text("datePublished")))
    if updates and not page.updates:
        page.updates = updates


def _microdata_names(values: list) -> list[str]:
    out: list[str] = []
    for v in values[:50]:
        n = v.text("name") if isinstance(v, microdata.Item) else (v.strip() or None)
        if n and n not in out:
            out.append(n)
    return out
