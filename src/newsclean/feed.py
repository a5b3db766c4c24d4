"""Finding a live blog's feed: the repeated sibling elements that hold its updates.

A live blog repeats one container per update, and each carries a time. The feed is the group
of siblings sharing a tag and first class, (nearly) all of which hold a time stamp (a time of
day, an age, or a match minute), that carries the most text and a good share of the page's own
(non-link) words. Comment threads, link-heavy teaser lists and members listing many dated items
are rejected, and a time only counts when it is the member's own: a date carried by a link to
another page is that page's date. Untimed members at the group's edges are cut off, and members
showing nothing but a time are separators, not posts.

A page that does not call itself live (no LiveBlogPosting data, no "live" in its title or
address) must show stronger evidence: five timed members or more, all timed, within two days,
holding half its text, none of them a teaser whose heading links to another page; or a wire
feed (`feed_leads.clock_led`: four or more items each opening with a bare clock, the clocks in
order either way) holding half its text, whatever its data calls it; or a stamp-led feed
(`feed_leads.stamp_led`: four or more items each opening with its one stamp, then a heading and
text, the stamps in order) holding half its text. A page whose data calls it a listing
(CollectionPage, ...) is never a live blog.

:func:`locate` is the entry point; fallbacks for flat runs of clock-led headings and for live
pages without visible times live in :mod:`feed_runs`.
"""
from __future__ import annotations

import collections
import datetime as dt
import itertools

import regex
from lxml import etree
from lxml import html as lxml_html

from . import structured, times
from .feed_leads import clock_led, may_hold_wire_feed, stamp_led
from .feed_stamps import COUNT_DATETIME, links_elsewhere, own_path, stamps_in, timed_elements
from .live_phrases import class_says_live, title_says_live, url_says_live
from .node_text import text_of, word_count, words_in

COMMENT_CLASS = regex.compile(r"comment(?!ary)|reply|replies|review|discussion|conversation|thread", regex.I)
# a feed's surroundings that make its members a thread of comments or replies
COMMENT_AREA = regex.compile(r"comment(?!ary)|repl(?:y|ies)|conversation|discussion|thread", regex.I)
ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle"}
# schema.org types of pages that list other pages, or of conversations: never a live blog
LISTING_TYPES = {"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage", "QAPage",
                 "DiscussionForumPosting", "SocialMediaPosting"}
_DIGITS = regex.compile(r"\d+")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def classes(el: lxml_html.HtmlElement) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("data-component"), el.get("itemprop"),
                                  el.get("rel"))))


_LIVE_WORD = regex.compile(r"\blive(?:blog|ticker|stream)?\b", regex.I)
# "/live/", "/live-news/", "/liveblog/", "/live_updates": not "/liverpool" or "/livestock"
_LIVE_PATH = regex.compile(r"/live(?:[-_/]|blog|ticker|updates?\b|$)", regex.I)


def says_live(page: structured.PageData, tree, url: str | None) -> bool:
    """The page calls itself live: LiveBlogPosting data, or "live" (in any pack's language) in its
    title or address."""
    if page.is_liveblog:
        return True
    title = tree.findtext(".//title") or ""
    if _LIVE_WORD.search(title) or _LIVE_WORD.search(page.title or "") or (url and _LIVE_PATH.search(url)):
        return True
    # the same in the languages of the phrase packs ("en directo", "ao vivo", "/relacja-na-zywo/")
    return title_says_live(title) or title_says_live(page.title) or url_says_live(url)


def locate(tree: lxml_html.HtmlElement, page: structured.PageData,
           url: str | None = None, language: str | None = None,
           marks=None) -> tuple[list[lxml_html.HtmlElement] | None, list[str]]:
    """The page's post containers (None: read it as an article) and warnings for the document.

    Tries, in turn: repeated timed containers; flat runs of clock-led headings; and, on a page
    that calls itself live, containers stamped in plain text, the JSON-LD updates' places, and
    repeated live-named containers led by a heading. Flat runs are wrapped in new ``<div>``
    elements in place, so every answer is a list of elements to walk as posts. ``marks``: a
    `meta_bylines.BodyMarks` that the first search's walk over the body fills on the way."""
    from . import feed_runs

    live = says_live(page, tree, url)
    if page.types & LISTING_TYPES and not page.is_liveblog:
        kinds = ", ".join(sorted(page.types & LISTING_TYPES))
        return None, ([f"the page's data calls it a listing ({kinds}), not a live blog: read as an article"]
                      if live else [])
    declared_article = bool(page.types & ARTICLE_TYPES) and not page.is_liveblog
    own = own_path(tree, url)
    containers = find_post_containers(tree, declared_article=declared_article, says_live=live, own=own,
                                      language=language, marks=marks)
    if containers is None:
        containers = feed_runs.clock_heading_runs(tree, says_live=live)
    if containers is None and not live and ((ticker := _ticker_markup(tree)) or may_hold_wire_feed(tree, language)):
        # a ticker that its title does not call live, stamped in plain text ("0.35 Uhr" in a
        # <b>): its containers' own class names must then say so (``_liveclasses``); else only
        # a wire feed's shape (items each led by a bare clock, in order) makes it one
        containers = find_post_containers(tree, plain_text_times=True, says_live=False, own=own,
                                          language=language, wire_only=not ticker)
    if containers is None and live:
        # a live page whose stamps are plain text ("10:42" in an unmarked span): look again
        containers = find_post_containers(tree, plain_text_times=True, says_live=True, own=own, language=language)
        if containers is None and len(page.updates) >= 3:
            containers = containers_from_updates(tree, page.updates)
        if containers is None:
            containers = feed_runs.untimed_live_containers(tree)
        if containers is None:
            return None, ["the page calls itself live but shows no feed of repeated, timed posts: read as an article"]
    return containers, []


