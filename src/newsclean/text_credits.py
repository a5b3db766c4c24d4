"""Text front: the shapes of a picture's caption line and its credit, in any language.

Pure functions of one line's text, called by `newsclean.text_media` (which marks the lines):

* a credit label of the phrase packs (``credit`` kind: "Foto:", "Bild:", "Fot.", "Pic:") after
  a caption ("Menschen warten ... / Foto: Name / AFP", "Caption — Foto: Name/g1",
  "Caption. Fot. Name / Agency"): `split_labelled`;
* a credit by its shape, closing a caption line that does not end as a sentence does:
  "Caption. NAME / AGENCY", "Caption. Name (AGENCY)", "Caption (Agency)", "Caption [Name/AGENCY]"
  (`split_shaped`), "Caption © Name" (`split_copyright`), "Caption words AGENCY"
  (`split_agency_tail`), a bracketed credit with a pack's suffix (`split_suffixed`).

A sentence of the text that merely names a photo ("Das Foto zeigt ...") or ends in brackets
is none: the label must be capitalised and followed by a colon (or be an abbreviation with its
dot), and a shape credit must be a few capitalised words with a slash or an agency in brackets.
"""
from __future__ import annotations

import functools

import regex

from . import shapes
from .media_tail import unicameral, unicameral_words
from .rules.packs import credit_words, packs, source_words
from .rules.phrases import norm
from .writing_systems import caseless

# a capitalised label word and its colon ("Foto:", "Photo :") or, for an abbreviation, its dot
# ("Fot."), at the line's start or after a sentence end or a dash
_LABEL = regex.compile(r"(?:^|(?<=[.!?…”\"')]\s)|(?<=\s[—–|-]\s))(?P<word>\p{Lu}\p{L}{1,11})(?P<sep>\s?:|\.)\s(?=\S)")
# ... or straight after a caption's last word ("... in Hsinchu Bild: Ann Wang/REUTERS"), or in
# lower case opening the line ("foto: Michal Šula, MAFRA"): then the credit must be names
# (in a script without case, any letters: "... در خیابان‌های تهران عکس: رویترز")
# (Armenian sets a label off with its comma, "Լուսանկարը՝ Name", where others write a colon)
_LABEL_LOOSE = regex.compile(r"(?:(?<=\S\s)(?P<word>\p{Lu}\p{L}{1,11}|\p{Lo}[\p{Lo}\p{M}]{1,11})|^(?P<word>\p{Ll}{2,12})"
                             r"|(?<=\S\s)(?P<word>\p{Ll}{2,12}))"
                             r"(?:\s?[:\u055d]|(?<=(?:^|\s)\p{L}{2,4})\.\s?:|(?<=(?:^|\s)\p{L}{2,5})\.)\s(?=\S)")
# (a label in lower case after the caption, "... v Senátu foto: Name, MAFRA", only as a word of the
# packs; an abbreviation keeps its dot before the colon: "... στο Παλαίκαστρο Φωτ.: Name")
# (or an abbreviation's dot after a label of two or three letters: "... na Mokotowie Fot. Name / PAP";
# of four or five only as a word of the packs: "... rajone Nuotr. BNS", never "... said. Then")
_CAP = r"\p{Lu}[\p{L}\p{M}\p{N}.'’\-]*"
_NAMES = rf"{_CAP}(?:\s(?:{_CAP}|de|da|di|van|von|del|la|le)){{0,4}}"
_NAMES_ONLY = regex.compile(_NAMES)  # (compiled once: a pattern string is looked up in regex's cache on every call)
# "LUDOVIC MARIN / AFP", "EFE / Manuel Bruque", "AP Photo/Evan Vucci"
_SLASHED = regex.compile(rf"^{_NAMES}\s?/\s?{_NAMES}(?:\s?/\s?{_NAMES})?$")
# "Kai Pfaffenbach (REUTERS)"
_NAME_AGENCY = regex.compile(rf"^{_NAMES}\s\((?P<agency>{_NAMES}(?:\s?/\s?{_NAMES})?)\)$")
_LABELLED_INNER = regex.compile(r"^(?P<word>\p{L}[\p{L}\p{M}]{1,11})(?:\s?:|(?P<dash>\s[-–]))\s(?P<credit>\S.*)$")
_BRACKETED = regex.compile(r"\s?(?P<open>[(\[])(?P<credit>[^()\[\]]{2,60})[)\]]$")
_SPACE = regex.compile(r"\s")
_MAX_CAPTION_WORDS = 40
_AGENCY_TAIL = regex.compile(r"^\p{Lu}{2,6}$")


