"""Text front, stage 2: where posts start and where the page's furniture begins.

Posts open at time-stamp lines when the page has a run of them, else at headline-shaped lines
that lead into body text; the last post ends where its text gives way to a run of non-prose.
"""
from __future__ import annotations

from . import shapes, text_times
from .text_bylines import name_and_role, role_below
from .text_footer import cut_footer  # noqa: F401 (the footer cut lives there; importable here)
from .text_glued import name_line
from .text_lines import Line
from .text_post import lead_byline, signature_names
from .text_stamp_roles import (
    demote_comment_stamps,
    demote_counted_thread,
    demote_stray_labelled,
    header_stamp,
)


def _is_stamp(ln: Line) -> bool:
    """A time line that opens a post (not a trailing 'Author 14 August 2023 10:01'), or a match
    minute."""
    return (ln.mark is not None and not ln.mark.lead) or bool(ln.minute)


def _drop_teasers(lines: list[Line]) -> None:
    """A teaser for another article sits at the end of a post: short lead-in lines ("Read
    more:"), the article's title, and its date in the page's stamp shape, right above the next
    post's stamp (or that post's one-line label). The date line, the title and the lead-ins are
    marked ``page.teaser``; a post that is nothing but a teaser keeps the teaser's title."""
    leads = {ln.stamp_lead for ln in lines if ln.stamp_lead}
    for i, ln in enumerate(lines):
        if ln.mark is None or ln.mark.lead or ln.removed:
            continue
        p = _prev_content(lines, i)
        if p is not None and p == i - 1 and _label_shaped(lines[p].text):
            p = _prev_content(lines, p)  # the next post's label ("Breaking") above its stamp
        if p is None:
            continue
        d = lines[p]
        stamp_end = _is_stamp(d) and not d.minute and not d.head   # a stamp with nothing under it
        # (or a line with the stamp's own lead-in, "Published: 3 July", however times reads it)
        date_end = d.mark is None and (any(d.text.startswith(lead) for lead in leads)
                                       or ((lead := text_times.lead_in(d.text)) != "" and ln.text.startswith(lead)))
        if not (stamp_end or date_end):
            continue
        t = _prev_content(lines, p)
        if t is None or _is_stamp(lines[t]) or not shapes.is_headline_shaped(lines[t].text, max_words=30):
            continue
        lead_ins: list[int] = []
        q = _prev_content(lines, t)
        while q is not None and len(lead_ins) < 2 and not _is_stamp(lines[q]) and not shapes.is_name(lines[q].text) \
                and _lead_in_shaped(lines[q].text):
            lead_ins.append(q)
            q = _prev_content(lines, q)
        d.rule = "page.teaser"
        d.mark = None
        for j in lead_ins:
            lines[j].rule = "page.teaser"
        if q is None or not _post_head(lines, q):
            lines[t].rule = "page.teaser"
        # else the post is the teaser: its title stays as the post's text


def _post_head(lines: list[Line], q: int) -> bool:
    """Whether line q is a post's stamp, the name under it, or the headline under those."""
    for _ in range(3):
        if _is_stamp(lines[q]):
            return True
        if not (shapes.is_name(lines[q].text) or shapes.is_headline_shaped(lines[q].text, max_words=30)):
            return False
        prev = _prev_content(lines, q)
        if prev is None:
            return False
        q = prev
    return False


def _label_shaped(text: str) -> bool:
    """One to three words, no digits, not a sentence, not a name: a label such as 'Breaking'."""
    return len(text.split()) <= 3 and not shapes.ends_sentence(text) and not shapes.is_name(text) \
        and not any(ch.isdigit() for ch in text) and not shapes.is_list_item(text)


def _icon_chip(text: str) -> bool:
    """A pictograph and one to three words ("📌 Fixada", "★ Análise"): a chip printed over a
    post's stamp, whatever the page's language."""
    word = shapes.tag_word(text)
    return word != text and bool(word) and _label_shaped(word)


def _lead_in_shaped(text: str) -> bool:
    """A teaser's lead-in: one to three words, or a short line that ends in a colon."""
    n = len(text.split())
    return (n <= 3 and not shapes.ends_sentence(text)) or (n <= 6 and text.endswith(":"))


def _demote_dated_stamps(lines: list[Line]) -> None:
    """Where most stamps show no year, one that does ("Monday 14 August 2023 10:17") dates the
    page, not a post."""
    stamps = [ln for ln in lines if (ln.mark is not None and not ln.mark.lead) or ln.minute]  # (_is_stamp)
    dated = [ln for ln in stamps if ln.mark is not None and ln.mark.date is not None]
    if stamps and len(dated) * 2 < len(stamps):
        for ln in dated:
            ln.mark = None


