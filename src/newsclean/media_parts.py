"""Where a figure's caption and credit sit in its markup.

A credit is an element whose class says credit, copyright or photographer; a caption is a
``<figcaption>``, else the one caption-classed element after the image. Inside a caption, a last
element set apart by markup may be the credit: bracketed ("<em>(ΑΠΕ-ΜΠΕ)</em>") or shaped like
one ("LUDOVIC MARIN / AFP"). No text is read or removed here: `newsclean.media_text` does that.
"""
from __future__ import annotations

import regex
from lxml import html as lxml_html

from . import shapes
from .html_roles import CREDIT_CLASS, ClassTest, roles, shown_text

# a caption element, as opposed to the credit beside it (a class may say both: "caption attribution")
CAPTION_CLASS = regex.compile(r"caption|legend|description", regex.I)
# inside a picture, the author named is the photographer: a credit ("imageAuthor", "photographer")
PHOTOGRAPHER_CLASS = regex.compile(r"author|photographer|fotograf", regex.I)
_CREDIT_CHILD_TAGS = frozenset(("span", "small", "cite", "p", "div"))
# (the patterns behind substring tests: an ASCII class string, nearly every one, that holds none of
# a pattern's words in its lower case cannot match it, and is told so without the regex engine)
_CREDIT_TEST = ClassTest(CREDIT_CLASS, ("credit", "copyright", "source", "attribution"))
_PHOTOGRAPHER_TEST = ClassTest(PHOTOGRAPHER_CLASS, ("author", "photographer", "fotograf"))
_CAPTION_TEST = ClassTest(CAPTION_CLASS, ("caption", "legend", "description"))


def credit_elements(el: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The elements inside ``el`` whose class says credit, copyright or photographer, in document
    order; where some of them also say caption ("image__caption attribution" beside
    "image__credit"), only those that say credit alone."""
    found = []
    strict = []
    for e in el.iter():  # (each element's roles read once)
        if e is el or not isinstance(e.tag, str):
            continue
        r = roles(e)
        if r and (_CREDIT_TEST(r) or _PHOTOGRAPHER_TEST(r)):
            found.append(e)
            if not _CAPTION_TEST(r):
                strict.append(e)
    return strict or found


def caption_element(el: lxml_html.HtmlElement,
                    credit_els: list[lxml_html.HtmlElement]) -> lxml_html.HtmlElement | None:
    """``el``'s caption element: its ``<figcaption>``, else (unless ``el`` is a bare image) the
    one caption-classed element after its image (`caption_child`). None when that element is one
    of ``credit_els`` (``<figcaption class="credit">``: the caption is the rest of the text)."""
    caption_el = next(el.iterdescendants("figcaption"), None)
    if caption_el is None and el.tag != "img":
        caption_el = caption_child(el)
    if caption_el is not None and caption_el in credit_els:
        return None
    return caption_el


def caption_child(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The caption of a figure built without ``<figcaption>`` ("div.wp-caption > img +
    p.wp-caption-text", or a player's "div.media-caption"): the one text element beside the image
    or player whose class says caption."""
    if next(el.iterdescendants("img", "video", "iframe", "button"), None) is None:
        return None
    found = [e for e in el.iterdescendants() if isinstance(e.tag, str) and _CAPTION_TEST(r := roles(e))
             and not _CREDIT_TEST(r) and next(e.iterdescendants("img"), None) is None
             and shapes.clean(e.text_content())]
    found = [e for e in found if not any(a in found for a in e.iterancestors())]
    return found[0] if len(found) == 1 else None


def bracket_child(caption_el) -> lxml_html.HtmlElement | None:
    """A caption's last element set apart by markup and wholly in brackets, nothing after it:
    "Caption <em>(ΑΠΕ-ΜΠΕ)</em>" -- the credit, whatever its shape."""
    kids = [c for c in caption_el if isinstance(c.tag, str)]
    if not kids:
        return None
    last = kids[-1]
    if last.tag not in ("em", "i", "small", "span", "cite") or (last.tail or "").strip() or len(last):
        return None
    text = shown_text(last)
    before = (caption_el.text or "").strip()
    if not before or not text.startswith("(") or not text.endswith(")") or text.count("(") != 1 \
            or len(text) > 80 or any(ch.isdigit() for ch in text):
        return None
    inner = text[1:-1].strip()
    return last if inner and inner[0].isupper() and not shapes.ends_sentence(inner) else None


def credit_child(caption_el) -> lxml_html.HtmlElement | None:
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


def cite_child(caption_el) -> lxml_html.HtmlElement | None:
    """A caption's last element when it is a ``<cite>`` closing the caption, text before it and
    none after: the picture's source, whatever its shape ("Caption<cite>Reuters</cite>"). A cite
    inside the caption's sentence ("As <cite>The Times</cite> reported, …") is none."""
    kids = [c for c in caption_el if isinstance(c.tag, str)]
    if not kids or kids[-1].tag != "cite":
        return None
    last = kids[-1]
    text = shown_text(last)
    if (last.tail or "").strip() or not text or len(text) > 80 or shapes.ends_sentence(text):
        return None
    before = shapes.clean(caption_el.text_content())[: -len(text)].strip()
    return last if before else None
