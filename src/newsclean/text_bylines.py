"""Text front, stage 3 (bylines): the byline shapes a post's lines may take, in any language:
a lead word of the packs before names ("Von Anna Weber, Berlin", "From CNN’s Name"), a name and
its role ("Jussi Mankkinen toimittaja"), a closing signature ("— Name and Name"), a name and a
place glued above the next post's stamp."""
from __future__ import annotations

import functools

import regex

from . import shapes
from .meta_places import is_dateline, is_place
from .meta_words import AGENCIES, ROLE_WORDS
from .model import Byline
from .rules.packs import byline_words
from .shapes import name_and_role  # (the text front's readers import it from here too)
from .text_lines import Line
from .writing_systems import caseless

POSSESSIVE = regex.compile(r"['’]s\b")
# "... the last sentence. —Holly Ellyatt": a signature glued to the end of a post's last paragraph
# (an em dash after a sentence; after a closing quote it attributes the quote instead)
GLUED_SIGNATURE = regex.compile(r"(?<=[.!?)])\s?—\s?(?P<names>\p{Lu}[\p{L}'’.,&\- ]{1,100})$")
_NAME_SEP = regex.compile(r"\s*[,&]\s*")
# a one-word source signing a post ("Reuters", "AP", "AFP")
_AGENCY = regex.compile(r"^\p{Lu}[\p{L}]{1,20}$")
# a byline's lead word, as printed: "Von ", "Por ", "Autor: ", "Auteur : "
_LEAD_WORD = regex.compile(r"^(?P<word>\p{Lu}\p{Ll}{1,9})(?P<colon>\s?[:՝])?\s(?=\p{Lu})")
# a colon as scripts print it: ASCII, Armenian "՝", Khmer "៖", Ethiopic "፡" "፦"
_COLONS = ":՝៖፡፦"


def opens_byline(text: str) -> bool:
    """Whether ``text`` may open with a byline's lead word: a capital, or a letter of a script
    without case ("ავტორი:", "लेखक:"); the cheap test before `lead_byline`."""
    return text[:1].isupper() or caseless(text[:1])


def lead_byline(text: str) -> tuple[str, list[Byline]] | None:
    """``(lead word as printed, bylines)`` for a byline line opened by a lead word of the
    phrase packs (``byline``): "Von Anna Clauß, Tel Aviv" -> Anna Clauß (the place is a dateline);
    "Por Bruno Tavares e Rodrigo Rodrigues, TV Globo" -> two names; "Autor: Jan Nowak". The
    rest must be names and at most one short tail after a comma (a role, kept as the role of a
    single name unless it holds a digit, as an outlet's name may; a place is no role:
    `meta_places.is_dateline`). A sentence that
    opens with the word ("Von Berlin aus fuhr ...") is none."""
    if len(text) > 160 or text[-1] in ".!?":
        return None
    parts = text.split(None, 1)  # (the lead word, maybe with its colon: most lines fail here)
    if not parts:
        return None
    first_word = (parts[0][:-1] if parts[0][-1] in _COLONS else parts[0]).lower()
    if first_word in _phrase_leads():
        lead_end = _phrase_lead_end(text, _phrase_leads()[first_word])
        if lead_end is not None:
            return _lead_names(text, text[lead_end:], lead_end)
    if first_word not in _bare_words(byline_words()):
        return None
    if caseless(text[0]):
        return _caseless_lead(parts)
    m = _LEAD_WORD.match(text)
    if m is None:
        return None
    key = m["word"].lower() + (":" if m["colon"] else "")
    if key not in byline_words():
        return None
    return _lead_names(text, text[m.end():], m.end())


def _caseless_lead(parts: list[str]) -> tuple[str, list[Byline]] | None:
    """"ავტორი: ნინო ბერიძე", "लेखक: राहुल शर्मा": a lead word of the packs in a script without
    case, then names in it (`shapes.is_caseless_name`, comma-separated, two or three words each:
    no capital tells a name from a clause, so a four-word run, "ავტორი: მთავრობამ ახალი კანონი
    მიიღო", is left alone); else None."""
    if len(parts) < 2:
        return None
    lead = parts[0]
    key = (lead[:-1] + ":" if lead[-1] in _COLONS else lead).lower()
    if key not in byline_words():
        return None
    names = [n.strip() for n in _NAME_SEP.split(parts[1])]
    if not all(shapes.is_caseless_name(n, most=3) for n in names):
        return None
    return lead, [Byline(n) for n in names]


