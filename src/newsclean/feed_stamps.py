"""Which elements of a page are time stamps, and whose: the first stage of finding a live blog's
feed (`newsclean.feed`).

`timed_elements` finds, in one pass over the page, every element holding a time (a ``<time>``,
a datetime or ``data-*time`` attribute, any other data-* attribute whose value is a full ISO
time or an epoch (``data-created``, ``data-ts``; not an id or a count), a time-classed
element, a match minute, or, for pages whose stamps are plain text, a short stamp-shaped text),
keeps those that show a time of day, an age or a minute, and drops the dates carried by links to other pages (`links_elsewhere`: that
page's date, not a post's).
"""
from __future__ import annotations

import datetime as dt
import itertools

import regex
from lxml import etree

from . import times
from .html_roles import time_classed

_CLOCK_IN_VALUE = regex.compile(r"\d[T ]\d\d:\d\d")
EPOCH_VALUE = regex.compile(r"1\d{9}(?:\d{3})?")


_ISO_DATETIME = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_ISO_VALUE = regex.compile(r"\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-][01]\d:?[0-5]\d)?")
# data-* names of numbers that are not times ("data-id", "data-post-key", "data-count", "data-version")
_ID_NAME = regex.compile(r"(?:^|[-_])(?:id|key|index|idx|pos|rank|count|version|rev|views?|likes?|score|seq)(?:$|[-_])", regex.I)


def _time_named(k: str) -> bool:
    return k == "datetime" or (k.startswith("data-") and ("time" in k or "date" in k))


def data_time(name: str, value: str) -> str | None:
    """A data-* attribute of any name whose whole value is a time: an ISO date with its clock
    (a bare date, a number or a word is not), or an epoch of 10 or 13 digits on an attribute not
    named as an id or a count (``data-id="1712345678"`` is a number, not a time). Read as it
    is, no offset added."""
    if not value[:1].isdigit():
        return None
    if _ISO_VALUE.fullmatch(value):
        try:
            dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return value.replace("Z", "+00:00")
    if EPOCH_VALUE.fullmatch(value) and not _ID_NAME.search(name[5:]):
        return dt.datetime.fromtimestamp(int(value[:10]), dt.timezone.utc).isoformat()
    return None


def attribute_time(el) -> str | None:
    """A machine-readable time on an element's own attributes (ISO 8601 or an epoch): a
    datetime or data-*time/date attribute, else any other data-* attribute holding a full ISO
    date and time or an epoch (``data-created``, ``data-created-at``, ``data-ts``). The one
    reader of such attributes, for finding the feed and for reading a post's time."""
    for k, v in el.attrib.items():
        if _time_named(k):
            v = v.strip()
            if EPOCH_VALUE.fullmatch(v):
                return dt.datetime.fromtimestamp(int(v[:10]), dt.timezone.utc).isoformat()
            if _ISO_DATETIME.match(v):
                return v.replace("Z", "+00:00")
    return _other_data_time(el)


def _other_data_time(el) -> str | None:
    for k, v in el.attrib.items():
        if k.startswith("data-") and not _time_named(k) and (when := data_time(k, v.strip())) is not None:
            return when
    return None


def shows_time_of_day(e) -> bool:
    """Live posts are stamped to the minute (or with an age, or a match minute); teaser lists
    carry bare dates."""
    for k, v in e.attrib.items():
        if _time_named(k):
            v = v.strip()
            if _CLOCK_IN_VALUE.search(v) or EPOCH_VALUE.fullmatch(v):
                return True
    if _other_data_time(e) is not None:
        return True
    t = " ".join(e.itertext()).strip()  # spaced: "Posted at 15:05" + "15:05" must not fuse
    if not t or len(t) >= 80:
        return False
    return bool(times.CLOCK.search(t) or times.RELATIVE.search(t) or times.EPOCH.match(t)
                or times.parse_minute_mark(t))


