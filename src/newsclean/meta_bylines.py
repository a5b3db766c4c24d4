"""The page's byline elements, read for :mod:`meta_authors` when nothing is declared: elements
declared as the author's (``rel=author``, ``itemprop=author``, links to an author's page), elements
whose class, id or test id says author or byline, a byline word as a label before the names,
lines opening with a byline word, and a bold signature closing the body. Commenters, teaser
lists, menus and other stories' bylines are left out. One walk over the page (:class:`Scan`)
collects what every reader looks at.
"""
from __future__ import annotations

import functools

import re
import unicodedata
from urllib.parse import unquote

import regex
from lxml import etree
from lxml import html as lxml_html

from . import meta_words, shapes
from .meta_marks import DECLARED, HINTED, USER, BodyMarks
from .meta_names import PAREN, PREFIXES, QUOTES, SPLIT, looks_like_name, strip_prefix
from .meta_title import key
from .node_text import text_of

_NAV = regex.compile(r"(?:^|[\s_-])(?:menu|nav|navbar|navigation)(?:$|[\s_-])", regex.I)
_LABEL = regex.compile(r"^(?:" + "|".join(regex.escape(p) for p in PREFIXES) + r")\s*[:：]?$", regex.I)
_LINE_START = regex.compile(r"^\s*[(\[（]?\s*(?:" + "|".join(regex.escape(p) for p in PREFIXES) + r")\s*(?:[:：]\s*|\s|$)",
                            regex.I)
_BYLINE_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:author|byline|autor|auteur|autore|writer|creator)(?:s|es|en|i|name|names)?(?:zeile|line)?(?:$|[\s_-])",
    regex.I)
# a class token naming a picture's credit ("media-license-author", "photo-author"): not the story's
_CREDIT_CLASS = regex.compile(r"(?:" + "|".join(meta_words.CREDIT_CLASS_WORDS) + r")", regex.I)
# What the page walk (:class:`Scan`) looks for: class, id or test id words of bylines, and links
# to an author's page ("/autoren/name/max-kolter", "/author/jane-doe/": the path segment before the
# slug says author in the site's language, words in :mod:`meta_words`).
_PREFIX_WORDS = frozenset(w for p in PREFIXES for w in p.split()[-1:])
# (a literal alternation, asked of every link: the standard library's engine matches it several
# times faster than ``regex``, with the same answers)
_LINK_HINT = re.compile("/(?:" + "|".join(re.escape(w) for w in meta_words.AUTHOR_PATH_WORDS) + ")")
_AUTHOR_PATH = regex.compile(r"/(?:" + "|".join(regex.escape(w) for w in meta_words.AUTHOR_PATH_WORDS)
                             + r")/(?:[\w-]{1,20}/)?[\w.%-]{2,80}/?$", regex.I)
_COMMENT = regex.compile(r"(?:^|[\s_-])(?:" + "|".join(meta_words.COMMENT_CLASS_WORDS) + r")", regex.I)


# (compiled once: a pattern given as a string is looked up in the engine's cache on every call)
_SLUG_WORDS = regex.compile(r"[\W_]+")
_INDEX_PAGE = regex.compile(r"(?i)index\.\w{2,5}$")


