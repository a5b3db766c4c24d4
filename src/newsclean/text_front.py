"""The text front door: scraped page text in, Document out.

Scraped text has no tags, so every decision rests on line shapes (``shapes``), time stamps
(``times``, through ``text_times``), repetition across the page and the cleaning rules. No step
reads a language's words: those come from the rule packs. The stages, one module each:

1. ``text_lines``: split into lines (remembering blank-line paragraphs); span, pair and line
   rules; media lines (credits, captions, video stubs); chrome by shape and repetition (a
   numbered table of contents, short interface lines the page repeats); time marks (stamps,
   "X: <stamp>" lead-ins, clocks leading headlines, match minutes);
2. ``text_segment``: post boundaries: stamp or minute lines when the page has a run of them,
   else posts that sign off ("— Name"), else headline-shaped lines that open body text;
   teasers for other articles; the footer after the last post;
3. ``text_header``: the header above the first post gives the page's metadata;
4. ``text_post``: each post's lines become label, headline, bylines, media and body blocks;
5. here: page-level choices (names opening posts, title-only posts, trailing teasers, pinned
   copies) and the audit trace.

Every non-blank input line ends up in an output field or in ``removed``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from . import day_rollover, shapes, text_days, text_times, times
from .gc_pause import gc_paused
from .language import page_language
from .model import Byline, Document, Post
from .post_counters import drop_counters
from .sites import SiteProfile, rules_for
from .text_ages import mark_loose_ages
from .text_appeals import mark_appeals
from .text_article_head import lead_over_picture, mark_dateline, title_block
from .text_article_rows import (
    byline_date_row,
    key_points,
    paragraph_pair,
    subhead_above,
)
from .text_byline_page import (
    drop_shared_outlet,
    drop_shared_place,
    page_brands,
    page_outlets,
)
from .text_chrome import (
    drop_dated_teasers,
    mark_index_headings,
    mark_page_chrome,
    strip_gallery_counters,
)
from .text_closing_row import closing_row, closing_row_at, row_closes_posts
from .text_date_order import first_date, page_day_first
from .text_dated_index import drop_dated_index
from .text_footer import cut_footer
from .text_glued import headed_below, keep_glued_byline, mark_glued_lines
from .text_header import read_header
from .text_kind import (
    article_end,
    article_start,
    first_paragraph,
    live_or_article,
    text_resumes,
)
from .text_lines import (
    Line,
    State,
    apply_line_rules,
    apply_span_rules,
    mark_media,
    mark_times,
    mark_top_pictures,
    split_lines,
)
from .text_pinned import drop_pinned_copies
from .text_post import (
    build_post,
    keep_closing_byline,
    keep_dash_signature,
    name_and_role,
    signature_names,
)
from .text_segment import closed_by_stamps, own_stamp, post_starts
from .text_signoff import closing_signoff, keep_signoff, mark_signoffs
from .text_sources import drop_source_rows, record_source_rows
from .text_stamp_days import RULE as STAMP_DAY_RULE
from .text_stamp_days import date_day_months, fold_day_months
from .text_stamp_roles import demote_counted_thread
from .text_standfirst import (
    page_dateline_first,
    page_opening_first,
    page_update_row_first,
)

__all__ = ["TraceLine", "parse_text"]

_QUOTE_CLOSERS = "\"'”’»“"  # (closing quotes; „…“ closes with “)

# rules set while marking times (the key-event and related-story indexes)
LATE_RULES = frozenset({"chrome.timeline-index", "chrome.related-index", STAMP_DAY_RULE})


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
    """The document in scraped page ``text``; ``trace``, when given, receives what became of
    each input line (the audit view). The cycle collector is paused meanwhile (`gc_pause`)."""
    with gc_paused():
        return _parse_text(text, url=url, profile=profile, trace=trace)


def _parse_text(text: str, *, url: str | None, profile: SiteProfile | None,
                trace: list[TraceLine] | None) -> Document:
    language = page_language(text=text)
    rules = rules_for(profile, language)
    st = State()
    lines = split_lines(text)
    apply_span_rules(lines, rules, st)
    apply_line_rules(lines, rules, st)
    mark_appeals(lines, rules, st)  # "<about us>. Subscribe today."
    strip_gallery_counters(lines, st)
    mark_media(lines)
    mark_page_chrome(lines, st, rules)
    minute_rows = text_times.split_minute_rows(lines)
    mark_times(lines, language)
    mark_loose_ages(lines, language)  # "awanni 3 da suka wuce": ages of a language without a pack
    fold_day_months(lines)
    drop_dated_index(lines, language)  # a timeline box of dated steps
    mark_top_pictures(lines)
    mark_index_headings(lines)  # "Timeline" over such an index
    for ln in lines:  # the key-event and related-story indexes mark_times found
        if ln.rule in LATE_RULES:
            st.remove(ln.rule, ln.text)
    before = [(ln.rule, ln.mark, ln.title, ln.label) for ln in lines]
    stamps_seen = sum(1 for ln in lines if ln.mark is not None and not ln.mark.lead)
    starts = post_starts(lines)
    drop_source_rows(lines, starts)  # "RTP / Lusa" under every post (an article gets the line back)
    verdict = live_or_article(lines, starts, rules, _first_title(lines), stamps_seen)
    deck: list[str] = []  # an article's deck under its title: the page's summary
    row_bylines: list[Byline] = []  # an article's "By Name <date>" row's names
    if not verdict.live:
        # no run of posts: the page is one article, from its title on (what segmentation
        # marked on the way, teasers and post titles, is undone)
        for ln, (rule, mark, title, label) in zip(lines, before):
            ln.rule, ln.mark, ln.title, ln.label = rule, mark, title, label
        text_times.join_minute_rows(lines, minute_rows)
        demote_counted_thread(lines)  # readers' comments under the article
        first = article_start(lines, starts, rules, url)
        starts = [] if first is None else [first]
        if first is not None:
            mark_dateline(lines, first, st, language)
            deck = title_block(lines, first) if lines[first].title else []
            row_bylines = byline_date_row(lines, first, st, language)
            deck += key_points(lines, first)  # "* <sentence>" items under the row
            if lines[first].title and not deck:
                deck = lead_over_picture(lines, first)  # the lead between the rows and the top picture
            drop_dated_teasers(lines[first:], st, language)  # "Read more <title> <date clock>"
    stamped = [own_stamp(lines, s) for s in starts]  # (a post opened by its label: its stamp line)
    if verdict.live and (_page_stamp_first(lines, stamped) or page_dateline_first(lines, stamped)
                         or page_opening_first(lines, stamped)):
        starts = starts[1:]  # the page's own stamp over its intro: header, not a post
    elif verdict.live and (row := page_update_row_first(lines, starts)) is not None:
        starts = [row, *starts[1:]]  # the page's published/updated row: header; the post under it
    if verdict.live:
        record_source_rows(lines, st)
    for ln in lines:  # lines segmentation found to be teasers, or reader comments
        if ln.rule in ("page.teaser", "page.comments"):
            st.remove(ln.rule, ln.text)

    header = lines[: starts[0]] if starts else lines
    # (the first post's stamp under the header, a blank line between: what a title stands over)
    last = next((ln for ln in reversed(header) if not ln.removed), None) if starts else None
    below = lines[starts[0]].text if last is not None and last.para != lines[starts[0]].para else ""
    meta = read_header(header, st, language, rules, below=below, url=url, live=verdict.live)
    meta["summary"] += deck
    article_title = None
    if not verdict.live and meta["title"] is not None:
        # the article's title is its post's headline: a title-shaped line above it is header
        picked = next((ln for ln in header if ln.rule == "meta.title"), None)
        if picked is not None:
            picked.rule = "page.header"
            st.remove(picked.rule, picked.text)
            article_title = picked.text
        meta["title"] = None
    if meta["date"] is None:
        if language is None:  # (the page's own dates settle the order of its numeric dates)
            order = page_day_first([ln.text for ln in lines])
            meta["date"] = next((d for d in (first_date(ln.text, None, order) or times.parse_date(ln.text)
                                             for ln in lines) if d), None)
        else:
            meta["date"] = next((d for d in (times.parse_date(ln.text, lang=language) for ln in lines) if d), None)
    page_date = meta["date"]
    page_offset = meta["offset"]
    warnings_extra: list[str] = date_day_months(lines, page_date, language)  # "15:40 25/7"
    if any(ln.mark is not None and ln.mark.doubt for ln in lines):  # "12:30 malam": no time given
        warnings_extra.append(times.PERIOD_WARNING)
    # day separators between posts ("16 марта") date the clocks below them
    days = text_days.post_days(lines, starts, st, page_date, language) if verdict.live else None
    posts: list[Post] = []
    chunks: list[tuple[list[Line], Post]] = []
    separated: dict[int, dt.date | None] = {}  # id(post) -> the day a separator above it names
    footer: list[Line] = []
    names_first = _names_open_posts(lines, starts)
    outlets = page_outlets(lines, starts[0] if starts else len(lines))  # "Yle Uutiset": "Name , Yle" names it
    brands = page_brands(lines, starts[0] if starts else len(lines)) if verdict.live else frozenset()
    signed = sum(1 for ln in lines[starts[0] if starts else 0:]
                 if "—" in ln.text and ln.content and signature_names(ln.text)) >= 3
    closer = closing_row(lines, starts) if verdict.live else None
    stamp_closes = verdict.live and closed_by_stamps(lines, starts)  # "Name 12:41 AM" ends each post
    glued = verdict.live and mark_glued_lines(lines, starts, st)
    signs_off = mark_signoffs(lines, starts, st) if verdict.live else None
    closes = closer is not None and not any(ch.isdigit() for ch in closer) and row_closes_posts(lines, starts, closer)
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        chunk = lines[start:end]
        cut = next((j for j, ln in enumerate(chunk) if ln.rule == "chrome.related-heading"), None)
        while not verdict.live and cut is not None and cut > 0 and article_end(chunk) > cut:
            # a related-stories box inside an article: the list up to the next paragraph goes
            resume = first_paragraph(chunk, cut)
            if resume is None:  # (paragraphs shorter than an article's usual: a pair of them)
                resume = next((j for j in range(cut + 1, len(chunk)) if chunk[j].content and chunk[j].prose
                               and not shapes.is_list_item(chunk[j].text) and paragraph_pair(chunk, j)), None)
            if resume is None:
                break
            head = subhead_above(chunk, cut, resume)
            if not (text_resumes(chunk, resume) or (head is not None and paragraph_pair(chunk, resume))):
                break
            if head is not None:
                resume = head  # the article's own subheading over its next paragraphs
            for ln in chunk[cut:resume]:
                if not ln.removed:
                    ln.rule = "page.related-list"
                    st.remove(ln.rule, ln.text)
            cut = next((j for j in range(resume, len(chunk)) if chunk[j].rule == "chrome.related-heading"), None)
        if cut is not None and cut > 0 and verdict.live and not any(ln.content and not ln.removed for ln in chunk[1:cut]):
            cut = None  # the heading right under a post's stamp, before any of its text: its label ("Latest")
        if cut is not None and cut > 0:  # a related-stories list ends the post's text
            for ln in chunk[cut:]:
                if not ln.removed:
                    ln.rule = "page.related-list"
                    st.remove(ln.rule, ln.text)
            chunk = chunk[:cut]
        if k + 1 < len(starts) and closes:
            at = closing_row_at(chunk, closer)
            if at is not None and at + 1 < len(chunk) \
                    and not any(ln.mark is not None or ln.minute for ln in chunk[at + 1:]):  # a promotion between two posts
                for ln in chunk[at + 1:]:
                    if not ln.removed:
                        ln.rule = "page.between-posts"
                        st.remove(ln.rule, ln.text)
                chunk = chunk[: at + 1]
        if k + 1 == len(starts) and not verdict.live:
            # an article: its furniture comes after the text proper, not among the lines above it
            # (past its last run of paragraphs, short lines still belong to it until furniture)
            end = article_end(chunk)
            tail, footer = cut_footer(chunk[end:]) if end < len(chunk) else ([], [])
            if tail and not shapes.is_prose(tail[0].text) and not tail[0].media_kind:
                tail, footer = [], chunk[end:]  # cut_footer keeps its first line whatever it is
            chunk = chunk[:end] + tail
            for ln in footer:  # (lines removed by a rule are recorded already)
                if ln.rule is None:
                    st.remove("page.footer", ln.text)
        elif k + 1 == len(starts):
            at = closing_row_at(chunk, closer)
            if stamp_closes:  # the last post ends at its author's stamp row too
                at = next((j for j, ln in enumerate(chunk) if ln.mark is not None and ln.mark.lead and ln.mark.has_clock
                           and not ln.removed), at)
            if at is not None:  # the share row that closes every post closes the last one too
                chunk, footer = chunk[: at + 1], chunk[at + 1:]
                if signs_off is not None:
                    closing_signoff(chunk, st, signs_off)
            else:
                kept, footer = cut_footer(chunk)
                chunk, footer = keep_closing_byline(kept, footer)
                chunk, footer = keep_dash_signature(chunk, footer)
                if glued and len(chunk) == len(kept):  # the posts close with a bare name: so may the last
                    chunk, footer = keep_glued_byline(chunk, footer)
                if signs_off is not None and len(chunk) == len(kept):  # the posts sign off with a name: so may the last
                    closing_signoff(chunk, st, signs_off)
                    chunk, footer = keep_signoff(chunk, footer, st, signs_off)
            if signed:  # where posts sign off ("— Name"), the last one ends at its signature
                whole = chunk + footer
                signed_at = [j for j, ln in enumerate(whole[: len(chunk) + 3]) if ln.content and signature_names(ln.text)]
                if signed_at:
                    chunk, footer = whole[: signed_at[-1] + 1], whole[signed_at[-1] + 1:]
            for ln in footer:  # (lines removed by a rule are recorded already)
                if ln.rule is None:
                    st.remove("page.footer", ln.text)
        post = build_post(chunk, st, page_date, page_offset, meta["timezone"], names_first=names_first, outlets=outlets, brands=brands,
                          stamp_closes=stamp_closes)
        if days and (day := days[k]) is not None:
            post = text_days.redate(post, chunk, day, page_date)
        chunks.append((chunk, post))
        if post.headline or post.blocks or post.media or post.bylines \
                or (verdict.live and any(ln.rule == "embed.social" for ln in chunk[1:])):
            posts.append(post)  # (a post that is only an embedded tweet shows the tweet)
            separated[id(post)] = days[k] if days else None
    if article_title is not None and len(posts) == 1 and posts[0].headline is None:
        # the article opens under its title (a byline, a dateline first): the title heads it
        posts[0] = dataclasses.replace(posts[0], headline=article_title)
        st.removed[:] = [r for r in st.removed if not (r.rule == "page.header" and r.text == article_title)]
    if row_bylines and len(posts) == 1:  # the article's "By Name, date clock" row
        have = {b.name for b in posts[0].bylines}
        posts[0] = dataclasses.replace(posts[0], bylines=posts[0].bylines + tuple(b for b in row_bylines if b.name not in have))
    titled = _title_only_posts(posts)
    if titled:
        posts = [titled.get(id(p), p) for p in posts]
        chunks = [(chunk, titled.get(id(post), post)) for chunk, post in chunks]
    posts = _drop_trailing_teasers(posts, st, _after_related_heading(lines, starts, chunks))
    posts = drop_pinned_copies(posts, st)
    posts = drop_counters(posts, st.remove)  # view and share counters the template repeats
    posts = drop_shared_outlet(posts, st.remove)  # "By Name Fox News": the outlet after every name
    posts = drop_shared_place(posts, st.remove)  # "Name Surname Valencia": where each post was written
    if trace is not None:
        trace.extend(_trace(lines, header, chunks, footer, posts))
    fills, rolled = (None if days else day_rollover.text_fills(posts, chunks, page_date)), False
    if days and any(separated.get(id(p)) for p in posts):  # posts above the first day separator
        bare = day_rollover.text_fills(posts, chunks, page_date)
        if bare is not None:
            posts, rolled = day_rollover.above_first_separator(posts, [separated.get(id(p)) for p in posts], bare)
    if fills is not None:  # bare clocks past midnight (after the trace: posts are replaced)
        update = day_rollover.text_update_instant(header, page_date, language)
        posts, rolled = day_rollover.roll_days(posts, fills, page_instant=day_rollover.text_page_instant(
            header, page_date, language), instant_starts=update is None)
        if not rolled:  # clocks later than the page's update time: the day before's
            posts, moved = day_rollover.before_update(posts, fills, update)
            if moved:
                warnings_extra.append(day_rollover.BEFORE_UPDATE_WARNING)
    if meta["title"] is None and len(posts) == 1:
        meta["title"] = posts[0].headline
    zone = meta["timezone"] or (profile.timezone if profile and meta["offset"] is not None else None)
    warnings = [] if posts else ["no posts found"]
    if verdict.warning:
        warnings.append(verdict.warning)
    if rolled:
        warnings.append(day_rollover.WARNING)
    warnings += warnings_extra
    return Document(
        kind="liveblog" if len(posts) != 1 else "article",
        url=url, site=profile.name if profile else None,
        title=meta["title"], language=language, published=_feed_start(page_date, days),
        editors=tuple(meta["editors"]), timezone=zone, summary=tuple(meta["summary"]),
        posts=tuple(posts), removed=tuple(st.removed),
        warnings=tuple(warnings),
    )


def _first_title(lines: list[Line]) -> str | None:
    """The first kept line of the page (where a title usually stands), for the live check."""
    return next((ln.text for ln in lines if ln.content), None)


def _title_only_posts(posts: list[Post]) -> dict[int, Post]:
    """Where the page titles its posts (nearly every post with text has a headline), a post
    whose only text is one title-shaped line (a photo or video post) shows its title. Returns
    the changed posts by the id of the post they replace."""
    texted = [p for p in posts if any(shapes.is_prose(b.text) for b in p.blocks)]
    if len(texted) < 3 or sum(1 for p in texted if p.headline) * 5 < len(texted) * 4:
        return {}
    out = {}
    for p in posts:
        if p.headline is None and len(p.blocks) == 1 and p.blocks[0].type == "paragraph" \
                and not shapes.is_prose(p.blocks[0].text) and shapes.is_headline_shaped(p.blocks[0].text, max_words=30) \
                and not p.blocks[0].text.rstrip(_QUOTE_CLOSERS).endswith("."):  # (a quoted sentence is text)
            out[id(p)] = dataclasses.replace(p, headline=p.blocks[0].text, blocks=())
    return out


def _feed_start(page_date: dt.date | None, days: list[dt.date | None] | None) -> str | None:
    """The page's date: ``page_date``; but where that is the day the separator over the first
    post names (the text's first date was the feed's newest day) and the separators below put
    posts on earlier days, the oldest of them: a page is published no later than its oldest post."""
    if page_date is None:
        return None
    oldest = min((d for d in days or () if d is not None), default=None)
    if days and days[0] == page_date and oldest is not None and oldest < page_date:
        return oldest.isoformat()
    return page_date.isoformat()


def _names_open_posts(lines: list[Line], starts: list[int]) -> bool:
    """Whether the page's posts open with their author's name (after the stamp): when most do,
    a name in that place is a byline even where a title-only post follows it."""
    if len(starts) < 4:
        return False
    hits = 0
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        first = []
        for j in range(start, end):
            ln = lines[j]
            if ln.rule is None and not ln.media_kind and ln.mark is None and not ln.minute \
                    and not shapes.is_label(ln.text):
                first.append(ln)
                if len(first) == 2:
                    break
        # a name, then the title (a name over body text may be a short headline instead)
        if len(first) == 2 and (shapes.is_name(first[0].text) or name_and_role(first[0].text) is not None) and not shapes.is_prose(first[1].text) \
                and shapes.is_headline_shaped(first[1].text, max_words=30):
            hits += 1
    return hits >= 3 and hits * 5 >= len(starts) * 3


def _after_related_heading(lines: list[Line], starts: list[int], chunks: list[tuple[list[Line], Post]]) -> set[int]:
    """ids of the posts that start after a related-stories heading ("More on this story").
    (Each chunk opens at its start line: cutting a chunk only ever drops its end.)"""
    first = next((i for i, ln in enumerate(lines) if ln.rule == "chrome.related-heading"), None)
    if first is None:
        return set()
    return {id(post) for start, (chunk, post) in zip(starts, chunks) if chunk and start > first}


def _drop_trailing_teasers(posts: list[Post], st: State, after_heading: set[int]) -> list[Post]:
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


def _page_stamp_first(lines: list[Line], starts: list[int]) -> bool:
    """Whether the first post start is the page's own stamp over its intro: it prints the very
    time of the newest post (the page's update), its text has no headline where the posts below
    nearly all have one, and it is a few lines long."""
    if len(starts) < 4:
        return False
    a, b = lines[starts[0]].mark, lines[starts[1]].mark
    if a is None or b is None or not a.has_clock or a.lead or b.lead \
            or (a.date, a.month_day, a.hour, a.minute) != (b.date, b.month_day, b.hour, b.minute):
        return False
    if headed_below(lines, starts[0]) or sum(1 for ln in lines[starts[0] + 1: starts[1]] if ln.content) > 4:
        return False
    headed = sum(1 for s in starts[1:] if headed_below(lines, s))
    return headed >= 3 and headed * 5 >= (len(starts) - 1) * 4


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
