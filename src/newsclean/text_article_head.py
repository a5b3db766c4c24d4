"""Text front: an article's head under its title: the standfirst over the dateline, the deck
over the byline or date row, a date printed alone under the title."""
from __future__ import annotations

from . import dates, shapes, times
from .rules import PUBLISHED_STAMP_RULE
from .text_header import DATELINE_RULE, DECK_RULE, _is_row, _next_kept, _past_removed, name_over_row
from .text_lines import Line, State

STANDFIRST_WORDS = 60  # a standfirst is a paragraph of a few sentences at most


def after_standfirst(lines: list[Line], title: int) -> int | None:
    """Where an article's text starts when its title stands over a standfirst and then the
    article's dateline ("Title" / "The party wins clearly. ..." / "By Name 1 September 2024,
    19:45" or "Published: 06.02.2024 - 09:30"): the line after the dateline, so that the
    standfirst is the page's summary, not the body. None when the title's next line is no
    prose paragraph, no dated line follows it at once, or no prose follows the dateline."""
    sf = title + 1
    while sf < len(lines) and lines[sf].removed:
        sf += 1
    if sf >= len(lines) - 2 or lines[sf].media_kind or lines[sf].mark is not None:
        return None
    text = lines[sf].text
    if not shapes.is_prose(text) or len(text.split()) > STANDFIRST_WORDS or text[-1] not in ".!?…\"”»“":
        return None
    for d in range(sf + 1, min(sf + 3, len(lines))):
        ln = lines[d]
        if ln.mark is not None or ln.rule == PUBLISHED_STAMP_RULE \
                or (not ln.removed and len(ln.text) < 100 and times.parse_date(ln.text) is not None):
            break
        if not ln.removed:
            return None
    else:
        return None
    # the text proper follows (past removed lines and pictures): a paragraph of prose, which
    # cannot be read as a headline of its own
    for k in range(d + 1, min(d + 6, len(lines))):
        if lines[k].content:
            return d + 1 if shapes.is_prose(lines[k].text) and len(lines[k].text) >= 80 else None
    return None


DECK_WORDS = 6  # a deck is a sentence's length at least


def title_block(lines: list[Line], title: int) -> list[str]:
    """An article's deck: the one or two lines between its title (``lines[title]``) and its
    byline or date row ("Title" / "Students and unions marched against the cuts" / "Name" /
    "23 April 2024 • 21:30"), a title-shaped line of six words or more or a short paragraph. They are the page's
    summary, not the article's text: marked and returned (the row below stays: its byline is
    the post's, its stamp the page's date). Nothing when no row follows them at once."""
    deck: list[int] = []
    j = title
    while len(deck) < 2:
        nxt = _next_kept(lines, j)
        if nxt is not None and name_over_row(lines, nxt) and not any(_is_row(ln) for ln in lines[j + 1: nxt]):
            lines[nxt].byline = True  # "רונית לוי" over the date row: the article's byline
            break
        if nxt is None or _is_row(lines[nxt]) or any(_is_row(ln) for ln in lines[j + 1: nxt]):
            break
        text = lines[nxt].text
        if lines[nxt].mark is not None or not (shapes.is_headline_shaped(text, max_words=STANDFIRST_WORDS)
                                               or (shapes.is_prose(text) and len(text.split()) <= STANDFIRST_WORDS)) \
                or shapes._count(text, DECK_WORDS) < DECK_WORDS:  # (a short line: a byline the row readers missed)
            return []
        deck.append(nxt)
        j = nxt
    if not deck or _past_removed(lines, deck[-1]) >= len(lines) or not (
            _is_row(row := lines[_past_removed(lines, deck[-1])]) or row.byline):
        return []
    for i in deck:
        lines[i].rule = DECK_RULE
    return [lines[i].text for i in deck]


def mark_dateline(lines: list[Line], first: int, st: State, language: str | None) -> None:
    """An article's date printed alone on a line just under its title ("13 febbraio 2024",
    "Martedì, 13 febbraio 2024") is the page's date, not its text: removed as a dateline (the
    page date is read from it all the same). Only the first three kept lines after the title,
    and only a line that is a full date and at most one word more (a day's name)."""
    seen = 0
    for ln in lines[first + 1:]:
        if ln.removed or ln.media_kind:
            continue
        seen += 1
        if seen > 3 or len(ln.text) > 60:
            return
        hits = [h for h in dates.find_dates(ln.text, language) if h.date is not None]
        if len(hits) == 1:
            rest = (ln.text[:hits[0].start] + " " + ln.text[hits[0].end:]).strip(" ,.–-|")
            if len(rest.split()) <= 1 and not any(ch.isdigit() for ch in rest):
                ln.rule = DATELINE_RULE
                st.remove(ln.rule, ln.text)
                return


LEAD_WORDS = 50  # a lead over the picture is a sentence or two


def lead_over_picture(lines: list[Line], title: int) -> list[str]:
    """An article's lead printed between its byline and date rows and its top picture ("Title" /
    "Name" / "30. září 2026 12:41" / "<lead>" / "<caption> Foto: <credit>" / "<text>"): a short
    paragraph (fifty words at most) right under the rows, right over the picture, the text's
    paragraphs under it. It is the page's summary, not the text: marked and returned. Nothing
    when no dated row stands over it, no picture under it, or no paragraph follows."""
    k, dated = title + 1, False
    while k < len(lines):
        ln = lines[k]
        if ln.mark is not None or ln.rule in (DATELINE_RULE, PUBLISHED_STAMP_RULE):
            dated = True
        elif not (ln.removed or (ln.content and _is_row(ln))):
            break
        k += 1
    if not dated or k >= len(lines):
        return []
    lead = lines[k]
    if not (lead.content and lead.prose and len(lead.text.split()) <= LEAD_WORDS) or shapes.is_list_item(lead.text):
        return []
    j, pictured = k + 1, False
    while j < len(lines) and (lines[j].removed or lines[j].media_kind):
        pictured = pictured or bool(lines[j].media_kind)
        j += 1
    if not pictured or j >= len(lines) or not (lines[j].prose and len(lines[j].text) >= 80):
        return []
    lead.rule = DECK_RULE
    return [lead.text]
