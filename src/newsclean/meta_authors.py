"""The document's authors: people only.

Sources in order, the first giving a person wins: JSON-LD ``author`` of the main entity (Person
names; Organization entries are dropped), the author meta tags, then the page's byline elements
(``rel=author``, ``itemprop=author``, elements whose class or id says author or byline).

Each declared value is split into names ("A and B", "A, B", "A und B", ...: conjunctions per
language in :mod:`meta_words`), loses its byline prefix ("By", "Von", "Par", ...) and trailing job
title ("A, Reporter"), and is dropped when it is an e-mail address, a number, an address, the
site's own name, a news agency, a desk ("Redaktion") or a dateline place ("AFP, MANILA").
"""
from __future__ import annotations

import unicodedata
from urllib.parse import unquote

import regex
from lxml import etree
from lxml import html as lxml_html

from . import meta_words, shapes
from .meta_title import clean_title, is_site, key, site_keys
from .metadata import Evidence

AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
               "byl", "twitter:creator:name", "cxenseparse:author", "author_name")
MAX_AUTHORS = 12

_PREFIXES = meta_words.union(meta_words.BYLINE_PREFIXES)
_PREFIX = regex.compile(r"^(?:" + "|".join(regex.escape(p) for p in _PREFIXES) + r")(?:\s*[:：]\s*|\s+)", regex.I)
_NAV = regex.compile(r"(?:^|[\s_-])(?:menu|nav|navbar|navigation)(?:$|[\s_-])", regex.I)
_LABEL = regex.compile(r"^(?:" + "|".join(regex.escape(p) for p in _PREFIXES) + r")\s*[:：]?$", regex.I)
_LINE_START = regex.compile(r"^\s*[(\[（]?\s*(?:" + "|".join(regex.escape(p) for p in _PREFIXES) + r")\s*(?:[:：]\s*|\s|$)",
                            regex.I)
_CONJ = meta_words.union(meta_words.CONJUNCTIONS)
_SPLIT = regex.compile(r"\s*(?:[;|•·/、，]|,|\s[-–—]\s|\s(?:" + "|".join(regex.escape(c) for c in _CONJ) + r")\s)\s*", regex.I)
_EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_URL = regex.compile(r"^(?:https?://|www\.)|^\S+\.(?:com|org|net|html?|php)(?:/\S*)?$", regex.I)
_PAREN = regex.compile(r"\s*[(\[][^)\]]{0,60}[)\]]\s*")
_LETTER = regex.compile(r"\p{L}")
_BYLINE_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:author|byline|autor|auteur|autore|writer|creator)(?:s|es|en|i|name|names)?(?:$|[\s_-])", regex.I)
_DIGITS = regex.compile(r"\d")
_BYLINE_XPATH = etree.XPath("//*[" + " or ".join(
    f"contains(@{attr}, '{word}')" for attr in ("class", "id") for word in ("uthor", "yline", "utor", "riter")) + "]")
_AUTHOR_XPATH = etree.XPath('//*[@rel="author" or @itemprop="author"]')
# Links to an author's page ("/autoren/name/max-kolter", "/author/jane-doe/"): the path segment
# before the slug says author in the site's language (words in :mod:`meta_words`).
_AUTHOR_LINK_XPATH = etree.XPath("//a[@href][" + " or ".join(
    f"contains(@href, '/{w}')" for w in meta_words.AUTHOR_PATH_WORDS) + "]")
_AUTHOR_PATH = regex.compile(r"/(?:" + "|".join(regex.escape(w) for w in meta_words.AUTHOR_PATH_WORDS)
                             + r")/(?:[\w-]{1,20}/)?[\w.%-]{2,80}/?$", regex.I)
_INNER = regex.compile(r"\s(?:" + "|".join(regex.escape(w) for w in meta_words.INNER_PREFIXES) + r")\s+(?=\S)",
                       regex.I)
