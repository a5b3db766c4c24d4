"""Phrase packs: the interface strings of news pages in one language, as data.

A pack (``rules/<lang>.py``) is a `PhrasePack` of plain lower-case phrases sorted by what they
are on a page. Each kind of phrase is matched one way, so a pack holds no patterns:

==============  ================================  =============================================
kind            removed as (rule name)            matches
==============  ================================  =============================================
share           chrome.share                      the whole line ("Delen", "Partager")
more            chrome.more-links                 the whole line ("Lire la suite", "Mehr laden")
lead_ins        chrome.more-links                 the whole line, or the phrase, a separator
                                                  (":", "|", "»", "–") and a teaser; a phrase of
                                                  two words or more also with up to four words
                                                  before the colon ("Read more from Sky News:")
                                                  and a title-shaped teaser
click           chrome.more-links                 the whole line, or the end of a short line
                                                  after a separator: "Watch live: Click here"
legal           chrome.legal-links                a row of them ("Impressum Datenschutz"), maybe
                                                  closed by "© Owner"; alone on a line only a
                                                  phrase of several words or a long word
related         chrome.related-heading            the whole line ("Meistgelesen")
navigation      chrome.navigation                 the whole line ("Zum Inhalt springen")
newsletter      chrome.newsletter                 the whole line, or the start of a short line
consent         chrome.cookies                    the whole line; a phrase naming cookies also
                                                  anywhere in a line of at most 400 characters
embed           chrome.embed-placeholder          the whole line, or the start of a short line
advert          chrome.advert                     the whole line ("Anzeige", "Publicidad")
report          chrome.report-error               the whole line, or the start of a short line
rights          chrome.copyright                  the whole line, or the start of a line of a few
                                                  more words ("Riproduzione riservata © ANSA";
                                                  "© 2024 X" lines are a generic rule's)
live            chrome.live-badge                 the whole line ("EN DIRECT", "Liveticker")
published       chrome.published-stamp            the phrase, then a tail with a digit
updated         chrome.updated-stamp              the phrase, then a tail with a digit
new_window      link-marker.new-window            a span inside a line, "(opens in a new window)"
credit          (asked: ``RuleSet.credit``)       a prefix: "Foto: dpa", "Photo : AFP"
caption         (asked: ``RuleSet.caption``)      a prefix: "Bildunterschrift: ..."
labels          (asked: ``RuleSet.is_label``)     the whole line: a post label ("Eilmeldung")
edited_by       (asked: ``RuleSet.edited_by``)    a lead-in before the editors' names
                                                  ("Edited by", "Redaktion:"); a phrase written
                                                  with its colon needs it
photo_labels    (read by ``text_media``)          a picture-credit label after a caption:
                                                  "Foto: Name / AFP", "Fot. Name" (one word;
                                                  never "source", which also credits a quote)
byline          (read by ``text_post``)           a byline's lead word before names at a
                                                  post's end: "Von Name, Ort", "Autor: Name"
==============  ================================  =============================================

Whole-line matching ignores case, surrounding bullets and arrows and a trailing colon or
ellipsis. It never fires on a word inside a sentence: a phrase must be the line, or lead it
followed by a separator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

# kind -> (rule name, how it matches)
WHOLE, LEAD, PREFIX, CONTAINS, STAMP, SPAN, ASK, TAIL, NOTICE, LINKS = (
    "whole", "lead", "prefix", "contains", "stamp", "span", "ask", "tail", "notice", "links")
KINDS: dict[str, tuple[str, str]] = {
    "share": ("chrome.share", WHOLE),
    "more": ("chrome.more-links", WHOLE),
    "lead_ins": ("chrome.more-links", LEAD),
    "related": ("chrome.related-heading", WHOLE),
    "navigation": ("chrome.navigation", WHOLE),
    "newsletter": ("chrome.newsletter", PREFIX),
    "consent": ("chrome.cookies", CONTAINS),
    "embed": ("chrome.embed-placeholder", PREFIX),
    "advert": ("chrome.advert", WHOLE),
    "report": ("chrome.report-error", PREFIX),
    "rights": ("chrome.copyright", NOTICE),
    "click": ("chrome.more-links", TAIL),
    "legal": ("chrome.legal-links", LINKS),
    "live": ("chrome.live-badge", WHOLE),
    "published": ("chrome.published-stamp", STAMP),
    "updated": ("chrome.updated-stamp", STAMP),
    "new_window": ("link-marker.new-window", SPAN),
    "credit": ("media.credit", ASK),
    "caption": ("media.caption", ASK),
    "labels": ("post.label", ASK),
    "edited_by": ("meta.edited-by", ASK),
    "photo_labels": ("media.credit-prefix", ASK),
    "byline": ("post.byline-lead", ASK),
}
DESCRIPTIONS = {
    "share": "share, print and copy-link controls",
    "more": "read-more, load-more and show-all links",
    "lead_ins": "lead-ins to a teaser ('Read also:', 'Lees ook')",
    "related": "headings of related-story and most-read lists",
    "navigation": "navigation, skip and sign-in links",
    "newsletter": "newsletter and subscription prompts",
    "consent": "cookie and consent notices",
    "embed": "placeholders of blocked external content",
    "advert": "advertisement markers",
    "report": "report-an-error prompts",
    "rights": "copyright notices ('All rights reserved')",
    "click": "calls to click a link ('Watch live: Click here')",
    "legal": "rows of legal links in a page footer ('Impressum Datenschutz')",
    "live": "live badges",
    "published": "'Published: ...' stamps",
    "updated": "'Updated: ...' stamps",
    "new_window": "'opens in a new window' link markers",
}
LEAD_SEPARATORS = (":", "|", "»", "›", "→", "–", "—", " - ", "...", "…", ">")
# a several-word lead-in may name where the teaser is from before its colon ("Read more from Sky
# News:", "Lees ook op NOS:"): at most this many words, and the teaser must be a title
BRIDGE_MAX_WORDS = 4
TEASER_MAX_WORDS = 16
# "Watch Sky News live: Click here": what comes before a call to click, and how it is set off
TAIL_SEPARATORS = (":", "|", "»", "›", "→", ">", "–", "—", " -")
TAIL_MAX_WORDS = 8
TAIL_MAX = 120
NOTICE_TAIL_WORDS = 10
LEGAL_MAX = 160  # a row of legal links
_LINK_SEPARATORS = frozenset(("|", "·", "•", "-", "–", "/"))  # what may follow a copyright notice's phrase: "© 2024 Sky UK"
# Lines longer than these are prose, whatever they start with.
PREFIX_MAX = 200
LEAD_MAX = 260
STAMP_TAIL_MAX = 80
CREDIT_TAIL_MAX = 160
_DECOR = " \t+*•·›»>▶►▸→↗|-–—:.…!"


_NOT_PHRASES = ("language", "stopwords", "stamp_words")  # fields that are no line phrases


@dataclass(frozen=True)
class PhrasePack:
    """One language's interface strings, lower case, several wordings per idea."""

    language: str                      # ISO 639-1
    stopwords: tuple[str, ...]         # frequent, distinctive function words (language guess)
    share: tuple[str, ...]
    more: tuple[str, ...]
    lead_ins: tuple[str, ...]
    related: tuple[str, ...]
    navigation: tuple[str, ...]
    newsletter: tuple[str, ...]
    consent: tuple[str, ...]
    embed: tuple[str, ...]
    advert: tuple[str, ...]
    report: tuple[str, ...]
    live: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    new_window: tuple[str, ...]
    credit: tuple[str, ...]
    caption: tuple[str, ...]
    labels: tuple[str, ...]
    edited_by: tuple[str, ...]         # editors' lead-in words, before their names
    photo_labels: tuple[str, ...] = ()  # picture-credit labels ("foto", "bild", "fot.")
    byline: tuple[str, ...] = ()        # byline lead words ("von", "par", "autor:")
    rights: tuple[str, ...] = ()        # copyright notices ("all rights reserved", "riproduzione riservata")
    click: tuple[str, ...] = ()         # calls to click a link ("click here", "klik hier")
    legal: tuple[str, ...] = ()         # legal links of a page footer ("impressum", "privacy policy")
    # words printed around a time stamp that belong to it ("updated", "at", "um", "klo"), dropped
    # before the words left over are read as an author or label (read by ``times``; no line phrase)
    stamp_words: tuple[str, ...] = ()

    def entries(self, high_precision_only: bool = False) -> tuple["Phrase", ...]:
        out = []
        for f in fields(self):
            if f.name in _NOT_PHRASES:
                continue
            for text in getattr(self, f.name):
                key = norm(text)
                if f.name in ("published", "updated", "edited_by") and text.endswith(":"):
                    key += ":"  # only with its colon: "Stand: 12.03.2024", never "Stand 2023 lebten ..."
                p = Phrase(f.name, key, self.language)
                if not high_precision_only or p.high_precision:
                    out.append(p)
        return tuple(out)


