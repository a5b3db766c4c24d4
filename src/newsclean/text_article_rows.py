"""Text front, article mode: the rows under an article's title, and where its text resumes.

- the byline and date row ("By Ruth Atieno 12 August 2024 10:30", "Ivana Marić 22.03.2024.
  u 08:25 Ažurirano: 22.03.2024. u 09:40") is header, its names the article's bylines;
- past a related-stories box inside the article, the text resumes at a subheading over a
  pair of paragraphs.
"""
from __future__ import annotations

from . import dates, shapes, text_times
from .model import Byline
from .text_bylines import lead_byline
from .text_header import DATELINE_RULE
from .text_lines import Line, State

__all__ = ["byline_date_row", "paragraph_pair", "subhead_above"]


def byline_date_row(lines: list[Line], first: int, st: State, language: str | None) -> list[Byline]:
    """An article's byline and date printed on one row under its title ("By Ruth Atieno
    12 August 2024 10:30", the lead word from the page's pack): within the article's first
    four kept lines, a row whose only date comes after a byline (a lead word and names, or a
    bare name, nothing else) and before at most a clock, or a clock and the update's stamp
    ("Ivana Marić 22.03.2024. u 08:25 Ažurirano: 22.03.2024. u 09:40"). The row is header
    (recorded); its names are returned."""
    seen = 0
    for ln in lines[first:]:  # (the article may open at the row itself, its title above)
        if ln.removed or ln.media_kind:
            continue
        seen += 1
        if seen > 4 or len(ln.text) > 120 or shapes.is_prose(ln.text):
            return []
        hits = [h for h in dates.find_dates(ln.text, language) if h.date is not None]
        if len(hits) == 2 and (updated := _updated_after(ln.text[hits[0].end: hits[1].start], ln.text[hits[1].end:])):
            hits = hits[:1]  # "Name 22.03.2024. u 08:25 Ažurirano: 22.03.2024. u 09:40": the update is no date of its own
            after = updated
        elif len(hits) == 1:
            after = ln.text[hits[0].end:].strip(" ,|–-")
        else:
            continue
        before = ln.text[: hits[0].start].strip(" ,|–-")
        led = lead_byline(before) if before else None
        if (led is None or not led[0]) and before and shapes.is_name(before):
            led = ("", [Byline(before)])  # a bare name before the date: the row's shape tells
        if led is None or " ".join([led[0], *(b.name for b in led[1])]).replace(",", " ").split() \
                != before.replace(",", " ").split():
            continue
        if after:
            mark = text_times.stamp(after)
            if mark is None or not mark[0].has_clock or (mark[0].tail or "").strip():
                continue
        ln.rule = DATELINE_RULE
        st.remove(ln.rule, ln.text)
        return list(led[1])
    return []


def _updated_after(middle: str, tail: str) -> str:
    """Between a row's two dates, its first clock and the update's lead words ("u 08:25
    Ažurirano:", "10:30 Updated"), and after the second at most a clock: the first clock (what
    `byline_date_row` checks after the date), else ""."""
    words = middle.strip(" ,|–-").split()
    tail = tail.strip(" ,|–-")
    for cut in range(1, min(len(words), 3) + 1):  # (the clock: a word or two, "u 08:25")
        clock, lead = " ".join(words[:cut]), words[cut:]
        mark = text_times.stamp(clock)
        if mark is None or not mark[0].has_clock or (mark[0].tail or "").strip():
            continue
        if 1 <= len(lead) <= 3 and not any(ch.isdigit() for w in lead for ch in w) \
                and (not tail or ((m := text_times.stamp(tail)) is not None and m[0].has_clock and not (m[0].tail or "").strip())):
            return clock
    return ""


def subhead_above(chunk: list[Line], cut: int, resume: int) -> int | None:
    """The kept line right above paragraph ``resume``, past the related-stories list that starts
    at ``cut``, when it is a subheading (title-shaped, not a list item nor a sentence), else None."""
    k = next((j for j in range(resume - 1, cut, -1) if not chunk[j].removed), None)
    if k is None or chunk[k].media_kind or chunk[k].mark is not None:
        return None
    t = chunk[k].text
    return k if shapes.is_headline_shaped(t, max_words=14) and not shapes.is_prose(t) \
        and not shapes.is_list_item(t) and not any(ch.isdigit() for ch in t) else None


def paragraph_pair(chunk: list[Line], start: int) -> bool:
    """Whether paragraph ``start`` has another prose paragraph (not a list item) right under it."""
    nxt = next((ln for ln in chunk[start + 1:] if not ln.removed), None)
    return nxt is not None and not nxt.media_kind and nxt.prose and not shapes.is_list_item(nxt.text)