def _lead_names(text: str, rest: str, lead_end: int) -> tuple[str, list[Byline]] | None:
    """`lead_byline` past its lead word: ``rest``, the text from ``lead_end`` on."""
    first, _, after = rest.partition(" ")
    if after[:1].isupper() and len(first) > 2 and POSSESSIVE.search(first[-2:]) and first[0].isupper():
        # "From CNN’s Eva McKend": the outlet's possessive goes with the lead word
        rest, lead_end = after, lead_end + len(first) + 1
    names_part, sep, tail = rest.partition(", ")
    names = name_list(names_part)
    tail = tail.strip()
    if not names and not sep and (split := name_and_role(names_part)) is not None:
        # "By Michael Janda Business reporter": the name, then its role
        return text[:lead_end].strip(), [Byline(*split)]
    if not names or (sep and (not tail or len(tail) > 60 or "," in tail)):
        return None
    role = tail if len(names) == 1 and tail and not any(ch.isdigit() for ch in tail) and not is_dateline(tail) \
        else None
    return text[:lead_end].strip(), [Byline(n, role if i == 0 else None) for i, n in enumerate(names)]


def role_below(name: str, below: Line | None) -> bool:
    """Whether the line ``below`` a name line is its role: a job title of the packs on a line of
    its own ("Aoife Brennan" / "Political Correspondent", "Ane Irazabal" / "kazetaria"), not a
    sentence, a labelled line, a title without a job word or a name with its own role ("Conor
    Walsh Southern Correspondent" under a share row's "Share Like")."""
    if below is None or not below.content or below.mark is not None or below.media_kind:
        return False
    t = below.text
    return shapes.is_job_title(t) and not shapes.is_prose(t) and ":" not in t and name.split()[0] not in t \
        and name_and_role(t) is None


def name_comma_role(text: str) -> Byline | None:
    """"Ben Riley-Smith, Political Editor" -> the name and its job title: a name, a comma (also
    printed " ," where a scraper closed an inline element before it), and a role holding a job
    word (`meta_words.ROLE_WORDS`: "editor", "correspondent", "reporter"). A place after the
    comma ("Renato Machado, Brasília") or any other tail is no role here: None.

    Without a comma, an author chip flattened onto one line: a name, then a job title of the
    packs (`name_job_title`: "ಸುಧೀಂದ್ರ ಕುಲಕರ್ಣಿ ವಿಶೇಷ ವರದಿಗಾರ", "Katie DeRosa Provincial affairs
    reporter")."""
    if len(text) > 100:
        return None
    if "," not in text:
        return name_job_title(text)
    name, sep, role = text.replace(" ,", ",").partition(", ")
    name, role = name.strip(), role.strip()
    if not sep or not role or "," in role or not shapes.is_name(name) or is_dateline(role):
        return None
    if shapes.is_role(role, name) and any(w.casefold() in ROLE_WORDS for w in role.split()):
        return Byline(name, role)
    if role[:1].islower() and _lower_job_title(role, name):
        return Byline(name, role)  # "Petra Nováková, parlamentní zpravodajka": a job title in lower case
    return None


def _lower_job_title(role: str, name: str) -> bool:
    """A job title printed in lower case after a name ("parlamentní zpravodajka", "redaktor"):
    at most four words, one a job word of the packs, no sentence, no figure, no capital (a
    clause goes on: "redaktor, který ...")."""
    w = role.split()
    return 1 <= len(w) <= 4 and shapes.is_job_title(role) and not shapes.ends_sentence(role) \
        and all(x[:1].islower() for x in w) and name.split()[0] not in role


# the separators a byline chip prints between a name and its role: a middle dot, a bullet, a bar
_CHIP_SEPARATORS = (" · ", " • ", " | ", " ∙ ")


def name_sep_role(text: str) -> Byline | None:
    """"Ελένη Παπαδοπούλου · Πολιτική συντάκτρια", "Name • Correspondent in Rome": a name (capitalised
    words, or a name of a script without case), a chip separator, then a job title of the packs
    (`shapes.is_job_title`). A place after the separator ("Name · Αθήνα"), a date, or a second
    separator (a row of links: "Home | Politics | World") is none."""
    if len(text) > 100:
        return None
    sep = next((x for x in _CHIP_SEPARATORS if x in text), None)
    if sep is None or text.count(sep.strip()) != 1:
        return None
    name, _, role = text.partition(sep)
    name, role = name.strip(), role.strip()
    if not (shapes.is_name(name) or shapes.is_caseless_name(name, most=3)) or not role \
            or not shapes.is_job_title(role) or shapes.is_prose(role) or is_dateline(role) or name.split()[0] in role:
        return None
    return Byline(name, role)


