"""Choosing rules for a page's language: one phrase pack per language, and the rules that need none.

`language_rules(language)` is what `newsclean.sites.rules_for` layers between the generic rules
and a site profile's:

* the page's own pack in full (English when the language is unknown or has no pack);
* the high-precision phrases of every other pack (several words, or one long word: "Meest
  gelezen", "Zum Inhalt springen"), since interface strings of one language turn up on pages of
  another and a phrase like "Lire aussi" never means anything else. Single short words ("Delen",
  "Mehr", "Stand:") only apply on pages in their own language.

To add a language: write ``rules/<code>.py`` with a `PhrasePack` (copy ``rules/nl.py``; every
kind needs entries) and add the module to ``_MODULES``.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from . import RuleSet, SpanRule
from .phrases import Phrase, PhrasePack

_MODULES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "fi", "da", "nb", "el", "ru", "uk", "tr", "cs", "sr", "hr",
            "hu", "ro", "ca", "id", "vi", "ar", "he", "ko", "zh", "ja", "th",
            "fa", "ur", "hi", "bn", "ms", "sw", "tl", "sk", "sl", "bg", "et", "lt", "lv", "is",
            "ka", "hy", "az", "kk", "uz", "sq", "mk", "be", "eu", "gl", "cy",
            "ta", "te", "mr", "ml", "ne", "si", "pa", "gu", "kn", "km", "my", "am", "mn", "af", "ga")
DEFAULT = "en"


@functools.cache
def packs() -> dict[str, PhrasePack]:
    import importlib

    return {code: importlib.import_module(f"{__package__}.{code}").PACK for code in _MODULES}


def _new_window_spans(pack: PhrasePack) -> tuple[SpanRule, ...]:
    """"(opens in a new window)" markers, one span rule per final word (its cheap pre-check)."""
    by_word: dict[str, list[str]] = {}
    for phrase in pack.new_window:
        by_word.setdefault(phrase.split()[-1], []).append(phrase)
    rules = []
    for word, phrases in sorted(by_word.items()):
        alts = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
        long = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True) if p.count(" ") >= 2)
        # in brackets anywhere ("Report (opens in a new window)"); bare only at the end of the
        # line after a comma or dash, and only the longer wordings ("nieuw venster" is prose)
        pattern = rf"\s?[(\[]\s?(?i:{alts})\s?[)\]]"
        if long:
            pattern += rf"|\s?(?:,|\s[–-])\s(?i:{long})\.?$"
        rules.append(SpanRule("link-marker.new-window", f"'{phrases[0]}' link markers ({pack.language})",
                              pattern, keyword=word))
    return tuple(rules)


@functools.cache
def language_rules(language: str | None) -> RuleSet:
    """The phrase rules for a page in ``language`` (a base ISO 639-1 code, or None)."""
    all_packs = packs()
    own_code = language if language in all_packs else DEFAULT
    phrases = _entries(own_code, False)
    spans = _new_window_spans(all_packs[own_code])
    for code in all_packs:
        if code != own_code:
            phrases += _entries(code, True)
    return RuleSet(spans=spans, phrases=phrases)


@functools.cache
def _entries(code: str, high_precision_only: bool) -> tuple[Phrase, ...]:
    """A pack's phrases (`PhrasePack.entries`), made once per process: every page language's
    rules hold the high-precision phrases of all the other packs."""
    return packs()[code].entries(high_precision_only=high_precision_only)


def known(language: str | None) -> str | None:
    """``language`` when it has a pack, else None (rule sets are cached per known language)."""
    return language if language in packs() else None


@functools.cache
def label_words() -> frozenset[str]:
    """Post label words of every pack, case-folded ("eilmeldung", "key event")."""
    from .phrases import norm

    return frozenset(norm(w) for p in packs().values() for w in p.labels)


@functools.cache
def media_prefixes() -> frozenset[str]:
    """Credit and caption prefixes of every pack ("foto", "image caption"), normalized."""
    from .phrases import norm

    return frozenset(norm(w) for p in packs().values() for w in (*p.credit, *p.caption))


@functools.cache
def credit_words() -> frozenset[str]:
    """Picture-credit label words of every pack ("foto", "bild", "fot"), normalized: a credit
    label is as unambiguous on a page of another language as in its own."""
    from .phrases import norm

    return frozenset(norm(w) for p in packs().values() for w in p.photo_labels if " " not in norm(w))


@functools.cache
def source_words() -> frozenset[str]:
    """The packs' other credit words ("zdroj", "source", "kaynak"): single words of a pack's
    ``credit`` phrases that are no picture-credit label (they also credit a quote or a figure),
    normalized. `text_media` accepts one only before a credit of a photo desk's shape."""
    from .phrases import norm

    photo = credit_words()
    return frozenset(n for p in packs().values() for w in p.credit
                     if " " not in (n := norm(w)) and n not in photo and not n.endswith("."))


