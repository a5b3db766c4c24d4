"""Cleaning rules: named, described, and data wherever they can be.

Three shapes of rule cover what scraped pages need:

* ``LineRule``: a whole line (or HTML block) that is boilerplate, matched in full;
* ``SpanRule``: a span inside a line that is boilerplate (", external" link markers);
* ``PairRule``: two consecutive lines that together are boilerplate (a scraper's
  "NAME - Figure 12" followed by "Photo SOURCE").

Interface phrases of each language ("Delen", "Lire aussi :") are data in phrase packs
(``rules/<lang>.py``, see `newsclean.rules.phrases`), matched by dictionary lookups rather than
patterns; `newsclean.rules.packs.language_rules` picks them for a page's language.

Every match becomes a `newsclean.model.Removal` carrying the rule's name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from .phrase_index import PhraseIndex, PhraseRule  # noqa: F401  (re-exported)
from .phrase_text import lower, norm  # noqa: F401  (re-exported)
from .phrases import LEAD, Phrase, PhrasePack  # noqa: F401  (re-exported)

# "Published: <date>" lines: chrome in an article body, but where a live page repeats them they
# carry the posts' times, so the text front door reads them as stamps instead of removing them.
PUBLISHED_STAMP_RULE = "chrome.published-stamp"

REGEX_TIMEOUT = 0.5  # seconds; every pattern here is bounded, this is a second line of defence
# A line rule without keywords matches at most this many characters: its pattern is bounded
# (no "*" or "+"), so longer lines -- most body paragraphs -- skip the combined match.
PLAIN_MAX_LEN = 260


@dataclass(frozen=True)
class LineRule:
    """A whole line that is boilerplate. ``keywords`` (lower case), when given, is a cheap
    pre-check: the pattern is only tried on lines holding one of them."""

    name: str
    description: str
    pattern: str
    keywords: tuple[str, ...] = ()

    @property
    def _re(self) -> regex.Pattern[str]:
        """The pattern, compiled on first use: most line rules are only ever matched through
        `RuleSet`'s combined pattern."""
        rx = self.__dict__.get("_rx")
        if rx is None:
            rx = regex.compile(self.pattern, regex.I | regex.V1)
            object.__setattr__(self, "_rx", rx)
        return rx

    def matches(self, text: str) -> bool:
        if len(text) > 400:
            return False
        return bool(self._re.fullmatch(text, timeout=REGEX_TIMEOUT))


@dataclass(frozen=True)
class SpanRule:
    name: str
    description: str
    pattern: str
    keyword: str = ""  # a literal every match holds: a cheap pre-check

    @property
    def _re(self) -> regex.Pattern[str]:
        """The pattern, compiled on first use (most lines hold no span rule's keyword)."""
        rx = self.__dict__.get("_rx")
        if rx is None:
            rx = regex.compile(self.pattern, regex.V1)
            object.__setattr__(self, "_rx", rx)
        return rx

    def apply(self, text: str) -> tuple[str, list[str]]:
        """The text without the spans, and the spans taken out."""
        if self.keyword and self.keyword not in text:
            return text, []
        rx = self._re
        found = [m.group(0) for m in rx.finditer(text, timeout=REGEX_TIMEOUT)]
        if not found:
            return text, []
        return " ".join(rx.sub(" ", text).split()).replace(" ,", ",").replace(" .", "."), found


@dataclass(frozen=True)
class PairRule:
    name: str
    description: str
    first: str
    second: str
    keyword: str = ""  # a literal the first line must hold: a cheap pre-check

    def __post_init__(self) -> None:
        object.__setattr__(self, "_a", regex.compile(self.first, regex.I | regex.V1))
        object.__setattr__(self, "_b", regex.compile(self.second, regex.I | regex.V1))

    def matches(self, a: str, b: str) -> bool:
        if len(a) > 300 or len(b) > 300 or (self.keyword and self.keyword not in a):
            return False
        return bool(self._a.fullmatch(a, timeout=REGEX_TIMEOUT)  # type: ignore[attr-defined]
                    and self._b.fullmatch(b, timeout=REGEX_TIMEOUT))  # type: ignore[attr-defined]


Rule = LineRule | SpanRule | PairRule

