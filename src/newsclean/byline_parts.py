"""The parts of an author box other than the name: the organisation the author works for, and
the name given by a link to the author's page where no class names it.

An author box prints beside a name what the name is not: the outlet ("Name, BR", "<span
class=author__org>Yle</span>"), a place, a job. The outlet is neither a name nor a role: it is
the site's own name, a news agency (`meta_words.AGENCIES`), a short upper-case abbreviation that
is no job word ("BR", "NDR", "SVT"), or the text of an element whose class says organisation,
agency or source. A box whose classes say nothing ("<div class=c-x-a><a class=c-x-a-n
href=/autor/ana/>Ana López</a> <span class=c-x-a-l>Valencia</span></div>") names its author by
the link to the author's page; the elements beside that link are not part of the name.
"""
from __future__ import annotations

import regex

from . import meta_words, shapes
from .html_roles import INLINE, class_says, has_block_child, shown_text
from .meta_bylines import author_page, slug_agrees
from .meta_places import is_dateline
from .model import Byline
from .node_text import text_of

# a class token of an author box's element that names the outlet ("author__org", "byline-agency",
# "byline__source", "author-organisation")
ORG_CLASS = regex.compile(r"(?:^|[\s_-])(?:org|organi[sz]ation|organi[sz]ation-name|agency|agence|agentur|source"
                          r"|outlet|publisher|company|brand)(?:$|[\s_-])", regex.I)
# an outlet's abbreviation: two to six capitals (and digits or "&": "BR", "NDR", "SR2", "RTÉ")
_ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}\d&]{1,5}$")
LINK_BOX_CHARS = 120  # an author box holds a name and a few words beside it


def is_outlet(text: str, site_names: frozenset[str] | set[str]) -> bool:
    """The outlet an author box prints after a name: the site's own name, a news agency, or an
    abbreviation in capitals that is no job word ("BR", "NDR"; not "CEO" when a pack lists it)."""
    t = text.strip(" ,;|·–—-()")
    low = t.casefold()
    if not t or low in site_names or low in meta_words.AGENCIES:
        return True
    return bool(_ACRONYM.match(t)) and not shapes.is_role_word(t)


def org_element(cls: str) -> bool:
    """Whether an element's class says it holds the author's organisation."""
    return bool(cls) and ORG_CLASS.search(cls.replace("__", " ")) is not None


def _name_shaped(text: str) -> bool:
    return shapes.is_name(text) or shapes.is_caseless_name(text, most=3) or shapes.is_cjk_name(text)


def linked_names(el) -> list:
    """The links of an author box to an author's page whose text is a name: the box's name
    elements where no class names them. The address must agree with the text where its slug
    spells words ("/autor/max-kolter/" and "Max Kolter"; not "Alle Beiträge": `slug_agrees`)."""
    out = []
    for a in el.iter("a"):
        href = a.get("href")
        if author_page(href):
            text = shapes.clean(shown_text(a))
            if _name_shaped(text) and slug_agrees(href.split("?")[0].split("#")[0], text):
                out.append(a)
    return out


_NOT_NAME_PARTS = frozenset(("label", "title", "time", "boilerplate"))
_PART_GLUE = frozenset(" ,;|·•–—-\u00a0\n\t")
NAME_PART_WORDS = 4  # what an element beside a name holds: a place, a job, an outlet (a few words)