@functools.cache
def byline_words() -> frozenset[str]:
    """Byline lead words of every pack ("by", "von", "par", "autor:"), normalized with a colon
    kept when the pack writes one."""
    from .phrases import norm

    return frozenset(norm(w) + (":" if w.endswith(":") else "") for p in packs().values() for w in p.byline)


@functools.cache
def role_words() -> frozenset[str]:
    """Job titles of every pack ("journalist", "vaktsjef", "기자", "記者"), case-folded: a role
    printed beside a name is read the same on a page of any language."""
    return frozenset(w.casefold() for p in packs().values() for w in p.roles)


@functools.cache
def player_words() -> frozenset[str]:
    """Words of media players' controls in every pack ("play", "video", "abspielen", "dauer"),
    lower case: a line of them and a running time is a player, in any language."""
    return frozenset(w.casefold() for p in packs().values() for w in p.player)


def _own_then_others(language: str | None, kind: str, others: Callable[[str], bool]) -> tuple[str, ...]:
    """The ``kind`` phrases of the page's own pack (English when unknown), then those of every
    other pack that ``others`` accepts; lower case, without a trailing colon (an abbreviation
    keeps its dot: "fot."), longest first."""
    def norm(w: str) -> str:
        return " ".join(w.lower().replace("’", "'").split()).rstrip(" :")  # (lower: see `phrases.norm`)

    all_packs = packs()
    own = all_packs.get(language or DEFAULT) or all_packs[DEFAULT]
    words = {norm(w) for w in getattr(own, kind)}
    for pack in all_packs.values():
        if pack is not own:
            words.update(n for n in map(norm, getattr(pack, kind)) if others(n))
    return tuple(sorted(filter(None, words), key=lambda w: (-len(w), w)))


@functools.cache
def byline_leads(language: str | None) -> tuple[str, ...]:
    """The words an author element may print before its names on a page in ``language``
    ("By", "Posted by", "Von", "Autor:"): the page's own pack's ``byline`` words, and the
    several-word ones of every other pack ("written by", "a cura di"), which mean nothing else.
    A single word of another language ("di", "par", "door") is left alone: it may open a name
    ("Di Maio"). Colons are dropped (an author element may print the word without one)."""
    return _own_then_others(known(language), "byline", lambda w: " " in w)


@functools.cache
def colon_byline_leads() -> tuple[str, ...]:
    """The single-word byline leads that some pack writes with a colon ("autor:", "author:",
    "auteur :", "текст:"), lower case without the colon, longest first: printed with their colon
    before a name ("Autor: M. Jovanović") they are a byline's label on a page of any language,
    also one without a pack (a Slovak or Bosnian page). Without the colon they are left to the
    page's own pack ("Autor" may be a word of a sentence)."""
    words = {" ".join(w.lower().split()).rstrip(" :") for p in packs().values() for w in p.byline
             if w.rstrip().endswith(":")}
    return tuple(sorted((w for w in words if w and " " not in w), key=lambda w: (-len(w), w)))


@functools.cache
def credit_labels(language: str | None) -> tuple[str, ...]:
    """Picture-credit labels before a credit ("Photo:", "Credit...", "Bild:", "Fot.") on a page in
    ``language``: the page's own pack's ``photo_labels``, and those of every other pack but the
    shortest ("ph"): a credit label is as plain on a page of another language as in its own."""
    return _own_then_others(known(language), "photo_labels", lambda w: len(w) >= 3)


@functools.cache
def caption_labels(language: str | None) -> tuple[str, ...]:
    """Caption labels before a caption ("Image caption:", "Bildunterschrift:") on a page in
    ``language``: the page's own pack's ``caption`` phrases and the several-word ones of others."""
    return _own_then_others(known(language), "caption", lambda w: " " in w)


@functools.cache
def stamp_words(language: str | None) -> tuple[str, ...]:
    """Words printed around a time stamp that belong to it ("updated", "at", "um", "klo") on a
    page in ``language``: English's, which every page's stamps were read with before the packs
    held them, and the page's own pack's; longest first."""
    all_packs = packs()
    words = set(all_packs[DEFAULT].stamp_words)
    own = all_packs.get(language or DEFAULT)
    if own is not None:
        words.update(own.stamp_words)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
