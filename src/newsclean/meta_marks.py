"""What the authors' reader (`meta_bylines.Scan`) takes from the attributes of a page body's
elements, noted by another walk over that body (the feed's, `feed_stamps`), so that the reader
does not walk the body's elements again. The tests here are `Scan`'s own, element by element.
"""
from __future__ import annotations

from lxml import html as lxml_html

DECLARED, USER, HINTED = 1, 2, 4  # what an element's attributes say to `meta_bylines.Scan`


class BodyMarks:
    """What `Scan` reads on the attributes of the elements of a page's body, noted by another walk
    over that body (the feed's, `feed_stamps`), so that the authors' reader does not walk the
    body's elements again: ``root`` (the body walked) and, in document order, each element with
    an attribute `Scan` takes and what it says. The walk calls `note` for every element with
    attributes that `may_note` lets through; elements dropped from the page afterwards are
    skipped when `Scan` reads the notes."""

    __slots__ = ("found", "root")

    def __init__(self) -> None:
        self.root: lxml_html.HtmlElement | None = None
        self.found: list[tuple[lxml_html.HtmlElement, int]] = []

    def start(self, root: lxml_html.HtmlElement) -> None:
        self.root = root
        self.found = []

    def note(self, el: lxml_html.HtmlElement, keys: list[str], cls: str | None) -> None:
        """``el``'s attribute names ``keys`` and class ``cls`` (None: it has none), as `Scan` reads them."""
        get = el.get
        flags = 0
        if ("rel" in keys and get("rel") == "author") or ("itemprop" in keys and get("itemprop") == "author"):
            flags = DECLARED
        if cls and "username" in cls and "username" in cls.split():
            flags |= USER
        if (cls and ("uthor" in cls or "yline" in cls or "utor" in cls or "riter" in cls or "uteur" in cls)) \
                or ("id" in keys and _hint(get("id"))) or ("data-testid" in keys and _hint(get("data-testid"))):
            flags |= HINTED
        if flags:
            self.found.append((el, flags))


def may_note(keys: list[str], cls: str | None) -> bool:
    """Whether an element with attribute names ``keys`` and class ``cls`` may hold what `Scan`
    takes (every element `BodyMarks.note` keeps passes; most elements do not)."""
    return "rel" in keys or "itemprop" in keys or "id" in keys or "data-testid" in keys or bool(cls) and (
        "uthor" in cls or "yline" in cls or "utor" in cls or "riter" in cls or "uteur" in cls  # type: ignore[operator]
        or "username" in cls)  # type: ignore[operator]


def _hint(value: str | None) -> bool:
    """`meta_bylines._class_hint`: a class, id or test id hinting at an author or byline."""
    if not value:
        return False
    return "uthor" in value or "yline" in value or "utor" in value or "riter" in value or "uteur" in value