def name_beside_parts(el) -> list:
    """A header row of two or three inline elements of different classes, the first a person's
    name and the others a place, a job or an outlet ("<div><span class=x-n>Ana López</span>
    <span class=x-l>Valencia</span></div>"): the first element, whose text alone is the name
    (the row's text run together, "Ana López Valencia", is no one's). Elements that both hold
    names, or a name split over two elements ("<span>Ana</span> <span>López</span>"), are none."""
    if has_block_child(el) or not _glue(el.text):
        return []
    children = [c for c in el if isinstance(c.tag, str)]
    if not 2 <= len(children) <= 3 or any(not _glue(c.tail) for c in children):
        return []
    classes = [c.get("class") or "" for c in children]
    if not all(classes) or len(set(classes)) < len(classes) or any(len(c) for c in children):
        return []
    if any(class_says(c) & _NOT_NAME_PARTS for c in classes) \
            or any(c.tag == "time" or c.get("datetime") is not None for c in children):
        return []  # a label, a title or a time beside the name: a post's meta row, read by its roles
    first, *others = (shapes.clean(shown_text(c)) for c in children)
    if not shapes.is_name(first) or shapes.is_job_title(first):
        return []
    for t in others:
        if not t or len(t.split()) > NAME_PART_WORDS or any(ch.isdigit() for ch in t):
            return []
        if shapes.is_name(t) and not is_dateline(t) and not shapes.is_job_title(t) and not is_outlet(t, frozenset()):
            return []  # a second name
    return children[:1]


def _glue(text: str | None) -> bool:
    return not text or all(ch in _PART_GLUE for ch in text)


def role_beside_links(text: str, links: list) -> str | None:
    """What an author box prints after its linked names, when it is a job title of the packs
    ("<a href=/author/x>Name</a>, Political reporter"); a place, an outlet, other words and
    what precedes the names (a lead word, "By") are none."""
    last = shapes.clean(shown_text(links[-1]))
    at = text.rfind(last)
    if at < 0:
        return None
    rest = shapes.clean(text[at + len(last):]).strip(" ,;|·–—-")  # (after the names: a lead word, "By", is none)
    return rest if rest and shapes.is_job_title(rest) else None


_UNSHOWN = frozenset(("script", "style", "noscript", "template"))
# a page that names its authors in more lines than this (in every paragraph) is read no further
PRINTED_LINES_MAX = 60
BYLINE_LINE_EXTRA = 80  # what a byline's line may print beside the name ("Von Name, 30. 9. 2026 12:41")


def printed_authors(tree, authors) -> tuple[Byline, ...]:
    """An article's authors (from its metadata) that the page prints as a byline: the name in a
    short line of its own (its nearest block's text at most the name and `BYLINE_LINE_EXTRA`
    characters: "<div class=authors><span>Name</span></div>", "By Name | 3 hours ago"). A name
    only the structured data gives, or one printed only inside a paragraph of prose ("Analysis
    by <a>Name</a> follows tonight, ..."), is the document's author, not a byline the page shows."""
    if not authors:
        return ()
    wanted = {" ".join(a.split()).casefold(): a for a in authors}
    # a name's first word, found by one full-case-folding search in C (the rest may be split
    # off, "Molly Woo<span>d</span>"); casefolding every text of the page cost more
    firsts = {k.split()[0] for k in wanted}
    has_first = regex.compile("|".join(regex.escape(f) for f in sorted(firsts, key=len, reverse=True)),
                              regex.I | regex.F).search
    found: set[str] = set()
    seen: set = set()
    body = tree.find("body")
    for el in (body if body is not None else tree).iter():
        # (one walk in document order, each element's own text and its tail: an XPath for the
        # text nodes outside scripts asked every node's ancestors, seconds on a big page)
        tag = el.tag if isinstance(el.tag, str) else ""
        parent = el.getparent()
        for text, owner in ((el.text if tag and tag not in _UNSHOWN else None, el), (el.tail, parent)):
            if not text or owner is None:
                continue
            if has_first(text) is None:
                continue
            if owner.tag in _UNSHOWN or any(a.tag in _UNSHOWN for a in owner.iterancestors()):
                continue  # (asked of a hit only: a name in a script, a noscript copy)
            block = owner
            while block is not None and block.tag in INLINE:
                block = block.getparent()
            if block is None or block in seen:
                continue
            seen.add(block)  # (each block's text read once: a page of many hits in one block)
            line = " ".join(text_of(block).split()).casefold()
            found.update(k for k in wanted if k in line and len(line) <= len(k) + BYLINE_LINE_EXTRA)
        if len(found) == len(wanted) or len(seen) >= PRINTED_LINES_MAX:
            break
    return tuple(Byline(a) for k, a in wanted.items() if k in found)