@dataclass(frozen=True)
class Phrase:
    kind: str
    text: str        # normalized (see `norm`)
    language: str

    @property
    def rule(self) -> str:
        return KINDS[self.kind][0]

    @property
    def mode(self) -> str:
        return KINDS[self.kind][1]

    @property
    def high_precision(self) -> bool:
        """Safe on a page of any language: several words or one long, unusual one. (Short
        single words -- "Delen", "Mehr", "Video" -- only apply on pages in their language.)"""
        if self.kind == "labels" or (self.mode == CONTAINS and "cookie" in self.text):
            return True
        return " " in self.text or len(self.text) >= 9


def lower(text: str) -> str:
    """``text.lower()`` of the same length: a Turkish capital "İ" becomes "i" ("İLGİLİ HABER" ->
    "ilgili haber"), where ``lower`` gives "i" and a combining dot, which no phrase holds and which
    shifts every offset after it. (No other character lower-cases to two.)"""
    return text.replace("İ", "I").lower() if "İ" in text else text.lower()


def norm(text: str) -> str:
    """Lower case, typographic apostrophes straightened, decoration around the text dropped.
    (``lower``, not ``casefold``: lines are looked up lower-cased, and case folding would turn
    a Greek final "ς" into "σ", "ß" into "ss".)"""
    return " ".join(text.lower().replace("’", "'").strip(_DECOR).split())


