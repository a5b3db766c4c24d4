"""The pieces a post walk (:mod:`post_walk`) reads, by their shape: the walk's state, the shapes
of a headline, a tag line and a clock-led heading, body paragraphs with their promos and
teasers, and a post's id and machine-readable time.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex
from lxml import etree

from . import shapes, times
from .feed_stamps import EPOCH_VALUE
from .feed_runs import bare_stamp_mark
from .html_roles import INLINE, Ctx, class_says, link_text_share, points_elsewhere, roles, shown_text
from .model import Block, Byline
from .node_text import text_of
from .post_clean import lead_in_link
from .post_stamps import bare_stamp

_ISO_DATETIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_QUOTES = "\"'‘’“”«»„‹›"
_HAS_PLAYER_OR_QUOTE = etree.XPath("boolean(.//video|.//figcaption|.//blockquote)")


@dataclass
class PostState:
    headline: str | None = None
    headline_from_bold: bool = False
    headline_wanted: bool = False    # an empty heading was seen: the next block is its text
    label: str | None = None
    # a match minute ("88'", "45+2'") seen in the header: the post's label unless the post prints
    # a label too (a label element, or a badge over its headline: a "GOL" chip), which is the
    # label then (`final_label`)
    minute: str | None = None
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

    def final_label(self, ctx: Ctx) -> str | None:
        """The post's label: the one it prints, else its match minute (which is then dropped as
        a minute mark when a printed label took its place)."""
        if self.minute is None:
            return self.label
        if self.label is None:
            return self.minute
        ctx.remove("post.minute-mark", self.minute)
        return self.label

    @property
    def header_zone(self) -> bool:
        return not self.blocks

    def set_headline(self, text: str, *, bold: bool = False) -> None:
        self.headline = text
        self.headline_from_bold = bold
        self.headline_wanted = False
        if self.pending:
            if self.label is None and len(self.pending) == 1:
                self.label = shapes.tag_word(self.pending.pop())
            self.blocks[:0] = [Block("paragraph", t) for t in self.pending]
            self.pending.clear()


_CLOCK_LEAD_SEP = regex.compile(r"\s?[:|–—-]\s?")
# an hour word abbreviated after the clock ("21:40 ч.", "9.05 h."): lower case, with its dot
_CLOCK_UNIT = regex.compile(r" \p{Ll}{1,4}\.(?= )")


# a run of one decoration mark around a heading ("+++ 21:40 Headline +++", "*** Headline ***",
# "// Headline"): page style in any language; never sentence punctuation, quotes or brackets
_DECORATION = regex.compile(r"^(?P<a>[\p{S}*#•·_/\\|-])(?P=a)+\s+|\s+(?P<b>[\p{S}*#•·_/\\|-])(?P=b)+$")


def without_decoration(text: str) -> tuple[str, list[str]]:
    """A heading without the runs of one repeated mark that open or close it ("+++"), and the
    runs taken off."""
    runs: list[str] = []

    def take(m: "regex.Match[str]") -> str:
        runs.append(m.group(0).strip())
        return ""

    out = _DECORATION.sub(take, text)
    return (out, runs) if out.strip() else (text, [])


def leading_clock(text: str) -> tuple[str, str]:
    """A heading that starts with its post's clock: ("7:12 am", "Headline") from
    "7:12 am: Headline"; ("", text) when it does not."""
    m = times.CLOCK.match(text)
    if not m:
        return "", text
    end = m.end()
    z = times.ZONE.match(text, end + 1) if text[end:end + 1] == " " else times.ZONE.match(text, end)
    if z:
        end = z.end()
    unit = _CLOCK_UNIT.match(text, end) if not z else None
    sep = _CLOCK_LEAD_SEP.match(text, unit.end() if unit else end)
    if not sep and not (m["ap"] or z or ":" in m.group(0) or m["hu"]):
        return "", text  # "2.45 million ..." is a number, not a clock ("14:32 Sánchez ..." is one)
    rest = text[sep.end() if sep else unit.end() if unit else end:].strip()
    if len(rest.split()) < 2 or not rest[:1].isupper() and not rest[:1].isdigit():
        return "", text
    return text[:end].strip(), rest


# -- headline shapes ------------------------------------------------------------------------------

def standalone_title(el, pieces, st: PostState) -> bool:
    """An inline element that is the post's title on its own line (``<span itemprop="headline">``),
    not a titled span inside a sentence. Only the post's clock may come before it in its run
    ("<span class=hour>15:10</span><span class=title>Headline</span>": the clock is read on its
    own, then the title)."""
    if st.headline is not None or not st.header_zone or el.tag == "a" or "title" not in class_says(roles(el)) \
            or (el.tail or "").strip():
        return False
    before = "".join(t for t, _ in pieces).strip()
    return not before or clock_only(before)


def bold_line(el, pieces, st: PostState) -> bool:
    """A bare ``<strong>``/``<b>`` on a line of its own at the head of a post, a block element
    after it ("<div class=t>15:40</div><strong>Headline</strong><p>Text</p>"): the headline, as a
    bold-only paragraph is. Only the post's clock may come before it in its run; words after it
    on its line make it a bold lead-in of a sentence, not a title."""
    if el.tag not in ("strong", "b") or st.headline is not None or not st.header_zone or (el.tail or "").strip():
        return False
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag in INLINE:
        return False
    before = "".join(t for t, _ in pieces).strip()
    if before and not clock_only(before):
        return False
    t = shown_text(el)
    return headline_like(t) and len(t.split()) <= 15 and not wholly_quoted(t)


def clock_only(text: str) -> bool:
    """A short run that is a post's stamp and nothing else ("15:10", "14.32 Uhr", "5 min ago")."""
    if len(text) > 40:
        return False
    mark = times.parse_time_line(text)
    return mark is not None and (mark.has_clock or mark.relative) and not mark.lead and not mark.rest