class Scan:
    """One walk over the page collecting what every DOM reader looks at: elements declared as the
    author's, links to author pages, elements whose class, id or test id hints at a byline, and
    short texts opening with a byline word (all in document order). One Python pass is cheaper
    than an XPath per reader on large pages."""

    __slots__ = ("classed", "declared", "lines", "links", "users")

    def __init__(self, tree: lxml_html.HtmlElement, marks: BodyMarks | None = None) -> None:
        """``marks``: what another walk over the page's body found on its elements' attributes
        (`BodyMarks`), read instead of walking the body's elements again (the same lists)."""
        self.declared: list[lxml_html.HtmlElement] = []
        self.links: list[lxml_html.HtmlElement] = []
        self.classed: list[lxml_html.HtmlElement] = []
        self.lines: list[lxml_html.HtmlElement] = []
        self.users: list[lxml_html.HtmlElement] = []  # Drupal's "username": the node author's account
        body = marks.root if marks is not None else None
        if body is None or not (body is tree or body.getparent() is tree):
            self._attributes(tree.iter(etree.Element))
        else:  # the elements in document order: the root, then each of its children's, the body's noted
            if body is not tree:
                self._attributes((tree,))
            for child in tree if body is not tree else (tree,):
                if child is body:
                    self._noted(marks.found, body)  # type: ignore[union-attr]
                elif isinstance(child.tag, str):
                    self._attributes(child.iter(etree.Element))
        self._links_and_lines(tree)

    def _attributes(self, elements) -> None:
        declared, classed, users = self.declared, self.classed, self.users
        # (elements only, chosen in C; the attribute names listed once, in C, and each value read
        # only when its name is there; the class hint as substring tests, inline. The links and
        # the line tags are picked in C by their own passes: no element's tag is read here)
        for el in elements:
            keys = el.keys()
            if keys:
                get = el.get
                cls = get("class") if "class" in keys else None
                if (("rel" in keys and get("rel") == "author") or ("itemprop" in keys and get("itemprop") == "author")) \
                        and len(declared) < 12:
                    declared.append(el)
                elif cls and "username" in cls and "username" in cls.split() and len(users) < 12:
                    users.append(el)
                if len(classed) < 200 and (
                        (cls and ("uthor" in cls or "yline" in cls or "utor" in cls or "riter" in cls or "uteur" in cls))
                        or ("id" in keys and _class_hint(get("id")))
                        or ("data-testid" in keys and _class_hint(get("data-testid")))):
                    classed.append(el)

    def _noted(self, found: list, body: lxml_html.HtmlElement) -> None:
        """`_attributes` from what `BodyMarks.note` found, for the elements still in ``body``."""
        declared, classed, users = self.declared, self.classed, self.users
        for el, flags in found:
            if el is not body and not any(a is body for a in el.iterancestors()):
                continue  # dropped since it was noted (a control, a screen reader's copy)
            if flags & DECLARED and len(declared) < 12:
                declared.append(el)
            elif flags & USER and len(users) < 12:
                users.append(el)
            if len(classed) < 200 and flags & HINTED:
                classed.append(el)

    def _links_and_lines(self, tree: lxml_html.HtmlElement) -> None:
        links, lines = self.links, self.lines
        line_tags = _LINE_TAG_SET
        link_hint = _LINK_HINT.search
        first_ok = _FIRST_OK
        for el in tree.iter("a"):
            if len(links) >= 40:
                break
            href = el.get("href")
            if href and link_hint(href):
                links.append(el)
        for el in tree.iter(*line_tags):
            text = el.text
            if text:
                c = text[0]  # (the first character past any opener, without copying the text)
                if c in _OPENERS:
                    c = text.lstrip(_OPENERS)[:1]
                first = first_ok.get(c)
                if first is None:
                    first = first_ok[c] = c.casefold()[:1] in _FIRST_CHARS
                if first and _first_word(text) in _FIRST_WORDS:
                    lines.append(el)


def _class_hint(value: str | None) -> bool:
    """A class, id or test id that hints at an author or byline in some language ("author",
    "byline", "autor", "auteur", "writer"): plain substring tests, as the walk asks every element."""
    if not value:
        return False
    return "uthor" in value or "yline" in value or "utor" in value or "riter" in value or "uteur" in value


_OPENERS = " \t\r\n\xa0([（"


def _first_word(text: str) -> str:
    """The first word of a text, brackets, colons and case ignored ("(责编：牛镛" -> "责编")."""
    head = text.lstrip(_OPENERS)[:40].casefold()
    m = _WORD_END.search(head)
    return head[:m.start()] if m else head


def declared_bylines(tree: lxml_html.HtmlElement, scan: Scan | None = None) -> list[str]:
    """Byline text from the elements the page declares as the author's: ``rel=author`` and
    ``itemprop=author`` (else the account name Drupal prints as ``class="username"``), else links to
    an author's page whose text is a name (or the handle the link's path ends with:
    "/author/floyd/" reading "Floyd")."""
    scan = scan or Scan(tree)
    found: list[str] = []
    for el in scan.declared or [u for u in scan.users if _after_byline_word(u) and not _in_navigation(u)][:3]:
        if _in_comments(el):
            continue
        name = el.xpath('.//*[@itemprop="name"]/@content|.//*[@itemprop="name"]//text()')
        text = " ".join(name) if name else _pieces(el)
        if text.strip():
            found.append(text)
    if found:
        return found
    handles: list[str] = []
    for el in scan.links:
        href = (el.get("href") or "").split("?")[0].split("#")[0]
        text = shapes.clean(text_of(el))
        if not _AUTHOR_PATH.search(href) or not text or _in_comments(el):
            continue
        if looks_like_name(text) and slug_agrees(href, text):
            found.append(text)
        elif _slug_names(href, text) and not _in_navigation(el):
            handles.append(text)
        if len(found) >= 6:
            break
    if not found and len({key(h) for h in handles}) <= 2:
        found = handles  # "/author/floyd/" reading "Floyd"; many such links are a menu
    return found


