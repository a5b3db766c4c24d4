"""Text front, stage 2 helpers: which stamp lines are no post's, before posts are cut.

Reader comments under the feed (stamps behind the commenter's name), a stamp behind a label
that falls out of the feed's time order (a player's duration), and the page's own stamp under
its title over a newest-first feed. Each decides from the page's stamps alone: their shapes and
their order in time, no words of a language.
"""
from __future__ import annotations

import regex

from . import shapes
from .text_lines import Line

__all__ = ["demote_comment_stamps", "demote_counted_thread", "demote_stray_labelled", "header_stamp", "time_key"]


def demote_comment_stamps(lines: list[Line]) -> None:
    """Reader comments under the feed print their stamps behind the commenter's name ("Pera
    17.12.2023. 22:51", "Ana Kovač 17:02"), where the page's posts show bare stamps: when the
    page has a run of bare stamps (three or more), no stamp before the last of them is led so,
    and every stamp after it is (a name, or a word that is no label of the packs), those are
    the comments'. They start no post: from the first of them (or the count heading right above
    it, "Komentari (2)", "Comments 1,245") to the end, the page's lines are marked
    ``page.comments``."""
    bare, led = [], []
    for i, ln in enumerate(lines):
        m = ln.mark
        if m is None or ln.removed or ln.head or ln.stamp_lead:
            continue
        if not m.lead and not ln.stamp_label:
            bare.append(i)
        elif (ln.stamp_label and not shapes.is_label(ln.stamp_label)) or (m.lead and shapes.is_name(m.lead)):
            led.append(i)
    if len(bare) < 3 or not led or led[0] < bare[-1]:
        return
    if any((m := lines[i].mark) is not None and m.lead and not shapes.is_name(m.lead)
           for i in range(bare[-1] + 1, len(lines)) if i not in led):
        return  # (another stamp shape below: not a comment thread)
    first = led[0]
    head = _prev_content(lines, first)
    if head is not None and _COUNT_HEADING.match(lines[head].text) and lines[head].mark is None:
        first = head
    for ln in lines[first:]:
        if ln.mark is not None:
            ln.mark, ln.stamp_label, ln.stamp_lead = None, "", ""
        if ln.rule is None:
            ln.rule = "page.comments"


THREAD_MIN = 2  # stamps led by a commenter's name under a counted heading that make a thread
_HANDLE = regex.compile(r"^[\w.-]{2,30}$")
_ORDINAL = regex.compile(r"^\d{1,3}[.)]\s+")


def demote_counted_thread(lines: list[Line]) -> bool:
    """A counted heading ("Hozzászólások (1243)", "Maoni 3") whose next line is a stamp led by
    a name or a user handle ("kovacs_bela 2024. 06. 09. 23:41", numbered or not; one notice line
    may stand between), with two or more such stamps below it and no bare stamp (a post's, not a
    list item's) after it: the readers' comment thread, on an article
    page as under a feed. From the heading to the end, the lines are marked ``page.comments``
    and their stamps start nothing. Returns whether a thread was found."""
    for i, ln in enumerate(lines):
        if ln.removed or ln.mark is not None or not _COUNT_HEADING.match(ln.text):
            continue
        j = _next_kept(lines, i)
        if j is not None and not _commenter_stamp(lines[j]) and lines[j].prose:
            j = _next_kept(lines, j)  # (a notice under the heading: "Comments are the readers' own views.")
        if j is None or not _commenter_stamp(lines[j]):
            continue
        below = [x for x in lines[j:] if not x.removed and (x.mark is not None or _commenter_stamp(x))]
        if sum(_commenter_stamp(x) for x in below) < THREAD_MIN \
                or any(x.mark is not None and not x.mark.lead and not shapes.is_list_item(x.text) for x in below):
            continue  # (a post's bare stamp below; a list of clocked links, a sidebar's, is none)
        for x in lines[i:]:
            if x.mark is not None:
                x.mark, x.stamp_label, x.stamp_lead = None, "", ""
            if x.rule is None:
                x.rule = "page.comments"
        return True
    return False


