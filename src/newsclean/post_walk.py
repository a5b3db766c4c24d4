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

import regex
from lxml import etree
from lxml import html as lxml_html

from . import shapes, times
from .byline_parts import name_beside_parts
from .feed_runs import bare_stamp_mark
from .feed_stamps import DATE_LEAD, attribute_time
from .html_media import is_captioned_video_embed, is_video_player, media
from .html_roles import (
    HEADINGS,
    Ctx,
    class_says,
    inline_raw,
    is_control,
    is_inline,
    join_pieces,
    roles,
    shown_text,
)
from .media_unmarked import orphan_caption
from .model import Block, Byline, Post
from .node_text import text_of
from .post_bylines import (
    bylines,
    dash_byline,
    header_name_role,
    person_name,
    proper_name,
    trailing_dash_byline,
)
from .post_chips import (
    CHIP_TAGS,
    MINUTE_MARK,
    alone_in_row,
    author_chip,
    chip_lead,
    chip_tail,
    clock_chip,
    drop_by_lead,
    label_chip,
    machine_stamp,
    meta_row,
    place_after,
)
from .post_parts import (
    PostState,
    bold_line,
    bold_only,
    drop_link_promos,
    headline_like,
    is_tag_line,
    leading_clock,
    only_link_elsewhere,
    paragraph,
    post_id,
    standalone_title,
    teaser,
    time_value,
    title_sentence,
    titled,
    wholly_quoted,
    without_decoration,
)
from .post_stamps import STAMP_SEP, bold_stamp_lead, leading_stamp

_UPDATED = regex.compile(r"(?:last )?updated\b", regex.I)

# The walk's questions about a block's descendants, compiled once (``el.xpath(str)`` compiles its
# expression on every call, and the walk asks for every block of every post).
_HAS_P = etree.XPath("boolean(.//p)")
_HAS_STRUCTURE = etree.XPath("boolean(.//time|.//h1|.//h2|.//h3|.//h4|.//img|.//video)")
_HAS_TEXT_BLOCK = etree.XPath("boolean(.//p|.//h1|.//h2|.//h3|.//h4)")
_HAS_LONG_P = etree.XPath("boolean(.//p[string-length(normalize-space()) > 80])")
_HAS_QUOTE = etree.XPath("boolean(.//blockquote)")
_HAS_PICTURE = etree.XPath("boolean(.//img|.//video)")
_PICTURE_FIGURE = etree.XPath("boolean(self::figure[.//img and .//figcaption and not(.//iframe|.//blockquote)])")


def _picture_figure(el) -> bool:
    """A figure holding an image and its caption, or a video player's caption: media, whatever
    its class says ("EmbedBlock", "wp-block-embed is-type-video")."""
    return el.tag == "figure" and (_PICTURE_FIGURE(el) or is_captioned_video_embed(el))
_HREFS = etree.XPath(".//a/@href", smart_strings=False)
_HAS_MEDIA = etree.XPath("boolean(.//img|.//video|.//picture|.//figure)")
_HAS_TEXT_OR_LONG_P = etree.XPath("boolean(.//h1|.//h2|.//h3|.//h4|.//p[string-length(normalize-space()) > 120])")
_HAS_HEADING_OR_TIME = etree.XPath("boolean(.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//time)")
# a post container, or a part of it, whose class marks it pinned to the top of the feed
_PINNED = etree.XPath("boolean(descendant-or-self::*[contains(translate(@class, 'PINDESTCKY', 'pindestcky'), 'pinned')"
                      " or contains(translate(@class, 'PINDESTCKY', 'pindestcky'), 'sticky')])")


