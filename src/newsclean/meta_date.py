"""The document's publication (and update) date.

The page's own declarations come first: the JSON-LD ``datePublished`` of the main entity, then the
meta tags publishers use (``article:published_time``, ``og:published_time``, ``date``, ``pubdate``,
``DC.date.issued``, ``itemprop=datePublished``), then ``<time pubdate>``. htmldate (with
``original_date``) reads the same page independently; the two are compared by calendar day, each
day as written (a ``2024-03-07T23:30:00-05:00`` is March 7: nothing is converted to UTC first).

- They agree, or the declared value is a local time (a clock with a non-zero offset, or with
  none): the declared value, with its time and offset when it has them. htmldate is the check, and the reader when nothing is
  declared (then with its free-text search, which is slow: dateparser).
- A UTC stamp whose day htmldate puts one day off: htmldate's day when an offset of at most eight
  hours reaches it from the stamp's clock (late-evening stamps in the Americas), as a date only.
- A UTC stamp or a bare date further off: htmldate's day, as a date only, with a warning.
No offset is ever invented: a time declared without one stays local (no offset).
"""
from __future__ import annotations

import copy
import datetime as dt
import email.utils
import itertools
import logging

import regex
from lxml import etree
from lxml import html as lxml_html

from .metadata import Evidence

PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "article:published",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date", "date", "dc.date",
    "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published", "article_date_original",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "displaydate", "date.available",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "dc.date.modified",
                 "last-modified", "article.updated", "lastmod")
MIN_YEAR = 1995
MAX_SHIFT_MIN = 8 * 60  # the widest UTC offset taken to explain a day between a UTC stamp and the page

_ISO = regex.compile(
    r"^\s*(?P<y>\d{4})-?(?P<mo>\d\d)-?(?P<d>\d\d)"
    r"(?:[T\s]+(?P<h>\d\d):?(?P<mi>\d\d)(?::?(?P<s>\d\d?)(?:[.,]\d{1,9})?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)?)?\s*$", regex.I)
_DMY = regex.compile(r"^\s*(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)[./](?P<y>\d{4})\s*$")

log = logging.getLogger(__name__)


class When:
    """A declared date or instant, kept as the page wrote it (day and offset untouched)."""

    __slots__ = ("day", "clock", "offset")

    def __init__(self, day: dt.date, clock: dt.time | None = None, offset: dt.timedelta | None = None) -> None:
        self.day, self.clock, self.offset = day, clock, offset

    def iso(self) -> str:
        if self.clock is None:
            return self.day.isoformat()
        value = dt.datetime.combine(self.day, self.clock)
        if self.offset is not None:
            value = value.replace(tzinfo=dt.timezone(self.offset))
        return value.isoformat(timespec="seconds")

    @property
    def is_utc(self) -> bool:
        return self.offset is not None and not self.offset

    def instant(self) -> dt.datetime | None:
        if self.clock is None or self.offset is None:
            return None
        return dt.datetime.combine(self.day, self.clock, tzinfo=dt.timezone(self.offset))


def parse_when(value: str | None, *, today: dt.date | None = None) -> When | None:
    """An ISO 8601 (or RFC 2822, or d.m.Y) date as a :class:`When`; None when unreadable or
    implausible (before 1995, or over a year ahead of ``today``)."""
    if not value or len(value) > 64:
        return None
    w = _parse(value.strip())
    if w is None:
        return None
    today = today or dt.date.today()
    if w.day.year < MIN_YEAR or w.day > today + dt.timedelta(days=366):
        return None
    return w


def _parse(value: str) -> When | None:
    m = _ISO.match(value)
    if m:
        try:
            day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
        except ValueError:
            return None
        if m["h"] is None:
            return When(day)
        try:
            clock = dt.time(int(m["h"]), int(m["mi"]), int(m["s"] or 0))
        except ValueError:
            return When(day)
        return When(day, clock, _offset(m["z"]))
    m = _DMY.match(value)
    if m:
        try:
            return When(dt.date(int(m["y"]), int(m["mo"]), int(m["d"])))
        except ValueError:
            return None
    if "," in value or any(c.isalpha() for c in value[:3]):
        try:
            d = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if d is None:
            return None
        off = d.utcoffset() if d.tzinfo is not None and "-0000" not in value else None
        return When(d.date(), d.time().replace(microsecond=0), off)
    return None


