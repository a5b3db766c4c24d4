"""Article body, after extraction (``postclean``): the extractor's lines (trafilatura's, or
`bigpage`'s on a huge page) checked against the page that `article_body.preclean` indexed.

After (``postclean``), on trafilatura's lines, each matched to its block on the page:
  * ``article.link_text``: a line that is itself a link to another story of the site (a teaser
    title; a link to another site or to a document is cited content and stays), or a teaser's
    summary inside such a link; a paragraph holding a link among other words stays;
  * the same for a line of a short label, a colon and such a link ("MORE : <a>...</a>"), and a list
    item that is such a link alone;
  * ``article.link_dense``: a paragraph mostly made of links to the site's stories ("Read also:");
  * with the page's JSON-LD ``articleBody`` (when it is there and long): page paragraphs it holds
    that trafilatura left out are put back in page order (text after an in-text box), and when it
    is complete (its last words are in the output), lines after its end that it does not hold are
    removed as ``article.after_body``;
  * subheads trafilatura left out (``h2``/``h3`` whose next text on the page starts a kept line);
  * a body split into chunks of one class (an ad or a box between them): chunks trafilatura took
    nothing from are put back in page order;
  * no body at all: the paragraphs of ``articleBody``.
"""
from __future__ import annotations

import html as htmlmod
import unicodedata
from dataclasses import dataclass

import regex
from lxml import etree

from . import shapes
from .article_body import CANDIDATE_TAGS, Page, contains
from .article_text import density, link_chars, link_density, story_link, text_of, words
from .model import Removal

_TAG = regex.compile(r"<[^<>]{0,500}>")


class _Key:
    """``Line.key``: ``words(line.text)``, computed on first use and then kept in the instance
    (a plain non-data descriptor: functools.cached_property takes a lock on every first read)."""

    def __get__(self, line: Line | None, owner: type | None = None):
        if line is None:
            return self
        key = line.__dict__["key"] = words(line.text)
        return key


@dataclass
class Line:
    text: str
    is_item: bool = False
    key = _Key()  # (not a field: no annotation) every stage compares lines by it


def postclean(lines: list[Line], page: Page, article_body: str | None, removed: list[Removal]) -> list[Line]:
    kept: list[Line] = []
    chosen = []  # the page blocks of the kept lines
    elements, link_texts, host, keys = page.elements, page.link_texts, page.host, page.keys
    last_parent = outer = None  # a paragraph's enclosing link, found once for all its siblings
    for line in lines:
        w = keys.get(line.text)
        if w is None:
            w = line.key
        else:
            line.__dict__["key"] = w  # (as `_Key` keeps it)
        if not w:
            continue
        if (line.is_item or ":" in line.text) and _labelled_link(line, w, page):
            removed.append(Removal("article.link_text", line.text))
            continue
        el = elements.get(w)
        if el is None or line.is_item:
            kept.append(line)
            if el is not None:
                chosen.append(el)
            continue
        link = link_texts.get(w)
        # the line is a link on the page (its block holds it, or sits in it), or the same words
        # as a link elsewhere when they are a title's length
        if link is not None and story_link(link, host) \
                and (contains(el, link) or contains(link, el) or len(line.text.split()) >= 6):
            removed.append(Removal("article.link_text", line.text))
            continue
        if el.tag == "p":
            parent = el.getparent()
            if parent is not last_parent:  # (the proxy is held: the same element gives the same one)
                last_parent = parent
                outer = None if parent is None else parent if parent.tag == "a" else next(parent.iterancestors("a"), None)
            if outer is not None and story_link(outer, host):
                removed.append(Removal("article.link_text", line.text))  # a teaser's summary, inside its link
                continue
            n = link_chars(el)
            if n >= 25 and density(el, n) >= 0.6 and any(story_link(a, host) for a in el.iter("a")):
                removed.append(Removal("article.link_dense", line.text))
                continue
        kept.append(line)
        chosen.append(el)
    kept = _with_subheads(kept, page)
    if article_body:
        kept = _with_article_body(kept, page, article_body, removed)
    return _with_chunks(kept, page, chosen)


_NEXT_TEXT = etree.XPath("following::*[normalize-space(text())][1]")
_NOT_BODY = ("aside", "figure", "nav", "header", "footer", "a", "form")