_LEGAL = regex.compile(r"(?:^|(?<=[\s,]))(?:" + "|".join(regex.escape(f) for f in meta_words.LEGAL_FORMS)
                       + r")(?=$|[\s,.])")
_DOMAIN_IN = regex.compile(r"(?:www\.)?([\w-]{2,63}(?:\.[\w-]{2,63})*\.(?:com|org|net|de|at|ch|fr|uk|it|es|nl|be|"
                           r"eu|info|io|co\.uk|co\.za|cc|li|is|pl|se|no|dk|fi|pt|ru|jp|in|tw|vn|lt|lu|au|ca|us))\b",
                           regex.I)
_SENTENCE = regex.compile(r"^\s*\S+(?:\s+\S+){5,}[.!?]\s*$")
_AT_HANDLE = regex.compile(r"(?<!\S)@[\w.]{1,40}")
_URL_ANY = regex.compile(r"https?://\S{0,200}|www\.\S{0,200}")
_QUOTES = " -–—:,.'\"“”‘’«»„"
_HANDLE = regex.compile(r"^[\p{L}][\p{L}\d_.-]{1,29}$")
_SHORTCODE = regex.compile(r"^\p{Ll}{2,6}$")
_COMMENT = regex.compile(r"(?:^|[\s_-])(?:" + "|".join(meta_words.COMMENT_CLASS_WORDS) + r")", regex.I)
_PARTICLES = frozenset(("van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "des", "dos", "la", "le",
                        "al", "el", "bin", "ibn", "ten", "ter", "zu", "af", "av"))
_ROLE_WORDS = meta_words.ROLE_WORDS
_ORG_WORDS = meta_words.ORG_WORDS
_AGENCIES = meta_words.AGENCIES
_DESK = meta_words.DESK_WORDS


def choose_authors(tree: lxml_html.HtmlElement, ev: Evidence) -> list[str]:
    keys = site_keys(ev)
    owners: set[str] = set()
    if ev.publisher and shapes.is_name(ev.publisher) and key(ev.publisher) in keys:
        owners = _person_publishers(tree) & keys  # a personal site: its owner's name is a person's
    people = [a.name for a in ev.authors if a.kind != "org"]
    sources: list[list[str]] = []
    handles: list[str] = []
    # (how strict, reader): 0 declared as the author (structured data, meta tags); 1 an element
    # the page marks as the author's (rel/itemprop=author, a link to an author page); 2 text
    # found by its class or its words, which must be name-shaped.
    for level, read in ((0, lambda: people), (0, lambda: _meta_authors(ev)), (1, lambda: _declared_bylines(tree)),
                        (2, lambda: _class_bylines(tree)), (2, lambda: _label_bylines(tree)),
                        (2, lambda: _prefix_lines(tree)), (2, lambda: _signature(tree))):
        raws = read()
        sources.append(raws)
        names = names_from(raws, keys, strict=level == 2, level=level, owners=owners)
        if names and all(_is_login(n) for n in names):
            handles = handles or names  # "gabor_munier": a login; a later source may give the name
            continue
        if names:
            return names
    if handles:
        return handles
    # No person named anywhere: a wire story credits its agency ("Associated Press", "dpa"),
    # which is the author of record (never the site's own name: that is no author).
    for raws in sources:
        agencies = agencies_in(raws, keys)
        if agencies:
            return agencies
    return []


def _person_publishers(tree: lxml_html.HtmlElement) -> set[str]:
    """Keys of the page's JSON-LD nodes typed Person that also serve as its publisher or site
    (a personal blog: Yoast's ``["Person", "Organization"]``): the owner's name is no outlet's."""
    from . import metadata, structured
    out: set[str] = set()
    for d in metadata.jsonld_objects(tree):
        if "Person" in structured.types_of(d):
            name = structured.text_of(d.get("name"))
            if name:
                out.add(key(name))
    return out


