"""The document's title: the headline the page shows, checked against what it declares.

Candidates: the JSON-LD headline of the main entity, og:title, twitter:title, dc.title (declared,
in that order of trust) and the ``<title>``, each with the site's name taken off (learned from the
page: og:site_name, the JSON-LD publisher, the host name); and the shown headline, the first h1
(:func:`visible_h1`: not the site's logo; for a breadcrumb's h1, the heading a declaration names).

Candidates with the same words form a group; a declaration whose part before or after a separator
is another candidate (a section's name after it) and one cut short with an ellipsis join the group
they belong to. Then, in this order:

- an h1 made of a kicker element and a title keeps the kicker when more kinds of declaration
  (JSON-LD; sharing tags; ``<title>``) give it with the title than give the title alone or under
  another kicker; else the title is returned and the kicker apart (a post label);
- a shown headline that a declaration confirms is the title (the visible headline is the title
  readers see: where the JSON-LD says something else, it was reworded for search);
- else the rules between the first declaration and the h1: a declared kicker before the shown
  words goes apart, a truncated declaration gives way, an h1 that rewords the declaration (shares
  half its words and has words of its own) wins, else the declaration (an h1 sharing no words is a
  section's name or another story's).

The text returned is the group's as most of its declarations write it (punctuation and quotes
differ; a tie goes to the more trusted source).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from lxml import html as lxml_html

from . import shapes
from .meta_site import (
    _FOLD,
    _SEPARATOR,
    clean_title,
    is_site,
    key,
    site_keys,
    strip_site,
)
from .metadata import Evidence
from .node_text import text_of

# Where a declaration's pieces may meet (:func:`_pieces`): the separators, and a colon spaced on
# both sides ("So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr"). Not used to strip a
# site's name: French spaces the colon inside its headlines ("Macronie : une condamnation").
_PIECE_SEP = regex.compile(_SEPARATOR.pattern + r"|\s+:\s+")
_ELLIPSIS = ("...", "…")
_KICKER_SEP = regex.compile(r"\s*:\s+|\s+[-–—|/]\s+")
_BLOCK_TAGS = frozenset({"span", "div", "small", "strong", "em", "b", "i", "p", "a", "mark", "u"})


_WORD = regex.compile(r"\w+")



def visible_h1(tree: lxml_html.HtmlElement, declared: set[str] | None = None,
               confirming: set[str] | None = None, site: set[str] | None = None,
               support: dict[str, set[str]] | None = None) -> lxml_html.HtmlElement | None:
    """The element showing the page's headline: the first h1 with some words in it that is not
    the site's name (:func:`site_keys`, ``site``: a logo).

    Many templates make the last entry of the breadcrumb an h1 (the page's short name) and show
    the headline in an h2. Where the first h1 is such an entry and the page declares headlines
    (keys in ``declared``), the first h1 or h2 whose words a declaration gives is the headline,
    unless the kinds of declaration giving the breadcrumb's words are more than, and include
    all of, those giving that heading's (``support``: key -> kinds; JSON-LD, og:title and
    ``<title>`` naming the breadcrumb and only twitter:title the heading: the heading adds no
    evidence of its own); else the breadcrumb's h1 when a headline declared for the article itself
    has its words (keys in ``confirming``: not the ``<title>``, often rendered from the same
    field as the breadcrumb); else none."""
    first = next((h for h in tree.iter("h1") if _worded(h) and not _logo(h, site, declared)), None)
    if first is None or not declared or not _in_breadcrumb(first):
        return first
    first_key = key(h1_texts(first)[0] or "")
    for i, el in enumerate(tree.iter("h1", "h2")):
        if i >= _MAX_HEADINGS:
            break
        if el is not first and _worded(el):
            k = key(h1_texts(el)[0] or "")
            if k in declared:
                if support and support.get(first_key, set()) > support.get(k, set()):
                    return first
                return el
    return first if first_key in (confirming or set()) else None


def _logo(h: lxml_html.HtmlElement, site: set[str] | None, declared: set[str] | None) -> bool:
    """An h1 naming the site (its logo), unless a declared headline has the same words."""
    text = shapes.clean(h.text_content())
    return bool(site) and is_site(text, site or set()) and key(text) not in (declared or set())


def _worded(h: lxml_html.HtmlElement) -> bool:
    t = shapes.clean(h.text_content())
    return len(t.split()) >= 3 or (len(t) >= 8 and not t.isascii())


_CRUMB = regex.compile(r"crumb", regex.I)
_MAX_HEADINGS = 300  # headings looked at for the one a breadcrumb's page shows
_MAX_TITLE = 1000  # characters: longer is no headline (and is not split into pieces)


def _in_breadcrumb(h: lxml_html.HtmlElement) -> bool:
    """An h1 that is a breadcrumb's or a menu's entry: in a list item or a ``<nav>``, marked as
    the current page, or in an element named or typed as a breadcrumb."""
    if h.get("aria-current"):
        return True
    for depth, anc in enumerate(h.iterancestors()):
        if anc.tag in ("li", "nav"):
            return True
        if depth < 4 and _CRUMB.search(" ".join(filter(None, (anc.get("class"), anc.get("id"), anc.get("itemtype"))))):
            return True
    return False


def h1_texts(h: lxml_html.HtmlElement) -> tuple[str | None, list[str]]:
    """The h1's text with its parts spaced apart where the markup glues them, and its parts
    (kicker and title elements). An h1 holding more than `_MAX_TITLE` characters (an unclosed
    heading swallowing the page) gives none."""
    if len(text_of(h)) > _MAX_TITLE:
        return None, []
    parts: list[str] = []
    chunks: list[str] = [h.text or ""]
    lead = clean_title(h.text)
    if lead:
        parts.append(lead)
    for ch in h:
        if not isinstance(ch.tag, str):
            chunks.append(ch.tail or "")
            continue
        inner = ch.text_content() if ch.tag != "br" else " "
        t = clean_title(inner) if ch.tag != "br" else None
        if t:
            parts.append(t)
        chunks.append(inner)
        tail = clean_title(ch.tail)
        if tail:
            parts.append(tail)
        chunks.append(ch.tail or "")
    text = ""
    for c in chunks:
        if c and text and _glued(text[-1], c[0]):
            text += " "
        text += c
    return clean_title(text), parts


def _glued(left: str, right: str) -> bool:
    """Two elements' texts that meet with no space where a word or sentence ends and a capital
    begins ("Nationale Demo" + "Der 9. Juli"): laid out apart, so spaced apart. A word continued
    in lower case, a quote mark and scripts without spaces are left as they are."""
    return right.isupper() and (left.islower() or left.isdigit() or left in ".:!?;,")


# Declared candidates in the order they are trusted, and the kind of evidence each is: the JSON-LD
# headline, the sharing and search tags (one template field is often copied into all of them, so
# they count as one kind), and the document's <title>.
_DECLARED = (("ld", None), ("og", ("og:title",)), ("tw", ("twitter:title",)), ("dc", ("dc.title", "headline")))
_ORDER = {"ld": 0, "og": 1, "tw": 2, "dc": 3, "tag": 4}
_KIND = {"ld": "ld", "og": "meta", "tw": "meta", "dc": "meta", "tag": "tag"}


@dataclass
class _Group:
    """Declared candidates with the same words (:func:`key`), as each source wrote them."""

    key: str
    forms: list[tuple[str, str]] = field(default_factory=list)  # (source, text)

    @property
    def kinds(self) -> set[str]:
        return {_KIND[src] for src, _ in self.forms}

    @property
    def rank(self) -> int:
        return min(_ORDER[src] for src, _ in self.forms)


def choose_title(tree: lxml_html.HtmlElement, ev: Evidence) -> tuple[str | None, str | None]:
    """(title, kicker)."""
    keys = site_keys(ev)
    declared = []
    for src, names in _DECLARED:
        value = ev.headline if names is None else ev.first(*names)
        t = strip_site(clean_title(value), keys, ev.home_names) if value and len(value) <= _MAX_TITLE else None
        if t and key(t):
            declared.append((src, t))
    tag = _title_tag(tree, keys, ev.home_names)
    if tag and key(tag) and len(tag) <= _MAX_TITLE:
        declared.append(("tag", tag))
    declared = _uncut(declared)
    support: dict[str, set[str]] = {}
    for s, d in declared:
        support.setdefault(key(d), set()).add(_KIND[s])
    h = visible_h1(tree, set(support), {key(d) for s, d in declared if s != "tag"}, keys, support)
    whole, parts = h1_texts(h) if h is not None else (None, [])
    if not whole:  # nothing shown to check against: the first declared headline, as most write it
        groups, where = _groups(declared, set())
        return (_form(groups[where[declared[0][0]]]) if declared else None), None
    kicker, title_part = _h1_kicker(h, parts)
    targets = {key(whole)} | ({key(title_part)} if title_part else set())
    groups, where = _groups(declared, targets)
    if title_part is not None:
        chosen = _kicker_or_not(groups, whole, kicker, title_part)
        if chosen is not None:
            return chosen
    if not any(d[0] != "tag" for d in declared):  # only a <title>: a part of the h1 it names is the title
        if len(parts) >= 2 and tag:
            for i, p in enumerate(parts):
                if key(p) == key(tag):
                    return p, _kicker_text(parts[:i])
        return whole, None
    primary = _form(groups[where[declared[0][0]]])
    return _shown_or_declared(primary, [d for s, d in declared if s != "tag"], whole, parts, groups.get(key(whole)))


def _kicker_or_not(groups: dict[str, _Group], whole: str, kicker: list[str],
                   title_part: str) -> tuple[str, str | None] | None:
    """For an h1 made of a kicker and a title: the whole h1 when more kinds of declaration carry
    the kicker with the title than give the title alone (or under another kicker); else the title,
    with the kicker apart. None when no declaration gives the title."""
    wk, tk = key(whole), key(title_part)
    with_kicker = groups[wk].kinds if wk in groups else set()
    without = set()
    for g in groups.values():
        if g.key != wk and g.key.endswith(tk):
            without |= g.kinds
    if not with_kicker and not without:
        return None
    if len(with_kicker) > len(without):
        return _form(groups[wk], kicker), None
    return (_form(groups[tk]) if tk in groups else title_part), _kicker_text(kicker)


def _shown_or_declared(primary: str, declared: list[str], whole: str, parts: list[str],
                       confirmed: _Group | None) -> tuple[str, str | None]:
    """Between the first declared headline and the shown one (``confirmed``: the group of
    declarations that give the shown one's words, if any)."""
    pk = key(primary)
    if key(whole) == pk:
        return primary, None  # the same words: the declared text is the better spaced
    if len(parts) >= 2:
        for i, p in enumerate(parts):
            if key(p) == pk:
                return p, _kicker_text(parts[:i])
    tail = _declared_ends_with(primary, ([parts[-1]] if len(parts) >= 2 else []) + [whole])
    if tail is not None:
        return tail  # "«Kicker»: Title" declared, "Title" shown: the kicker goes apart
    if confirmed is not None:
        return _form(confirmed, shown=whole), None  # shown and declared too: the headline readers see
    if primary.endswith(_ELLIPSIS) and key(whole).startswith(key(primary.rstrip(".… "))):
        return whole, None
    if _same_story(whole, declared):
        return whole, None  # a reworded headline (for search or sharing): the shown one wins
    return primary, None


def _groups(declared: list[tuple[str, str]], targets: set[str]) -> tuple[dict[str, _Group], dict[str, str]]:
    """The declared candidates grouped by their words. A tag or ``<title>`` that is another
    candidate (or the h1, ``targets``) followed or preceded by a separator and a section's name
    joins that candidate's group; a truncated one ("...") joins the group it begins. Also the
    key of each source's group."""
    groups: dict[str, _Group] = {}
    where: dict[str, str] = {}
    known = set(targets)
    for src, text in declared:
        k = key(text)
        if k not in known and src != "ld":
            # a piece another declaration gives first: the h1 may be the site's logo, named
            # again at the end of the <title>
            pieces = _pieces(text)
            fit = [(len(pk), piece) for pk, piece in pieces if pk in groups] or \
                [(len(pk), piece) for pk, piece in pieces if pk in known]
            if fit:
                text = max(fit)[1]
                k = key(text)
        if k not in known and text.endswith(_ELLIPSIS):
            stem = key(text.rstrip(".… "))
            longer = [g for g in known if stem and g.startswith(stem) and len(g) > len(stem)]
            if longer:
                k = max(longer, key=len)
        groups.setdefault(k, _Group(k)).forms.append((src, text))
        where[src] = k
        known.add(k)
    return groups, where


def _pieces(text: str) -> list[tuple[str, str]]:
    """What ``text`` says before a separator or after one, each with its key (a headline's length
    at most, and a few separators: the work stays bounded on a hostile tag)."""
    out: list[tuple[str, str]] = []
    if len(text) > _MAX_TITLE:
        return out
    for i, m in enumerate(_PIECE_SEP.finditer(text)):
        if i >= 6:
            break
        for piece in (text[:m.start()].strip(), text[m.end():].strip()):
            if piece and key(piece):
                out.append((key(piece), piece))
    return out


def _fold(text: str) -> str:
    return " ".join(text.translate(_FOLD).casefold().split())


def _form(group: _Group, kicker: list[str] | None = None, shown: str | None = None) -> str:
    """The group's text as most of its sources write it (they differ in punctuation and quotes;
    a tie goes to the more trusted source); where the h1 shows a kicker, a form that marks where
    the kicker ends is preferred. A truncated form is never chosen over the ``shown`` text."""
    forms = [(s, t) for s, t in group.forms if not t.endswith(_ELLIPSIS) or key(t) == group.key]
    if not forms and shown:
        return shown
    forms = forms or group.forms
    if kicker:
        forms = [(s, t) for s, t in forms if _marks_boundary(t, kicker)] or forms
    count: dict[str, int] = {}
    for _, t in forms:
        count[_fold(t)] = count.get(_fold(t), 0) + 1
    return min(forms, key=lambda f: (-count[_fold(f[1])], _ORDER[f[0]]))[1]


def _marks_boundary(text: str, kicker: list[str]) -> bool:
    """Whether ``text`` has punctuation between the kicker's words and the title's."""
    n = len(_WORD.findall(" ".join(kicker)))
    words = list(_WORD.finditer(text))
    if n == 0 or len(words) <= n:
        return False
    return bool(text[words[n - 1].end():words[n].start()].strip())


def _h1_kicker(h: lxml_html.HtmlElement, parts: list[str]) -> tuple[list[str], str | None]:
    """(kicker, title) when the h1 opens with an element holding a short line and a headline
    follows in an element or text of its own; ([], None) otherwise. Parts that are only
    punctuation (a hidden " - ") are left out of both."""
    if (h.text or "").strip():
        return [], None
    first = next((ch for ch in h if isinstance(ch.tag, str)), None)
    if first is None or first.tag not in _BLOCK_TAGS:
        return [], None
    texts = [p for p in parts if key(p)]
    if len(texts) < 2:
        return [], None
    title, kicker = texts[-1], texts[:-1]
    k_words = sum(len(p.split()) for p in kicker)
    if k_words > 8 or k_words >= len(title.split()) or not _long_enough(title):
        return [], None
    return kicker, title


# a separator left at the kicker's end ("Politics |", "Energiewende:"), not a closing quote
_KICKER_EDGE = regex.compile(r"^\s*[|/·•–—-]\s+|(?:\s*[:|]|\s+[/·•»›–—-])\s*$")


def _kicker_text(parts: list[str]) -> str | None:
    """The kicker's parts as one line, without the separator that set it off from the title."""
    return _KICKER_EDGE.sub("", " ".join(parts)) or None


def _long_enough(text: str) -> bool:
    return len(text.split()) >= 3 or (len(text) >= 8 and not text.isascii())


def _same_story(shown: str, declared: list[str]) -> bool:
    """The shown h1 is a rewording of a declared headline: at least half the words of the shorter
    one are in the other (a section name or the site's logo in the h1 shares none), and the h1 has
    words of its own."""
    words = set(_WORD.findall(shown.casefold()))
    if len(words) < 3:
        return False
    for d in declared:
        other = set(_WORD.findall(d.casefold()))
        if other and words - other and len(words & other) >= 0.5 * min(len(words), len(other)):
            return True  # (an h1 that only drops words from the declared headline adds nothing)
    return False


def _declared_ends_with(primary: str, shown: list[str]) -> tuple[str, str | None] | None:
    """(title, kicker) when the declared headline is a kicker, a separator and a headline the page
    shows on its own (three words or more): the shown headline, and the declared kicker."""
    for text in shown:
        if len(text.split()) < 3 or len(text) < 0.4 * len(primary):
            continue
        k = key(text)
        if not k or key(primary) == k or not key(primary).endswith(k):
            continue
        for m in _KICKER_SEP.finditer(primary):
            if key(primary[m.end():]) == k:
                kicker = _kicker_text([primary[:m.start()]])
                if kicker:
                    return text, kicker
    return None


_QUOTE_MARKS = "\"“”„«»‘’‚'"


def _uncut(declared: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Declarations cut short where the headline's quotation mark ended the tag's attribute
    (``content="Senador califica a Biden de "incapacitado""`` reads "... Biden de"): such a value
    is another declaration's beginning, which goes on with a quoted phrase (both marks: "« BLOG
    OFF!" after a headline is a separator and a site's name); it takes that one's text."""
    out = []
    for src, text in declared:
        for _, other in declared:
            rest = other[len(text):] if len(other) > len(text) and other.startswith(text) else ""
            quoted = rest.strip()
            if (rest[:1] == " " or not rest[:1].isalnum()) and quoted[:1] in _QUOTE_MARKS \
                    and any(c in _QUOTE_MARKS for c in quoted[2:]):  # a quoted phrase, both marks
                text = other
                break
        out.append((src, text))
    return out


def _title_tag(tree: lxml_html.HtmlElement, keys: set[str], home: list[str]) -> str | None:
    t = tree.findtext(".//title")
    return strip_site(clean_title(t), keys, home) if t and len(t) <= _MAX_TITLE else None
