"""Text front: is the page a live blog or an article? Decided by structure, after segmentation.

Segmentation (``text_segment``) proposes post starts from line shapes; this stage checks that
they make a *run* of posts before the page is called live. An article's text can show every
single shape a live page shows (a timeline's years, an audio player's "0:00", a related-stories
list with dates, subheadings over paragraphs), but not a run of stamped posts spread over the
whole text. When in doubt the answer is "article", with the reasons in the document's warnings.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import shapes
from .calendar_names import is_day_name
from .rules import RuleSet
from .rules.phrases import norm
from .text_article_head import after_standfirst
from .text_header import _title_score, editors_line, times_note, title_evidence
from .text_lines import Line
from .text_segment import closed_by_stamps, name_led_openers

__all__ = ["Verdict", "article_end", "article_start", "first_paragraph", "live_or_article", "text_resumes"]

MIN_POSTS = 3             # posts with body text a stamped or signed run needs
MIN_HEADLINE_POSTS = 5    # ... and a run found by headline shapes alone (with more evidence)
MAX_SHARE = 0.75          # no segment of a live page holds more of its prose than this
MAX_SHARE_HEADLINE = 0.5
MIN_ORDER = 0.9           # stamps run one way in time (newest first or oldest first)
PARAGRAPH_CHARS = 120      # a line of prose this long is an article's paragraph
RUN_GAP = 4                # ... and paragraphs of one text stand at most this many lines apart
HEADER_LINES = 40         # where a live page's header notes ("Edited by", "All times ...") stand


@dataclass(frozen=True)
class Verdict:
    live: bool
    reasons: tuple[str, ...]          # why, for the warnings and for debugging
    warning: str | None = None        # set when the page is called an article despite live signals


def live_or_article(lines: list[Line], starts: list[int], rules: RuleSet, title: str | None = None,
                    stamps_seen: int = 0) -> Verdict:
    """Whether the post starts segmentation found make a live blog.

    A live page has a *run* of posts: several stamps (clock times, "X: <stamp>" lead-ins, match
    minutes) at post boundaries spread through the text, each followed by body text, in time
    order; or three or more posts that sign off ("— Name"). Posts found by
    headline shapes alone (subheadings over paragraphs are also that) need the page to say it
    is live (a live badge line, or a live phrase of the packs in the title) and a live header
    note ("Edited by", "All times are ..."). An article has its prose in one place: a stamp
    cluster (a player's "0:00", a timeline, a dated related list) holds little of the text, and
    one segment holds most of it (``MAX_SHARE``).

    Returns the verdict with its reasons; ``warning`` is set when the page is called an article
    although it shows live signals (a stamp run, signed posts, a live word, or ``stamps_seen``:
    three or more stamp lines before segmentation explained some away as teasers)."""
    says_live = _says_live(lines, rules, title)
    if len(starts) < 2:
        return Verdict(False, ("one post",), _warn(says_live or stamps_seen >= 3, (f"{stamps_seen} stamps",)))
    prose = [_head_chars(ln) if ln.head else
             0 if len(ln.text) < 24 or ln.rule is not None or ln.media_kind or ln.mark is not None else _body_chars(ln)
             for ln in lines]  # (the cheap tests of _body_chars first)
    total = sum(prose)
    bounds = [0, *starts, len(lines)]
    segments = [sum(prose[a:b]) for a, b in zip(bounds, bounds[1:])]
    bodied = sum(1 for s in segments[1:] if s > 0)
    share = max(segments) / total if total else 1.0
    stamps = [ln for ln in lines if (ln.mark is not None and not ln.mark.lead) or ln.minute]
    if len(stamps) < 3:  # stamps printed after their author, opening posts
        led = set(name_led_openers(lines))
        if led:
            stamps = [ln for i, ln in enumerate(lines)
                      if i in led or (ln.mark is not None and not ln.mark.lead) or ln.minute]
        elif closed_by_stamps(lines, starts):  # stamps printed after their author, closing posts
            stamps = [ln for ln in lines[starts[0]:] if ln.mark is not None and ln.mark.has_clock and not ln.removed]
    head = segments[0] / total if total else 0.0
    reasons = [f"{len(starts)} post starts, {bodied} with body text", f"largest segment holds {share:.0%} of the prose",
               f"the header {head:.0%}"]
    if says_live:
        reasons.append("the page says it is live")
    if len(stamps) >= 3:
        path = "stamps"
        order = _order(stamps)
        reasons.append(f"{len(stamps)} stamps" + (f", {order:.0%} in time order" if order is not None else ""))
        live = bodied >= MIN_POSTS and bodied * 2 >= len(starts) and share <= MAX_SHARE \
            and (order is None or order >= MIN_ORDER)
        if live and not says_live and _written_after(lines, starts):
            live = False
            reasons.append("every post's dated stamp, oldest first, is before the page's own date and time: "
                           "a chronology")
    elif any(lines[s].title for s in starts):
        path = "signed"
        reasons.append("posts sign off")
        live = bodied >= MIN_POSTS and share <= MAX_SHARE
    else:
        path = "headline"
        noted = _live_header_note(lines, starts[0], rules)
        if noted:
            reasons.append("a live header note")
        live = says_live and noted and bodied >= MIN_HEADLINE_POSTS and share <= MAX_SHARE_HEADLINE
    reasons.insert(0, f"{'live' if live else 'article'} by {path}")
    if stamps_seen >= 3 and path == "headline":
        reasons.append(f"{stamps_seen} stamps before segmentation")
    warning = None if live else _warn(says_live or path != "headline" or stamps_seen >= 3, reasons)
    return Verdict(live, tuple(reasons), warning)


def _body_chars(ln: Line) -> int:
    """The length of a body-text line (prose, a sentence of five words or more, or eight words
    not shaped like a headline of twelve), else 0."""
    t = ln.text
    if len(t) < 24 or ln.rule is not None or ln.media_kind or ln.mark is not None:
        return 0  # (five words of a sentence take more room than this)
    if ln.prose:
        return len(t)
    n = t.count(" ") + 1  # (a line's words are one space apart)
    return len(t) if (shapes.ends_sentence(t) and n >= 5) or (n >= 8 and not shapes.is_headline_shaped(t, max_words=12)) else 0


def _head_chars(ln: Line) -> int:
    """The body text of a line that opens with its post's clock ("ore 15:10 - Il presidente
    ..."): the rest after the clock, when it is prose rather than a headline."""
    if ln.rule is not None or not shapes.is_prose(ln.head) or shapes.is_headline_shaped(ln.head, max_words=24):
        return 0
    return len(ln.head)


def _warn(signals: bool, reasons: tuple[str, ...] | list[str]) -> str | None:
    if not signals:
        return None
    return "text: called an article despite live signals (" + "; ".join(reasons) + ")"


def _order(stamps: list[Line]) -> float | None:
    """The share of consecutive clocked stamps that run the page's main way in time; None when
    fewer than three carry a clock. A feed crossing midnight turns once: one step is forgiven.
    A first stamp whose time stands again further down (not right under it), or that carries
    a label of the packs, is a pinned copy or a pinned post ("Pinned 4.40am" over the feed) and
    does not count."""
    keys: list[tuple[int, int]] = []
    first_labelled = False
    for ln in stamps:
        m = ln.mark
        if m is None or m.hour is None:
            continue
        if not keys:
            first_labelled = bool(ln.stamp_label) and shapes.is_label(ln.stamp_label)
        day = m.date.toordinal() if m.date else (m.month_day[0] * 31 + m.month_day[1] if m.month_day else 0)
        if not day and _names_a_day(ln.text):
            day = -1  # "Jueves, 14:00": a day of its own, though which one is not known
        keys.append((day, m.hour * 60 + (m.minute or 0)))
    if len(keys) < 3:
        return None
    if len(keys) >= 4 and (first_labelled or (keys[0] in keys[2:] and keys[0] != keys[1])):
        keys = keys[1:]  # a pinned post on top, or its copy (its twin stands in the feed, in its place)
    steps = [_step(a, b) for a, b in zip(keys, keys[1:])]
    down, up = steps.count(1), steps.count(-1)
    moves = down + up
    if not moves:
        return 0.0  # the same time over and over: a schedule or a list, not a feed
    if any(_wraps(a, b) for a, b in zip(keys, keys[1:])):
        return max(down, up) / moves  # midnight's turn is read already: nothing more to forgive
    return min(1.0, (max(down, up) + 1) / moves) if moves > 2 else max(down, up) / moves


MIDNIGHT_JUMP = 12 * 60  # minutes: a clock that jumps further the other way on an undated day passed midnight


def _names_a_day(text: str) -> bool:
    """A stamp line that names a day of the week before its clock ("Jueves, 14:00", "vasárnap
    22:58"), in any language CLDR knows (words after the clock are the post's)."""
    lead = text[:next((i for i, ch in enumerate(text) if ch.isdigit()), len(text))]  # (the words before the clock)
    return any(len(w) > 1 and is_day_name(w.strip(",.:;*•-")) for w in lead.split()[:3])


def _written_after(lines: list[Line], starts: list[int]) -> bool:
    """A chronology told after the events ("9 юни, 7:00 ч." ... "10 юни, 10:30 ч." under a header
    stamped "10 юни 2024, 12:15"): every post opens with a dated stamp, they run oldest first,
    and the last is before the date and time the page's header prints. A live blog's header
    gives its start, or says "updated"; its posts do not all precede it in order of time."""
    from . import times

    page = None
    for ln in lines[:starts[0]]:
        m = times.opening_stamp(ln.text) if ln.mark is None and len(ln.text) <= 120 else None
        if m is not None and m.date is not None and m.hour is not None and not m.lead:
            page = (m.date.month, m.date.day, m.hour, m.minute or 0)
    if page is None:
        return False
    keys = []
    for s in starts:
        m = lines[s].mark
        if m is None or m.hour is None:
            return False
        month_day = (m.date.month, m.date.day) if m.date else m.month_day
        if month_day is None:
            return False
        keys.append((*month_day, m.hour, m.minute or 0))
    return len(keys) >= 3 and keys == sorted(keys) and keys[-1] < page


def _wraps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] == b[0] == 0 and abs(a[1] - b[1]) > MIDNIGHT_JUMP


