"""Credits glued to a caption's end without a label any pack knows, told by shape in any language.

Two shapes a photo desk prints in languages whose packs hold no such label, and in those without
a pack:

* an equals sign, full-width or spaced, between the caption and the credit, as Japanese papers
  print it ("開票速報を見守る代表＝撮影・田中祐也", "…＝ロイター"): the part after the sign is
  short, holds no figure and no sentence, and is a credit label and a name, names, an agency or
  words of a script without capitals (`split_equals`);
* a caption sentence, then a short line that closes on a reporter's role word of the packs (the
  byline leads, "기자", "記者") or a credit label, its other words an agency or words of a script
  without capitals ("계엄군이 진입을 시도하고 있다. 한겨레 김혜윤 기자": outlet, name, role)
  (`split_role_tail`).

A script "without capitals" is one whose letters take no capital at a word's start: Han, kana,
Hangul, Arabic, and also Georgian, whose letters Unicode files as lower case but which titles
as they are (`unicameral`). In such a script a capital cannot mark a name, so a short group of
its words after a label or a sentence is judged by the other signals alone.
"""
from __future__ import annotations

import functools

import regex

from . import shapes
from .media_labels import credit_labels_of, credit_like, is_agency, org_like

# the equals signs a caption is set apart from its credit with: full-width "＝", or "=" (spaced
# in a script with spaces, "Caption = Credit"; unspaced only between letters of a script without
# capitals, "代表=撮影")
_EQUALS = regex.compile(r"＝|\s=\s|(?<=[\p{Lo}\p{M}])=(?=[\p{Lo}\p{M}])")
# a credit label and the mark after it inside an equals credit: "撮影・", "写真：", "Foto: "
_INNER_LABEL = regex.compile(r"^(?P<word>[\p{L}\p{M}]{1,12})(?:\s?[・:：／/]\s?|\s)(?=\S)")
EQUALS_MAX_CHARS = 40
ROLE_TAIL_MAX_WORDS = 4


def unicameral(ch: str) -> bool:
    """A letter that takes no capital at a word's start: Han, kana, Hangul, Arabic (no case at
    all), and Georgian (its title case is itself)."""
    return ch.isalpha() and ch.title() == ch.lower()


def unicameral_words(text: str, most: int = 4) -> bool:
    """One to ``most`` words of letters of scripts without capitals (`unicameral`), no figure and
    no punctuation but a hyphen or a middle dot: a credit, or its outlet and name, that capitals
    cannot be asked about ("ინტერპრესნიუსი", "한겨레 김혜윤", "共同")."""
    if not text or len(text) > 80 or not 0 < len(text.split()) <= most:
        return False
    return all(unicameral(ch) or ch.isspace() or ch in "-‐·・" or (not ch.isalpha() and _is_mark(ch))
               for ch in text) and any(ch.isalpha() for ch in text)


def _is_mark(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch).startswith("M")


@functools.cache
def _role_words() -> frozenset[str]:
    """The single-word byline leads of every pack, case-folded, colons off ("기자", "記者",
    "von", "autor"): a word that, closing a short credit, names the photographer's trade."""
    from .rules.packs import packs

    words = {w.rstrip(" :：").casefold() for p in packs().values() for w in p.byline}
    return frozenset(w for w in words if w and " " not in w)


def _names_or_org(text: str) -> bool:
    """Names, an agency, an organisation, or words of a script without capitals."""
    return credit_like(text) or org_like(text) or is_agency(text) or unicameral_words(text)


def split_equals(caption: str, language: str | None) -> tuple[str, str, str] | None:
    """``(caption, sign, credit)`` for a caption closed by an equals sign and its credit
    ("代表＝撮影・田中祐也" -> ("代表", "＝", "撮影・田中祐也")); the credit keeps an inner label
    the sign introduced. None for a figure ("1ドル＝150円"), a sentence or a long tail."""
    if len(caption) > 400 or ("=" not in caption and "＝" not in caption):
        return None
    found = None
    for found in _EQUALS.finditer(caption):
        pass
    if found is None:
        return None
    head, tail = caption[: found.start()].strip(), caption[found.end():].strip()
    if not head or not tail or len(tail) > EQUALS_MAX_CHARS or shapes._count(head, 2) < 2 \
            or any(ch.isdigit() for ch in tail) or any(ch.isdigit() for ch in head[-3:]) \
            or shapes.ends_sentence(tail) or "=" in tail or "＝" in tail:
        return None
    m = _INNER_LABEL.match(tail)
    rest = tail[m.end():].strip() if m else ""
    labelled = bool(m) and (m["word"].casefold() in credit_labels_of(language) or m["word"].casefold()
                            in credit_labels_of(None)) and _names_or_org(rest)
    if not (labelled or _names_or_org(tail)):
        return None
    return head, found.group().strip(), tail


# a sentence's end in any script, and the space after it: where a role tail may begin
_SENTENCE_CUT = regex.compile(r"(?<=[.!?…।。！？])\s+")


def split_role_tail(caption: str, language: str | None) -> tuple[str, str] | None:
    """``(caption, credit)`` for a caption sentence closed by a short credit line that ends on a
    role word or credit label of the packs: "계엄군이 … 있다. 한겨레 김혜윤 기자" -> (caption
    with its stop, "한겨레 김혜윤 기자"). The words before the role are an agency or words of a
    script without capitals; the tail is no sentence ("… 있다. 그는 기자" would need an ending)."""
    if len(caption) > 400:
        return None
    cuts = list(_SENTENCE_CUT.finditer(caption))
    if not cuts:
        return None
    cut = cuts[-1]
    head, tail = caption[: cut.start()].strip(), caption[cut.end():].strip()
    words = tail.split()
    if not head or not 2 <= len(words) <= ROLE_TAIL_MAX_WORDS or shapes.ends_sentence(tail) \
            or any(ch.isdigit() for ch in tail) or shapes._count(head, 3) < 3:
        return None
    role = words[-1].casefold()
    if role not in _role_words() and role not in credit_labels_of(language):
        return None
    names = " ".join(words[:-1])
    # (in a script with capitals a role word closing a line is too often a preposition: "… Ein
    # Bild von"; there the packs' labels and a name's capitals are read by `split_tail_credit`)
    if not (unicameral_words(names, most=3) or is_agency(names)):
        return None
    return head, tail