def _with_subheads(lines: list[Line], page: Page) -> list[Line]:
    """Subheads trafilatura left out (their paragraphs are divs, each heading in a wrapper of its
    own): an ``h2``/``h3`` whose next text on the page starts a line of the output that is not the
    first; it is put before that line."""
    if len(lines) < 3:
        return lines
    keys = [x.key for x in lines]
    have_text = "\n".join(keys)
    have = set(keys)  # (a heading that is a line itself is in the text: no search of it)
    adds: list[tuple[int, str]] = []
    elements = page.elements
    for w in page.headings:  # (the h2 and h3 blocks among ``page.elements``, in its order)
        el = elements[w]
        if len(w) > 150 or len(w) < 4 or w in have or w in have_text \
                or el.find(".//a") is not None \
                or any(a.tag in _NOT_BODY for a in el.iterancestors()):
            continue
        nxt = _NEXT_TEXT(el)
        if not nxt or contains(el, nxt[0]):
            continue
        n = words(text_of(nxt[0]))[:40]
        if len(n) < 20:
            continue
        at = next((i for i, k in enumerate(keys) if k.startswith(n)), -1)
        if at > 0 and keys[at - 1] != w:
            adds.append((at, shapes.clean(text_of(el))))
    if not adds:
        return lines
    out = list(lines)
    for at, text in sorted(adds, reverse=True):
        out.insert(at, Line(text))
    return out


def standfirst(lines: list[Line], page: Page) -> str:
    """The page's standfirst, for the document's summary. One found by its place (the blocks
    between the headline and the byline or date row, `article_lead`) is taken out of ``lines``
    (in place) when the body begins with it. One found by the page's description alone (the
    first block under the headline that begins as the description does) is given when the body
    does not hold it, and otherwise left in the body: pages often reuse the body's own first
    paragraph as their description. "" when the body holds the standfirst."""
    if not page.lead or not lines:
        return ""
    if page.lead == page.lead_above_byline:
        keys = [words(part) for part in page.lead.split("\n")]
        n = len(keys)
        at = 1 if title_line(lines[0], page) else 0  # (the extractor may begin with the headline)
        if len(lines) > at + n and [x.key for x in lines[at:at + n]] == keys:
            del lines[at:at + n]
            return page.lead
    return "" if _held(words(page.lead), "\n".join(x.key for x in lines)) else page.lead


def title_line(line: Line, page: Page) -> bool:
    """The page's headline as the body's first line (an ``<h1>``, or an ``<h2>`` on a page whose
    title is one)."""
    if page.headline is not None and line.key == words(text_of(page.headline)):
        return True
    el = page.elements.get(line.key)
    return el is not None and el.tag in ("h1", "h2")


def _labelled_link(line: Line, w: str, page: Page) -> bool:
    """A teaser line: a short label, a colon and the title of another story of the site as its link
    ("MORE : <a>...</a>", "Archäologie: <a>...</a>"), or a list item that is such a link alone."""
    if line.is_item:
        link = page.link_texts.get(w)
        if link is not None and story_link(link, page.host):
            return True
    head, sep, rest = line.text.partition(":")
    if not sep or len(head) > 30 or len(head.split()) > 3 or len(rest) < 12:
        return False
    link = page.link_texts.get(words(rest))
    return link is not None and story_link(link, page.host)


def _with_chunks(lines: list[Line], page: Page, chosen: list) -> list[Line]:
    """A body split into chunks (paragraphs or containers of one class, an ad or a box between
    them) of which trafilatura kept only some: the page's other paragraphs of that class, from
    containers it took nothing from (``chosen``: the page blocks of its lines)."""
    have = {x.key: len(x.text) for x in lines}
    total = sum(have.values())
    if not total:
        return lines
    have_text = "\n".join(have)
    missing: list[str] = []
    taken: set[str] = set()  # (``missing`` as a set)
    # a chunk trafilatura kept is as it wanted it: only chunks it left out whole come back
    # (the parents are held in a list: an lxml proxy's id is only its own while it lives)
    parents: list | None = None
    kept_in: set[int] = set()
    for keys in page.kinds.values():
        if len(keys) < 3:
            continue
        held = [k for k in keys if k in have]
        if len(held) < 2 or len(held) == len(keys) or sum(have[k] for k in held) < 0.5 * total:
            continue
        for k in keys:
            if k in have or len(k) < 50 or k in taken:
                continue
            el = page.elements[k]
            if el.tag not in ("p", "h2", "h3") or k in page.link_texts:
                continue
            if parents is None:  # (made when first needed: on most pages no chunk is missing)
                parents = [el.getparent() for el in chosen]
                kept_in = {id(p) for p in parents}
            # (the search of the output text last: it is the one test whose cost grows with the page)
            if id(el.getparent()) in kept_in or link_density(el) >= 0.5 \
                    or any(a.tag in ("blockquote", "figure", "aside") for a in el.iterancestors()) or _held(k, have_text):
                continue
            missing.append(k)
            taken.add(k)
    return _merge(lines, page, missing) if missing else lines


