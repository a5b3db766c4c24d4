"""Article body, before extraction: the parsed page cleaned, in place, of what is not the story,
and indexed (its blocks and links by their words) for the checks after it (`article_check`).

The page's shared readers (`text_of`, `words`, `story_link`, link density) live in
`article_text`; they stay importable from here.

Before (``preclean``), on the parsed page (structure, never the page's words):
  * ``article.next_story``: a second story appended by infinite scroll: an ``<article>`` holding
    its own ``<h1>``, apart from the one holding the page's headline;
  * ``article.embed_placeholder``: the stand-in a consent tool puts where an embed would load
    (class or id says placeholder, consent, privacy), short;
  * ``article.related``: boxes whose class, id or label says related, teaser, promo, read-more,
    most-read, newsletter, recommended, when they are mostly links, a short linked teaser or a
    short sign-up box (a form);
  * ``article.appeal``: a short box whose class says donate, support (us), contribute or
    membership, holding no story paragraph; and a short button-led prompt box
    (`article_appeals.drop_button_boxes`);
  * ``article.aside``: fact and profile boxes (``<aside>``, class says fact box, info box,
    profile) inside the story: kept out of the body, recorded as removed;
  * ``article.timeline``: a box of a heading over dated steps (`article_asides.drop_timelines`);
    ``article.related`` also: links each by a date or clock (`article_linklists`).
"""
from __future__ import annotations

import html as htmlmod
import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from . import shapes
from .article_appeals import drop_button_boxes
from .article_asides import drop_captions, drop_comments, drop_timelines
from .article_linklists import drop_stamped_link_boxes
from .article_text import (  # noqa: F401 (the shared readers, importable from here as before)
    _attrs,
    _host,
    _key,
    _text_len,
    collapse,
    collapsed_words,
    density,
    link_chars,
    link_density,
    story_link,
    text_of,
    words,
)
from .model import Removal

# class/id/aria-label tokens (structure, not language): what kind of box an element is. One
# pattern with a group a kind, stdlib ``re`` (fixed alternatives, no backtracking to bound).
BOX_KIND = re.compile(
    r"(?P<placeholder>placeholder|consent|privacy|gdpr|opt-?in"
    r"|embed-?(?:wall|blocker|consent|notice)|two-?click|2-?click|external-?content)"
    r"|(?P<related>related|teaser|promo|recirc|newsletter|most-?read|mostread|most-?popular|mostpopular"
    r"|read-?more|readmore|more-?stories|morestories|recommend|also-?read|see-?also|trending|outbrain|taboola"
    r"|further-?reading|more-?from|morefrom|more-?on|next-?article|up-?next|(?:^|[\s_-])cta(?:$|[\s_-])"
    r"|(?:^|[\s_-])collections?(?:$|[\s_-]))"
    r"|(?P<aside>fact-?box|factbox|facts-?box|infobox|info-?box|fakta|profile-?box|bio-?box|author-?bio"
    r"|about-?the-?author|kasten|encadre|sidebox|side-?box)"
    r"|(?P<appeal>(?:^|[\s_-])(?:donat(?:e|ions?)|support(?:-?us|-?box|-?banner|-?block)?|contribute|membership)(?:$|[\s_-]))")

CANDIDATE_TAGS = ("p", "h2", "h3", "h4", "blockquote")


_BOX_TAGS = ("div", "section", "aside", "ul", "ol", "article", "figure", "dl", "table", "blockquote")
# every token of BOX_KIND holds one of these: a cheap test before the pattern
_BOX_HINTS = ("placeholder", "consent", "privacy", "gdpr", "opt", "embed", "click", "external", "relat",
              "teaser", "promo", "recirc", "newsletter", "most", "read", "recommend", "also", "trending", "outbrain",
              "taboola", "more", "next", "fact", "fakta", "info", "profile", "bio", "kasten", "encadre", "side", "cta", "collection",
              "donat", "support", "contribute", "membership")
_KIND_CACHE: dict[str, str] = {}  # attribute string -> kind ("" for none); class names repeat a lot


def box_kind(attrs: str) -> str:
    """What an element's class, id and label say it is: placeholder, related, aside, appeal, or ""."""
    kind = _KIND_CACHE.get(attrs)
    if kind is None:
        low = attrs.lower()
        m = BOX_KIND.search(low) if any(map(low.__contains__, _BOX_HINTS)) else None
        kind = m.lastgroup or "" if m else ""
        if len(_KIND_CACHE) > 50_000:
            _KIND_CACHE.clear()
        _KIND_CACHE[attrs] = kind
    return kind


