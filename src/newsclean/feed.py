"""Finding a live blog's feed: the repeated sibling elements that hold its updates.

A live blog repeats one container per update, and each carries a time. The feed is the group
of siblings sharing a tag and first class, most of which hold a time of day, that carries the
most text and a good share of the page's own (non-link) words. Two fallbacks serve pages that
call themselves live but mark no times; a page that does not call itself live must show
stronger evidence.
"""
from __future__ import annotations

import collections
import datetime as dt

import regex
from lxml import html as lxml_html

from . import structured, times

TIME_CLASS = regex.compile(r"time|date|stamp|posted|published", regex.I)
COMMENT_CLASS = regex.compile(r"comment|reply|replies|review|discussion", regex.I)
ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle"}
_DIGITS = regex.compile(r"\d+")
_CLOCK_IN_VALUE = regex.compile(r"\d[T ]\d\d:\d\d")
EPOCH_VALUE = regex.compile(r"1\d{9}(?:\d{3})?")


def classes(el: lxml_html.HtmlElement) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("data-component"), el.get("itemprop"),
                                  el.get("rel"))))


_LIVE_WORD = regex.compile(r"\blive\b", regex.I)


def says_live(page: structured.PageData, tree, url: str | None) -> bool:
    """The page calls itself live: LiveBlogPosting data, or "live" in its title or address."""
    if page.is_liveblog:
        return True
    title = tree.findtext(".//title") or ""
    return bool(_LIVE_WORD.search(title) or _LIVE_WORD.search(page.title or "") or (url and "/live" in url))


def _signature(el: lxml_html.HtmlElement) -> tuple[str, str]:
    cls = (el.get("class") or "").split()
    first = _DIGITS.sub("#", cls[0]) if cls else ""
    return el.tag, first


_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "button", "option", "select", "textarea")

def _visible_words(el, *, links: bool = True) -> int:
    """About how many words a reader sees in ``el`` (the tree is not cleaned yet when the feed
    is sought): text outside scripts, styles and form controls, less link text unless ``links``.
    (Plain iteration: an XPath over a document's text nodes grows faster than the document.)"""
    n = len(el.text_content().split())
    for x in el.iter(*_INVISIBLE_TAGS, *(() if links else ("a",))):
        if x is not el:
            n -= len(x.text_content().split())
    return max(n, 0)


def _shows_time_of_day(e) -> bool:
    """Live posts are stamped to the minute (or with an age); teaser lists carry bare dates."""
    for k, v in e.attrib.items():
        if k == "datetime" or (k.startswith("data-") and ("time" in k or "date" in k)):
            v = v.strip()
            if _CLOCK_IN_VALUE.search(v) or EPOCH_VALUE.fullmatch(v):
                return True
    t = " ".join(e.itertext()).strip()  # spaced: "Posted at 15:05" + "15:05" must not fuse
    if not t or len(t) >= 80:
        return False
    return bool(times.CLOCK.search(t) or times.RELATIVE.search(t) or times.EPOCH.match(t))


def _timed_elements(root, *, plain_text: bool = False) -> set:
    """Every element that holds a time: a <time>, a datetime or data-*time attribute, or a short
    time/date-classed element; with ``plain_text``, also any element whose own short text is a
    time stamp ("10:42", "3 hours ago"). Found in one pass, then marked on all their ancestors."""
    timed: set = set()
    candidates = root.xpath(".//time | .//*[@datetime]")
    candidates += [a.getparent() for a in root.xpath(".//@class") if TIME_CLASS.search(a)]
    candidates += [a.getparent() for a in root.xpath(".//@*[starts-with(name(), 'data-')]")
                   if "time" in a.attrname or "date" in a.attrname]
    if plain_text:
        candidates += [t.getparent() for t in root.xpath(".//text()[string-length(normalize-space()) < 40]")
                       if t.strip() and t.getparent() is not None and _is_stamp_text(t)]
    for e in candidates:
        if e in timed or not _shows_time_of_day(e):
            continue
        for a in e.iterancestors():
            if a in timed:
                break
            timed.add(a)
        timed.add(e)
    return timed


def _is_stamp_text(text: str) -> bool:
    mark = times.parse_time_line(" ".join(text.split()))
    return mark is not None and (mark.has_clock or mark.relative) and not mark.lead and len(mark.tail.split()) <= 2