def author_page(href: str | None) -> bool:
    """Whether a link's address is an author's page ("/autor/ana-lopez/", "/author/jane-doe"):
    the path segment before the slug says author in some language (`meta_words.AUTHOR_PATH_WORDS`)."""
    if not href or not _LINK_HINT.search(href):
        return False
    return bool(_AUTHOR_PAGE.search(href.split("?")[0].split("#")[0]))


# (any slug, one letter too: "/autor/x/"; the page readers above ask for two, where a link's
# text alone decides whether it names anyone)
_AUTHOR_PAGE = regex.compile(r"/(?:" + "|".join(regex.escape(w) for w in meta_words.AUTHOR_PATH_WORDS)
                             + r")/(?:[\w-]{1,20}/)?[\w.%-]{1,80}/?$", regex.I)


def _after_byline_word(el: lxml_html.HtmlElement) -> bool:
    """Whether the text just before an element ends in a byline word ("Gespeichert von <span
    class="username">rasos</span>"), so an account name is the author's, not a login box's."""
    prev = el.getprevious()
    parent = el.getparent()
    before = (prev.tail if prev is not None else parent.text if parent is not None else None) or ""
    words = before.replace(":", " ").replace("：", " ").split()
    return bool(words) and words[-1].casefold() in _PREFIX_WORDS


def _in_navigation(el: lxml_html.HtmlElement) -> bool:
    for a in el.iterancestors():
        if a.tag == "nav" or _NAV.search(a.get("class") or ""):
            return True
    return False


def slug_agrees(href: str, text: str) -> bool:
    """Whether an author-page link's text can be the name its address is for: the address ends
    in an id, or shares a word with the text ("/author/jane-doe" and "Jane Doe"; not
    "/author/peta-team" and "Alle Beiträge")."""
    slug = _plain(unquote(_last_segment(href)))
    words = [w for w in _SLUG_WORDS.split(slug) if len(w) >= 3 and not w.isdigit()]
    if len(words) < 2:
        return True  # an id or an account ("/author/admin/" for "Peter Addor")
    k = _plain(key(text))
    return any(w in k for w in words) or any(len(t) >= 3 and t in slug for t in (_plain(key(x)) for x in text.split()))


def _last_segment(href: str) -> str:
    """The last segment of an address's path that is no index page ("/author/ronja-beck/index.html"
    -> "ronja-beck")."""
    segs = [x for x in href.split("/") if x and not _INDEX_PAGE.match(x)]
    return segs[-1] if segs else ""


def _plain(s: str) -> str:
    """Case and accents folded ("Ophélie" -> "ophelie"), as in web addresses."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def _slug_names(href: str, text: str) -> bool:
    """Whether a one-word link text is the handle its author-page address ends with."""
    slug = key(_last_segment(href))
    k = key(text)
    return " " not in text.strip() and len(k) >= 2 and bool(slug) and (slug == k or slug.startswith(k))


def class_bylines(tree: lxml_html.HtmlElement, scan: Scan | None = None) -> list[str]:
    """Byline text from elements whose class, id or test id says author or byline."""
    hits: list[lxml_html.HtmlElement] = []
    for el in (scan or Scan(tree)).classed:
        label = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"
        if not _BYLINE_CLASS.search(label.replace("__", " ").replace("--", " ")):
            continue
        named = [t for t in label.split() if _BYLINE_CLASS.search(t)]
        if named and all(_CREDIT_CLASS.search(t) for t in named):
            continue  # "media-license-author": a picture's credit
        if el.tag in ("meta", "link", "script", "style", "img", "body", "html", "main", "article"):
            continue
        if _in_teaser(el, links=False) or _in_comments(el) or _other_author_link(el):
            continue
        hits.append(el)
    inner: set[lxml_html.HtmlElement] = set()  # a byline box holding a byline element with a name: the inner one (no date or rubric)
    for el in hits:
        text = shapes.clean(text_of(el))
        if _LABEL.match(text) or len(text) < 3:
            continue  # the box's "von" label: the box holds the name
        inner.update(a for a in el.iterancestors() if a in hits)
    found: list[str] = []
    for el in hits:
        if el in inner:
            continue
        text = _pieces(el)
        if 2 < len(text) <= 160:
            found.append(text)
        if len(found) >= 6:
            break
    return found


def dom_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline text from the elements pages mark as the author's (declared, else by class)."""
    return declared_bylines(tree) or class_bylines(tree)


