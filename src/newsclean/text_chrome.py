"""Text front: page furniture told by shape and repetition, not by phrase lists. A numbered
table of contents, short interface lines the page repeats, and lists of timed items (a sidebar's
"19.58 Title" lines, a key-events index) that must start no posts.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import dates, shapes, text_times, times
from .rules.generic import SHARE_NETWORKS
from .rules.phrase_text import DECOR
from .rules.phrases import norm

if TYPE_CHECKING:
    from .rules import RuleSet
    from .text_lines import Line, State

LIST_FIRST = "*+•▪◦·-"  # what a list item opens with besides a digit (`shapes.is_list_item`)
BULLETS = "*+•▪◦·"  # a bullet, not a digit or a dash: "- 12:30" may be a range or a minus


def drop_timed_lists(lines: list[Line]) -> None:
    """Runs of timed list items that index the page or fill a sidebar start no posts."""
    _drop_timeline_lists(lines)
    _drop_timed_lists(lines)


_TOC_LINE = regex.compile(r"^\d{1,2}(?:\.\d{1,2}){0,2}\s+\S")
_SENTENCE_END = frozenset(".!?…")


def mark_page_chrome(lines: list[Line], st: State, rules: RuleSet | None = None) -> None:
    """Page furniture no phrase list names: a numbered table of contents ("1 Headline",
    "8.1 Share this:") and short interface lines the page repeats ("Share", "Delen") that never
    occur inside its text; readers' polls (`_mark_polls`); with the page's ``rules``, rows of share buttons and of consent
    buttons the scraper printed on one line (`mark_button_rows`)."""
    if rules is not None:
        for ln in mark_button_rows(lines, rules):
            st.remove(ln.rule or _SHARE_RULE, ln.text)
    _mark_toc(lines)
    _mark_repeated_ui(lines)
    _mark_polls(lines)
    for ln in lines:
        if ln.rule in ("chrome.toc", "chrome.repeated", POLL_RULE):
            st.remove(ln.rule, ln.text)
    for ln in _mark_network_items(lines):  # (the share rule's earlier lines are recorded already)
        st.remove(ln.rule or "chrome.share", ln.text)


def _mark_toc(lines: list[Line]) -> None:
    run: list[int] = []
    for k in range(len(lines) + 1):
        ln = lines[k] if k < len(lines) else None
        if ln is not None and ln.rule is not None:
            continue
        if ln is not None and ln.text[0].isdigit() and _TOC_LINE.match(ln.text) and not shapes.is_list_item(ln.text):
            run.append(k)
            continue
        if len(run) >= 3 and _indexes_the_page(lines, run):
            for r in run:
                lines[r].rule = "chrome.toc"
            i = run[0]
            j = i - 1
            while j >= 0 and lines[j].removed and lines[j].rule != "chrome.toc":
                j -= 1
            # the list's heading: a short line just above it
            if j >= 0 and not lines[j].removed and len(lines[j].text.split()) <= 3 \
                    and _last(lines[j].text) not in _SENTENCE_END and lines[i].para - lines[j].para <= 1:
                lines[j].rule = "chrome.toc"
        run = []


def _indexes_the_page(lines: list[Line], run: list[int]) -> bool:
    """Whether the numbered lines name things the page prints again (its own headings): a
    table of contents, not a ranking or a numbered list of facts."""
    after = {ln.text for ln in lines[run[-1] + 1:]}
    entries = [lines[k].text.split(" ", 1)[1] for k in run]
    return sum(1 for e in entries if e in after) * 2 >= len(entries)


def _last(text: str) -> str:
    return text.rstrip("'\"’”)]")[-1:]


_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}")
_DIGITS = regex.compile(r"\d+")


def _ui_key(t: str) -> str:
    """A line as the repetition check sees it: a reaction row ("👍 12Share", "❤️ 3") counts
    readers, so its numbers vary from post to post; its digits count as one."""
    return _DIGITS.sub("0", t) if _PICTOGRAPH.search(t) else t


def _reaction_row(t: str) -> bool:
    """Pictographs with counts and a word or two at most: "👍 12Compartir", "❤️ 4 😮 1"."""
    words = [w for w in _DIGITS.sub(" ", _PICTOGRAPH.sub(" ", t)).split() if any(ch.isalpha() for ch in w)]
    return bool(_PICTOGRAPH.search(t)) and len(words) <= 2


def _mark_repeated_ui(lines: list[Line]) -> None:
    counts: dict[str, int] = {}
    for ln in lines:
        t = ln.text
        if len(t) > 60 or ln.rule is not None or ln.media_kind or t.count(" ") > 4:
            continue
        counts[_ui_key(t)] = counts.get(_ui_key(t), 0) + 1
    # (the shape checks only for what repeats: few lines do)
    # (a repeated reaction row keeps its counts: those are the readers', not text)
    cands = [t for t, n in counts.items() if n >= 3 and _last(t) not in _SENTENCE_END and ":" not in t
             and "|" not in t and not shapes.is_list_item(t) and (not any(ch.isdigit() for ch in t) or _reaction_row(t))
             and not shapes.is_name(t) and not shapes.is_label(t) and not _name_comma(t)
             and not shapes.is_job_title(t)]  # (an author's role line repeats over the author's posts)
    if not cands:
        return
    text = "\n".join(ln.text for ln in lines if not ln.removed and ln.text.count(" ") >= 5)
    # a line mostly printed right under a time stamp is a post's headline ("GOAL"), not interface
    cand_set = set(cands)
    under_stamp: dict[str, int] = {}
    for a, b in zip(lines, lines[1:]):
        if _ui_key(b.text) in cand_set and a.rule is None and (text_times.stamp(a.text) or text_times.minute_mark(a.text)):
            under_stamp[_ui_key(b.text)] = under_stamp.get(_ui_key(b.text), 0) + 1
    cands = [t for t in cands if under_stamp.get(t, 0) * 2 < counts[t]]
    if not cands:
        return
    ui = set()
    for t in cands:
        # a label of the page's interface never occurs inside its sentences; a name or a word does
        if _DIGITS.search(t) or t not in text or not regex.search(r"(?<!\w)" + regex.escape(t) + r"(?!\w)", text):
            ui.add(t)
    for ln in lines:
        if not ln.removed and len(ln.text) <= 60 and _ui_key(ln.text) in ui:
            ln.rule = "chrome.repeated"


def _name_comma(text: str) -> bool:
    """"Ben Riley-Smith, Political Editor": a name before a comma, an author's byline line that
    repeats over the author's posts (not interface)."""
    head, sep, rest = text.partition(",")
    return bool(sep) and bool(rest.strip()) and shapes.is_name(head.strip())


