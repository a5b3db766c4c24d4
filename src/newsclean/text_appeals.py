"""Text front, stage 1 (chrome): a reader appeal that closes with a subscription prompt.

Pages close a feed or an article with a short appeal: a sentence about the publication, then
the call ("Nós Diario é posíbel grazas ás súas subscritoras e subscritores. Subscríbete a Nós
Diario.", "Heimildin er fjármögnuð af lesendum. Gerstu áskrifandi í dag."). The call is a
newsletter or subscription prompt of the page's phrase pack, but the line opens with the
appeal, so the pack's prefix rule does not see it. A short line of two or three sentences whose
last sentence is such a prompt is the appeal: removed whole as ``chrome.newsletter``.
"""
from __future__ import annotations

import regex

from .rules import RuleSet
from .text_lines import Line, State

__all__ = ["RULE", "mark_appeals"]

RULE = "chrome.newsletter"
MAX_CHARS = 240         # an appeal is a short paragraph
MAX_SENTENCES = 3

# a sentence's end and the next one's first letter (any script's full stops)
_BREAK = regex.compile(r"[.!?։।۔።。](?:['\"’”»])?\s+(?=[«\"„“]?\p{L})")


def mark_appeals(lines: list[Line], rules: RuleSet, st: State) -> None:
    """Mark the appeals among ``lines`` (see the module) and record them."""
    for ln in lines:
        t = ln.text
        if ln.rule is not None or ln.media_kind or len(t) > MAX_CHARS or t[-1:] not in ".!":
            continue
        cuts = [m.end() for m in _BREAK.finditer(t)]
        if not cuts or len(cuts) >= MAX_SENTENCES:
            continue
        last = t[cuts[-1]:]
        rule = rules.line_rule_for(last)
        if rule is not None and rule.name == RULE:
            ln.rule = RULE
            st.remove(RULE, t)
