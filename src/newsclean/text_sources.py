"""Text front: the source line a live page prints under every post ("RTP / Lusa", "(dpa)").

A short line that ends post after post, the same words each time, is the page's furniture (the
agency the desk credits), not the post's text and not a picture's credit: read as a credit it
would take the post's last paragraph as its caption. It is told by repetition alone: the last
kept line of three posts or more, and of two in three at least, short (five words at most), not a
sentence, no digits, not a person's name (a name that closes posts is their byline, read
elsewhere), and not words the posts' sentences quote (then it is the posts' text).
"""
from __future__ import annotations

from . import shapes
from .text_lines import Line, State
from .text_signoff import signoff_shape

__all__ = ["RULE", "drop_source_rows", "record_source_rows"]

RULE = "post.source-line"
_MAX_CHARS = 40
_MAX_WORDS = 5
_DASHES = "–—-"


def _last_kept(lines: list[Line], start: int, end: int) -> Line | None:
    return next((lines[j] for j in range(end - 1, start, -1) if lines[j].rule is None), None)


def _source_shaped(text: str) -> bool:
    return len(text) <= _MAX_CHARS and len(text.split()) <= _MAX_WORDS and not any(ch.isdigit() for ch in text) and not shapes.is_prose(text) \
        and not shapes.ends_sentence(text) and not shapes.is_name(text) and signoff_shape(text) is None \
        and text[0] not in _DASHES  # ("– Name/Outlet.com" signs the post off)


def drop_source_rows(lines: list[Line], starts: list[int]) -> str | None:
    """Mark (rule ``post.source-line``) the source line that closes the page's posts, in every
    post (the last one too, where it stands among the post's last lines); a caption its credit
    reading had taken from the line above goes back to the text. Returns the line's text.
    Called before the live-or-article verdict (a credit taking each post's text as its caption
    would leave the posts bodiless); `record_source_rows` records the removals on a live page."""
    if len(starts) < 4:
        return None
    seen: dict[str, int] = {}
    for k in range(len(starts) - 1):
        last = _last_kept(lines, starts[k], starts[k + 1])
        if last is not None:
            seen[last.text] = seen.get(last.text, 0) + 1
    best = max(seen.items(), key=lambda kv: kv[1], default=None)
    n = len(starts) - 1
    if best is None or best[1] < 3 or best[1] * 3 < n * 2 or not _source_shaped(best[0]):
        return None
    text = best[0]
    if any(text in ln.text and ln.text != text and ln.rule is None and ln.media_kind in ("", "built-caption") and ln.prose
           for ln in lines[starts[0]:]):
        return None  # words the posts' own sentences use: the posts' text
    for i in range(starts[0] + 1, len(lines)):
        ln = lines[i]
        if ln.rule is not None or ln.text != text:
            continue
        if ln.media_kind == "built" and lines[i - 1].media_kind == "built-caption":
            lines[i - 1].media_kind = ""  # the post's last paragraph, not a caption
        ln.media_kind, ln.media, ln.media_prefix = "", None, ""
        ln.rule = RULE
    return text


def record_source_rows(lines: list[Line], st: State) -> None:
    """Record the source lines `drop_source_rows` marked (a live page keeps the marks)."""
    for ln in lines:
        if ln.rule == RULE:
            st.remove(RULE, ln.text)
