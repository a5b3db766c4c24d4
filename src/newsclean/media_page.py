"""Credits told by shape and by repetition across the page, where no label names them.

A bracketed group closing a caption is its credit when two or more captions of the page close
on one, or when it is shaped like a credit ("(Craig Hudson for The Washington Post)", "… 2023.
(GPO)"), never when it is part of the sentence ("(pictured)", "(2019)", "(R-Ala.)"). A credit
element's leading "Word:" is a label in any language ("Kuva: Yle"), as is a longer one the page
prints before two or more credits. The page's facts are gathered once per page (`PageCredits`).
"""
from __future__ import annotations

import functools

import regex
from lxml import html as lxml_html

from . import shapes
from .html_roles import Ctx
from .media_labels import LABEL, ONE_WORD_LABEL, is_agency

# a bracketed group closing a caption: "… evening. (Craig Hudson for The Washington Post)"
_TAIL_BRACKET = regex.compile(r"\((?P<inner>[^()\[\]]{1,80})\)$")
# a party or country mark after a name: "(R)", "(D-Calif.)", "(SPD)", "(USA)"
_PARTY_MARK = regex.compile(r"^\p{Lu}{1,5}(?:\s?[-–]\s?\p{Lu}[\p{L}.]{0,12})?$")
# a number standing alone ("2019", "24.7."), not a digit inside a name ("Flash90")
_NUMBER = regex.compile(r"(?<![\p{L}\d])\d+(?![\p{L}\d])")
# an agency or office in capitals: "(GPO)", "(IDF)"
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
# "Craig Hudson for The Washington Post": a name, one lower-case word, a capitalised rest
_NAME_FOR = regex.compile(r"^(?P<name>[^\s()]+(?:\s[^\s()]+){1,4}?)\s(?P<link>\p{Ll}{2,5})\s(?P<org>\p{Lu}\S*(?:\s\S+){0,5})$")
# elements that hold a caption or a credit anywhere on the page (their class says so)
_PAGE_CAPTIONS = "//figcaption|//*[contains(@class,'aption') or contains(@class,'legend') or contains(@class,'Legend')]"
_PAGE_CREDITS = ("//*[contains(@class,'redit') or contains(@class,'opyright') or contains(@class,'ttribution')"
                 " or contains(@class,'source') or contains(@class,'Source')]")


class PageCredits:
    """What the page's captions and credits repeat: how many captions close on a bracketed
    group that may be a credit (two or more make that slot the template's credit), and the labels
    printed before two or more credit elements ("Kuva:")."""

    def __init__(self, root: lxml_html.HtmlElement) -> None:
        self.root = root
        ends: set[str] = set()
        for e in root.xpath(_PAGE_CAPTIONS):
            text = shapes.clean(e.text_content())
            if len(text) <= 400 and (m := _TAIL_BRACKET.search(text)) and not sentence_part(m["inner"], text[:m.start()]):
                ends.add(text)
        self.bracket_slots = len(ends)
        seen: dict[str, int] = {}
        credits = root.xpath(_PAGE_CREDITS)
        outer = set(credits)
        for e in credits:
            if any(a in outer for a in e.iterancestors()):
                continue  # a credit inside a credit ("image-credit" > "credit"): counted once
            text = shapes.clean(e.text_content())
            if len(text) <= 120 and (m := LABEL.match(text)):
                label = " ".join(m.group(0).split()).casefold()
                seen[label] = seen.get(label, 0) + 1
        self.labels = frozenset(w for w, n in seen.items() if n >= 2)


def page_credits(el: lxml_html.HtmlElement, ctx: Ctx) -> PageCredits:
    """The page facts for ``el``'s page, worked out once per page (kept on the walk's context)."""
    root = el.getroottree().getroot()
    cached = ctx.media_page
    if not isinstance(cached, PageCredits) or cached.root is not root:
        cached = ctx.media_page = PageCredits(root)
    return cached


def sentence_part(inner: str, before: str) -> bool:
    """A bracket that belongs to the caption's sentence, not a credit: lower case ("(pictured)",
    "(left)", "(file photo)"), a number or a date ("(2019)", "(July 24)"), a single letter, or a
    party or country mark after a name ("Sen. Katie Britt (R-Ala.)", "Christian Lindner (FDP)")."""
    inner = inner.strip()
    letters = [ch for ch in inner if ch.isalpha()]
    if len(letters) < 2 or _NUMBER.search(inner) or letters[0].islower():
        return True
    before = before.rstrip()
    return bool(before) and not shapes.ends_sentence(before) and bool(_PARTY_MARK.match(inner))


@functools.lru_cache(maxsize=32)
def conjunctions(language: str | None) -> frozenset[str]:
    """The words that join two names in a list ("and", "or", "und", "ja"), from CLDR's list
    patterns for the page's language and every phrase pack's language."""
    from babel import Locale

    from .rules.packs import packs

    words: set[str] = set()
    for code in {language or "en", *packs()}:
        try:
            pats = Locale.parse(code).list_patterns
        except Exception:  # an unknown or malformed language code: no words from it
            continue
        for kind in ("standard", "or"):
            two = pats.get(kind, {}).get("2", "")
            words.update(w.casefold() for w in two.replace("{0}", " ").replace("{1}", " ").split())
    return frozenset(words)


def credit_shaped(inner: str, before: str, language: str | None) -> bool:
    """A bracketed group alone shaped like a credit: an acronym after a full sentence ("… 2023.
    (GPO)"), or "Name for Publication" (a name, one linking word that is no conjunction, an
    organisation: "Craig Hudson for The Washington Post")."""
    inner = inner.strip()
    if _ACRONYM.match(inner):
        return shapes.ends_sentence(before.rstrip())
    m = _NAME_FOR.match(inner)
    return bool(m) and shapes.is_name(m["name"]) and m["link"].casefold() not in conjunctions(language) \
        and not any(ch.isdigit() for ch in m["org"]) and not shapes.ends_sentence(m["org"])


def bracket_credit(inner: str, before: str | None, el: lxml_html.HtmlElement, ctx: Ctx) -> bool:
    """Whether the bracketed group closing a caption is its credit though it names no label,
    slash or agency: shaped like one, or in the slot where two or more captions of the page close
    on a bracket. Never a bracket that is part of the sentence (`sentence_part`)."""
    before = before or ""
    if sentence_part(inner, before):
        return False
    return credit_shaped(inner, before, ctx.language) or page_credits(el, ctx).bracket_slots >= 2


def credit_label(credit: str, el: lxml_html.HtmlElement, ctx: Ctx) -> str:
    """The label before the text of a credit element when no phrase pack knows it: one word and
    a colon, in any script ("Kuva: Yle"; not an agency's name: "Reuters: Jane Doe"), or a label
    printed before two or more credits of the page. "" when there is none."""
    m = ONE_WORD_LABEL.match(credit)
    if m and not is_agency(m.group(0).rstrip(" :：")):
        return m.group(0)
    m = LABEL.match(credit)
    if m and " ".join(m.group(0).split()).casefold() in page_credits(el, ctx).labels:
        return m.group(0)
    return ""