# class names of a live feed's markup ("ticker__entry", "liveblog-item", "live-update")
_TICKER_WORDS = ("ticker", "liveblog", "live-blog", "live-update", "live-entry", "live-post")


def _ticker_markup(tree) -> bool:
    """Whether a class attribute in the body (its own or a descendant's) holds one of
    `_TICKER_WORDS` (case as written). Each distinct class string is tested once: an article's
    thousands of paragraphs share a few (an XPath ``contains`` on every ``@class`` tested each
    paragraph's six times)."""
    # (the class strings are collected in C, and each distinct one tested once in Python)
    return any(w in cls for cls in set(_BODY_CLASSES(tree)) for w in _TICKER_WORDS)


_BODY_CLASSES = etree.XPath("//body//@class", smart_strings=False)


def _signature(el: lxml_html.HtmlElement) -> tuple[str, str]:
    cls = (el.get("class") or "").split()
    first = _DIGITS.sub("#", cls[0]) if cls else ""
    return el.tag, first


_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "button", "option", "select", "textarea")


def visible_words(el, *, links: bool = True) -> int:
    """About how many words a reader sees in ``el`` (the tree is not cleaned yet when the feed
    is sought): text outside scripts, styles and form controls, less link text unless ``links``.
    (Plain iteration: an XPath over a document's text nodes grows faster than the document.)"""
    n = word_count(text_of(el))
    n -= words_in([x for x in el.iter(*_INVISIBLE_TAGS, *(() if links else ("a",))) if x is not el])
    return max(n, 0)


_visible_words = visible_words


def _is_separator(m) -> bool:
    """A member showing nothing but a time, a minute or a day ("120+4'", "Tuesday 10:00",
    "Monday 3 June 2024") marks a place in the feed; it is not a post."""
    raw = text_of(m)
    if len(raw) > 200 and len(" ".join(raw[:200].split())) > 40:
        return False  # (already too long at its start: a post's whole text is not split for this)
    t = " ".join(raw.split())
    if len(t) > 40:
        return False
    if not t or times.parse_minute_mark(t):
        return True
    if len(t.split()) <= 5 and (times.parse_date(t) is not None or times.DATE_MD.search(t)):
        return not times.CLOCK.search(t) or _is_bare_stamp(t)
    return _is_bare_stamp(t)


def _is_bare_stamp(t: str) -> bool:
    mark = times.parse_time_line(t)
    return mark is not None and not mark.tail and not mark.lead


def _trim(members: list, timed_set: dict) -> list:
    """Drop separators, then the untimed members at either end (a banner above the first
    update, a tag list below the last: they share the updates' markup but not their stamps)."""
    kept = [m for m in members if not _is_separator(m)]
    first = next((i for i, m in enumerate(kept) if m in timed_set), None)
    if first is None:
        return []
    last = max(i for i, m in enumerate(kept) if m in timed_set)
    if first > 0 or last < len(kept) - 1:
        slots = _stamp_slots(kept[first:last + 1], timed_set)
        while first > 0 and _unread_stamp(kept[first - 1], slots):
            first -= 1
        while last < len(kept) - 1 and _unread_stamp(kept[last + 1], slots):
            last += 1
    return kept[first:last + 1]


def _stamp_slots(members: list, timed_set: dict) -> set[tuple[str, str]]:
    """The tag and class of the elements showing the timed members' stamps (the template's
    place for a post's time)."""
    slots = set()
    for m in members:
        if m in timed_set:
            for d in m.iter(etree.Element):
                if timed_set.get(d) and (cls := d.get("class")):
                    slots.add((d.tag, cls))
    return slots


