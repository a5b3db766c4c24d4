"""Text front: the row that closes every post of a page ("Share Copy link", "JaaKopioi linkki"),
found by repetition across the posts, and where it stands in a post's lines."""
from __future__ import annotations

from . import shapes
from .text_lines import Line
from .text_stamp_days import RULE as STAMP_DAY_RULE


def closing_row(lines: list[Line], starts: list[int]) -> str | None:
    """The line that closes the page's posts ("Share Copy link", "JaaKopioi linkki"): one of
    the last three lines of three posts or more, and of most of them."""
    if len(starts) < 3:
        return None
    seen: dict[str, int] = {}
    chrome: set[str] = set()  # rows a rule removed as the page's chrome ("Share")
    for k in range(len(starts) - 1):
        # (in page order, nearest the next post first: of rows as frequent, the lowest closes)
        # (a stamp's own date line, "25/7" under its clock, is no row)
        tail: list[str] = []
        for ln in reversed(lines[max(starts[k] + 1, starts[k + 1] - 3): starts[k + 1]]):
            if ln.rule != STAMP_DAY_RULE and ln.text not in tail:
                tail.append(ln.text)
                if ln.rule is not None:
                    chrome.add(ln.text)
        for t in tail:
            seen[t] = seen.get(t, 0) + 1
    n = len(starts) - 1
    best = max(seen.items(), key=lambda kv: kv[1], default=None)
    # (of three posts, the two above the last must both close with it, and a rule must have
    # found it chrome: two posts alone may end alike by chance)
    if best is None or best[1] < (3 if len(starts) > 3 or best[0] not in chrome else 2) or best[1] * 3 < n * 2 \
            or shapes.is_prose(best[0]) or len(best[0]) > 80:
        return None
    return best[0]


def row_closes_posts(lines: list[Line], starts: list[int], closer: str) -> bool:
    """Whether nothing of the posts' own follows the closing row in most posts that print it:
    then what stands between the row and the next post (a subscription box, a promotion) is
    the page's, not the post's."""
    ends = []
    for k in range(len(starts) - 1):
        chunk = lines[starts[k]: starts[k + 1]]
        at = closing_row_at(chunk, closer)
        if at is not None:
            ends.append(not any(ln.content for ln in chunk[at + 1:]))
    return len(ends) >= 3 and sum(ends) * 4 >= len(ends) * 3


def closing_row_at(chunk: list[Line], closer: str | None) -> int | None:
    """Where the last post's closing row stands in its chunk (past its first lines), or None."""
    if closer is None:
        return None
    return next((j for j in range(1, len(chunk)) if chunk[j].text == closer), None)