def links_elsewhere(e, levels: int = 3, own: str | None = None) -> bool:
    """``e`` is (or sits in) a link to another page: a teaser's or an in-text link's date is the
    other page's, not a post's. A permalink to a post on this page carries a ``#fragment``, or
    only another query ("?post=9f1") on the page's own path ``own``."""
    for a in (e, *itertools.islice(e.iterancestors(), levels)):
        if a.tag == "a":
            href = (a.get("href") or "").strip()
            if own is not None and (href.startswith("?") or (href and path_of(href) == own)):
                return False
            return bool(href) and "#" not in href and not href.lower().startswith("javascript:")
    return False


# (.//*[@datetime] counted as its attributes, by location steps: no predicate asked of every element)
COUNT_DATETIME = etree.XPath("count(descendant::*/@datetime)")
_XML_SPACE = regex.compile(r"[ \t\n\r]+")


def normalized_len(text: str) -> int:
    """The length of XPath's ``normalize-space(text)`` (XML white space only, not NBSP)."""
    return len(_XML_SPACE.sub(" ", text).strip(" "))


def normalized_shorter(text: str, limit: int) -> bool:
    """``normalized_len(text) < limit``; a text with ``limit`` characters that are not white
    space (most prose) is rejected by counting, without the substitution."""
    visible = len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
    return visible < limit and normalized_len(text) < limit


def stamp_candidates(root, plain_text: bool, lang: str | None = None, marks=None) -> list:
    """The elements that may hold a time, in the order the stamps are weighed: ``<time>`` and
    datetime-bearing elements, then time/date-classed ones, then those with a data-*time/date
    attribute, then the holders of a match minute (a text, or a tail, whose element is the
    one given), then (with ``plain_text``) of a short stamp-shaped text; each group in document
    order. One pass over the elements (``iter`` in C, each element once): four XPath searches
    cost several times as much (libxml2 copies every text node for each string test), and a
    walk with start and end events twice as much as this. Without ``plain_text`` only a text
    holding a prime can hold a minute mark, and those are read in the walk over the attributes
    (`_walk`): the texts of the others are only read, never split or matched. ``lang``: the page's language, for its day-period words ("9.05 r.n.").
    ``marks``: see `_attribute_candidates` (noted only without ``plain_text``)."""
    if not plain_text:
        attributes, primed = _walk(root, marks, True)
        return attributes + primed
    tagged: list = []
    classed: list = []
    data: list = []
    minutes: list[tuple[tuple[int, int, int], etree._Element]] = []
    stamps: list[tuple[tuple[int, int, int], etree._Element]] = []
    for i, e in enumerate(root.iter(etree.Element), 1):
        keys = e.keys()
        if (e.tag == "time" or "datetime" in keys) and e is not root:
            tagged.append(e)
        if keys:
            if "class" in keys and time_classed(e.get("class")):
                classed.append(e)
            for k in keys:  # (the substring tests first: operators, no method call per name)
                if k.startswith("data-") and ("time" in k or "date" in k
                                              or data_time(k, e.get(k).strip()) is not None):
                    data.append(e)
                    break
        t = e.text  # (most texts hold no minute mark's prime: no call for them)
        if t and (plain_text or "'" in t or "′" in t or "’" in t) and (kind := _text_kind(t, plain_text, lang)):
            _add(minutes, stamps, kind, (i, 0, 0), e)
        t = e.tail
        if t and (plain_text or "'" in t or "′" in t or "’" in t) and e is not root \
                and (kind := _text_kind(t, plain_text, lang)):
            # a tail is read after the element's last descendant (the deeper of two tails first)
            last = i + sum(1 for _ in e.iter(etree.Element)) - 1
            _add(minutes, stamps, kind, (last, 1, -sum(1 for _ in e.iterancestors())), e)
    minutes.sort(key=_first)
    stamps.sort(key=_first)
    return tagged + classed + data + [e for _, e in minutes] + [e for _, e in stamps]


# (`stamp_candidates` walks the same attributes inline beside its text checks: a shared function
# called per element costs about 1% of an article's parse)
def _attribute_candidates(root, marks=None) -> list:
    """`stamp_candidates`' first three groups: ``<time>`` and datetime-bearing elements (not
    ``root``), time/date-classed ones, those with a data-* attribute named for a time or date or
    holding one (`data_time`). ``marks``: a `meta_bylines.BodyMarks` to hand, on the way, what
    the authors' reader looks for on the same elements (it then need not walk them again)."""
    return _walk(root, marks, False)[0]


