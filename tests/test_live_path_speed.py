"""The live path's one-pass forms give what the searches they replaced gave (issue 10: speed)."""
from __future__ import annotations

from lxml import etree

from newsclean import feed_stamps, times
from newsclean.html_front import parse_tree
from newsclean.html_roles import time_classed
from newsclean.meta_marks import BodyMarks

# A match ticker shaped like a sports template: minute marks in texts and in tails (a tail after a
# nested element, two tails ending at the same place), a stamp class, data-* attributes of every
# kind, author hints for the authors' reader; and near misses: a prime in prose, a minute mark at
# the start of a long text, a "timeline" class, a data-* count holding an epoch-shaped number.
TICKER = """<html><body class="match-centre" data-page="ticker">
<ol class="events" id="events">
  <li class="event"><span class="event__minute">12'</span><p>Corner, saved.</p></li>
  <li class="event" data-event-time="2024-05-01T19:14:00Z"><b><i>x</i> 23\u2019</b> 31\u2032<p>Goal!</p></li>
  <li class="event" data-views="1714557720" data-created="2024-05-01T19:40:00+02:00"><p>It's 2-0 at the break, the
      keeper's hands were warm.</p></li>
  <li class="event"><div class="timeline">45+2'</div><span rel="author">A. Writer</span></li>
  <li class="event" data-count="1714557720"><p class="byline-wrap" itemprop="author">B. Reporter</p>
      <span>90' is when the game was decided by the referee's late whistle after the long delay</span></li>
  <li class="event"><time>19:58</time><span datetime="2024-05-01T19:59">90+4'</span></li>
</ol>
<div class="posted-at" data-testid="author-bio">x</div></body></html>"""


def _old_candidates(root, marks=None) -> list:
    """The searches the walk replaced: attribute candidates by XPath, then the primed texts'
    holders in document order."""
    if marks is not None:  # (what the authors' reader took from the attributes: its own test)
        from newsclean.meta_marks import may_note
        marks.start(root)
        for e in root.iter(etree.Element):
            keys = e.keys()
            if keys and may_note(keys, e.get("class")):
                marks.note(e, keys, e.get("class"))
    out = root.xpath("descendant::time | descendant::*[@datetime]")
    out += [a.getparent() for a in root.xpath("descendant-or-self::*/@class") if time_classed(str(a))]
    out += list(dict.fromkeys(a.getparent() for a in root.xpath("descendant-or-self::*/@*[starts-with(name(), 'data-')]")
                              if "time" in a.attrname or "date" in a.attrname
                              or feed_stamps.data_time(a.attrname, a.strip())))
    seen: list = []
    for node in root.xpath("descendant-or-self::text()"):
        e, tail = node.getparent(), node.is_tail
        t = e.tail if tail else e.text
        if (e, tail) not in seen and len(t) < 200 and feed_stamps.normalized_shorter(t, 12) \
                and times.parse_minute_mark(t):
            seen.append((e, tail))
            out.append(e)
    return out


def test_one_walk_finds_what_the_searches_found() -> None:
    tree = parse_tree(TICKER)
    body = tree.find("body")
    for root in (body, body.find("ol"), *body.iter("li")):
        new, old = BodyMarks(), BodyMarks()
        assert feed_stamps.stamp_candidates(root, False, marks=new) == _old_candidates(root, old)
        assert new.found == old.found
    found = feed_stamps.stamp_candidates(body, False)
    # the minute marks in document order: texts, then the tails (the deeper of two first)
    minutes = found[len(feed_stamps._attribute_candidates(body)):]
    assert [(e.tag, e.text) for e in minutes] == [("span", "12'"), ("i", "x"), ("b", None), ("div", "45+2'"),
                                                  ("span", "90+4'")]
    # near misses: prose with primes, a minute opening a long text, a data-count epoch
    assert not any("keeper" in (e.text or "") or "decided" in (e.text or "") for e in found)
    assert not any(e.get("data-count") for e in found)
    assert any(e.get("data-created") for e in found) and any(e.get("data-event-time") for e in found)


def test_one_walk_reads_the_class_kinds_once_per_class_string() -> None:
    assert feed_stamps._class_kind("entry__time") == 1
    assert feed_stamps._class_kind("entry__byline") == 2
    assert feed_stamps._class_kind("byline-date") == 3
    # near misses: a timeline and an update are not a time's class; "AUTHOR" is not the hint's case
    assert feed_stamps._class_kind("timeline update") == 0
    assert feed_stamps._class_kind("AUTHOR") == 0


# -- the front door's per-post and per-page shortcuts -----------------------------------------------

def test_page_date_is_the_first_time_element_with_a_readable_datetime() -> None:
    from newsclean import structured
    from newsclean.html_front import _page_date

    tree = parse_tree('<html><body><header><time>Maandag</time><time datetime="gisteren">x</time>'
                      '<time datetime="2024-03-05T08:00:00+01:00">5 maart</time></header>'
                      '<time datetime="2024-03-04">4 maart</time></body></html>')
    assert str(_page_date(structured.PageData(), tree)[0]) == "2024-03-05"
    # near miss: only the first three datetimes are read (a date further down is another's)
    tree = parse_tree('<html><body>' + '<time datetime="bald">x</time>' * 3 +
                      '<time datetime="2024-03-04">4 maart</time></body></html>')
    assert _page_date(structured.PageData(), tree)[0] is None


def test_screen_reader_text_is_dropped_only_where_a_class_says_so() -> None:
    from newsclean.html_front import _drop_screen_reader_copies
    from newsclean.html_roles import Ctx
    from newsclean.rules import RuleSet

    post = parse_tree('<html><body><article class="post"><figure><img src="a.jpg">'
                      '<figcaption><span class="u-vh">Bildtext: </span>Der Hafen</figcaption></figure>'
                      '<p class="post__text">Die F\u00e4hre f\u00e4hrt wieder.</p></article></body></html>').find(".//article")
    ctx = Ctx(RuleSet())
    _drop_screen_reader_copies(post, ctx)
    assert "Bildtext" not in etree.tostring(post, encoding=str) and ctx.removed
    # near miss: a "video" class holds "vh"-like letters but names no hidden text
    post = parse_tree('<html><body><article class="post video-post"><p class="vhs-tape">Text</p></article>'
                      '</body></html>').find(".//article")
    ctx = Ctx(RuleSet())
    _drop_screen_reader_copies(post, ctx)
    assert "Text" in etree.tostring(post, encoding=str) and not ctx.removed


def test_the_age_hint_holds_every_form_of_the_common_languages() -> None:
    from newsclean import calendar_relative as relative

    hint = relative.relative_age_hint(None)  # (a form opening its words with a bracket: a hint all the same)
    assert hint is not None and relative.relative_age_hint("fil") is not None
    for text in ("vor 5 Minuten", "il y a 3 h", "hace 2 horas", "5 (na) araw ang nakalipas", "3 uur geleden",
                 "för 4 minuter sedan", "2 tim sedan"):
        assert relative.relative_age(None).search(text) is not None, text
        assert hint.search(text) is not None, text
    assert times.parse_time_line("5 (na) araw ang nakalipas", lang="fil").relative
    # near misses: a number before no age word, and a number alone
    assert hint.search("Saison 2024, Teil 2") is None
    assert times.parse_time_line("Saison 2024 - Teil 2") is None
