"""Bylines inside a post: author elements, "By Name" and closing "— Name and Name" lines.

Several names are split at commas, "&" and the page language's word for "and" (from CLDR
list patterns); a name is never the site's own name and never holds a date.
"""
from __future__ import annotations

import functools

import regex

from . import meta_words, shapes
from .byline_parts import (
    is_outlet,
    linked_names,
    name_beside_parts,
    name_role_pair,
    org_element,
    role_beside_links,
    role_then_marked_name,
    slashed_cjk_byline,
)
from .html_roles import Ctx, has_block_child, roles, shown_text
from .meta_places import is_dateline
from .model import Byline

# (and "autor", "auteur" as most European templates spell it: "<span class=autor>", not "autorefresh")
_NAME_CLASS = regex.compile(r"(?i:name|author|auteur)|(?i:autor(?:in|en|es|e|i|a|s|zy)?)(?![a-z])")
# what an author box prints beside the name: a job title, or the place the author writes from
# ("desig": a designation, "author-desig")
_ROLE_CLASS = regex.compile(r"role|job|desig|description|position|place|location", regex.I)
# ... or its "title" ("lc-post-author-title": "politisk reporter"), when a name element sits beside
# it: alone, an author "title" element is the name (a heading naming the author)
_TITLE_CLASS = regex.compile(r"title", regex.I)
# a web address ("Rappler.com", "LRT.lt") is an outlet, never a person
_DOMAIN = regex.compile(r"^[\w-]+(?:\.[\w-]+)*\.\p{L}{2,24}$")


@functools.lru_cache(maxsize=16)
def by_prefix(language: str | None) -> "regex.Pattern[str]":
    """An author element's lead word before its names, in the page's language ("By Name",
    "Por Name", "Autor: Name", "Posted by Name"): the phrase packs' ``byline`` words (see
    `newsclean.rules.packs.byline_leads`), then a colon or a space, then a capital; or a
    one-word lead any pack writes with a colon, printed with it ("Autor: Name" on a page of a
    language without a pack: `newsclean.rules.packs.colon_byline_leads`)."""
    from .rules.packs import byline_leads, colon_byline_leads

    alts = "|".join(regex.escape(w) for w in byline_leads(language))
    colon = "|".join(regex.escape(w) for w in colon_byline_leads())
    # (the capital: case matters; or a letter of a script without case, Georgian's among them;
    # the colon as scripts print it: Armenian "՝", Khmer "៖", Ethiopic "፡" "፦")
    return regex.compile(rf"^(?:(?i:{alts})(?:\s?[:՝៖፡፦]\s*|\s+)|(?i:{colon})\s?[:՝៖፡፦]\s*)"
                         r"(?=\p{Lu}|\p{Lo}|[\u10d0-\u10ff])")


# an author element's text that is not a list of names: "Name, what follows" (a role, a place,
# the outlet: "Marina Pinhoni, g1 SP", "Hamdah Salhut, reporting from occupied East Jerusalem")
_NAME_THEN_REST = regex.compile(r"^(?P<names>[^,]{3,120}?),\s*(?P<rest>\S.{0,80})$")
ROLE_MAX_WORDS = 8
# A closing author line: "— Name and Name", "—Reuters", "– Name, Name".
_DASH_LINE = regex.compile(r"^[—–―]\s?(?P<names>\p{Lu}.{1,160})$")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’.-]*|da|de|del|der|den|di|dos|du|la|le|van|von|bin|al|el|ibn|ter|ten|st\.?)$")


def person_name(text: str, ctx: Ctx) -> str:
    """A person chip's name without what the chip prints around it: the byline lead word of the
    page's language ("Par Wally Bordas", "By Name") and a trailing outlet, the site's own name
    ("By <a>Name</a> Fox News"): no part of a person's name. "" when what is left is the site's
    own name ("By Fox News"): never an author."""
    name = by_prefix(ctx.language).sub("", text).strip()
    low = name.casefold()
    for site in ctx.site_names:
        if len(low) > len(site) + 3 and low.endswith(site) and not low[-len(site) - 1].isalnum():
            rest = name[:-len(site)].rstrip(" ,;|·–—-(")
            if len(rest.split()) >= 2:  # a full name before it ("Danielle" alone is no name)
                name = rest
            break
    return "" if name.casefold() in ctx.site_names else name


def proper_name(name: str, ctx: Ctx) -> bool:
    """A person's (or agency's) name: never the site's own name, a date, or a desk word alone
    ("By Agencies", "Von Agenturen", "Staff": `meta_words.DESK_WORDS`)."""
    if not name or len(name) > 80 or any(ch.isdigit() for ch in name) or _DOMAIN.match(name):
        return False
    folded = name.casefold()
    return folded not in ctx.site_names and folded not in meta_words.DESK_WORDS