def _unread_stamp(m, slots: set[tuple[str, str]]) -> bool:
    """A member at the feed's edge that shows a stamp with digits in the template's place for
    one, in words no reader here knows ("2 tim sedan" where only minutes were read): a post
    whose time could not be read, not a banner."""
    for d in m.iter(etree.Element):
        if (d.tag, d.get("class")) in slots:
            t = text_of(d)
            if len(t) < 80 and any(c.isdigit() for c in t):
                return True
    return False


def _in_comment_area(parent, members: list) -> bool:
    """Comment threads and reply lists repeat timed containers too; they are never a feed."""
    if COMMENT_CLASS.search(classes(members[0])):
        return True
    return any(COMMENT_AREA.search(classes(a)) for a in (parent, *itertools.islice(parent.iterancestors(), 3)))


def _headings_link_elsewhere(members: list) -> bool:
    """Most members are teasers: their heading links to another page (a brief's own article)."""
    n = 0
    for m in members:
        h = next(m.iter(*HEADINGS), None)
        if h is not None and any(links_elsewhere(a, 0) for a in (*h.iter("a"), *itertools.islice(h.iterancestors(), 2))):
            n += 1
    return n > len(members) / 2


def find_post_containers(tree: lxml_html.HtmlElement, *, declared_article: bool = False,
                         plain_text_times: bool = False, says_live: bool = True,
                         own: str | None = None, language: str | None = None,
                         wire_only: bool = False, marks=None) -> list[lxml_html.HtmlElement] | None:
    """The repeated, timed sibling elements that hold the most text, or None for no feed.

    A page whose structured data calls it an article (and not a LiveBlogPosting) needs a feed
    that holds most of its text. ``language``: the page's, to read its clocks' day-period words;
    ``wire_only``: accept only a wire feed or a stamp-led one (`feed_leads.clock_led`, `stamp_led`);
    ``marks``: see `feed_stamps.timed_elements`."""
    best: tuple[float, int, list] | None = None
    body = tree.find("body")
    root = body if body is not None else tree
    timed_set = timed_elements(root, plain_text=plain_text_times, own=own, lang=language, marks=marks)
    if len(timed_set) < 3:
        return None
    for parent in timed_set:  # only an element holding a time can hold a feed
        if len(parent) < 3 or not isinstance(parent.tag, str):
            continue
        groups: dict[tuple[str, str], list] = collections.defaultdict(list)
        for ch in parent:
            if isinstance(ch.tag, str):
                groups[_signature(ch)].append(ch)
        for members in groups.values():
            if len(members) < 3 or len([m for m in members if m in timed_set]) < 3:
                continue
            if _in_comment_area(parent, members):
                continue
            members = _trim(members, timed_set)
            timed = [m for m in members if m in timed_set]
            if len(timed) < 3:
                continue
            live = says_live or _liveclasses(members)
            # a live page may leave a post unstamped; a page that does not say so stamps them all
            if len(timed) < (0.5 if live else 1.0) * len(members):
                continue
            # updates are stamped at different times; an event programme repeats one time range
            # (a page that says it is live is believed: archived copies may show one time on all)
            if not live and len({stamps_in(m, timed_set) for m in timed}) < min(max(3, len(timed) / 2), 12):
                continue
            stamps = sorted(int(COUNT_DATETIME(m)) for m in timed)
            if stamps[len(stamps) // 2] > 3:
                continue  # each member lists many dated items: a set of teaser lists, not posts
            text = sum(len(text_of(m)) for m in timed)
            linked = sum(len(text_of(a)) for m in timed for a in m.iter("a"))
            if linked > 0.5 * text:
                continue  # teaser lists: mostly links to other pages
            if not live and _headings_link_elsewhere(members):
                continue  # a page of briefs or teasers, each heading a link to its own article
            score = text * len(timed) / len(members)
            # ties go to the earlier group in the page (the set's order is not the page's)
            candidate = (score, -(members[0].sourceline or 0), members)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if best is None:
        return None
    members = best[2]
    named = says_live or _liveclasses(members)
    if not named and clock_led(members, language):
        # a wire feed (items led by bare clocks, in order) is evidence enough, whatever the page's
        # data calls it, when it holds half the page's own text and its machine times (if any)
        # fall within two days
        wire = _spans_days(members) <= 2 and enough_text(members, root, says_live=True, declared_article=True)
        return members if wire else None
    if not named and stamp_led(members, timed_set, language) and _spans_days(members) <= 2 \
            and enough_text(members, root, says_live=True, declared_article=True):
        # each item opens with its one stamp, then a heading and text of its own, the stamps in
        # order: a feed of four or more, whatever its class names, when it holds half the text
        return members
    if wire_only:
        return None
    if not enough_text(members, root, says_live=named, declared_article=declared_article):
        return None
    return members


def enough_text(members: list, root, *, says_live: bool, declared_article: bool = False,
                min_members: int = 5) -> bool:
    """A feed is much of the page's own (non-link) text; a list of timed teasers beside an
    article is not. Without a word from the page that it is live (its title, its data, or the
    feed's class names), the evidence must be stronger: five updates or more (``min_members``:
    fewer where their structure shows a feed), within two days, holding most of the text."""
    share = 0.5 if declared_article else 0.25
    if not says_live:
        share = 0.5
        if len(members) < min_members or _spans_days(members) > 2:
            return False  # teasers and comment threads run over days; a live page's updates do not
    feed_words = sum(visible_words(m, links=False) for m in members)
    return feed_words >= 25 and feed_words >= share * (visible_words(root, links=False) or 1)


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


LIVE_CLASS = regex.compile(r"live|stream|timeline|ticker", regex.I)
_LIVE_CLASS = LIVE_CLASS


def _liveclasses(members: list) -> bool:
    """The feed's own markup names it: "live-event-entry", "article__body--liveblog", "lx-stream",
    or a pack's live word in the page's language ("zuzenean-sarrera", "uzivo-item")."""
    first = members[0]
    names = [classes(first)] + [classes(a) for a in list(first.iterancestors())[:4]]
    return any(LIVE_CLASS.search(n) or class_says_live(n) for n in names if n)


def containers_from_updates(tree, updates: list[structured.Update]) -> list | None:
    """Where the DOM marks no times at all, find the feed from the structured updates: the page
    elements where update headlines (or, failing that, bodies) begin, one per update, lifted to
    the level where they become siblings."""
    body = tree.find("body")
    root = body if body is not None else tree
    ups = updates[:300]
    heads = {" ".join(u.headline.split()).casefold() for u in ups if u.headline and len(u.headline.split()) >= 3}
    starts = []
    if len(heads) >= 3:
        seen: set = set()
        for el in root.iter(*HEADINGS):
            t = " ".join(text_of(el).split()).casefold()
            if t in heads and t not in seen:
                seen.add(t)
                starts.append(el)
    if len(starts) < 3:
        keys = {" ".join(u.body.split()[:8]) for u in ups if len(u.body.split()) >= 8}
        if len(keys) < 3:
            return None
        starts, seen = [], set()
        for el in root.iter("p", "div", "li", "blockquote", "h2", "h3"):
            text = " ".join((el.text or "").split())
            key = " ".join(text.split()[:8])
            if len(text.split()) >= 8 and key in keys and key not in seen:
                seen.add(key)
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
        # (sets of the elements themselves: ids of lxml's short-lived proxies can repeat)
        parents = {t.getparent() for t in tops if t.getparent() is not None}
        if len(parents) == 1 and len(set(tops)) == len(tops):
            parent = tops[0].getparent()
            sig = _signature(tops[0])
            return [ch for ch in parent if isinstance(ch.tag, str) and _signature(ch) == sig]
    return None


# a class or id naming an advertising or promotion slot ("Post Advertisement", "ad-slot",
# "promo-box", "sponsored", "banner"): whole tokens, never a part of a word ("header", "shadow")
_AD_CLASS = regex.compile(r"(?:^|[\s_-])(?:ads?|adv|advert\w*|advertisement|adslot|dfp|gpt|promo\w*|sponsor\w*|banner)"
                          r"(?=$|[\s_-]|\d)", regex.I)
_MEDIA_TAGS = ("img", "picture", "video", "audio", "figure", "blockquote")


def drop_ad_slots(members: list, line_rule) -> tuple[list, list[tuple[str, str]]]:
    """The feed's members without the advertising slots among them, and what was dropped as
    (rule, text). A slot shares the posts' markup but carries no time of its own and shows at
    most a few words: its class or id names an advert, a promotion, a sponsor or a banner, or
    all it shows is a short label that the page's rules read as an interface line
    (``line_rule(text)``, e.g. "Anzeige"). An untimed member with a post's text stays a post."""
    kept, dropped = [], []
    for m in members:
        raw = text_of(m)
        if len(raw.split(None, SLOT_MAX_WORDS)) > SLOT_MAX_WORDS:
            kept.append(m)  # (more words than a slot shows: a post, its text not split whole)
            continue
        text = " ".join(raw.split())
        if _is_ad_slot(m, text, line_rule):
            dropped.append(("feed.ad-slot", text or (m.get("class") or "")))
        else:
            kept.append(m)
    return (kept, dropped) if len(kept) >= 3 else (members, [])


SLOT_MAX_WORDS = 15  # an advertising slot shows no more words than this


def _is_ad_slot(m, text: str, line_rule) -> bool:
    n = len(text.split())
    if n > SLOT_MAX_WORDS or timed_elements(m):
        return False
    if any(_AD_CLASS.search(classes(e)) for e in itertools.islice(m.iter(etree.Element), 6)):
        return True
    if n == 0 or n > 3 or next(m.iter(*_MEDIA_TAGS), None) is not None:
        return False
    return line_rule(text) is not None