def pack_fields() -> tuple[str, ...]:
    return tuple(f.name for f in fields(PhrasePack) if f.name not in _NOT_PHRASES)


# -- matching ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PhraseRule:
    """What `RuleSet.line_rule_for` returns for a phrase match: a name and a description, like
    a `LineRule` (front doors only read ``name``)."""

    name: str
    description: str
    phrase: str = ""
    language: str = ""


_WHOLE_MAX = 90  # a whole-line phrase with its decoration is never longer


class PhraseIndex:
    """Phrases arranged for lookups that cost a dict probe per line, however many there are."""

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.whole: dict[str, PhraseRule] = {}
        self.starts: dict[str, list[tuple[str, str, PhraseRule]]] = {}
        self.contains: list[tuple[str, PhraseRule]] = []
        self.ends: dict[str, list[tuple[str, PhraseRule]]] = {}  # TAIL phrases by their last word
        self.legal: set[str] = set()          # LINKS phrases ("impressum", "privacy policy")
        self.legal_first: set[str] = set()    # ... their first words
        self.legal_rule: PhraseRule | None = None
        self.asked: dict[str, dict[str, list[str]]] = {"credit": {}, "caption": {}, "edited_by": {},
                                                        "photo_labels": {}, "byline": {}}
        self.labels: set[str] = set()
        for p in phrases:
            if not p.text or p.mode == SPAN:
                continue
            rule = PhraseRule(p.rule, DESCRIPTIONS.get(p.kind, p.kind), p.text, p.language)
            if p.kind == "labels":
                self.labels.add(p.text)
            elif p.mode == ASK:
                self.asked[p.kind].setdefault(_first_word(p.text), []).append(p.text)
            elif p.mode == LINKS:
                self.legal.add(p.text)
                self.legal_first.add(_first_word(p.text))
                self.legal_rule = rule
                if " " in p.text or len(p.text) >= 9:  # alone on a line: "Impressum", never "Contact"
                    self.whole.setdefault(p.text, rule)
            elif p.mode == TAIL:
                self.whole.setdefault(p.text, rule)
                self.ends.setdefault(p.text.rsplit(" ", 1)[-1], []).append((p.text, rule))
            elif p.mode == CONTAINS:
                self.whole.setdefault(p.text, rule)  # a consent button: "Alle akzeptieren"
                if "cookie" in p.text:  # a sentence naming cookies, wherever it stands
                    self.contains.append((p.text, rule))
            else:
                if p.mode != STAMP:
                    self.whole.setdefault(p.text, rule)
                if p.mode != WHOLE:
                    self.starts.setdefault(_first_word(p.text), []).append((p.text, p.mode, rule))
        self.end_words = tuple(self.ends)
        for starts in self.starts.values():
            starts.sort(key=lambda c: -len(c[0]))  # longest phrase first
        for asked in self.asked.values():
            for prefixes in asked.values():
                prefixes.sort(key=len, reverse=True)

    def rule_for(self, text: str, lowered: str | None = None) -> PhraseRule | None:
        """The phrase rule the whole of ``text`` matches. Most lines are prose: they cost a
        slice, a short lower-casing and a dict probe. (``lowered``: `lower` of ``text``, when the
        caller has it.)"""
        n = len(text)
        if n > 400:
            return None
        low = None
        if n <= _WHOLE_MAX:
            low = _fold(text) if lowered is None else (lowered.replace("’", "'") if "’" in lowered else lowered)
            rule = self.whole.get(low.strip(_DECOR))
            if rule is not None:
                return rule
        if n <= LEAD_MAX:
            first = _first_word((low[:40] if low is not None and len(low) == n else _fold(text[:40])).lstrip(_DECOR))
            if n <= LEGAL_MAX and first in self.legal_first:
                rule = self._legal_run(low if low is not None and len(low) == n else _fold(text))
                if rule is not None:
                    return rule
            cands = self.starts.get(first)
            if cands:
                body = (low or _fold(text)).lstrip(_DECOR)
                for phrase, mode, rule in cands:
                    rest = _after(body, phrase)
                    if rest is None:
                        continue
                    if mode == LEAD and _lead_tail(rest, _cased(text, rest, " " in phrase)) is not None:
                        return rule
                    if mode == PREFIX and n <= PREFIX_MAX:
                        return rule
                    if mode == NOTICE and rest.count(" ") <= NOTICE_TAIL_WORDS:
                        return rule
                    if mode == STAMP and _stamp_tail(rest, phrase.endswith(":")) is not None:
                        return rule
        if n <= TAIL_MAX and self.ends:
            body = low if low is not None and len(low) == n else _fold(text)
            if body[-1:] in _DECOR:
                body = body.rstrip(_DECOR)
            # (most lines end in none of the TAIL phrases' last words: one C-level test)
            tails = self.ends.get(body[body.rfind(" ") + 1:]) if body.endswith(self.end_words) else None
            if tails:
                rule = self._tail(body, tails)
                if rule is not None:
                    return rule
        if self.contains and ("ookie" in text or "OOKIE" in text):
            low = low or _fold(text)
            for phrase, rule in self.contains:
                if phrase in low:
                    return rule
        return None

    def _legal_run(self, low: str) -> PhraseRule | None:
        """A row of legal links ("Impressum Datenschutz", "Terms of Use Privacy Policy Ad
        Choices"), maybe closed by a copyright ("Aviso legal © Diario AS, S.L."): two phrases or
        more, or one and the copyright; every word of the row belongs to a phrase."""
        head, mark, owner = low.partition("©")
        if mark and (len(owner) > 60 or not owner.strip()):
            return None
        words = [w for w in head.split() if w not in _LINK_SEPARATORS]
        found, i = 0, 0
        while i < len(words):
            for j in range(min(len(words), i + 5), i, -1):
                if " ".join(words[i:j]) in self.legal:
                    found, i = found + 1, j
                    break
            else:
                return None
        return self.legal_rule if found >= 2 or (found and mark) else None

    @staticmethod
    def _tail(body: str, cands: list[tuple[str, PhraseRule]]) -> PhraseRule | None:
        """A short line (``body``: folded, its decoration stripped) that ends with one of the TAIL
        phrases ``cands``, set off by a separator ("... live: click here")."""
        for phrase, rule in cands:
            if not body.endswith(phrase):
                continue
            head = body[: len(body) - len(phrase)].rstrip()
            sep = next((s for s in TAIL_SEPARATORS if head.endswith(s)), None)
            if sep is None:
                continue
            words = head[: len(head) - len(sep)].split()
            if 1 <= len(words) <= TAIL_MAX_WORDS and not any(w[-1] in ".!?" for w in words):
                return rule
        return None

    def lead_in(self, text: str) -> tuple[str, str] | None:
        """``(lead-in as printed, teaser)`` when ``text`` is a lead-in, alone or before a teaser."""
        if len(text) > LEAD_MAX:
            return None
        low = lower(text).replace("’", "'")
        body = low.lstrip(_DECOR)
        skip = len(low) - len(body)
        for phrase, mode, _ in self.starts.get(_first_word(body), ()):
            if mode != LEAD:
                continue
            rest = _after(body, phrase)
            teaser = None if rest is None else _lead_tail(rest, _cased(text, rest, " " in phrase))
            if teaser is not None:
                cut = len(text) - len(teaser)
                return text[skip:cut].strip(), text[cut:].strip() if len(low) == len(text) else teaser
        return None

    def glued_lead_in(self, text: str) -> tuple[str, str] | None:
        """See `RuleSet.glued_lead_in`."""
        if len(text) > 160:
            return None
        low = lower(text).replace("’", "'")
        if len(low) != len(text):
            return None
        for phrase, mode, _ in self.starts.get(_first_word(low), ()):
            if mode != LEAD or " " not in phrase:
                continue
            rest = _after(low, phrase)
            if not rest or rest[0] != " ":
                continue
            teaser = text[len(phrase):].strip()
            n = len(teaser.split())
            if teaser[:1].isupper() and 2 <= n <= 16 and teaser[-1] not in ".!;:,":
                return text[: len(phrase)], teaser
        return None

    def stamp(self, text: str) -> tuple[str, str] | None:
        """``("published" or "updated", the stamp's date text)``."""
        low = lower(text)
        body = low.lstrip(_DECOR)
        for phrase, mode, rule in self.starts.get(_first_word(body), ()):
            if mode == STAMP:
                rest = _after(body, phrase)
                tail = None if rest is None else _stamp_tail(rest, phrase.endswith(":"))
                if tail is not None:
                    kind = "published" if rule.name == "chrome.published-stamp" else "updated"
                    return kind, text[len(text) - len(tail):] if len(low) == len(text) else tail
        return None

    def prefix(self, kind: str, text: str) -> tuple[str, str] | None:
        """``(prefix as printed, the rest)`` for a credit or caption prefix ("Foto: dpa")."""
        if kind == "credit" and text.startswith("©"):
            value = text[1:].strip()
            return ("©", value) if value and len(value) <= CREDIT_TAIL_MAX else None
        low = lower(text)
        if len(low) != len(text):
            return None
        for phrase in self.asked[kind].get(_first_word(low), ()):
            rest = _after(low, phrase)
            if rest is None:
                continue
            stripped = rest.lstrip()
            seps = (":", "...", "…", "|", "©", ".") if kind == "credit" else (":", "|")
            sep = next((s for s in seps if stripped.startswith(s)), "")
            if not sep:
                continue
            cut = len(text) - len(stripped) + len(sep)
            value = text[cut:].strip()
            if value and (kind != "credit" or len(value) <= CREDIT_TAIL_MAX):
                return text[:cut].strip(), value
        return None


    def lead_words(self, kind: str, text: str) -> tuple[str, str] | None:
        """``(phrase as printed, what follows)`` when ``text`` opens with a phrase of ``kind``
        and goes on past it: "Edited by Jack Burgess" -> ("Edited by", "Jack Burgess"),
        "Redaktion: Anna Weber" -> ("Redaktion:", "Anna Weber"). A phrase must end on a word
        boundary; one written with its colon needs the colon ("Redaktion" alone is a word)."""
        if len(text) > PREFIX_MAX:
            return None
        low = lower(text)
        if len(low) != len(text):
            return None
        for phrase in self.asked[kind].get(_first_word(low), ()):
            rest = _after(low, phrase)
            if not rest or rest[0] not in " :":
                continue
            value = rest.lstrip(" :") if not phrase.endswith(":") else rest.lstrip(" ")
            if value and not value.startswith(":"):
                cut = len(text) - len(value)
                return text[:cut].strip(), text[cut:].strip()
        return None


