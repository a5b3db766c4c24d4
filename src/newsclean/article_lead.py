"""Article standfirst by structure: the blocks printed between the headline and the byline or
date row ("<h1>Title</h1><h2>Subhead</h2><div class=author>...", a Daily Mail bullet summary under
its title) are the page's standfirst, not the body's first paragraph.

Read on the parsed page before extraction (`article_body.preclean`), from structure alone: the
headline's next siblings, at most `MAX_BLOCKS` short text blocks (no link, picture or time in
them), then a row whose class, id or ``itemprop`` names an author, byline or date, or that holds
a ``<time>`` (a row right under the headline leaves no standfirst). A block whose tag and class
come back among the siblings after the row is one of the body's paragraphs (a page printing its
first paragraph above the byline): then there is none.
The text found is returned, one line per block or list item: `article_check.standfirst` takes
it out of the body when the body begins with it, for the document's summary. (The blocks stay
in the tree: taken out before extraction, they change what the extractor keeps around them.)
"""
from __future__ import annotations

import itertools
import re

from . import shapes, times
from .article_text import text_of, words

MAX_BLOCKS = 2             # a standfirst is a subhead, a paragraph or a list: one or two blocks
MIN_WORDS = 4              # a block of fewer words is a kicker or a label, not a standfirst
MAX_WORDS = 80             # ... of more, an opening paragraph
# a heading (h2-h4) of fewer words may be the body's first section title ("Turul doi pe 8
# decembrie"); one written as a phrase of this many words or more is a subhead (no period needed)
HEADING_MIN_WORDS = 8
MAX_ITEMS = 6              # a bullet summary: a few short items
_LEAD_TAGS = frozenset(("p", "h2", "h3", "h4", "div", "ul", "ol", "span", "strong"))
_INLINE = frozenset(("span", "b", "strong", "em", "i", "br", "small", "sup", "sub"))
# what a standfirst never holds: a link (a teaser), a picture, a stamp, a control
_NOT_IN_LEAD = ("a", "img", "picture", "figure", "video", "iframe", "time", "button", "form", "svg", "table")
# the row under the standfirst: the author or the date (structure: class, id, itemprop, rel)
_ROW = re.compile(r"author|byline|by-line|dateline|date|time|publish|posted", re.I)
ROW_SCAN = 12              # elements of a row searched for those names
LATER_SCAN = 200           # siblings after the row searched for the body's paragraphs


def _row(el) -> bool:
    """A byline or date row: a short block naming an author or a date by its markup, or
    printing a date and no sentence (its class names in the site's language: "cikk-szerzo")."""
    n = 0
    for x in el.iter():
        n += 1
        if n > ROW_SCAN:
            return False
        if not isinstance(x.tag, str):
            continue
        if x.tag == "time":
            return True
        attrs = f"{x.get('class') or ''} {x.get('id') or ''} {x.get('itemprop') or ''} {x.get('rel') or ''}"
        if len(attrs) > 3 and _ROW.search(attrs):
            return True
    return _states_date(el)


DATE_ROW_CHARS = 120


def _states_date(el) -> bool:
    return date_row_text(shapes.clean(text_of(el)))


def date_row_text(text: str, lang: str | None = None) -> bool:
    """A byline or date row's text: short, no sentence (a closing digit aside), and a date in it
    ("Tóth Ákos 2024. június 9., vasárnap 22:58"), read in ``lang`` too when given."""
    return 0 < len(text) <= DATE_ROW_CHARS and not (shapes.ends_sentence(text) and not text[-1:].isdigit()) \
        and (times.parse_date(text) is not None or (lang is not None and times.parse_date(text, lang=lang) is not None))


