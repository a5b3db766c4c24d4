"""Parts of a story page that sit among the story's paragraphs but are not its text: figure
captions (with or without figure markup), the titles of players drawn by script, and the readers'
comments section. Each leaves the tree before the extractor runs, its text recorded as removed
(``media.caption``, ``page.comments``)."""
from __future__ import annotations

import itertools

import regex

from . import shapes
from .html_media import is_video_player
from .media_unmarked import is_unmarked_figure
from .model import Removal
from .node_text import text_of

def drop_captions(tree, removed: list[Removal]) -> None:
    """Figure captions are no body (the corpus rules): each ``<figcaption>`` leaves the tree, its
    text recorded as removed (a photo gallery's slides would otherwise read as the story). So do
    the caption and credit lines of a figure built without figure markup (an image's block of at
    most two short lines, one caption- or credit-classed: `is_unmarked_figure`) and the title of
    a video player drawn by script (`is_video_player`)."""
    for cap in list(tree.iter("figcaption")):
        if cap.getparent() is None:
            continue
        text = shapes.clean(text_of(cap))
        if text:
            removed.append(Removal("media.caption", text))
        cap.drop_tree()
    for block in [b for b in _image_blocks(tree) if is_unmarked_figure(b)]:
        for line in [e for e in block if isinstance(e.tag, str) and next(e.iter("img"), None) is None]:
            text = shapes.clean(text_of(line))
            if text:
                removed.append(Removal("media.caption", text))
            line.drop_tree()
    for player in [e for e in tree.iter("div", "section") if "video" in (e.get("class") or "").lower()]:
        if player.getparent() is not None and is_video_player(player) \
                and len(shapes.clean(text_of(player))) <= VIDEO_BLOCK_MAX_CHARS:
            text = shapes.clean(text_of(player))
            if text:
                removed.append(Removal("media.caption", text))
            player.drop_tree()


VIDEO_BLOCK_MAX_CHARS = 300
# a class or id token naming the readers' comments section: "comments", "reader-comments",
# "comment-section", "comments_area" (not "has-comments", "comments-open": a story's state)
_COMMENTS_TOKEN = regex.compile(r"^(?:[a-z]+[-_])?comments?(?:[-_](?:section|area|container|list|wrapper|block))?$",
                                regex.I)
_NOT_COMMENTS = regex.compile(r"^(?:has|no|with)[-_]", regex.I)
COMMENTS_MAX_SHARE = 0.3  # of the page's paragraph text: a section holding more is the story


def drop_comments(tree, headline, removed: list[Removal]) -> None:
    """The readers' comments section is no body: an element whose class or id names it, holding
    neither the headline nor much of the page's paragraph text, leaves the tree whole (its count
    heading and "Share what you think" prompt too, which the extractor keeps), recorded as
    ``page.comments``."""
    found = [e for e in tree.iter("div", "section", "aside", "ol", "ul")
             if any(_COMMENTS_TOKEN.match(t) and not _NOT_COMMENTS.match(t)
                    for t in f"{e.get('class') or ''} {e.get('id') or ''}".split())]
    if not found:
        return
    paragraphs = sum(len(text_of(p)) for p in tree.iter("p")) or 1
    for el in found:
        if el.getparent() is None or (headline is not None and (el is headline or el in headline.iterancestors())):
            continue
        inside = sum(len(text_of(p)) for p in el.iter("p"))
        if inside > COMMENTS_MAX_SHARE * paragraphs:
            continue
        text = shapes.clean(text_of(el))
        if text:
            removed.append(Removal("page.comments", text))
        el.drop_tree()


def _image_blocks(tree):
    """The parent and grandparent of every image: where a figure without figure markup is."""
    seen: set = set()
    for img in tree.iter("img"):
        for anc in itertools.islice(img.iterancestors(), 2):
            if anc not in seen:
                seen.add(anc)
                yield anc