_NETWORK_RULE = "chrome.share"  # (the share rule's name: these are its buttons)
# a short line opening with a network's name, then nothing, a space, a sign or a letter of
# another script ("Facebookでシェア", "X（旧Twitter）でポスト", "LINEで送る", "WhatsApp")
_NETWORK_LEAD = regex.compile(
    "(?:" + "|".join(sorted(map(regex.escape, SHARE_NETWORKS), key=len, reverse=True)) + r")(?:$|[\s\p{P}\p{S}]|(?!\p{Latin})\p{L})")


def _mark_network_items(lines: list[Line]) -> list[Line]:
    """Share buttons printed as list items in a page's own language ("* X（旧Twitter）でポスト",
    "* LINEで送る"): a short line that opens with a network's name (`SHARE_NETWORKS`) and
    stands, the same, under three posts or more. A line naming a network once is text.
    Returns the lines marked."""
    counts: dict[str, int] = {}
    for ln in lines:
        if ln.rule is None and len(ln.text) <= 40:
            counts[ln.text] = counts.get(ln.text, 0) + 1
    # (the shape checks only for what repeats: few lines do)
    share = {t for t, n in counts.items() if n >= 3 and t.count(" ") <= 4 and _last(t) not in _SENTENCE_END
             and not any(ch.isdigit() for ch in t) and _NETWORK_LEAD.match(shapes.strip_list_mark(t)) is not None}
    if not share:
        return []
    marked = [ln for ln in lines if ln.rule is None and not ln.media_kind and ln.text in share]
    for ln in marked:
        ln.rule = _NETWORK_RULE
    return marked


