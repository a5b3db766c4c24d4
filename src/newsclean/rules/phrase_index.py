"""The phrase matcher: a pack's phrases arranged so that a line costs a dict probe or two.

`PhraseIndex` files each `Phrase` by how its kind matches (`newsclean.rules.phrases.KINDS`):
whole lines in one dict, phrases that lead a line under their first word, calls to click under
their last word, legal links as a set of rows, and the asked kinds (credit, caption, editors,
photo labels, byline leads) for `RuleSet` to look up. `PhraseRule` is what a match returns.
"""
from __future__ import annotations

from dataclasses import dataclass

from .phrase_tails import cased_rest, lead_tail, stamp_tail
from .phrase_text import DECOR, after_phrase, first_word, fold, lower
from .phrases import (
    ASK,
    CONTAINS,
    DESCRIPTIONS,
    LEAD,
    LINKS,
    NOTICE,
    PREFIX,
    SPAN,
    STAMP,
    TAIL,
    WHOLE,
    Phrase,
)

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
CREDIT_TAIL_MAX = 160


@dataclass(frozen=True)
class PhraseRule:
    """What `RuleSet.line_rule_for` returns for a phrase match: a name and a description, like
    a `LineRule` (front doors only read ``name``)."""

    name: str
    description: str
    phrase: str = ""
    language: str = ""


_WHOLE_MAX = 90  # a whole-line phrase with its decoration is never longer

# Each phrase's rule, mode and first word, made once per process: every page language's index
# files the high-precision phrases of all the packs again (`newsclean.rules.packs.language_rules`).
_FILED: dict[Phrase, tuple[PhraseRule, str, str]] = {}


def _file(p: Phrase) -> tuple[PhraseRule, str, str]:
    filed = _FILED[p] = (PhraseRule(p.rule, DESCRIPTIONS.get(p.kind, p.kind), p.text, p.language), p.mode, first_word(p.text))
    return filed


class PhraseIndex:
    """Phrases arranged for lookups that cost a dict probe per line, however many there are."""

    def __init__(self, phrases: tuple[Phrase, ...]) -> None:
        self.whole: dict[str, PhraseRule] = {}
        self.starts: dict[str, list[tuple[str, str, PhraseRule]]] = {}
        self.contains: list[tuple[str, PhraseRule]] = []
        self.cookie_marks: tuple[str, ...] = ()  # cookie words other than "cookie", less their first letter
        self.ends: dict[str, list[tuple[str, PhraseRule]]] = {}  # TAIL phrases by their last word
        self.legal: set[str] = set()          # LINKS phrases ("impressum", "privacy policy")
        self.legal_first: set[str] = set()    # ... their first words
        self.legal_rule: PhraseRule | None = None
        self.asked: dict[str, dict[str, list[str]]] = {"credit": {}, "caption": {}, "edited_by": {},
                                                        "photo_labels": {}, "byline": {}}
        self.labels: set[str] = set()
        for p in phrases:
            if not p.text:
                continue
            rule, mode, first = _FILED.get(p) or _file(p)
            if mode == SPAN:
                continue
            if p.kind == "labels":
                self.labels.add(p.text)
            elif mode == ASK:
                self.asked[p.kind].setdefault(first, []).append(p.text)
            elif mode == LINKS:
                self.legal.add(p.text)
                self.legal_first.add(first)
                self.legal_rule = rule
                if " " in p.text or len(p.text) >= 9:  # alone on a line: "Impressum", never "Contact"
                    self.whole.setdefault(p.text, rule)
            elif mode == TAIL:
                self.whole.setdefault(p.text, rule)
                self.ends.setdefault(p.text.rsplit(" ", 1)[-1], []).append((p.text, rule))
            elif mode == CONTAINS:
                self.whole.setdefault(p.text, rule)  # a consent button: "Alle akzeptieren"
                if p.cookie:  # a sentence naming cookies, wherever it stands
                    self.contains.append((p.text, rule))
                    if p.cookie != "cookie" and p.cookie[1:] not in self.cookie_marks:
                        self.cookie_marks += (p.cookie[1:],)  # (any case of its first letter)
            else:
                if mode != STAMP:
                    self.whole.setdefault(p.text, rule)
                if mode != WHOLE:
                    self.starts.setdefault(first, []).append((p.text, mode, rule))
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
            low = fold(text) if lowered is None else (lowered.replace("’", "'") if "’" in lowered else lowered)
            rule = self.whole.get(low.strip(DECOR))
            if rule is not None:
                return rule
        if n <= LEAD_MAX:
            first = first_word((low[:40] if low is not None and len(low) == n else fold(text[:40])).lstrip(DECOR))
            if n <= LEGAL_MAX and first in self.legal_first:
                rule = self._legal_run(low if low is not None and len(low) == n else fold(text))
                if rule is not None:
                    return rule
            cands = self.starts.get(first)
            if cands:
                body = (low or fold(text)).lstrip(DECOR)
                for phrase, mode, rule in cands:
                    rest = after_phrase(body, phrase)
                    if rest is None:
                        continue
                    if mode == LEAD and lead_tail(rest, cased_rest(text, rest, " " in phrase)) is not None:
                        return rule
                    if mode == PREFIX and n <= PREFIX_MAX:
                        return rule
                    if mode == NOTICE and rest.count(" ") <= NOTICE_TAIL_WORDS:
                        return rule
                    if mode == STAMP and stamp_tail(rest, phrase.endswith(":")) is not None:
                        return rule
        if n <= TAIL_MAX and self.ends:
            body = low if low is not None and len(low) == n else fold(text)
            if body[-1:] in DECOR:
                body = body.rstrip(DECOR)
            # (most lines end in none of the TAIL phrases' last words: one C-level test)
            tails = self.ends.get(body[body.rfind(" ") + 1:]) if body.endswith(self.end_words) else None
            if tails:
                rule = self._tail(body, tails)
                if rule is not None:
                    return rule
        # (map over a bound method: no generator frame per line, and most lines hold no mark)
        if self.contains and ("ookie" in text or "OOKIE" in text or any(map(text.__contains__, self.cookie_marks))):
            low = low or fold(text)
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
        body = low.lstrip(DECOR)
        skip = len(low) - len(body)
        for phrase, mode, _ in self.starts.get(first_word(body), ()):
            if mode != LEAD:
                continue
            rest = after_phrase(body, phrase)
            teaser = None if rest is None else lead_tail(rest, cased_rest(text, rest, " " in phrase))
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
        for phrase, mode, _ in self.starts.get(first_word(low), ()):
            if mode != LEAD or " " not in phrase:
                continue
            rest = after_phrase(low, phrase)
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
        body = low.lstrip(DECOR)
        for phrase, mode, rule in self.starts.get(first_word(body), ()):
            if mode == STAMP:
                rest = after_phrase(body, phrase)
                tail = None if rest is None else stamp_tail(rest, phrase.endswith(":"))
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
        for phrase in self.asked[kind].get(first_word(low), ()):
            rest = after_phrase(low, phrase)
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
        for phrase in self.asked[kind].get(first_word(low), ()):
            rest = after_phrase(low, phrase)
            if not rest or rest[0] not in " :":
                continue
            value = rest.lstrip(" :") if not phrase.endswith(":") else rest.lstrip(" ")
            if value and not value.startswith(":"):
                cut = len(text) - len(value)
                return text[:cut].strip(), text[cut:].strip()
        return None
