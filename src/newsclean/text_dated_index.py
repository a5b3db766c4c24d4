"""Text front, stage 1 (after time marks): a box of dated steps inside the text.

An article may carry a timeline box: a heading, then a list whose items are each a date alone,
each followed by the step's title ("* 8 September 2023" / "Earthquake hits the region" / "* 20
September 2023" / "Rebuilding starts"). The box is an index, not the article's text and not a
run of posts: its items and titles are marked ``chrome.timeline-index`` (the heading above is
then `text_chrome.mark_index_headings`' to mark). Dates are read in the page's language (CLDR
month names through ``dates``); a date with a clock is a post's stamp and is left to the stamps.
"""
from __future__ import annotations

from . import dates, shapes
from .text_lines import Line

__all__ = ["RULE", "drop_dated_index"]

RULE = "chrome.timeline-index"
MIN_STEPS = 3           # dated items a box shows at least
TITLE_WORDS = 16        # a step's title is a line of at most this many words


def drop_dated_index(lines: list[Line], language: str | None) -> None:
    """Mark runs of `MIN_STEPS` or more "date item" / "title" pairs, one straight after the
    other, or of list items each opening with a date and its title ("* 9 September Storm
    reaches the coast"), as a timeline index."""
    i = 0
    n = len(lines)
    while i < n:
        j = i
        while j + 1 < n and _date_item(lines[j], language) and _step_title(lines[j + 1]):
            j += 2
        if (j - i) // 2 >= MIN_STEPS:
            for ln in lines[i:j]:
                ln.rule, ln.mark = RULE, None
            i = j
            continue
        j = i
        while j < n and _dated_step(lines[j], language):
            j += 1
        if j - i >= MIN_STEPS:
            for ln in lines[i:j]:
                ln.rule, ln.mark = RULE, None
            i = j
        else:
            i += 1


def _date_item(ln: Line, language: str | None) -> bool:
    """A kept list item that is a date and nothing else ("* 8 شتنبر 2023", "- 3 July 2024")."""
    if not ln.content or ln.head or not shapes.is_list_item(ln.text) or not any(c.isdigit() for c in ln.text):
        return False
    text = shapes.strip_list_mark(ln.text).strip().rstrip(":.,")
    if not text or len(text) > 40:
        return False
    hits = dates.find_dates(text, language, yearless=True)
    if len(hits) != 1 or (hits[0].date is None and hits[0].month_day is None):
        return False
    h = hits[0]
    rest = (text[:h.start] + text[h.end:]).strip(" ,.-–")
    return not rest or (dates.cal.is_day_name(rest, language) and " " not in rest)


def _dated_step(ln: Line, language: str | None) -> bool:
    """A kept list item that opens with a date (no clock), then the step's title on the same
    line ("* 9 September Storm reaches the coast", "* စက်တင်ဘာ ၉ <title>")."""
    if not ln.content or ln.head or ln.mark is not None or not shapes.is_list_item(ln.text) \
            or not any(c.isdigit() for c in ln.text[:24]):
        return False
    text = shapes.strip_list_mark(ln.text).strip()
    hits = dates.find_dates(text[:40], language, yearless=True)
    if not hits or hits[0].start != 0 or (hits[0].date is None and hits[0].month_day is None):
        return False
    rest = text[hits[0].end:].strip(" ,.:-–—")
    return bool(rest) and len(rest.split()) <= TITLE_WORDS and rest[:1].isalpha()


def _step_title(ln: Line) -> bool:
    """A kept line of a few words, not a list item: the title under a dated item."""
    return ln.content and ln.mark is None and not ln.minute and not shapes.is_list_item(ln.text) \
        and len(ln.text.split()) <= TITLE_WORDS