ROLE_PART_WORDS = 8  # a job title beside a name: a few words


def _role_shaped(text: str, site_names) -> bool:
    """A job title's shape: a few words, no digit, no sentence, no place, no outlet; a second
    name is none ("<div>Ana López</div><div>Jan Novák</div>": two authors), unless a job word
    of the packs makes it a title ("Political Correspondent")."""
    return bool(text) and len(text.split()) <= ROLE_PART_WORDS and not any(ch.isdigit() for ch in text) \
        and not shapes.ends_sentence(text) and not is_dateline(text) and not is_outlet(text, site_names) \
        and (shapes.is_job_title(text) or not (_name_shaped(text) or text[:1].isupper() and len(text.split()) == 1
                                                 and not shapes.is_role_word(text)))


def name_role_pair(el, site_names=frozenset()) -> tuple | None:
    """An author element of exactly two parts, each an element of its own, the first a person's
    name and the second a job title ("<div class=byline><div>Name Surname</div><div>Political
    analyst</div></div>", the classes in a language no rule knows): (name element, role
    element). The row's text run together ("Name Surname Political analyst") tells no reader
    where the name ends; the markup does. Two names, a name and a place, or parts holding parts
    of their own are none."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 2 or not _glue(el.text) or any(not _glue(c.tail) for c in children):
        return None
    if any(has_block_child(c) or c.tag in ("time", "img", "figure") or c.get("datetime") for c in children):
        return None
    first, second = (shapes.clean(shown_text(c)) for c in children)
    if not _name_shaped(first) or shapes.is_job_title(first) or not _role_shaped(second, site_names):
        return None
    return children[0], children[1]


_MARKS = frozenset(("b", "strong", "a", "span"))


def role_then_marked_name(el, site_names=frozenset()) -> tuple[str, str] | None:
    """"Кореспондентка <b>Name Surname</b>", "Chefredakteur <strong>Name</strong>": an author
    element that prints the author's job first and marks the name up after it: (name, role).
    The text before the name must name a job of the packs (`shapes.is_job_title`); a byline's
    lead word ("By", "Autor:") or other words before a name are none."""
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) != 1 or children[0].tag not in _MARKS or not _glue(children[0].tail):
        return None
    role = shapes.clean(el.text or "").strip(" ,;|·–—-")
    name = shapes.clean(shown_text(children[0]))
    if not role or role.endswith(":") or not _name_shaped(name) or shapes.is_job_title(name):
        return None
    if not shapes.is_job_title(role) or not _role_shaped(role, site_names):
        return None
    return name, role


_SLASHES = ("／", "/")
CJK_ROLE_MAX_CHARS = 10
# five Han characters after the job word are a phrase ("會延後舉行"), not a Chinese name (two to four)
_LONG_HAN = regex.compile(r"^\p{Han}{5,}$")
_STOPS = frozenset("。．.!?！？，,；;")


def slashed_cjk_byline(text: str) -> tuple[str, str | None] | None:
    """"記者王小明／台中報導": a Han or Hangul byline of a job word of the packs, the name, a slash
    and what the author did where ("reporting from Taichung"): (the name, the part after the
    slash). The slash marks where the name ends: no word space does in these scripts. A place
    alone after it is a dateline, no role (the name alone) (`meta_places.is_dateline`). Without a slash ("記者王小明") the line is left to the readers of names (the page prints the job as
    part of the name); a sentence, digits or a long tail are none."""
    for slash in _SLASHES:
        if text.count(slash) != 1:
            continue
        head, tail = (t.strip() for t in text.split(slash))
        if not tail or len(tail) > CJK_ROLE_MAX_CHARS or tail.isascii() or any(ch.isdigit() for ch in tail) \
                or any(ch in _STOPS for ch in tail) or not shapes.role_led_cjk_name(head):
            return None
        for role in shapes.UNSPACED_ROLES:  # (the packs' job words of these scripts, longest first)
            if head.startswith(role):
                name = head[len(role):].strip()
                if _LONG_HAN.match(name):
                    return None
                return name, None if is_dateline(tail) else tail
    return None
