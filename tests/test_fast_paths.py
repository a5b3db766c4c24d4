"""The fast paths of the live HTML route give what the slower searches they replaced gave."""
from __future__ import annotations

import re

from lxml import etree

from newsclean import decode, feed_stamps, times
from newsclean.html_front import parse_tree
from newsclean.html_roles import time_classed

# A feed shaped like real templates, with the stamps in every form the candidates come from
# (and near misses: a "timeline" class, a data-* name without time/date, a quote in prose, NBSP).
PAGE = """<html><body class="page-time">
<div class="live-feed">
  <article class="post"><time datetime="2024-05-01T10:02:00Z">10:02</time><p>Roads closed at noon.</p></article>
  <article class="post" data-timestamp="1714557720"><span class="post__time">10:22</span><p>It's raining.</p></article>
  <article class="post"><div class="timeline">x</div><span data-track="y">90+2'</span> tail 45' <p>Goal!</p></article>
  <article class="post"><p class="stamp">\u00a0 10:42 \u00a0</p><p>Final  whistle
     at the   ground.</p>3 hours ago</article>
</div></body></html>"""

_OLD_MINUTE = (".//text()[string-length() < 200][contains(., \"'\") or contains(., '′') or contains(., '’')]"
               "[string-length(normalize-space()) < 12]")
_OLD_PLAIN = ".//text()[string-length() < 400][string-length(normalize-space()) < 40]"
_OLD_DATA = ".//@*[starts-with(name(), 'data-') and (contains(name(), 'time') or contains(name(), 'date'))]"


def _old_candidates(root, plain_text: bool) -> list:
    out = root.xpath(".//time | .//*[@datetime]")
    out += [a.getparent() for a in root.xpath(".//@class") if time_classed(str(a))]
    out += list(dict.fromkeys(a.getparent() for a in root.xpath(_OLD_DATA)))
    out += [t.getparent() for t in root.xpath(_OLD_MINUTE) if times.parse_minute_mark(t)]
    if plain_text:
        out += [t.getparent() for t in root.xpath(_OLD_PLAIN) if t.strip() and feed_stamps.is_stamp_text(t)]
    return out


def test_stamp_candidates_match_the_xpath_searches() -> None:
    root = parse_tree(PAGE).find("body")
    for plain in (False, True):
        assert feed_stamps.stamp_candidates(root, plain) == _old_candidates(root, plain)
    # the walk found something of every kind, so the comparison is not between empty lists
    found = feed_stamps.stamp_candidates(root, True)
    assert {e.tag for e in found} >= {"time", "article", "span", "p", "body"}


def test_normalized_length_is_xpath_normalize_space() -> None:
    for text in ("  45'  ", "a \n\t b", "\u00a0 10:42 \u00a0", "It's raining on the ground today.", "", " "):
        expected = etree.XPath("string-length(normalize-space($t))")(etree.Element("x"), t=text)
        assert feed_stamps.normalized_len(text) == int(expected)
        for limit in (3, 12, 40):
            assert feed_stamps.normalized_shorter(text, limit) == (int(expected) < limit)


_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def test_safe_text_check_agrees_with_the_pattern() -> None:
    samples = ["plain", "tab\tnew\nline\rcr", "nul\x00", "ff\x0c", "us\x1f", "del\x7f", "c1\x85",
               "lone \ud800 surrogate", "nonchar \ufffe", "nonchar \uffff", "fine \ufffd é 中文 😀", "\u2028"]
    for s in samples:
        assert decode._is_safe(s) == (_UNSAFE.search(s) is None), repr(s)


def test_reference_prefilter_never_skips_a_reference_that_changes() -> None:
    refs = [f"&#{c};" for c in range(0, 40)] + [f"&#x{c:x};" for c in range(0, 40)]
    refs += ["&#65534;", "&#xFFFF", "&#X0fffe;", "&#0000011", "&#x000c", "&#00000000000000000001;"]
    near = ["&#8217;", "&#x2019;", "&#655340;", "&#xfffe0;", "&#1234567890123;", "&#x1f600;", "&amp;"]
    for r in refs + near:
        text = f"a{r}b"
        changed = decode._NUMERIC_REF.sub(decode._safe_reference, text) != text
        if changed:
            assert decode._UNSAFE_REF.search(text), r
        assert decode.sanitize_references(text) == decode._NUMERIC_REF.sub(decode._safe_reference, text)
    assert all(decode.sanitize_references(f"x{r}") == f"x{r}" for r in near)


def test_byte_safety_check_agrees_with_the_text_check() -> None:
    samples = ["plain", "tab\tnew\nline\rcr", "nul\x00", "ff\x0c", "vt\x0b", "us\x1f", "del\x7f", "c1\x85",
               "nonchar \ufffe", "nonchar \uffff", "fine \ufffd \uffc0 é 中文 😀", "\u2028", "ｈａｌｆ ﾊﾝｶｸ"]
    for s in samples:
        assert decode._bytes_safe(s.encode("utf-8")) == decode._is_safe(s), repr(s)