def _drop_timeline_lists(lines: list[Line]) -> None:
    """'* 30m ago' / 'Headline' pairs are a key-events index, and '* Headline' / '5h ago' pairs a
    related-stories list: neither is a post, so both are marked removed."""
    for i, ln in enumerate(lines):
        if ln.mark is not None and ln.mark.relative and i > 0:
            prev = lines[i - 1]
            # (not the last item of a list whose items carry no age: the age is the next post's)
            untimed = i >= 2 and lines[i - 2].content and shapes.is_list_item(lines[i - 2].text)
            if prev.content and shapes.is_list_item(prev.text) and not shapes.ends_sentence(prev.text) and not untimed:
                prev.rule = ln.rule = "chrome.related-index"
                ln.mark = None
                continue
        if ln.rule is not None or not (ln.text[0] in LIST_FIRST or ln.text[0].isdigit()) or not _timed_list_item(ln):
            continue
        # an index alternates "* time" / "title"; a numbered post stamp ("1. Posted at 15:05")
        # is followed by the post itself
        in_run = (i + 2 < len(lines) and _timed_list_item(lines[i + 2])) or \
            (i >= 2 and lines[i - 2].rule == "chrome.timeline-index")
        # (timed items one under the other do not alternate with titles: `_drop_timed_lists` judges them)
        if not in_run or (i + 1 < len(lines) and (_opens_with_clock(lines[i + 1]) or _sentence(lines[i + 1].text))):
            continue  # (a sentence under the item is its post's text: an index's items are titles)
        ln.rule, ln.mark = "chrome.timeline-index", None
        if i + 1 < len(lines) and not lines[i + 1].removed and not shapes.is_list_item(lines[i + 1].text):
            lines[i + 1].rule = "chrome.timeline-index"
            lines[i + 1].mark = None


def _sentence(text: str) -> bool:
    """A line of prose closed by a full stop (an index's title has none; "… so far …" is a title)."""
    return text.rstrip("'\"’”)")[-1:] in ".。" and not text.endswith("..") and shapes.is_prose(text)


def _drop_timed_lists(lines: list[Line]) -> None:
    """A list whose items open with a clock and run on, one under the other ("* 19.58 Title",
    "1. 8:40pm Title"), with no text between them: a key-events index or a sidebar of latest
    stories, not posts (a feed shown as a list has its posts' text under each item). Each run
    of items is judged on its own."""
    run: list[Line] = []
    first = 0
    for i, ln in enumerate([*lines, None]):
        if ln is not None and ln.rule is None and not ln.media_kind and (ln.text[0] in BULLETS or ln.text[0].isdigit()) \
                and shapes.is_list_item(ln.text):
            if not run:
                first = i
            run.append(ln)
            continue
        if len(run) >= 2:
            timed = [x for x in run if _clock_led_item(x)]
            if len(timed) >= 2 and len(timed) * 2 > len(run):
                # under a sentence ("The programme tonight:") the list is a post's text
                # (a removed line above, a heading the rules know, makes it furniture)
                above = lines[first - 1] if first > 0 else None
                in_text = above is not None and not above.removed and (above.text[-1] == ":" or shapes.is_prose(above.text))
                for x in run:
                    x.mark, x.head = None, ""
                    if not in_text:
                        x.rule = "chrome.timeline-index"
        run = []