def _step(a: tuple[int, int], b: tuple[int, int]) -> int:
    """1 when stamp ``b`` is earlier than ``a``, -1 when later, 0 when the same. Two clocks of the
    same unprinted day (no date, no day name) more than half a day apart crossed midnight: "00:35" under "02:10",
    then "22:00", is a newest-first feed going on into the evening before."""
    if _wraps(a, b):
        return -1 if a[1] > b[1] else 1
    return (a > b) - (a < b)


def _says_live(lines: list[Line], rules: RuleSet, title: str | None) -> bool:
    """A line that is a live phrase of the packs ("Live Reporting", "Liveticker", "EN DIRECT"),
    or such a phrase as words of the title line (supporting evidence only)."""
    phrases = _live_phrases(rules)
    if not phrases:
        return False
    for ln in lines[:HEADER_LINES * 3]:
        if len(ln.text) <= 60 and norm(ln.text) in phrases:
            return True
    if title:
        words = f" {' '.join(shapes.words(title.casefold()))} "
        return any(f" {p} " in words for p in phrases)
    return False


_LIVE: dict[int, tuple[RuleSet, frozenset[str]]] = {}


def _live_phrases(rules: RuleSet) -> frozenset[str]:
    cached = _LIVE.get(id(rules))
    if cached is None or cached[0] is not rules:
        cached = _LIVE[id(rules)] = (rules, frozenset(p.text for p in rules.phrases if p.kind == "live"))
    return cached[1]


