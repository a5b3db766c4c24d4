"""The authors' reader (`meta_bylines.Scan`) from what the feed's walk noted on the body's
elements (`BodyMarks`): the same lists as its own walk, also after elements were dropped."""
from __future__ import annotations

import copy

from lxml import etree

from newsclean import feed_stamps
from newsclean.html_front import parse_tree
from newsclean.meta_bylines import Scan, _class_hint
from newsclean.meta_marks import BodyMarks, _hint, may_note

_POST = """<article class="live-post" data-post-id="p{i}"><time datetime="2024-05-01T10:{i:02d}:00Z">10:{i:02d}</time>
<h2 class="live-post__title">Update {i}</h2>
<div class="live-post__byline"><span class="author-name" data-testid="byline-author">Ana Ruiz</span></div>
<p>Roads closed at noon in the {i} district, the police said.</p>
<button class="author-follow">Follow</button>
<a rel="author" href="/authors/ana-ruiz">Ana Ruiz</a>
</article>"""

PAGE = ("""<html><head><link rel="author" href="/authors/desk"><meta itemprop="author" content="Desk"></head>
<body class="page"><header id="site-writer-nav"><a href="/">Home</a></header>
<div class="submitted">Posted by <span class="username">rasos</span></div>
<p class="intro">By Ana Ruiz</p>
<div class="live-feed">""" + "".join(_POST.format(i=i) for i in range(15)) + """</div>
<footer><span itemprop="author">Desk</span><div data-testid="footer-writer">Jo</div></footer>
</body></html>""")


def _lists(scan: Scan) -> tuple:
    return tuple(tuple(getattr(scan, name)) for name in ("declared", "users", "classed", "links", "lines"))


def _noted(tree) -> BodyMarks:
    marks = BodyMarks()
    body = tree.find("body")
    with_marks = feed_stamps.timed_elements(body, marks=marks)
    assert list(with_marks) == list(feed_stamps.timed_elements(body))  # the feed's answer is the same
    return marks


def test_noted_scan_is_the_walked_scan() -> None:
    tree = parse_tree(PAGE)
    marks = _noted(tree)
    assert marks.found  # the walk noted the body's author elements
    seeded, walked = Scan(tree, marks), Scan(tree)
    assert _lists(seeded) == _lists(walked)
    # every kind was found, and the caps (12 declared, 12 users, 200 hinted) were reached in order
    assert len(walked.declared) == 12 and walked.users and len(walked.classed) > 12
    assert walked.declared[0].tag == "link"  # the head's elements come first


def test_elements_dropped_after_the_walk_are_left_out() -> None:
    tree = parse_tree(PAGE)
    marks = _noted(tree)
    for el in list(tree.iter("article"))[:4]:
        el.drop_tree()  # (a pinned copy dropped, say)
    next(tree.iter("span")).drop_tree()
    etree.strip_elements(tree, "button", with_tail=False)
    seeded, walked = Scan(tree, marks), Scan(tree)
    assert _lists(seeded) == _lists(walked)
    assert all(any(a is tree for a in el.iterancestors()) for el in seeded.classed)


def test_marks_of_another_tree_are_not_used() -> None:
    tree = parse_tree(PAGE)
    marks = _noted(tree)
    other = copy.deepcopy(tree)  # near miss: a copy of the page (a huge page's bounded head)
    for el in list(other.iter("article"))[:3]:
        el.drop_tree()
    assert _lists(Scan(other, marks)) == _lists(Scan(other))
    assert not any(el in set(Scan(tree).classed) for el in Scan(other, marks).classed)


def test_the_walks_precheck_lets_every_noted_element_through() -> None:
    tree = parse_tree(PAGE)
    for el in tree.iter(etree.Element):
        keys = el.keys()
        if not keys:
            continue
        cls = el.get("class") if "class" in keys else None
        marks = BodyMarks()
        marks.start(tree)
        marks.note(el, keys, cls)
        if marks.found:
            assert may_note(keys, cls)
    # near miss: an element with a plain class and no id says nothing to the authors' reader
    assert not may_note(["class"], "live-post__title")


def test_the_notes_hint_is_the_readers() -> None:
    for value in ("author-name", "c-byline", "autorbox", "writer", "auteur", "byLine", "post-title", "", None):
        assert _hint(value) == _class_hint(value)
    assert not _hint("post-title")  # near miss