def _clock_led_item(ln: Line) -> bool:
    """'* 19.58 Eriksen: Vi fortjente mere': a list item that opens with a clock and goes on."""
    t = shapes.strip_list_mark(ln.text)
    if not t[:1].isdigit():
        return False
    if ln.head or (ln.mark is not None and ln.mark.tail):
        return True
    return ln.mark is None and _CLOCK_ITEM.match(t) is not None


# "21.45 Title", "8:40pm Title": a clock, then words (hours and minutes in range)
_CLOCK_ITEM = regex.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?[ap]\.?m\.?)?\s+\p{L}", regex.I)


def _opens_with_clock(ln: Line) -> bool:
    """'* 11:00 állami ünnepség ...': a list item opening with a clock."""
    return not ln.removed and shapes.is_list_item(ln.text) and times.CLOCK.match(shapes.strip_list_mark(ln.text)) is not None


def _timed_list_item(ln: Line) -> bool:
    return not ln.removed and shapes.is_list_item(ln.text) and \
        times.parse_time_line(shapes.strip_list_mark(ln.text)) is not None



# "1 di 12 Caption", "3 of 12 Caption", "4/12 Caption": a slide counter before a gallery's caption
_COUNTER = regex.compile(r"^(\d{1,3})\s*(?:/|[^\W\d]{1,4}\.?)\s*(\d{1,3})\s+(?=\S)")
GALLERY_COUNTER_RULE = "media.gallery-counter"


def strip_gallery_counters(lines: list[Line], st: State) -> None:
    """A photo gallery printed as text numbers its slides ("1 di 12", "2 of 12", "3/12"): where
    three or more kept lines in a row open with counters that run on by one towards the same
    total, the counters are the gallery's furniture (recorded) and what follows each is its
    caption, left for the media reader. The word between the numbers is any language's."""
    run: list[tuple[Line, regex.Match]] = []

    def close() -> None:
        if len(run) >= 3:
            for ln, m in run:
                st.remove(GALLERY_COUNTER_RULE, m.group(0).strip())
                ln.text = ln.text[m.end():]
        run.clear()

    for ln in lines:
        if ln.removed:
            continue
        m = _COUNTER.match(ln.text) if ln.text[:1].isdigit() else None
        if m is not None and run:
            prev = run[-1][1]
            if int(m[1]) == int(prev[1]) + 1 and m[2] == prev[2] and int(m[1]) <= int(m[2]):
                run.append((ln, m))
                continue
        close()
        if m is not None and int(m[1]) <= int(m[2]):
            run.append((ln, m))
    close()


# -- rows of buttons ---------------------------------------------------------------------------

_SHARE_RULE = "chrome.share"
_CONSENT_RULE = "chrome.cookies"
_ROW_MAX = 160
_NETWORK_KEYS = frozenset(norm(n) for n in SHARE_NETWORKS)
# a label run into the next: a small letter right before a capital ("FermerContinuer")
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def mark_button_rows(lines: list[Line], rules: RuleSet) -> list[Line]:
    """Rows of buttons printed as one line. Share buttons, "Partager sur Facebook Partager sur
    X Copier le lien": the line splits, from its start, into two pieces or more that are each a
    share phrase of the rules, a network's name (`SHARE_NETWORKS`), or a share phrase's own lead
    before a network ("partager sur", learned from the pack's "partager sur facebook") and any
    network. Consent buttons run together, "Accepter & FermerContinuer sans accepter": split
    where a small letter meets a capital, two labels or more of at most four words, one a
    consent phrase of the rules. Returns the lines marked."""
    shares, leads, consent = _row_phrases(rules)
    marked = []
    for ln in lines:
        t = ln.text
        if ln.rule is not None or ln.media_kind or len(t) > _ROW_MAX or (shapes.ends_sentence(t) and t[-1] != "…"):
            continue
        # (an ASCII line with no capital after its first letter holds no glued labels)
        glued = _GLUE.split(t) if not t.isascii() or t[1:].lower() != t[1:] else [t]
        if len(glued) > 1 and consent and _consent_row(glued, consent):
            ln.rule = _CONSENT_RULE
        elif shares and (" " in t or len(glued) > 1) \
                and (head := _folded(row := " ".join(glued)).split(None, 1)) and head[0] in _first_words(shares, leads) \
                and (_share_pieces(_folded(row).split(), shares, leads) >= 2
                     # (a network's own capitals are no glue: "WhatsApp", "LinkedIn", "YouTube")
                     or (len(glued) > 1 and _share_pieces(_folded(t).split(), shares, leads) >= 2)):
            ln.rule = _SHARE_RULE
        else:
            continue
        marked.append(ln)
    return marked


