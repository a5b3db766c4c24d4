"""Text front, stage 2 (continued): share rows and read-more teasers, marked while the line rules
run (rows of share buttons, glued or not; "Read more" lead-ins and the teasers they announce,
with their dates).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import shapes, text_times
from .rules import PUBLISHED_STAMP_RULE, RuleSet
from .rules.generic import SHARE_NETWORKS
from .text_chrome import BULLETS as _BULLETS

if TYPE_CHECKING:
    from .text_lines import Line

_SHARE_RULE = "chrome.share"
_MORE_RULE = "chrome.more-links"


def mark_share_rows(lines: list[Line], rule_for) -> None:
    """A row of share controls printed on one line ("Tuitear Compartir", "Share this post X
    Facebook", "Udostępnij Facebook X"): every part is a share phrase of the rules
    (``rule_for``: the rules' ``line_rule_for``)."""
    for ln in lines:
        t = ln.text
        if ln.rule is not None or len(t) > 80 or t.count(" ") > 9:
            continue
        head = t.split(" ", 1)[0]
        # (names run together put a capital inside the word: "FacebookX", "XWhatsApp")
        if head[0] in _NETWORK_INITIALS and len(head) > 1 and not head[1:].islower() \
                and len(words := _unglued(head)) > 1:
            # buttons the scraper ran together ("FacebookXWhatsAppYorum yap", "FacebookTwitter")
            if _share_parts(words + t.split()[1:], rule_for):
                ln.rule = _SHARE_RULE
            continue
        if " " not in t:
            continue
        label, colon, rest = t.partition(":")
        names = rest.split()
        if colon and len(label.split()) <= 2 and len(names) >= 2 and all(n in _NETWORKS for n in names):
            ln.rule = _SHARE_RULE  # "La wadaag: Facebook WhatsApp Twitter": a label no pack knows, the networks
            continue
        first = rule_for(head)
        if first is None or first.name != _SHARE_RULE:
            continue
        if _share_parts([w for tok in t.split() for w in _unglued(tok)], rule_for):
            ln.rule = _SHARE_RULE


_NETWORKS = frozenset(SHARE_NETWORKS)
_NETWORK_INITIALS = frozenset(n[0] for n in SHARE_NETWORKS)
# network names run together at the start of a word ("FacebookTwitter", "XWhatsAppYorum"): each
# name ends where a capital or the word's end follows
_NETWORK_NAME = regex.compile(
    "(?:" + "|".join(sorted(map(regex.escape, SHARE_NETWORKS), key=len, reverse=True)) + r")(?=\p{Lu}|$)")


def _unglued(token: str) -> list[str]:
    """``token`` split into the network names it opens with and the rest ("FacebookXYorum" ->
    Facebook, X, Yorum); ``[token]`` when it opens with none or is one name."""
    if token[:1] not in _NETWORK_INITIALS:
        return [token]
    out: list[str] = []
    at = 0
    while len(out) < 8 and (m := _NETWORK_NAME.match(token, at)) is not None:
        out.append(m[0])
        at = m.end()
    if not out:
        return [token]
    if at < len(token):
        out.append(token[at:])
    return out


def _share_parts(tokens: list[str], rule_for) -> bool:
    """Whether ``tokens`` split into share phrases (longest first, up to five words each)."""
    i, n = 0, len(tokens)
    while i < n:
        for j in range(min(n, i + 5), i, -1):
            if j == i + 1 and tokens[i] in _NETWORKS:
                i = j
                break
            r = rule_for(" ".join(tokens[i:j]))
            if r is not None and r.name == _SHARE_RULE:
                i = j
                break
        else:
            return False
    return True


def mark_teasers(lines: list[Line], rules: RuleSet) -> None:
    """A lead-in and its teaser: "Lees ook Wat houdt ... in?" on one line, or a lead-in alone
    ("Lesen Sie hier mehr:", "Read more") over a teaser title, which goes with it when no
    text follows the title (a title over prose opens a post instead)."""
    glued_lead_in = rules.glued_lead_in
    for i, ln in enumerate(lines):
        t = ln.text
        if ln.rule is None:
            # (a glued lead-in's teaser is a title: never the sentence a line ending so is)
            if len(t) <= 160 and t[-1] not in ".!;:," and " " in t and glued_lead_in(t) is not None:
                ln.rule = _MORE_RULE
            elif t[-1].isdigit() and len(t) <= 60 and " " in t and _stamped_lead_in(t, rules):
                ln.rule = _MORE_RULE  # "Czytaj więcej 16.09.2024 20:10": the teaser's date, no post
            else:
                continue
        if ln.rule != _MORE_RULE or i + 1 >= len(lines):
            continue
        led = rules.lead_in(t)
        dated = False  # the lead-in or the teaser prints the linked story's date
        if led is None and (dated := _stamped_lead_in(t, rules)):
            led = (t, "")
        if led is None or led[1] or " " not in led[0].strip():
            continue  # (a one-word lead-in, "Bekijk", also labels a video over its title)
        nxt = lines[i + 1]
        if nxt.rule is not None or nxt.para > ln.para + 1:
            continue
        teaser = shapes.strip_list_mark(nxt.text) if nxt.text[0] in _BULLETS else nxt.text
        if not teaser or len(teaser.split()) > 16 or teaser[-1] in ".!;:,":
            continue
        if text_times.stamp(teaser) is not None:
            continue  # a stamp under a lead-in opens the next post
        dated = dated or _dated_title(teaser)
        if not dated and not t.rstrip().endswith(":") and i + 2 < len(lines) \
                and (lines[i + 2].rule == PUBLISHED_STAMP_RULE or text_times.stamp(lines[i + 2].text)) \
                and not _headed_below(lines, i + 2):
            continue  # a title over a stamp is a post's headline (unless the lead-in's colon says)
        after = next((x for x in lines[i + 2:] if x.rule is None), None)
        if after is not None and shapes.is_prose(after.text) and not text_times.stamp(after.text):
            continue
        nxt.rule = _MORE_RULE


def _stamped_lead_in(text: str, rules: RuleSet) -> bool:
    """A lead-in of two words or more closed by its teaser's date and nothing else ("Czytaj
    więcej 16.09.2024 20:10", "Read more 5 hours ago"): the stamp is the linked story's."""
    words = text.split(" ", 4)
    if not any(rules.lead_in(" ".join(words[:k])) for k in range(2, min(4, len(words) - 1) + 1)):
        return False  # (a few dict probes: the stamp is read only behind a lead-in)
    found = text_times.stamp(text)
    if found is None or found[1] or not found[0].lead or found[0].tail:
        return False
    led = rules.lead_in(found[0].lead)
    return led is not None and not led[1] and " " in led[0].strip()


def _headed_below(lines: list[Line], k: int) -> bool:
    """Whether the post that the stamp line ``k`` opens has its headline under the stamp: a
    title-shaped line, then prose. (A title above that stamp is then none of that post's.)"""
    below = [ln for ln in lines[k + 1: k + 4] if ln.rule is None][:2]
    return len(below) == 2 and not shapes.is_prose(below[0].text) and shapes.is_headline_shaped(below[0].text) \
        and shapes.is_prose(below[1].text) and text_times.stamp(below[0].text) is None


def _dated_title(text: str) -> bool:
    """A title of two words or more closed by a date or a clock ("Jak pomóc? Lista zbiórek
    16.09.2024 20:10", "Här kan skyfallet slå till 14.02"), as a teaser prints its story's date."""
    if not text[-1].isdigit():
        return False
    words = text.split(" ")
    for k in (1, 2, 3):
        if len(words) - k < 2:
            break
        tail = " ".join(words[-k:])
        if tail[0].isdigit() and (found := text_times.stamp(tail)) is not None and not found[0].lead:
            return True
    return False
