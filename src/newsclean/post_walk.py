"""One walk over one post container, in reading order, giving each piece its role.

The header zone (before the first body block) holds the post's label, time, bylines and
headline; then come body paragraphs, lists, quotes and media. Roles come from markup (tags,
``<time>``, class/itemprop/component names) and from the shape of text, never from a page's
words:

* headline: the first heading, an element whose role says title/headline, a short bold-only
  first paragraph, or the block after an empty heading (``<h2><p>Title</p></h2>`` parses so);
* time: ``<time datetime>``, time-classed elements and data attributes, or a stamp line;
* label: a short tag before the headline, a label-classed element, a minute mark ("45+2'");
* bylines: author elements, "By Name", a closing "— Name and Name" line (``post_bylines``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex
from lxml import etree
from lxml import html as lxml_html

from . import shapes, times
from .feed import EPOCH_VALUE
from .html_media import media, orphan_caption
from .html_roles import (HEADINGS, INLINE, Ctx, class_says, inline_raw, is_control, is_inline, join_pieces,
                         link_text_share, points_elsewhere, roles, shown_text)
from .model import Block, Byline, Post
from .node_text import text_of
from .post_bylines import bylines, dash_byline, proper_name, trailing_dash_byline
from .post_clean import lead_in_link
from .post_stamps import STAMP_SEP, bare_stamp, bold_stamp_lead, leading_stamp

_UPDATED = regex.compile(r"(?:last )?updated\b", regex.I)
_ISO_DATETIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
# A minute mark on a match timeline: "45'", "90+4'", "120+1’".
MINUTE_MARK = regex.compile(r"^\d{1,3}(?:\s?\+\s?\d{1,2})?\s?['’′]$")
_QUOTES = "\"'‘’“”«»„‹›"

# The walk's questions about a block's descendants, compiled once (``el.xpath(str)`` compiles its
# expression on every call, and the walk asks for every block of every post).
_HAS_P = etree.XPath("boolean(.//p)")
_HAS_STRUCTURE = etree.XPath("boolean(.//time|.//h1|.//h2|.//h3|.//h4|.//img|.//video)")
_HAS_TEXT_BLOCK = etree.XPath("boolean(.//p|.//h1|.//h2|.//h3|.//h4)")
_HAS_LONG_P = etree.XPath("boolean(.//p[string-length(normalize-space()) > 80])")
_HAS_QUOTE = etree.XPath("boolean(.//blockquote)")
_HAS_PICTURE = etree.XPath("boolean(.//img|.//video)")
_HREFS = etree.XPath(".//a/@href", smart_strings=False)
_HAS_MEDIA = etree.XPath("boolean(.//img|.//video|.//picture|.//figure)")
_HAS_TEXT_OR_LONG_P = etree.XPath("boolean(.//h1|.//h2|.//h3|.//h4|.//p[string-length(normalize-space()) > 120])")
_HAS_HEADING_OR_TIME = etree.XPath("boolean(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//time)")
_HAS_PLAYER_OR_QUOTE = etree.XPath("boolean(.//video|.//figcaption|.//blockquote)")


@dataclass
class _PostState:
    headline: str | None = None
    headline_from_bold: bool = False
    headline_wanted: bool = False    # an empty heading was seen: the next block is its text
    label: str | None = None
    pending: list[str] = field(default_factory=list)   # short header-zone lines before any headline
    published: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    media: list = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    link_only: set[int] = field(default_factory=set)  # indexes of paragraphs that are a lone link
    dash_lines: list[tuple[int, str, list[str]]] = field(default_factory=list)
    tail_dash: list[tuple[int, str, list[str]]] = field(default_factory=list)  # "... said. —Name"
    lead_in: set[int] = field(default_factory=set)  # paragraphs leading in to one link elsewhere

    def time(self, value: str | None, shown: str, ctx: Ctx) -> None:
        if value and self.published is None:
            self.published = value
        ctx.remove("post.timestamp", shown)

    def byline(self, b: Byline) -> None:
        if b.name not in {x.name for x in self.bylines}:
            self.bylines.append(b)

    @property
    def header_zone(self) -> bool:
        return not self.blocks

    def set_headline(self, text: str, *, bold: bool = False) -> None:
        self.headline = text
        self.headline_from_bold = bold
        self.headline_wanted = False
        if self.pending:
            if self.label is None and len(self.pending) == 1:
                self.label = self.pending.pop()
            self.blocks[:0] = [Block("paragraph", t) for t in self.pending]
            self.pending.clear()


def extract_post(el: lxml_html.HtmlElement, ctx: Ctx, page_date, page_offset) -> Post | None:
    """Walk one post container in reading order and give each piece of it a role."""
    st = _PostState()

    def leaf(text: str, node) -> None:
        text = shapes.clean(text)
        if not text:
            return
        if MINUTE_MARK.match(text):
            if st.label is None:
                st.label = text
            else:
                ctx.remove("post.minute-mark", text)
            return
        mark = times.parse_time_line(text, lang=ctx.language) if len(text) < 100 else None
        if mark is not None and (mark.has_clock or mark.relative or mark.epoch) and (not mark.lead or shapes.is_name(mark.lead)):
            st.time(time_value(node, page_date, page_offset, ctx.language, ctx.zone) or mark.iso(page_date, page_offset, ctx.zone), text, ctx)
            if mark.lead:
                st.byline(Byline(mark.lead))
            if mark.tail:
                if shapes.is_label(mark.tail):
                    st.label = st.label or mark.tail
                elif shapes.is_name(mark.tail):
                    st.byline(Byline(mark.tail))
            return
        if st.header_zone and st.label is None and st.headline is None and shapes.is_label(text):
            st.label = text
            return
        if st.header_zone and shapes.is_name(text) and not shapes.is_prose(text) and node.tag not in HEADINGS \
                and proper_name(text, ctx):
            st.byline(Byline(text))
            return
        if st.headline_wanted and st.headline is None and st.header_zone and _headline_like(text):
            st.set_headline(text)
            return
        if st.header_zone and st.headline is None and _is_tag_line(text):
            st.pending.append(text)  # a label if a headline follows, else body
            return
        names = dash_byline(text, ctx)
        if names:
            st.dash_lines.append((len(st.blocks), text, names))  # a byline if nothing follows it
            return
        tail = trailing_dash_byline(text, ctx) if "—" in text or "–" in text else None
        n = len(st.blocks)
        _paragraph(tail[0] if tail else text, node, st, ctx)
        if tail and len(st.blocks) == n + 1:
            st.tail_dash.append((n, text, tail[1]))  # a byline if the post ends with this paragraph

    def visit(node) -> None:
        pieces: list[tuple[str, bool]] = [(node.text or "", False)]
        run_node = node

        def flush() -> None:
            text = join_pieces(pieces)
            if text.strip():
                leaf(text, run_node)
            pieces.clear()

        for ch in node:
            if not isinstance(ch.tag, str):
                pieces.append((ch.tail or "", False))
                continue
            if is_inline(ch) and "boilerplate" not in class_says(ch.get("class") or "") \
                    and not _standalone_title(ch, pieces, st):
                if ch.tag == "img":
                    flush()
                    m = media(ch, ctx)
                    if m is not None:
                        st.media.append(m)
                elif ch.tag == "br":
                    pieces.append((" ", False))
                else:
                    pieces.append((inline_raw(ch), True))
                pieces.append((ch.tail or "", False))
                continue
            flush()
            block(ch)
            pieces.append((ch.tail or "", False))
        flush()

    def block(ch) -> None:
        cls = roles(ch)
        says = class_says(cls)
        tag = ch.tag
        if "boilerplate" in says and ("read-time" in says or not (tag == "time" or "time" in says)):
            ctx.remove("html.boilerplate-element", text_of(ch))
            return
        if tag in ("nav", "aside") and not _HAS_P(ch):
            ctx.remove("html.aside", text_of(ch))
            return
        if tag not in HEADINGS and _teaser(ch, st, ctx):
            return
        if tag == "p" and st.published is None and (lead := bold_stamp_lead(ch)) is not None:
            st.time(time_value(lead, page_date, page_offset, ctx.language, ctx.zone), shown_text(lead), ctx)
            lead.tail = STAMP_SEP.sub("", lead.tail or "", count=1)  # "<b>ore 14:25</b> - Text": the text
            lead.drop_tree()
        if is_control(ch) and not _HAS_STRUCTURE(ch):
            ctx.remove("html.control-element", text_of(ch))
            return
        if tag == "time" or ch.get("datetime") or ("time" in says and len(text_of(ch)) < 80
                                                   and not _HAS_TEXT_BLOCK(ch)):
            stamp = shown_text(ch)
            if not stamp and tag != "time" and not ch.get("datetime"):
                return
            if _UPDATED.match(stamp):
                ctx.remove("chrome.updated-stamp", stamp)
                return
            if MINUTE_MARK.match(stamp):
                leaf(stamp, ch)
                return
            mark = times.parse_time_line(stamp, max_len=120, lang=ctx.language)
            if mark is not None and mark.lead and shapes.is_name(mark.lead):
                st.byline(Byline(mark.lead))
            st.time(time_value(ch, page_date, page_offset, ctx.language, ctx.zone), stamp, ctx)
            return
        if tag not in ("figure", "img") and "author" in says and len(text_of(ch)) < 120 \
                and not _HAS_LONG_P(ch):
            bylines(ch, st.bylines, ctx)
            return
        if ("embed" in says and tag != "p") \
                or (tag == "figure" and _HAS_QUOTE(ch) and not _HAS_PICTURE(ch)):
            link = _HREFS(ch)
            st.blocks.append(Block("embed", "", url=link[-1] if link else None))
            ctx.remove("html.embed", text_of(ch))
            return
        if tag in ("figure", "picture", "video", "img") or (
                "media" in says and _HAS_MEDIA(ch) and not _HAS_TEXT_OR_LONG_P(ch)):
            m = media(ch, ctx)
            if m is not None:
                st.media.append(m)
                return
        if tag in HEADINGS:
            heading(ch)
            return
        if st.headline is None and st.header_zone and tag not in ("ul", "ol", "blockquote", "table") \
                and _titled(ch, says) and not _HAS_HEADING_OR_TIME(ch):
            t = shown_text(ch)
            if _headline_like(t) and not _only_link_elsewhere(ch):
                st.set_headline(t)
                return
        if st.headline is None and st.header_zone and tag == "p" and _bold_only(ch):
            t = shown_text(ch)
            if _headline_like(t) and len(t.split()) <= 15 and not _wholly_quoted(t):
                st.set_headline(t, bold=True)
                return
        if "label" in says and 0 < len(text_of(ch).split()) <= 3 and not _HAS_TEXT_BLOCK(ch):
            t = shown_text(ch)
            if st.label is None and st.header_zone:
                st.label = t
            elif t:
                ctx.remove("post.label", t)
            return
        if tag in ("ul", "ol"):
            items = [i for i in (shown_text(li) for li in ch.findall("li")) if i]
            if items:
                st.blocks.append(Block("list", "\n".join(items), tuple(items)))
            return
        if tag == "blockquote":
            t = shown_text(ch)
            if t:
                st.blocks.append(Block("quote", t))
            return
        if tag in ("div", "section") and (m := orphan_caption(ch, ctx)) is not None:
            st.media.append(m)
            return
        visit(ch)

    def heading(ch) -> None:
        t = shown_text(ch)
        if not t and st.headline is None and st.header_zone:
            st.headline_wanted = True  # <h2><p>Title</p></h2>: the parser closed the heading early
            return
        for lab in ch.iterdescendants():
            lab_text = shapes.clean(text_of(lab)) if isinstance(lab.tag, str) else ""
            if lab_text and "label" in class_says(roles(lab)) and len(lab_text.split()) <= 3 \
                    and t.startswith(lab_text) and t != lab_text:
                st.label = st.label or lab_text  # "Breaking" printed inside the heading
                t = t[len(lab_text):].strip()
                break
        lead = leading_stamp(ch) if st.headline is None and st.header_zone else None
        if lead is not None and t.startswith(shown_text(lead)) and len(t) > len(shown_text(lead)):
            stamp = shown_text(lead)  # <h3><span class="hour">14:32</span> Headline</h3>
            st.time(time_value(lead, page_date, page_offset, ctx.language, ctx.zone), stamp, ctx)
            t = t[len(stamp):].lstrip(" :|–—-")
        stamp, rest = _leading_clock(t)
        if stamp and st.headline is None and st.header_zone:
            mark = times.parse_time_line(stamp, lang=ctx.language)
            if mark is not None and mark.has_clock:
                st.time(mark.iso(page_date, page_offset, ctx.zone), stamp, ctx)  # "7:12 am: Headline"
                t = rest
        if t and st.headline is None and st.header_zone:
            st.set_headline(t)
        elif t:
            st.blocks.append(Block("heading", t))

    visit(el)
    last = len(st.blocks) - 1
    last -= 1 if last in st.lead_in else 0  # a closing promo is dropped below
    for at, text, names in st.tail_dash:
        if at == last and not st.dash_lines:
            for n in names:
                st.byline(Byline(n))
            ctx.remove("post.byline-dash", "—")
        else:  # body follows: a quoted attribution inside the post, not its byline
            st.blocks[at] = Block("paragraph", shapes.clean(text))
    closing = st.dash_lines[-1] if st.dash_lines and st.dash_lines[-1][0] == len(st.blocks) else None
    for at, text, names in reversed(st.dash_lines):
        if (at, text, names) == closing:
            for n in names:
                st.byline(Byline(n))
            ctx.remove("post.byline-dash", text[:1])
        else:  # body follows it: a quoted attribution, not the post's closing byline
            st.blocks.insert(at, Block("paragraph", text))
            st.link_only = {i + 1 if i >= at else i for i in st.link_only}
    if st.pending:  # short lines that no headline followed: body after all
        st.blocks[:0] = [Block("paragraph", t) for t in st.pending]
        st.link_only = {i + len(st.pending) for i in st.link_only}
        st.pending.clear()
    if st.headline_from_bold and st.headline and not st.blocks:
        st.blocks.append(Block("paragraph", st.headline))  # a bold line that is the whole post is its body
        st.headline = None
    if st.published is None:
        st.published = _attribute_time(el)  # <article data-timestamp="..."> on the container itself
    blocks = _drop_link_promos(st, ctx)
    if not (st.headline or blocks or st.media):
        return None
    label = st.label
    if label is None and st.headline is None and blocks and shapes.is_label(blocks[0].text):
        label = blocks.pop(0).text
    return Post(headline=st.headline, label=label, published=st.published, id=post_id(el),
                bylines=tuple(st.bylines), media=tuple(st.media), blocks=tuple(blocks))


_CLOCK_LEAD_SEP = regex.compile(r"\s?[:|–—-]\s?")


def _leading_clock(text: str) -> tuple[str, str]:
    """A heading that starts with its post's clock: ("7:12 am", "Headline") from
    "7:12 am: Headline"; ("", text) when it does not."""
    m = times.CLOCK.match(text)
    if not m:
        return "", text
    end = m.end()
    z = times.ZONE.match(text, end + 1) if text[end:end + 1] == " " else times.ZONE.match(text, end)
    if z:
        end = z.end()
    sep = _CLOCK_LEAD_SEP.match(text, end)
    if not sep and not (m["ap"] or z or ":" in m.group(0) or m["hu"]):
        return "", text  # "2.45 million ..." is a number, not a clock ("14:32 Sánchez ..." is one)
    rest = text[sep.end() if sep else end:].strip()
    if len(rest.split()) < 2 or not rest[:1].isupper() and not rest[:1].isdigit():
        return "", text
    return text[:end].strip(), rest


# -- headline shapes ------------------------------------------------------------------------------

def _standalone_title(el, pieces, st: _PostState) -> bool:
    """An inline element that is the post's title on its own line (``<span itemprop="headline">``),
    not a titled span inside a sentence."""
    return st.headline is None and st.header_zone and el.tag != "a" and "title" in class_says(roles(el)) \
        and not "".join(t for t, _ in pieces).strip() and not (el.tail or "").strip()


def _titled(el, says: frozenset[str]) -> bool:
    """An element whose role says it is the post's title: a class/component naming a title or
    headline, or ``itemprop="headline"``."""
    if "title" not in says or has_block_child_text(el):
        return False
    # the innermost titled element is the title ("title-container" > "title")
    return not any(isinstance(d.tag, str) and "title" in class_says(roles(d)) for d in el.iterdescendants())


def has_block_child_text(el) -> bool:
    """More than one block of text inside: a container, not a title."""
    blocks = [c for c in el if isinstance(c.tag, str) and c.tag not in INLINE and shapes.clean(text_of(c))]
    return len(blocks) > 1


def _headline_like(text: str) -> bool:
    return bool(text) and len(text) <= 200 and shapes.is_headline_shaped(text, max_words=30) \
        and not bare_stamp(text)


def _only_link_elsewhere(el) -> bool:
    """A title that is wholly a link to another page is a teaser's or a tag's, not this post's."""
    links = list(el.iter("a"))
    return bool(links) and link_text_share(el) > 0.9 and all(points_elsewhere(a.get("href")) for a in links)


