"""Article mode: a page that is not a live blog becomes one post.

The body comes from trafilatura (the best-scoring open extractor on the public benchmarks),
followed by our cleaning rules; the title, authors and date come from JSON-LD and meta tags.
"""
from __future__ import annotations

import datetime as dt

import trafilatura
from lxml import html as lxml_html

from . import shapes, structured
from .metadata import document_metadata
from .model import Block, Document, Post, Removal
from .sites import SiteProfile, rules_for


def parse_article(tree: lxml_html.HtmlElement, page: structured.PageData, *, url: str | None,
                  profile: SiteProfile | None) -> Document:
    """One post from an article page. ``tree`` is the page as parsed, not yet cleaned: trafilatura
    works on it directly (it is not parsed twice) and may change it."""
    rules = rules_for(profile)
    meta = document_metadata(tree, page, url)  # before trafilatura, which may change the tree
    title = meta.title
    body = trafilatura.extract(tree, url=url, include_comments=False) or ""
    removed: list[Removal] = []
    blocks: list[Block] = []
    items: list[str] = []
    for raw in body.split("\n"):
        line = shapes.clean(raw)
        if not line:
            continue
        line, spans = rules.strip_spans(line)
        removed.extend(Removal(name, span) for name, span in spans)
        rule = rules.line_rule_for(line)
        if rule is not None:
            removed.append(Removal(rule.name, line))
            continue
        if line.startswith("- "):
            items.append(line[2:])
            continue
        if items:
            blocks.append(Block("list", "\n".join(items), tuple(items)))
            items = []
        if title and line == title and not blocks:
            continue
        blocks.append(Block("paragraph", line))
    if items:
        blocks.append(Block("list", "\n".join(items), tuple(items)))
    post = Post(headline=title, published=meta.published, bylines=(), blocks=tuple(blocks))
    return Document(kind="article", url=url, site=profile.name if profile else None, title=title,
                    language=meta.language, published=meta.published, updated=meta.updated,
                    authors=meta.authors, posts=(post,), removed=tuple(removed),
                    warnings=meta.warnings + (() if blocks else ("no article body found",)))


def _h1(tree: lxml_html.HtmlElement) -> str | None:
    """The visible main headline: the first h1 of three words or more."""
    for h in tree.iter("h1"):
        t = shapes.clean(h.text_content())
        if len(t.split()) >= 3:
            return t
    return None


def _title_tag(tree: lxml_html.HtmlElement) -> str | None:
    t = tree.findtext(".//title")
    return shapes.clean(t) if t else None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return value[:10] if len(value) >= 10 and value[4] == "-" else None