def is_share_row(text: str, rules: RuleSet) -> bool:
    """Whether ``text`` (one line) splits into two share pieces or more of ``rules`` (see
    `mark_button_rows`): "Compartir en X Compartir en WhatsApp Copiar enlace"."""
    if not text or len(text) > _ROW_MAX or " " not in text:
        return False
    shares, leads, _ = _row_phrases(rules)
    words = _folded(text).split()
    return bool(shares) and words[0] in _first_words(shares, leads) and _share_pieces(words, shares, leads) >= 2


def _folded(text: str) -> str:
    """``norm(text)`` before its words are joined again: ``_folded(t).split() == norm(t).split()``
    (a row's first word is read without splitting the whole line)."""
    return text.lower().replace("’", "'").strip(DECOR)


def _consent_row(parts: list[str], consent: frozenset[str]) -> bool:
    return all(1 <= len(p.split()) <= 4 for p in parts) and any(norm(p) in consent for p in parts)


_ROWS: dict[int, tuple[RuleSet, tuple[frozenset[str], frozenset[str], frozenset[str]]]] = {}


def _row_phrases(rules: RuleSet) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The rules' share phrases, the leads of those that end in a network's name, and the
    rules' consent phrases."""
    cached = _ROWS.get(id(rules))
    if cached is None or cached[0] is not rules:
        shares = frozenset(p.text for p in rules.phrases if p.kind == "share")
        leads = frozenset(p.rsplit(" ", 1)[0] for p in shares if " " in p and p.rsplit(" ", 1)[1] in _NETWORK_KEYS)
        consent = frozenset(p.text for p in rules.phrases if p.kind == "consent")
        cached = _ROWS[id(rules)] = (rules, (shares, leads, consent))
    return cached[1]


_FIRSTS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _first_words(shares: frozenset[str], leads: frozenset[str]) -> frozenset[str]:
    """The first words of the share phrases, their leads and the networks' names: a row's first
    token must be one of them (most lines' is not: one set lookup instead of the piece search)."""
    cached = _FIRSTS.get(id(shares))
    if cached is None or cached[0] is not shares:
        words = frozenset(p.split(" ", 1)[0] for p in (*shares, *leads, *_NETWORK_KEYS) if p)
        cached = _FIRSTS[id(shares)] = (shares, words)
    return cached[1]


def _share_pieces(tokens: list[str], shares: frozenset[str], leads: frozenset[str]) -> int:
    """How many share pieces ``tokens`` split into, longest first (up to six words each), or 0
    when some part is none."""
    i, n, count = 0, len(tokens), 0
    while i < n:
        for j in range(min(n, i + 6), i, -1):
            piece = " ".join(tokens[i:j])
            if piece in shares or piece in _NETWORK_KEYS \
                    or (j - i >= 2 and tokens[j - 1] in _NETWORK_KEYS and " ".join(tokens[i:j - 1]) in leads):
                i = j
                count += 1
                break
        else:
            return 0
    return count


DATED_TEASER_RULE = "page.related-list"


