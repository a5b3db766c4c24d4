"""Media inside a post: figures, images and videos, with their captions and credits.

A caption comes from a ``<figcaption>``, else from the text a media container shows beside
its image or player (a video's title); a credit from an element whose role says credit or
copyright, else from a prefixed tail of the caption ("Photo: Reuters", "Credit...AP"). The
prefixes are data (``CREDIT_PREFIXES``): language packs add theirs.
"""
from __future__ import annotations

import functools
import itertools

import regex
from lxml import etree
from lxml import html as lxml_html

from . import shapes
from .html_roles import CREDIT_CLASS, Ctx, roles, shown_text
from .rules import RuleSet
from .model import Media

# Words printed before a credit; the separator after them may be ":", "," or an ellipsis.
CREDIT_PREFIXES: tuple[str, ...] = (
    "Image source", "Photograph", "Photo", "Image", "Picture", "Copyright", "Credit", "Credits",
    "Foto", "Fotó", "Bild", "Beeld", "Imagen", "Immagine", "Pic", "Fot.", "Imagem", "Crédito", "Crédit",
)
# after a prefix: ":", ",", an ellipsis, or (after an abbreviation's dot, "Fot. Name") a space
_SEPARATOR = r"(?:\s?[:,]\s?|\s?(?:\.{2,3}|…)\s?|(?<=\.)\s)"
# a credit in brackets closing a caption: "(Image: Getty Images)", "(AP Photo/Evan Vucci)",
# "[Jack Guez/AFP]"
_PAREN_CREDIT = regex.compile(
    r"^(?P<caption>.*?)\s*(?:\((?P<credit>\s*(?P<prefix>(?:Image|Picture|Photo|Photograph|Credit)\s?:\s?)?[^()\[\]]{2,80})\)"
    r"|\[(?P<square>\s*(?P<prefix>(?:Image|Picture|Photo|Photograph|Credit)\s?:\s?)?[^()\[\]]{2,80})\])$", regex.I)
# "Name/Agency", "AP Photo/Evan Vucci": a slash between capitalised words (not "and/or", "1/2")
_SLASH_CREDIT = regex.compile(r"\p{L}\s?/\s?\p{Lu}")
_CREDIT_WORD = regex.compile(r"\b(?:photo|foto|bild|pic|image|picture|credit)\b", regex.I)
# a caption element, as opposed to the credit beside it (a class may say both: "caption attribution")
_CAPTION_CLASS = regex.compile(r"caption|legend|description", regex.I)
# inside a picture, the author named is the photographer: a credit ("imageAuthor", "photographer")
_PHOTOGRAPHER_CLASS = regex.compile(r"author|photographer|fotograf", regex.I)
_CAPTION_PREFIX = regex.compile(r"^(?:Image|Video) caption\s?[:,]\s?", regex.I)


@functools.lru_cache(maxsize=16)
def _prefix_patterns(prefixes: tuple[str, ...]) -> tuple["regex.Pattern[str]", "regex.Pattern[str]"]:
    alt = "|".join(regex.escape(p) for p in sorted(prefixes, key=len, reverse=True))
    leading = regex.compile(rf"^(?:{alt}){_SEPARATOR}", regex.I)
    trailing = regex.compile(rf"^(?P<caption>.*?)\s*(?P<prefix>(?:{alt}){_SEPARATOR})(?P<credit>[^:]{{1,120}})$", regex.I)
    return leading, trailing


def strip_credit_prefix(credit: str, prefixes: tuple[str, ...] = CREDIT_PREFIXES) -> tuple[str, str]:
    """``(prefix, credit without it)``: "Credit...Reuters" -> ("Credit...", "Reuters")."""
    m = _prefix_patterns(prefixes)[0].match(credit)
    if not m:
        return "", credit
    return m.group(0), credit[m.end():].strip()


def _is_player_label(text: str) -> bool:
    """A one- or two-word control label printed in capitals over a player ("WATCH", "BEKIJK")."""
    return 0 < len(text.split()) <= 2 and not any(ch.islower() for ch in text) and any(ch.isalpha() for ch in text)