def extract_post(el: lxml_html.HtmlElement, ctx: Ctx, page_date, page_offset) -> Post | None:
    """Walk one post container in reading order and give each piece of it a role."""
    st = PostState()

    def leaf(text: str, node) -> None:
        text = shapes.clean(text)
        if not text:
            return
        if MINUTE_MARK.match(text):
            if st.minute is None and st.label is None:
                st.minute = text  # the label, unless the post prints a badge too (PostState.final_label)
            else:
                ctx.remove("post.minute-mark", text)
            return
        mark = times.parse_time_line(text, lang=ctx.language) if len(text) < 100 else None
        if mark is not None and mark.doubt and not mark.lead and not mark.rest:
            st.time(None, text, ctx)  # "12:30 malam": a stamp whose day period fits no one reading
            ctx.notes.add(mark.doubt)
            return
        chip = mark is not None and bool(mark.lead) and not mark.tail and st.header_zone \
            and st.published is None and not shapes.is_name(mark.lead) and chip_lead(node, mark.lead)
        if mark is not None and (mark.has_clock or mark.relative or mark.epoch) \
                and (not mark.lead or shapes.is_name(mark.lead) or bare_stamp_mark(text, ctx.language) is not None
                     or (st.header_zone and shapes.is_label(mark.lead)) or chip
                     or (st.header_zone and DATE_LEAD.match(mark.lead) is not None)):
            st.time(time_value(node, page_date, page_offset, ctx.language, ctx.zone) or mark.iso(page_date, page_offset, ctx.zone), text, ctx)
            if mark.lead and (chip or shapes.is_label(mark.lead)):
                st.label = st.label or mark.lead  # "Fact check 12:38 a.m." on one header line
            elif mark.lead and shapes.is_name(mark.lead):
                if name := person_name(mark.lead, ctx):
                    st.byline(Byline(name))
            if mark.tail:
                if shapes.is_label(mark.tail):
                    st.label = st.label or mark.tail
                elif shapes.is_name(mark.tail):
                    if name := person_name(mark.tail, ctx):
                        st.byline(Byline(name))
                elif st.header_zone and st.headline is None and not mark.lead and len(mark.rest.split()) >= 2 \
                        and headline_like(mark.rest):
                    st.set_headline(mark.rest, bold=True)  # "15:10 Headline" in one run; alone, the body
            return
        if st.header_zone and st.label is None and st.headline is None and shapes.is_label(text):
            st.label = text
            return
        if st.header_zone and node.tag not in HEADINGS and (named := header_name_role(text, ctx)) is not None:
            st.byline(named)  # "Ane Irazabal kazetaria": a name and its job, in an unnamed chip
            return
        if st.header_zone and shapes.is_name(text) and not shapes.is_prose(text) and node.tag not in HEADINGS \
                and proper_name(text, ctx):
            if name := person_name(text, ctx):
                st.byline(Byline(name))
            return
        if st.headline_wanted and st.headline is None and st.header_zone and headline_like(text):
            st.set_headline(text)
            return
        if st.header_zone and st.headline is None and is_tag_line(shapes.tag_word(text)):
            st.pending.append(text)  # a label if a headline follows, else body
            return
        names = dash_byline(text, ctx)
        if names:
            st.dash_lines.append((len(st.blocks), text, names))  # a byline if nothing follows it
            return
        tail = trailing_dash_byline(text, ctx) if "—" in text or "–" in text else None
        n = len(st.blocks)
        paragraph(tail[0] if tail else text, node, st, ctx)
        if tail and len(st.blocks) == n + 1:
            st.tail_dash.append((n, text, tail[1]))  # a byline if the post ends with this paragraph

    def visit(node) -> None:
        pieces: list[tuple[str, bool]] = [(node.text or "", False)]
        run_node = node
        after_clock = False  # the run follows a clock chip: its words may be the headline

        def flush() -> None:
            nonlocal after_clock
            text = join_pieces(pieces)
            if after_clock and text.strip():
                after_clock = False
                title = text.strip().lstrip("-–—|:· ").strip()
                if st.header_zone and st.headline is None and len(title.split()) >= 2 and headline_like(title) \
                        and not shapes.is_name(title):
                    ctx.remove("post.timestamp", text.strip()[:len(text.strip()) - len(title)])
                    st.set_headline(title, bold=True)  # "<span>15:10</span> - Headline"; alone, the body
                    pieces.clear()
                    return
            if text.strip():
                leaf(text, run_node)
            pieces.clear()

        # what follows an author chip: a place or an outlet (True: recorded as removed), or a job
        # word given to the chip's byline as its role (False)
        after_chip: dict = {}
        for ch in node:
            if not isinstance(ch.tag, str):
                pieces.append((ch.tail or "", False))
                continue
            if ch.tag in CHIP_TAGS and author_chip(ch) and (st.header_zone or meta_row(node, ch)
                                                               or alone_in_row(node, ch, pieces)):
                drop_by_lead(pieces, ch, ctx)  # "By <a class=author>Name</a>": the lead word too
                flush()  # an author chip inline in the header row: "<a class=author>Name</a>, Outlet.lt"
                n = len(st.bylines)
                bylines(ch, st.bylines, ctx)
                pieces.append((chip_tail(ch.tail or "", st, n, ctx), False))
                if len(st.bylines) == n + 1 and (after := place_after(ch)) is not None:
                    piece, is_role = after  # "<a class=author>Name</a> <span>Valencia</span>"
                    if not is_role:
                        after_chip[piece] = True
                    elif st.bylines[n].role is None:
                        st.bylines[n] = Byline(st.bylines[n].name, shown_text(piece))
                        after_chip[piece] = False
                continue
            if ch in after_chip:
                if after_chip[ch]:
                    ctx.remove("post.byline-furniture", shown_text(ch))
                pieces.append((ch.tail or "", False))
                continue
            if (stamp := clock_chip(ch, pieces, st, ctx.language)) is not None:
                flush()  # "<span class=uur>15:10</span><b>Headline 2</b>": the stamp, read on its own
                leaf(stamp, node)  # (the row's machine value, beside it, wins: time_value)
                pieces.append((ch.tail or "", False))
                after_clock = not MINUTE_MARK.match(stamp)  # (a minute's event chip is a label)
                continue
            if label_chip(node, ch, pieces, st):
                flush()  # "<span class=badge>Breaking</span><span class=title>Headline</span>"
                st.label = shown_text(ch)
                pieces.append((ch.tail or "", False))
                continue
            if st.published is None and st.header_zone and not len(ch) and machine_stamp(ch):
                flush()  # "<span data-time=ISO>20 minutes ago</span>": the post's time, in words
                st.time(time_value(ch, page_date, page_offset, ctx.language, ctx.zone), shown_text(ch), ctx)
                pieces.append((ch.tail or "", False))
                continue
            if bold_line(ch, pieces, st) and "boilerplate" not in class_says(ch.get("class") or ""):
                flush()  # "<strong>Headline</strong><p>Text</p>": a bold line of its own heads the post
                st.set_headline(shown_text(ch), bold=True)
                pieces.append((ch.tail or "", False))
                continue
            if is_inline(ch) and "boilerplate" not in class_says(ch.get("class") or "") \
                    and not standalone_title(ch, pieces, st):
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
        # (a social embed's blockquote whose fallback is one link is the embed, not a teaser)
        if tag not in HEADINGS and not (tag == "blockquote" and "embed" in says) and teaser(ch, st, ctx):
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
            if mark is not None and mark.doubt:
                ctx.notes.add(mark.doubt)  # "12:30 malam": no time given, and the document says why
            if mark is not None and mark.lead and shapes.is_name(mark.lead):
                if name := person_name(mark.lead, ctx):
                    st.byline(Byline(name))
            st.time(time_value(ch, page_date, page_offset, ctx.language, ctx.zone), stamp, ctx)
            return
        if tag not in ("figure", "img") and ("author" in says or st.header_zone and name_beside_parts(ch)) \
                and len(text_of(ch)) < 120 and not _HAS_LONG_P(ch):
            bylines(ch, st.bylines, ctx)
            return
        if ("embed" in says and tag != "p" and not _picture_figure(ch)) \
                or (tag == "figure" and _HAS_QUOTE(ch) and not _HAS_PICTURE(ch)):
            link = _HREFS(ch)
            st.blocks.append(Block("embed", "", url=link[-1] if link else None))
            ctx.remove("html.embed", text_of(ch))
            return
        if tag in ("figure", "picture", "video", "img") or (
                "media" in says and (_HAS_MEDIA(ch) or is_video_player(ch)) and not _HAS_TEXT_OR_LONG_P(ch)):
            m = media(ch, ctx)
            if m is not None:
                st.media.append(m)
                return
        if tag in HEADINGS:
            heading(ch)
            return
        if st.headline is None and st.header_zone and tag not in ("ul", "ol", "blockquote", "table") \
                and titled(ch, says) and not _HAS_HEADING_OR_TIME(ch):
            t = shown_text(ch)
            if (headline_like(t) or title_sentence(t)) and not only_link_elsewhere(ch):
                st.set_headline(t)
                return
        if st.headline is None and st.header_zone and tag == "p" and bold_only(ch):
            t = shown_text(ch)
            if headline_like(t) and len(t.split()) <= 15 and not wholly_quoted(t):
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
            found = [r for r in (ctx.line_rule_for(i) for i in items) if r is not None]
            if items and len(found) == len(items):  # every item an interface line (share buttons)
                for item, rule in zip(items, found):
                    ctx.remove(rule.name, item)
            elif items:
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
        t, marks = without_decoration(shown_text(ch))
        for mark_run in marks:
            ctx.remove("post.heading-decoration", mark_run)
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
        if st.headline is None and st.header_zone and st.published is None \
                and (bare := bare_stamp_mark(t, ctx.language)) is not None:
            st.time(bare.iso(page_date, page_offset, ctx.zone), t, ctx)  # <h3>18.42</h3>: the post's time
            return
        stamp, rest = leading_clock(t)
        if stamp and st.headline is None and st.header_zone:
            mark = times.parse_time_line(stamp, lang=ctx.language)
            if mark is not None and mark.has_clock:
                st.time(mark.iso(page_date, page_offset, ctx.zone), stamp, ctx)  # "7:12 am: Headline"
                t = rest
        if t and st.headline is None and st.header_zone:
            st.set_headline(t)
        elif t:
            st.blocks.append(Block("heading", t))

    try:
        visit(el)
    finally:
        # The walkers call one another through their closures, a reference cycle that only the
        # cycle collector frees, and parse() pauses it: deleting them frees each post's walk
        # (its state, lists and blocks) now, not in one collection of every post's at the end.
        del leaf, visit, block, heading
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
        st.published = attribute_time(el)  # <article data-timestamp="..."> on the container itself
    blocks = drop_link_promos(st, ctx)
    if not (st.headline or blocks or st.media):
        return None
    label = st.label
    if label is None and st.headline is None and blocks and shapes.is_label(blocks[0].text):
        label = st.label = blocks.pop(0).text
    label = st.final_label(ctx)
    if label and _PINNED(el):
        ctx.pinned_labels.add(label)  # "Kiinnitetty" on a pinned copy (post_clean.drop_copies)
    return Post(headline=st.headline, label=label, published=st.published, id=post_id(el),
                bylines=tuple(st.bylines), media=tuple(st.media), blocks=tuple(blocks))