def _is_login(name: str) -> bool:
    """A login rather than a display name: one token joined by "_" or "." ("gabor_munier",
    "christian.stadtfeld"), or a slug ("ganesh-sitaraman")."""
    return " " not in name and (bool(regex.search(r"\p{L}[_.]\p{L}", name))
                                or bool(regex.fullmatch(r"\p{Ll}+(?:-\p{Ll}+)+", name)))


def agencies_in(raws: list[str], site: set[str]) -> list[str]:
    """News agencies credited in author values ("dpa", "AFP, MANILA" -> "AFP")."""
    out: list[str] = []
    for raw in raws:
        text = _strip_prefix(_PAREN.sub(" ", clean_title(raw) or "").strip())
        for part in _SPLIT.split(text):
            part = _strip_prefix(part.strip(" -–—:,."))
            words = part.split()
            if not words or len(words) > 4 or key(part) in site:
                continue
            agency = part if part.casefold() in _AGENCIES else None
            if agency is None and _is_agency_phrase(part):
                agency = next(a for a in (" ".join(words[:3]), " ".join(words[:2]), words[0])
                              if a.casefold() in _AGENCIES)
            if agency and agency not in out and not is_site(agency, site):
                out.append(agency)
    return out[:MAX_AUTHORS]


def names_from(raws: list[str], site: set[str] = frozenset(), *,  # type: ignore[assignment]
               strict: bool = False, level: int | None = None, owners: set[str] = frozenset()  # type: ignore[assignment]
               ) -> list[str]:
    """People's names in declared author values, deduplicated, in order. ``strict`` (for text
    taken from the page rather than declared as an author) wants name-shaped parts; ``level`` 1
    (an element marked as the author's) also takes a lone handle ("Floyd", "gizzmo") when it is
    the element's whole text, and staff shortcodes ("srf/hosb;kesm") at levels 1 and 2."""
    out: list[str] = []
    seen: set[str] = set()
    if level is None:
        level = 2 if strict else 0
    for raw in raws:
        codes = _shortcodes(raw, site) if level >= 1 else []
        names = codes or split_names(raw, site, owners)
        for name in names:
            if level == 2 and not (looks_like_name(name) or codes):
                continue
            if level == 1 and not (looks_like_name(name) or codes or (len(names) == 1 and _HANDLE.match(name))):
                continue
            k = key(name)
            if k and k not in seen:
                seen.add(k)
                out.append(name)
            if len(out) >= MAX_AUTHORS:
                return out
    return out


