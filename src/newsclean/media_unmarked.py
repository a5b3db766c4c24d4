"""Figures without figure markup: a block that is a figure in all but its tags.

`unmarked_figure`: one image and a caption and credit line (``<div class="absatzbild">``);
`orphan_caption`: a caption sentence and a "Name | Agency" credit line whose image the page
lost. Both read their media through `newsclean.html_media.media`.
"""
from __future__ import annotations

import itertools

import regex
from lxml import etree
from lxml import html as lxml_html

from . import shapes
from .html_media import media
from .html_roles import CREDIT_CLASS, Ctx, roles, shown_text
from .media_labels import (
    ONE_WORD_LABEL,
    closes_on_credit,
    credit_like,
    org_like,
    strip_credit_prefix,
)
from .media_parts import caption_child
from .model import Media
from .rules import RuleSet

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
    """A block that is a figure without figure markup (`is_unmarked_figure`): the image with its
    caption and credit."""
    if not is_unmarked_figure(el, ctx.language if ctx is not None else None):
        return None
    return media(el, ctx if ctx is not None else Ctx(RuleSet()))


def is_unmarked_figure(el: lxml_html.HtmlElement, language: str | None = None) -> bool:
    """Whether a block is a figure without figure markup (``<div class="absatzbild">``): one
    image and at most two short lines, one of them a credit (credit-classed, or led by a credit
    prefix: "Bild: REUTERS") or caption-classed, no heading and no link. Reads, never changes,
    the tree."""
    if next(itertools.islice(el.iterdescendants(etree.Element), UNMARKED_FIGURE_MAX_ELEMENTS, None), None) is not None:
        return False  # a container (most blocks asked are): left before anything costlier
    if len(_IMAGES(el)) != 1 or _FIGURE_PARTS(el):
        return False  # (a block holding a marked figure is a container: the walk meets the figure)
    img = el.find(".//img")
    if any(isinstance(e.tag, str) and e is not el and shapes.clean(e.text or "") for e in _before(el, img)):
        return False  # text before the image: body that an image follows, not a figure
    text = shapes.clean(el.text_content())
    if not text or len(text) > UNMARKED_FIGURE_MAX_CHARS:
        return False
    line_els = [e for e in el.iter() if isinstance(e.tag, str) and e.tag not in ("img", "picture", "source")
                and not any(isinstance(c.tag, str) and c.tag not in ("br", "span", "small", "em", "i", "b", "strong")
                            for c in e) and shapes.clean(e.text_content())]
    lines = [shown_text(e) for e in line_els]
    if not 1 <= len(lines) <= 2:
        return False  # a caption and a credit line at most
    credited = [e for e in el.iter() if isinstance(e.tag, str) and e is not el and CREDIT_CLASS.search(roles(e) or "")]
    caption_el = caption_child(el)
    if not (credited or any(strip_credit_prefix(t, language)[0] for t in lines) or caption_el is not None):
        # div.wp-caption > img + p.wp-caption-text; div > img + p.css-caption; or, whatever the
        # classes say (in the page's own language: "p.capsiwn"), img + one line that a labelled
        # credit closes: "Caption (Llun: Name)", "Caption. Гэрэл зургийг Name"
        outer = [t for e, t in zip(line_els, lines) if not any(a in line_els for a in e.iterancestors())]
        return len(outer) == 1 and closes_on_credit(outer[0], language)
    # every line is the caption or the credit: with a caption-classed element, the other line must be
    # a credit (classed, labelled or shaped like one); a plain paragraph beside it is the post's body
    # ("div > div.img(img + p.caption) + p": the walk meets the inner figure)
    marked = {e for c in [caption_el, *credited] if c is not None for e in c.iter()}
    plain = [t for e, t in zip(line_els, lines) if e not in marked and not (set(e.iter()) & marked)
             and not strip_credit_prefix(t, language)[0] and not _credit_line(t)]
    return len(plain) <= (0 if caption_el is not None else 1)


def _credit_line(text: str) -> bool:
    """A line shaped like a credit alone: a label and a name, names, an agency, a slash."""
    return len(text) <= 80 and not shapes.ends_sentence(text) and (credit_like(text) or org_like(text)
                                                                  or ONE_WORD_LABEL.match(text) is not None)


def _before(root, target):
    """The elements of ``root`` that come before ``target`` in document order."""
    for e in root.iter():
        if e is target:
            return
        yield e