def _bold_only(p) -> bool:
    """A paragraph whose every word is inside ``<strong>``/``<b>``."""
    if (p.text or "").strip():
        return False
    kids = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    if not kids or any(c.tag not in ("strong", "b") for c in kids):
        return False
    return all(not (c.tail or "").strip() for c in kids)


def _wholly_quoted(text: str) -> bool:
    return len(text) > 2 and text[0] in _QUOTES and text.rstrip(".!?…")[-1:] in _QUOTES


def _is_tag_line(text: str) -> bool:
    """A tag printed above a post's headline: one to three words, no sentence, no digits."""
    w = text.split()
    return 0 < len(w) <= 3 and len(text) <= 32 and not shapes.ends_sentence(text) \
        and not any(ch.isdigit() for ch in text) and text[0].isupper()


# -- body -----------------------------------------------------------------------------------------

def _paragraph(text: str, el, st: _PostState, ctx: Ctx) -> None:
    text, spans = ctx.rules.strip_spans(text)
    for name, span in spans:
        ctx.remove(name, span)
    rule = ctx.rules.line_rule_for(text)
    if rule is not None:
        ctx.remove(rule.name, text)
        return
    if len(text) < 40 and times.parse_time_line(text, lang=ctx.language) is not None:
        ctx.remove("post.timestamp", text)
        return
    if len(el) == 1 and el[0].tag == "a" and shapes.clean(text_of(el[0])) == text and not (el.text or "").strip():
        st.link_only.add(len(st.blocks))
    elif el.tag == "p" and lead_in_link(el):  # (only a paragraph leads in)
        st.lead_in.add(len(st.blocks))
    st.blocks.append(Block("paragraph", text))