@functools.lru_cache(maxsize=64)
def conjunctions(language: str | None = None) -> frozenset[str]:
    """The words that join the last two items of a list in the page's language and in English
    ("and", "en", "und", "et", "och"...), from CLDR list patterns through Babel."""
    from babel import Locale, UnknownLocaleError
    words = {"and"}
    code = (language or "").replace("-", "_").split("_")[0].lower()
    if code and code != "en":
        try:
            pattern = Locale.parse(code).list_patterns["standard"]["end"]
        except (ValueError, KeyError, LookupError, UnknownLocaleError):
            pattern = ""
        middle = pattern.replace("{0}", " ").replace("{1}", " ").strip(" ,\u00a0")
        if middle and " " not in middle:
            words.add(middle.casefold())
    return frozenset(words)


# (compiled once: a pattern given as a string is looked up in the engine's cache on every call)
_NAME_SEPARATORS = regex.compile(r"\s*[,&;/]\s*|\s+\+\s+")
_LIST_MARKS = regex.compile(r"[&;/+]")
_WORDS = regex.compile(r"\w+")


def split_names(text: str, language: str | None = None) -> list[str]:
    """"Kevin Granville and Mohammed Hadi" -> both names. Names are runs of capitalised words
    (with particles such as "van", "de"); commas, "&" and a lone lower-case word between two
    names (a conjunction, in whatever language) separate them."""
    out: list[str] = []
    for part in _NAME_SEPARATORS.split(text):
        current: list[str] = []
        for w in part.split():
            if _NAME_WORD.match(w):
                current.append(w)
            elif w.casefold() in conjunctions(language) and current:
                out.append(" ".join(current))  # "and" between two names, in the page's language
                current = []
            else:
                return []
        if current:
            out.append(" ".join(current))
    return [n for n in out if n[:1].isupper()]


def dash_byline(text: str, ctx: Ctx) -> list[str]:
    """A closing "— Name and Name" line, or a bracketed one ("(Name Surname)", "（佐藤健太）":
    `bracketed_names`): the names, else nothing."""
    if text[:1] in "(（[［【":
        return bracketed_names(text, ctx)
    m = _DASH_LINE.match(text)
    if not m or shapes.ends_sentence(m["names"]) and not m["names"].endswith("."):
        return []
    names = split_names(m["names"].rstrip("."), ctx.language)
    if not names or any(len(n.split()) > 5 or not proper_name(n, ctx) for n in names):
        return []
    return names


def bylines(el, out: list[Byline], ctx: Ctx) -> None:
    """The names (and a role) an author element holds; the rest of its text is recorded as removed."""
    # (an element of the box naming the author's organisation, "author__org": no name, whatever
    # else its class says; its text is furniture)
    named = [e for e in el.iter() if isinstance(e.tag, str) and e is not el
             and _NAME_CLASS.search(roles(e) or "") and not _ROLE_CLASS.search(roles(e) or "")
             and not org_element(roles(e)) and not has_block_child(e)]
    linked = [] if named else linked_names(el)  # no class names the name: the link to the author's page
    parted = [] if named or linked else name_beside_parts(el)  # ... or the first of a row's parts
    # ... or a name and a job title, each an element of its own ("<div>Name</div><div>Political analyst</div>")
    pair = None if named or linked or parted else name_role_pair(el, ctx.site_names)
    named = named or linked or parted or ([pair[0]] if pair else [])
    titles = [e for e in named if _TITLE_CLASS.search(roles(e) or "")]
    if titles and len(titles) < len(named):  # a name element and a "title" beside it: the title is a role
        named = [e for e in named if e not in titles]
    else:
        titles = []
    name_els = [e for e in named if not any(a in named for a in e.iterancestors())]
    text = shown_text(el)
    roles_text = [shown_text(e) for e in el.iter() if isinstance(e.tag, str)
                  and (_ROLE_CLASS.search(roles(e) or "") or e in titles)]
    role = roles_text[0] or None if roles_text else None
    if role is None and pair is not None:
        role = shapes.clean(shown_text(pair[1]))
    if role is None and (job := _job_beside_name(name_els)) is not None:
        name_els.remove(job)
        role = shown_text(job)
    if role is None and (linked or parted):
        role = role_beside_links(text, linked or parted)  # "<a href=/author/x>Name</a>, Political reporter"
    if not text.strip():
        # a chip that prints no name, only the author's photo: the name its alt text gives
        pictured = _pictured_name(el, ctx)
        if pictured is not None and pictured not in {b.name for b in out}:
            out.append(Byline(pictured))
        return
    # (an element named for the author that shows no text, the chip's head shot "author__img",
    # names no one: counted, it made one name two and left the role unread)
    names = [t for t in (shown_text(e) for e in name_els) if t]
    if not names:
        lead = by_prefix(ctx.language)
        stripped = unbracketed(lead.sub("", text.lstrip("—–― ")).strip())
        if role:
            stripped = stripped.replace(role, "", 1).strip()
        names = []
        if role is None and (marked := role_then_marked_name(el, ctx.site_names)) is not None:
            names, role = [marked[0]], marked[1]  # "Кореспондентка <b>Name</b>": the job, then the name
        if role is None and not names and (slashed := slashed_cjk_byline(stripped)) is not None:
            names, role = [slashed[0]], slashed[1]  # "記者王小明／台中報導"
        if role is None and not names:
            # the name and its role by markup (<strong>Name</strong><span>Vaktsjef</span>), or a
            # job title of the packs after the name ("Name Journalist", "김미나 기자")
            names, role = _marked_name_then_role(el, stripped, ctx, job_only=True)
            if not names and (split := shapes.name_and_role(stripped)) is not None and not is_dateline(split[1]):
                names, role = [split[0]], split[1]
        if not names:
            names = [] if _two_part(stripped, ctx.language) or _ends_in_job_word(stripped) \
                else split_names(stripped, ctx.language)
        if not names:
            names, rest_role = _names_then_rest(stripped, ctx)
            role = role or rest_role
        if not names:
            names, rest_role = _marked_name_then_role(el, stripped, ctx)
            role = role or rest_role
        if not names and (split := shapes.name_and_role(stripped)) is not None and not is_dateline(split[1]):
            names, role = [split[0]], role or split[1]  # "Ingrid Solheim Journalist", "Name toimittaja"
        if not names and len(stripped.split()) <= 6 and "," not in stripped:
            names = [stripped]
    taken = []
    for name in names:
        name = person_name(name, ctx)
        if not name or len(name) > 80 or not proper_name(name, ctx):
            continue
        if name not in {b.name for b in out}:
            out.append(Byline(name, role if len(names) == 1 else None))
        taken.append(name)
    rest = text
    for name in taken + ([role] if role else []):
        rest = rest.replace(name, "", 1)
    if rest.strip():
        ctx.remove("post.byline-furniture", rest)


