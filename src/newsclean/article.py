"""Article mode: a page that is not a live blog becomes one post.

The body comes from trafilatura (the best-scoring open extractor on the public benchmarks)
between our own stages (before, `article_body`: boxes that are not the story; after,
`article_check`: link lines and JSON-LD ``articleBody`` as evidence), then our cleaning rules; huge pages take `bigpage`'s
linear walk instead of trafilatura. Title, date and authors come from `metadata`.
"""
from __future__ import annotations

import unicodedata

import trafilatura
from lxml import html as lxml_html

from . import article_body, article_check, bigpage, shapes, structured
from .article_header import drop_header_rows, drop_promo_tail
from .article_leftout import record_left_out
from .byline_parts import printed_authors
from .metadata import document_metadata
from .model import Block, Document, Post, Removal
from .sites import SiteProfile, rules_for

FULL_CASCADE_BELOW = 500  # characters: a body this short may be trafilatura's main extractor failing
# trafilatura's fallbacks compare each block with its neighbours again and again (jusText's
# revision pass costs the count of blocks squared): past this many elements they are not run.
# Mutated pages of 9,000 and 15,000 short list items took 12 and 10-38 s of CPU there; at
# 5,000 the worst case is about 3 s. (The largest of the 301 benchmark articles, AEB and fundus,
# has 3,129 elements.)
FULL_CASCADE_MAX_ELEMENTS = 5_000
# ... and past this many block elements (jusText's paragraphs): a mutated page of 3,003 blocks
# in 3,025 elements took 5.8 s of CPU there. (The most any of the 301 benchmark articles has is
# 1,375.)
FULL_CASCADE_MAX_BLOCKS = 2_000
_BLOCK_TAGS = frozenset({"p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                         "dl", "dd", "dt", "blockquote", "section", "article", "aside", "header", "footer", "form",
                         "pre", "address", "center", "fieldset"})


def parse_article(tree: lxml_html.HtmlElement, page: structured.PageData, *, url: str | None,
                  profile: SiteProfile | None) -> Document:
    """One post from an article page. ``tree`` is the page as parsed, not yet cleaned: trafilatura
    works on it directly (it is not parsed twice) and may change it."""
    meta = document_metadata(tree, page, url)  # before the body stages, which change the tree
    rules = rules_for(profile, _base_language(meta.language))  # the page's phrase pack (lead-ins)
    title = meta.title
    removed: list[Removal] = []
    blocks: list[Block] = []
    items: list[str] = []
    printed = printed_authors(tree, meta.authors)  # (before the body stages change the tree)
    lines, lead = _body_lines(tree, page, url, removed, _base_language(meta.language), meta.authors)
    strip_spans, line_rule_for = rules.strip_spans, rules.line_rule_for  # (once a line: looked up once)
    for line in lines:
        text, spans = strip_spans(line.text)
        if spans:
            removed.extend(Removal(name, span) for name, span in spans)
        rule = line_rule_for(text)
        if rule is not None:
            removed.append(Removal(rule.name, text))
            continue
        if line.is_item:
            items.append(text)
            continue
        if items:
            blocks.append(Block("list", "\n".join(items), tuple(items)))
            items = []
        if title and not blocks and (text == title or _kicker_and_title(text, title)):
            continue
        blocks.append(Block("paragraph", text))
    if items:
        blocks.append(Block("list", "\n".join(items), tuple(items)))
    post = Post(headline=title, label=meta.kicker, published=meta.published, bylines=printed, blocks=tuple(blocks))
    return Document(kind="article", url=url, site=profile.name if profile else None, title=title,
                    language=meta.language, published=meta.published, updated=meta.updated,
                    authors=meta.authors, summary=tuple(lead.split("\n")) if lead and blocks else (),
                    posts=(post,), removed=tuple(removed),
                    warnings=meta.warnings + (() if blocks else ("no article body found",)))


KICKER_MAX_CHARS = 60


