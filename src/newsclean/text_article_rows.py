"""Text front, article mode: the rows under an article's title, and where its text resumes.

- the byline and date row ("By Ruth Atieno 12 August 2024 10:30", "Ivana Marić 22.03.2024.
  u 08:25 Ažurirano: 22.03.2024. u 09:40") is header, its names the article's bylines;
- a list of sentences right under that row, before the text, is the article's key points:
  the page's summary ("* Eskom has gone 100 days without load shedding.");
- past a related-stories box inside the article, the text resumes at a subheading over a
  pair of paragraphs.
"""
from __future__ import annotations

from . import dates, shapes, text_times, times
from .model import Byline
from .text_bylines import lead_byline
from .text_header import DATELINE_RULE, DECK_RULE
from .text_lines import Line, State

__all__ = ["byline_date_row", "key_points", "paragraph_pair", "subhead_above"]

KEY_POINTS_MAX = 5       # items of a key-points list under the row
KEY_POINT_WORDS = 40     # ... each a sentence of at most this many words


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
        before = _without_day_name(ln.text[: hits[0].start].strip(" ,|–-"), language)
        led = lead_byline(before) if before else None
        if (led is None or not led[0]) and before and shapes.is_name(before):
            led = ("", [Byline(before)])  # a bare name before the date: the row's shape tells
        unsure = led is None and bool(before) and shapes.is_caseless_name(before, 3)
        if unsure:  # words of a script without case before the date: a name, likely, but no
            led = ("", [Byline(before)])  # capital says so: the row is header, no one is named
        if led is None or " ".join([led[0], *(b.name for b in led[1])]).replace(",", " ").split() \
                != before.replace(",", " ").split():
            continue
        if after and not _clock_only(after):
            # "08:15 עודכן: 09:30": the clock, then the update's lead words and clock
            last = list(times.CLOCK.finditer(after))
            if len(last) < 2 or not _updated_after(after[: last[-1].start()], after[last[-1].start():]):
                continue
        ln.rule = DATELINE_RULE
        st.remove(ln.rule, ln.text)
        return [] if unsure else list(led[1])
    return []


def _clock_only(text: str) -> bool:
    mark = text_times.stamp(text)
    return mark is not None and mark[0].has_clock and not (mark[0].tail or "").strip()


def _without_day_name(text: str, language: str | None) -> str:
    """The row's text before its date without the weekday the date opens with ("Name Sunday",
    "محمد الراجي الأحد": CLDR's day names for the page's language)."""
    head, _, last = text.rpartition(" ")
    if head and dates.cal.is_day_name(last.strip(","), language):
        return head.strip(" ,|–-")
    return text


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


def key_points(lines: list[Line], first: int) -> list[str]:
    """The article's key points: two to `KEY_POINTS_MAX` list items, each one sentence, right
    under its byline and date row (`byline_date_row` marked it) and followed by the text (a
    paragraph, a picture first). Marked as the page's summary and returned."""
    row = next((i for i in range(first, min(first + 8, len(lines))) if lines[i].rule == DATELINE_RULE), None)
    if row is None:
        return []
    items: list[int] = []
    k = row + 1
    while k < len(lines) and len(items) <= KEY_POINTS_MAX:
        ln = lines[k]
        if ln.removed:
            k += 1
            continue
        if not (ln.content and shapes.is_list_item(ln.text) and shapes.ends_sentence(ln.text)
                and len(shapes.strip_list_mark(ln.text).split()) <= KEY_POINT_WORDS):
            break
        items.append(k)
        k += 1
    if not 2 <= len(items) <= KEY_POINTS_MAX:
        return []
    nxt = next((ln for ln in lines[k:k + 4] if ln.content), None)
    if nxt is None or not (nxt.prose and len(nxt.text) >= 80 and not shapes.is_list_item(nxt.text)):
        return []
    for i in items:
        lines[i].rule = DECK_RULE
    return [shapes.strip_list_mark(lines[i].text) for i in items]
