"""Article mode: the story's header rows when the extractor took them into the body.

An extractor that finds no body container by its class names (they are in the site's own
language: "cikk-torzs", "clanek-telo") falls back to a wider one, and the body then opens with
the page's header: a kicker or breadcrumb, the headline, the standfirst, the byline and date
row. Where the headline itself is among the body's first lines, what stands above it is the
header's (short lines, no sentences: recorded as ``article.header``) and the headline goes (it
is the document's title). Below it, a short row that states a date and is no sentence ("Tóth
Ákos 2024. június 9., vasárnap 22:58") is the byline and date row (``article.date-row``).
The standfirst is left to `article_check.standfirst`, which runs after this.
"""
from __future__ import annotations

from . import shapes
from .article_body import Page
from .article_check import Line, title_line
from .article_lead import date_row_text
from .model import Removal

TITLE_WITHIN = 5       # lines from the top where the headline may stand
HEADER_LINE_WORDS = 8  # a kicker or breadcrumb line is at most this long
DATE_ROW_WITHIN = 3    # lines under the headline where the date row may stand


def drop_header_rows(lines: list[Line], page: Page, removed: list[Removal]) -> list[Line]:
    """``lines`` without the header rows above the story (see the module docstring)."""
    at = next((i for i, x in enumerate(lines[:TITLE_WITHIN]) if title_line(x, page)), None)
    if at is None or len(lines) <= at + 2:
        return lines
    above = lines[:at]
    if any(x.is_item or len(x.text.split()) > HEADER_LINE_WORDS or shapes.ends_sentence(x.text) for x in above):
        return lines
    removed.extend(Removal("article.header", x.text) for x in above)
    rest = lines[at + 1:]
    for i, x in enumerate(rest[:DATE_ROW_WITHIN]):
        if date_row_text(x.text):
            removed.append(Removal("article.date-row", x.text))
            del rest[i]
            break
    return [lines[at]] + rest