def media(el: lxml_html.HtmlElement, ctx: Ctx, prefixes: tuple[str, ...] = CREDIT_PREFIXES) -> Media | None:
    """The media item ``el`` shows, or None when it shows none (or is an author's head shot)."""
    # (the first descendant of a tag by C iteration: an XPath string is compiled on every call)
    kind = "video" if (el.tag == "video" or next(el.iterdescendants("video"), None) is not None
                       or "video" in roles(el).lower()) else "image"
    img = el if el.tag == "img" else next(el.iterdescendants("img"), None)
    alt = img.get("alt") if img is not None else None
    src = img.get("src") or img.get("data-src") if img is not None else None
    caption_el = next(el.iterdescendants("figcaption"), None)
    credit = None
    credit_els = [e for e in el.iter() if isinstance(e.tag, str) and e is not el
                  and (CREDIT_CLASS.search(roles(e) or "") or _PHOTOGRAPHER_CLASS.search(roles(e) or ""))]
    # "image__caption attribution" beside "image__credit": the element that only says credit is it
    strict = [e for e in credit_els if not _CAPTION_CLASS.search(roles(e) or "")]
    credit_els = strict or credit_els
    if caption_el is not None and caption_el in credit_els:
        caption_el = None  # <figcaption class="credit">: the caption is the rest of the figure's text
    caption = None
    if credit_els:
        credit = shapes.clean(credit_els[0].text_content())
        for c in credit_els:
            if c.getparent() is not None:
                c.drop_tree()
    if caption_el is not None:
        caption = shown_text(caption_el)
        if not credit_els and (last := _credit_child(caption_el)) is not None:
            credit = shown_text(last)
            caption = caption[: len(caption) - len(credit)].strip() if caption.endswith(credit) else caption
    elif el.tag != "img":
        for leaf in [e for e in el.iter() if isinstance(e.tag, str) and len(e) == 0 and e is not el]:
            text = shapes.clean(leaf.text or "")
            if text and _is_player_label(text):
                ctx.remove("media.player-label", text)
                leaf.text = None
        caption = shown_text(el) or None
        if caption and len(caption) > 300:
            return None
    if caption:
        m = _PAREN_CREDIT.match(caption)  # "A crowd in the square (Image: Getty Images)"
        inner = m and (m["credit"] or m["square"]).strip()
        if m and len(inner.split()) <= 8 and (m["prefix"] or not m["caption"] or m["square"] is not None
                                              or _SLASH_CREDIT.search(inner) or _CREDIT_WORD.search(inner)
                                              or _is_agency(inner)):
            brackets = "[]" if m["square"] is not None else "()"
            ctx.remove("media.credit-parens", f"{brackets[0]}{m['prefix'] or ''}{brackets[1]}")
            value = inner[len(m["prefix"]):].strip() if m["prefix"] else inner
            caption, credit = m["caption"] or None, credit or value
    if caption:
        m = _prefix_patterns(prefixes)[1].match(caption)
        if m:
            ctx.remove("media.credit-prefix", m["prefix"])
            caption, credit = m["caption"] or None, credit or m["credit"]
            if caption:  # "Caption — Foto: Name": the dash set the credit apart
                caption = caption.rstrip(" —–|·•-") or None
    if credit and credit.startswith("(") and credit.endswith(")"):
        ctx.remove("media.credit-parens", "()")
        credit = credit[1:-1].strip()
    if credit:
        prefix, credit = strip_credit_prefix(credit, prefixes)
        if prefix:
            ctx.remove("media.credit-prefix", prefix)
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


def _is_agency(text: str) -> bool:
    """A news or picture agency named alone: "Ansa", "Reuters", "Getty Images"."""
    from .meta_words import AGENCIES

    t = text.strip().casefold()
    return t in AGENCIES or (t.endswith(" images") and len(t.split()) <= 3)


_CREDIT_CHILD_TAGS = frozenset(("span", "small", "cite", "p", "div"))


