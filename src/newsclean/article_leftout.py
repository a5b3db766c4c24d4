"""Article mode: what the extractor left out of the story, recorded so nothing goes silently.

trafilatura (or `bigpage` on a huge page) chooses the story's blocks and returns their text;
what it drops between them (a "Share" button row, a caption we did not recognise, a "Read more"
line, a poll) leaves no trace in its output. Our own stages record what they take out. This
stage records the rest: a block of the page (``p``, ``h2``-``h4``, ``blockquote``, as
`article_body` indexed them) that lies between the first and the last block of the output, whose
text the output does not hold and which no rule recorded already, is recorded as
``article.not_extracted``. Blocks before the story's first line or after its last (the page's
chrome, the footer) are not the story's and are not listed, as on live pages.
"""
from __future__ import annotations

from . import shapes
from .article_body import Page
from .article_text import text_of, words
from .model import Removal

RULE = "article.not_extracted"


def record_left_out(lines: list, lead: str, page: Page, removed: list[Removal]) -> None:
    """Append to ``removed`` the page's blocks inside the story's span that neither ``lines``
    (the body, `article_check.Line`) nor ``lead`` (the standfirst) nor ``removed`` hold."""
    order = page.order
    spots = [i for i in map(order.get, (x.key for x in lines)) if i is not None]
    if len(spots) < 2:
        return
    first, last = min(spots), max(spots)
    known = _Known([x.key for x in lines] + [words(lead)] + [words(r.text) for r in removed])
    # (``order`` was filled in page order: its items come sorted by position)
    for key, i in order.items():
        if i <= first or i >= last or len(key) < 2 or known.holds(key):
            continue
        text = shapes.clean(text_of(page.elements[key]))
        if text:
            removed.append(Removal(RULE, text))


EDGE = 30  # characters of a key's start or end that tell one block from another


class _Known:
    """The texts accounted for (output lines, standfirst, recorded removals), by their keys and
    their keys' first and last characters: a block a rule shortened (a span stripped) or a
    wrapper of an output block (a ``blockquote`` of paragraphs) shares one of its ends. Set
    lookups only: the page's blocks are each checked once, in time linear in the page."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = set(keys)
        self._all = keys
        self.heads: set[str] | None = None  # (made on the first key not held whole: most are)
        self.tails: set[str] = set()

    def holds(self, key: str) -> bool:
        if key in self.keys:
            return True
        if len(key) < EDGE:
            return False
        if self.heads is None:
            self.heads = {k[:EDGE] for k in self._all if len(k) >= EDGE}
            self.tails = {k[-EDGE:] for k in self._all if len(k) >= EDGE}
        return key[:EDGE] in self.heads or key[-EDGE:] in self.tails