def test_tree_from_the_source_bytes_is_the_tree_from_the_text() -> None:
    for page in (PAGE, "<?xml version='1.0'?>\n" + PAGE, PAGE.replace("raining", "raining — é 中文")):
        data = page.encode("utf-8")
        text, utf8 = decode.text_and_bytes(data)
        assert utf8 is data
        assert etree.tostring(parse_tree(text, utf8)) == etree.tostring(parse_tree(text))
    assert decode.text_and_bytes(PAGE)[1] is None  # a str: no bytes to hand on
    text, utf8 = decode.text_and_bytes(PAGE.replace("Goal", "Go\x00al").encode("utf-8"))
    assert utf8 is None and "Goal" in text  # sanitized: the bytes no longer spell the text


# every alternative of the class-name patterns, written out (and near misses: "update", "timeline",
# "tags", "heading" inside a word, "offscreen", "sharing"), to build class strings from
_CLASS_PIECES = (
    "share sharing social related newsletter promo advert ad-slot ad-container ads sponsor subscribe signup "
    "sign-up cookie consent recommend outbrain taboola visually-hidden visuallyhidden sr-only screenreader "
    "screen-reader screen-reader-text screen-reader-only hidden hide read-more readmore more-on most-read "
    "most-popular breadcrumb toolbar tools bookmark font-size fontsize read-time readtime reading-time "
    "readingtime alert-button alertbutton vh offscreen time timeline timer timeout date update stamp posted "
    "published author byline contributor writer reporter twitter-tweet instagram-media tiktok-embed embed "
    "tweet fb-post figure image photo picture video media label badge kicker flag key-event keyevent pinned "
    "breaking tag tags eyebrow pill title headline heading tit tit-news subtitle post entry card x"
).split()


def test_class_tests_agree_with_their_patterns() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as hs

    from newsclean import html_roles

    tests = [t for _, t in html_roles._ROLE_TESTS] + [html_roles._HIDDEN_TEST]
    piece = hs.one_of(hs.sampled_from(_CLASS_PIECES), hs.text(alphabet="abdehiklmnorstuİſKÅé_- ", max_size=8))
    case = hs.sampled_from((str, str.upper, str.title, str.swapcase))
    classes = hs.lists(hs.tuples(piece, case, hs.sampled_from((" ", "_", "-", "", "  ", "\t", "\n")))).map(
        lambda parts: "".join(c(p) + sep for p, c, sep in parts))

    @settings(max_examples=500, deadline=None, database=None)
    @given(classes)
    def agree(cls: str) -> None:
        for t in tests:
            assert t(cls) == (t.pattern.search(cls) is not None), (t.pattern.pattern, cls)

    agree()
    for p in _CLASS_PIECES:  # and each piece alone, in each case: every test fires somewhere
        for s in (p, p.upper(), f"a-{p}_b", f"x {p.title()}"):
            for t in tests:
                assert t(s) == (t.pattern.search(s) is not None), (t.pattern.pattern, s)
    assert all(any(t(p) for p in _CLASS_PIECES) for t in tests)


_ITEMS_PAGE = """<html><head><meta itemprop="datePublished" content="2024-05-01"></head><body>
<div itemscope itemtype="https://schema.org/LiveBlogPosting" itemprop="mainEntity">
  <h1 itemprop="headline">Live</h1><time pubdate datetime="2024-05-01T10:00">10:00</time>
  <span itemprop="datePublishedX">near miss</span><time datetime="2024-05-01T11:00">no pubdate</time>
  <div itemprop="liveBlogUpdate" itemscope><p itemprop="datePublished" content="2024-05-01T12:00">x</p>
    <span data-pubdate="1">near miss</span><p datetime="2024-05-01T13:00" class="x">y</p></div>
</div></body></html>"""


def test_location_step_searches_match_the_predicate_searches() -> None:
    from newsclean import meta_date, microdata

    tree = parse_tree(_ITEMS_PAGE)
    assert microdata._ITEM_ELEMENTS(tree) == tree.xpath("//*[@itemscope or @itemprop]")
    assert len(microdata._ITEM_ELEMENTS(tree)) == 6
    assert meta_date._DATE_ELEMENTS(tree) == tree.xpath('//*[@itemprop="datePublished" or (self::time and @pubdate)]')
    assert [e.tag for e in meta_date._DATE_ELEMENTS(tree)] == ["meta", "time", "p"]
    for el in tree.iter():
        assert feed_stamps.COUNT_DATETIME(el) == el.xpath("count(descendant::*[@datetime])")
    assert feed_stamps.COUNT_DATETIME(tree) == 3


