"""schema.org microdata (``itemscope``/``itemtype``/``itemprop``) read into plain items.

One XPath finds every element that opens an item or names a property; each property belongs to
the nearest enclosing ``itemscope`` (an element with both is a property whose value is an item).
Values follow the microdata rules: ``content`` where given, ``<meta content>``, ``<time
datetime>``, a link's ``href``, a media element's ``src``, else the element's visible text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from lxml import etree
from lxml import html as lxml_html

_URL_TAGS = {"a": "href", "link": "href", "area": "href", "img": "src", "audio": "src", "video": "src",
             "source": "src", "iframe": "src", "embed": "src", "track": "src", "object": "data"}
_MAX_ELEMENTS = 20_000


@dataclass
class Item:
    types: set[str] = field(default_factory=set)
    id: str | None = None
    props: dict[str, list[Union[str, "Item"]]] = field(default_factory=dict)

    def first(self, name: str) -> Union[str, "Item", None]:
        v = self.props.get(name)
        return v[0] if v else None

    def text(self, name: str) -> str | None:
        """The first value of ``name`` as text (an item's own ``name`` for a nested item)."""
        v = self.first(name)
        if isinstance(v, Item):
            v = v.text("name")
        return v.strip() or None if isinstance(v, str) else None


def _type_names(itemtype: str | None) -> set[str]:
    """"http://schema.org/LiveBlogPosting" -> {"LiveBlogPosting"}."""
    out = set()
    for t in (itemtype or "").split():
        name = t.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        if name:
            out.add(name)
    return out


_VISIBLE_TEXTS = etree.XPath("descendant-or-self::text()[not(ancestor::script) and not(ancestor::style)]",
                             smart_strings=False)
# (//*[@itemscope or @itemprop], found as the attributes' elements: location steps run in C, a
# predicate asked of every element of the page costs five times as much)
_ITEM_ELEMENTS = etree.XPath("(//@itemscope | //@itemprop)/..")


def _text(el) -> str:
    """Visible text: script and style contents left out, whitespace collapsed."""
    parts = _VISIBLE_TEXTS(el)
    return " ".join(" ".join(parts).split())


def _value(el) -> str:
    if el.get("content") is not None:
        return el.get("content").strip()
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "time" and el.get("datetime"):
        return el.get("datetime").strip()
    if tag in _URL_TAGS:
        return (el.get(_URL_TAGS[tag]) or "").strip()
    if tag in ("data", "meter") and el.get("value") is not None:
        return el.get("value").strip()
    return _text(el)


def items(tree: lxml_html.HtmlElement) -> list[Item]:
    """The page's top-level microdata items, with their nested items as property values."""
    els = _ITEM_ELEMENTS(tree)
    if not els or len(els) > _MAX_ELEMENTS:
        return []
    scope_of: dict = {}   # element -> its Item
    top: list[Item] = []
    for el in els:
        item = None
        if el.get("itemscope") is not None:
            item = Item(types=_type_names(el.get("itemtype")), id=(el.get("itemid") or el.get("id") or None))
            scope_of[el] = item
        names = (el.get("itemprop") or "").split()
        owner = None
        if names and scope_of:  # (no item open before this element in document order: no owner)
            for a in el.iterancestors():
                owner = scope_of.get(a)
                if owner is not None:
                    break
        if owner is None:
            if item is not None:
                top.append(item)
            continue
        value: Union[str, Item] = item if item is not None else _value(el)
        for n in names:
            owner.props.setdefault(n, []).append(value)
    return top


def walk(roots: list[Item], skip: frozenset[str] = frozenset(), depth: int = 0):
    """Every item, nested ones included (bounded depth), except those under a property named
    in ``skip`` (a live blog's updates describe themselves, not the page)."""
    for it in roots:
        yield it
        if depth < 6:
            for name, vs in it.props.items():
                if name not in skip:
                    yield from walk([v for v in vs if isinstance(v, Item)], skip, depth + 1)
