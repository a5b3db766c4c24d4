"""Media inside a post: figures, images and videos, with their captions and credits.

`media` reads one media item in stages, each in its own module:

* where the caption and credit sit in the markup (`newsclean.media_parts`): a ``<figcaption>`` or
  a caption-classed element; an element whose class says credit, copyright or photographer;
* their text (`newsclean.media_text`): labels taken off and recorded, a credit split off the
  caption's tail ("Photo: Reuters", "(AP Photo/Evan Vucci)");
* the labels, as data from the phrase packs, and a credit's shapes (`newsclean.media_labels`);
* credits told by shape and by repetition across the page (`newsclean.media_page`).

Without a caption element, the caption is the text a media container shows beside its image or
player (a video's title), its player controls removed first. Figures without figure markup are
`newsclean.media_unmarked`'s. Head shots beside a byline are no media (`is_avatar`).
"""
from __future__ import annotations

import itertools

import regex
from lxml import etree
from lxml import html as lxml_html

from . import shapes
from .html_roles import Ctx, roles, shown_text
from .media_labels import (  # (strip_credit_prefix: public here, tests read it)
    ONE_WORD_LABEL,
    strip_credit_prefix,
)
from .media_parts import (
    bracket_child,
    caption_element,
    cite_child,
    credit_child,
    credit_elements,
)
from .media_sibling import caption_after
from .media_text import credit_element_text, split_caption_and_credit
from .model import Media

# a player's running time, with at most one word before it: "Dauer 1:54", "Duration 0:45", "02:15"
_DURATION = regex.compile(r"^(?:\p{L}+\.?:?\s)?\d{1,2}:\d{2}(?::\d{2})?$")


def _is_player_label(text: str) -> bool:
    """A one- or two-word control label printed in capitals over a player ("WATCH", "BEKIJK"),
    or the player's running time ("Dauer 1:54")."""
    # (capitals need a cased script: a Chinese or Arabic caption has no lower case and is no label)
    if _DURATION.match(text):
        return True
    return 0 < len(text.split()) <= 2 and not any(ch.islower() for ch in text) and any(ch.isupper() for ch in text) \
        and all(ch.isupper() or not ch.isalpha() for ch in text)


_PLAYER_MARKS = etree.XPath(".//iframe|.//button|.//*[@role='button']|descendant-or-self::*[@*[contains(name(), 'video')]]")
_PLAYER_CLASS = regex.compile(r"video|player", regex.I)
# (the form controls are gone before the walk: a player-classed element keeps its media id)
_OWN_PLAYER_MARKS = etree.XPath("descendant-or-self::*[self::iframe or self::button or @role='button'"
                                " or @*[contains(name(), 'video') or contains(name(), 'asset')]]")
PLAYER_MAX_ELEMENTS = 12  # a player block is small: its frame, controls and caption


def is_video_player(el: lxml_html.HtmlElement) -> bool:
    """A video block drawn by script: no ``<video>`` or ``<img>`` yet, but a video-classed
    element holding a player's mark (an iframe, a play button, a ``data-video-id``), or a small
    block holding such a player ("div.media-still > div.srf-player > button")."""
    if "video" in roles(el).lower():
        return bool(_PLAYER_MARKS(el)) or _holds_player(el)
    inner = list(itertools.islice(el.iterdescendants(etree.Element), PLAYER_MAX_ELEMENTS + 1))
    return len(inner) <= PLAYER_MAX_ELEMENTS and any(
        _PLAYER_CLASS.search(roles(e)) and _OWN_PLAYER_MARKS(e) for e in inner)



_PLAYER_WORD = regex.compile(r"player", regex.I)


def _holds_player(el: lxml_html.HtmlElement) -> bool:
    """A small video-classed block holding an element whose class says player: the frame a
    script draws the player in ("div.item-video > div.xyz-player[data-id]"), its button gone
    before the walk."""
    inner = list(itertools.islice(el.iterdescendants(etree.Element), PLAYER_MAX_ELEMENTS + 1))
    return len(inner) <= PLAYER_MAX_ELEMENTS and any(_PLAYER_WORD.search(roles(e)) for e in inner)


# an embed block's class that names a video player ("wp-block-embed is-type-video", "embed-youtube")
_VIDEO_EMBED_CLASS = regex.compile(r"video|youtube|vimeo|dailymotion", regex.I)


def is_captioned_video_embed(el: lxml_html.HtmlElement) -> bool:
    """A ``<figure>`` whose class names a video player, holding a ``<figcaption>`` and neither
    an image nor a quoted post: a video with its caption, though its class also says embed
    ("wp-block-embed is-type-video is-provider-youtube"; the player's frame is gone before the
    walk). A player without caption stays an embed."""
    return el.tag == "figure" and next(el.iterdescendants("img", "blockquote"), None) is None \
        and next(el.iterdescendants("figcaption"), None) is not None \
        and bool(_VIDEO_EMBED_CLASS.search(roles(el)))  # (most figures hold an image: told first)


# a separator closing a caption whose credit element followed it: "… em São Paulo -", "… | ", or
# the brackets the credit element sat in ("… Caption (<span class=credit>AP</span>)")
_CLOSING_SEPARATOR = regex.compile(r"(?:\s+[-–—|/·•]|\s*\(\s*\)|\s*\[\s*\])$")