def _held(key: str, have_text: str) -> bool:
    """The output holds this block already, maybe without a span our rules took out."""
    return key in have_text or key[:30] in have_text or key[-30:] in have_text


def _merge(lines: list[Line], page: Page, missing: list[str]) -> list[Line]:
    """``lines`` with the page's blocks ``missing`` (keys) put in, in page order."""
    keyed: list[tuple[int, int, Line]] = []
    key = -1
    for seq, x in enumerate(lines):
        k = page.order.get(x.key)
        if k is not None:
            key = k
        keyed.append((key, seq, x))
    for w in missing:
        keyed.append((page.order[w], 10**9, Line(shapes.clean(text_of(page.elements[w])))))
    keyed.sort(key=lambda t: (t[0], t[1]))
    return [x for _, _, x in keyed]


def _body_words(article_body: str) -> str:
    return words(unicodedata.normalize("NFKC", htmlmod.unescape(_TAG.sub(" ", article_body))))


class _InOrder:
    """``key in text`` for keys met mostly in the text's order (a page's blocks against its
    ``articleBody``): a search starts where the last one found its key, and looks before that
    only when it finds nothing after. A page whose ``articleBody`` holds its whole text is then
    searched about once, not once a block (a 5 MB page so built spent 2.4 s on each of the two
    passes below: the cost grew with the square of the page)."""

    __slots__ = ("text", "pos")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def __contains__(self, key: str) -> bool:
        text, pos = self.text, self.pos
        at = text.find(key, pos)
        if at >= 0:
            self.pos = at + len(key)
            return True
        # (else a match starts before ``pos``: it lies within the first ``pos - 1 + len(key)``)
        return pos > 0 and text.find(key, 0, pos + len(key) - 1) >= 0


def _with_article_body(lines: list[Line], page: Page, article_body: str, removed: list[Removal]) -> list[Line]:
    ab = _body_words(article_body)
    if len(ab) < 250:
        return lines
    in_order = _InOrder(ab)
    inside = [x.key in in_order for x in lines]
    if not lines:
        return [Line(p) for p in _paragraphs(article_body)]
    matched = sum(len(x.text) for x, i in zip(lines, inside) if i)
    if matched < 0.3 * sum(len(x.text) for x in lines):
        return lines  # the articleBody is of another text (a summary, a teaser)
    # complete: its last words are in the output; then what follows its end is not the story
    tail = ab[-40:]
    last = max((k for k, i in enumerate(inside) if i), default=-1)
    if last >= 0 and tail and tail in words(" ".join(x.text for x in lines[: last + 1])):
        for x in lines[last + 1:]:
            removed.append(Removal("article.after_body", x.text))
        lines = lines[: last + 1]
    # put back page paragraphs the articleBody holds and the output lacks, in page order
    have = {x.key for x in lines}
    have_text = "\n".join(have)
    # (the cheap tests first: the search of the articleBody only for blocks the output lacks)
    in_body = _InOrder(ab)
    missing = [w for w, el in page.elements.items()
               if len(w) >= 30 and w not in have and el.tag != "li"
               and next(el.iterchildren(*CANDIDATE_TAGS), None) is None
               and w in in_body and not _held(w, have_text)]
    return _merge(lines, page, missing) if missing else lines


def _paragraphs(article_body: str) -> list[str]:
    text = htmlmod.unescape(_TAG.sub("\n", article_body))
    return [p for p in (shapes.clean(x) for x in regex.split(r"\n\s*", text)) if p]
