"""The chips of a post's header and meta rows, each an inline element of its own that the walk
(:mod:`post_walk`) reads apart from the run of text it sits in: the post's clock or match
minute, its label (a badge, or a ticker's event after the minute), an author (by class, or a
link to an author's page) with its lead word and what follows it (a place, an outlet, a role),
and a machine-readable stamp. Each test asks the element's markup (tags, classes, its place in
its row) and the shape of its text, never a page's words.
"""
from __future__ import annotations

import regex

from . import shapes
from .byline_parts import is_outlet
from .feed_runs import bare_stamp_mark
from .feed_stamps import attribute_time
from .html_roles import (
    CREDIT_CLASS,
    HEADINGS,
    INLINE,
    Ctx,
    class_says,
    has_block_child,
    is_inline,
    join_pieces,
    roles,
    shown_text,
)
from .meta_places import is_dateline
from .meta_words import AUTHOR_PATH_WORDS
from .model import Byline
from .node_text import text_of
from .post_bylines import by_prefix
from .post_parts import PostState, clock_only, is_tag_line

# A minute mark on a match timeline: "45'", "90+4'", "120+1’", "90'+5'".
MINUTE_MARK = regex.compile(r"^\d{1,3}(?:['’′]?\s?\+\s?\d{1,2})?\s?['’′]$")


def chip_lead(node, lead: str) -> bool:
    """A short label in an element of its own right before the post's clock, in its header
    ("<span class=pinned><i class=icon-pin></i>Fixada</span><span>22.40</span>"): a chip, the
    post's label, whose words must not keep the clock from being read. The element looks like a
    chip: it holds an icon, or its class or the post's names its word ("entrada--fixada"). Not
    a place before the clock ("<span>Washington</span>": a dateline), nor words run into the
    clock in one text."""
    if not is_tag_line(lead):
        return False
    word = lead.casefold()
    for c in node:
        if isinstance(c.tag, str) and shapes.clean(text_of(c)) == lead:
            names = f"{c.get('class') or ''} {node.get('class') or ''}".casefold()
            return word in names or next(c.iterdescendants("i", "svg", "img"), None) is not None
    return False


CHIP_TAGS = frozenset(("a", "span", "strong", "b", "em", "i"))
# what may follow an author chip on its row: the outlet after a comma or a bar ("..., LRT.lt")
_OUTLET_TAIL = regex.compile(r"^\s*[,|·/–-]\s*(?P<name>[^\s,|]{2,40}(?:\s[^\s,|]{1,20}){0,2})\s*$")
_WEB_ADDRESS = regex.compile(r"^[\w-]+(?:\.[\w-]+)*\.\p{L}{2,24}$")


# elements whose inline children are a run of prose: a chip there is a word of the sentence
_PROSE_TAGS = frozenset(("p", "li", "blockquote", "td", "dd", "figcaption", "caption", *HEADINGS))


def clock_chip(ch, pieces, st: PostState, language: str | None) -> str | None:
    """An inline element holding nothing but a clock ("15:10", "14.32 Uhr") or a match minute
    ("78'") that opens its run in the post's header, before any time was read: the post's
    stamp, read on its own (its text, else None), not the first words of one line with the
    headline or the event after it (whose digits would keep the run from reading as a stamp)."""
    if not st.header_zone or st.published is not None or st.minute is not None or not is_inline(ch) \
            or ch.tag in ("a", "br", "img") or len(ch) or join_pieces(pieces).strip():
        return None
    text = shown_text(ch)
    if not 0 < len(text) <= 20:
        return None
    return text if MINUTE_MARK.match(text) or bare_stamp_mark(text, language) is not None else None


def label_chip(row, ch, pieces, st: PostState) -> bool:
    """An inline element classed as a label (badge, flag, kicker) standing alone in the post's
    header row, before any headline: "<div class=item><div class=hour>16:20</div><span
    class=badge>Breaking</span><span class=title>Headline</span>". It is the post's label, a
    piece of its own, not the first words of a line joined with the title beside it. Only in a
    container row (not a paragraph or an item of text, where a chip reads as part of the
    sentence; an ``<li>`` holding blocks is a container), with nothing before it in the row's
    run but the post's clock, and nothing but space after it. On a match ticker the element
    needs no label class: a short event chip right after the post's minute mark ("<div
    class=minute>78'</div><span class=event>Goal!</span>") is the label the ticker prints, which
    takes the minute's place (`PostState.final_label`)."""
    if not st.header_zone or st.label is not None or st.headline is not None \
            or (row.tag in _PROSE_TAGS and not has_block_child(row)):
        return False
    if ch.tag not in INLINE or ch.tag in ("a", "br", "img") or len(ch) or (ch.tail or "").strip():
        return False
    says = class_says(roles(ch))
    if "title" in says or not ("label" in says or st.minute is not None):
        return False
    if (before := join_pieces(pieces).strip()) and not clock_only(before):
        return False  # (the post's clock may come first: it is read on its own)
    text = shapes.tag_word(shown_text(ch))
    if "label" in says:
        return is_tag_line(text)
    # after a match minute ("78'"), the event the ticker prints beside it ("Goal!", "Half time",
    # "Gelbe Karte": capitals that read as a name, but a ticker's minute has no author chip)
    return is_tag_line(text.rstrip("!")) and "author" not in says