def _walk(root, marks, minutes: bool) -> tuple[list, list]:
    """`_attribute_candidates`, and (with ``minutes``) `_primed_minutes`, in one pass over the
    elements. Reading each element's text and tail here costs a third of what an XPath search
    for the texts holding a prime cost (libxml2 copies each text node for each string test);
    a text is matched only when it is short and holds a prime (the one test for ASCII text).
    The attributes are read once per element, and each distinct class string tested once."""
    tagged: list = []
    classed: list = []
    data: list = []
    held: list = []  # (document position, element) of the minute marks
    note = marks.note if marks is not None else None
    if marks is not None:
        marks.start(root)
    # what each distinct class string says (templates repeat a few): 1, a time's class; 2, one
    # the authors' reader takes (`meta_bylines.may_note`, inline)
    said: dict = {}
    # (the <time> elements found in C first, so that no element's tag is read in the loop)
    stamped = {e for e in root.iter("time") if e is not root}
    for i, e in enumerate(root.iter(etree.Element)):
        if minutes:
            # (a minute's prime: "'" in any text, the others only outside ASCII)
            t = e.text
            if t and len(t) < 200 and ("'" in t or not t.isascii() and ("′" in t or "’" in t)) \
                    and _text_kind(t, False):
                held.append(((i, 0, 0), e))
            t = e.tail
            if t and len(t) < 200 and ("'" in t or not t.isascii() and ("′" in t or "’" in t)) \
                    and e is not root and _text_kind(t, False):
                # read after the element's last descendant (the deeper of two tails first)
                held.append(((i + sum(1 for _ in e.iter(etree.Element)) - 1, 1, -sum(1 for _ in e.iterancestors())), e))
        keys = e.keys()
        if not keys:
            if stamped and e in stamped:
                tagged.append(e)
            continue
        if len(keys) == 1:  # (most elements: one attribute, most often a class)
            k = keys[0]
            if k == "class":
                cls = e.get("class")
                kind = said.get(cls)
                if kind is None:
                    kind = said[cls] = _class_kind(cls)
                if kind:
                    if kind & 1:
                        classed.append(e)
                    if kind & 2 and note is not None:
                        note(e, keys, cls)
                if stamped and e in stamped:
                    tagged.append(e)
                continue
            if k not in _NOTED_NAMES and k != "datetime" and not k.startswith("data-"):
                if stamped and e in stamped:
                    tagged.append(e)
                continue
        if ("datetime" in keys and e is not root) or (stamped and e in stamped):
            tagged.append(e)
        cls = None
        if "class" in keys:
            cls = e.get("class")
            kind = said.get(cls)
            if kind is None:
                kind = said[cls] = _class_kind(cls)
            if kind & 1:
                classed.append(e)
            if note is not None and (kind & 2 or "rel" in keys or "itemprop" in keys or "id" in keys
                                     or "data-testid" in keys):
                note(e, keys, cls)
        elif note is not None and ("rel" in keys or "itemprop" in keys or "id" in keys or "data-testid" in keys):
            note(e, keys, None)
        for k in keys:  # (the substring tests first: operators, no method call per name)
            if k.startswith("data-"):
                if "time" in k or "date" in k:
                    data.append(e)
                    break
                # (`data_time` reads a value that opens with a digit once stripped)
                v = e.get(k)
                if v and (v[0].isdigit() or v[0].isspace()) and data_time(k, v.strip()) is not None:
                    data.append(e)
                    break
    held.sort(key=_first)
    return tagged + classed + data, [e for _, e in held]


# the attribute names the authors' reader looks at besides a class (`meta_bylines.may_note`)
_NOTED_NAMES = frozenset(("rel", "itemprop", "id", "data-testid"))


def _class_kind(cls: str) -> int:
    """What a class string says here: 1, a time's (`time_classed`); 2, a class the authors'
    reader takes (`meta_bylines.may_note`); 3, both."""
    return (1 if time_classed(cls) else 0) | (2 if cls and (
        "uthor" in cls or "yline" in cls or "utor" in cls or "riter" in cls or "uteur" in cls
        or "username" in cls) else 0)