# -- the zone note's first words: a cheap test before the case-blind search -------------------------

def test_zone_lead_test_takes_every_letter_the_case_blind_search_takes() -> None:
    """`page_zone._may_hold_lead` lower-cases the text: every character the pattern's case-blind
    matching takes for a letter of a lead must lower-case (after its two mappings) to that letter,
    or a page holding a note would skip the search."""
    import regex

    from newsclean import page_zone
    letters = {ch for leads in page_zone.NOTE_LEADS.values() for lead in leads for ch in lead if ch != " "}
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in sorted(letters):
        for ch in regex.compile(regex.escape(letter), regex.I).findall(every):
            low = ch.lower().replace("\u017f", "s").replace("i\u0307", "i")
            assert low == letter, (letter, hex(ord(ch)))
    assert all(ch.isspace() for ch in regex.compile(r"\s").findall(every))


def test_zone_lead_test_agrees_with_the_search() -> None:
    from newsclean import page_zone
    cases = ["News. ALL   TIMES\nbelow are in Eastern time.", "All timeſ are ET", "Alle TİJDEN zijn Belgische tijd",
             "it was, at all the times, calm", "Times: 10:02", "calltimes are", "Toutes les heures sont à Paris"]
    for text in cases:
        for lang in ("en", "nl", "fr", None):
            found = page_zone._leads(lang).search(text) is not None
            assert page_zone._may_hold_lead(text, lang) or not found, (text, lang)
    assert page_zone._may_hold_lead("News. ALL   TIMES\nbelow are in Eastern time.", "en")
    assert not page_zone._may_hold_lead("it was, at all the times, calm", "en")  # near miss: words apart


def test_stated_zone_read_after_the_cheap_test() -> None:
    from newsclean import page_zone
    page = parse_tree("<html><body><div><p>Live</p><p>ALL TIMES  are\tin Eastern time.</p></div>"
                      "<article><p>10:02 Roads closed</p></article></body></html>")
    assert page_zone.stated_zone(page, (), "en") == "America/New_York"
    miss = parse_tree("<html><body><p>At all the times we met, Eastern time was late.</p></body></html>")
    assert page_zone.stated_zone(miss, (), "en") is None


def test_live_metadata_skips_only_the_stages_asked() -> None:
    """``document_metadata(title=False, dates=False)``: title and dates None, the rest the same."""
    from newsclean import metadata
    page = parse_tree("""<html lang="en"><head><title>Storm live - Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2024-05-01T10:00:00+01:00"></head>
<body><a href="/">Example News</a><h1>Storm live</h1><p class="byline">By Jane Smith</p></body></html>""")
    full = metadata.document_metadata(page, None, "https://example.com/live")
    part = metadata.document_metadata(page, None, "https://example.com/live", title=False, dates=False)
    assert full.title == "Storm live" and full.published and full.authors == ("Jane Smith",)
    assert part.title is None and part.published is None and part.updated is None
    assert (part.authors, part.site_name, part.language) == (full.authors, full.site_name, full.language)


def test_metadata_takes_the_jsonld_read_loaded() -> None:
    """The JSON-LD `structured.read` loaded (by script index) is what metadata reads from the
    restored scripts; a script whose type only differs in case or spacing is parsed there."""
    from newsclean import metadata, structured
    markup = """<html lang="en"><head>
<script>var x = 1;</script>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm live",
 "datePublished": "2024-05-01T10:00:00+01:00", "author": {"@type": "Person", "name": "Jane Smith"}}</script>
<script type=" Application/LD+JSON">{"@type": "Organization", "name": "Example News"}</script>
</head><body><h1>Storm live</h1></body></html>"""
    plain = parse_tree(markup)
    want = metadata.gather(plain, None, None)
    tree = parse_tree(markup)
    scripts = metadata.script_texts(tree)
    page = structured.read(tree, scripts)
    page.scripts = scripts
    assert sorted(page.jsonld) == [1]  # (the exact type only: the other is read by metadata itself)
    for el in tree.iter("script"):
        el.text = None
    got = metadata.gather(tree, page, None)
    assert (got.headline, got.published, [a.name for a in got.authors], got.publisher) == \
        (want.headline, want.published, [a.name for a in want.authors], want.publisher)
    assert got.publisher == "Example News" and got.authors[0].name == "Jane Smith"
    page.jsonld.clear()  # nothing loaded: the scripts are parsed again, with the same answer
    again = metadata.gather(tree, page, None)
    assert (again.headline, again.publisher) == (want.headline, want.publisher)


# -- the attribute candidates' walk: bare <time> elements, class-only elements, the root itself -----