def _credit_child(caption_el) -> lxml_html.HtmlElement | None:
    """The last of two or more elements in a caption, when it is shaped like a credit and not
    like more caption: a short line, no sentence, with a slash, a bracket, capitals or a name
    ("Kai Pfaffenbach (REUTERS)", "LUDOVIC MARIN / AFP", "Jane Doe"); never emphasis in the text."""
    kids = [c for c in caption_el if isinstance(c.tag, str)]
    if len(kids) < 2:
        return None
    last = kids[-1]
    if last.tag not in _CREDIT_CHILD_TAGS or (last.tail or "").strip() or len(last):
        return None
    text = shown_text(last)
    before = shapes.clean(caption_el.text_content())[: -len(text)].strip() if text else ""
    if not text or not before or len(text) > 80 or len(text.split()) > 8 or shapes.ends_sentence(text):
        return None
    letters = [ch for ch in text if ch.isalpha()]
    return last if ("/" in text or "|" in text or "(" in text or shapes.is_name(text)
                    or (letters and all(ch.isupper() for ch in letters))) else None


# A credit line on its own: "Remo Casilli | Reuters", "H. Bilbao | Europa Press News | Getty Images".
_PIPE_CREDIT = regex.compile(r"^[^|]{2,48}(?:\s\|\s[^|]{2,48}){1,3}$")


def orphan_caption(el: lxml_html.HtmlElement, ctx: Ctx | None = None) -> Media | None:
    """A block holding just a caption sentence and a "Name | Agency" credit line, whose image the
    page lost: the post's picture all the same (as an image without an address). Also a figure
    in all but its markup (`unmarked_figure`)."""
    if next(el.iterdescendants("img"), None) is not None:  # (as .find(".//img"), without ElementPath)
        return unmarked_figure(el, ctx)
    paras = list(itertools.islice(el.iter("p"), 3))
    if len(paras) != 2:
        return None
    lines = [shown_text(c) for c in paras]
    if shapes.clean(el.text_content()) != shapes.clean(" ".join(lines)) or el.find(".//a") is not None:
        return None
    caption, credit = lines
    first = credit.split(" | ", 1)[0]
    if not _PIPE_CREDIT.match(credit) or not shapes.is_name(first) or not shapes.ends_sentence(caption) \
            or len(caption.split()) < 6:
        return None
    return Media("image", caption=caption, credit=credit)


# (compiled once: ``el.xpath(str)`` compiles its expression on every call)
_IMAGES = etree.XPath(".//img")
_FIGURE_PARTS = etree.XPath(".//figure|.//figcaption|.//video|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6"
                            "|.//a[@href]|.//ul|.//ol|.//blockquote")
UNMARKED_FIGURE_MAX_CHARS = 400
UNMARKED_FIGURE_MAX_ELEMENTS = 16


def unmarked_figure(el: lxml_html.HtmlElement, ctx: Ctx | None = None) -> Media | None:
    """A block that is a figure without figure markup (``<div class="absatzbild">``): one image
    and at most three short lines, one of them a credit (credit-classed, or led by a credit
    prefix: "Bild: REUTERS"), no heading and no link. The image with its caption and credit."""
    if next(itertools.islice(el.iterdescendants(etree.Element), UNMARKED_FIGURE_MAX_ELEMENTS, None), None) is not None:
        return None  # a container (most blocks asked are): left before anything costlier
    if len(_IMAGES(el)) != 1 or _FIGURE_PARTS(el):
        return None  # (a block holding a marked figure is a container: the walk meets the figure)
    img = el.find(".//img")
    if any(isinstance(e.tag, str) and e is not el and shapes.clean(e.text or "") for e in _before(el, img)):
        return None  # text before the image: body that an image follows, not a figure
    text = shapes.clean(el.text_content())
    if not text or len(text) > UNMARKED_FIGURE_MAX_CHARS:
        return None
    lines = [shown_text(e) for e in el.iter() if isinstance(e.tag, str) and e.tag not in ("img", "picture", "source")
             and not any(isinstance(c.tag, str) and c.tag not in ("br", "span", "small", "em", "i", "b", "strong")
                         for c in e) and shapes.clean(e.text_content())]
    if not 1 <= len(lines) <= 2:
        return None  # a caption and a credit line at most
    credited = any(CREDIT_CLASS.search(roles(e) or "") for e in el.iter() if isinstance(e.tag, str) and e is not el) \
        or any(strip_credit_prefix(t)[0] for t in lines)
    if not credited:
        return None
    return media(el, ctx if ctx is not None else Ctx(RuleSet()))


def _before(root, target):
    """The elements of ``root`` that come before ``target`` in document order."""
    for e in root.iter():
        if e is target:
            return
        yield e