@dataclass
class Page:
    """What the stages know about the page besides trafilatura's output."""

    headline: lxml_html.HtmlElement | None = None
    host: str = ""  # the page's host, for telling links to the site's own stories
    link_texts: dict[str, lxml_html.HtmlElement] = field(default_factory=dict)  # words -> the link
    elements: dict[str, lxml_html.HtmlElement] = field(default_factory=dict)  # words -> first block
    order: dict[str, int] = field(default_factory=dict)  # words -> position among the blocks
    # (tag, class) of a block, and of its parent, -> the blocks' keys: a body split into chunks
    # (an ad, a box between them) repeats its paragraphs' or its chunks' signature
    kinds: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    lead: str = ""  # the standfirst under the headline, when the page's description names it
    lead_above_byline: str = ""  # ... or its place does (`article_lead`): the same text then
    # a block's text with its whitespace collapsed -> its words: an extracted line is most often
    # a block's text as it stands, so its key is looked up here rather than computed again
    keys: dict[str, str] = field(default_factory=dict)
    # a block's text as read -> the same with its whitespace collapsed (`bigpage` reads it here)
    collapsed: dict[str, str] = field(default_factory=dict)
    # the collapsed texts among ``collapsed``'s values known to be printable (not ASCII: those need
    # no test), so that `article` does not test them again
    printable: set[str] = field(default_factory=set)
    # the keys of the ``h2`` and ``h3`` blocks among ``elements``, in page order (subheads)
    headings: list[str] = field(default_factory=list)


def main_headline(tree) -> lxml_html.HtmlElement | None:
    first = None
    for h in tree.iter("h1"):
        t = shapes.clean(text_of(h))
        if not t:
            continue
        if len(t.split()) >= 3:
            return h
        first = first if first is not None else h
    return first


def contains(el, other) -> bool:
    return other is not None and (el is other or any(a is el for a in other.iterancestors()))


def preclean(tree, removed: list[Removal], url: str | None = None, lang: str | None = None) -> Page:
    """Remove, in place, the parts of the page that are not the story (see the module docstring).
    ``lang``: the page's language (its month names date a timeline's steps)."""
    page = Page(headline=main_headline(tree), host=_host(url or ""))
    from .article_lead import (  # (imports this module's readers)
        marked_standfirst,
        structural_standfirst,
    )

    page.lead_above_byline = structural_standfirst(tree, page.headline) or marked_standfirst(tree, page.headline)
    page.lead = find_lead(tree, page.headline) or _heading_standfirst(page.headline) or page.lead_above_byline
    _drop_next_stories(tree, page.headline, removed)
    _drop_boxes(tree, page.headline, removed, page.host)
    body = tree.find("body")
    if body is not None:
        drop_button_boxes(body, page.headline, removed)
    drop_captions(tree, removed)
    drop_comments(tree, page.headline, removed)
    drop_timelines(tree, page.headline, removed, lang)
    drop_stamped_link_boxes(tree, page.headline, removed, lang)
    _unmask_story(tree)
    _index(tree, page)
    return page


STANDFIRST_MIN_WORDS = 12


def _heading_standfirst(headline) -> str:
    """An ``<h2>`` right after the headline written as sentences (a dozen words or more, closed by
    sentence punctuation): the standfirst, not a section heading. It is taken out of the tree
    (the extractor would keep it as the body's first block) and returned, for the summary."""
    nxt = headline.getnext() if headline is not None else None
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag != "h2" or any(isinstance(c.tag, str) and c.tag not in ("span", "b", "strong", "em", "i")
                                             for c in nxt):
        return ""
    text = shapes.clean(text_of(nxt))
    if len(text.split()) < STANDFIRST_MIN_WORDS or not shapes.ends_sentence(text):
        return ""
    nxt.drop_tree()  # (its tail stays in the tree)
    return text


STORY_MIN_PARAGRAPHS = 2  # long paragraphs (of STORY_PARAGRAPH_CHARS) a story container holds itself
STORY_PARAGRAPH_CHARS = 80