_LEAD_IN = regex.compile(r"^[^.!?]{2,60}:$")


def _teaser(el, st: _PostState, ctx: Ctx) -> bool:
    """An article teaser inside a post: a block that is essentially one link to another page,
    holding a title. It is recorded as removed (with a "Read more:" lead-in line just before
    it); a post that is nothing but the teaser keeps the teaser's title as its body."""
    if el.tag in ("p", "li", "a"):
        return False  # a paragraph that is a lone link: the link-only promo rule decides
    link = None
    for a in el.iter("a"):  # (cheapest test first: most blocks hold no link, or several)
        if points_elsewhere(a.get("href")):
            if link is not None:
                return False
            link = a
    if link is None or not 15 <= len(text_of(el)) <= 1200 or _HAS_PLAYER_OR_QUOTE(el):
        return False
    if link_text_share(el) < 0.9 and not (  # (before the walk that shown_text makes)
            st.blocks and not _LEAD_IN.match(st.blocks[-1].text) and _led_in(el, link)):
        return False  # mostly text of its own, unless a lead-in of its own marks it a promo
    text = shown_text(el)
    if not 15 <= len(text) <= 400:
        return False
    # the teaser's title: the longest line inside the link
    lines = [shown_text(e) for e in link.iter() if isinstance(e.tag, str) and e is not link
             and e.tag not in INLINE and not any(isinstance(c.tag, str) and c.tag not in INLINE for c in e)]
    lines = [t for t in lines if t]
    title = max(lines, key=len) if lines else shown_text(link)
    if len(title.split()) < 4 or shapes.is_name(title) or not shapes.is_headline_shaped(title, max_words=40) \
            or times.parse_time_line(title, max_len=120, lang=ctx.language) is not None:
        return False  # a permalink around the post's own stamp, not a title
    if st.blocks and st.blocks[-1].type == "paragraph" and _LEAD_IN.match(st.blocks[-1].text):
        ctx.remove("html.teaser-lead-in", st.blocks.pop().text)
    ctx.remove("html.article-teaser", text)
    if not st.blocks:
        st.blocks.append(Block("paragraph", title))
        st.link_only.add(len(st.blocks) - 1)
    return True