def _job_beside_name(name_els: list):
    """Of two author elements side by side ("<span class=author-name>Name</span><span
    class=author-x>Special correspondent</span>", the class naming no role a rule knows), the
    second when it prints a job title of the packs (`shapes.is_job_title`, any script) and the
    first does not: the name's role, not a second name. Two names stay two names."""
    if len(name_els) != 2:
        return None
    first, second = (shown_text(e) for e in name_els)
    if first and second and shapes.is_job_title(second) and not shapes.is_job_title(first) \
            and not shapes.is_name(second):
        return name_els[1]
    return None


def _pictured_name(el, ctx: Ctx) -> str | None:
    """The name an author element gives only as its photo's alt or title text ("<div
    class=author><img alt='Name Surname'></div>"): a person's name in shape (two to five
    capitalised words, or two or three words of a script without case), never the site's own
    name, a job or a desk word. Only the one picture of an element that shows no text, and
    only when no author element beside it prints a name ("<div class=author-photo><img
    alt=...></div><div class=author-name>Name</div>": the printed name is the byline)."""
    pics = list(el.iter("img"))
    if len(pics) != 1:
        return None
    parent = el.getparent()
    if parent is not None and any(e is not el and isinstance(e.tag, str) and _NAME_CLASS.search(roles(e) or "")
                                  and shown_text(e) for e in parent.iter() if el not in e.iterancestors()):
        return None
    for attr in ("alt", "title"):
        alt = shapes.clean(pics[0].get(attr) or "")
        if alt and (shapes.is_name(alt) or shapes.is_caseless_name(alt, most=3)) and proper_name(alt, ctx):
            return alt
    return None


def header_name_role(text: str, ctx: Ctx) -> Byline | None:
    """A line of a post's header that is a name and its job title, with no markup naming either
    ("<div><img><span>Ane Irazabal</span><span>kazetaria</span></div>": the chip's class names
    in a language no rule knows): the byline, when the role names a job of the packs
    (`shapes.is_job_title`: "kazetaria", "Political Correspondent"). A headline of a name and a
    verb ("Boris Johnson resigns") or a name and a place is none. A Han or Hangul byline split at
    its slash ("記者王小明／台中報導": `slashed_cjk_byline`) is one too."""
    if (slashed := slashed_cjk_byline(text)) is not None:
        return Byline(slashed[0], slashed[1]) if proper_name(slashed[0], ctx) else None
    split = shapes.name_and_role(text)
    if split is None or not shapes.is_job_title(split[1]) or is_dateline(split[1]):
        return None
    name = person_name(split[0], ctx)
    return Byline(name, split[1]) if name and proper_name(name, ctx) else None


