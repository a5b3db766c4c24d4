"""The HTML front door: a page's markup in, Document out.

``feed.find_post_containers`` finds the repeated post containers (no site profile needed).
Inside each container one walk in reading order gives each piece its role: the first heading
is the headline, ``<time>`` the time, author/byline elements the bylines, figures the media,
and paragraphs, lists and quotes the body. A page without a feed is an article.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field

import regex
from lxml import etree
from lxml import html as lxml_html

from . import metadata, shapes, structured, times
from .errors import ParseError
from .feed import ARTICLE_TYPES, EPOCH_VALUE, TIME_CLASS, containers_from_updates, find_post_containers
from .feed import classes as _classes
from .feed import says_live as _says_live
from .model import Block, Byline, Document, Media, Post, Removal
from .rules import RuleSet
from .sites import SiteProfile, rules_for

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "button", "form", "select", "input",
             "textarea", "iframe", "object", "canvas", "link", "meta")
INLINE = frozenset(("a", "span", "strong", "b", "em", "i", "u", "small", "sup", "sub", "br", "abbr", "cite",
                    "code", "mark", "q", "s", "font", "bdi", "bdo", "wbr", "del", "ins", "time", "label", "var"))


BOILERPLATE_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|newsletter|promo|advert|ad-slot|ad-container|ads|sponsor"
    r"|subscribe|signup|sign-up|cookie|consent|recommend|outbrain|taboola|visually-hidden|sr-only|screen-?reader"
    r"|hidden|hide|read-more|readmore|more-on|most-read|most-popular|breadcrumb|toolbar|tools|bookmark)(?:$|[\s_-])",
    regex.I)
MEDIA_CLASS = regex.compile(r"figure|image|photo|picture|video|media", regex.I)
HIDDEN_CLASS = regex.compile(r"(?:^|[\s_-])(?:vh|visually-?hidden|sr-only|screen-?reader(?:-text|-only)?|offscreen)(?:$|\s)", regex.I)
AUTHOR_CLASS = regex.compile(r"author|byline|contributor|writer|reporter", regex.I)
LABEL_CLASS = regex.compile(r"label|badge|kicker|flag|key-?event|pinned|breaking|tag(?!s)|eyebrow", regex.I)
CREDIT_CLASS = regex.compile(r"credit|copyright|source|attribution", regex.I)
EMBED_CLASS = regex.compile(r"twitter-tweet|instagram-media|tiktok-embed|embed|tweet|fb-post", regex.I)
PAREN_CREDIT = regex.compile(r"^(?P<caption>.*?)\s*\(\s*(?P<prefix>(?:Image|Picture|Photo|Photograph|Credit)\s?:\s?)?(?P<credit>[^()]{2,80})\)$", regex.I)
CREDIT_TEXT = regex.compile(r"^(?P<caption>.*?)\s*(?P<prefix>(?:Photograph|Photo|Image|Picture|Copyright|Credit|Image source)\s?[:,]\s?)(?P<credit>[^:]{1,120})$", regex.I)


@dataclass
class _Ctx:
    rules: RuleSet
    removed: list[Removal] = field(default_factory=list)

    def remove(self, rule: str, text: str) -> None:
        text = shapes.clean(text)
        if text:
            self.removed.append(Removal(rule, text))


_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_UPDATED = regex.compile(r"(?:last )?updated\b", regex.I)
_ISO_DATETIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_NAME_CLASS = regex.compile(r"name|author", regex.I)
_ROLE_CLASS = regex.compile(r"role|job|description|position", regex.I)
_BY_PREFIX = regex.compile(r"^(?:by|posted by|written by)\s+", regex.I)
_CREDIT_PREFIX = regex.compile(r"^(?:Photograph|Photo|Image|Picture|Copyright|Credit|Image source)\s?[:,]\s?", regex.I)
_CAPTION_PREFIX = regex.compile(r"^(?:Image|Video) caption\s?[:,]\s?", regex.I)


class TooDeep(Exception):
    """The markup nests deeper than the HTML parser keeps: deeper text would be lost."""


def parse_tree(text: str) -> lxml_html.HtmlElement:
    text = _XML_DECLARATION.sub("", text)
    parser = lxml_html.HTMLParser(recover=True, huge_tree=False, no_network=True, remove_comments=True,
                                  remove_pis=True)
    try:
        tree = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise ParseError(f"input cannot be parsed as HTML: {e}") from e
    if tree is None:
        raise ParseError("input cannot be parsed as HTML: no document")
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise TooDeep()
    return tree


_SCRIPT_OR_STYLE = regex.compile(r"(?is)<(script|style|template)\b[^>]{0,2000}>.*?</\1\s*>")
_BLOCK_TAG = regex.compile(r"(?i)</?(?:p|div|br|li|ul|ol|h[1-6]|article|section|header|footer|tr|td|table|blockquote"
                           r"|figure|figcaption|main|aside|nav|body|html|head|title)\b[^>]{0,2000}>")
_ANY_TAG = regex.compile(r"<[^>]{0,2000}>")


def markup_to_text(text: str) -> str:
    """Tags out, one line a block: for markup the HTML parser cannot hold (nesting too deep)."""
    import html

    text = _SCRIPT_OR_STYLE.sub("\n", text, timeout=5)
    text = _BLOCK_TAG.sub("\n\n", text, timeout=5)
    return html.unescape(_ANY_TAG.sub("", text, timeout=5))


def parse_html(text: str, *, url: str | None = None, profile: SiteProfile | None = None) -> Document:
    try:
        tree = parse_tree(text)
    except TooDeep:
        from dataclasses import replace

        from .text_front import parse_text
        doc = parse_text(markup_to_text(text), url=url, profile=profile)
        return replace(doc, warnings=doc.warnings + (
            "markup nests deeper than 255 levels, more than an HTML parser keeps: read as text instead",))
    page = structured.read(tree)
    page.scripts = metadata.script_texts(tree)  # type: ignore[attr-defined]  # for metadata.py: emptied below
    # Code and styles are no reader's text; every later step (and trafilatura) drops them.
    etree.strip_elements(tree, "style", with_tail=False)
    for el in tree.iter("script"):
        el.text = None  # (structured data was read above)
    declared_article = bool(page.types & ARTICLE_TYPES) and not page.is_liveblog
    says_live = _says_live(page, tree, url)
    containers = find_post_containers(tree, declared_article=declared_article, says_live=says_live)
    if containers is None and says_live:
        # a live page whose stamps are plain text ("10:42" in an unmarked span): look again
        containers = find_post_containers(tree, plain_text_times=True, says_live=True)
        if containers is None and len(page.updates) >= 3:
            containers = containers_from_updates(tree, page.updates)
    if containers is None:
        from .article import parse_article
        return parse_article(tree, page, url=url, profile=profile)
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = _Ctx(rules_for(profile))
    for el in containers:
        _drop_screen_reader_copies(el, ctx)
    page_date, page_offset = _page_date(page, tree)
    posts = []
    for el in containers:
        post = _extract_post(el, ctx, page_date, page_offset)
        if post is not None:
            posts.append(post)
    posts = _align_updates(posts, containers, page, page_offset)
    meta = metadata.document_metadata(tree, page, url, htmldate=page_date is None)
    title = _visible_title(tree, containers) or meta.title
    return Document(
        kind="liveblog", url=url, site=profile.name if profile else None, title=title,
        language=page.language, published=page_date.isoformat() if page_date else meta.published,
        updated=page.modified, authors=meta.authors,
        timezone=profile.timezone if profile else None,
        posts=tuple(posts), removed=tuple(ctx.removed),
    )


def _drop_screen_reader_copies(root, ctx: _Ctx) -> None:
    """Text only screen readers get ("Image caption: ...", ", external") repeats what is shown."""
    for el in [a.getparent() for a in root.xpath(".//@class") if HIDDEN_CLASS.search(a)]:
        if len(el.text_content()) < 300:
            ctx.remove("html.screen-reader-text", el.text_content())
            el.drop_tree()


# -- one post -----------------------------------------------------------------------------------

def _own_text(el: lxml_html.HtmlElement) -> str:
    """Text of an element without its block-level children."""
    parts = [el.text or ""]
    for ch in el:
        if isinstance(ch.tag, str) and ch.tag in INLINE:
            if ch.tag == "br":
                parts.append(" ")
            else:
                parts.append(_own_text(ch))
        parts.append(ch.tail or "")
    return shapes.clean(" ".join(parts))


def _has_block_child(el: lxml_html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag not in INLINE for c in el)


def _is_inline(el) -> bool:
    return el.tag in INLINE and el.tag != "time" and el.get("datetime") is None and not _has_block_child(el) \
        and not (el.get("class") and TIME_CLASS.search(el.get("class") or ""))


def _extract_post(el, ctx: _Ctx, page_date, page_offset) -> Post | None:
    """Walk one post container in reading order and give each piece of it a role."""
    st = _PostState()

    def leaf(text: str, node) -> None:
        text = shapes.clean(text)
        if not text:
            return
        header_zone = not st.blocks
        mark = times.parse_time_line(text) if len(text) < 100 else None
        if mark is not None and (mark.has_clock or mark.relative or mark.epoch) and (not mark.lead or shapes.is_name(mark.lead)):
            st.time(_time_value(node, page_date, page_offset) or mark.iso(page_date, page_offset), text, ctx)
            if mark.lead:
                st.byline(Byline(mark.lead))
            if mark.tail:
                if shapes.is_label(mark.tail):
                    st.label = st.label or mark.tail
                elif shapes.is_name(mark.tail):
                    st.byline(Byline(mark.tail))
            return
        if header_zone and st.label is None and st.headline is None and shapes.is_label(text):
            st.label = text
            return
        if header_zone and shapes.is_name(text) and not shapes.is_prose(text) and node.tag not in HEADINGS:
            st.byline(Byline(text))
            return
        _paragraph(text, node, st, ctx)

    def visit(node) -> None:
        run: list[str] = [node.text or ""]
        run_node = node

        def flush() -> None:
            if "".join(run).strip():
                leaf(" ".join(run), run_node)
            run.clear()

        for ch in node:
            if not isinstance(ch.tag, str):
                run.append(ch.tail or "")
                continue
            if _is_inline(ch) and not (ch.get("class") and BOILERPLATE_CLASS.search(ch.get("class") or "")):
                if ch.tag == "img":
                    flush()
                    m = _media(ch, ctx)
                    if m is not None:
                        st.media.append(m)
                else:
                    run.append(_own_text(ch) if ch.tag != "br" else " ")
                run.append(ch.tail or "")
                continue
            flush()
            block(ch)
            run.append(ch.tail or "")
        flush()

    def block(ch) -> None:
        cls = _classes(ch)
        tag = ch.tag
        if cls and BOILERPLATE_CLASS.search(cls) and not (tag == "time" or TIME_CLASS.search(cls)):
            ctx.remove("html.boilerplate-element", ch.text_content())
            return
        if tag in ("nav", "aside") and not ch.xpath(".//p"):
            ctx.remove("html.aside", ch.text_content())
            return
        text = ch.text_content()
        if tag == "time" or ch.get("datetime") or (cls and TIME_CLASS.search(cls) and len(text) < 80
                                                   and not ch.xpath(".//p|.//h1|.//h2|.//h3|.//h4")):
            stamp = shapes.clean(text)
            if _UPDATED.match(stamp):
                ctx.remove("chrome.updated-stamp", stamp)
                return
            mark = times.parse_time_line(stamp, max_len=120)
            if mark is not None and mark.lead and shapes.is_name(mark.lead):
                st.byline(Byline(mark.lead))
            st.time(_time_value(ch, page_date, page_offset), stamp, ctx)
            return
        if tag not in ("figure", "img") and cls and AUTHOR_CLASS.search(cls) and len(text) < 120 and not ch.xpath(".//p[string-length(normalize-space()) > 80]"):
            _bylines(ch, st.bylines, ctx)
            return
        if (tag == "blockquote" and cls and EMBED_CLASS.search(cls)) or (cls and EMBED_CLASS.search(cls) and tag != "p") \
                or (tag == "figure" and ch.xpath(".//blockquote") and not ch.xpath(".//img|.//video")):
            link = ch.xpath(".//a/@href")
            st.blocks.append(Block("embed", "", url=link[-1] if link else None))
            ctx.remove("html.embed", text)
            return
        if tag in ("figure", "picture", "video", "img") or (
                cls and MEDIA_CLASS.search(cls) and ch.xpath(".//img|.//video|.//picture|.//figure")
                and not ch.xpath(".//h1|.//h2|.//h3|.//h4|.//p[string-length(normalize-space()) > 120]")):
            m = _media(ch, ctx)
            if m is not None:
                st.media.append(m)
                return
        if tag in HEADINGS:
            t = shapes.clean(text)
            for lab in ch.iterdescendants():
                lab_text = shapes.clean(lab.text_content()) if isinstance(lab.tag, str) else ""
                if lab_text and LABEL_CLASS.search(_classes(lab)) and len(lab_text.split()) <= 3 \
                        and t.startswith(lab_text) and t != lab_text:
                    st.label = st.label or lab_text  # "Breaking" printed inside the heading
                    t = t[len(lab_text):].strip()
                    break
            if t and st.headline is None and not st.blocks:
                st.headline = t
            elif t:
                st.blocks.append(Block("heading", t))
            return
        if cls and LABEL_CLASS.search(cls) and 0 < len(text.split()) <= 3 and not ch.xpath(".//p"):
            if st.label is None and not st.blocks:
                st.label = shapes.clean(text)
            return
        if tag in ("ul", "ol"):
            items = [i for i in (shapes.clean(li.text_content()) for li in ch.findall("li")) if i]
            if items:
                st.blocks.append(Block("list", "\n".join(items), tuple(items)))
            return
        if tag == "blockquote":
            t = shapes.clean(text)
            if t:
                st.blocks.append(Block("quote", t))
            return
        visit(ch)

    visit(el)
    blocks = _drop_link_promos(st, ctx)
    if not (st.headline or blocks or st.media):
        return None
    label = st.label
    if label is None and st.headline is None and blocks and shapes.is_label(blocks[0].text):
        label = blocks.pop(0).text
    return Post(headline=st.headline, label=label, published=st.published, id=_post_id(el),
                bylines=tuple(st.bylines), media=tuple(st.media), blocks=tuple(blocks))


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass
class _PostState:
    headline: str | None = None
    label: str | None = None
    published: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    link_only: set[int] = field(default_factory=set)  # indexes of paragraphs that are a lone link

    def time(self, value: str | None, shown: str, ctx: _Ctx) -> None:
        if value and self.published is None:
            self.published = value
        ctx.remove("post.timestamp", shown)

    def byline(self, b: Byline) -> None:
        if b.name not in {x.name for x in self.bylines}:
            self.bylines.append(b)


def _paragraph(text: str, el, st: "_PostState", ctx: _Ctx) -> None:
    text, spans = ctx.rules.strip_spans(text)
    for name, span in spans:
        ctx.remove(name, span)
    rule = ctx.rules.line_rule_for(text)
    if rule is not None:
        ctx.remove(rule.name, text)
        return
    if times.parse_time_line(text) is not None and len(text) < 40:
        ctx.remove("post.timestamp", text)
        return
    if len(el) == 1 and el[0].tag == "a" and shapes.clean(el[0].text_content()) == text and not (el.text or "").strip():
        st.link_only.add(len(st.blocks))
    st.blocks.append(Block("paragraph", text))


def _drop_link_promos(st: "_PostState", ctx: _Ctx) -> list[Block]:
    """A paragraph that is nothing but a link elsewhere is a promo, unless it is all the post has."""
    has_body = any(i not in st.link_only and b.type != "embed" for i, b in enumerate(st.blocks))
    out = []
    for i, b in enumerate(st.blocks):
        if i in st.link_only and has_body:
            ctx.remove("promo.link-only-paragraph", b.text)
            continue
        out.append(b)
    return out


def _post_id(el) -> str | None:
    for attr in ("id", "data-id", "data-post-id", "data-entry-id", "data-block-id"):
        v = el.get(attr)
        if v:
            return v
    inner = el.xpath(".//*[@id][1]/@id")
    return inner[0] if inner else None


def _time_value(el, page_date, page_offset) -> str | None:
    for attr in ("datetime", "data-datetime", "data-timestamp", "data-time", "title", "content"):
        v = el.get(attr)
        if not v:
            continue
        v = v.strip()
        if EPOCH_VALUE.fullmatch(v):
            secs = int(v[:10])
            return dt.datetime.fromtimestamp(secs, dt.timezone.utc).isoformat()
        if _ISO_DATETIME.match(v):
            return v.replace("Z", "+00:00")
    for e in el.iter():
        if isinstance(e.tag, str):
            for k, v in e.attrib.items():
                if k.startswith("data-") and ("time" in k or "date" in k) and EPOCH_VALUE.fullmatch(v.strip()):
                    return dt.datetime.fromtimestamp(int(v.strip()[:10]), dt.timezone.utc).isoformat()
    text = shapes.clean(el.text_content())
    mark = times.parse_time_line(text, max_len=120)
    if mark is None:
        return None
    return mark.iso(page_date, page_offset) if mark.has_clock or mark.epoch else None


def _bylines(el, out: list[Byline], ctx: _Ctx) -> None:
    names = [e for e in el.iter() if isinstance(e.tag, str) and e is not el
             and _NAME_CLASS.search(_classes(e) or "") and not _has_block_child(e)]
    text = shapes.clean(el.text_content())
    role = None
    roles = [shapes.clean(e.text_content()) for e in el.iter() if isinstance(e.tag, str)
             and _ROLE_CLASS.search(_classes(e) or "")]
    if names:
        name = shapes.clean(names[0].text_content())
    else:
        name = text
    name = _BY_PREFIX.sub("", name).strip()
    if roles:
        role = roles[0] or None
    if not name or len(name) > 80:
        return
    if name not in {b.name for b in out}:
        out.append(Byline(name, role))
    rest = text.replace(name, "", 1).replace(role or "", "", 1).strip()
    if rest:
        ctx.remove("post.byline-furniture", rest)


def _media(el, ctx: _Ctx) -> Media | None:
    kind = "video" if (el.tag == "video" or el.xpath(".//video") or "video" in _classes(el).lower()) else "image"
    img = el if el.tag == "img" else next(iter(el.xpath(".//img")), None)
    alt = img.get("alt") if img is not None else None
    src = img.get("src") or img.get("data-src") if img is not None else None
    caption_el = next(iter(el.xpath(".//figcaption")), None)
    credit = None
    credit_els = [e for e in el.iter() if isinstance(e.tag, str) and CREDIT_CLASS.search(_classes(e) or "")]
    caption = None
    if credit_els:
        credit = shapes.clean(credit_els[0].text_content())
        for c in credit_els:
            c.drop_tree()
    if caption_el is not None:
        caption = shapes.clean(caption_el.text_content())
    elif kind == "image" and img is None:
        caption = shapes.clean(el.text_content()) or None
        if caption and len(caption) > 300:
            return None
    if caption:
        m = PAREN_CREDIT.match(caption)  # "A crowd in the square (Image: Getty Images)"
        if m and (m["prefix"] or not m["caption"]) and len(m["credit"].split()) <= 8:
            ctx.remove("media.credit-parens", f"({m['prefix'] or ''})")
            caption, credit = m["caption"] or None, credit or m["credit"].strip()
    if caption:
        m = CREDIT_TEXT.match(caption)
        if m:
            ctx.remove("media.credit-prefix", m["prefix"])
            caption, credit = m["caption"] or None, credit or m["credit"]
    if credit and credit.startswith("(") and credit.endswith(")"):
        ctx.remove("media.credit-parens", "()")
        credit = credit[1:-1].strip()
    if credit:
        m = _CREDIT_PREFIX.match(credit)
        if m:
            ctx.remove("media.credit-prefix", m.group(0))
            credit = credit[m.end():].strip() or None
    if caption:
        m = _CAPTION_PREFIX.match(caption)
        if m:
            ctx.remove("media.caption-prefix", m.group(0))
            caption = caption[m.end():].strip() or None
    if img is None and caption is None and credit is None and kind == "image":
        return None
    if kind == "image" and caption is None and credit is None and alt and shapes.is_name(alt):
        return None  # an author's head shot beside the byline, not the post's media
    return Media(kind, caption=caption or None, credit=credit or None, alt=alt or None, src=src)


# -- page-level evidence ---------------------------------------------------------------------------

def _page_date(page: structured.PageData, tree) -> tuple[dt.date | None, int | None]:
    value = page.published
    if value:
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            off = when.utcoffset()
            return when.date(), int(off.total_seconds() // 60) if off is not None and value[-1] != "Z" else None
        except ValueError:
            d = times.parse_date(value)
            if d:
                return d, None
    for t in tree.xpath("//time/@datetime")[:3]:
        try:
            return dt.datetime.fromisoformat(t.replace("Z", "+00:00")).date(), None
        except ValueError:
            continue
    # a date printed beside the headline ("12 May 2020"); the rest of a page's dates may be anything's
    h1 = tree.find(".//h1")
    if h1 is not None and h1.getparent() is not None:
        d = times.parse_date(" ".join(h1.getparent().itertext())[:5_000])
        if d:
            return d, None
    return None, None


def _visible_title(tree, containers) -> str | None:
    feed = containers[0].getparent()
    for h in tree.iter("h1"):
        if feed is not None and any(a is feed for a in h.iterancestors()):
            continue
        t = shapes.clean(h.text_content())
        if len(t.split()) >= 3:
            return t
    return None


def _align_updates(posts: list[Post], containers, page: structured.PageData, page_offset) -> list[Post]:
    """Fill post times from JSON-LD updates that match a post by id (or, failing that, by the
    first words of its body): where the DOM has no time, or shows only the clock."""
    if not page.updates:
        return posts
    by_id: dict[str, structured.Update] = {}
    for upd in page.updates:
        if upd.id and "#" in upd.id:
            by_id[upd.id.rsplit("#", 1)[1]] = upd
    out = []
    for p in posts:
        u = by_id.get(p.id or "")
        if u is None and p.published is None:
            first = " ".join(p.text.split()[:12])
            u = next((x for x in page.updates if first and " ".join(x.body.split()[:12]) == first), None)
        if u is not None and u.published and (p.published is None or _same_clock(p.published, u.published)):
            p = dataclasses.replace(p, published=u.published)
        out.append(p)
    return out


def _same_clock(shown: str, full: str) -> bool:
    """Whether a time completed from a bare clock shows the same local HH:MM as a full timestamp."""
    return len(shown) >= 16 and len(full) >= 16 and shown[11:16] == full[11:16] and shown[:10] != full[:10]
