"""The text front door: scraped page text in, Document out.

Scraped text has no tags, so every decision rests on line shapes (``shapes``), time stamps
(``times``) and the cleaning rules. The steps:

1. split into lines, remembering blank-line paragraphs;
2. cleaning: span rules inside lines, then pair and line rules on whole lines;
3. media lines: credits, captions, video stubs (their prefixes are recorded as removed);
4. post boundaries: time-stamp lines when the page has a run of them, else headline-shaped
   lines that open a run of body text;
5. the header above the first post gives the page's metadata; the footer after the last
   post's text is page furniture;
6. each post's lines become label, headline, bylines, media and body blocks.

Every non-blank input line ends up in an output field or in ``removed``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import regex

from . import shapes, times
from .model import Block, Byline, Document, Media, Post, Removal
from .rules import RuleSet
from .sites import SiteProfile, rules_for

ZONE_NAMES = {"uk": "Europe/London", "gmt": "Europe/London", "bst": "Europe/London", "ist": "Asia/Kolkata",
              "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
              "pt": "America/Los_Angeles", "cet": "Europe/Paris", "aest": "Australia/Sydney"}

_EDITED_BY = regex.compile(r"^(Edited by)\s+(.{2,120})$", regex.I)
_TIMES_NOTE = regex.compile(r"^All times (?:stated |shown |are )*(?:are |in )?(\w{2,6})(?: time)?\.?$", regex.I)
_PUBLISHED = regex.compile(r"^(?:first )?published:?\s.{4,80}$", regex.I)
_CREDIT_STRICT = regex.compile(r"^(?P<alt>.*?)\s*(?P<prefix>Copyright:\s?)(?P<credit>.*)$")
_PHOTOGRAPH = regex.compile(r"^(?P<caption>.*?)\s*(?P<prefix>Photograph:\s?)(?P<credit>.{1,120})$")
_IMAGE_CAPTION = regex.compile(r"^(?P<shown>.*?)\s*(?P<prefix>Image caption:\s?)(?P<caption>.*)$")
_VIDEO = regex.compile(r"^(?P<content>Video content)?(?:(?P<prefix>Video caption:\s?)(?P<caption>.*))?$")
_PAREN_CREDIT = regex.compile(r"^\((?P<credit>[^()]{2,80})\)$")
_DURATION = regex.compile(r"^\d{1,2}:\d{2}$")
_VIDEO_TITLE = regex.compile(r".{3,200}\s[–-]\s?video$", regex.I)
_TWEET_SIGNATURE = regex.compile(r"^[—–-]\s?.{1,80}\(@\w{1,30}\)\s.{3,40}$")


_SENTENCE_BREAK = regex.compile(r"[.?!]['\"’”]? \p{Lu}")
_NAME_LIST = regex.compile(r",\s*|\s+and\s+")
_POSSESSIVE = regex.compile(r"['’]s\b")
_WORDCHAR = regex.compile(r"\w")


@dataclass(slots=True)
class Line:
    no: int
    para: int
    text: str
    rule: str | None = None           # set when the whole line was removed
    mark: times.TimeMark | None = None
    media: Media | None = None        # set when the line is (part of) a media credit or caption
    media_kind: str = ""              # "credit", "caption", "video", "video-caption", "photo"

    @property
    def removed(self) -> bool:
        return self.rule is not None

    @property
    def content(self) -> bool:
        return self.rule is None and self.media_kind == ""


@dataclass
class _State:
    removed: list[Removal] = field(default_factory=list)

    def remove(self, rule: str, text: str) -> None:
        if text.strip():
            self.removed.append(Removal(rule, text))


@dataclass(frozen=True)
class TraceLine:
    """What became of one input line (for the audit view)."""

    number: int                 # 1-based line number in the input
    text: str
    rule: str | None            # the rule that removed it, if one did
    post: int | None            # the index of the post it went into, if any
    starts_post: bool = False
    part: str = "body"          # "header", "post", "footer"


def parse_text(text: str, *, url: str | None = None, profile: SiteProfile | None = None,
               trace: list[TraceLine] | None = None) -> Document:
    rules = rules_for(profile)
    st = _State()
    lines = _split(text)
    _apply_span_rules(lines, rules, st)
    _apply_line_rules(lines, rules, st)
    _mark_media(lines)
    _mark_times(lines)
    for ln in lines:  # the key-event and related-story indexes _mark_times found
        if ln.rule in ("chrome.timeline-index", "chrome.related-index"):
            st.remove(ln.rule, ln.text)
    starts = _post_starts(lines)
    if not starts:
        # no live-blog structure: the page is one article, from its first kept line on
        first = next((i for i, ln in enumerate(lines) if not ln.removed), None)
        starts = [] if first is None else [first]

    header = lines[: starts[0]] if starts else lines
    meta = _read_header(header, st)
    if meta["date"] is None:
        meta["date"] = next((d for d in (times.parse_date(ln.text) for ln in lines) if d), None)
    page_date = meta["date"]
    page_offset = meta["offset"]
    posts: list[Post] = []
    chunks: list[tuple[list[Line], Post]] = []
    footer: list[Line] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        chunk = lines[start:end]
        cut = next((j for j, ln in enumerate(chunk) if ln.rule == "chrome.related-heading"), None)
        if cut is not None and cut > 0:  # a related-stories list ends the post's text
            for ln in chunk[cut:]:
                if not ln.removed:
                    ln.rule = "page.related-list"
                    st.remove(ln.rule, ln.text)
            chunk = chunk[:cut]
        if k + 1 == len(starts):
            chunk, footer = _cut_footer(chunk)
            for ln in footer:
                st.remove(ln.rule or "page.footer", ln.text)
        post = _build_post(chunk, st, page_date, page_offset, meta["timezone"])
        chunks.append((chunk, post))
        if post.headline or post.blocks or post.media or post.bylines:
            posts.append(post)
    posts = _drop_trailing_teasers(posts, st, _after_related_heading(lines, chunks))
    posts = _drop_pinned_copies(posts, st)
    if trace is not None:
        trace.extend(_trace(lines, header, chunks, footer, posts))
    if meta["title"] is None and len(posts) == 1:
        meta["title"] = posts[0].headline
    zone = meta["timezone"] or (profile.timezone if profile and meta["offset"] is not None else None)
    return Document(
        kind="liveblog" if len(posts) != 1 else "article",
        url=url, site=profile.name if profile else None,
        title=meta["title"], published=page_date.isoformat() if page_date else None,
        editors=tuple(meta["editors"]), timezone=zone, summary=tuple(meta["summary"]),
        posts=tuple(posts), removed=tuple(st.removed),
        warnings=() if posts else ("no posts found",),
    )


# -- 1. lines ---------------------------------------------------------------------------------

def _split(text: str) -> list[Line]:
    out: list[Line] = []
    para = 0
    for no, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        t = shapes.clean(raw) if raw and not raw.isspace() else ""
        if not t:
            para += 1
            continue
        out.append(Line(no=no, para=para, text=t))
    return out


# -- 2. cleaning rules ------------------------------------------------------------------------

def _apply_span_rules(lines: list[Line], rules: RuleSet, st: _State) -> None:
    for ln in lines:
        ln.text, spans = rules.strip_spans(ln.text)
        for name, span in spans:
            st.remove(name, span)


def _apply_line_rules(lines: list[Line], rules: RuleSet, st: _State) -> None:
    paired: dict[int, str] = {}  # first line of a pair -> the pair's text, recorded in reading order
    for a, b in zip(lines, lines[1:]):
        if a.rule is None and b.rule is None:
            for pair in rules.pairs:
                if (not pair.keyword or pair.keyword in a.text) and pair.matches(a.text, b.text):
                    a.rule = b.rule = pair.name
                    paired[id(a)] = a.text + "\n" + b.text
                    paired[id(b)] = ""
                    break
    for i, ln in enumerate(lines):
        if ln.rule is not None:
            continue
        if ln.text[0] in "—–-" and _TWEET_SIGNATURE.match(ln.text):
            ln.rule = "embed.social"
            # The embedded post's own text is the paragraph just above its signature.
            for prev in reversed(lines[:i]):
                if prev.para != ln.para - 1 and prev.para != ln.para:
                    break
                if prev.rule is None and not times.parse_time_line(prev.text):
                    prev.rule = "embed.social"
            continue
        rule = rules.line_rule_for(ln.text)
        if rule is None and (half := _undoubled(ln.text)):
            rule = rules.line_rule_for(half)
        if rule is not None:
            ln.rule = rule.name
    for ln in lines:
        if ln.rule is not None:
            st.remove(ln.rule, paired.get(id(ln), ln.text))


# -- 3. media ----------------------------------------------------------------------------------

def _mark_media(lines: list[Line]) -> None:
    for i, ln in enumerate(lines):
        if ln.removed:
            continue
        t = ln.text  # (cheap substring tests first: most lines are body text)
        if "Image caption:" in t:
            ln.media_kind = "caption"
        elif t.startswith(("Video content", "Video caption:")):
            ln.media_kind = "video"
        elif "Copyright:" in t:
            ln.media_kind = "credit"
        elif t[0] == "(" and t[-1] == ")" and _PAREN_CREDIT.match(t) and len(shapes.words(t)) <= 8:
            ln.media_kind = "paren-credit"
        elif "Photograph:" in t and len(t) < 400 and _PHOTOGRAPH.match(t):
            ln.media_kind = "photo"
        elif t in ("Image:", "Picture:", "Photo:") and i + 1 < len(lines) and lines[i + 1].text.endswith(")"):
            # "(caption (" / "Image:" / "Credit)" as some templates print a picture credit.
            ln.media_kind = "split-credit"
            lines[i + 1].media_kind = "split-credit-tail"
            if i > 0 and lines[i - 1].text.endswith("(") and not lines[i - 1].removed:
                lines[i - 1].media_kind = "split-credit-head"
        elif len(t) <= 5 and _DURATION.match(t) and i + 1 < len(lines) and _VIDEO_TITLE.match(lines[i + 1].text):
            ln.media_kind = "video-duration"
            lines[i + 1].media_kind = "video-title"


# -- 4. post boundaries ------------------------------------------------------------------------

def _mark_times(lines: list[Line]) -> None:
    for i, ln in enumerate(lines):
        if not ln.content or _PUBLISHED.match(ln.text):
            continue
        mark = times.parse_time_line(ln.text)
        if mark is None:
            continue
        if mark.lead and not shapes.is_name(mark.lead):
            continue
        if "published" in ln.text.lower():
            continue  # the page's own publication stamp, read by the header
        ln.mark = mark
    _drop_timeline_lists(lines)


def _drop_timeline_lists(lines: list[Line]) -> None:
    """'* 30m ago' / 'Headline' pairs are a key-events index, and '* Headline' / '5h ago' pairs a
    related-stories list: neither is a post, so both are marked removed."""
    for i, ln in enumerate(lines):
        if ln.mark is not None and ln.mark.relative and i > 0:
            prev = lines[i - 1]
            if prev.content and shapes.is_list_item(prev.text) and not shapes.ends_sentence(prev.text):
                prev.rule = ln.rule = "chrome.related-index"
                ln.mark = None
                continue
        if not _timed_list_item(ln):
            continue
        # an index alternates "* time" / "title"; a numbered post stamp ("1. Posted at 15:05")
        # is followed by the post itself
        in_run = (i + 2 < len(lines) and _timed_list_item(lines[i + 2])) or \
            (i >= 2 and lines[i - 2].rule == "chrome.timeline-index")
        if not in_run:
            continue
        ln.rule = "chrome.timeline-index"
        if i + 1 < len(lines) and not lines[i + 1].removed and not shapes.is_list_item(lines[i + 1].text):
            lines[i + 1].rule = "chrome.timeline-index"
            lines[i + 1].mark = None


def _undoubled(text: str) -> str:
    """'View more on twitter View more on twitter' -> 'View more on twitter': scrapers print a
    label twice when the page repeats it for screen readers."""
    half, rest = divmod(len(text), 2)
    if rest and text[:half] == text[half + 1:] and text[half] == " ":
        return text[:half]
    return ""


def _timed_list_item(ln: Line) -> bool:
    return not ln.removed and shapes.is_list_item(ln.text) and \
        times.parse_time_line(shapes.strip_list_mark(ln.text)) is not None


def _is_stamp(ln: Line) -> bool:
    """A time line that opens a post (not a trailing 'Author 14 August 2023 10:01')."""
    return ln.mark is not None and not ln.mark.lead


def _demote_dated_stamps(lines: list[Line]) -> None:
    """Where most stamps show no year, one that does ("Monday 14 August 2023 10:17") dates the
    page, not a post."""
    stamps = [ln for ln in lines if _is_stamp(ln)]
    dated = [ln for ln in stamps if ln.mark is not None and ln.mark.date is not None]
    if stamps and len(dated) * 2 < len(stamps):
        for ln in dated:
            ln.mark = None


def _post_starts(lines: list[Line]) -> list[int]:
    _demote_dated_stamps(lines)
    stamps = [i for i, ln in enumerate(lines) if _is_stamp(ln)]
    if len(stamps) >= 3:
        starts: list[int] = []
        for i in stamps:
            # consecutive stamps (only removed lines between) open one post
            if starts and all(lines[j].removed or _is_stamp(lines[j]) for j in range(starts[-1], i)):
                continue
            starts.append(i)
        return [_pull_label(lines, s) for s in starts]
    return [_pull_label(lines, s) for s in _headline_starts(lines)]


def _pull_label(lines: list[Line], start: int) -> int:
    j = _prev_content(lines, start)
    if j is not None and shapes.is_label(lines[j].text):
        return j
    return start


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
        if not ln.content:
            continue
        if not shapes.is_headline_shaped(ln.text) or shapes.is_label(ln.text):
            prose_since_start = prose_since_start or shapes.is_prose(ln.text)
            continue
        if starts and not prose_since_start:
            continue  # still in the previous post's headline and byline lines
        j = _next_content(lines, i)
        skipped = 0
        while j is not None and not shapes.is_prose(lines[j].text) and skipped < 2 and _byline_like(lines, j):
            j = _next_content(lines, j)
            skipped += 1
        if j is not None and _opens_body(lines[j].text):
            starts.append(i)
            prose_since_start = False
        else:
            prose_since_start = prose_since_start or shapes.is_prose(ln.text)
    return starts


def _opens_body(text: str) -> bool:
    """Body text: prose, or a short sentence such as a one-line quote."""
    if shapes.is_list_item(text):
        return False
    return shapes.is_prose(text) or (shapes.ends_sentence(text) and len(shapes.words(text)) >= 3
                                     and not shapes.is_headline_shaped(text) and not text.endswith((":", ",", ";")))


def _byline_like(lines: list[Line], j: int) -> bool:
    t = lines[j].text
    if shapes.is_name(t):
        return True
    p = _prev_content(lines, j)
    while p is not None and lines[p].media_kind:
        p = _prev_content(lines, p)
    return p is not None and shapes.is_name(lines[p].text) and shapes.is_role(t, lines[p].text)


# -- 5. header and footer ----------------------------------------------------------------------

def _read_header(header: list[Line], st: _State) -> dict:
    meta: dict = {"title": None, "date": None, "offset": None, "editors": [], "timezone": None, "summary": []}
    for ln in header:
        if meta["date"] is None:
            meta["date"] = times.parse_date(ln.text)
            if meta["date"] is not None:
                zm = times.ZONE.search(ln.text)
                if zm:
                    meta["offset"] = times.zone_offset(zm)
    content = [ln for ln in header if not ln.removed]
    best = max(((_title_score(ln.text, content[k + 1].text if k + 1 < len(content) else ""), -k, ln)
                for k, ln in enumerate(content)), key=lambda x: (x[0], x[1]), default=None)
    if best is not None and best[0] > 0:
        meta["title"] = best[2].text
        best[2].rule = "meta.title"
    for ln in header:
        if ln.removed:
            continue
        m = _EDITED_BY.match(ln.text)
        if m:
            meta["editors"] = [n.strip() for n in _NAME_LIST.split(m.group(2)) if n.strip()]
            st.remove("meta.edited-by", m.group(1))
            continue
        m = _TIMES_NOTE.match(ln.text)
        if m and m.group(1).lower() in ZONE_NAMES:
            meta["timezone"] = ZONE_NAMES[m.group(1).lower()]
            st.remove("meta.timezone-note", ln.text)
            continue
        if ln is not None and ln.rule == "meta.title":
            continue
        body = shapes.strip_list_mark(ln.text)
        if (shapes.is_prose(ln.text) or (shapes.is_list_item(ln.text) and len(shapes.words(body)) >= 6)):
            meta["summary"].append(body)
            if body != ln.text:
                st.remove("page.list-mark", ln.text[: len(ln.text) - len(body)].strip())
            continue
        st.remove("page.header", ln.text)
    if meta["title"] is None:
        cands = [ln.text for ln in content if shapes.is_headline_shaped(ln.text) and len(shapes.words(ln.text)) >= 4]
        if cands:
            meta["title"] = max(cands, key=len)
            st.removed[:] = [r for r in st.removed if not (r.rule == "page.header" and r.text == meta["title"])]
    return meta


def _title_score(text: str, following: str) -> int:
    """How much a header line looks like the page's headline: a headline-shaped line of four
    words or more, longer the better, and best when a standfirst, key points or a date follow."""
    n = len(shapes.words(text))
    if n < 4 or not shapes.is_headline_shaped(text, max_words=22) or "|" in text or _SENTENCE_BREAK.search(text) \
            or _EDITED_BY.match(text) or _TIMES_NOTE.match(text):
        return 0  # longer lines, or ones holding two sentences, are standfirsts
    body = shapes.strip_list_mark(following)
    followed = (times.parse_date(following) is not None and len(following) < 60) or shapes.is_prose(following) \
        or (shapes.is_list_item(following) and len(shapes.words(body)) >= 5)
    return min(n, 6) + (10 if followed else 0)


def _cut_footer(chunk: list[Line]) -> tuple[list[Line], list[Line]]:
    """The last post runs until its text gives way to page furniture: cut after the last body
    line that is not followed closely by a run of four or more non-prose lines."""
    last_body = 0
    run = 0
    for k, ln in enumerate(chunk):
        if ln.removed:
            continue
        if shapes.is_prose(ln.text) or ln.media_kind or k == 0:
            if run >= 4 and k > 0:
                break
            last_body = k
            run = 0
        else:
            run += 1
            if run >= 4:
                break
    end = last_body + 1
    while end < len(chunk) and (chunk[end].removed or chunk[end].media_kind):
        end += 1
    return chunk[:end], chunk[end:]


# -- 6. one post -------------------------------------------------------------------------------

def _build_post(chunk: list[Line], st: _State, page_date: dt.date | None, page_offset: int | None,
                page_zone: str | None = None) -> Post:
    label = headline = published = None
    bylines: list[Byline] = []
    media: list[Media] = []
    blocks: list[Block] = []
    list_items: list[str] = []

    def flush_list() -> None:
        if list_items:
            blocks.append(Block("list", "\n".join(list_items), tuple(list_items)))
            list_items.clear()

    content = [ln for ln in chunk if not ln.removed]
    # a post whose body was an embedded tweet keeps its title as its headline
    has_embed = any(ln.rule == "embed.social" for ln in chunk)
    in_header = True
    k = 0
    while k < len(content):
        ln = content[k]
        t = ln.text
        nxt = content[k + 1] if k + 1 < len(content) else None
        if ln.mark is not None and (in_header or not ln.mark.lead):
            # a time stamp: the post's time, maybe with an author or a label glued on
            if (ln.mark.has_clock or ln.mark.epoch is not None) and (published is None or in_header):
                # the stamp nearest the post wins
                published = ln.mark.iso(page_date, page_offset, page_zone)
            st.remove("post.timestamp", _without(t, ln.mark.tail))
            if ln.mark.tail:
                if shapes.is_label(ln.mark.tail) and label is None:
                    label = ln.mark.tail
                elif shapes.is_name(ln.mark.tail):
                    bylines.append(Byline(ln.mark.tail))
                else:
                    blocks.append(Block("paragraph", ln.mark.tail))
            k += 1
            continue
        if ln.mark is not None and ln.mark.lead:
            # "Author 14 August 2023 10:01" closing a post: its byline
            if ln.mark.lead not in {b.name for b in bylines}:
                bylines.append(Byline(ln.mark.lead))
            st.remove("post.timestamp", t.replace(ln.mark.lead, "", 1).strip())
            k += 1
            continue
        if ln.media_kind:
            k += _take_media(content, k, media, st)
            continue
        if in_header:
            if label is None and headline is None and shapes.is_label(t) and nxt is not None:
                label = t.rstrip(":")
                k += 1
                continue
            if shapes.is_name(t) and not shapes.is_prose(t) and nxt is not None and not _possessive(t) \
                    and (headline is not None or not _leads_to_body(content, k)
                         or shapes.is_role(nxt.text, t) or nxt.text.startswith(t.split()[0])
                         or (shapes.is_headline_shaped(nxt.text, max_words=20) and _leads_to_body(content, k + 1))
                         # a two- or three-word name straight above the text (Title Case headlines run longer)
                         or (len(t.split()) <= 3 and shapes.is_prose(nxt.text))):
                role = None
                if nxt.content and shapes.is_role(nxt.text, t) and not shapes.is_prose(nxt.text) \
                        and _next_is_body_or_media(content, k + 1):
                    role = nxt.text
                    k += 1
                bylines.append(Byline(t, role))
                k += 1
                continue
            if headline is None and _numbered_headline(t, nxt) and _leads_to_body(content, k):
                headline = t  # "1. Just askin'": a numbered headline, not a one-item list
                k += 1
                continue
            if headline is None and shapes.is_headline_shaped(t, max_words=20) \
                    and (_leads_to_body(content, k) or (has_embed and nxt is None)) \
                    and not any(t.startswith(b.name) for b in bylines):
                headline = t
                k += 1
                continue
        in_header = False
        if shapes.is_list_item(t):
            item = shapes.strip_list_mark(t)
            st.remove("post.list-mark", t[: len(t) - len(item)].strip())
            list_items.append(item)
        else:
            flush_list()
            blocks.append(Block("paragraph", t))
        k += 1
    flush_list()
    return Post(headline=headline, label=label, published=published, bylines=tuple(bylines),
                media=tuple(media), blocks=tuple(blocks))


def _numbered_headline(t: str, nxt: Line | None) -> bool:
    if not t[:1].isdigit() or not shapes.is_list_item(t):
        return False
    rest = shapes.strip_list_mark(t)
    return bool(rest) and shapes.is_headline_shaped(rest, max_words=20) and \
        (nxt is None or not shapes.is_list_item(nxt.text))


def _without(text: str, tail: str) -> str:
    if tail and text.endswith(tail):
        return text[: -len(tail)].strip()
    return text


def _possessive(t: str) -> bool:
    return bool(_POSSESSIVE.search(t))


def _leads_to_body(content: list[Line], k: int) -> bool:
    """Whether more of the post (body text or media) follows line k."""
    for ln in content[k + 1:]:
        if ln.mark is not None and not ln.mark.lead:
            return False
        if ln.media_kind:
            continue
        if shapes.is_name(ln.text) or shapes.is_role(ln.text):
            if shapes.is_prose(ln.text):
                return True
            continue
        return True
    return False


def _next_is_body_or_media(content: list[Line], k: int) -> bool:
    if k + 1 >= len(content):
        return False
    nxt = content[k + 1]
    return bool(nxt.media_kind) or shapes.is_prose(nxt.text) or shapes.is_headline_shaped(nxt.text) is False


def _credit_value(s: str) -> str | None:
    s = s.strip().rstrip(")").strip()
    return s if _WORDCHAR.search(s) else None


def _take_media(content: list[Line], k: int, media: list[Media], st: _State) -> int:
    """Consume the media line(s) at k into ``media``; return how many lines were used."""
    ln = content[k]
    t = ln.text
    kind = ln.media_kind
    if kind == "credit":
        m = _CREDIT_STRICT.match(t)
        assert m is not None
        st.remove("media.credit-prefix", m["prefix"].strip())
        media.append(Media("image", credit=_credit_value(m["credit"]), alt=m["alt"] or None))
        if m["credit"].strip() and _credit_value(m["credit"]) is None:
            st.remove("media.empty-credit", m["credit"].strip())
        return 1
    if kind == "caption":
        m = _IMAGE_CAPTION.match(t)
        assert m is not None
        if m["shown"]:  # "Caption Image caption: Caption": the visible caption, then its screen-reader copy
            st.remove("media.caption-duplicate", m["shown"])
        st.remove("media.caption-prefix", m["prefix"].strip())
        caption = m["caption"].strip() or None
        if media and media[-1].caption is None and media[-1].type == "image":
            media[-1] = Media(media[-1].type, caption, media[-1].credit, media[-1].alt)
        else:
            media.append(Media("image", caption=caption))
        return 1
    if kind == "video":
        m = _VIDEO.match(t)
        if m and (m["content"] or m["prefix"]):
            if m["content"] and m["prefix"]:
                st.remove("media.video-stub", t[: m.end("prefix")].strip())
            elif m["content"]:
                st.remove("media.video-stub", m["content"])
            else:
                st.remove("media.caption-prefix", m["prefix"].strip())
            media.append(Media("video", caption=(m["caption"] or "").strip() or None))
        else:
            media.append(Media("video", caption=t))
        return 1
    if kind == "photo":
        m = _PHOTOGRAPH.match(t)
        assert m is not None
        st.remove("media.credit-prefix", m["prefix"].strip())
        media.append(Media("image", caption=m["caption"].strip() or None, credit=_credit_value(m["credit"])))
        return 1
    if kind == "paren-credit":
        m = _PAREN_CREDIT.match(t)
        assert m is not None
        st.remove("media.credit-parens", "()")
        media.append(Media("image", credit=_credit_value(m["credit"])))
        return 1
    if kind == "video-duration":
        st.remove("media.video-duration", t)
        if k + 1 < len(content) and content[k + 1].media_kind == "video-title":
            media.append(Media("video", caption=content[k + 1].text))
            return 2
        return 1
    if kind in ("split-credit-head", "split-credit", "split-credit-tail"):
        parts = []
        n = 0
        while k + n < len(content) and content[k + n].media_kind.startswith("split-credit"):
            parts.append(content[k + n])
            n += 1
            if parts[-1].media_kind == "split-credit-tail":
                break
        caption = None
        credit = None
        for p in parts:
            if p.media_kind == "split-credit-head":
                caption = p.text.rstrip("(").strip() or None
                st.remove("media.credit-prefix", "(")
            elif p.media_kind == "split-credit":
                st.remove("media.credit-prefix", p.text)
            else:
                credit = _credit_value(p.text)
                st.remove("media.credit-prefix", ")")
        media.append(Media("image", caption=caption, credit=credit))
        return max(n, 1)
    media.append(Media("video", caption=t))
    return 1


def _after_related_heading(lines: list[Line], chunks: list[tuple[list[Line], Post]]) -> set[int]:
    """ids of the posts that start after a related-stories heading ("More on this story")."""
    first = next((i for i, ln in enumerate(lines) if ln.rule == "chrome.related-heading"), None)
    if first is None:
        return set()
    where = {id(ln): i for i, ln in enumerate(lines)}
    return {id(post) for chunk, post in chunks if chunk and where[id(chunk[0])] > first}


def _drop_trailing_teasers(posts: list[Post], st: _State, after_heading: set[int]) -> list[Post]:
    """After the last post with a body, stamped lines with nothing but a title under them are
    the page's related-stories list ("Title" / "5h"), not posts: when two or more of them
    run on, or when they come after a related-stories heading."""
    end = len(posts)
    while end > 0 and not posts[end - 1].media and not any(shapes.is_prose(b.text) for b in posts[end - 1].blocks):
        end -= 1
    if len(posts) - end < 2 and not all(id(p) in after_heading for p in posts[end:]):
        return posts
    for p in posts[end:]:
        st.remove("page.footer", "\n".join(x for x in (p.headline, *(b.name for b in p.bylines), p.text) if x))
    return posts[:end]


def _drop_pinned_copies(posts: list[Post], st: _State) -> list[Post]:
    """A pinned post is shown twice: on top and in its place in the feed. Keep the one in place."""
    seen: dict[str, int] = {}
    for i, p in enumerate(posts):
        if p.text:
            seen[p.text] = i
    kept = []
    for i, p in enumerate(posts):
        # a copy right before its twin is the page repeating a post, not a pinned copy
        if p.text and seen[p.text] != i and not (i + 1 < len(posts) and posts[i + 1].text == p.text):
            st.remove("post.pinned-copy", "\n".join(x for x in (p.headline, p.text) if x))
            continue
        kept.append(p)
    return kept


def _trace(lines: list[Line], header: list[Line], chunks: list[tuple[list[Line], Post]], footer: list[Line],
           posts: list[Post]) -> list[TraceLine]:
    index = {id(p): i for i, p in enumerate(posts)}
    where: dict[int, tuple[str, int | None, bool]] = {}
    for ln in header:
        where[id(ln)] = ("header", None, False)
    for chunk, post in chunks:
        for j, ln in enumerate(chunk):
            where[id(ln)] = ("post", index.get(id(post)), j == 0)
    for ln in footer:
        where[id(ln)] = ("footer", None, False)
    out = []
    for ln in lines:
        part, post_index, first = where.get(id(ln), ("footer", None, False))
        rule = ln.rule or ("page.footer" if part == "footer" else None)
        out.append(TraceLine(ln.no + 1, ln.text, rule, post_index, first and post_index is not None, part))
    return out
