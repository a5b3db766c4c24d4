"""Lines glued above a post's stamp in scraped text (same paragraph, no blank line between):
the post before's byline, a day's heading, another story's card; and whether a post has its
headline under its stamp."""
from __future__ import annotations

from . import shapes, times
from .text_lines import Line, State
from .text_post import lead_byline


def mark_glued_lines(lines: list[Line], starts: list[int], st: State) -> bool:
    """Lines printed straight above the next post's stamp with no blank line between, under the
    post's text in paragraphs of its own, are no text of that post: a bare name is its byline
    ("Mariama Darame" / "19h40"), a date its day's heading ("Samstag, 24. Februar 2024"), a
    title the card of another story ("Zwei Jahre Krieg Wie die Ukraine den Jahrestag begeht")
    where the next post has its own headline under its stamp. Not where the first post's stamp
    has such a name or title above it too: there they head the posts below them. Returns
    whether a byline was found."""
    if len(starts) < 3:
        return False
    j = _glued_line(lines, starts[0], first=True)
    if j is not None and not _date_line(lines[j].text):
        return False
    found = False
    glued = [(s, j) for s in starts[1:] if (j := _glued_line(lines, s)) is not None]
    seen: dict[str, int] = {}
    for _, j in glued:
        seen[lines[j].text] = seen.get(lines[j].text, 0) + 1
    for s, j in glued:
        ln = lines[j]
        if seen[ln.text] > 1 and not name_line(ln.text):
            continue  # (a line the page repeats above its stamps is the page's, decided elsewhere)
        if name_line(ln.text):
            ln.byline = found = True
        elif _date_line(ln.text):
            ln.rule = "page.day-heading"
            st.remove(ln.rule, ln.text)
        elif shapes.is_headline_shaped(ln.text, max_words=16) and not shapes.is_label(ln.text) \
                and lead_byline(ln.text) is None and headed_below(lines, s):
            ln.rule = "page.teaser"
            st.remove(ln.rule, ln.text)
    return found


def _glued_line(lines: list[Line], s: int, first: bool = False) -> int | None:
    """The line right above the stamp line ``s`` when it is glued to it (same paragraph), under
    the prose or picture of the post before (``first``: the first post's stamp, under the page's
    header)."""
    if s < 1 or lines[s].mark is None:
        return None
    ln = lines[s - 1]
    if not ln.content or ln.mark is not None or ln.minute or ln.para != lines[s].para or shapes.is_prose(ln.text) \
            or shapes.is_list_item(ln.text):
        return None
    if first:
        return s - 1
    j = s - 2
    while j >= 0 and lines[j].removed:
        j -= 1
    if j < 0 or lines[j].para == ln.para or not (lines[j].media_kind or shapes.is_prose(lines[j].text)):
        return None
    return s - 1


def name_line(text: str) -> bool:
    """Two to five words of a name: a byline standing on its own line."""
    return 2 <= len(text.split()) <= 5 and shapes.is_name(text)


def _date_line(text: str) -> bool:
    """A date alone ("Samstag, 24. Februar 2024"): a day's heading, no clock."""
    return len(text) <= 40 and times.parse_time_line(text) is None and times.parse_date(text) is not None \
        and not shapes.is_name(text.split(",")[-1].strip())


def headed_below(lines: list[Line], s: int) -> bool:
    """Whether the post the stamp line ``s`` opens has its headline under the stamp: a title,
    then text within two lines."""
    below = [ln for ln in lines[s + 1: s + 6] if ln.rule is None and not ln.media_kind][:3]
    return len(below) >= 2 and shapes.is_headline_shaped(below[0].text) and not shapes.is_prose(below[0].text) \
        and any(shapes.is_prose(ln.text) for ln in below[1:])


def keep_glued_byline(chunk: list[Line], footer: list[Line]) -> tuple[list[Line], list[Line]]:
    """On a page whose posts close with a bare name (`mark_glued_bylines`), the last post's
    name, cut off with the footer as its first kept line, moved back into the post."""
    for j, ln in enumerate(footer[:3]):
        if ln.removed:
            continue
        words = ln.text.split()
        if ln.content and 2 <= len(words) <= 5 and shapes.is_name(ln.text) and not shapes.is_prose(ln.text):
            ln.byline = True
            return chunk + footer[: j + 1], footer[j + 1:]
        break
    return chunk, footer