def _credit_shaped(s: str) -> bool:
    return len(s) <= 80 and bool(_SLASHED.match(s) or _NAME_AGENCY.match(s))


def split_labelled(text: str, unknown: bool = False) -> tuple[str, str, str] | None:
    """``(caption, label as printed, credit)`` for a line holding a credit label of the packs;
    the caption is '' when the line opens with the label. With ``unknown``, only a label no pack
    knows, in the caption's tail (`_unknown_loose`)."""
    if len(text) > 600:
        return None
    if unknown:
        found = _loose_label(text, frozenset())
        return None if found is None else _labelled_parts(text, found, frozenset())
    words = label_words()
    found = None
    for m in _LABEL.finditer(text):
        w = norm(m["word"])
        if w not in words:
            continue
        if m["sep"] == "." and len(m["word"]) > 3:
            continue  # "Foto. Der ...": a sentence; an abbreviation ("Fot.", "Ph.") keeps its dot
        found = m
    if found is None:
        found = _loose_label(text, words)
    if found is None:
        return _source_labelled(text)
    parts = _labelled_parts(text, found, words)
    if parts is not None and not parts[0] and is_video_label(parts[1]):
        return None  # "Watch: Jane Doe" opening a line: a video's label only after its caption
    return parts


@functools.cache
def video_words() -> frozenset[str]:
    """The packs' player words that may label a video's credit after its caption ("… mərasimi
    Video: Report TV", "… тууралуу Видео: Азаттык"), normalized: words of four letters or more
    that no pack counts among its function words ("el", "la", "ver" are none)."""
    from .rules.packs import player_words

    return frozenset(norm(w) for w in player_words() if " " not in w and len(w) >= 4 and not _function_word(w))


@functools.cache
def label_words() -> frozenset[str]:
    """Every word a credit label may be: the packs' picture-credit labels and `video_words`."""
    return credit_words() | video_words()


def is_video_label(label: str) -> bool:
    """Whether a credit's label as printed ("Video:", "Видео :") names a video."""
    return norm(label.rstrip(" :：.")) in video_words()


def _labelled_parts(text: str, found: regex.Match[str], words: frozenset[str]) -> tuple[str, str, str] | None:
    """`split_labelled`'s answer for the label ``found`` in ``text``."""
    credit = text[found.end():].strip()
    caption = text[: found.start()].rstrip(" —–|-")
    if caption.endswith(" /"):
        caption = caption[:-2].rstrip()  # "Caption / Фото: Name": a spaced slash set the label apart
    start = found.start()
    if caption and " " not in caption and norm(caption) in words:
        caption, start = "", 0  # a label of two words ("Photo Credit: PTI")
    if credit[-1:] == "." and caption[-1:] in ".!?" and names_credit(credit[:-1]):
        credit = credit[:-1]  # "Caption. Fotografia: ACN.": the credit closed like the caption
    if not credit or len(credit) > 120 or len(credit.split()) > 12 or credit[-1] in ".!?":
        return None
    outlet = caption.rpartition(" ")[2]
    if _OUTLET.match(outlet) and found["word"].isupper() and credit.isupper() and shapes.ends_sentence(
            head := caption[: len(caption) - len(outlet)].rstrip()):
        # "… centre. ST PHOTO: GAVIN FOO": an outlet's credit line in capitals, its label inside
        return head, "", f"{outlet} {text[found.start(): found.end()].strip()} {credit}"
    if caption and len(caption.split()) > _MAX_CAPTION_WORDS:
        return None
    return caption.strip(), text[start: found.end()].strip(), credit