def titled(el, says: frozenset[str]) -> bool:
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


def headline_like(text: str) -> bool:
    return bool(text) and len(text) <= 200 and shapes.is_headline_shaped(text, max_words=30) \
        and not bare_stamp(text) and bare_stamp_mark(text) is None


# a sentence's end inside the text: a stop, then a space and a capital or a digit
_INNER_STOP = regex.compile(r"[.!?…。！？]['\"’”)\]]?\s+[\p{Lu}\p{Lt}\d]")
TITLE_SENTENCE_WORDS = 20


def title_sentence(text: str) -> bool:
    """The text of an element whose role says title, ending with a full stop: a headline written
    as one short sentence ("... wyniosła 51,3 proc.", an abbreviation's stop), which the headline
    shape alone refuses. One sentence (no stop and capital inside), up to 20 words, starting like
    a title. Only for an element classed as a title: a bare line ending so is body."""
    if not text or len(text) > 200 or not text.rstrip(_QUOTES + ")]").endswith("."):
        return False
    if text.rstrip(_QUOTES + ")]").endswith(("..", "…")) or _INNER_STOP.search(text):
        return False
    return shapes.is_headline_shaped(text.rstrip(_QUOTES + ")]")[:-1], max_words=TITLE_SENTENCE_WORDS) \
        and not bare_stamp(text) and bare_stamp_mark(text) is None


def only_link_elsewhere(el) -> bool:
    """A title that is wholly a link to another page is a teaser's or a tag's, not this post's."""
    links = list(el.iter("a"))
    return bool(links) and link_text_share(el) > 0.9 and all(points_elsewhere(a.get("href")) for a in links)


def bold_only(p) -> bool:
    """A paragraph whose every word is inside ``<strong>``/``<b>``."""
    if (p.text or "").strip():
        return False
    kids = [c for c in p if isinstance(c.tag, str) and c.tag != "br"]
    if not kids or any(c.tag not in ("strong", "b") for c in kids):
        return False
    return all(not (c.tail or "").strip() for c in kids)


def wholly_quoted(text: str) -> bool:
    return len(text) > 2 and text[0] in _QUOTES and text.rstrip(".!?…")[-1:] in _QUOTES


def is_tag_line(text: str) -> bool:
    """A tag printed above a post's headline: one to three words, no sentence, no digits."""
    w = text.split()
    return 0 < len(w) <= 3 and len(text) <= 32 and not shapes.ends_sentence(text) \
        and not any(ch.isdigit() for ch in text) and not text[0].islower()  # (or a script without case)


# -- body -----------------------------------------------------------------------------------------

def paragraph(text: str, el, st: PostState, ctx: Ctx) -> None:
    text, spans = ctx.strip_spans(text)
    for name, span in spans:
        ctx.remove(name, span)
    rule = ctx.line_rule_for(text)
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


def teaser(el, st: PostState, ctx: Ctx) -> bool:
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
            st.blocks and not _LEAD_IN.match(st.blocks[-1].text) and _led_in(el, link, ctx)):
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


KICKER_MAX_WORDS = 4


def _led_in(el, link, ctx: Ctx) -> bool:
    """All of ``el``'s text outside its one link is a lead-in before it: a line ending in a colon
    ("Lesen Sie hier mehr:"), a pack's lead-in phrase ("Leggi anche"), or a short element of its
    own, a kicker (``<span>Leggi anche</span><a>Title</a>``); a date or time printed after the
    link may follow. (Only after body text that does not itself lead in to it: a post that is
    nothing but a lead-in and its link keeps the lead-in.)"""
    full = shapes.clean(text_of(el))
    linked = shapes.clean(text_of(link))
    at = full.find(linked) if linked else -1
    if at <= 0:
        return False
    before, after = full[:at].strip(), full[at + len(linked):].strip()
    if after and (len(after) > 40 or times.parse_time_line(after, lang=ctx.language) is None
                  and times.parse_date(after) is None):
        return False  # words of its own after the link: not a teaser's frame
    if _LEAD_IN.match(before) or ctx.rules.lead_in(before) is not None:
        return True
    if len(before.split()) > KICKER_MAX_WORDS or link_text_share(el) < 0.5:
        return False
    for d in el.iterdescendants():  # the words before the link are one element of their own
        if d is link:
            return False
        if isinstance(d.tag, str) and shapes.clean(text_of(d)) == before:
            return True
    return False


def drop_link_promos(st: PostState, ctx: Ctx) -> list[Block]:
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