def role_then_name(text: str) -> Byline | None:
    """"Головний редактор Роман Романюк", "Власна кореспондентка в Одесі Марія Бондар": a job
    title of the packs, then a name of two (or three) capitalised words closing the line. The
    role opens with a job word or an adjective before one, and ends in a lower-case word, a job
    word, or a place after a lower-case preposition ("в Одесі"); so "Correspondent Anna Maria
    Weber" keeps its three-word name. A headline ("Minister Name resigns") ends in no name; a
    line of capitalised words that holds no job word is none."""
    if len(text) > 90 or shapes.ends_sentence(text) or any(ch.isdigit() for ch in text) or ":" in text:
        return None
    w = text.split()
    if not 3 <= len(w) <= 9:
        return None
    for n in (2, 3):
        if len(w) - n < 1:
            break
        role, name = w[:-n], " ".join(w[-n:])
        if not shapes.is_name(name) or not all(x[:1].isupper() for x in w[-n:]):
            continue
        last = role[-1]
        if not (last[:1].islower() or shapes.is_role_word(last)
                or (len(role) >= 2 and role[-2].islower() and len(role[-2]) <= 4)):
            continue  # ("Correspondent Anna" / "Maria Weber": the name goes on)
        role_text = " ".join(role)
        if not shapes.is_job_title(role_text) or not any(shapes.is_role_word(x) for x in role[:2]) \
                or is_dateline(role_text):
            return None
        return Byline(name, role_text)
    return None


# "記者王小明／台北報導": a role word, a Han name, a slash, then where the report was filed
_CJK_FILED = regex.compile(r"^(?P<name>[\p{Han}\p{Hangul}]{2,8})\s?[／/]\s?(?P<role>[\p{Han}\p{Hangul}]{2,8})$")


def cjk_name_slash_role(text: str) -> Byline | None:
    """"記者王小明／台北報導" -> 王小明, 台北報導: a role word of the packs before a name in Han or
    Hangul, a slash, then a short phrase in the same script (where the report was filed); the
    role word before the name is no part of it here, since the slash sets the name apart. A
    name without the role word before it ("台北／綜合報導") is none."""
    if len(text) > 20 or text.isascii():
        return None
    m = _CJK_FILED.match(text)
    if m is None or not shapes.role_led_cjk_name(m["name"]):
        return None
    lead = m["name"]
    for role in shapes.UNSPACED_ROLES:
        if lead.startswith(role) and shapes.is_cjk_name(lead[len(role):]):
            return Byline(lead[len(role):], m["role"])
    return None


# "Anna-Liisa Kettunen , Yle", "Katrin Wölfel, BR": a name, a comma (spaced where a scraper
# closed an inline element before it), one capitalised word
_NAME_COMMA_WORD = regex.compile(r"^(?P<name>[^,]{3,48}?)\s?,\s(?P<tail>\p{Lu}[\p{L}\-]{1,14})$")


def name_and_outlet(text: str, *, capitals: bool = False) -> tuple[Byline, str] | None:
    """``(byline, outlet)`` for a name and its outlet after a comma ("Anna-Liisa Kettunen , Yle"):
    the outlet is no part of the name and no role. The tail is one capitalised word that is no job
    word, place or function word; with ``capitals``, an outlet in capitals (2 to 6 letters: "BR",
    "ČTK") or an agency only. A place after the comma is a dateline: the name alone, the place as
    the outlet dropped ("Renato Machado, Brasília")."""
    m = _NAME_COMMA_WORD.match(text) if "," in text else None
    if m is None or not shapes.is_name(m["name"].strip()) or is_place(m["name"].strip()):
        return None  # ("Los Angeles, California": a place and its state)
    tail = m["tail"]
    if tail.casefold() in ROLE_WORDS or shapes.is_role_word(tail):
        return None
    if capitals and not ((tail.isupper() and 2 <= len(tail) <= 6) or tail.casefold() in AGENCIES):
        return None
    return Byline(m["name"].strip()), tail


def name_job_title(text: str) -> Byline | None:
    """"Name Surname Senior reporter", "ಮಂಜುನಾಥ ಗೌಡ ಹಿರಿಯ ವರದಿಗಾರ": a name (two to five
    capitalised words, or two or three words of a script without case) and a role that is a job
    title of the packs (`shapes.is_job_title`), split by `shapes.name_and_role`; a headline of a
    name and a verb ("Boris Johnson resigns") or a place is none."""
    split = name_and_role(text)
    if split is None or not shapes.is_job_title(split[1]) or is_dateline(split[1]) or shapes.is_prose(text):
        return None
    name = split[0]
    if not (shapes.is_name(name) or shapes.is_caseless_name(name, most=3)):
        return None
    return Byline(name, split[1])