def _live_header_note(lines: list[Line], first: int, rules: RuleSet) -> bool:
    """An editors line ("Edited by ...", "Bearbeitet von ...", from the packs) or a zone note
    ("All times are ...") above the first post."""
    return any(editors_line(ln.text, rules) is not None or times_note(ln.text) is not None
               for ln in lines[:min(first, HEADER_LINES * 3)])


def _paragraph(ln: Line) -> bool:
    return ln.content and len(ln.text) >= PARAGRAPH_CHARS and shapes.is_prose(ln.text)


def first_paragraph(lines: list[Line], start: int = 0) -> int | None:
    """The first line of a run of long prose (another paragraph within `RUN_GAP` kept lines)
    from ``start`` on: where an article's text proper begins. A lone long line (a copyright or
    cookie notice at the top) is not a run; with no run, the first long prose line."""
    lone = None
    for i in range(start, len(lines)):
        if not _paragraph(lines[i]):
            continue
        if lone is None:
            lone = i
        seen = 0
        for j in range(i + 1, len(lines)):
            if lines[j].removed:
                continue
            if _paragraph(lines[j]):
                return i
            seen += 1
            if seen > RUN_GAP:
                break
    return lone


def text_resumes(chunk: list[Line], start: int) -> bool:
    """Whether the article's text goes on from ``start``: two paragraphs or more standing right
    after another paragraph, not list items (a teaser list alternates titles and single
    paragraphs, or lists its teasers)."""
    pairs = 0
    prev_para = False
    for ln in chunk[start:]:
        if ln.removed:
            continue
        para = _paragraph(ln) and not shapes.is_list_item(ln.text)
        if para and prev_para:
            pairs += 1
            if pairs >= 2:
                return True
        prev_para = para
    return False


