"""Text front, stage 1: lines. Splitting scraped text into lines, the cleaning rules, and the
marks a line carries before posts are cut (media kind, time stamp).
"""
from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import accumulate, repeat
from operator import add

import regex

from . import shapes, text_chrome, text_media, text_times, times
from .model import Media, Removal
from .rules import PUBLISHED_STAMP_RULE, RuleSet
from .rules.packs import byline_words, player_words
from .text_chrome import BULLETS as _BULLETS
from .text_teasers import mark_share_rows, mark_teasers

PHOTOGRAPH_CREDIT = regex.compile(r"^(?P<caption>.*?)\s*(?P<prefix>Photograph:\s?)(?P<credit>.{1,120})$")
PAREN_CREDIT = regex.compile(r"^\((?P<credit>[^()]{2,80})\)$")
_DURATION = regex.compile(r"^\d{1,2}:\d{2}$")
_VIDEO_TITLE = regex.compile(r".{3,200}\s[–-]\s?video$", regex.I)

_TWEET_SIGNATURE = regex.compile(r"^[—–-]\s?.{1,80}\(@\w{1,30}\)\s.{3,40}$")
# an embed's fallback line naming the account it shows, in any language ("A post shared by
# Labour (@uklabour)", "Ein Beitrag geteilt von X (@x)"): a few words, then the account's handle
_EMBED_FALLBACK = regex.compile(r"^(?P<lead>\p{L}+)(?:\s[^\s().!?@]{1,40}){2,10}\s\(@[\w.]{1,30}\)$")
# a player's control line: a few words and its running time ("Video abspielen Dauer 1:54")
_PLAYER_LINE = regex.compile(r"^(?P<words>\p{L}+(?:\s\p{L}+){1,4})\s\d{1,2}:\d{2}(?::\d{2})?$")


@dataclass(slots=True)
class Line:
    no: int
    para: int
    text: str
    rule: str | None = None           # set when the whole line was removed
    mark: times.TimeMark | None = None
    media: Media | None = None        # set when the line is (part of) a media credit or caption
    media_kind: str = ""              # "credit", "caption", "video", "video-caption", "photo"
    minute: str = ""                  # a match minute ("45+2'"): the post's label, never a time
    head: str = ""                    # the headline printed after a leading clock ("7:12 am: Headline")
    title: bool = False               # the page's structure makes this line a post's headline
    label: bool = False               # ... or a post's label
    stamp_lead: str = ""              # a lead-in printed before a stamp ("X: <stamp>")
    media_prefix: str = ""            # a credit label the media line printed ("Foto:"), removed
    stamp_label: str = ""             # a label printed before a stamp ("Analysis 10:02 pm"): the post's
    byline: bool = False              # a bare name the page's structure makes the post's closing byline
    day_month: tuple[int, int] | None = None  # a year-less numeric date beside the stamp ("25/7"), as printed
    _prose_of: str | None = field(default=None, repr=False, compare=False)  # the text ``prose`` was asked of
    _prose_is: bool = field(default=False, repr=False, compare=False)      # ... and its answer

    @property
    def prose(self) -> bool:
        """``shapes.is_prose(self.text)``, worked out once for the text the line holds: the
        stages ask it of the same lines again and again, and on a long page each asking comes
        too late for the shared cache, which holds the last 8,192 texts."""
        text = self.text
        if self._prose_of is text:
            return self._prose_is
        value = self._prose_is = shapes.is_prose(text)
        self._prose_of = text
        return value

    @property
    def removed(self) -> bool:
        return self.rule is not None

    @property
    def content(self) -> bool:
        return self.rule is None and self.media_kind == ""


@dataclass
class State:
    removed: list[Removal] = field(default_factory=list)

    def remove(self, rule: str, text: str) -> None:
        if text.strip():
            self.removed.append(Removal(rule, text))



# -- 1. lines ---------------------------------------------------------------------------------