def _unmask_story(tree) -> None:
    """A story container whose class names "meta" among other words ("entry
    data-app-meta-article"): the extractor discards any element so classed as a meta row, and the
    whole page then falls back to one block. A container holding two or more long paragraphs of
    its own is no meta row: its "meta" class words are taken off (the others stay)."""
    body = tree.find("body")
    for el in body.iter("div", "section", "article") if body is not None else ():
        cls = el.get("class")
        if not cls or "meta" not in cls.lower():
            continue
        long = sum(1 for c in el if c.tag == "p" and len(text_of(c)) >= STORY_PARAGRAPH_CHARS)
        if long >= STORY_MIN_PARAGRAPHS:
            kept = " ".join(w for w in cls.split() if "meta" not in w.lower())
            if kept:
                el.set("class", kept)
            else:
                del el.attrib["class"]


_DESCRIPTION_NAMES = (("name", "description"), ("property", "og:description"), ("name", "twitter:description"))


def _descriptions(tree) -> list[str]:
    """The page's descriptions (``meta`` description, og: and twitter:), in document order.
    (lxml's iter finds the few ``meta`` elements in C; an XPath ``//meta[...]`` cost more.)"""
    out = []
    for m in tree.iter("meta"):
        content = m.get("content")
        if content is not None and any(m.get(attr) == value for attr, value in _DESCRIPTION_NAMES):
            out.append(content)
    return out
_LEAD_TAGS = frozenset(("p", "div", "span", "h2", "strong", "b"))
LEAD_SCAN = 120  # elements after the headline searched for the standfirst


def _following(el, limit: int) -> list:
    """The first ``limit`` elements after ``el`` in document order, its own descendants aside (the
    XPath ``following::*`` axis, which libxml2 builds whole before it cuts)."""
    out: list = []
    node = el
    while node is not None and len(out) < limit:
        for sib in node.itersiblings():
            for x in sib.iter():
                if isinstance(x.tag, str):
                    out.append(x)
                    if len(out) >= limit:
                        return out
        node = node.getparent()
    return out


def find_lead(tree, headline) -> str:
    """The standfirst: the first block after the headline whose text begins as the page's
    description does (or the description as it does: either may be cut short), about as long."""
    if headline is None:
        return ""
    descs = {d for d in (words(htmlmod.unescape(x)) for x in _descriptions(tree)) if len(d) >= 40}
    if not descs:
        return ""
    for el in _following(headline, LEAD_SCAN):
        if el.tag not in _LEAD_TAGS or len(el) > 12:  # a standfirst has few children; a wrapper many
            continue
        head = []
        n = 0
        for t in el.itertext():  # the first words alone first: text_content of every block is dear
            head.append(t)
            n += len("".join(t.split()))
            if n >= 80:
                break
        h = words("".join(head))[:40]
        if len(h) < 40 or not any(d.startswith(h) or h.startswith(d[:40]) for d in descs):
            continue
        e = words(text_of(el))
        for d in descs:
            if (e.startswith(d[:40]) or d.startswith(e[:40])) and len(e) <= len(d) + 80 \
                    and next(el.iterancestors("a"), None) is None:
                return shapes.clean(text_of(el))
    return ""


def _record(el, rule: str, removed: list[Removal]) -> None:
    text = shapes.clean(text_of(el))
    if text:
        removed.append(Removal(rule, text))
    el.drop_tree()


def _drop_next_stories(tree, headline, removed: list[Removal]) -> None:
    if headline is None:
        return
    main = next((a for a in headline.iterancestors("article")), None)
    if main is None:
        return
    seen_main = False
    for h in list(tree.iter("h1")):
        if h is headline:
            seen_main = True
            continue
        if not seen_main or contains(main, h):
            continue
        story = next((a for a in h.iterancestors("article")), None)
        if story is None or contains(story, headline) or story.getparent() is None:
            continue
        if sum(1 for _ in story.iter("p")) < 2:
            continue
        _record(story, "article.next_story", removed)