def name_led_openers(lines: list[Line]) -> list[int]:
    """Stamps printed after their author ("Dana Whitfield 9:42 pm") that open posts: where the
    page repeats the shape three times or more, each (but one in five at most) right under a
    removed line (the share tool closing the previous post) or a line that is not prose (the
    first: under the page's header), and right above body text. A stamp that closes a post ("Author 14 August 2023 10:01") stands
    under the post's body text instead."""
    cand = [i for i, ln in enumerate(lines)
            if ln.mark is not None and ln.mark.lead and ln.mark.has_clock and not ln.removed]
    if len(cand) < 3:
        return []
    opening = []
    bodied = []
    for k, i in enumerate(cand):
        above = lines[i - 1] if i > 0 and k > 0 else None  # (the first stands under the page's header)
        below = _next_content(lines, i)
        if _body_or_titled_body(lines, below):
            bodied.append(i)
            if above is None or above.removed or not shapes.is_prose(above.text):
                opening.append(i)
    if len(opening) < 3 and bodied and bodied[-1] == cand[-1] and _feed_rows_open(lines, cand, bodied):
        opening = bodied
    return opening if len(opening) >= 3 and len(opening) * 5 >= len(cand) * 4 else []


def _feed_rows_open(lines: list[Line], cand: list[int], bodied: list[int]) -> bool:
    """Author rows with no share tool between the posts (an embedded feed's text, "Name 4:05
    p.m." straight under the post before): they open posts where body text follows every one,
    the last one too (a row closing its post has the footer under the last), and the first
    stands under a line that is no body text (a row closing its post has the first post's text
    right above it)."""
    first = _prev_content(lines, cand[0])
    return len(bodied) * 5 >= len(cand) * 4 and (first is None or not shapes.is_prose(lines[first].text))


def name_led_closers(lines: list[Line]) -> list[int]:
    """Stamps printed after their author that CLOSE posts ("Alex Boutilier 12:41 AM Tweet
    Share" under each post's text): where the page repeats the shape three times or more,
    each (but one in five at most) right under the post's text (prose, a picture's caption,
    a line of six words or more), signed by authors who sign more than one row or followed
    by the same words on most rows (the share tools): readers' comments are not. Returns the lines where the posts open: the first post at
    the paragraph right above the first such row, each other one right under the row before."""
    cand = [i for i, ln in enumerate(lines)
            if ln.mark is not None and ln.mark.lead and ln.mark.has_clock and not ln.removed]
    if len(cand) < 3:
        return []
    closing = []
    for i in cand:
        j = i - 1
        while j >= 0 and lines[j].removed:
            j -= 1
        if j >= 0 and lines[j].mark is None and not lines[j].minute \
                and (lines[j].media_kind or shapes.is_prose(lines[j].text) or len(lines[j].text.split()) >= 6):
            closing.append(i)
    if len(closing) < 3 or len(closing) * 5 < len(cand) * 4 or len(name_led_openers(lines)) >= 3:
        return []
    # a feed's few reporters sign again and again, or each row carries the same tools after its
    # clock ("Tweet Share"); readers' comments are signed by as many names as there are rows
    marks = [m for i in closing if (m := lines[i].mark) is not None]
    tails = [m.tail for m in marks]
    if len({m.lead for m in marks}) == len(closing) \
            and not (tails[0] and tails.count(tails[0]) * 5 >= len(tails) * 4):
        return []
    # the first post: the paragraph (with its pictures) right above the first row
    j = closing[0] - 1
    while j >= 0 and lines[j].removed:
        j -= 1
    para = lines[j].para
    while j > 0 and (lines[j - 1].removed or lines[j - 1].media_kind or lines[j - 1].para == para):
        j -= 1
    while lines[j].removed:
        j += 1
    starts = [j]
    for a, b in zip(closing, closing[1:]):
        k = _next_line(lines, a)
        if k is not None and k < b:
            starts.append(k)
    return starts if len(starts) >= 3 else []


def closed_by_stamps(lines: list[Line], starts: list[int]) -> bool:
    """Whether every post but the last ends with its author's stamp row (`name_led_closers`)."""
    if len(starts) < 3:
        return False
    for a, b in zip(starts, starts[1:]):
        j = b - 1
        while j > a and lines[j].removed:
            j -= 1
        m = lines[j].mark
        if j <= a or m is None or not m.lead or not m.has_clock:
            return False
    return True


