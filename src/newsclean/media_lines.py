"""Text front: a caption line closed by its credit in the last segment, in any language.

`split_tail`: the segment after a spaced dash or bar or a sentence's end is the credit ("Caption.
— White Star", "Caption. Autor/allikas: Name /ERR", "Caption. - Foto BERNAMA"), read by
`newsclean.media_labels.split_tail_credit` under the text front's stricter terms (a line may be
a paragraph). `split_suffix_label`: names around a slash closed by an abbreviated label
("Name / Name/BNS nuotr."). `unknown_label`: a bracket's label no pack knows ("(फोटो: PTI)").
Called by `newsclean.text_media`; the caption and credit shapes come from `newsclean.text_credits`.
"""
from __future__ import annotations

import functools

import regex

from . import shapes
from .media_labels import is_agency, org_like, split_tail_credit
from .media_tail import unicameral
from .text_credits import (
    _CAPTION_MAX_WORDS,
    _CLOSERS,
    _SLASHED,
    _TAIL_MARK,
    _caption_shaped,
    _caseless_credit,
    _function_word,
    names_credit,
)
from .writing_systems import caseless


def unknown_label(labelled: regex.Match[str], caption: str = "") -> bool:
    """A label no pack knows inside brackets after a caption ("(फोटो: PTI)", "(Larawan: PNA)"):
    capitalised or caseless, not an agency's name, before an agency in capitals, names around a
    slash, or caseless words; or before capitalised names ("(Sawir: Caasimada)") when the word is
    none of the packs' words at all ("(Video: Biden)", "(Update: Jane Doe)" are no credit) and the
    ``caption`` before the bracket is no sentence ("… the war. (Figures: Electoral Commission)")."""
    word, credit = labelled["word"], labelled["credit"].strip()
    return (word[:1].isupper() or caseless(word[0]) or unicameral(word[0])) and not is_agency(word) \
        and (org_like(credit) or _SLASHED.match(credit) is not None or _caseless_credit(credit, most=3)
             or (names_credit(credit) and len(credit.split()) <= 3 and caption[-1:].isalpha()
                 and word.casefold() not in pack_vocabulary()))


@functools.cache
def pack_vocabulary() -> frozenset[str]:
    """Every word of every phrase pack's phrases and word lists, case-folded: a label word outside
    it is one no pack knows."""
    from dataclasses import fields

    from .rules.packs import packs

    out: set[str] = set()
    for pack in packs().values():
        for f in fields(pack):
            value = getattr(pack, f.name)
            if isinstance(value, tuple):
                out.update(w.strip(":：.,") for phrase in value for w in phrase.casefold().split())
    return frozenset(out)


# a credit around a slash closed by an abbreviated label, after a spaced slash or a sentence:
# "Vilija Blinkevičiūtė / Žygimanto Gedvilos/BNS nuotr.", "Caption. Julius Kalinskas/ BNS nuotr."
_SUFFIXED_SLASH = regex.compile(r"^(?P<caption>\S.{1,200}?)(?:\s/\s|(?<=[.!?…])\s)(?P<credit>[^/\s][^/]{1,40}/\s?[^/\s][^/]{0,40}?)"
                                r"\s(?P<label>\p{Ll}{2,8}\.)$")


def split_suffix_label(text: str) -> tuple[str, str, str] | None:
    """``(caption, credit, label)`` for a caption closed by names around a slash and a label
    after them as an abbreviation, the way Lithuanian prints "nuotr." (any language's)."""
    last = text.rfind(" ")
    if len(text) > 300 or not text.endswith(".") or not 3 <= len(text) - last - 1 <= 9 \
            or not text[last + 1].islower() or "/" not in text:
        return None
    m = _SUFFIXED_SLASH.match(text)
    if m is None or not _SLASHED.match(m["credit"]) or not _caption_shaped(m["caption"]) \
            or len(m["caption"].split()) > _CAPTION_MAX_WORDS:
        return None
    return m["caption"].strip(), m["credit"].strip(), m["label"]


def split_tail(text: str) -> tuple[str, str, str] | None:
    """``(caption, label or dash as printed, credit)`` for a caption line whose last segment is
    its credit (`newsclean.media_labels.split_tail_credit`: "Caption. — White Star", "Caption.
    Autor/allikas: Name /ERR", "Caption. - Foto BERNAMA", "Caption. Photo by Name/Outlet").
    A line of the text front may be a paragraph: the caption must be a short one (one sentence
    of at most 20 words, opening with a capital or a caseless letter), and a credit with no
    label must be names, with a slash or after a dash, never an agency alone (a paragraph's
    closing "— AFP") or capitals alone (a heading)."""
    if len(text) > 300 or text[-1] in _CLOSERS or (_TAIL_MARK.search(text) is None and not label_after_sentence(text)) \
            or shapes.is_list_item(text):
        return None  # (a credit closes with no punctuation: most lines of a text end as sentences do)
    found = split_tail_credit(text, None)
    if found is None:
        return None
    caption, label, credit = found
    words = caption.split()
    if not _caption_shaped(caption) or len(words) > _CAPTION_MAX_WORDS \
            or any(shapes.ends_sentence(w) for w in words[:-1] if len(w) > 3) or '"' in caption or "”" in caption:
        return None
    if not label.strip(" —–|-") and (not (_SLASHED.match(credit) or (label and shapes.is_name(credit)))
                                      or not shapes.ends_sentence(caption) or len(words) < 3):
        return None  # (no label: "Leon Neal | Getty Images" under its caption is a credit line, not one)
    return caption, label, credit