def split_names(raw: str, site: set[str] = frozenset(),  # type: ignore[assignment]
                owners: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """The people's names in one author value. ``owners``: keys of names that are the site's and
    a person's (a personal site's owner), which the site test lets through."""
    text = clean_title(raw) or ""
    if not text or len(text) > 300 or _URL.search(text):
        return []
    if site and any(key(h) in site for h in _DOMAIN_IN.findall(regex.split(r"[,;|]", text, maxsplit=1)[0])):
        return []  # "Deutsche Welle (www.dw.com)": the outlet, named with its own address
    text = _EMAIL.sub(" ", text)
    text = _AT_HANDLE.sub(" ", text)  # "Williams Perdomo @wperdomod": the social handle beside the name
    text = _PAREN.sub(" ", text)
    text = _URL_ANY.sub(" ", text).strip()
    text = " | ".join(p for p in text.split(" | ") if not _SENTENCE.search(p))  # a sentence, no byline
    text = _strip_prefix(text)
    parts = [p.strip(_QUOTES) for p in _SPLIT.split(text)]
    if site and parts and key(parts[0]) not in owners and (is_site(parts[0], site) or _is_agency_phrase(parts[0])):
        return []  # "hessenschau.de, Frankfurt, Germany": an outlet and its address, no person
    out: list[str] = []
    for i, part in enumerate(parts):
        part = _strip_inner_prefix(_strip_prefix(part))
        part = _strip_affiliation(part)
        if not part:
            continue
        if i > 0 and _is_dateline(part):
            continue
        if out and _is_affiliation(part):
            continue
        if out and _is_place_among_names(part, out):
            continue
        if (key(part) in owners and is_person(part)) or is_person(part, site):
            out.append(part)
    return out


def _strip_inner_prefix(part: str) -> str:
    """The name after a phrase that ends in a byline word ("Zeige alle Beiträge von Cem Basman",
    "View all posts by Daniel Lemire"): cut when what follows is a name of two or more words, or
    one word after a phrase with a word in lower case. A noble "von" stays ("Ursula von der
    Leyen", "Wernher von Braun": an article or one word follows)."""
    if shapes.is_name(part) and not _INNER.search(part):
        return part
    for m in reversed(list(_INNER.finditer(part))):
        before, rest = part[:m.start()].strip(), part[m.end():].strip()
        if not before or not rest or not rest[:1].isupper():
            continue
        if shapes.is_name(rest) or (len(rest.split()) == 1 and any(w[:1].islower() for w in before.split())):
            return rest
    return part


_FOR = regex.compile(r"\s(?:for|für|pour|para|per|voor)\s+(?:the\s+|die\s+|der\s+|das\s+|le\s+|la\s+|el\s+)?\p{Lu}", regex.I)


def _strip_affiliation(part: str) -> str:
    """A name without the outlet it writes for ("Brendan Carlin For The Mail On Sunday")."""
    m = _FOR.search(part)
    if m and shapes.is_name(part[:m.start()].strip()):
        return part[:m.start()].strip()
    return part


def _is_place_among_names(part: str, names: list[str]) -> bool:
    """One capitalised word among names of two or more words: a dateline place ("Markus M.
    Haefliger, London, Beat Bumbacher"), not a person."""
    if " " in part or not part[:1].isupper():
        return False
    return all(len(n.split()) >= 2 for n in names)


def _shortcodes(raw: str, site: set[str]) -> list[str]:
    """The staff shortcodes when an author element's whole text is such codes in lower case
    ("srf/hosb;kesm" -> hosb, kesm; "amw"), as many German and Swiss papers sign: each names one
    journalist. The site's own code ("srf") and agencies ("dpa") are dropped; a desk code
    ("red") makes it no byline."""
    text = shapes.clean(raw.replace("|", " ")).strip()
    parts = [p for p in regex.split(r"[\s/;,]+", text) if p]
    if not parts or len(parts) > 4 or not all(_SHORTCODE.match(p) for p in parts):
        return []
    if any(p in _DESK or p in _PREFIXES or p in _CONJ for p in parts):
        return []  # "red" (the desk), "von" (a label), "und": no codes
    return [p for p in parts if key(p) not in site and p not in _AGENCIES]


def _strip_prefix(text: str) -> str:
    for _ in range(2):
        m = _PREFIX.match(text)
        if not m or m.end() >= len(text) or (len(text[m.end():].split()) < 2 and not regex.search("[:：]", m.group())):
            break  # "Di Caprio", "Von Trier": a surname, not a prefix and one word
        text = text[m.end():].strip()
    return text


def _is_agency_phrase(part: str) -> bool:
    """An agency with a place or desk after it: "Associated Press in Valencia", "AFP Deutschland"."""
    folded = part.casefold()
    for agency in _AGENCIES:
        if folded.startswith(agency + " ") and len(part) > len(agency) + 1:
            rest = part[len(agency) + 1:]
            if rest[:1].islower() or (len(rest.split()) == 1 and part[:len(agency)].isupper()):
                return True
    return False


def _is_affiliation(part: str) -> bool:
    """Words in lower case after a name: a job or a faculty ("Mykolo Romerio universiteto"), no
    second person (name particles such as "van der" are allowed by the name shape)."""
    return not shapes.is_name(part) and any(w[:1].islower() for w in part.split())


def _is_dateline(part: str) -> bool:
    """A place in capitals after an agency or name ("AFP, MANILA")."""
    return " " not in part and part.isupper() and len(part) >= 3


def is_person(part: str, site: set[str] = frozenset()) -> bool:  # type: ignore[assignment]
    """Whether a byline part can be a person's name (not a role, agency, desk, site or id)."""
    if len(part) > 60 or not _LETTER.search(part) or _DIGITS.search(part) or "@" in part:
        return False
    words = part.split()
    if len(words) > 6:
        return False
    folded = part.casefold()
    if folded in _DESK or folded in _AGENCIES:
        return False
    if all(w.casefold().strip(".,") in _ROLE_WORDS for w in words):
        return False
    if len(words) > 1 and words[0][:1].islower() and words[0].casefold() not in _PARTICLES:
        return False  # "deinen Hochzeitsbloggern": words of a sentence, not a name
    if _LEGAL.search(part) or any(w.casefold().strip(".,").rsplit("-", 1)[-1] in _ORG_WORDS for w in words):
        return False  # "Hanns-Seidel-Stiftung e.V.", "Top Solar News", "PETA-Team"
    if _is_agency_phrase(part):
        return False  # "AFP Deutschland", "Associated Press in Valencia"
    if site and is_site(part, site) and not shapes.is_name(part):
        return False
    if site and _site_account(words, site):
        return False
    if site and key(part) in site:
        return False
    return not part.endswith(":")


def _site_account(words: list[str], site: set[str]) -> bool:
    """The site's publishing account shown as a name: the site's word and an initial ("Ilanga D"
    on ilanganews.co.za), not a person."""
    first = key(words[0])
    if len(words) != 2 or len(first) < 4 or len(key(words[1])) != 1:
        return False
    return any(k.startswith(first) for k in site)


def looks_like_name(part: str) -> bool:
    """Two to five capitalised words, or a short name in a script without capitals."""
    if shapes.is_name(part):
        return True
    cased = any(c.isupper() or c.islower() for c in part)
    return not cased and 2 <= len(part) <= 12 and not _DIGITS.search(part)


def _meta_authors(ev: Evidence) -> list[str]:
    out: list[str] = []
    for n in AUTHOR_META:
        out.extend(v for v in ev.meta.get(n, ()) if v.strip())
    return out


def _declared_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline text from the elements the page declares as the author's: ``rel=author`` and
    ``itemprop=author``, else links to an author's page whose text is a name (or the handle the
    link's path ends with: "/author/floyd/" reading "Floyd")."""
    found: list[str] = []
    for el in _AUTHOR_XPATH(tree)[:12]:
        if _in_comments(el):
            continue
        name = el.xpath('.//*[@itemprop="name"]/@content|.//*[@itemprop="name"]//text()')
        text = " ".join(name) if name else _pieces(el)
        if text.strip():
            found.append(text)
    if found:
        return found
    handles: list[str] = []
    for el in _AUTHOR_LINK_XPATH(tree)[:40]:
        href = (el.get("href") or "").split("?")[0].split("#")[0]
        text = shapes.clean(el.text_content())
        if not _AUTHOR_PATH.search(href) or not text or _in_comments(el):
            continue
        if looks_like_name(text) and _slug_agrees(href, text):
            found.append(text)
        elif _slug_names(href, text) and not _in_navigation(el):
            handles.append(text)
        if len(found) >= 6:
            break
    if not found and len({key(h) for h in handles}) <= 2:
        found = handles  # "/author/floyd/" reading "Floyd"; many such links are a menu
    return found


def _in_navigation(el: lxml_html.HtmlElement) -> bool:
    for a in el.iterancestors():
        if a.tag == "nav" or _NAV.search(a.get("class") or ""):
            return True
    return False


def _slug_agrees(href: str, text: str) -> bool:
    """Whether an author-page link's text can be the name its address is for: the address ends
    in an id, or shares a word with the text ("/author/jane-doe" and "Jane Doe"; not
    "/author/peta-team" and "Alle Beiträge")."""
    slug = _plain(unquote(_last_segment(href)))
    words = [w for w in regex.split(r"[\W_]+", slug) if len(w) >= 3 and not w.isdigit()]
    if len(words) < 2:
        return True  # an id or an account ("/author/admin/" for "Peter Addor")
    k = _plain(key(text))
    return any(w in k for w in words) or any(len(t) >= 3 and t in slug for t in (_plain(key(x)) for x in text.split()))


def _last_segment(href: str) -> str:
    """The last segment of an address's path that is no index page ("/author/ronja-beck/index.html"
    -> "ronja-beck")."""
    segs = [x for x in href.split("/") if x and not regex.match(r"(?i)index\.\w{2,5}$", x)]
    return segs[-1] if segs else ""


def _plain(s: str) -> str:
    """Case and accents folded ("Ophélie" -> "ophelie"), as in web addresses."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def _slug_names(href: str, text: str) -> bool:
    """Whether a one-word link text is the handle its author-page address ends with."""
    slug = key(_last_segment(href))
    k = key(text)
    return " " not in text.strip() and len(k) >= 2 and bool(slug) and (slug == k or slug.startswith(k))


def _class_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline text from elements whose class, id or test id says author or byline."""
    hits: list[lxml_html.HtmlElement] = []
    for el in _BYLINE_XPATH(tree)[:200]:
        label = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('data-testid') or ''}"
        if not _BYLINE_CLASS.search(label.replace("__", " ").replace("--", " ")):
            continue
        if el.tag in ("meta", "link", "script", "style", "img", "body", "html", "main", "article"):
            continue
        if _in_teaser(el, links=False) or _in_comments(el) or _other_author_link(el):
            continue
        hits.append(el)
    inner = set()  # a byline box holding a byline element with a name: the inner one (no date or rubric)
    for el in hits:
        text = shapes.clean(el.text_content())
        if _LABEL.match(text) or len(text) < 3:
            continue  # the box's "von" label: the box holds the name
        inner.update(a for a in el.iterancestors() if a in hits)
    found: list[str] = []
    for el in hits:
        if el in inner:
            continue
        text = _pieces(el)
        if 2 < len(text) <= 160:
            found.append(text)
        if len(found) >= 6:
            break
    return found