_FIRST_WORD = re.compile(r"[^\s:.…|»›,!?()]*")


def _fold(text: str) -> str:
    low = lower(text)
    return low.replace("’", "'") if "’" in low else low


def _first_word(text: str) -> str:
    """The text up to its first space or punctuation: the key phrases are filed under."""
    word = text.split(" ", 1)[0]
    if word.isalnum():  # (letters and digits only: no punctuation to stop at, as most lines start)
        return word
    return _FIRST_WORD.match(text).group(0)  # type: ignore[union-attr]  # (matches, maybe empty)


def _after(body: str, phrase: str) -> str | None:
    """What follows ``phrase`` at the start of ``body``, if it ends there on a word boundary."""
    if not body.startswith(phrase):
        return None
    rest = body[len(phrase):]
    if rest and phrase[-1:].isalnum() and (rest[0].isalnum() or rest[0] in "-'"):
        return None
    return rest


def _cased(text: str, rest: str, several_words: bool) -> str | None:
    """``rest`` (a lower-cased tail of ``text``) as printed, for a lead-in of several words; None
    otherwise, or when lower-casing changed the length."""
    if not several_words or not rest or len(lower(text)) != len(text):
        return None
    return text[len(text) - len(rest):]


def _lead_tail(rest: str, cased: str | None = None) -> str | None:
    """The teaser after a lead-in ('' when the lead-in is alone), or None when the phrase runs on
    into a sentence ("Lees ook de reactie ..."). ``bridged``: a lead-in of several words may be
    followed by a few words naming the source, then a colon and a title ("Read more from Sky
    News: What happens next", "Lees ook op NOS.nl: ..."): ``cased``, ``rest`` as printed, must
    then open with a lower-case word followed by names (capitalised, or a web address). Never
    a sentence ("Read more about it: the tax rises hit ..."), nor a topic ("Meer over de
    aanslag: ...", "Zum Thema Migration: ...", which may be a headline)."""
    s = rest.strip()
    if not s or s in (":", "...", "…", "»", "›", "→", ">"):
        return ""
    for sep in LEAD_SEPARATORS:
        if rest.startswith(sep) or s.startswith(sep.strip()):
            return s[len(sep.strip()):].strip()
    if cased is not None and cased[:1] == " ":
        bridge, colon, teaser = cased.strip().partition(":")
        words = bridge.split()
        teaser = teaser.strip()
        if colon and 2 <= len(words) <= BRIDGE_MAX_WORDS and words[0].islower() \
                and all(w[:1].isupper() or "." in w.strip(".") for w in words[1:]) \
                and not any(w[-1] in "!?,;" for w in words) \
                and (not teaser or (len(teaser.split()) <= TEASER_MAX_WORDS and teaser[-1] not in ".!;:,")):
            return teaser
    return None


def _stamp_tail(rest: str, phrase_colon: bool = False) -> str | None:
    """The date text after a stamp label: short and holding a digit."""
    if not rest or (rest[0] not in " :" and not phrase_colon):
        return None
    tail = rest.lstrip(" :")
    if tail and len(tail) <= STAMP_TAIL_MAX and any(ch.isdigit() for ch in tail) and tail.count(" ") < 10:
        return tail
    return None
