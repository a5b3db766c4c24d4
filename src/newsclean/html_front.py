"""The HTML front door: a page's markup in, Document out.

``feed.locate`` finds the repeated post containers (no site profile needed).
Inside each container one walk in reading order gives each piece its role: the first heading
is the headline, ``<time>`` the time, author/byline elements the bylines, figures the media,
and paragraphs, lists and quotes the body. A page without a feed is an article.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

import regex
from lxml import etree
from lxml import html as lxml_html

from . import metadata, script_state, shapes, structured, times
from .errors import ParseError
from .feed import drop_ad_slots
from .feed import locate as locate_feed
from .day_rollover import WARNING as ROLLOVER_WARNING
from .day_rollover import above_first_separator, roll_days
from .dates import path_date
from .feed_ids import fill_from_id_epochs
from .feed_stamps import own_path
from .html_drops import drop_unread_elements
from .html_roles import Ctx, hidden_classed
from .language import page_language
from .meta_date import page_time_values
from .meta_marks import BodyMarks
from .model import Document, Post
from .node_text import text_of
from .page_zone import post_days, stated_zone
from .post_clean import drop_repeated_lines
from .post_counters import drop_counters
from .post_walk import extract_post
from .sites import SiteProfile, rules_for

# (the standard library's engine: ``regex`` pays the whole page's length even for an anchored match)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")


class TooDeep(Exception):
    """The markup nests deeper than the HTML parser keeps: deeper text would be lost."""


# Every element is a plain HtmlElement, chosen in C: lxml.html's default lookup calls a Python
# method for each element proxy made (to give forms and inputs their own classes, which nothing
# here uses), a cost paid again on every walk over the tree.
_ELEMENT_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity)


def parse_tree(text: str, utf8: bytes | None = None) -> lxml_html.HtmlElement:
    """The page's tree. ``utf8``: the bytes ``text`` was decoded from as strict UTF-8, if the
    caller has them (they are then not encoded again)."""
    declaration = _XML_DECLARATION.match(text)
    if declaration:
        text, utf8 = text[declaration.end():], None
    # libxml2 reads UTF-8 natively: handed a str, lxml passes the string's own code units (UCS-2
    # or UCS-4 for most pages) and libxml2 converts them all before parsing, which cost a fifth of
    # the parse; the same tree comes from the UTF-8 bytes (a lone surrogate cannot be encoded:
    # such text goes as it is)
    try:
        markup: str | bytes = utf8 if utf8 is not None else text.encode("utf-8")
        encoding: str | None = "utf-8"
    except UnicodeEncodeError:
        markup, encoding = text, None
    parser = lxml_html.HTMLParser(encoding=encoding, recover=True, huge_tree=False, no_network=True,
                                  remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_ELEMENT_LOOKUP)
    try:
        tree = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise ParseError(f"input cannot be parsed as HTML: {e}") from e
    if tree is None:
        raise ParseError("input cannot be parsed as HTML: no document")
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise TooDeep()
    if _long_role_attribute(text):
        _shorten_role_attributes(tree)
    return tree


# Attributes that say what an element is for (class, id, role, data-*, aria-*) are matched
# against class-word patterns, ancestor by ancestor. A real one is far shorter than this; a
# megabyte one (a mutated page's class="live-post live-post ...") made those matches cost tens of
# seconds, so such values are cut to this length (links, sources and meta content are kept whole).
ROLE_ATTRIBUTE_MAX = 2_000
# (the standard library's engine: it scans a page for this pattern's "=" in about a third of the
# time ``regex`` takes)
_LONG_ATTRIBUTE = re.compile(r"""=\s*(?:"[^"]{%d}|'[^']{%d})""" % (ROLE_ATTRIBUTE_MAX, ROLE_ATTRIBUTE_MAX))
# SVG path data ("d") is drawing commands, read by nothing here: often past the limit, never a role
_KEPT_WHOLE = frozenset(("href", "src", "srcset", "content", "datetime", "alt", "title", "value", "action", "d"))
_NAME_BEFORE = re.compile(r"""([^\s"'<>/=]+)\s*\Z""")


def _long_role_attribute(markup: str) -> bool:
    """Whether the markup holds a value past ``ROLE_ATTRIBUTE_MAX`` characters under a name not
    kept whole (the name is read just before the "="; when none is there, the answer is yes)."""
    for m in _LONG_ATTRIBUTE.finditer(markup):
        name = _NAME_BEFORE.search(markup, max(0, m.start() - 100), m.start())
        if name is None or name[1].lower() not in _KEPT_WHOLE:
            return True
    return False


def _shorten_role_attributes(tree: lxml_html.HtmlElement) -> None:
    for el in tree.iter():
        for name, value in el.items():
            if len(value) > ROLE_ATTRIBUTE_MAX and name not in _KEPT_WHOLE:
                el.set(name, value[:ROLE_ATTRIBUTE_MAX])


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


def parse_html(text: str, *, url: str | None = None, profile: SiteProfile | None = None,
               utf8: bytes | None = None) -> Document:
    """The page's Document. ``utf8``: the bytes ``text`` is the strict UTF-8 reading of, when
    the caller has them (see ``parse_tree``)."""
    try:
        tree = parse_tree(text, utf8)
    except TooDeep:
        from dataclasses import replace

        from .text_front import parse_text
        doc = parse_text(markup_to_text(text), url=url, profile=profile)
        return replace(doc, warnings=doc.warnings + (
            "markup nests deeper than 255 levels, more than an HTML parser keeps: read as text instead",))
    scripts = metadata.script_texts(tree)  # kept for metadata.py: the scripts are emptied below
    page = structured.read(tree, scripts)
    page.scripts = scripts
    # Code and styles are no reader's text; every later step (and trafilatura) drops them.
    etree.strip_elements(tree, "style", with_tail=False)
    for el in tree.iter("script"):
        el.text = None  # (structured data was read above)
    language = page_language(tree, declared=page.language)
    # (the feed's walk over the body notes what the authors' reader takes from its elements'
    # attributes, when no author is declared: the reader then does not walk them again)
    marks = BodyMarks() if not page.authors else None
    containers, feed_warnings = locate_feed(tree, page, url, language, marks)
    if containers is None:
        from .article import parse_article
        doc = parse_article(tree, page, url=url, profile=profile)
        return dataclasses.replace(doc, warnings=doc.warnings + tuple(feed_warnings)) if feed_warnings else doc
    address_date = path_date(own_path(tree, url))  # (read before the walk drops the page's head)
    site_names = _site_names(tree)
    zone = stated_zone(tree, containers, language)
    ctx = Ctx(rules_for(profile, language), site_names=site_names, language=language, zone=zone)
    containers, slots = drop_ad_slots(containers, ctx.line_rule_for)  # ad slots between the posts
    for rule, slot_text in slots:
        ctx.remove(rule, slot_text)
    drop_unread_elements(tree, containers, ctx)  # DROP_TAGS, the text of controls in posts recorded
    for el in containers:
        _drop_screen_reader_copies(el, ctx)
    page_date, page_offset = _page_date(page, tree, containers, language)
    warnings = list(feed_warnings)
    clock_offset = _clock_offset(page_offset, zone, page_date)
    posts = []
    fills: list[dt.date | None] = []  # the date each post's bare clock was completed with
    separated: list[dt.date | None] = []  # the day a separator above the post names
    printed = False
    # a year-less day separator ("29 de noviembre") takes its year from the page's date, else from
    # the date the page's own address states; never from a copyright line
    separator_year_from = page_date or address_date
    for el, day in zip(containers, post_days(containers, separator_year_from, language)):
        post = extract_post(el, ctx, day or page_date, clock_offset)
        if post is not None:
            posts.append(post)
            shows = _shows_date(el)
            printed = printed or shows
            fills.append(page_date if day is None and not shows else None)
            separated.append(day)
    posts = drop_repeated_lines(posts, ctx)
    posts = drop_counters(posts, ctx.remove)  # view and share counters the template repeats
    warnings.extend(sorted(ctx.notes))
    posts = _align_updates(posts, containers, page, clock_offset, fills)
    if not printed and page_date is not None:
        posts, rolled = roll_days(posts, fills, page_instant=_instant(page.published))
        if not rolled and len(posts) == len(separated):
            posts, rolled = above_first_separator(posts, separated, fills)
        if rolled:
            warnings.append(ROLLOVER_WARNING)
    posts = fill_from_id_epochs(posts, page_date)
    posts = script_state.fill_post_times(page.scripts, posts, containers, page_date)
    if zone is None and page_offset is not None and any(_local_only(p.published) for p in posts):
        warnings.append("post clocks read as local time: the page states no zone, and the offset of its "
                        "publication time may be another zone's (a republisher's)")
    shown_title = _visible_title(tree, containers) or page.title
    # (the metadata stages whose answer the page gave already are skipped: the date when the page
    # dated itself, the title when it shows or declares one)
    meta = metadata.document_metadata(tree, page, url, htmldate=page_date is None, dates=page_date is None,
                                      title=not shown_title, marks=marks)
    headlines = {p.headline for p in posts}
    title = shown_title or (meta.title if meta.title not in headlines else None)
    return Document(
        kind="liveblog", url=url, site=profile.name if profile else None, title=title,
        language=language, published=page_date.isoformat() if page_date else meta.published,
        updated=page.modified, authors=meta.authors,
        timezone=zone or (profile.timezone if profile else None),
        posts=tuple(posts), removed=tuple(ctx.removed), warnings=tuple(warnings),
    )


def _clock_offset(page_offset: int | None, zone: str | None, page_date: dt.date | None) -> int | None:
    """The UTC offset given to bare post clocks. A zone the page states wins (it is resolved
    per date through the tz database, so no fixed offset is used); the offset of the page's
    publication timestamp applies only when no zone is stated and ``APPLY_PAGE_OFFSET`` allows."""
    if zone is not None:
        return None
    return page_offset if APPLY_PAGE_OFFSET else None


# Whether bare clocks take the offset of the page's own publication time when the page states no
# zone. It is a guess (a republisher stamps its own zone), so it is off: such clocks stay local.
APPLY_PAGE_OFFSET = False


def _local_only(value: str | None) -> bool:
    """A full local date-time without a UTC offset."""
    if not value or len(value) < 16:
        return False
    return value[10:11] == "T" and not _HAS_OFFSET.search(value[16:])


_HAS_OFFSET = regex.compile(r"[+-]\d\d:?\d\d$|Z$")


# (compiled once: this runs for every post; ``descendant-or-self::*/@class`` is ``.//@class``
# without a step per node of every kind)
_CLASS_VALUES = etree.XPath("descendant-or-self::*/@class")


def _drop_screen_reader_copies(root, ctx: Ctx) -> None:
    """Text only screen readers get ("Image caption: ...", ", external") repeats what is shown."""
    for el in [a.getparent() for a in _CLASS_VALUES(root) if hidden_classed(str(a))]:
        if len(text_of(el)) < 300:
            ctx.remove("html.screen-reader-text", text_of(el))
            el.drop_tree()


def _site_names(tree) -> frozenset[str]:
    """The page's own name(s) (og:site_name, application-name): never a post's author."""
    names = [m.get("content") for m in tree.iter("meta")  # (as //meta[...]/@content, without an XPath pass)
             if m.get("content") is not None
             and (m.get("property") == "og:site_name" or m.get("name") in ("application-name", "publisher"))]
    return frozenset(shapes.clean(n).casefold() for n in names[:5] if n.strip())


# -- page-level evidence ---------------------------------------------------------------------------

def _page_date(page: structured.PageData, tree, containers=(), language: str | None = None
               ) -> tuple[dt.date | None, int | None]:
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
    for t in page_time_values(tree):  # (not a related link's date)
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
        return _header_row_date(h1.getparent(), containers, language), None
    return None, None


HEADER_ROWS = 3  # the rows after the headline's block read for the page's date (a meta row)
HEADER_ROW_CHARS = 300


def _header_row_date(head, containers, language: str | None) -> dt.date | None:
    """A date in the meta row printed right after the headline's block ("<div class=date>2024.
    március 15. – 18:44</div>" beside "<div class=title><h1>"): the next few short sibling rows
    before the feed, each read whole (a row holding a post or long text is no meta row)."""
    inside = {id(c) for c in containers}
    for row in itertools.islice(head.itersiblings(), HEADER_ROWS):
        if not isinstance(row.tag, str):
            continue
        if id(row) in inside or any(id(d) in inside for d in row.iterdescendants()):
            return None  # the feed begins: its dates are the posts'
        text = " ".join(" ".join(row.itertext()).split())
        if len(text) > HEADER_ROW_CHARS:
            continue
        d = times.parse_date(text, lang=language)
        if d:
            return d
    return None


def _visible_title(tree, containers) -> str | None:
    """The page's main heading: the first ``<h1>`` of three words or more that no post holds."""
    inside = {id(c) for c in containers}
    for h in tree.iter("h1"):
        if any(id(a) in inside for a in h.iterancestors()):
            continue
        t = shapes.clean(text_of(h))
        if len(t.split()) >= 3:
            return t
    return None


def _align_updates(posts: list[Post], containers, page: structured.PageData, page_offset,
                   fills: list[dt.date | None] | None = None) -> list[Post]:
    """Fill post times from JSON-LD updates that match a post by id (or, failing that, by its
    headline or the first words of its body): where the DOM has no time, shows only the clock,
    or stamps local time as UTC (the structured data's value for the same update wins).
    ``fills[i]``: the page date post i's bare clock was completed with (None when it printed
    its date); such a post is matched by headline or body too, so that an update past midnight
    takes its own date."""
    if not page.updates:
        return posts
    by_id: dict[str, structured.Update] = {}
    by_headline: dict[str, structured.Update] = {}
    for upd in page.updates:
        if upd.id and "#" in upd.id:
            by_id[upd.id.rsplit("#", 1)[1]] = upd
        if upd.headline:
            by_headline.setdefault(shapes.clean(upd.headline).casefold(), upd)
    whole_ids = {upd.id: upd for upd in page.updates if upd.id and "#" not in upd.id}
    out = []
    for k, p in enumerate(posts):
        u = by_id.get(p.id or "") or whole_ids.get(p.id or "")
        fill = fills[k] if fills is not None else None
        guessed = p.published is None or (fill is not None and p.published[:10] == fill.isoformat())
        if u is None and guessed and p.headline:
            u = by_headline.get(p.headline.casefold())
        if u is None and guessed:
            first = " ".join(p.text.split()[:12])
            u = next((x for x in page.updates if first and " ".join(x.body.split()[:12]) == first), None)
        if u is not None and u.published and (p.published is None or _same_clock(p.published, u.published)
                                              or _utc_mislabelled(p.published, u.published)):
            p = dataclasses.replace(p, published=u.published)
        out.append(p)
    return out


def _instant(value: str | None) -> dt.datetime | None:
    """The page's own date-time (its publication), when it states a clock."""
    if not value or len(value) < 16:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


_FULL_DATE = regex.compile(r"^\s*\d{4}-\d\d-\d\d")


def _shows_date(el) -> bool:
    """Whether a post container prints (or marks up) a date with its time: its ``<time>``
    elements, else the opening words of its text."""
    stamps = list(el.iter("time"))
    if stamps:
        return any(_FULL_DATE.match(t.get("datetime") or "") or times.parse_date(text_of(t)[:120])
                   for t in stamps[:3])
    head = []
    size = 0
    for piece in el.itertext():
        head.append(piece)
        size += len(piece)
        if size >= 80:
            break
    return times.parse_date(" ".join(" ".join(head).split())[:80]) is not None


def _same_clock(shown: str, full: str) -> bool:
    """Whether a time completed from a bare clock shows the same HH:MM as a full timestamp but
    on another date or with another offset: the page's date or zone was a guess, the
    structured value states both."""
    return len(shown) >= 16 and len(full) >= 16 and shown[11:16] == full[11:16] and (
        shown[:10] != full[:10] or _offset_text(shown) != _offset_text(full))


def _offset_text(value: str) -> str:
    m = _HAS_OFFSET.search(value[16:])
    return m.group(0).replace("Z", "+00:00") if m else ""


def _utc_mislabelled(dom: str, full: str) -> bool:
    """A DOM value marked UTC whose wall clock is the structured value's local clock, at
    another instant: the local time was stamped with a "Z"."""
    try:
        a, b = dt.datetime.fromisoformat(dom.replace("Z", "+00:00")), dt.datetime.fromisoformat(full.replace("Z", "+00:00"))
    except ValueError:
        return False
    if a.utcoffset() != dt.timedelta(0) or b.utcoffset() in (None, dt.timedelta(0)):
        return False
    return a.replace(tzinfo=None, second=0, microsecond=0) == b.replace(tzinfo=None, second=0, microsecond=0)