def caseless_name_role(text: str) -> Byline | None:
    """"അനൂപ് രാമചന്ദ്രൻ സീനിയർ റിപ്പോർട്ടർ" -> the name and its job title, on a line of their own
    in a script without capitals (a post's author chip: name, then role): a name of two or three
    words, then one or two job words of the packs closing the line (`shapes.name_and_role`).
    A Latin line, or one whose leading words are no name, is none here."""
    if text.isascii() or shapes.is_prose(text):
        return None
    split = shapes.name_and_role(text)
    if split is None or not shapes.is_caseless_name(split[0], most=3):
        return None
    return Byline(*split)


@functools.cache
def _phrase_leads() -> dict[str, tuple[str, ...]]:
    """The several-word lead words of every pack ("reporting by", "a cura di", "nhóm phóng
    viên"), by their first word: they mean nothing else, so any page may print them."""
    out: dict[str, list[str]] = {}
    for w in byline_words():
        if " " in w:
            out.setdefault(w.split(" ", 1)[0], []).append(w.rstrip(":"))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _phrase_lead_end(text: str, phrases: tuple[str, ...]) -> int | None:
    """Where the text past a several-word lead word starts ("Reporting by |Steve Holland"), a
    capital next: else None."""
    low = text.lower()
    for p in phrases:
        if low.startswith(p):
            end = len(p)
            if text[end: end + 1] == ":":
                end += 1
            if text[end: end + 1] == " " and text[end + 1: end + 2].isupper():
                return end + 1
    return None


@functools.cache
def _bare_words(words: frozenset[str]) -> frozenset[str]:
    """The byline lead words without their colons."""
    return frozenset(w.rstrip(":") for w in words)


def signature_names(text: str) -> list[str]:
    """The names a closing signature line gives ("— Name and Name", "... last sentence. —Name"),
    or []."""
    if text[0] == "—":
        return closing_names(text[1:])
    if "—" in text[-120:] and (m := GLUED_SIGNATURE.search(text)):
        return closing_names(m["names"])
    return []


# "Name, LRT.lt", "Name/Rappler.com": a web address after a name is the outlet's
_OUTLET_AFTER = regex.compile(r"^(?P<name>[^,/|]{3,60}?)\s?[,/|]\s?(?P<outlet>[\w-]+(?:\.[\w-]+)*\.\p{L}{2,24})$")
# a closing signature's dash: em, en or horizontal bar, then a space or a capital
_SIGN_DASH = regex.compile(r"^[—–―]\s?(?=\p{Lu})")


def name_then_outlet(text: str) -> str | None:
    """"Rūta Grinevičiūtė, LRT.lt", "Dwight de Leon/Rappler.com" -> the name: the web address
    after it names the outlet (never a person, never a role). None when the text is not so."""
    m = _OUTLET_AFTER.match(text) if "." in text else None
    return m["name"] if m is not None and shapes.is_name(m["name"]) else None


def stamp_byline(text: str) -> tuple[str, list[Byline]] | None:
    """The author printed after a post's time stamp, on its line ("11:45 malam Oleh Farah Aziz",
    "kl. 01:20 Name fréttamaður", "23:35 Name, LRT.lt"): ``(what is dropped, bylines)`` for a
    lead word of the packs and names (`lead_byline`), a name and its role (`name_and_role`) or a
    name and its outlet's web address (`name_then_outlet`); else None."""
    if not text or len(text) > 100:
        return None
    if opens_byline(text) and (led := lead_byline(text)) is not None:
        return led
    if (split := name_and_role(text)) is not None:
        return "", [Byline(*split)]
    if (name := name_then_outlet(text)) is not None:
        return text[len(name):].strip(), [Byline(name)]
    return None


def closing_line_names(text: str) -> list[str]:
    """The names a line closing a post's text signs it with: "— Name and Name", "– Name/Outlet.com"
    (a dash, then names, one name after an en dash; an outlet's web address after them is
    dropped), or a bracketed line
    (`bracketed_names`: "(Name Surname)", "（佐藤健太）"); else []."""
    if text[:1] in "(（[［【":
        return bracketed_names(text)
    m = _SIGN_DASH.match(text)
    if m is None:
        return []
    rest = text[m.end():].strip()
    if text[0] == "—":
        return closing_names(name_then_outlet(rest) or rest)
    # an en dash or a bar also attributes a quote ("– Name on Name"): one name alone signs
    name = name_then_outlet(rest) or rest
    return [name] if shapes.is_name(name) else []


