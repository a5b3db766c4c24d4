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
from lxml import html as lxml_html

from . import shapes
from .html_roles import CREDIT_CLASS, Ctx, roles, shown_text
from .model import Media

# Words printed before a credit; the separator after them may be ":", "," or an ellipsis.
CREDIT_PREFIXES: tuple[str, ...] = (
    "Image source", "Photograph", "Photo", "Image", "Picture", "Copyright", "Credit", "Credits",
    "Foto", "Fotó", "Bild", "Beeld", "Imagen", "Immagine",
)
_SEPARATOR = r"(?:\s?[:,]\s?|\s?(?:\.{2,3}|…)\s?)"
_PAREN_CREDIT = regex.compile(
    r"^(?P<caption>.*?)\s*\(\s*(?P<prefix>(?:Image|Picture|Photo|Photograph|Credit)\s?:\s?)?(?P<credit>[^()]{2,80})\)$", regex.I)
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
    kind = "video" if (el.tag == "video" or el.xpath(".//video") or "video" in roles(el).lower()) else "image"
    img = el if el.tag == "img" else next(iter(el.xpath(".//img")), None)
    alt = img.get("alt") if img is not None else None
    src = img.get("src") or img.get("data-src") if img is not None else None
    caption_el = next(iter(el.xpath(".//figcaption")), None)
    credit = None
    credit_els = [e for e in el.iter() if isinstance(e.tag, str) and e is not el and CREDIT_CLASS.search(roles(e) or "")]
    caption = None
    if credit_els:
        credit = shapes.clean(credit_els[0].text_content())
        for c in credit_els:
            if c.getparent() is not None:
                c.drop_tree()
    if caption_el is not None:
        caption = shown_text(caption_el)
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
        if m and (m["prefix"] or not m["caption"]) and len(m["credit"].split()) <= 8:
            ctx.remove("media.credit-parens", f"({m['prefix'] or ''})")
            caption, credit = m["caption"] or None, credit or m["credit"].strip()
    if caption:
        m = _prefix_patterns(prefixes)[1].match(caption)
        if m:
            ctx.remove("media.credit-prefix", m["prefix"])
            caption, credit = m["caption"] or None, credit or m["credit"]
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


# A credit line on its own: "Remo Casilli | Reuters", "H. Bilbao | Europa Press News | Getty Images".
_PIPE_CREDIT = regex.compile(r"^[^|]{2,48}(?:\s\|\s[^|]{2,48}){1,3}$")


def orphan_caption(el: lxml_html.HtmlElement) -> Media | None:
    """A block holding just a caption sentence and a "Name | Agency" credit line, whose image the
    page lost: the post's picture all the same (as an image without an address)."""
    paras = list(itertools.islice(el.iter("p"), 3))
    if len(paras) != 2 or el.find(".//img") is not None:
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