def _dom_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    """Byline text from the elements pages mark as the author's (declared, else by class)."""
    return _declared_bylines(tree) or _class_bylines(tree)


def _other_author_link(el: lxml_html.HtmlElement) -> bool:
    """An element that is one link to an author's page whose text is not that author's name
    ("<a class="author-link" href="/author/peta-team/">Alle Beiträge</a>")."""
    links = [el] if el.tag == "a" else el.findall(".//a")
    if len(links) != 1 or shapes.clean(links[0].text_content()) != shapes.clean(el.text_content()):
        return False
    href = (links[0].get("href") or "").split("?")[0].split("#")[0]
    return bool(_AUTHOR_PATH.search(href)) and not _slug_agrees(href, shapes.clean(el.text_content()))


def _in_comments(el: lxml_html.HtmlElement) -> bool:
    """In a comment thread (or a commenter's name element itself): a commenter, not the author."""
    for a in (el, *el.iterancestors()):
        if _COMMENT.search(a.get("class") or "") or _COMMENT.search(a.get("id") or ""):
            return True
    return False


_HEADING_LABELS = ("h4", "h5", "h6", "dt", "th", "label")
_LABEL_TAGS = ("span", "strong", "b", "em", "h4", "h5", "h6", "dt", "th", "label", "div", "p", "small")