def split_lines(text: str) -> list[Line]:
    """The text's non-blank lines, each cleaned as ``shapes.clean`` cleans a line (the
    normalisation runs once over the whole text: a line break never composes)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = _normalize(text)
    out: list[Line] = []
    append = out.append
    para = 0
    for no, raw in enumerate(text.split("\n")):
        if not raw:
            para += 1
            continue
        # (a printable line holds no whitespace but spaces: most need no collapsing)
        t = raw if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " " else " ".join(raw.split())
        if not t:
            para += 1
            continue
        append(Line(no, para, t))
    return out


def _normalize(text: str) -> str:
    """NFC and no zero-width characters, as ``shapes.clean`` makes a line."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return shapes.drop_invisible(text)


# -- 2. cleaning rules ------------------------------------------------------------------------

def apply_span_rules(lines: list[Line], rules: RuleSet, st: State) -> None:
    if not rules.spans:
        return
    strip = rules.strip_spans
    for ln in _holding(lines, rules.span_keywords()):
        text, spans = strip(ln.text)
        if spans:
            if not text:  # the line was nothing but the marker: removed whole (it keeps its text)
                ln.rule = spans[0][0]
                continue
            ln.text = text
            for name, span in spans:
                st.remove(name, span)


def _holding(lines: list[Line], keys: tuple[str, ...] | None) -> list[Line]:
    """The lines that hold one of ``keys`` (all lines when None), in order: found by searching
    the whole text for each key, not line by line."""
    if keys is None:
        return lines
    return [lines[i] for i in _holding_at(lines, keys)]


def _holding_at(lines: list[Line], keys: tuple[str, ...]) -> list[int]:
    """The indexes of the lines that hold one of ``keys``, in order (see `_holding`): one
    containment test a line, written out for the keys (`_holds`)."""
    if any("\n" in key for key in keys):  # (a key across lines: search the lines joined)
        return _holding_across(lines, keys)
    holds = _holds(keys)
    return [i for i, ln in enumerate(lines) if holds(ln.text)]


@functools.lru_cache(maxsize=64)
def _holds(keys: tuple[str, ...]) -> Callable[[str], bool]:
    """A test of whether a line holds one of ``keys``: ``k1 in s or k2 in s ...`` written out
    (a third of the time of searching the whole text joined for each key and mapping the hits
    back to their lines, on a 20 MB page)."""
    if not keys:
        return lambda s: False
    return eval("lambda s: " + " or ".join(f"{k!r} in s" for k in keys))  # (string literals only)


def _holding_across(lines: list[Line], keys: tuple[str, ...]) -> list[int]:
    """`_holding_at` for keys that may span lines: each key searched in the lines joined."""
    texts = [ln.text for ln in lines]
    whole = "\n".join(texts)
    found: set[int] = set()
    starts: list[int] | None = None
    for key in keys:
        at = whole.find(key)
        if at < 0:
            continue
        if starts is None:  # where each line starts in ``whole``
            starts = list(accumulate(map(add, map(len, texts), repeat(1)), initial=0))
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.add(i)
            at = whole.find(key, starts[i + 1])  # (the next line: one hit per line is enough)
    return sorted(found)