def _other_author_link(el: lxml_html.HtmlElement) -> bool:
    """An element that is one link to an author's page whose text is not that author's name
    ("<a class="author-link" href="/author/peta-team/">Alle Beiträge</a>")."""
    links = [el] if el.tag == "a" else el.findall(".//a")
    if len(links) != 1 or shapes.clean(text_of(links[0])) != shapes.clean(text_of(el)):
        return False
    href = (links[0].get("href") or "").split("?")[0].split("#")[0]
    return bool(_AUTHOR_PATH.search(href)) and not slug_agrees(href, shapes.clean(text_of(el)))


def _in_comments(el: lxml_html.HtmlElement) -> bool:
    """In a comment thread (or a commenter's name element itself): a commenter, not the author."""
    for a in (el, *el.iterancestors()):
        if _COMMENT.search(a.get("class") or "") or _COMMENT.search(a.get("id") or ""):
            return True
    return False


_HEADING_LABELS = ("h4", "h5", "h6", "dt", "th", "label")
_LABEL_TAGS = ("span", "strong", "b", "em", "h4", "h5", "h6", "dt", "th", "label", "div", "p", "small")


def label_bylines(tree: lxml_html.HtmlElement, scan: Scan | None = None) -> list[str]:
    """A byline word alone in its element, the names after it ("<h5>Autor:</h5>Peter Maahn",
    "<span>By</span><span><a>J.R. Stone</a></span>"): the names are the element's tail or its next
    sibling's text, and must be name-shaped. Several different results: a teaser list, none."""
    found: list[str] = []
    for el in (scan or Scan(tree)).lines:
        if el.tag not in _LABEL_TAG_SET:
            continue
        if len(el):
            continue
        text = (el.text or "").strip()
        if not text or len(text) > 24 or not _LABEL.match(text) or _in_teaser(el) or _in_comments(el):
            continue
        if (el.tag not in _HEADING_LABELS and not text.endswith((":", "："))
                and text.casefold() not in meta_words.INNER_PREFIXES):
            continue  # "Text", "Autor" in running text without a colon: a menu or a heading word
        value = (el.tail or "").strip()
        if not value:
            nxt = el.getnext()
            value = shapes.clean(text_of(nxt)) if nxt is not None else ""
        if not value or len(value) > 120:
            continue
        parts = [p for p in (q.strip(QUOTES) for q in SPLIT.split(PAREN.sub(" ", value))) if p]
        if parts and looks_like_name(parts[0]):
            found.append(value)
        if len(found) >= 3:
            break
    if len({key(f) for f in found}) > 1:
        return []
    return found


_LINE_TAGS = frozenset(("p", "div", "span", "li", "em", "i", "small", "address", "strong", "b", "td", "dd", "figcaption"))
_LABEL_TAG_SET = frozenset(_LABEL_TAGS)
_LINE_TAG_SET = _LINE_TAGS | _LABEL_TAG_SET
_FIRST_WORDS = frozenset(p.split()[0] for p in PREFIXES)
_FIRST_CHARS = frozenset(w[:1] for w in _FIRST_WORDS)  # (a cheap test before _first_word)
_FIRST_OK: dict[str, bool] = {}  # character -> whether it case-folds to one of _FIRST_CHARS (filled as met)
_WORD_END = regex.compile(r"[\s:：]")


def prefix_lines(tree: lxml_html.HtmlElement, scan: Scan | None = None) -> list[str]:
    """Lines that open with a byline word and hold names only ("Von: Bill McCarthy, Marisha
    Goldhamer", "(责编：牛镛、岳弘彬)"). Every part after the prefix must be name-shaped, so prose
    that merely starts with such a word ("Par ailleurs, Emmanuel Macron ...") is no byline."""
    found: list[str] = []
    for el in (scan or Scan(tree)).lines:
        if el.tag not in _LINE_TAGS:
            continue
        if not _LINE_START.match(el.text or "") or _in_teaser(el):
            continue
        text = shapes.clean(text_of(el)).strip("()[]（）")
        if not 3 < len(text) <= 120:
            continue
        body = strip_prefix(text)
        if body == text:
            continue
        parts = [p for p in (q.strip(" -–—:,.") for q in SPLIT.split(PAREN.sub(" ", body))) if p]
        if parts and all(looks_like_name(p) for p in parts):
            found.append(body)
        if len(found) >= 3:
            break
    if len({key(f) for f in found}) > 1:
        return []  # different bylines in several places: a list of teasers, not this story's
    return found