def drop_dated_teasers(chunk: list[Line], st: State, language: str | None) -> None:
    """A link to another story set between an article's paragraphs prints that story's title
    and its date and clock ("Read more Floods: what to do 11.03.2024 09:15"): a line between
    two sentences of text that ends with a full date and a clock after a few words that make
    no sentence. Removed as a related list (recorded)."""
    for k in range(1, len(chunk) - 1):
        ln = chunk[k]
        t = ln.text
        if not ln.content or len(t) > 160 or shapes.ends_sentence(t) or shapes.is_prose(t):
            continue
        hits = [h for h in dates.find_dates(t, language) if h.date is not None]
        if len(hits) != 1 or len(t[: hits[0].start].split()) < 3:
            continue
        after = t[hits[0].end:].strip()
        mark = text_times.stamp(after) if after else None
        if mark is None or not mark[0].has_clock or mark[0].lead or mark[0].tail:
            continue
        above = next((x for x in reversed(chunk[:k]) if x.content), None)
        below = next((x for x in chunk[k + 1:] if x.content), None)
        if above is None or below is None or not shapes.ends_sentence(above.text) or not shapes.ends_sentence(below.text):
            continue
        ln.rule = DATED_TEASER_RULE
        st.remove(ln.rule, t)


POLL_RULE = "chrome.poll"
_GLUED_CHOICES = regex.compile(r"^(?:\p{Lu}\p{Ll}{1,15}){3,6}$")  # "HappySadAngry": buttons printed together


def _mark_polls(lines: list[Line]) -> None:
    """A readers' poll or mood meter: a short question ("Did you vote?", "How does this make you
    feel?"), right under it its choices, and then a tally (a short line with a count, "Voted by
    8,211 readers") or choices printed as one glued row of capitalised words ("HappySadAngry").
    Choices are two to six lines of three words at most, no sentence, or the one glued row. A
    question over a list with no tally under it is the text's own."""
    kept = [i for i, ln in enumerate(lines) if not ln.removed and not ln.media_kind]
    for n, i in enumerate(kept):
        q = lines[i].text
        if not q.endswith("?") or len(q.split()) > 12 or _timed(lines[i]):
            continue
        rest = kept[n + 1: n + 8]
        if not rest:
            continue
        first = shapes.strip_list_mark(lines[rest[0]].text)
        if _GLUED_CHOICES.match(first):
            poll = [i, rest[0]]
        else:
            choices = []
            for j in rest:
                t = shapes.strip_list_mark(lines[j].text)
                if len(t.split()) > 3 or shapes.ends_sentence(t) or any(ch.isdigit() for ch in t):
                    break
                choices.append(j)
            if not 2 <= len(choices) <= 6 or len(rest) <= len(choices):
                continue
            tally = lines[rest[len(choices)]].text
            if len(tally.split()) > 6 or shapes.ends_sentence(tally) or not any(ch.isdigit() for ch in tally):
                continue
            poll = [i, *choices, rest[len(choices)]]
        for j in poll:
            lines[j].rule = POLL_RULE


def _timed(ln: Line) -> bool:
    return ln.mark is not None or bool(ln.minute)


_INDEX_RULES = ("chrome.timeline-index", "chrome.related-index")
_INDEX_HEADING_WORDS = 6


def mark_index_headings(lines: list[Line]) -> None:
    """The heading right over a timeline or related-stories index (`mark_times` marked the
    index's items): a few title-shaped words ("Kalendarium powodzi", "Timeline") standing
    straight above the index's first item, in the box's own paragraph or the one before it,
    belong to the box: marked with the index's rule (recorded with it). A sentence, a line
    with digits or a line further up is left alone."""
    for i in range(1, len(lines)):
        ln = lines[i]
        if ln.rule not in _INDEX_RULES or lines[i - 1].rule == ln.rule:
            continue
        head = lines[i - 1]
        t = head.text
        if head.rule is None and not head.media_kind and head.mark is None and not head.minute \
                and ln.para - head.para <= 1 and shapes._count(t, _INDEX_HEADING_WORDS) <= _INDEX_HEADING_WORDS \
                and shapes.is_headline_shaped(t, max_words=_INDEX_HEADING_WORDS) and not shapes.ends_sentence(t) \
                and not shapes.is_list_item(t) and not any(ch.isdigit() for ch in t):
            head.rule = ln.rule