def label_after_sentence(text: str) -> bool:
    """Whether the words after the line's last sentence end open with a picture-credit label of
    the packs, of one word or two, printed without a colon ("… буй нь. Гэрэл зургийг Name"): a
    set lookup, before `split_tail` reads the line."""
    cut = text.rfind(". ")
    if cut < 0:
        return False
    words = text[cut + 2:].casefold().split(" ", 2)
    labels = _spaced_labels()
    return words[0] in labels or (len(words) > 1 and f"{words[0]} {words[1]}" in labels)


@functools.cache
def _spaced_labels() -> frozenset[str]:
    from .rules.packs import credit_labels

    return frozenset(w for w in credit_labels(None) if not w.endswith("."))


def split_glued(text: str) -> tuple[str, str, str] | None:
    """``(caption, sign as printed or "", credit)`` for a caption line closed by a credit glued
    on by an equals sign ("代表＝撮影・田中祐也") or by a short line ending on a role word after
    the caption's sentence ("… 있다. 한겨레 김혜윤 기자"), read by `newsclean.media_tail`. A line
    of the text front may be a paragraph: the caption must be one short sentence at most."""
    from .media_tail import split_equals, split_role_tail

    if len(text) > 300 or shapes.is_list_item(text):
        return None
    found = split_equals(text, None)
    if found is not None:
        caption, sign, credit = found
    elif (role := split_role_tail(text, None)) is not None:
        (caption, credit), sign = role, ""
    else:
        return None
    if not _caption_shaped(caption) or shapes._count(caption, _CAPTION_MAX_WORDS) > _CAPTION_MAX_WORDS \
            or any(ch in caption[:-1] for ch in ".!?。！？") or (sign and shapes.ends_sentence(caption)):
        return None
    return caption, sign, credit


# an agency's short name in capitals opening a chain of credits: "APA/", "EPA/", "AP/"
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
# one part of a slash chain: a capitalised word ("AFP", "Angela", "Keystone-SDA")
_CHAIN_PART = regex.compile(r"^\p{Lu}[\p{L}\p{M}.'’\-]*$")
# an outlet named by its web address, opening a chain: "KOMPAS.com/Name Surname"
_WEB_OUTLET = regex.compile(r"^\p{Lu}[\p{L}\d\-]*(?:\.[\p{L}\d\-]+)*\.\p{Ll}{2,6}$")
SLASH_CHAIN_MAX_CHARS = 60


def split_slash_chain(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` for a caption line closed, after a space alone, by a chain of
    credits around slashes that an agency in capitals (or a known agency) opens: "Anhänger von
    Harris in Washington APA/AFP/Angela Weiss". The chain's parts are capitalised words; the
    caption is one short line with no sentence end. "… the EU/US trade deal" is none (lower-case
    words after the slash), nor "… in 2024/25"."""
    if len(text) > 300 or "/" not in text or text[-1] in _CLOSERS:
        return None
    tokens = text.split(" ")
    k = next((j for j in range(max(0, len(tokens) - 4), len(tokens)) if "/" in tokens[j]), None)
    if k is None or k < 3:
        return None
    first = tokens[k].split("/", 1)[0]
    if not (_ACRONYM.match(first) or is_agency(first) or _WEB_OUTLET.match(first)):
        # "… em Brasília Pedro Ladeira/Folhapress": a photographer's first name and surname
        # before the slash, after a caption word that is no function word ("… to New York/…")
        if k < 4 or not _CHAIN_PART.match(first) or first.isupper() or not _CHAIN_PART.match(tokens[k - 1]) \
                or tokens[k - 1].isupper() or _function_word(tokens[k - 2]) or not tokens[k - 2][:1].isalpha():
            return None
        k -= 1
    parts = [p for t in tokens[k:] for p in t.split("/")]
    credit = " ".join(tokens[k:])
    caption = " ".join(tokens[:k])
    if len(credit) > SLASH_CHAIN_MAX_CHARS or not all(_CHAIN_PART.match(p) for p in parts) \
            or len(tokens) - k > 3 or not _caption_shaped(caption) or caption[-1] in _CLOSERS or "/" in caption \
            or shapes._count(caption, _CAPTION_MAX_WORDS) > _CAPTION_MAX_WORDS \
            or any(ch in caption for ch in ".!?:;"):
        return None
    return caption, credit