def _primed_minutes(root) -> list:
    """The holders of a match minute: the element whose text, or whose tail (never ``root``'s),
    is one, each once, in document order (a text right after its element's start, a tail after
    the element's last descendant, the deeper of two tails first)."""
    return _walk(root, None, True)[1]


def _first(pair: tuple) -> tuple:
    return pair[0]


def _add(minutes: list, stamps: list, kind: int, key: tuple, e) -> None:
    if kind & 1:
        minutes.append((key, e))
    if kind & 2:
        stamps.append((key, e))


def _text_kind(t: str, plain_text: bool, lang: str | None = None) -> int:
    """0: no stamp; 1: a match minute; 2: (with ``plain_text``) a stamp-shaped text; 3: both."""
    n = len(t)
    kind = 0
    if n < 200 and ("'" in t or "′" in t or "’" in t) and normalized_shorter(t, 12) and times.parse_minute_mark(t):
        kind = 1
    if plain_text and n < 400 and t.strip() and normalized_shorter(t, 40) and is_stamp_text(t, lang):
        kind += 2
    return kind


def path_of(href: str) -> str:
    """The path of an address, without its query, fragment and closing slash ("" for "?x=1")."""
    rest = href.split("://", 1)[1].partition("/")[2] if "://" in href else href.lstrip("/") if href.startswith("/") else href
    if "://" in href or href.startswith("/"):
        rest = "/" + rest
    return rest.split("#", 1)[0].split("?", 1)[0].rstrip("/")


def own_path(tree, url: str | None) -> str | None:
    """The path of the page's own address (the given one, else its canonical or og:url link)."""
    if not url:  # (the first of //link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content)
        url = next((v.strip() for el in tree.getroottree().getroot().iter("link", "meta")
                    if (v := el.get("href") if el.tag == "link" and el.get("rel") == "canonical"
                        else el.get("content") if el.tag == "meta" and el.get("property") == "og:url" else None)
                    is not None), None)
    if not url or "://" not in url:
        return None
    path = path_of(url)
    return path or None


def timed_elements(root, *, plain_text: bool = False, own: str | None = None, lang: str | None = None,
                   marks=None) -> dict:
    """Every element that holds a time: a <time>, a datetime or data-*time attribute, a short
    time/date-classed element, or a match minute ("45+2'"); with ``plain_text``, also any element
    whose own short text is a time stamp ("10:42", "3 hours ago"). Found in one pass, then marked
    on all their ancestors; each stamp element maps to what it shows (its ancestors to None).
    ``marks``: see `_attribute_candidates`."""
    timed: dict = {}
    candidates = stamp_candidates(root, plain_text, lang, marks)
    for e in candidates:
        if e in timed or not isinstance(e.tag, str) or links_elsewhere(e, own=own) or not shows_time_of_day(e):
            continue
        timed[e] = stamp_key(e)
        for a in e.iterancestors():
            if a in timed:
                break
            timed[a] = None
    return timed


def stamps_in(m, timed: dict) -> tuple:
    """The stamps shown in a member (first few), to tell updates apart from a repeated time."""
    return tuple(v for v in (timed.get(d) for d in m.iter() if d in timed) if v)[:4]


def stamp_key(e) -> str:
    for k, v in e.attrib.items():
        if _time_named(k):
            return v.strip()
    if (when := _other_data_time(e)) is not None:
        return when
    return " ".join(" ".join(e.itertext()).split())


def is_stamp_text(text: str, lang: str | None = None) -> bool:
    """A short text that is a clock or an age, read in ``lang`` (its day periods: "1.45 i.n.")."""
    mark = times.parse_time_line(" ".join(text.split()), lang=lang)
    if mark is not None and mark.lead and mark.has_clock and not mark.tail and DATE_LEAD.match(mark.lead):
        return True  # a date no reader knows before the clock ("19 Nofeembar 2024 | 16h10")
    return mark is not None and (mark.has_clock or mark.relative) and not mark.lead and len(mark.tail.split()) <= 2


DATE_LEAD = times.UNREAD_DATE  # (a date no reader knows before a clock: shared with the text front)