def apply_line_rules(lines: list[Line], rules: RuleSet, st: State) -> None:
    paired: dict[int, str] = {}  # first line of a pair -> the pair's text, recorded in reading order
    pairs = rules.pairs
    firsts: list[int] | range
    if not pairs:
        firsts = []
    elif all(pair.keyword for pair in pairs):  # (only a line holding a keyword can open a pair)
        firsts = _holding_at(lines[:-1], tuple({pair.keyword: None for pair in pairs}))
    else:
        firsts = range(len(lines) - 1)
    for k in firsts:
        a = lines[k]
        if a.rule is None:
            b = lines[k + 1]
            if b.rule is not None:
                continue
            for pair in pairs:
                if (not pair.keyword or pair.keyword in a.text) and pair.matches(a.text, b.text):
                    a.rule = b.rule = pair.name
                    paired[id(a)] = a.text + "\n" + b.text
                    paired[id(b)] = ""
                    break
    line_rule_for = _memo_rule_for(rules)
    for i, ln in enumerate(lines):
        if ln.rule is not None:
            continue
        t = ln.text
        if t[0] in "—–-" and _TWEET_SIGNATURE.match(t):
            ln.rule = "embed.social"
            # The embedded post's own text is the paragraph just above its signature.
            for prev in reversed(lines[:i]):
                if prev.para != ln.para - 1 and prev.para != ln.para:
                    break
                if prev.rule is None and not times.parse_time_line(prev.text):
                    prev.rule = "embed.social"
            continue
        if t[-1] == ")" and "(@" in t and len(t) <= 120 and (m := _EMBED_FALLBACK.match(t)) \
                and m["lead"].casefold() not in byline_words():  # ("By Name (@handle)" is a byline)
            ln.rule = "embed.social"
            continue
        rule = line_rule_for(t)
        if rule is None and len(t) & 1 and t[len(t) >> 1] == " " and (half := _undoubled(t)):
            rule = line_rule_for(half)
        if rule is None and t[0].isdigit() and len(t) <= 40 and shapes.is_list_item(t):
            # a scraper numbered an advert slot or a button in a list ("8. Annonce")
            rule = line_rule_for(shapes.strip_list_mark(t))
        if rule is not None:
            ln.rule = rule.name
    mark_share_rows(lines, line_rule_for)
    mark_teasers(lines, rules)
    # "Published: <date>" lines that repeat down the page are the posts' stamps: the time stage
    # reads them. A lone one (the page header's) stays removed, and so do "Updated: ..." lines.
    removed = [ln for ln in lines if ln.rule is not None]
    stamps = [ln for ln in removed if ln.rule == PUBLISHED_STAMP_RULE]
    if len(stamps) >= 3:
        for ln in stamps:
            ln.rule = None
    for ln in removed:
        if ln.rule is not None:
            st.remove(ln.rule, paired.get(id(ln), ln.text))


def _memo_rule_for(rules: RuleSet):
    """``rules.line_rule_for``, each distinct text asked once (a page repeats its interface
    lines, and the share-row test asks the same words again and again)."""
    memo: dict[str, object] = {}
    line_rule_for = rules.line_rule_for

    def rule_for(text: str):
        rule = memo.get(text, memo)
        if rule is memo:
            rule = memo[text] = line_rule_for(text)
        return rule
    return rule_for


# -- 3. media ----------------------------------------------------------------------------------

# "Caption. Credit... Name": a word and an ellipsis introduce a picture credit
ELLIPSIS_CREDIT = regex.compile(r"^(?P<caption>(?:.{0,600}[.!?”’)])?)\s?(?P<prefix>\p{Lu}\p{Ll}{2,14}(?:\.\.\.|…))\s?(?P<credit>\S.{1,120})$")


def _mark_ellipsis_credits(lines: list[Line]) -> None:
    """'Credit... Name' lines, where the page prints the same prefix under two pictures or more
    (``lines``: the kept lines that hold an ellipsis)."""
    found: dict[str, list[Line]] = {}
    for ln in lines:
        t = ln.text
        if ln.media_kind or len(t) > 800:
            continue
        m = ELLIPSIS_CREDIT.match(t)
        if m and not shapes.ends_sentence(m["credit"]) and len(m["credit"].split()) <= 14:
            found.setdefault(m["prefix"], []).append(ln)
    for group in found.values():
        if len(group) >= 2:
            for ln in group:
                ln.media_kind = "ellipsis-credit"