# an outlet's short name in capitals before the label of a credit line in capitals ("ST PHOTO:")
_OUTLET = regex.compile(r"^\p{Lu}{2,5}$")


# a source word's label straight after a caption's last word ("... Jeseníku Zdroj: ČTK / Name")
_SOURCE_LABEL = regex.compile(r"(?<=\p{L}\s)(?P<word>\p{Lu}\p{Ll}{1,11})\s?:\s(?=\S)")
_AGENCIES = regex.compile(r"\p{Lu}[\p{Lu}\d]{1,7}(?:,\s\p{Lu}[\p{Lu}\d]{1,7}){0,3}")


def _source_labelled(text: str) -> tuple[str, str, str] | None:
    """``(caption, label, credit)`` for a caption closed by a source word of the packs and a
    credit a photo desk writes ("Zaplavené centrum Jeseníku Zdroj: ČTK / Drahoslav Ramík",
    "... Kaynak: AA"): names with a slash or agencies in capitals, after a caption of a few
    words with no sentence end and no figure (a header's "Aktualizováno 15. 9. 2024 16:48
    Zdroj: ČT24, ČTK" and a paragraph's closing "Zdroj: ČTK" are none)."""
    if len(text) > 300:
        return None
    m = _SOURCE_LABEL.search(text)
    if m is None or norm(m["word"]) not in source_words():
        return None
    caption, credit = text[: m.start()].rstrip(), text[m.end():].strip()
    if not (_SLASHED.match(credit) or _AGENCIES.fullmatch(credit)) or len(credit) > 80:
        return None
    if not _caption_shaped(caption) or len(caption.split()) > 15 or any(ch.isdigit() for ch in caption) \
            or any(ch in ".!?:;" for ch in caption) or _function_word(caption.rsplit(" ", 1)[-1]):
        return None
    return caption, text[m.start(): m.end()].strip(), credit


def _loose_label(text: str, words: frozenset[str]) -> regex.Match[str] | None:
    """A credit label that no punctuation sets off from the caption before it, or one opening
    the line in lower case: only before a credit made of names ("Ann Wang/REUTERS", "Michal
    Šula, MAFRA", "Yle"), never before a sentence ("... im Bild: Wir schaffen das")."""
    found = None
    for m in _LABEL_LOOSE.finditer(text):
        if m.start() > 0 and m["word"][0].islower() and norm(m["word"]) not in words:
            continue  # (a lower-case word after the caption labels it only as a word of the packs)
        if len(m["word"]) > 3 and text[m.end("word")] == "." and norm(m["word"]) not in words:
            continue  # (a longer abbreviation's dot: only a label of the packs)
        credit = text[m.end():].strip()
        # (one name alone may be a sentence's object: "... sagte der Bild: Merz")
        before = text[: m.start()].rstrip()
        caseless_word = caseless(m["word"][0])
        # (one capitalised word alone after a caption of three words or more: "... štabu SDS Foto: Bobo",
        # "… stadionun girişində Foto: Report"; a function word before the label says a sentence)
        if (norm(m["word"]) in words or _photo_author(m, credit, before) or _unknown_loose(m, credit, before)) \
                and ((names_credit(credit) and (" " in credit or "/" in credit or credit.isupper()
                                                or 3 <= len(before.split()) <= _CAPTION_MAX_WORDS))
                     or (caseless_word and _caseless_credit(credit, most=3))) \
                and (m.start() == 0 or _caption_shaped(before := text[: m.start()].rstrip())
                     or norm(before) in words) \
                and not _function_word(credit.split(" ", 1)[0]) \
                and not _function_word(text[: m.start()].rstrip().rsplit(" ", 1)[-1]):
            # (a caption ends on no article or preposition, a credit opens with none: "Rückblick
            # im Bild: Die Wahlnacht" is a headline)
            found = m
    return found