def _kicker_and_title(text: str, title: str) -> bool:
    """The headline element read with its kicker before the title ('Angebliche "Dekolonisierung":
    Warum Putin ...'): the title closes the line, after a short kicker and a separator."""
    if not text.endswith(title) or len(text) - len(title) > KICKER_MAX_CHARS:
        return False
    kicker = text[: len(text) - len(title)].rstrip()
    return bool(kicker) and kicker[-1] in ":|-\u2013\u2014" and not shapes.ends_sentence(kicker[:-1])


def _cascade_affordable(tree: lxml_html.HtmlElement) -> bool:
    """Whether the page is small enough for trafilatura's fallback extractors (see above)."""
    blocks = 0
    for elements, el in enumerate(tree.iter(), 1):
        blocks += el.tag in _BLOCK_TAGS
        if elements > FULL_CASCADE_MAX_ELEMENTS or blocks > FULL_CASCADE_MAX_BLOCKS:
            return False
    return True


def _body_lines(tree: lxml_html.HtmlElement, page: structured.PageData, url: str | None,
                removed: list[Removal], lang: str | None = None,
                authors: tuple[str, ...] = ()) -> tuple[list[article_check.Line], str]:
    """The story's lines: the page cleaned of what is not the story, trafilatura's extraction,
    then its lines checked against the page and the JSON-LD ``articleBody``; and the standfirst
    under the headline when the lines do not hold it (the document's summary), else "".
    ``lang``: the page's base language; ``authors``: the names its metadata gives."""
    known = article_body.preclean(tree, removed, url, lang)
    # fast: trafilatura's own extractor without its fallbacks (readability, justext), which cost
    # half its time; our stages after it restore what it leaves out. A short result gets the
    # full cascade (the tree is not changed by extract: it works on a copy).
    if bigpage.is_large(tree):  # trafilatura's cost grows faster than the page: one linear walk
        printable = known.printable
        texts = [_clean_collapsed(raw, raw in printable) for raw in bigpage.large_lines(tree, known.collapsed)]
    else:
        body = trafilatura.extract(tree, url=url, include_comments=False, fast=True) or ""
        if (len(body) < FULL_CASCADE_BELOW or _menu_like(body)) and _cascade_affordable(tree):
            body = trafilatura.extract(tree, url=url, include_comments=False) or body
        texts = [shapes.clean(raw) for raw in body.split("\n")]
    lines = []
    line = article_check.Line
    for text in texts:
        if text:
            lines.append(line(text[2:], True) if text.startswith("- ") else line(text))
    lines = article_check.postclean(lines, known, page.article_body, removed)
    lines = drop_header_rows(lines, known, removed, lang, authors)
    lines = drop_promo_tail(lines, known, removed)  # (the headline stays first: the title check below takes it)
    lead = article_check.standfirst(lines, known)  # (takes a standfirst the body begins with out of lines)
    record_left_out(lines, lead, known, removed)
    return lines, lead


def _clean_collapsed(text: str, printable: bool = False) -> str:
    """``shapes.clean`` of a text whose whitespace is collapsed already: the text itself when it is
    ASCII, or printable (no zero-width or other format character, no space but U+0020) and NFC;
    most lines are, and skip splitting the line again. (``printable``: known to be, untested.)"""
    if text.isascii() or ((printable or text.isprintable()) and unicodedata.is_normalized("NFC", text)):
        return text
    return shapes.clean(text)


def _menu_like(body: str) -> bool:
    """Most lines of one to three words: a menu, not a story (the fast path's failure mode)."""
    lines = [x for x in body.split("\n") if x.strip()]
    return len(lines) >= 10 and sum(len(x.split()) <= 3 for x in lines) >= 0.6 * len(lines)



def _base_language(tag: str | None) -> str | None:
    """"de-DE", "pt_BR" -> "de", "pt"; None when there is none."""
    base = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return base if base.isalpha() and 2 <= len(base) <= 3 else None