def article_end(chunk: list[Line]) -> int:
    """Where an article's text ends in ``chunk``: after the last paragraph that belongs to a run
    of paragraphs (and the media lines right after it). Past it: related links, footer.
    (Read from the bottom up: the answer is usually near the end, and an article with many
    related boxes asks again after each.)"""
    last = _last_run_end(chunk, _paragraph)
    if last is None:  # an article of short paragraphs: sentences half that long make its runs
        last = _last_run_end(chunk, _short_paragraph)
    if last is None:
        return len(chunk)
    end = last + 1
    while end < len(chunk) and (chunk[end].removed or chunk[end].media_kind):
        end += 1
    return end


def _last_run_end(chunk: list[Line], is_paragraph: Callable[[Line], bool]) -> int | None:
    """The last paragraph (``is_paragraph``) with another one at most `RUN_GAP` kept lines above it."""
    below = None  # the paragraph below, while looking for the one above it
    gap = 0  # kept lines between the two
    for k in range(len(chunk) - 1, -1, -1):
        ln = chunk[k]
        if ln.removed:
            continue
        if is_paragraph(ln):
            if below is not None and gap <= RUN_GAP:
                return below
            below, gap = k, 0
        else:
            gap += 1
    return None


def _first_short_run(lines: list[Line]) -> int | None:
    """The first short paragraph (`_short_paragraph`) with another within `RUN_GAP` kept lines
    under it, or None."""
    for i, ln in enumerate(lines):
        if not _short_paragraph(ln):
            continue
        seen = 0
        for nxt in lines[i + 1:]:
            if nxt.removed:
                continue
            if _short_paragraph(nxt):
                return i
            seen += 1
            if seen > RUN_GAP:
                break
    return None


def _short_paragraph(ln: Line) -> bool:
    return ln.content and len(ln.text) >= PARAGRAPH_CHARS // 2 and shapes.is_prose(ln.text) \
        and not shapes.is_list_item(ln.text) and "©" not in ln.text


def article_start(lines: list[Line], proposed: list[int] | None = None, rules: RuleSet | None = None,
                  url: str | None = None) -> int | None:
    """Where an article's post starts: its title line (the header's best title candidate above
    the first paragraph of prose), else that paragraph. A short text without a paragraph starts
    where segmentation put its one post (``proposed``), else at its first kept line. ``rules``:
    the page's rules (its editors' lead-ins are no title); ``url``: the page's address."""
    para = first_paragraph(lines)
    if para is None and not (proposed and len(proposed) == 1):
        para = _first_short_run(lines)  # (an article of short paragraphs: the first of a run of them)
    if para is None:
        if proposed and len(proposed) == 1:
            return proposed[0]
        return next((i for i, ln in enumerate(lines) if not ln.removed), None)
    content = [i for i in range(para) if lines[i].content]
    best, best_score = None, 0
    scores = []
    for k, i in enumerate(content):
        following = lines[content[k + 1]].text if k + 1 < len(content) else lines[para].text
        after = lines[content[k + 2]].text if k + 2 < len(content) else ""
        scores.append(_title_score(lines[i].text, following, after, rules))
    for i, score in zip(content, title_evidence(lines[: para + 1], content, scores, url)):
        if score >= best_score and score > 0:
            best, best_score = i, score
    if best is not None and (body := after_standfirst(lines, best)) is not None:
        return body  # (the title and its standfirst are the header's)
    if best is None:
        return para
    lines[best].title = True  # (the post's headline, whatever its byline and dateline below)
    return best