_LATIN = regex.compile(r"\p{Latin}")
# "… 一片雪白 圖／記者江良誠攝": a caption, a space, a label of a script without case and a slash
_SLASH_LABEL = regex.compile(r"^(?P<caption>\S.{1,200}?)\s(?P<label>\p{Lo}{1,4})\s?[／/]\s?(?P<credit>[^\s／/].{0,30})$")


def split_slash_labelled(text: str) -> tuple[str, str, str] | None:
    """``(caption, label, credit)`` for a caption closed by a credit label of the packs written
    in a script without case and set off from its credit by a slash ("… 雪白 圖／讀者提供",
    "… 照片／Name"): the credit is short, with no sentence end or further slash; a slash inside a
    sentence ("… 每人／每日") has no pack label before it."""
    if len(text) > 260 or ("／" not in text and "/" not in text):
        return None
    m = _SLASH_LABEL.match(text)
    if m is None or norm(m["label"]) not in credit_words():
        return None
    credit, caption = m["credit"].strip(), m["caption"].strip()
    if _SENTENCE_END.search(credit) is not None or credit[-1] in _CLOSERS or _SENTENCE_END.search(caption[-2:]) \
            or not _caption_shaped(caption):
        return None
    return caption, m["label"] + text[m.end("label"): m.start("credit")].strip(), credit


def _unknown_loose(m: regex.Match[str], credit: str, before: str) -> bool:
    """A label no pack knows, straight after a caption of three words or more that closes on
    no punctuation, before a short credit that ends the line ("… மையத்தின் முன் தொண்டர்கள் படம்:
    PTI", "… մեկում Լուսանկարը՝ Արամ Գևորգյան"): an agency in capitals, names around a slash,
    or, for a label in a script other than Latin, names or caseless words. A Latin label word
    alone before names is a headline's shape too ("Election Night Live: Harris Leads"), and is
    none; so is an agency's name before its colon ("… Reuters: Jane Doe"), and a caption holding
    a sentence's end: a summary's second sentence opens there ("… כבד. משרד הבריאות: הימנעו …")."""
    word = m["word"]
    if m.start() == 0 or not before or before[-1] in _CLOSERS or len(credit.split()) > 4 \
            or shapes._count(before, 4) < 3 or _function_word(word) or _is_agency(word) \
            or _SENTENCE_END.search(before) is not None:
        return False
    if "/" in credit and _SLASHED.match(credit) is not None:
        return True
    if _AGENCIES.fullmatch(credit) is not None:
        return True
    return _LATIN.match(word) is None and (names_credit(credit) or _caseless_credit(credit, most=2))


# a sentence's end inside a line: a stop and a space
_SENTENCE_END = regex.compile(r"[.!?…。।](?:\s|$)")


def _is_agency(word: str) -> bool:
    from .media_labels import is_agency

    return is_agency(word)


@functools.cache
def _colon_leads() -> frozenset[str]:
    from .rules.packs import colon_byline_leads

    return frozenset(colon_byline_leads())


def _photo_author(m: regex.Match[str], credit: str, before: str) -> bool:
    """A byline lead the packs write with a colon ("Autor:"), straight after a caption of four
    words or more and before an agency and a photographer joined by a dash or a slash ("…
    štábe PS Autor: TASR – Jaroslav Novák"): the picture's author. Opening a line ("Autor:
    Martin Kováčik") it is the post's byline, and is left alone."""
    return m.start() > 0 and norm(m["word"]) in _colon_leads() and len(before.split()) >= 4 \
        and ("/" in credit or _CREDIT_DASH.search(credit) is not None) and names_credit(credit)


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(w for p in packs().values() for w in p.stopwords)


def _function_word(word: str) -> bool:
    """A function word of some pack's language ("die", "the", "im")."""
    return word.casefold() in _function_words()