def mark_media(lines: list[Line]) -> None:
    dots: list[Line] = []
    for i, ln in enumerate(lines):
        if ln.rule is not None or ln.media_kind:
            continue
        t = ln.text  # (cheap substring tests first: most lines are body text)
        if "..." in t or "…" in t:
            dots.append(ln)
        if "Image caption:" in t:
            ln.media_kind = "caption"
        elif t.startswith(("Video content", "Video caption:")):
            ln.media_kind = "video"
        elif "Copyright:" in t:
            ln.media_kind = "credit"
        elif t[0] == "(" and t[-1] == ")" and PAREN_CREDIT.match(t) and len(shapes.words(t)) <= 8:
            ln.media_kind = "paren-credit"
        elif "Photograph:" in t and len(t) < 400 and PHOTOGRAPH_CREDIT.match(t):
            ln.media_kind = "photo"
        elif t in ("Image:", "Picture:", "Photo:") and i + 1 < len(lines) and lines[i + 1].text.endswith(")"):
            # "(caption (" / "Image:" / "Credit)" as some templates print a picture credit.
            ln.media_kind = "split-credit"
            lines[i + 1].media_kind = "split-credit-tail"
            if i > 0 and lines[i - 1].text.endswith("(") and not lines[i - 1].removed:
                lines[i - 1].media_kind = "split-credit-head"
        elif len(t) <= 5 and _DURATION.match(t) and i + 1 < len(lines) and _VIDEO_TITLE.match(lines[i + 1].text):
            ln.media_kind = "video-duration"
            lines[i + 1].media_kind = "video-title"
        elif t[-1].isdigit() and len(t) <= 60 and (m := _PLAYER_LINE.match(t)) \
                and all(w in player_words() for w in m["words"].casefold().split()):
            ln.media_kind = "video-duration"  # (the player's title under it, a title-shaped line)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and nxt.rule is None and not nxt.media_kind \
                    and shapes.is_headline_shaped(nxt.text) and not shapes.is_prose(nxt.text):
                nxt.media_kind = "video-title"
    if dots:
        _mark_ellipsis_credits(dots)
    text_media.mark_credits(lines)


# -- 4. post boundaries ------------------------------------------------------------------------

def mark_times(lines: list[Line], language: str | None = None) -> None:
    """Each line's stamp, match minute or leading clock, read in the page's ``language``."""
    leading: list[Line] = []
    labelled: list[Line] = []
    caseless: list[Line] = []
    for ln in lines:
        if ln.rule is not None or ln.media_kind:
            continue
        t = ln.text
        if t[0] in _BULLETS and shapes.is_list_item(t):
            t = shapes.strip_list_mark(t) or t  # "* 13:48", "• 14:32 Headline": a feed shown as a list
        if t[0].isdigit() and (minute := text_times.minute_mark(t)):
            ln.minute = minute
            continue
        found = text_times.stamp(t, language)
        if found is None:
            if (split := text_times.clock_head(t)) is not None:
                leading.append(ln)
                ln.mark, ln.head = split
            continue
        mark, lead_in = found
        if mark.lead and mark.has_clock and not mark.tail and times.UNREAD_DATE.match(mark.lead):
            mark = replace(mark, lead="")  # "19 Nofeembar 2024 | 16h10": a date no reader knows, then the clock
        if mark.lead and not shapes.is_name(mark.lead):
            if text_times.caseless_author(mark):  # "ਮਨਦੀਪ ਕੌਰ ਸੰਧੂ 2:40 p.m." (if the page repeats the name)
                caseless.append(ln)
                ln.mark, ln.stamp_lead = mark, lead_in
                continue
            # (words after the stamp, an author: only behind a label the packs know or one in capitals,
            # "ESSENTIEL 20h00 Par Claire Conruyt")
            if (mark.tail and not (shapes.is_label(mark.lead) or _caps_word(mark.lead))) or not _label_lead(t, mark.lead):
                continue
            labelled.append(ln)  # "Analysis 10:02 p.m. EST": the post's label, then its stamp
            ln.stamp_label, mark = mark.lead, replace(mark, lead="")
        ln.mark, ln.stamp_lead = mark, lead_in
    text_times.keep_repeated_authors(caseless)
    # "7:12 am: Headline" opens posts where the page repeats the shape, with text between (one
    # such line straight after another, mostly, is a schedule)
    in_a_row = sum(1 for a, b in zip(lines, lines[1:]) if a.head and b.head)
    if len(leading) < 2 or in_a_row * 2 > len(leading) or text_times.question_rows(lines, leading):
        for ln in leading:
            ln.mark, ln.head = None, ""
    if labelled:
        # the same word before every stamp ("Godz. 18.42", "Godz. 17.55") is the stamps' own
        # prefix, not a label (a label word from the phrase packs stays one)
        seen: dict[str, int] = {}
        for ln in labelled:
            seen[ln.stamp_label] = seen.get(ln.stamp_label, 0) + 1
        for ln in labelled:
            if seen[ln.stamp_label] >= 3 and not shapes.is_label(ln.stamp_label):
                ln.stamp_label = ""
            elif ln.stamp_label[-1] == "." and " " not in ln.stamp_label:
                ln.mark, ln.stamp_label, ln.stamp_lead = None, "", ""  # (an abbreviation is no label)
        labelled = [ln for ln in labelled if ln.stamp_label]
    if labelled:
        # a label before a stamp opens a post where the page's other stamps stand alone (a
        # run of them): elsewhere "Kickoff 20:00" is a line of the text
        plain = sum(1 for ln in lines if ln.mark is not None and not ln.stamp_label and not ln.mark.lead
                    and not ln.head)
        if plain < 2 or plain < len(labelled):
            for ln in labelled:
                ln.mark, ln.stamp_label, ln.stamp_lead = None, "", ""
    leads: dict[str, int] = {}
    for ln in lines:
        if ln.stamp_lead:
            leads[ln.stamp_lead] = leads.get(ln.stamp_lead, 0) + 1
    for ln in lines:  # so does "X: <stamp>" ("Start: 10.30am" once is a sentence of the text)
        if ln.stamp_lead and leads[ln.stamp_lead] < 2:
            ln.mark, ln.stamp_lead = None, ""
    text_chrome.drop_timed_lists(lines)