def bracketed_names(text: str) -> list[str]:
    """A short bracketed line that names a post's author: "(Name Surname)", "（佐藤健太）": the
    names (two to four name words each, or two to five Han, kana or Hangul characters), else
    []. A bracketed sentence, a note ("(Updated)") or an agency ("(AFP)", "(Kyodo News)":
    `meta_words.AGENCIES`, an outlet and no person) are none."""
    inner = shapes.bracketed(text)
    if inner is None:
        return []
    names = [inner] if shapes.is_cjk_name(inner) else name_list(inner)
    if not names or any(n.casefold() in AGENCIES or not shapes.is_cjk_name(n) and len(n.split()) > 4 for n in names):
        return []
    return names


def closing_names(text: str) -> list[str]:
    """'Kevin Granville and Mohammed Hadi' -> both names; 'Reuters' -> ['Reuters']: the names of
    a closing signature, or [] when the text is not one."""
    return name_list(text, agencies=True)


def name_list(text: str, *, agencies: bool = False) -> list[str]:
    """'Anna Weber, Jan Schulz und Eva Roth' -> the three names, in any language (parts split
    at commas and ampersands, and at one lower-case connector word between two names); [] when
    any part is not a name, or the text reads as a sentence. ``agencies``: a one-word source
    ("Reuters") counts as a name."""
    text = text.strip()
    if not text or len(text) > 120 or shapes.ends_sentence(text):
        return []
    names: list[str] = []
    for part in _NAME_SEP.split(text):
        part = part.strip()
        if not part:
            continue
        if shapes.is_name(part) or (agencies and _AGENCY.match(part)):
            names.append(part)
            continue
        # "A B and C D" in any language: one lowercase connector between two names
        words = part.split()
        for j, w in enumerate(words[1:-1], start=1):
            left, right = " ".join(words[:j]), " ".join(words[j + 1:])
            if w.islower() and len(w) <= 4 and shapes.is_name(left) and shapes.is_name(right):
                names += [left, right]
                break
        else:
            return []
    return names


def closing_name(text: str) -> Byline | None:
    """A name and its role on the line that closes a post's text: "Alix Culbertson Political
    reporter" (a role is one capitalised word, then lower-case ones). A sentence or a title
    ("Labour wins the vote") is none, and so is a name alone: a band, a player or a teaser's
    subject may close a post as well as its author."""
    if len(text) > 80 or shapes.ends_sentence(text) or ":" in text:
        return None
    words = text.split()
    if not 2 <= len(words) <= 9:
        return None
    for n in range(min(4, len(words) - 1), 1, -1):
        name, role = " ".join(words[:n]), words[n:]
        if shapes.is_name(name) and all(w[:1].isupper() for w in words[:n]) and role[0][:1].isupper() and len(role) >= 2 \
                and all(w.islower() for w in role[1:]) and shapes.is_role(" ".join(role), name):
            return Byline(name, " ".join(role))
    return None


def name_and_place(text: str) -> Byline:
    """"Ladislao J. Moñino Berlín" -> the name, and the place it was written in as its role
    (a CLDR city or country closing a line of three words or more)."""
    words = text.split()
    if len(words) >= 3 and words[0].casefold() in _bare_words(byline_words()):
        words = words[1:]  # "Av Anna Lindqvist": a lead word of a language the page was not read in
    if len(words) >= 3 and is_place(words[-1]):
        return Byline(" ".join(words[:-1]), words[-1])
    return Byline(" ".join(words))


def keep_closing_byline(chunk: list[Line], footer: list[Line]) -> tuple[list[Line], list[Line]]:
    """The last post's ``chunk`` and the page ``footer`` cut after it, with the post's closing
    byline ("Autor: Jan Nowak", "From Name, reporting from ...": a lead word's; "— Name",
    "（佐藤健太）": a signature's, `closing_line_names`; never a bare name) moved back into the post when it is the first kept line of the footer."""
    for j, ln in enumerate(footer[:4]):
        if ln.removed:
            continue
        if ln.content and (opens_byline(ln.text) and lead_byline(ln.text) is not None or closing_line_names(ln.text)):
            return chunk + footer[: j + 1], footer[j + 1:]
        break
    return chunk, footer