# (an agency may print itself in lower case, before a slash: "picture alliance/dpa")
_CREDIT_PART = regex.compile(rf"(?:{_NAMES}|\p{{Ll}}\p{{L}}{{1,20}}(?:\s\p{{L}}{{1,20}})?(?=\s?/))(?:\s?/\s?(?:{_NAMES}|\p{{Ll}}[\p{{L}}\s]{{1,20}}|\p{{Ll}}{{1,3}}\d{{1,2}}))*")


# a spaced dash between an agency and a photographer inside a credit: "TASR – Jaroslav Novák"
_CREDIT_DASH = regex.compile(r"\s[–—-]\s")


def names_credit(text: str) -> bool:
    """Whether ``text`` is a credit made of names: capitalised words (a slash or a comma between
    a photographer and an agency: "Ann Wang/REUTERS", "Michal Šula, MAFRA", "Jussi Nukari /
    Lehtikuva", "Chiang Ying-ying/AP/picture alliance"), at most eight words."""
    if not text or len(text) > 80 or len(text.split()) > 8 or text[-1] in ".!?:;,":
        return False
    if text[0].islower() and _function_word(text.split(" ", 1)[0].split("/", 1)[0]):
        return False  # "der Kanzler/sagt": a sentence's words, not an agency's lower-case name
    return all(_CREDIT_PART.fullmatch(part.strip()) for part in _CREDIT_DASH.sub(",", text).split(","))


# where `split_tail` may cut: a dash or bar, a label's colon, a slash, a danda; or a sentence's end
# followed by a byline lead ("… City. Photo by Name/Outlet": a slash) (a cheap test before the scan)
_TAIL_MARK = regex.compile(r"[—–|।]|[:：]\s| - |\p{L}\s?/\s?\p{L}")
_CLOSERS = frozenset(".!?…:;,。！？)]”\"'’»")
_CAPTION_MAX_WORDS = 20


def _unknown_label(labelled: regex.Match[str], caption: str = "") -> bool:
    from .media_lines import unknown_label

    return unknown_label(labelled, caption)