def unbracketed(text: str) -> str:
    """``text`` without brackets around the whole of it ("（佐藤健太）" -> "佐藤健太")."""
    inner = shapes.bracketed(text)
    return text if inner is None else inner


def bracketed_names(text: str, ctx: Ctx) -> list[str]:
    """A short bracketed line closing a post that names its author: "(Name Surname)",
    "（佐藤健太）", "(Anna Weber und Jan Schulz)": the names (two to four name words each, or two
    to five Han, kana or Hangul characters), else []. A bracketed sentence, a note ("(Updated)"),
    an agency ("(AFP)", "(Kyodo News)": `meta_words.AGENCIES`, an outlet and no person) or the
    site's own name are none."""
    inner = shapes.bracketed(text)
    if inner is None:
        return []
    if shapes.is_cjk_name(inner):
        names = [inner]
    else:
        names = split_names(inner, ctx.language)
        if not names or any(not 2 <= len(n.split()) <= 4 for n in names):
            return []
    if any(n.casefold() in meta_words.AGENCIES or not proper_name(n, ctx) for n in names):
        return []
    return names


def _ends_in_job_word(text: str) -> bool:
    """"Ingrid Solheim Journalist": capitalised, but its last word is a job (`meta_words.ROLE_WORDS`)."""
    words = text.split()
    return len(words) >= 3 and words[-1].casefold() in meta_words.ROLE_WORDS


def _two_part(text: str, language: str | None) -> bool:
    """"Anna Clauß, Tel Aviv": two parts and no conjunction. A list of two names is written with
    the language's "and" (CLDR's two-item list pattern), so this is a name and a place or role."""
    parts = text.split(",")
    if len(parts) != 2 or _LIST_MARKS.search(text):
        return False
    return not any(w.casefold() in conjunctions(language) for w in text.split())


def _names_then_rest(text: str, ctx: Ctx) -> tuple[list[str], str | None]:
    """"Name, rest": the names before the first comma, and the rest as their role, unless it
    names the site itself (the outlet: "g1 SP", "TV Globo e g1 SP"), says where the piece was
    filed from (a dateline: "Brasília", "de Brasília", `meta_places.is_dateline`) or is no
    role's shape."""
    m = _NAME_THEN_REST.match(text)
    if m is None:
        return [], None
    names = split_names(m["names"], ctx.language)
    if not names:
        return [], None
    rest = m["rest"].strip()
    low = rest.casefold()
    words = set(_WORDS.findall(low))
    if any(n in words or low.startswith(n) for n in ctx.site_names) or len(names) > 1:
        return names, None
    if is_outlet(rest, ctx.site_names):
        return names, None  # "Name, BR", "Name, AFP": the outlet, no role
    if is_dateline(rest):
        return names, None
    if len(rest.split()) > ROLE_MAX_WORDS or shapes.ends_sentence(rest) or any(ch.isdigit() for ch in rest):
        return names, None
    return names, rest


def _marked_name_then_role(el, text: str, ctx: Ctx, *, job_only: bool = False) -> tuple[list[str], str | None]:
    """"<strong>Name</strong> fréttamaður": the chip marks the name up (bold or a link) and
    prints the role after it without a comma. The role must be a role's shape (a few words, no
    digit, no sentence, no place). ``job_only``: only a role that names a job (a word of the
    packs' ``roles``: "Vaktsjef", "politisk reporter"); other text after the name is left to the
    readers of name lists ("<a>Name</a> and <a>Name</a>")."""
    for e in el.iter("strong", "b", "a"):
        name = shapes.clean(shown_text(e))
        if not name or not text.startswith(name) or len(split_names(name, ctx.language)) != 1:
            continue
        rest = text[len(name):].strip(" ,;|·–—-")
        if not rest:
            return [], None
        if job_only and not any(shapes.is_role_word(w) for w in rest.split()):
            return [], None
        if len(rest.split()) > ROLE_MAX_WORDS or shapes.ends_sentence(rest) or any(ch.isdigit() for ch in rest) \
                or is_dateline(rest) or is_outlet(rest, ctx.site_names):
            return [name], None
        return [name], rest
    return [], None


# A sentence ending, then a dash glued to the names: "... the ministry said. —Reuters".
_TRAILING_DASH = regex.compile(r"(?<=[.!?\"”’)])\s*[—–―](?=\p{Lu})(?P<names>[^—–―.!?\n]{2,80}?)\.?$")


def trailing_dash_byline(text: str, ctx: Ctx) -> tuple[str, list[str]] | None:
    """A paragraph that ends with "—Name" glued to its dash: (the paragraph without it, the
    names); whether they are the post's byline depends on nothing following the paragraph."""
    m = _TRAILING_DASH.search(text)
    if m is None or m.start() < 20:
        return None
    names = dash_byline("—" + m["names"].strip(), ctx)
    return (text[:m.start()].rstrip(), names) if names else None