def _commenter_stamp(ln: Line) -> bool:
    """A stamp line led by a name or a user handle: marked so, or a line of a short name and a
    date with its clock ("* kovacs_bela 2024. 06. 09. 23:41", "Otieno K. Agosti 12, 2024 saa
    11:05"), which the text front reads as no post's stamp."""
    if ln.mark is not None:
        return _commenter(ln.mark.lead)
    words = ln.text.lstrip("*•- ").split()
    if len(ln.text) > 80 or len(words) < 2:
        return False
    from . import times

    for k in range(1, min(3, len(words) - 1) + 1):
        m = times.parse_time_line(" ".join(words[k:]))
        if m is not None and m.hour is not None and m.date is not None:
            return _commenter(" ".join(words[:k]))
    return False


def _commenter(lead: str) -> bool:
    lead = _ORDINAL.sub("", lead.lstrip("*•- ").strip())  # ("3. pinoyako": the thread's numbering)
    return bool(lead) and len(lead.split()) <= 3 and (shapes.is_name(lead) or bool(_HANDLE.match(lead)))


def _next_kept(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, min(len(lines), i + 4)):
        if not lines[j].removed and lines[j].text.strip():
            return j
    return None


# a section heading with a count: "Komentari (2)", "Comments 1,245", "Reacties (12)"
_COUNT_HEADING = regex.compile(r"^\p{L}[\p{L} ]{1,30}[ \u00a0](?:\(\d[\d.,]{0,7}\)|\d[\d.,]{0,7})$")


def demote_stray_labelled(lines: list[Line]) -> None:
    """A stamp behind a label ("Video abspielen Dauer 1:54": a player's duration) whose time
    falls outside the two bare stamps around it, where those run newest first, is no post's
    time: the feed's posts stand in time order, and so would a post behind a label."""
    stamped = [i for i, ln in enumerate(lines) if ln.mark is not None and not ln.mark.lead and not ln.removed
               and not ln.head and not ln.stamp_lead]
    bare = [i for i in stamped if not lines[i].stamp_label]
    if len(bare) < 3:
        return
    for i in stamped:
        if not lines[i].stamp_label:
            continue
        before = [b for b in bare if b < i]
        after = [b for b in bare if b > i]
        if not before or not after:
            continue
        key, hi, lo = time_key(lines[i]), time_key(lines[before[-1]]), time_key(lines[after[0]])
        if key is None or hi is None or lo is None or hi < lo:
            continue  # (oldest first, or across midnight: no telling)
        if not lo <= key <= hi:
            ln = lines[i]
            ln.mark, ln.stamp_label, ln.stamp_lead = None, "", ""


def header_stamp(lines: list[Line], starts: list[int]) -> bool:
    """Whether the first stamp is the page's own (its publication time under the title, a
    standfirst under it) rather than a post's: over a feed of three posts or more that runs
    newest first, it is older than every post, and no prose follows it before the next stamp.
    (A pinned post on top has its text; a pinned copy repeats a post's time.)"""
    first = lines[starts[0]].mark if starts else None
    if len(starts) < 4 or first is None or not first.has_clock:
        return False
    keys = [k for s in starts if (k := time_key(lines[s])) is not None]
    if len(keys) < len(starts):
        return False
    feed = keys[1:]
    if not all(a >= b for a, b in zip(feed, feed[1:])) or not keys[0] < feed[-1]:
        return False
    return not any(shapes.is_prose(ln.text) or ln.media_kind for ln in lines[starts[0] + 1: starts[1]]
                   if not ln.removed)


def time_key(ln: Line) -> tuple[int, int] | None:
    """A stamp line's day and minute of the day, to compare in time; None without a clock."""
    m = ln.mark
    if m is None or m.hour is None:
        return None
    day = m.date.toordinal() if m.date else (m.month_day[0] * 31 + m.month_day[1] if m.month_day else 0)
    return day, m.hour * 60 + (m.minute or 0)


def _prev_content(lines: list[Line], i: int) -> int | None:
    j = i - 1
    while j >= 0 and lines[j].removed:
        j -= 1
    return j if j >= 0 and lines[j].content else None