def split_shaped(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` for a caption line closed by a credit of credit shape."""
    if len(text) > 400 or text[-1] in ".!?:;,":
        return None
    found = _bracketed(text)
    if found is not None:
        inner = found[1].strip()
        labelled = _LABELLED_INNER.match(inner)
        # (a label set off by a dash, "(ဓာတ်ပုံ - ဒေသခံ)", only where the packs know the label)
        if labelled is not None and (norm(labelled["word"]) in credit_words()
                                     or (not labelled["dash"] and _unknown_label(labelled, text[: found[0]].strip()))) \
                and (names_credit(labelled["credit"].strip()) or _caseless_credit(labelled["credit"].strip())
                     or _caseless_initials(labelled["credit"].strip())) \
                and _caption_shaped(text[: found[0]].strip()):
            # "Caption (Foto: Name/AGENCY)": the label in the brackets says it
            return text[: found[0]].strip(), labelled["credit"].strip()
        if inner[:1].isascii() and not inner[:1].isupper():
            return None  # (every credit shape below opens with a capital: "(copy 3)", "(pictured)" is none)
        caption = text[: found[0]].strip()
        if caption[-1:].isdigit() and _is_stamp(text):
            return None  # "Jun 04, 2024 20:15 (IST)": a stamp and its zone
        # "Caption. Name (AGENCY)": the name before the brackets is the credit's
        cut = max(caption.rfind(". "), caption.rfind("! "), caption.rfind("? "))
        if cut > 0:
            tail = caption[cut + 2:] + " (" + inner + ")"
            if _NAME_AGENCY.match(tail):
                return caption[: cut + 1], tail
        if (_NAMES_ONLY.fullmatch(inner) or _SLASHED.match(inner)) and _caption_shaped(caption) and len(caption.split()) >= 3:
            return caption, inner
        if _caseless_credit(inner, most=2) and _caseless_credit(caption, most=12) and len(caption.split()) >= 3:
            return caption, inner  # "صواريخ اعتراضية في سماء القدس (رويترز)": a caption and its agency
        if _caption_shaped(caption) and len(caption.split()) >= 3 and label_after(inner) is not None:
            return caption, inner  # "… 회동하고 있다. [연합뉴스 자료사진]": a credit and the label after it
        if caption[-1:] in ".!?" and _caption_shaped(caption) and len(caption.split()) >= 3 and _sentence_credit(inner):
            return caption, inner
        return None
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    if cut > 0:
        caption, credit = text[: cut + 1], text[cut + 2:].strip()
        if _credit_shaped(credit) and _caption_shaped(caption):
            return caption, credit
    return None


# a caption, then a credit in brackets that closes with a credit suffix of the packs
# ("侯友宜向支持者鞠躬。（記者張嘉明攝）")
_SUFFIXED = regex.compile(r"^(?P<caption>[^（）()]{2,120}?)\s?[（(](?P<credit>[^（）()\s。，、：:]{2,20})[）)]$")


@functools.cache
def _credit_suffixes() -> tuple[str, ...]:
    import importlib

    from .rules.packs import _MODULES

    found = {w for code in _MODULES
             for w in getattr(importlib.import_module(f"newsclean.rules.{code}"), "CREDIT_SUFFIXES", ())}
    return tuple(sorted(found, key=len, reverse=True))


def split_suffixed(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` for a caption closed by a bracketed credit that ends in a credit
    suffix of the packs ("（記者張嘉明攝）"): the caption's closing stop is dropped. A bracket of
    the text that ends otherwise is none."""
    if len(text) > 160 or text[-1] not in "）)":
        return None
    m = _SUFFIXED.match(text)
    if m is None or not m["credit"].endswith(_credit_suffixes()) or m["credit"] in _credit_suffixes():
        return None
    caption = m["caption"].rstrip().rstrip("。.")
    return (caption, m["credit"]) if caption else None


def label_after(credit: str) -> tuple[str, str] | None:
    """``(credit, label)`` for a bracketed credit closed by a credit label of the packs after
    the name, the way Korean prints "file photo" ("연합뉴스 자료사진"): the words before it are
    names or words of a script without case. None when the label is all there is."""
    name, _, label = credit.rpartition(" ")
    if not name or norm(label) not in _labels_after():
        return None
    return (name, label) if names_credit(name) or _caseless_credit(name, most=3) else None


@functools.cache
def _labels_after() -> frozenset[str]:
    """Every pack's picture-credit labels, normalized, several words too ("자료사진", "foto")."""
    return frozenset(norm(w) for p in packs().values() for w in p.photo_labels)


# the year of a copyright notice before the name: "© 2024 Jane Doe"
_NOTICE_YEAR = regex.compile(r"^(?:19|20)\d{2}\s(?=\S)")


def split_copyright(text: str) -> tuple[str, str] | None:
    """``(caption, credit)`` for "Caption © Name/Agency": a caption (no sentence end) and a
    credit of names after a copyright sign and maybe the notice's year ("Wahlparty in Erfurt ©
    Jens Meier/Getty Images", "… © 2024 Jane Doe")."""
    caption, _, credit = text.rpartition(" © ")
    caption, credit = caption.strip(), _NOTICE_YEAR.sub("", credit.strip())
    if not _caption_shaped(caption) or caption[-1] in ".!?:;," or not names_credit(credit):
        return None
    return caption, credit


def _sentence_credit(inner: str) -> bool:
    """A credit in brackets after a caption sentence, in the looser shapes photo desks write:
    a photographer or office and an agency ("Sen. Katie Britt’s office/AP"), an outlet and a
    name ("ABC News: Matt Roberts"), a name working for an outlet ("Craig Hudson for The
    Washington Post": capitalised words, one lower-case word among four or more). Never a
    remark ("(Additional reporting by Jane Doe)", "(pictured)")."""
    words = inner.split()
    if not 1 <= len(words) <= 8 or not inner[:1].isupper() or inner[-1] in ".!?:;,":
        return False
    if "/" in inner:
        head, _, agency = inner.rpartition("/")
        return bool(_NAMES_ONLY.fullmatch(agency.strip())) and len(head.split()) <= 6 \
            and sum(1 for w in head.split() if not w[:1].isupper()) <= 1
    outlet, colon, name = inner.partition(": ")
    if colon:
        return " " in outlet and bool(_NAMES_ONLY.fullmatch(outlet) and _NAMES_ONLY.fullmatch(name))
    lower = [w for w in words if not w[:1].isupper()]
    return len(words) >= 5 and len(lower) == 1 and not _function_word(words[0]) \
        and words[-1][:1].isupper() and words.index(lower[0]) >= 2


def _bracketed(text: str) -> tuple[int, str] | None:
    """Where ``_BRACKETED.search(text)`` starts and its credit, found from the text's last
    bracket rather than by a search from every position: a credit holds no bracket, so the one
    before it is the last, with at most a space before it."""
    end = len(text) - 1
    if end < 0 or text[end] not in ")]":
        if text.endswith("\n"):  # ("$" also matches before a final newline)
            m = _BRACKETED.search(text)
            return (m.start(), m["credit"]) if m is not None else None
        return None
    q = max(text.rfind("(", 0, end), text.rfind("[", 0, end), text.rfind(")", 0, end), text.rfind("]", 0, end))
    if q < 0 or text[q] not in "([" or not 2 <= end - q - 1 <= 60:
        return None
    before = text[q - 1: q]
    spaced = before == " " or (before.isspace() and _SPACE.match(before) is not None)
    return (q - 1 if spaced else q), text[q + 1: end]


def split_agency_tail(text: str) -> tuple[str, str] | None:
    """``(caption, agency)`` for "Caption words AGENCY": a caption (four words or more, no
    sentence end, no comma: a byline's "Name, Outlet SP" is none) closed by an agency's
    upper-case short name ("ANP", "EFE", "AFP")."""
    if len(text) > 300 or text[-1] in ".!?:;,\"'”’)":
        return None
    caption, _, last = text.rpartition(" ")
    if not _AGENCY_TAIL.match(last) or not _caption_shaped(caption) or len(caption.split()) < 4 \
            or caption[-1] in ".!?:;,–—-/|" or "," in caption or any(ch.isdigit() for ch in caption[-12:]) \
            or caption.split()[-1].isupper():
        return None
    return caption, last


_CASELESS_WORDS = regex.compile(r"^[\p{Lo}\p{M}'’\-/]+(?: [\p{Lo}\p{M}'’\-/]+)*$")


def _caseless_credit(text: str, most: int = 4) -> bool:
    """A credit, or a caption, in a script without case (capitals cannot mark its names): up to
    ``most`` words of letters, no figure, no punctuation."""
    return 0 < len(text.split()) <= most and len(text) <= 120 \
        and bool(_CASELESS_WORDS.match(text) or unicameral_words(text, most))


# a caseless name with an initial's dot before the next word: "ඉෂාර එස්. කොඩිකාර"
_CASELESS_INITIALS = regex.compile(r"^[\p{Lo}\p{M}'’\-]+\.? (?:[\p{Lo}\p{M}'’\-]+\.? ){0,2}[\p{Lo}\p{M}'’\-]+$")


def _caseless_initials(text: str) -> bool:
    """A person's name in a script without case whose middle word is an initial with its dot
    ("ඉෂාර එස්. කොඩිකාර"): two to four words, the last without a dot."""
    return len(text) <= 60 and "." in text and _CASELESS_INITIALS.match(text) is not None


def _caption_shaped(text: str) -> bool:
    n = shapes._count(text, _MAX_CAPTION_WORDS)  # (words of a script written without spaces too)
    # (a script without case opens a caption with any letter)
    return 2 <= n <= _MAX_CAPTION_WORDS and (text[:1].isupper() or (text[:1].isalpha() and (caseless(text[0])
                                                                                           or unicameral(text[0]))))


def _is_stamp(text: str) -> bool:
    from .times import parse_time_line

    mark = parse_time_line(text)
    return mark is not None and mark.has_clock and not mark.tail