def _body_or_titled_body(lines: list[Line], j: int | None) -> bool:
    """Line j opens body text, or is a headline (or a name: "Votó Javier Milei" is shaped like
    one) with body text right under it ("Name 20:14" / "Massa reconoció la derrota" / a
    sentence)."""
    if j is None or lines[j].mark is not None:
        return False
    t = lines[j].text
    if _opens_body(t):
        return True
    if not shapes.is_headline_shaped(t) or shapes.is_prose(t):
        return False
    k = _next_content(lines, j)
    return k is not None and lines[k].mark is None and _opens_body(lines[k].text)


def post_starts(lines: list[Line]) -> list[int]:
    _demote_dated_stamps(lines)
    if not demote_counted_thread(lines):
        demote_comment_stamps(lines)
    demote_stray_labelled(lines)
    _drop_teasers(lines)
    stamps = [i for i, ln in enumerate(lines) if (ln.mark is not None and not ln.mark.lead) or ln.minute]  # (_is_stamp)
    if len(stamps) < 3:
        if not stamps and (closed := name_led_closers(lines)):
            return closed  # posts that end with their author's stamp row
        stamps = sorted(set(stamps) | set(name_led_openers(lines)))
    if len(stamps) >= 3:
        starts: list[int] = []
        run_end = 0  # lines[starts[-1]:run_end] are known to be removed or bare stamps
        for i in stamps:
            # consecutive stamps (only removed lines between) open one post
            # (a stamp that carries its headline, "7:53 am: Title", is a post of its own);
            # the run already checked is not walked again (a page of bare stamps is linear)
            # (an embedded post, removed as such, is a post's content: "20h52" / a tweet / "20h31")
            if starts and all((lines[j].removed and lines[j].rule != "embed.social")
                              or (_is_stamp(lines[j]) and not lines[j].head)
                              for j in range(max(starts[-1], run_end), i)):
                run_end = i
                continue
            starts.append(i)
            run_end = i
        if header_stamp(lines, starts):
            starts = starts[1:]
        # where stamps sit under a removed line (a share tool closing each post), a short line
        # in that place instead is the post's label ("Start liveblog")
        slot = sum(1 for s in starts if s > 0 and (lines[s - 1].removed or (
            s > 1 and lines[s - 2].removed and _label_shaped(lines[s - 1].text)))) * 5 >= len(starts) * 3
        return _pull_bylines(lines, [_pull_label(lines, s, slot, first=(k == 0)) for k, s in enumerate(starts)])
    signed = _signed_starts(lines)
    if signed:
        return [_pull_label(lines, s) for s in signed]
    return [_pull_label(lines, s) for s in _headline_starts(lines)]


def _signed_starts(lines: list[Line]) -> list[int]:
    """Without time stamps, posts whose headlines may read as sentences ("Stocks rally.") open
    where the page's structure says so: at a line the page's key-points list repeats, at the
    first line after a closing signature ("— Name"), or at a short line a picture credit
    follows. Used when posts sign off and at least three posts open so; the opening lines are
    marked as headlines."""
    signatures = sum(1 for ln in lines if ln.text[0] == "—" and ln.content and signature_names(ln.text))
    if signatures < 2:
        return []
    listed = {shapes.strip_list_mark(ln.text) for ln in lines
              if ln.content and shapes.is_list_item(ln.text) and len(ln.text.split()) >= 4}
    starts: list[int] = []
    structural = 0  # starts from the list or a signature, not from a credit alone
    after_signature = False
    for i, ln in enumerate(lines):
        if ln.removed or ln.mark is not None:
            continue
        if ln.media_kind:
            continue
        t = ln.text
        if signature_names(t) and t[0] == "—":
            after_signature = True
            continue
        short = len(t.split()) <= 25 and not shapes.is_list_item(t) and t[0].isupper()
        nxt = _next_line(lines, i)
        if t in listed and not shapes.is_list_item(t):
            starts.append(i)
            structural += 1
        elif after_signature and short and nxt is not None and not _is_stamp(lines[nxt]):
            starts.append(i)
            structural += 1
        elif short and nxt is not None and lines[nxt].media_kind and starts:
            starts.append(i)
        after_signature = False
    if structural < 3:
        return []
    for i in starts:
        lines[i].title = True
    return starts


