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
consent         chrome.cookies                    the whole line; a phrase naming cookies ("cookie"
                                                  or a word of the pack's ``cookie_words``) also
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
roles           (read by ``shapes``)              job titles printed beside an author's name:
                                                  "Journalist", "vaktsjef", "기자" (no line phrase)
==============  ================================  =============================================

Whole-line matching ignores case, surrounding bullets and arrows and a trailing colon or
ellipsis. It never fires on a word inside a sentence: a phrase must be the line, or lead it
followed by a separator.

This module holds the packs' data model: the kinds, their rule names and how each matches.
Matching is elsewhere: `newsclean.rules.phrase_index` (the lookups), `phrase_tails` (what may
follow a phrase that leads a line) and `phrase_text` (how phrases and lines are normalised).
"""
from __future__ import annotations

from dataclasses import dataclass, fields

from .phrase_text import norm

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


_NOT_PHRASES = ("language", "stopwords", "stamp_words", "player", "cookie_words", "roles", "one_words",
                "singular_ages")  # fields that are no line phrases


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
    # words of a media player's controls printed beside its running time ("play", "video",
    # "duration"; "Video abspielen Dauer 1:54"): read by ``text_lines``, no line phrase
    player: tuple[str, ...] = ()
    # the language's own word for cookies, as the part every case form shares ("бисквитк",
    # "slapuk", "küpsis"): a consent phrase holding one names cookies, like one holding "cookie",
    # and is also found inside a banner's sentence (no line phrase)
    cookie_words: tuple[str, ...] = ()
    # job titles a byline prints beside the name, lower case, one word each ("journalist",
    # "vaktsjef", "redactora", "기자", "記者"): the role of "Name Journalist", "김미나 기자" (read by
    # ``shapes.name_and_role``; no line phrase)
    roles: tuple[str, ...] = ()
    # the language's words for "one" (every case form an age takes), put where CLDR's age holds its
    # number: "vor einer Stunde" of "vor {0} Stunde", "il y a une heure", "acum o oră"; one ending
    # in an apostrophe runs into the unit ("un'ora fa"). Read by `calendar_relative`; no line phrase
    one_words: tuple[str, ...] = ()
    # ages of one unit printed with no number at all, lower case ("godzinę temu", "před hodinou",
    # "час назад", "tunti sitten"): read by `calendar_relative`; no line phrase
    singular_ages: tuple[str, ...] = ()

    def entries(self, high_precision_only: bool = False) -> tuple["Phrase", ...]:
        out = []
        for f in fields(self):
            if f.name in _NOT_PHRASES:
                continue
            for text in getattr(self, f.name):
                key = norm(text)
                if f.name in ("published", "updated", "edited_by") and text.endswith(":"):
                    key += ":"  # only with its colon: "Stand: 12.03.2024", never "Stand 2023 lebten ..."
                cookie = ""
                if f.name == "consent":
                    cookie = "cookie" if "cookie" in key else next((w for w in self.cookie_words if w in key), "")
                p = Phrase(f.name, key, self.language, cookie)
                if not high_precision_only or p.high_precision:
                    out.append(p)
        return tuple(out)


@dataclass(frozen=True)
class Phrase:
    """One phrase of a pack: its kind (a `PhrasePack` field), its text and its language."""

    kind: str
    text: str        # normalized (see `norm`)
    language: str
    cookie: str = ""  # a consent phrase's word for cookies ("cookie", "бисквитк"), else ""

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
        if self.kind == "labels" or (self.mode == CONTAINS and self.cookie):
            return True
        return " " in self.text or len(self.text) >= 9


def pack_fields() -> tuple[str, ...]:
    """The `PhrasePack` fields that hold line phrases (all but language, stopwords, stamp words)."""
    return tuple(f.name for f in fields(PhrasePack) if f.name not in _NOT_PHRASES)