def media(el: lxml_html.HtmlElement, ctx: Ctx) -> Media | None:
    """The media item ``el`` shows, or None when it shows none (or is an author's head shot)."""
    if el.tag != "img" and _drop_chrome_links(el, ctx) and not shapes.clean(el.text_content()) \
            and next(el.iterdescendants("img", "video", "iframe"), None) is None:
        return None
    # (the first descendant of a tag by C iteration: an XPath string is compiled on every call)
    kind = "video" if (el.tag == "video" or next(el.iterdescendants("video"), None) is not None
                       or "video" in roles(el).lower() or is_captioned_video_embed(el)
                       or (el.tag != "img" and next(el.iterdescendants("img"), None) is None
                           and is_video_player(el))) else "image"
    img = el if el.tag == "img" else next(el.iterdescendants("img"), None)
    if img is not None and is_avatar(img):
        return None  # the reporter's head shot in the byline chip, not the post's picture
    alt = img.get("alt") if img is not None else None
    src = img.get("src") or img.get("data-src") if img is not None else None
    credit_els = credit_elements(el)
    caption_el = caption_element(el, credit_els)
    caption = credit = None
    # (a credit element inside the caption element: the separator before it is left behind)
    credit_in_caption = caption_el is not None and any(caption_el in c.iterancestors() for c in credit_els)
    if credit_els:
        caption, credit = credit_element_text(shapes.clean(credit_els[0].text_content()), caption_el is not None,
                                              el, ctx)
        for c in credit_els:
            if c.getparent() is not None:
                c.drop_tree()
    if caption_el is not None:
        caption = shown_text(caption_el)
        if credit_in_caption and (sep := _CLOSING_SEPARATOR.search(caption)) is not None:
            ctx.remove("media.credit-prefix", sep.group(0))  # "Caption - <span class=credit>Name</span>"
            caption = caption[:sep.start()]
        last = None if credit_els else credit_child(caption_el)
        if not credit_els and last is None:
            last = bracket_child(caption_el)
            last = last if last is not None else cite_child(caption_el)
        if not credit_els and last is not None:
            credit = shown_text(last)
            caption = caption[: len(caption) - len(credit)].strip() if caption.endswith(credit) else caption
        if credit is None:
            credit = _credit_line_beside(el, caption_el, ctx)  # img + p.caption + p "Foto: Name"
    elif el.tag != "img" and caption is None:
        _drop_player_controls(el, ctx)
        caption = shown_text(el) or None
        if caption and len(caption) > 300:
            return None
    caption, credit = split_caption_and_credit(caption, credit, el, ctx)
    if caption is None and credit is None and (img is not None or kind == "video") \
            and (beside := caption_after(el, ctx)) is not None:
        caption, credit = beside  # <figure><img></figure><p class="caption">…</p>
    if img is None and caption is None and credit is None and kind == "image":
        return None
    if kind == "image" and caption is None and credit is None and alt and shapes.is_name(alt):
        return None  # an author's head shot beside the byline, not the post's media
    return Media(kind, caption=caption or None, credit=credit or None, alt=alt or None, src=src)


def _credit_line_beside(el: lxml_html.HtmlElement, caption_el: lxml_html.HtmlElement, ctx: Ctx) -> str | None:
    """The one line of figure ``el`` beside its caption element that a credit label opens ("Foto:
    Name", "Kuva: Yle"): its text, the label still on (`split_caption_and_credit` takes it off)."""
    inside = set(caption_el.iter())
    found = None
    for e in el.iter():
        if e is el or e in inside or not isinstance(e.tag, str) or e.tag in ("img", "picture", "source") \
                or any(a in inside for a in e.iterancestors()):
            continue
        text = shapes.clean(e.text or "")
        if not text:
            continue
        if found is not None or len(text) > 120 or not (strip_credit_prefix(text, ctx.language)[0]
                                                         or ONE_WORD_LABEL.match(text)):
            return None
        found = text
    return found


def _drop_player_controls(el: lxml_html.HtmlElement, ctx: Ctx) -> None:
    """Drop a player's buttons and its capitalised control labels ("Afspil video", "WATCH") from
    a media container without a caption element, recording each (``media.player-label``)."""
    for control in [e for e in el.iter("button") if e is not el]:
        text = shapes.clean(control.text_content())
        if text:
            ctx.remove("media.player-label", text)  # "Afspil video", "Play": the player's button
        control.drop_tree()
    for leaf in [e for e in el.iter() if isinstance(e.tag, str) and len(e) == 0 and e is not el]:
        text = shapes.clean(leaf.text or "")
        if text and _is_player_label(text):
            ctx.remove("media.player-label", text)
            leaf.text = None


# an avatar's class: the reporter's picture in a byline or author chip
_AVATAR_CLASS = regex.compile(r"avatar|author|byline|headshot", regex.I)
AVATAR_MAX_PX = 100


def is_avatar(img: lxml_html.HtmlElement) -> bool:
    """An author's head shot: the image, or the element holding it (up to two levels), says
    avatar/author/byline by class, or the image is drawn at most ``AVATAR_MAX_PX`` wide and high."""
    if any(_AVATAR_CLASS.search(roles(e) or "") for e in itertools.chain((img,), itertools.islice(img.iterancestors(), 2))
           if e.tag not in ("figure", "picture") or e is img):
        return True
    sizes = [img.get("width"), img.get("height")]
    nums = [int(v) for v in sizes if v and v.strip().isdigit()]
    return len(nums) == 2 and max(nums) <= AVATAR_MAX_PX


def _drop_chrome_links(el: lxml_html.HtmlElement, ctx: Ctx) -> bool:
    """Drop the links inside a figure whose text is page chrome by the phrase packs ("Purchase
    Licensing Rights", "Click here"), recording each; whether any was dropped."""
    dropped = False
    for a in [a for a in el.iter("a") if a is not el and next(a.iterdescendants("img"), None) is None]:
        text = shapes.clean(a.text_content())
        rule = ctx.rules.line_rule_for(text) if text else None
        if rule is not None and a.getparent() is not None:
            ctx.remove(rule.name, text)
            a.drop_tree()
            dropped = True
    return dropped