def _offset(z: str | None) -> dt.timedelta | None:
    if not z:
        return None
    if z.upper() in ("Z", "UTC", "GMT"):
        return dt.timedelta(0)
    sign = -1 if z[0] == "-" else 1
    digits = z[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        return None
    return sign * dt.timedelta(hours=hours, minutes=minutes)


def declared_published(tree: lxml_html.HtmlElement, ev: Evidence) -> When | None:
    """The page's own statement of its publication date; a UTC stamp gives way to the same
    instant written with the page's local offset."""
    found: list[When] = []
    for raw in [ev.published] + [v for n in PUBLISHED_META for v in ev.meta.get(n, ())]:
        w = parse_when(raw)
        if w is not None:
            found.append(w)
    if not found:
        for raw in _page_date_attrs(tree)[:3]:
            w = parse_when(raw)
            if w is not None:
                found.append(w)
    if not found:
        return None
    first = found[0]
    if first.is_utc:
        at = first.instant()
        for other in found[1:]:
            if other.offset and other.instant() == at:
                return other
    return first


# (the attributes found by location steps, then their elements: libxml2 walks the steps in C, and
# a predicate asked of every element, as in //*[@itemprop="datePublished" or ...], costs eight
# times as much for the same elements in the same order)
_DATE_ELEMENTS = etree.XPath('(//@itemprop[. = "datePublished"] | //time/@pubdate)/..')


def _page_date_attrs(tree: lxml_html.HtmlElement) -> list[str]:
    """The ``datetime`` and ``content`` of ``itemprop=datePublished`` elements and the ``datetime``
    of ``time[pubdate]``, in document order: one search of the tree instead of three."""
    out: list[str] = []
    for el in _DATE_ELEMENTS(tree):
        item = el.get("itemprop") == "datePublished"
        for k, v in el.attrib.items():
            if k == "datetime" or (k == "content" and item):
                out.append(v)
    return out


def declared_modified(ev: Evidence) -> When | None:
    for raw in [ev.modified] + [v for n in MODIFIED_META for v in ev.meta.get(n, ())]:
        w = parse_when(raw)
        if w is not None:
            return w
    return None


# htmldate copies the tree and searches it many times over: on a huge page (a live blog of
# megabytes) it reads the document's first elements only (the head, then the top of the body,
# where a page states its date). The largest of 2,097 real pages has about 10,000 elements and
# 483,000 characters of text; its regex passes over the text cost seconds on a 20 MB article.
HTMLDATE_ELEMENTS = 30_000
HTMLDATE_CHARS = 1_000_000


_COUNT_ELEMENTS = etree.XPath("count(descendant-or-self::*)")


def bounded_tree(tree: lxml_html.HtmlElement, limit: int = HTMLDATE_ELEMENTS,
                 chars: int = HTMLDATE_CHARS) -> lxml_html.HtmlElement:
    """``tree`` itself when it has at most ``limit`` elements and ``chars`` characters of text,
    else a copy of its first nodes in document order (each with its attributes, text and tail)
    up to either bound."""
    # (both counts in C: most pages are within the bounds, and this runs on every page; the text
    # is measured in UTF-8 bytes, never fewer than its characters, and decoded only past the bound)
    if _COUNT_ELEMENTS(tree) <= limit:
        text = etree.tostring(tree, method="text", encoding="utf-8", with_tail=False)
        if len(text) <= chars or len(text.decode("utf-8")) <= chars:
            return tree
    cut = _last_copied(tree, limit, chars)
    root = lxml_html.Element(tree.tag)
    for k, v in tree.attrib.items():
        try:
            root.set(k, v)
        except ValueError:
            pass
    root.text = tree.text
    if limit <= 0 or chars <= 0:
        return root
    if cut is None:  # (the counts above and the budgets differ a little: nothing to cut)
        for child in tree:
            root.append(copy.deepcopy(child))
        return root
    # The copy holds every node before ``cut`` in document order, and ``cut`` itself without its
    # children: under each of ``cut``'s ancestors, the children before the one on the way down
    # are copied whole (in C), the one on the way down alone (with its text and tail).
    way_down = [cut, *itertools.takewhile(lambda a: a is not tree, cut.iterancestors())][::-1]
    src, dst = tree, root
    for step in way_down:
        for child in src:
            if child is step:
                break
            dst.append(copy.deepcopy(child))
        dst = _shallow_copy(step, dst)
        src = step
    return root


def _last_copied(tree: lxml_html.HtmlElement, limit: int, chars: int):
    """The last node under ``tree`` in document order that the bounds take: each node counts one
    against ``limit``, an element the length of its text and tail against ``chars``; the node
    that exhausts either is the last (None: the bounds take them all)."""
    budget, text_budget = limit, chars
    nodes = tree.iter()
    next(nodes)  # (the root itself is not counted)
    for node in nodes:
        budget -= 1
        if isinstance(node.tag, str):
            text_budget -= len(node.text or "") + len(node.tail or "")
        if budget <= 0 or text_budget <= 0:
            return node
    return None


def _shallow_copy(src, parent):
    """``src`` without its children, appended to ``parent``: its tag (a span when lxml will not
    create the name), attributes (those lxml will set), text and tail."""
    if not isinstance(src.tag, str):  # a comment or processing instruction: no children
        node = copy.copy(src)
        parent.append(node)
        return node
    try:
        node = etree.SubElement(parent, src.tag)
    except ValueError:  # a tag name the HTML parser keeps but lxml will not create ("tr.s&&[")
        node = etree.SubElement(parent, "span")
    for k, v in src.attrib.items():
        try:
            node.set(k, v)
        except ValueError:  # a name the HTML parser keeps but lxml will not set (":class")
            pass
    node.text, node.tail = src.text, src.tail
    return node


def htmldate_day(tree: lxml_html.HtmlElement, url: str | None, *, extensive: bool = True,
                 bounded: bool = False) -> dt.date | None:
    """htmldate's original publication date of the page (it copies the tree it is given).
    ``extensive`` lets it read dates in free text too: far slower (dateparser guesses the
    language of each candidate), so only worth it when the page declares no date. ``bounded``:
    ``tree`` is :func:`bounded_tree`'s answer already (the page within the bounds, or its copy:
    bounding either again gives the same tree), so it is not counted or copied again."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate comes with trafilatura
        return None
    try:
        value = find_date(tree if bounded else bounded_tree(tree), url=url, original_date=True, extensive_search=extensive)
    except Exception as e:  # noqa: BLE001 - a third-party reader's failure is no date, not an error
        log.debug("htmldate failed: %s", e)
        return None
    try:
        day = dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
    if day is not None and day.day == 1 and not _states_day(tree, url, day):
        return None  # a year ("©2024") or a month read as its first day: no date is better
    return day


def _states_day(tree: lxml_html.HtmlElement, url: str | None, day: dt.date) -> bool:
    """Whether the page (its markup, its text up to `HTMLDATE_CHARS`, or its URL) writes ``day``
    as a full date. htmldate gives a lone year (a copyright line, a title's "2024") as January 1,
    and a year and month as the 1st: its first day of a month is kept only when the page states
    that day."""
    from .dates import find_dates

    markup = etree.tostring(tree, encoding=str)
    y, m, d = day.year, day.month, day.day
    iso = regex.compile(rf"(?<!\d){y}(?P<s>[-/._]?){m:02d}(?P=s){d:02d}(?!\d)")  # 2024-01-01, 20240101
    if iso.search(markup) or (url and iso.search(url)):
        return True
    text = " ".join(tree.itertext())  # (elements apart: "coast</h1><p>1 January" is no "coast1")
    # (as far into the text as htmldate was given it: `bounded_tree`)
    return any(h.date == day for h in find_dates(text[:HTMLDATE_CHARS], None))


def choose_dates(tree: lxml_html.HtmlElement, ev: Evidence, *, use_htmldate: bool = True,
                 bounded: bool = False) -> tuple[str | None, str | None, str | None]:
    """(published, updated, warning). ``bounded``: ``tree`` is :func:`bounded_tree`'s
    answer already (htmldate is then given it without counting or copying it again)."""
    declared = declared_published(tree, ev)
    modified = declared_modified(ev)
    updated = modified.iso() if modified else None
    if declared is not None and declared.clock is not None and not declared.is_utc:
        return declared.iso(), updated, None  # a local stamp with its clock: htmldate cannot overrule it
    found = htmldate_day(tree, ev.url, extensive=False, bounded=bounded) if use_htmldate else None
    if found is None and declared is None and use_htmldate:
        found = htmldate_day(tree, ev.url, extensive=True, bounded=bounded)  # free-text dates: slow, so only when needed
    if declared is None:
        return (found.isoformat() if found else None), updated, None
    if found is None or found == declared.day or (declared.clock is not None and not declared.is_utc):
        return declared.iso(), updated, None
    # A UTC stamp: its calendar day need not be the page's. htmldate's neighbouring day is the
    # local one when an offset of at most MAX_SHIFT reaches it from the stamp's clock.
    # A bare date (no clock) is weaker evidence: templates stamp the day they render.
    gap = (found - declared.day).days
    if abs(gap) == 1:
        if declared.clock is None:
            return declared.iso(), updated, None
        minutes = declared.clock.hour * 60 + declared.clock.minute
        reach = minutes < MAX_SHIFT_MIN if gap < 0 else minutes >= 24 * 60 - MAX_SHIFT_MIN
        return (found.isoformat() if reach else declared.iso()), updated, None
    return found.isoformat(), updated, (
        f"declared publication date {declared.day.isoformat()} disagrees with the page's "
        f"{found.isoformat()}; took the page's")


# -- the page's own <time> elements ------------------------------------------------------------------

_LINK_OUT_TAGS = frozenset(("aside", "nav"))
DATED_LINK_CHARS = 3  # what a dated link's row may hold beside its link and its date (a bullet, a bar)
LINK_TITLE_WORDS = 3  # a link's text of fewer words is a control ("Link", "Share"), not a title


def page_time_values(tree: lxml_html.HtmlElement, limit: int = 3) -> list[str]:
    """The ``datetime`` of the page's ``<time>`` elements in document order, but for those that
    date another page: in a related or most-read box (an aside or nav, an element whose class
    says related, promo, recommend...), or a dated link ("<li><a>Other story</a> <time>3
    February</time></li>": a row holding nothing but a titled link and its date), or a teaser
    card (a link holding a title and the stamp). Such a stamp is another article's day, not
    this page's. (A post's permalink around its own stamp is neither: the link holds only the
    stamp.) The first ``limit`` of them."""
    out: list[str] = []
    for t in tree.getroottree().iter("time"):  # (by tag, in C: an XPath tests every node of the page)
        if len(out) >= limit:
            break
        if t.get("datetime") is not None and not _dates_another_page(t):
            out.append(t.get("datetime"))
    return out


def _dates_another_page(t) -> bool:
    from .html_roles import class_says, roles

    for anc in t.iterancestors():
        if anc.tag in _LINK_OUT_TAGS or "boilerplate" in class_says(roles(anc)):
            return True
        if anc.tag == "a" and anc.get("href") is not None and len(_words(anc)) - len(_words(t)) >= LINK_TITLE_WORDS:
            return True  # a teaser card: "<a href=…><h3>Other story</h3><time>…</time></a>"
    row = t.getparent()
    if row is None:
        return False
    links = [a for a in row if a.tag == "a" and a.get("href") is not None]
    if len(" ".join(" ".join(a.itertext()) for a in links).split()) < LINK_TITLE_WORDS:
        return False
    rest = len(_squeezed(row)) - sum(len(_squeezed(a)) for a in links) - len(_squeezed(t))
    return rest <= DATED_LINK_CHARS


def _words(el) -> list[str]:
    return " ".join(el.itertext()).split()


def _squeezed(el) -> str:
    """An element's text without white space (its length counts what it shows)."""
    return "".join("".join(el.itertext()).split())