def find_post_containers(tree: lxml_html.HtmlElement, *, declared_article: bool = False,
                         plain_text_times: bool = False, says_live: bool = True) -> list[lxml_html.HtmlElement] | None:
    """The repeated, timed sibling elements that hold the most text, or None for no feed.

    Comment threads repeat timed containers too; they are never a feed. A page whose
    structured data calls it an article (and not a LiveBlogPosting) needs a feed that holds
    most of its text."""
    best: tuple[float, int, list] | None = None
    body = tree.find("body")
    root = body if body is not None else tree
    timed_set = _timed_elements(root, plain_text=plain_text_times)
    if len(timed_set) < 3:
        return None
    for parent in timed_set:  # only an element holding a time can hold a feed
        if len(parent) < 3 or not isinstance(parent.tag, str):
            continue
        groups: dict[tuple[str, str], list] = collections.defaultdict(list)
        for ch in parent:
            if isinstance(ch.tag, str):
                groups[_signature(ch)].append(ch)
        for (tag, first_class), members in groups.items():
            if len(members) < 3 or COMMENT_CLASS.search(first_class + " " + (members[0].get("id") or "")):
                continue
            timed = [m for m in members if m in timed_set]
            if len(timed) < 3:
                continue
            stamps = sorted(len(m.xpath(".//*[@datetime]")) for m in timed)
            if stamps[len(stamps) // 2] > 3:
                continue  # each member lists many dated items: a set of teaser lists, not posts
            text = sum(len(m.text_content()) for m in timed)
            linked = sum(len(a.text_content()) for m in timed for a in m.iter("a"))
            if linked > 0.5 * text:
                continue  # teaser lists: mostly links to other pages
            score = text * len(timed) / len(members)
            # ties go to the earlier group in the page (the set's order is not the page's)
            candidate = (score, -(members[0].sourceline or 0), members)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None
    members = best[2]
    feed_words = sum(_visible_words(m, links=False) for m in members)
    page_words = _visible_words(root, links=False) or 1
    # A feed is much of the page's own (non-link) text; a list of timed teasers beside an article
    # is not. Without a word from the page that it is live (its title, its data, or the feed's
    # class names), the evidence must be stronger: five updates or more holding most of the text.
    share = 0.5 if declared_article else 0.25
    if not (says_live or _liveclasses(members)):
        share = 0.5
        if len(members) < 5 or _spans_days(members) > 2:
            return None  # teasers and comment threads run over days; a live page's updates do not
    if feed_words < 25 or feed_words < share * page_words:
        return None
    return members


def _spans_days(members: list) -> float:
    """How many days the members' machine-readable times cover (0 when they carry none)."""
    stamps = []
    for m in members:
        for v in m.xpath(".//@datetime")[:2]:
            try:
                when = dt.datetime.fromisoformat(v.strip().replace("Z", "+00:00"))
            except ValueError:
                continue
            stamps.append(when.replace(tzinfo=None) if when.tzinfo is None else when.astimezone(dt.timezone.utc).replace(tzinfo=None))
    if len(stamps) < 2:
        return 0.0
    return (max(stamps) - min(stamps)).total_seconds() / 86400


_LIVE_CLASS = regex.compile(r"live|stream|timeline|ticker", regex.I)


def _liveclasses(members: list) -> bool:
    """The feed's own markup names it: "live-event-entry", "article__body--liveblog", "lx-stream"."""
    first = members[0]
    names = [classes(first)] + [classes(a) for a in list(first.iterancestors())[:4]]
    return any(_LIVE_CLASS.search(n) for n in names if n)


def containers_from_updates(tree, updates: list[structured.Update]) -> list | None:
    """Where the DOM marks no times at all, find the feed from the JSON-LD updates: the page
    elements where update bodies begin, lifted to the level where they become siblings."""
    body = tree.find("body")
    root = body if body is not None else tree
    keys = {" ".join(u.body.split()[:8]) for u in updates[:200] if len(u.body.split()) >= 8}
    if len(keys) < 3:
        return None
    starts = []
    for el in root.iter("p", "div", "li", "blockquote", "h2", "h3"):
        text = " ".join((el.text or "").split())
        if len(text.split()) >= 8 and " ".join(text.split()[:8]) in keys:
            starts.append(el)
    if len(starts) < 3:
        return None
    # climb until the starts' ancestors are distinct siblings under one parent
    for depth in range(1, 12):
        tops = []
        for el in starts:
            top = el
            for _ in range(depth):
                top = top.getparent() if top.getparent() is not None else top
            tops.append(top)
        parents = {id(t.getparent()) for t in tops if t.getparent() is not None}
        if len(parents) == 1 and len({id(t) for t in tops}) == len(tops):
            parent = tops[0].getparent()
            sig = _signature(tops[0])
            return [ch for ch in parent if isinstance(ch.tag, str) and _signature(ch) == sig]
    return None