def _drop_boxes(tree, headline, removed: list[Removal], host: str = "") -> None:
    body = tree.find("body")
    if body is None:
        return
    story = next(headline.iterancestors("article"), None) if headline is not None else None
    todo = []
    for el in body.iter(*_BOX_TAGS):
        if el.tag == "aside":
            todo.append((el, "aside"))
            continue
        get = el.get
        cls, id_, label = get("class"), get("id"), get("aria-label")
        kind = box_kind(f"{cls or ''} {id_ or ''} {label or ''}") if cls or id_ or label else ""  # (as _attrs writes it)
        if not kind:
            # a page of hashed class names says what a teaser is in its test id (data-testid="s-teaser");
            # other kinds it names there are left alone (a key-points "InfoBox" is the story's)
            test = get("data-testid")
            kind = "related" if test and box_kind(test) == "related" else ""
        if kind:
            todo.append((el, kind))
    for el in _custom_elements(story) if story is not None else ():
        kind = box_kind(f"{_attrs(el)} {el.tag}")
        if kind:
            todo.append((el, kind))
    gone: set[int] = set()
    for el, kind in todo:
        if any(id(a) in gone for a in el.iterancestors()) or el.getparent() is None:
            continue
        if contains(el, headline):
            continue
        size = _text_len(el)
        if not size:
            continue
        if kind == "placeholder":
            if size > 800 or any(_text_len(p) > 400 for p in el.iter("p")):
                continue
            rule = "article.embed_placeholder"
        elif kind == "appeal":
            # a short appeal for support or membership, no story paragraph in it
            if size > APPEAL_MAX_CHARS or any(_text_len(p) > APPEAL_PARAGRAPH_CHARS for p in el.iter("p")):
                continue
            rule = "article.appeal"
        elif kind == "related":
            if size > 4000:
                continue
            # mostly links, or a short teaser: a few words and a link to another story of the site
            teaser = size <= 400 and any(story_link(a, host) for a in el.iter("a"))
            # a sign-up box: a short box of that kind holding a form
            signup = size <= 600 and next(el.iter("form", "input"), None) is not None
            if not (link_density(el) >= 0.4 or teaser or signup):
                continue
            rule = "article.related"
        else:
            if size > 2500:
                continue
            rule = "article.aside"
        gone.add(id(el))
        _record(el, rule, removed)


APPEAL_MAX_CHARS = 500
APPEAL_PARAGRAPH_CHARS = 300


def _custom_elements(root) -> list:
    """The elements below ``root`` whose name holds a hyphen: web components, such as
    ``<x-factbox>``. (lxml's element iterator, in C: the XPath ``.//*[contains(name(), '-')]``
    it replaces cost three times as much on a long story, every element's name made a string.)"""
    return [el for el in root.iterdescendants(etree.Element) if "-" in el.tag]


def _index(tree, page: Page) -> None:
    """The page's blocks by their keys (`Page`), in one pass over them. (`text_of` and `collapse`
    are inlined, and texts met before looked up: this runs once a block, and a huge page's blocks
    are its paragraphs.)"""
    link_texts, elements, order, kinds = page.link_texts, page.elements, page.order, page.kinds
    keys, collapsed, headings, printable = page.keys, page.collapsed, page.headings, page.printable
    tostring = etree.tostring
    for a in tree.iter("a"):
        t = text_of(a)
        if len(t) >= 12 and len(t.split()) >= 4:
            link_texts.setdefault(words(t), a)
    last_parent = None
    parent_sig = None
    i = -1
    for el in tree.iter(*CANDIDATE_TAGS):
        i += 1
        t = (el.text or "") if not len(el) else tostring(el, method="text", encoding=str, with_tail=False)
        c = collapsed.get(t)
        if c is None:  # (`collapse`, noting a printable text: `article` need not test it again)
            if t.isprintable() and "  " not in t and t[:1] != " " and t[-1:] != " ":
                c = collapsed[t] = t
                if not t.isascii():
                    printable.add(t)
            else:
                c = collapsed[t] = " ".join(t.split())
        w = keys.get(c)
        if w is None:
            w = keys[c] = collapsed_words(c)
        if not w or w in elements:
            continue
        elements[w] = el
        order[w] = i
        tag = el.tag
        if tag == "h2" or tag == "h3":
            headings.append(w)
        cls = el.get("class")
        if cls:
            sig = (tag, cls)
            kind = kinds.get(sig)
            if kind is None:
                kinds[sig] = [w]
            else:
                kind.append(w)
        parent = el.getparent()
        if parent is not last_parent:  # (the blocks of a body share their parent: its key once)
            last_parent = parent
            cls = parent.get("class") if parent is not None else None
            parent_sig = ("^" + parent.tag, cls) if cls else None
        if parent_sig is not None:
            kind = kinds.get(parent_sig)
            if kind is None:
                kinds[parent_sig] = [w]
            else:
                kind.append(w)
