"""Article mode: the story's header rows when the extractor took them into the body.

An extractor that finds no body container by its class names (they are in the site's own
language: "cikk-torzs", "clanek-telo") falls back to a wider one, and the body then opens with
the page's header: a kicker or breadcrumb, the headline, the standfirst, the byline and date
row. Where the headline itself is among the body's first lines, what stands above it is the
header's (short lines, no sentences: recorded as ``article.header``) and the headline goes (it
is the document's title). Below it, a short row that states a date and is no sentence ("Tóth
Ákos 2024. június 9., vasárnap 22:58") is the byline and date row (``article.date-row``), its
date read in the page's language too ("Nobyembre 17, 2024 | 12:00am"); and a short row that
names an author the page's metadata gives, with at most a few words beside the name, and is no
sentence ("Rowena Dizon-Manalo - Pilipino Star Ngayon") is the credit line
(``article.byline-row``).
The standfirst is left to `article_check.standfirst`, which runs after this.

At the other end (`drop_promo_tail`): the sign-off promos a template closes the story with ("For
more stories like this, check our news page.", "Follow us on X and Facebook ... Sign up for our
alerts here."): the body's last paragraphs when each is set in bold whole and holds a link
(``article.promo``). A bold paragraph without a link, or one before the story's last plain
paragraph, stays.
"""
from __future__ import annotations

from . import shapes
from .article_body import Page
from .article_check import Line, title_line
from .article_lead import date_row_text
from .article_text import text_of
from .model import Removal

TITLE_WITHIN = 5       # lines from the top where the headline may stand
HEADER_LINE_WORDS = 8  # a kicker or breadcrumb line is at most this long
DATE_ROW_WITHIN = 3    # lines under the headline where the date row may stand
BYLINE_ROW_EXTRA_WORDS = 5  # words beside the author's name on a credit line (an outlet, "By")


def drop_header_rows(lines: list[Line], page: Page, removed: list[Removal], lang: str | None = None,
                     authors: tuple[str, ...] = ()) -> list[Line]:
    """``lines`` without the header rows above the story (see the module docstring). ``lang``:
    the page's language; ``authors``: the names its metadata gives."""
    at = next((i for i, x in enumerate(lines[:TITLE_WITHIN]) if title_line(x, page)), None)
    if at is None or len(lines) <= at + 2:
        return lines
    above = lines[:at]
    if any(x.is_item or len(x.text.split()) > HEADER_LINE_WORDS or shapes.ends_sentence(x.text) for x in above):
        return lines
    removed.extend(Removal("article.header", x.text) for x in above)
    rest = lines[at + 1:]
    names = [n.casefold().split() for n in authors if len(n.split()) >= 2]
    taken: dict[int, str] = {}
    for i, x in enumerate(rest[:DATE_ROW_WITHIN]):
        if x.is_item:
            break
        if "article.date-row" not in taken.values() and date_row_text(x.text, lang):
            taken[i] = "article.date-row"
        elif "article.byline-row" not in taken.values() and _credit_line(x.text, names):
            taken[i] = "article.byline-row"
    removed.extend(Removal(rule, rest[i].text) for i, rule in taken.items())
    return [lines[at]] + [x for i, x in enumerate(rest) if i not in taken]


def _credit_line(text: str, names: list[list[str]]) -> bool:
    """A credit line: no sentence, an author's full name in it (word for word), and at most
    ``BYLINE_ROW_EXTRA_WORDS`` words beside it."""
    if not names or shapes.ends_sentence(text):
        return False
    got = text.casefold().split()
    for name in names:
        n = len(name)
        if len(got) - n <= BYLINE_ROW_EXTRA_WORDS and any(got[k:k + n] == name for k in range(len(got) - n + 1)):
            return True
    return False


PROMO_MAX_CHARS = 300  # a sign-off promo is a line or two
PROMO_MAX_LINES = 3    # of the body's last lines, at most this many are promos
_BOLD = ("strong", "b")


def drop_promo_tail(lines: list[Line], page: Page, removed: list[Removal]) -> list[Line]:
    """``lines`` without the sign-off promos that close them (see the module docstring)."""
    n = 0
    while n < PROMO_MAX_LINES and len(lines) - n > 1 and _promo(lines[-1 - n], page):
        n += 1
    if not n:
        return lines
    removed.extend(Removal("article.promo", x.text) for x in lines[-n:])
    return lines[:-n]


def _promo(line: Line, page: Page) -> bool:
    """A paragraph set in bold whole, short, holding a link."""
    if line.is_item or len(line.text) > PROMO_MAX_CHARS:
        return False
    el = page.elements.get(line.key)
    if el is None or el.tag != "p" or next(el.iter("a"), None) is None or (el.text or "").strip():
        return False
    total = len("".join(text_of(el).split()))
    bold = 0
    for b in el.iter(*_BOLD):
        if next((a for a in b.iterancestors(*_BOLD) if a is not el), None) is None:
            bold += len("".join(text_of(b).split()))
    return total > 0 and bold >= PROMO_BOLD_SHARE * total


PROMO_BOLD_SHARE = 0.95