def _parts(el) -> list[str]:
    """The block's text as standfirst lines (one per list item), or [] when it is no standfirst
    block: a link, picture or stamp inside, block children (a wrapper), too few or too many words.
    A wrapper of one block and no text of its own ("<div class=lead><p>...</p></div>") is read as
    that block."""
    if el.tag in ("div", "section") and len(el) == 1 and isinstance(el[0].tag, str) \
            and not (el.text or "").strip() and not (el[0].tail or "").strip():
        return _parts(el[0])
    if el.tag not in _LEAD_TAGS or len(el) > 12 or any(True for _ in el.iter(*_NOT_IN_LEAD)):
        return []
    if el.tag in ("ul", "ol"):
        items = [x for x in el if isinstance(x.tag, str)]
        if not items or len(items) > MAX_ITEMS or any(x.tag != "li" for x in items):
            return []
        texts = [shapes.clean(text_of(x)) for x in items]
        if any(not t for t in texts) or sum(len(t.split()) for t in texts) > MAX_WORDS:
            return []
        return texts if sum(len(t.split()) for t in texts) >= MIN_WORDS else []
    if any(isinstance(x.tag, str) and x.tag not in _INLINE for x in el.iterdescendants()):
        return []
    text = shapes.clean(text_of(el))
    least = HEADING_MIN_WORDS if el.tag in ("h2", "h3", "h4") else MIN_WORDS
    return [text] if least <= len(text.split()) <= MAX_WORDS else []


def _signature(el) -> tuple[str, str]:
    return el.tag, el.get("class") or ""


def title_heading(tree, headline):
    """The headline element: the page's ``<h1>`` (``headline``), else, on a page that prints its
    title in an ``<h2>``, the first ``<h2>`` whose words are the title's (``og:title``)."""
    if headline is not None:
        return headline
    title = ""
    for m in tree.iter("meta"):
        if m.get("property") == "og:title" and m.get("content"):
            title = words(m.get("content"))
            break
    if len(title) < 20:
        return None
    for i, h in enumerate(tree.iter("h2")):
        if i >= 5:
            break
        if words(text_of(h)) == title:
            return h
    return None


# a class or id token naming a standfirst ("gazeta_article_lead", "article-standfirst", "c-dek",
# "chapo", "sapo", "entradilla"): whole tokens only ("leaderboard", "introduction-video" are not)
_LEAD_NAME = re.compile(r"(?:^|[\s_-])(?:lead|lede|standfirst|dek|deck|chapo|chapeau|sapo|entradilla|intro|excerpt"
                        r"|summary|abstract|perex|teaser-?text)(?:$|[\s_-])", re.IGNORECASE)
MARKED_SCAN = 4  # the headline's next siblings searched for a standfirst its markup names


def marked_standfirst(tree, headline) -> str:
    """The standfirst that the markup names, among the headline's first next siblings (below the
    byline or date row too: "<h1>..</h1><div class=author>..</div><div id=article_lead>..</div>"):
    a short text block (`_parts`) whose class or id names a lead, the only block of its tag and
    class there (a body's paragraphs repeat theirs). "" when there is none."""
    title = title_heading(tree, headline)
    if title is None:
        return ""
    sibs = [x for x in itertools.islice(title.itersiblings(), LATER_SCAN) if isinstance(x.tag, str)]
    for i, sib in enumerate(sibs[:MARKED_SCAN]):
        names = f"{sib.get('class') or ''} {sib.get('id') or ''}"
        if len(names) < 4 or not _LEAD_NAME.search(names):
            continue
        got = _parts(sib)
        if not got:
            return ""
        if any(_signature(x) == _signature(sib) for x in sibs[i + 1:]) and sib.get("class"):
            return ""  # the body's own paragraphs share its markup
        return "\n".join(got)
    return ""


def structural_standfirst(tree, headline) -> str:
    """The standfirst between the headline and the byline or date row, its lines joined by
    newlines ("" when the page prints none so)."""
    title = title_heading(tree, headline)
    if title is None:
        return ""
    blocks: list = []
    parts: list[str] = []
    row = None
    for sib in title.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if _row(sib):  # (the row itself right under the headline: no standfirst above it)
            row = sib
            break
        got = _parts(sib) if len(blocks) < MAX_BLOCKS else []
        if not got:
            return ""
        blocks.append(sib)
        parts.extend(got)
    if row is None or not blocks:
        return ""
    later = {_signature(x) for x in itertools.islice(row.itersiblings(), LATER_SCAN) if isinstance(x.tag, str)}
    if any(_signature(b) in later for b in blocks):
        return ""  # the body's own paragraphs start above the byline: no standfirst
    return "\n".join(parts)