EDGE_PAGE = """<html><body><section class="feed" data-kind="live">
  <div class="entry"><time>10:02</time><p>Bare time element, no attributes at all.</p></div>
  <div class="entry" data-created="2024-05-01T10:22:00Z"><time class="t">10:22</time></div>
  <div class="entry" data-id="1714557720" data-track="x"><span datetime="2024-05-01T10:42">10:42</span></div>
  <div class="entry" data-views="1714557720" data-published-at="2024-05-01T10:52:00+02:00"><b class="updated-stamp">x</b></div>
  <div class="timeline"><i>no time here</i></div>
</section></body></html>"""


def test_attribute_candidates_match_the_xpath_searches_on_edge_cases() -> None:
    tree = parse_tree(EDGE_PAGE)
    section = tree.find(".//section")
    for root in (tree.find("body"), section, *section.iter("time", "div")):
        got = feed_stamps._attribute_candidates(root)
        want = root.xpath("descendant::time | descendant::*[@datetime]")
        want += [a.getparent() for a in root.xpath("descendant-or-self::*/@class") if time_classed(str(a))]
        want += list(dict.fromkeys(a.getparent() for a in root.xpath(
            "descendant-or-self::*/@*[starts-with(name(), 'data-')]")
            if "time" in a.attrname or "date" in a.attrname or feed_stamps.data_time(a.attrname, a.strip())))
        assert got == want
    body = feed_stamps._attribute_candidates(tree.find("body"))
    # every kind was found (a bare <time>, a datetime span, a stamp class, data-created, data-published-at)
    assert [e.tag for e in body[:4]] == ["time", "time", "span", "b"]
    assert sum(1 for e in body if e.get("data-created") or e.get("data-published-at")) == 2
    # near misses: a data-id epoch, a data-track, a "timeline" class, and a <time> root is not its own
    assert not any(e.get("class") == "timeline" or e.get("data-track") for e in body)
    bare = section.find(".//time")
    assert bare not in feed_stamps._attribute_candidates(bare)


def test_ad_slot_word_limit_is_the_same_counted_early() -> None:
    from newsclean.feed import SLOT_MAX_WORDS, drop_ad_slots

    def member(words: int):
        return parse_tree("<div><div class='post ad-slot'><span>" + " ".join(["word"] * words)
                          + "</span></div></div>").find(".//div/div")

    def posts():
        return [parse_tree("<div><div class='post'><time datetime='2024-05-01T10:02'>10:02</time><p>A post's own "
                           "text, long enough to be one.</p></div></div>").find(".//div/div") for _ in range(3)]

    kept, dropped = drop_ad_slots([*posts(), member(SLOT_MAX_WORDS)], lambda t: None)
    assert len(kept) == 3 and len(dropped) == 1  # an ad-classed slot of 15 words goes
    kept, dropped = drop_ad_slots([*posts(), member(SLOT_MAX_WORDS + 1)], lambda t: None)
    assert len(kept) == 4 and not dropped  # near miss: one word more is a post's text


def test_post_key_counts_the_words_it_joins() -> None:
    from newsclean.model import Block, Post
    from newsclean.post_clean import COPY_MIN_WORDS, _post_key

    words = [f"w{i}" for i in range(COPY_MIN_WORDS)]
    spaced = Post(headline="Title", blocks=(Block("paragraph", "  ".join(words[:3])), Block("paragraph", " \n".join(words[3:]))))
    plain = Post(headline="TITLE", blocks=(Block("paragraph", " ".join(words)),))
    assert _post_key(spaced) == _post_key(plain) == ("title", " ".join(words))
    # near miss: one word fewer is too short to tell a copy
    assert _post_key(Post(headline="Title", blocks=(Block("paragraph", " ".join(words[1:])),))) is None


def test_byline_scan_lists_match_one_walk_over_every_element() -> None:
    from newsclean import meta_bylines
    from newsclean.meta_bylines import _LINE_TAG_SET

    links = "".join(f"<a href='/author/name-{i}'>Name {i}</a> <a>bare</a> " for i in range(45))
    tree = parse_tree(f"<html><body><div class='byline'><span>By Ann Lee</span></div><p>By the river</p>"
                      f"<a rel='author' class='username' href='/people/x'>X</a><div class='username'>u</div>"
                      f"<section>{links}</section><p>Rain fell all day</p><i>by Bob Roe</i></body></html>")
    scan = meta_bylines.Scan(tree)
    assert scan.links == [a for a in tree.iter("a") if a.get("href") and meta_bylines._LINK_HINT.search(a.get("href"))][:40]
    assert len(scan.links) == 40 and scan.declared[0].get("rel") == "author"
    assert [e.get("class") for e in scan.users] == ["username"] and scan.users[0].tag == "div"
    lines = [e for e in tree.iter() if e.tag in _LINE_TAG_SET and e in scan.lines]
    assert lines == scan.lines and [e.text for e in scan.lines][:1] == ["By Ann Lee"]
    assert all(e.text != "Rain fell all day" for e in scan.lines)  # near miss: a line with no byline word
