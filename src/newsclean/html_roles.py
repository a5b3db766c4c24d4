"""What an element's markup says about its role, and the text a reader sees in it.

Shared by the per-post walk (``post_walk``), the media reader (``html_media``) and the
cross-post cleaning (``post_clean``). Nothing here knows any page's words: only tags, class
names, ``itemprop``/``role``/component attributes and the shape of text.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex
from lxml import html as lxml_html

from . import shapes
from .author_classes import class_names_author
from .model import Removal
from .rules import LineRule, RuleSet

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "button", "form", "select", "input",
             "textarea", "iframe", "object", "canvas", "link", "meta")
INLINE = frozenset(("a", "span", "strong", "b", "em", "i", "u", "small", "sup", "sub", "br", "abbr", "cite",
                    "code", "mark", "q", "s", "font", "bdi", "bdo", "wbr", "del", "ins", "time", "label", "var"))
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")

BOILERPLATE_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|newsletter|promo|advert|ad-slot|ad-container|ads|sponsor"
    r"|subscribe|signup|sign-up|cookie|consent|recommend|outbrain|taboola|visually-hidden|sr-only|screen-?reader"
    r"|hidden|hide|read-more|readmore|more-on|most-read|most-popular|breadcrumb|toolbar|tools|bookmark"
    r"|font-?size|read-?time|reading-?time|alert-?button|cta)(?:$|[\s_-])",
    regex.I)
MEDIA_CLASS = regex.compile(r"figure|image|photo|picture|video|media", regex.I)
HIDDEN_CLASS = regex.compile(r"(?:^|[\s_-])(?:vh|visually-?hidden|sr-only|screen-?reader(?:-text|-only)?|offscreen)(?:$|\s)", regex.I)
# (and the author's word of other languages as a word of its own, "ticker__autor", "auteur-nom":
# never inside another, "autorefresh", "autoreply"; camel case "autorName" is one)
AUTHOR_CLASS = regex.compile(r"author|byline|contributor|writer|reporter"
                             r"|(?:^|[\s_-])(?:autor|auteur|autore)(?:s|es|en|i|in|a|ka|zy)?(?:$|[\s_-]|(?-i:[A-Z]))", regex.I)
LABEL_CLASS = regex.compile(r"label|badge|kicker|flag|key-?event|pinned|breaking|tag(?!s)|eyebrow|pill", regex.I)
CREDIT_CLASS = regex.compile(r"credit|copyright|source|attribution", regex.I)
EMBED_CLASS = regex.compile(r"twitter-tweet|instagram-media|tiktok-embed|embed|tweet|fb-post", regex.I)
# (and "tit" and "ttl" as words of their own: the abbreviations Korean, Japanese and Chinese
# templates name titles with, "tit-news", "news_tit", "tit_area", "c-ttl", "row__ttl")
# and the word in the news languages' own class names, as a word's start: "entrada-titulo",
# "titolo-post", "post__titre", "bericht-titel", "wpis-tytul", "uutinen-otsikko", "haber-baslik",
# "sak-overskrift", "clanek-nadpis", "nyhet-rubrik" (sv, da), "berita__judul" (id, ms),
# "stire-titlu" (ro), "vijest-naslov" (hr, sr, sl)
TITLE_CLASS = regex.compile(r"title|headline|heading|(?<![a-z])(?:tit|ttl)(?![a-z])"
                            r"|(?<![a-z])(?:t[ií]tul|titol|titre|titel|tytu[lł]|otsikko|ba[sş]l[iı]k|overskrift|nadpis"
                            r"|rubrik|judul|titlu|naslov)",
                            regex.I)
# "time" but not "timeline"/"timer"/"timeout", "date" but not "update"; and "age" as a word of its
# own, the chip printing a post's age ("update-age": "5 minutes ago"), not "page"/"image" nor an
# age check ("age-gate", "age-rating")
TIME_CLASS = regex.compile(r"time(?!line|r|out)|(?<!up)date|stamp|posted|published"
                           r"|(?<![a-z])age(?![a-z])(?![-_]?(?:gate|verif|restrict|rating|limit|check))", regex.I)


class ClassTest:
    """A class-name pattern and words that every match of it holds, in some letter case. The
    ``regex`` engine takes microseconds to search a class string case-insensitively, and a page
    has thousands of distinct ones; an ASCII string (nearly all are) whose lower case holds none
    of the words cannot match, and substring tests in C tell that first. (For ASCII text,
    matching a lower-case word in any case is finding it in the text's lower case; other text
    goes to the pattern: "İ" and "ſ" match "i" and "s" there.)"""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: "regex.Pattern[str]", words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words

    def __call__(self, cls: str) -> bool:
        if cls.isascii():
            low = cls.lower()
            for w in self.words:  # (a loop, not any() over a generator: half the instructions)
                if w in low:
                    break
            else:
                return False
        return self.pattern.search(cls) is not None


# The words each pattern's matches hold (one per alternative of the pattern, or a shorter part
# that several alternatives share): kept beside the patterns, and tested against them.
_TIME_TEST = ClassTest(TIME_CLASS, ("time", "date", "stamp", "posted", "published", "age"))
_HIDDEN_TEST = ClassTest(HIDDEN_CLASS, ("vh", "visually", "sr-only", "screen"))


@functools.lru_cache(maxsize=8192)
def time_classed(cls: str) -> bool:
    """Whether a class string names a time (cached: templates repeat their class strings)."""
    return _TIME_TEST(cls)


@functools.lru_cache(maxsize=8192)
def hidden_classed(cls: str) -> bool:
    """Whether a class string marks text only screen readers get (cached)."""
    return _HIDDEN_TEST(cls)


CONTROL_ROLES = frozenset(("button", "toolbar", "menu", "menubar", "tablist", "tab", "switch", "slider"))


ROLE_ATTRIBUTES = ("class", "id", "data-component", "itemprop", "rel", "data-sentry-component", "data-testid",
                   "data-qa")


def roles(el: lxml_html.HtmlElement) -> str:
    """Every attribute that names an element's part in its template: class, id, itemprop, rel
    and the component names front-end frameworks print (``data-component``, ``data-testid``,
    ``data-qa``...)."""
    # (the element's attribute names listed once, and only those present read: most elements
    # have one attribute or none, and each read is a call into lxml)
    names = el.keys()
    if not names:
        return ""
    if len(names) == 1:  # (the commonest case: one attribute, read only if it names a role)
        return (el.get(names[0]) or "") if names[0] in _ROLE_ATTRIBUTE_SET else ""
    return " ".join([value for name in ROLE_ATTRIBUTES if name in names and (value := el.get(name))])


_ROLE_ATTRIBUTE_SET = frozenset(ROLE_ATTRIBUTES)


_READ_TIME = regex.compile(r"read(?:ing)?-?time", regex.I)  # a read-time badge is no time stamp
_ROLE_PATTERNS = (("boilerplate", BOILERPLATE_CLASS), ("read-time", _READ_TIME), ("time", TIME_CLASS),
                  ("author", AUTHOR_CLASS), ("embed", EMBED_CLASS), ("media", MEDIA_CLASS), ("label", LABEL_CLASS),
                  ("title", TITLE_CLASS))
_ROLE_TESTS = (
    ("boilerplate", ClassTest(BOILERPLATE_CLASS, (
        "shar", "social", "related", "newsletter", "promo", "advert", "ad-", "ads", "sponsor", "subscribe",
        "sign", "cookie", "consent", "recommend", "outbrain", "taboola", "hid", "sr-only", "screen", "read",
        "more-on", "most-", "breadcrumb", "tool", "bookmark", "font", "alert", "cta"))),
    ("read-time", ClassTest(_READ_TIME, ("read",))),
    ("time", _TIME_TEST),
    ("author", ClassTest(AUTHOR_CLASS, ("author", "byline", "contributor", "writer", "reporter", "autor", "auteur"))),
    ("embed", ClassTest(EMBED_CLASS, ("embed", "tweet", "instagram-media", "fb-post"))),
    ("media", ClassTest(MEDIA_CLASS, ("figure", "image", "photo", "picture", "video", "media"))),
    ("label", ClassTest(LABEL_CLASS, ("label", "badge", "kicker", "flag", "key", "pinned", "breaking", "tag",
                                      "eyebrow", "pill"))),
    ("title", ClassTest(TITLE_CLASS, ("tit", "ttl", "headline", "heading", "tyt", "otsikko", "bas", "overskrift", "nadpis",
                                      "rubrik", "judul", "naslov"))),
)


@functools.lru_cache(maxsize=4096)
def class_says(cls: str) -> frozenset[str]:
    """The roles a class/component string names (templates repeat their class strings, so
    each distinct one is matched once)."""
    if not cls:
        return frozenset()
    says = frozenset(name for name, test in _ROLE_TESTS if test(cls))
    if "author" not in says and class_names_author(cls):  # "perc-szerzo", "item__penulis"
        says |= {"author"}
    return says


@dataclass
class Ctx:
    """What the walk of one page carries: its cleaning rules, what was removed, and the
    page's own name (never an author)."""

    rules: RuleSet
    removed: list[Removal] = field(default_factory=list)
    site_names: frozenset[str] = frozenset()
    language: str | None = None
    zone: str | None = None          # the IANA zone the page states for its clocks
    media_page: object = None        # html_media's facts about the page's captions, found once
    pinned_labels: set[str] = field(default_factory=set)  # labels of posts marked pinned by class
    notes: set[str] = field(default_factory=set)  # warnings the walk of the posts raised, for the document
    # (the answers of `line_rule_for` and `strip_spans` for the texts of this page: a page repeats
    # its interface lines and, on a grown page, whole paragraphs; one parse only, never shared)
    _line_rules: dict = field(default_factory=dict, repr=False)
    _stripped: dict = field(default_factory=dict, repr=False)

    def remove(self, rule: str, text: str) -> None:
        text = shapes.clean(text)
        if text:
            self.removed.append(Removal(rule, text))

    def line_rule_for(self, text: str) -> LineRule | None:
        """``rules.line_rule_for(text)``, each distinct text asked once per page."""
        memo = self._line_rules
        rule = memo.get(text, memo)
        if rule is memo:
            rule = memo[text] = self.rules.line_rule_for(text)
        return rule

    def strip_spans(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """``rules.strip_spans(text)``, each distinct text asked once per page (the list given
        is shared by the asks of one text: read it, never change it)."""
        memo = self._stripped
        found = memo.get(text)
        if found is None:
            found = memo[text] = self.rules.strip_spans(text)
        return found


def is_element(el) -> bool:
    return isinstance(el.tag, str)


def has_block_child(el: lxml_html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag not in INLINE for c in el)


def holds_structure(el: lxml_html.HtmlElement) -> bool:
    """An inline element that wraps a time, a heading, an image or a block is walked as a block:
    a ``<span>`` around ``<time>`` must not fold the stamp into a line of text."""
    for d in el.iterdescendants():
        if isinstance(d.tag, str) and (d.tag not in INLINE or d.tag == "time" or d.get("datetime") is not None):
            return True
    return False


def is_inline(el: lxml_html.HtmlElement) -> bool:
    if el.tag not in INLINE or el.tag == "time" or el.get("datetime") is not None:
        return False
    cls = el.get("class")
    if cls and time_classed(cls):
        return False
    return len(el) == 0 or not holds_structure(el)


def join_pieces(pieces: list[tuple[str, bool]]) -> str:
    """Join text pieces as a browser shows them: exactly, except that two elements with nothing
    between them (``<span>2 Nov</span><span>21:06</span>``) are shown apart."""
    out: list[str] = []
    last_was_element = False
    for text, from_element in pieces:
        if not text:
            continue
        if from_element and last_was_element and out and not out[-1][-1:].isspace() and not text[:1].isspace():
            out.append(" ")
        out.append(text)
        last_was_element = from_element
    return "".join(out)


def inline_pieces(el, pieces: list[tuple[str, bool]], *, blocks: bool) -> None:
    """Text pieces of ``el``'s children in order; block-level children only when ``blocks``
    (and then set apart by spaces)."""
    pieces.append((el.text or "", False))
    for ch in el:
        if isinstance(ch.tag, str):
            if ch.tag == "br":
                pieces.append((" ", False))
            elif ch.tag in INLINE:
                sub: list[tuple[str, bool]] = []
                inline_pieces(ch, sub, blocks=blocks)
                pieces.append((join_pieces(sub), True))
            elif blocks:
                sub = []
                inline_pieces(ch, sub, blocks=True)
                pieces.append((" " + join_pieces(sub) + " ", True))
        pieces.append((ch.tail or "", False))


def inline_raw(el: lxml_html.HtmlElement) -> str:
    """An inline element's text as shown, its edge whitespace kept (``from<a> Name</a>``)."""
    pieces: list[tuple[str, bool]] = []
    inline_pieces(el, pieces, blocks=False)
    return join_pieces(pieces)


def own_text(el: lxml_html.HtmlElement) -> str:
    """The text of an element without its block-level children, as shown."""
    pieces: list[tuple[str, bool]] = []
    inline_pieces(el, pieces, blocks=False)
    return shapes.clean(join_pieces(pieces))


def shown_text(el: lxml_html.HtmlElement) -> str:
    """All the text of an element as shown: inline runs joined as a browser joins them, blocks apart."""
    pieces: list[tuple[str, bool]] = []
    inline_pieces(el, pieces, blocks=True)
    return shapes.clean(join_pieces(pieces))


def is_control(el: lxml_html.HtmlElement) -> bool:
    """A control, not content: a button, toolbar or menu by its ARIA role."""
    role = (el.get("role") or "").strip().lower()
    return role in CONTROL_ROLES


def link_text_share(el: lxml_html.HtmlElement) -> float:
    """The share of an element's text that sits inside links."""
    total = len(" ".join(el.text_content().split()))
    if not total:
        return 0.0
    linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return min(linked / total, 1.0)


def points_elsewhere(href: str | None) -> bool:
    """A link to another page (not an anchor on this one, not a script)."""
    if not href:
        return False
    href = href.strip()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:", "tel:"))