def _next_line(lines: list[Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and lines[j].removed:
        j += 1
    return j if j < len(lines) else None


def _pull_label(lines: list[Line], start: int, slot: bool = False, first: bool = False) -> int:
    j = _prev_content(lines, start)
    if j is not None and shapes.is_label(lines[j].text):
        return j
    if j is not None and j == start - 1 and lines[j].content and _icon_chip(lines[j].text):
        lines[j].label = True  # "📌 Fixada" right over the stamp: a chip, the post's label
        return j
    # (in the slot: under the removed line that closes the previous post, or under the header)
    if slot and j == start - 1 and j > 0 and lines[j].content and _label_shaped(lines[j].text) \
            and (first or lines[j - 1].removed):
        lines[j].label = True
        return j
    return start


def own_stamp(lines: list[Line], start: int) -> int:
    """The stamp line of a post that `_pull_label` opened at its label, else the start itself."""
    ln = lines[start]
    if ln.mark is None and (ln.label or shapes.is_label(ln.text)):
        nxt = _next_content(lines, start)
        if nxt is not None and lines[nxt].mark is not None:
            return nxt
    return start


def _pull_bylines(lines: list[Line], starts: list[int]) -> list[int]:
    """Where the page prints each post's byline line above its stamp ("From CNN's Eva McKend" /
    "6:54 p.m. ET"), the post opens at the byline: when the first post's stamp has one above it
    (a byline closing a post stands under its text, never over the first stamp) and most
    others too."""
    if len(starts) < 3:
        return starts
    above = [_name_over_role(lines, _prev_content(lines, s)) for s in starts]
    led = [j is not None and lines[j].mark is None
           and (lead_byline(lines[j].text) is not None or _glued_author(lines, j, s)) for s, j in zip(starts, above)]
    if not led[0] or sum(led) < 3 or sum(led) * 5 < len(starts) * 3:
        return starts
    return [j if ok and j is not None else s for s, j, ok in zip(starts, above, led)]


def _glued_author(lines: list[Line], j: int, s: int) -> bool:
    """Line ``j`` is an author glued straight above the stamp line ``s`` (same paragraph): a
    bare name, or a name and a role ("Anna Sofie Schmidt politisk reporter" / "00.47")."""
    text = lines[j].text
    if j == s - 2 and lines[j + 1].para == lines[s].para and role_below(text, lines[j + 1]):
        s = j + 1  # "Aoife Brennan" / "Political Correspondent" / "9:42 PM": the name over its role
    return j == s - 1 and lines[j].para == lines[s].para and not shapes.is_prose(text) \
        and (name_line(text) or name_and_role(text) is not None)


def _name_over_role(lines: list[Line], j: int | None) -> int | None:
    """The name line over the role line ``j`` ("Aoife Brennan" / "Political Correspondent"),
    same paragraph; else ``j``."""
    if j is None or j < 1 or lines[j - 1].removed or lines[j - 1].para != lines[j].para \
            or not name_line(lines[j - 1].text) or not role_below(lines[j - 1].text, lines[j]):
        return j
    return j - 1


def _prev_content(lines: list[Line], i: int) -> int | None:
    j = i - 1
    while j >= 0 and lines[j].removed:
        j -= 1
    return j if j >= 0 and lines[j].content else None


def _next_content(lines: list[Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and (lines[j].removed or (lines[j].media_kind and lines[j].mark is None)):
        j += 1
    return j if j < len(lines) else None


def _headline_starts(lines: list[Line]) -> list[int]:
    """Without time stamps: a post opens at a headline-shaped line that leads into body text,
    allowing for a byline (name and role lines) and media between them."""
    starts: list[int] = []
    prose_since_start = True  # whether body text has come since the last post start
    for i, ln in enumerate(lines):
        if ln.rule is not None or ln.media_kind:
            continue
        if not shapes.is_headline_shaped(ln.text) or shapes.is_label(ln.text):
            prose_since_start = prose_since_start or ln.prose
            continue
        if starts and not prose_since_start:
            continue  # still in the previous post's headline and byline lines
        j = _next_content(lines, i)
        skipped = 0
        while j is not None and not lines[j].prose and skipped < 2 and _byline_like(lines, j):
            j = _next_content(lines, j)
            skipped += 1
        if j is not None and _opens_body(lines[j].text, lines[j].prose):
            starts.append(i)
            prose_since_start = False
        else:
            prose_since_start = prose_since_start or ln.prose
    return starts


def _opens_body(text: str, prose: bool | None = None) -> bool:
    """Body text: prose, or a short sentence such as a one-line quote. (``prose``: whether
    ``text`` is, when the caller knows.)"""
    if shapes.is_list_item(text):
        return False
    return (shapes.is_prose(text) if prose is None else prose) or (shapes.ends_sentence(text) and len(shapes.words(text)) >= 3
                                     and not shapes.is_headline_shaped(text) and not text.endswith((":", ",", ";")))


def _byline_like(lines: list[Line], j: int) -> bool:
    t = lines[j].text
    if shapes.is_name(t):
        return True
    p = _prev_content(lines, j)
    while p is not None and lines[p].media_kind:
        p = _prev_content(lines, p)
    return p is not None and shapes.is_name(lines[p].text) and shapes.is_role(t, lines[p].text)