def _label_bylines(tree: lxml_html.HtmlElement) -> list[str]:
    """A byline word alone in its element, the names after it ("<h5>Autor:</h5>Peter Maahn",
    "<span>By</span><span><a>J.R. Stone</a></span>"): the names are the element's tail or its next
    sibling's text, and must be name-shaped. Several different results: a teaser list, none."""
    found: list[str] = []
    for el in tree.iter(*_LABEL_TAGS):
        if len(el):
            continue
        text = (el.text or "").strip()
        if not text or len(text) > 24 or not _LABEL.match(text) or _in_teaser(el) or _in_comments(el):
            continue
        if (el.tag not in _HEADING_LABELS and not text.endswith((":", "："))
                and text.casefold() not in meta_words.INNER_PREFIXES):
            continue  # "Text", "Autor" in running text without a colon: a menu or a heading word
        value = (el.tail or "").strip()
        if not value:
            nxt = el.getnext()
            value = shapes.clean(nxt.text_content()) if nxt is not None else ""
        if not value or len(value) > 120:
            continue
        parts = [p for p in (q.strip(_QUOTES) for q in _SPLIT.split(_PAREN.sub(" ", value))) if p]
        if parts and looks_like_name(parts[0]):
            found.append(value)
        if len(found) >= 3:
            break
    if len({key(f) for f in found}) > 1:
        return []
    return found