def _led_in(el, link) -> bool:
    """All of ``el``'s text outside its one link is a lead-in before it ("Lesen Sie hier mehr:").
    (Only after body text that does not itself lead in to it: a post that is nothing but a
    lead-in and its link keeps the lead-in.)"""
    full = shapes.clean(text_of(el))
    linked = shapes.clean(text_of(link))
    return bool(linked) and full.endswith(linked) and bool(_LEAD_IN.match(full[: len(full) - len(linked)].strip()))


def _drop_link_promos(st: _PostState, ctx: Ctx) -> list[Block]:
    """A paragraph that is nothing but a link elsewhere is a promo, unless it is all the post has."""
    ends = {0, len(st.blocks) - 1}
    promo = st.link_only | (st.lead_in & ends)  # a lead-in to a link elsewhere, at the post's start or end
    has_body = any(i not in promo and b.type != "embed" for i, b in enumerate(st.blocks))
    out = []
    for i, b in enumerate(st.blocks):
        if i in promo and has_body:
            ctx.remove("promo.link-only-paragraph", b.text)
            continue
        out.append(b)
    return out


def post_id(el) -> str | None:
    for attr in ("id", "data-id", "data-post-id", "data-entry-id", "data-block-id"):
        v = el.get(attr)
        if v:
            return v
    # the first descendant carrying an id (as ``.//*[@id][1]/@id`` found it: that XPath reads
    # the whole container, this stops at the first)
    for d in el.iterdescendants(etree.Element):
        v = d.get("id")
        if v is not None:
            return v
    return None