_TEASER = regex.compile(r"(?:^|[\s_-])(?:" + "|".join(meta_words.TEASER_CLASS_WORDS) + r")", regex.I)
# a layout modifier in a class token ("has-double-sidebar", "wrapper__with-sidebar", "no-sidebars")
# names what sits beside a box, not the box: the token is read up to it
_MODIFIER = regex.compile(r"(?:(?<!\S)|[_-])(?:has|with|without|no)[_-]\S*", regex.I)


@functools.lru_cache(maxsize=4096)
def _teaser_class(cls: str) -> bool:
    return bool(_TEASER.search(_MODIFIER.sub("", cls))) if cls else False


_TEASER_DEPTH = 40  # (a byline sits a few levels inside its box; a hostile page nests thousands)


def _in_teaser(el: lxml_html.HtmlElement, links: bool = True) -> bool:
    """Inside a teaser box (related stories, most read), or with ``links`` a link: another story's
    byline. Looked for in the nearest ``_TEASER_DEPTH`` ancestors."""
    for depth, a in enumerate(el.iterancestors()):
        if a.tag in ("body", "html") or depth >= _TEASER_DEPTH:
            break  # the page's own classes describe its layout ("no-sidebars"), not a box
        if (links and a.tag == "a") or _teaser_class(a.get("class") or ""):
            return True
    return False


_BOLD = ("strong", "b")
_MIN_PROSE = 80


def signature(tree: lxml_html.HtmlElement) -> list[str]:
    """A name alone in bold as the last paragraph of the body (or its first, above the text):
    the signature many sites print instead of a byline ("<p><strong>Lê Phương</strong></p>").
    Only when the page has exactly one such paragraph, and only beside at least three paragraphs
    of prose, so a bold subheading (followed by text) or a bold line in a teaser list is no name."""
    found: list[str] = []
    for body in tree.iter("article", "div", "section", "main"):
        paras = [c for c in body if c.tag == "p"]
        if len(paras) < 4:
            continue
        texts = _Texts(paras)
        ends = texts.ends()
        if ends is None:
            continue
        for i in ends:
            p, text = paras[i], texts[i]
            bold = [c for c in p if c.tag in _BOLD]
            if len(bold) != 1 or (p.text or "").strip() or (bold[0].tail or "").strip() or len(p) != 1:
                continue
            if text and looks_like_name(strip_prefix(text)) and text not in found:
                found.append(text)
        if len(found) > 1:
            return []
    return found


class _Texts:
    """The cleaned texts of a container's paragraphs, each cleaned when first read: `ends` reads
    them from the front only until the container is known to hold enough prose, and from the
    back to its last paragraph with text. (A huge body's thousands of paragraphs were all
    cleaned to look at two of them.)"""

    def __init__(self, paras: list) -> None:
        self.paras = paras
        self.done: dict[int, str] = {}

    def __getitem__(self, i: int) -> str:
        text = self.done.get(i)
        if text is None:
            text = self.done[i] = shapes.clean(text_of(self.paras[i]))
        return text

    def ends(self) -> tuple[int, int] | None:
        """The first and the last paragraph with text, when at least four have text and three
        are prose (`_MIN_PROSE` characters); else None."""
        first = -1
        full = prose = 0
        for i in range(len(self.paras)):
            text = self[i]
            if text:
                full += 1
                if first < 0:
                    first = i
                if len(text) >= _MIN_PROSE:
                    prose += 1
                if full >= 4 and prose >= 3:
                    break
        else:
            return None
        last = next(i for i in range(len(self.paras) - 1, -1, -1) if self[i])
        return first, last


def _pieces(el: lxml_html.HtmlElement) -> str:
    """An element's text with its separate text nodes kept apart ("Anna Fink | Jan Marchart"):
    names in sibling links or spans are not run together."""
    return " | ".join(t for t in (shapes.clean(x) for x in el.itertext()) if t)