def _caps_word(lead: str) -> bool:
    """One or two words in capitals ("ESSENTIEL", "ΕΚΤΑΚΤΟ", "LIVE UPDATE")."""
    return 3 <= len(lead) <= 24 and lead.isupper() and lead.count(" ") <= 1 and lead.replace(" ", "").isalpha()


def _label_lead(text: str, lead: str) -> bool:
    """Whether ``lead``, printed before the stamp ``text`` is, is a label ("Fact check",
    "BREAKING", "Ultim'ora"): a known label word, or one to three words straight before the
    stamp's digits, capitalised, no sentence. "The match starts at 20:00" is a sentence (its
    lead runs into a preposition before the clock)."""
    if shapes.is_label(lead):
        return True
    n = len(lead.split())
    if n == 1 and lead[-1] == "." and 2 <= len(lead) <= 7 and lead[:-1].isalpha():
        pass  # an abbreviation ("Godz.", "Kl."): a prefix, if the page repeats it
    elif not 1 <= n <= 3 or not lead[0].isupper() or shapes.ends_sentence(lead) or lead[-1] in ",;:":
        return False
    rest = text[len(lead):] if text.startswith(lead) else ""
    return rest[:1] == " " and rest[1:2].isdigit()


_PIPE_CREDIT = regex.compile(r"^\p{Lu}[\p{L}'’.\- ]{1,40}(?:\s\|\s\p{Lu}[\p{L}'’.\- ]{1,40}){1,2}$")


def mark_top_pictures(lines: list[Line]) -> None:
    """A picture at the top of a post, printed as text: under the stamp, an optional caption
    sentence, then a 'Name | Agency' credit line. (Run after ``mark_times``.)"""
    for i, ln in enumerate(lines):
        t = ln.text
        if " | " not in t or len(t) > 90 or ln.rule is not None or ln.media_kind or not _PIPE_CREDIT.match(t):
            continue
        prev = lines[i - 1] if i > 0 else None
        if prev is not None and prev.mark is not None and not prev.removed:
            ln.media_kind = "pipe-credit"
        elif prev is not None and prev.content and shapes.ends_sentence(prev.text) and i > 1 \
                and lines[i - 2].mark is not None and not lines[i - 2].removed:
            prev.media_kind = "pipe-caption"
            ln.media_kind = "pipe-credit"


# -- chrome by shape and repetition ------------------------------------------------------------

def _undoubled(text: str) -> str:
    """'View more on twitter View more on twitter' -> 'View more on twitter': scrapers print a
    label twice when the page repeats it for screen readers."""
    half, rest = divmod(len(text), 2)
    if rest and text[:half] == text[half + 1:] and text[half] == " ":
        return text[:half]
    return ""