def _attribute_time(el) -> str | None:
    """A machine-readable time on the post container's own attributes (ISO 8601 or an epoch)."""
    for k, v in el.attrib.items():
        if k == "datetime" or (k.startswith("data-") and ("time" in k or "date" in k)):
            v = v.strip()
            if EPOCH_VALUE.fullmatch(v):
                return dt.datetime.fromtimestamp(int(v[:10]), dt.timezone.utc).isoformat()
            if _ISO_DATETIME.match(v):
                return v.replace("Z", "+00:00")
    return None


def time_value(el, page_date, page_offset, lang: str | None = None, zone: str | None = None) -> str | None:
    """The time an element carries: a machine-readable attribute (ISO or epoch), else its text."""
    for attr in ("datetime", "data-datetime", "data-timestamp", "data-time", "data-date", "title", "content"):
        v = el.get(attr)
        if not v:
            continue
        v = v.strip()
        if EPOCH_VALUE.fullmatch(v):
            secs = int(v[:10])
            return dt.datetime.fromtimestamp(secs, dt.timezone.utc).isoformat()
        if _ISO_DATETIME.match(v):
            return v.replace("Z", "+00:00")
    for e in el.iter(etree.Element):
        keys = e.keys()
        if not keys:
            continue  # (most elements: no attribute to read)
        for k in keys:
            if k.startswith("data-") and ("time" in k or "date" in k):
                v = e.get(k).strip()
                if EPOCH_VALUE.fullmatch(v):
                    return dt.datetime.fromtimestamp(int(v[:10]), dt.timezone.utc).isoformat()
        v = e.get("datetime")
        if e is not el and v and _ISO_DATETIME.match(v.strip()):
            return v.strip().replace("Z", "+00:00")
    text = shown_text(el)
    mark = times.parse_time_line(text, max_len=120, lang=lang)
    if mark is None:
        return None
    return mark.iso(page_date, page_offset, zone) if mark.has_clock or mark.epoch else None