def machine_stamp(el) -> bool:
    """A short element holding nothing else whose data-* attribute is a full machine time (ISO
    date and clock, or an epoch): the post's stamp, whatever words show it (an age in a
    language no reader knows)."""
    return bool(el.attrib) and attribute_time(el) is not None and len(text_of(el)) < 80


def author_chip(el) -> bool:
    """An inline element classed as the author's, holding a short name and no more; or a link
    to an author's page ("/autor/name/", "/journalist/name") showing a person's name."""
    if "author" not in class_says(roles(el) or ""):
        return el.tag == "a" and _author_page(el.get("href")) and shapes.is_name(shown_text(el)) \
            and not _in_sentence(el)
    text = shown_text(el).strip()
    return 0 < len(text) <= 80 and len(el) <= 3


# a link's path to an author's page: a segment of `meta_words.AUTHOR_PATH_WORDS`, then the author's
_AUTHOR_PAGE = regex.compile(r"/(?:" + "|".join(regex.escape(w) for w in AUTHOR_PATH_WORDS) + r")/[^/?#\s]+/?(?:[?#]|$)",
                             regex.I)


def _author_page(href: str | None) -> bool:
    return bool(href) and _AUTHOR_PAGE.search(href) is not None


META_ROW_CHARS = 60  # a row beside an author chip holding more text than this is prose


def meta_row(row, chip) -> bool:
    """A post's meta row below the body ("<div class=Meta><span class=Author>Name</span> 12:41 AM
    Tweet Share</div>"): not a paragraph, and little text but the chip's."""
    if row.tag in ("p", "li", "blockquote", "td") or row.tag in HEADINGS:
        return False
    return len(text_of(row)) - len(text_of(chip)) <= META_ROW_CHARS


def _in_sentence(link) -> bool:
    """A link inside a sentence of its row ("Lire aussi le texte de <a>Name</a> sur les crues."):
    the row holds more text around it than a byline row does, or reads as a sentence."""
    row = link.getparent()
    if row is None:
        return False
    text = shapes.clean(text_of(row))
    rest = len(text) - len(shapes.clean(text_of(link)))
    return rest > META_ROW_CHARS or (rest > 12 and shapes.ends_sentence(text))


def drop_by_lead(pieces, chip, ctx: Ctx) -> None:
    """Take the byline's lead word off the run before an author chip ("By", "Por", "Von",
    "Autor:"), recorded as removed: it is the chip's, not a line of its own (nor a label)."""
    lead = join_pieces(pieces).strip()
    if not lead or len(lead) > 30:
        return
    name = shown_text(chip)
    m = by_prefix(ctx.language).match(f"{lead} {name}")
    if m is not None and m.end() >= len(lead):
        ctx.remove("post.byline-prefix", lead)
        pieces.clear()


def place_after(chip) -> tuple | None:
    """The element right after an author chip, nothing but space between, when it is byline
    furniture: a short inline element naming a place (CLDR's cities and countries), or the
    last short piece of an author box that holds only the chip and it ("<div class=a><a
    href=/autor/…>Name</a> <span>Gandia</span></div>": where the author filed from, or the
    outlet), never the post's label or headline. ``(element, is_role)``: a job word there
    ("Redactora") is the byline's role."""
    if (chip.tail or "").strip():
        return None
    nxt = chip.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or nxt.tag not in INLINE or len(nxt) or nxt.tag in ("br", "time"):
        return None
    text = shown_text(nxt)
    if not 0 < len(text) <= 40:
        return None
    if is_dateline(text):
        return nxt, False
    box = chip.getparent()
    alone = box is not None and len(box) == 2 and not (box.text or "").strip() and not (nxt.tail or "").strip()
    if alone and is_tag_line(text) and not shapes.is_name(text):
        return nxt, any(shapes.is_role_word(w) for w in text.split())
    return None


def alone_in_row(row, chip, pieces) -> bool:
    """An inline chip standing alone between the blocks of a container row, nothing before it
    in its run and nothing after it ("<div class=story>…</div><span class=writer>Name</span>"):
    a part of the template of its own, not words of a sentence. Not a picture's credit: a chip
    whose class also says photo/image/credit, or one right after an image or figure."""
    if not has_block_child(row) or row.tag in HEADINGS or join_pieces(pieces).strip() or (chip.tail or "").strip():
        return False
    if "media" in class_says(roles(chip)) or CREDIT_CLASS.search(roles(chip)):
        return False
    prev = chip.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    return prev is None or not (prev.tag in ("img", "figure", "picture", "video") or "media" in class_says(roles(prev)))


def chip_tail(tail: str, st: PostState, n: int, ctx: Ctx) -> str:
    """What follows an inline author chip on its row, when it is the chip's: the outlet or the
    place it was filed from (recorded as byline furniture), or the author's role (given to the
    byline the chip added, ``st.bylines[n]``); else the text as it is."""
    m = _OUTLET_TAIL.match(tail)
    if m is None or len(st.bylines) != n + 1:
        return tail
    rest = m["name"].strip()
    if _is_outlet(rest, ctx) or is_dateline(rest):
        ctx.remove("post.byline-furniture", tail.strip())
        return ""
    if st.bylines[n].role is None and not any(ch.isdigit() for ch in rest) and not shapes.ends_sentence(rest):
        st.bylines[n] = Byline(st.bylines[n].name, rest)
        return ""
    return tail


def _is_outlet(name: str, ctx: Ctx) -> bool:
    """The site's own name or a web address: the outlet printed after an author's name."""
    return is_outlet(name, ctx.site_names) or bool(_WEB_ADDRESS.match(name))