# Characters that match an ASCII letter when case is ignored although ``lower()`` does not turn
# them into it (dotless i, long s; a capital dotted I lower-cases to two characters): a line
# holding one is matched ignoring case, not lower-cased.
_CASE_ODD = ("\u0131", "\u017f")
_ESCAPE = re.compile(r"\\.")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")


def _lower_ascii(pattern: str) -> bool:
    """Whether ``pattern`` matches a line ignoring case exactly when it matches the lower-cased
    line case-sensitively: no upper-case letter outside escapes (``\\S``, ``\\W`` do not depend on
    case), no letter outside ASCII (symbols such as "•" have no case), no inline flags."""
    bare = _ESCAPE.sub("", pattern)
    return all((ch.isascii() and not ch.isupper()) or ch.lower() == ch.upper() == ch for ch in bare) \
        and not _INLINE_FLAGS.search(pattern)


def _contains_any(keys: tuple[str, ...]):
    """A test of whether a string holds one of ``keys``: ``k1 in s or k2 in s ...`` written out
    (twice as fast as ``any(map(s.__contains__, keys))`` for the few keywords of the rules)."""
    if not keys:
        return lambda s: False
    return eval("lambda s: " + " or ".join(f"{k!r} in s" for k in keys))  # (string literals only)


@dataclass(frozen=True)
class RuleSet:
    """Rules, and the questions a front door asks of them:

    * ``line_rule_for(text)``: is this whole line (or element's text) boilerplate? -> the rule;
    * ``strip_spans(text)``: the line without boilerplate spans (", external", "(opens in a new window)");
    * ``lead_in(text)``: is it a lead-in to a teaser ("Lees ook:", "À lire aussi : Titre")?
    * ``credit(text)`` / ``caption(text)``: a photo-credit or caption prefix to strip ("Foto: dpa");
    * ``stamp(text)``: a "Published:"/"Updated:" label before a date;
    * ``is_label(text)``: a post label word ("Eilmeldung", "Key event");
    * ``edited_by(text)``: an editors' lead-in ("Edited by", "Redaktion:") and what follows it.
    """

    lines: tuple[LineRule, ...] = ()
    spans: tuple[SpanRule, ...] = ()
    pairs: tuple[PairRule, ...] = ()
    phrases: tuple[Phrase, ...] = ()

    def __getstate__(self) -> dict:
        """The rules without what is built from them on first use (matchers, indexes): what a
        pickle holds."""
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __add__(self, other: "RuleSet") -> "RuleSet":
        return RuleSet(self.lines + other.lines, self.spans + other.spans, self.pairs + other.pairs,
                       self.phrases + other.phrases)

    @property
    def _index(self) -> PhraseIndex:
        index = self.__dict__.get("_phrase_index")
        if index is None:
            index = PhraseIndex(self.phrases)
            object.__setattr__(self, "_phrase_index", index)
        return index

    def lead_in(self, text: str) -> tuple[str, str] | None:
        """``(lead-in as printed, teaser text or "")`` when ``text`` is a lead-in to a teaser:
        "Lees ook" alone, or "Lire aussi : Le titre". None for prose that merely starts so."""
        return self._index.lead_in(text) if self.phrases else None

    def glued_lead_in(self, text: str) -> tuple[str, str] | None:
        """``(lead-in as printed, teaser)`` for a lead-in of two words or more printed straight
        before a capitalised teaser title, with no separator: "Lees ook Wat houdt ... in?".
        None when the rest reads as a sentence ("Lees ook de reactie ...")."""
        if not self.phrases:
            return None
        firsts = self.__dict__.get("_glued_firsts")
        if firsts is None:
            firsts = frozenset(p.text.split(" ", 1)[0] for p in self.phrases if p.mode == LEAD and " " in p.text)
            object.__setattr__(self, "_glued_firsts", firsts)
        # (the line opens with the lead-in, so with its first word: most lines fail here)
        if lower(text).replace("’", "'").split(" ", 1)[0] not in firsts:
            return None
        return self._index.glued_lead_in(text)

    def credit(self, text: str) -> tuple[str, str] | None:
        """``(prefix, credit)`` for a photo credit: "Foto: dpa" -> ("Foto:", "dpa"), "© AFP"."""
        return self._index.prefix("credit", text)

    def caption(self, text: str) -> tuple[str, str] | None:
        """``(prefix, caption)`` for a caption prefix: "Bildunterschrift: Ein Mann ..."."""
        return self._index.prefix("caption", text) if self.phrases else None

    def stamp(self, text: str) -> tuple[str, str] | None:
        """``("published" or "updated", date text)`` for "Gepubliceerd: vr 03 jul. 23u32"."""
        return self._index.stamp(text) if self.phrases else None

    def edited_by(self, text: str) -> tuple[str, str] | None:
        """``(lead-in as printed, the rest)`` for a line that opens with an editors' lead-in of
        these rules' languages ("Edited by ...", "Bearbeitet von ...", "Redactie: ..."). The
        rest is not checked: callers decide whether it is a list of names."""
        return self._index.lead_words("edited_by", text) if self.phrases else None

    def is_label(self, text: str) -> bool:
        """A post label of these rules' languages, the whole text ("Eilmeldung", "Analyse:")."""
        return len(text) <= 60 and norm(text) in self._index.labels

    def strip_spans(self, text: str) -> tuple[str, list[tuple[str, str]]]:
        """``text`` without the spans the span rules match, and ``(rule name, span)`` for each."""
        taken: list[tuple[str, str]] = []
        if not self.spans:
            return text, taken
        keys = self.span_keywords()
        if keys is not None and not any(map(text.__contains__, keys)):
            return text, taken
        for rule in self.spans:
            text, found = rule.apply(text)
            taken.extend((rule.name, f) for f in found)
        return text, taken

    def span_keywords(self) -> tuple[str, ...] | None:
        """The keywords of the span rules, one of which a line must hold for any of them to
        apply; None when a span rule has no keyword (every line must be tried)."""
        keys = self.__dict__.get("_span_keys", False)
        if keys is False:
            keys = tuple(r.keyword for r in self.spans) if all(r.keyword for r in self.spans) else None
            object.__setattr__(self, "_span_keys", keys)
        return keys

    def line_rule_for(self, text: str) -> LineRule | None:
        """The first line rule that matches the whole of ``text``, if any.

        Plain rules are tried through one combined pattern, so a line costs one match however
        many rules there are (Python's ``re``: the patterns are bounded, and ``re`` is faster
        here); rules with keywords only on lines that hold one of their keywords."""
        if len(text) > 400 or not (self.lines or self.phrases):
            return None
        matchers = self.__dict__.get("_matchers")
        if matchers is None:
            matchers = self._build_matchers()
        _, _, keyword_rules, _, combined_match, lowered_match, has_keyword, phrase_rule_for = matchers
        low = lower(text)
        if len(text) <= PLAIN_MAX_LEN:
            if lowered_match is not None and len(low) == len(text) and (text.isascii() or not any(map(text.__contains__, _CASE_ODD))):
                m = lowered_match(low)  # (the same match: see `_build_matchers`)
            else:
                m = combined_match(text)
            if m is not None:
                return self.lines[int(m.lastgroup[1:])]  # the first alternative, in rule order, that matched
        if keyword_rules and has_keyword(low):
            for keyword, rule in keyword_rules:
                if keyword in low and rule.matches(text):
                    return rule
        if phrase_rule_for is not None:
            return phrase_rule_for(text, low)  # type: ignore[no-any-return]  # a PhraseRule: name, description
        return None

    def _build_matchers(self) -> tuple:
        """The combined pattern of the plain rules, ignoring case; the same pattern matched
        case-sensitively against the lower-cased line, when every rule is written in lower-case
        ASCII (``re`` then skips the alternatives whose first letter differs, where ignoring case
        makes it enter every one; about twice as fast); the keyword rules, and their keywords."""
        plain = [(i, r) for i, r in enumerate(self.lines) if not r.keywords]
        source = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in plain) or "(?!)"
        combined = re.compile(source, re.I)
        lowered = re.compile(source) if all(_lower_ascii(r.pattern) for _, r in plain) else None
        keyword_rules = tuple((k, r) for r in self.lines for k in r.keywords)
        keywords = tuple({k: None for k, _ in keyword_rules})
        matchers = (combined, lowered, keyword_rules, keywords, combined.fullmatch,
                    lowered.fullmatch if lowered is not None else None, _contains_any(keywords),
                    self._index.rule_for if self.phrases else None)
        object.__setattr__(self, "_matchers", matchers)
        return matchers

    def all(self) -> list[Rule]:
        return [*self.lines, *self.spans, *self.pairs]

