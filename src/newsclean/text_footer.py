"""Text front, stage 2 (end): where the last post's text gives way to the page's furniture."""
from __future__ import annotations

from . import dates, shapes
from .text_lines import Line

__all__ = ["cut_footer"]


def _is_stamp(ln: Line) -> bool:
    """A time line that opens a post, or a match minute (as `text_segment` reads them)."""
    return (ln.mark is not None and not ln.mark.lead) or bool(ln.minute)


def cut_footer(chunk: list[Line]) -> tuple[list[Line], list[Line]]:
    """The last post runs until its text gives way to page furniture: cut after the last body
    line that is not followed closely by a run of four or more non-prose lines. (A short
    sentence right under the post's stamp, "1'" / "First Half begins.", is the post's text; a
    list item closed by a date is a link to another story, `_dated_link`.)"""
    last_body = 0
    run = 0
    stamped = bool(chunk) and _is_stamp(chunk[0])
    data_list = False  # in a list of short counted items right under the body ("* SDS: 31 %")
    for k, ln in enumerate(chunk):
        if ln.removed:
            # page furniture a rule removed (a share row, a related-stories heading) counts in
            # the run of furniture: the post's text does not go on past it
            if (ln.rule or "").startswith("chrome.") and k > 0:
                run += 1
                if run >= 4:
                    break
            continue
        if last_body == k - 1 or data_list:
            data_list = run == 0 and _data_item(ln.text)
            if data_list:
                last_body = k
                continue
        if stamped and last_body == 0 and run == 0 and k > 0 and not shapes.is_prose(ln.text) \
                and not ln.media_kind and _short_sentence(ln.text):
            last_body, run = k, 1  # (kept, but still the start of a run of furniture)
            continue
        if (shapes.is_prose(ln.text) and not _copyright(ln.text) and not _dated_link(ln.text)) or ln.media_kind \
                or k == 0:
            if run >= 4 and k > 0:
                break
            last_body = k
            run = 0
        else:
            run += 1
            if run >= 4:
                break
    end = last_body + 1
    # (bulleted sentences right after the last paragraph are its list: "* Counting can take weeks.")
    while end < len(chunk) and (chunk[end].removed or chunk[end].media_kind
                                or (shapes.is_list_item(chunk[end].text) and shapes.ends_sentence(chunk[end].text))):
        end += 1
    return chunk[:end], chunk[end:]


def _copyright(text: str) -> bool:
    """A line that opens with the copyright sign ("© 2024 Owner. <rights words>"): the page's
    footer in any language, however sentence-like its rights words read."""
    return text[:1] == "©"


def _dated_link(text: str) -> bool:
    """A list item closed by a date, no sentence ("* <another story's title> 18 November 2024"):
    a link to another story, however long its title runs, not the post's text."""
    if not shapes.is_list_item(text) or shapes.ends_sentence(text) or not text[-1:].isdigit():
        return False
    item = shapes.strip_list_mark(text).rstrip()
    tail = item[-40:]
    hits = dates.find_dates(tail, None)
    return bool(hits) and hits[-1].end == len(tail) and hits[-1].start > 0


def _data_item(text: str) -> bool:
    """A list item of a few words with a count or a share ("* SDS: 31 %", "* Turnout 74%"):
    a post's data list, not a list of links (a title runs longer; a numbered link is
    numbered by its mark, not in its words)."""
    if not shapes.is_list_item(text):
        return False
    item = shapes.strip_list_mark(text)
    return len(item.split()) <= 5 and any(ch.isdigit() for ch in item) and not shapes.ends_sentence(item)


def _short_sentence(text: str) -> bool:
    return shapes.ends_sentence(text) and len(text.split()) >= 2 and not shapes.is_list_item(text)