_LINE_TAGS = ("p", "div", "span", "li", "em", "i", "small", "address", "strong", "b", "td", "dd", "figcaption")


def _prefix_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """Lines that open with a byline word and hold names only ("Von: Bill McCarthy, Marisha
    Goldhamer", "(责编：牛镛、岳弘彬)"). Every part after the prefix must be name-shaped, so prose
    that merely starts with such a word ("Par ailleurs, Emmanuel Macron ...") is no byline."""
    found: list[str] = []
    for el in tree.iter(*_LINE_TAGS):
        if not _LINE_START.match(el.text or "") or _in_teaser(el):
            continue
        text = shapes.clean(el.text_content()).strip("()[]（）")
        if not 3 < len(text) <= 120:
            continue
        body = _strip_prefix(text)
        if body == text:
            continue
        parts = [p for p in (q.strip(" -–—:,.") for q in _SPLIT.split(_PAREN.sub(" ", body))) if p]
        if parts and all(looks_like_name(p) for p in parts):
            found.append(body)
        if len(found) >= 3:
            break
    if len({key(f) for f in found}) > 1:
        return []  # different bylines in several places: a list of teasers, not this story's
    return found


_TEASER = regex.compile(r"(?:^|[\s_-])(?:" + "|".join(meta_words.TEASER_CLASS_WORDS) + r")", regex.I)


def _in_teaser(el: lxml_html.HtmlElement, links: bool = True) -> bool:
    """Inside a teaser box (related stories, most read), or with ``links`` a link: another story's
    byline."""
    for a in el.iterancestors():
        if (links and a.tag == "a") or _TEASER.search(a.get("class") or ""):
            return True
    return False


_BOLD = ("strong", "b")
_MIN_PROSE = 80


def _signature(tree: lxml_html.HtmlElement) -> list[str]:
    """A name alone in bold as the last paragraph of the body (or its first, above the text):
    the signature many sites print instead of a byline ("<p><strong>Lê Phương</strong></p>").
    Only when the page has exactly one such paragraph, and only beside at least three paragraphs
    of prose, so a bold subheading (followed by text) or a bold line in a teaser list is no name."""
    found: list[str] = []
    for body in tree.iter("article", "div", "section", "main"):
        paras = [c for c in body if c.tag == "p"]
        if len(paras) < 4:
            continue
        texts = [shapes.clean(p.text_content()) for p in paras]
        full = [i for i, t in enumerate(texts) if t]
        if sum(1 for t in texts if len(t) >= _MIN_PROSE) < 3 or len(full) < 4:
            continue
        for i in (full[0], full[-1]):
            p, text = paras[i], texts[i]
            bold = [c for c in p if c.tag in _BOLD]
            if len(bold) != 1 or (p.text or "").strip() or (bold[0].tail or "").strip() or len(p) != 1:
                continue
            if text and looks_like_name(_strip_prefix(text)) and text not in found:
                found.append(text)
        if len(found) > 1:
            return []
    return found


def _pieces(el: lxml_html.HtmlElement) -> str:
    """An element's text with its separate text nodes kept apart ("Anna Fink | Jan Marchart"):
    names in sibling links or spans are not run together."""
    return " | ".join(t for t in (shapes.clean(x) for x in el.itertext()) if t)
