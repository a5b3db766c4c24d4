"""Text front: pinned copies. A pinned post is shown twice, on top of the feed and in its place;
the copy on top goes (recorded as ``post.pinned-copy``), whether it repeats its twin's fields as
they are or shifted by the pin marker printed over it."""
from __future__ import annotations

from . import shapes
from .model import Post
from .text_lines import State

PINNED_TOP = 3  # a copy with shifted fields is looked for among the feed's first posts (pinned on top)


def drop_pinned_copies(posts: list[Post], st: State) -> list[Post]:
    """A pinned post is shown twice: on top and in its place in the feed. Keep the one in place."""
    seen: dict[str, int] = {}
    for i, p in enumerate(posts):
        if p.text:
            seen[p.text] = i
    kept = []
    same_time: dict[tuple, list[int]] = {}  # (time, bylines) -> the posts so stamped, in order
    for i, p in enumerate(posts):
        if p.published is not None:
            same_time.setdefault((p.published, p.bylines), []).append(i)
    for i, p in enumerate(posts):
        # a copy right before its twin is the page repeating a post, not a pinned copy (unless it
        # tops the feed with a marker of its own the twin lacks: "Pinned" over "Breaking")
        if p.text and seen[p.text] == i and i < PINNED_TOP and (twin := _shifted_twin(posts, i, same_time)) is not None:
            seen[p.text] = twin  # the copy's pin marker shifted its fields: label to headline to text
        if p.text and seen[p.text] != i and (not (i + 1 < len(posts) and posts[i + 1].text == p.text)
                                             or _marked_top_copy(posts, i)):
            st.remove("post.pinned-copy", "\n".join(x for x in (p.label, p.headline, p.text) if x))
            continue
        kept.append(p)
    return kept


def _fields(p: Post) -> list[str]:
    """A post's printed lines in order: label, headline, body blocks."""
    return [x for x in (p.label, p.headline) if x] + [b.text for b in p.blocks]


def _shifted_twin(posts: list[Post], i: int, same_time: dict[tuple, list[int]]) -> int | None:
    """The later post that post i copies with its fields shifted: a pin marker printed over the
    copy ("Pinned" over the post's own label) takes the label's place, the label the headline's,
    the headline goes to the text. Same time, same bylines, and one's lines end the other's
    (a sentence of body text among them); not the post right after (a page repeating an update).
    ``same_time``: the posts by time and bylines, so only those are compared (a feed of thousands
    of posts is not read against itself)."""
    a = posts[i]
    if a.published is None:
        return None
    fa = _fields(a)
    for j in same_time.get((a.published, a.bylines), ()):
        b = posts[j]
        if j < i + 2 or b.text == a.text:
            continue
        fb = _fields(b)
        short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
        if 0 < len(short) < len(long_) and long_[len(long_) - len(short):] == short \
                and len(long_) - len(short) <= 1 and any(shapes.is_prose(x) for x in short):
            return j
    return None


def _marked_top_copy(posts: list[Post], i: int) -> bool:
    """The feed's first post is a copy of the second (headline, time and text) with a label of
    its own that the second does not print: a copy pinned above the feed, the label its marker."""
    if i != 0 or len(posts) < 3:
        return False
    top, twin = posts[0], posts[1]
    return top.label is not None and top.label != twin.label and top.headline == twin.headline \
        and top.published == twin.published and top.text == twin.text
