"""Text front, stage 1: splitting and cleaning lines, and the rule matchers' fast paths, which
must answer exactly as the plain ways they replace."""
import re
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

import newsclean
from newsclean import shapes
from newsclean.rules.generic import GENERIC
from newsclean.sites import PROFILES, rules_for
from newsclean.text_lines import split_lines

MESSY = ("Title  with\ttabs\u00a0and nbsp\n\n  leading and trailing  \r\n"
         "cafe\u0301 decomposed\u200b zero\ufeffwidth\n\u2028\n \n\x1c\nlast\u2003line")


def test_split_lines_cleans_each_line_as_shapes_clean_does():
    lines = split_lines(MESSY)
    raw = MESSY.replace("\r\n", "\n").split("\n")
    want = [(no, shapes.clean(r)) for no, r in enumerate(raw) if shapes.clean(r)]
    assert [(ln.no, ln.text) for ln in lines] == want
    assert lines[2].text == "café decomposed zerowidth" and unicodedata.is_normalized("NFC", lines[2].text)
    # blank lines (and lines of nothing but whitespace or zero-width characters) start paragraphs
    assert [ln.para for ln in lines] == [0, 1, 1, 4]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab É\t\u00a0\u2003\u200b\u0301.,")), max_size=12), max_size=6))
def test_split_lines_matches_shapes_clean_on_any_text(parts):
    text = "\n".join(parts)
    want = [shapes.clean(r) for r in text.split("\n")]
    assert [ln.text for ln in split_lines(text)] == [w for w in want if w]


def test_a_line_that_is_only_a_link_marker_is_removed_whole():
    # (it used to leave an empty line behind, and the next stage failed on it)
    doc = newsclean.parse("Live: storm hits coast\n\n, external\n\n10:02\n\nRoads closed\n\n"
                          "The coast road is shut until noon today.", format="text")
    assert doc.posts[0].headline == "Roads closed"
    assert any(r.rule == "link-marker.external" for r in doc.removed)


LINES = ["Share", "SHARE THIS POST", "Read more", "Show more", "Copy link", "Published: 3 May 2024",
         "Last updated 12:08", "Advertisement", "Skip to main content", "Don’t show me this message again",
         "• Tags:", "12 comments", "Sign up for our newsletter today", "Play video Flood waters rise",
         "The minister said he would share more details on Friday.", "Share ſ", "ſhare", "ıt", "İstanbul",
         "Key Event Alerts for this match", "Video 2 minutes", "Follow us on Facebook", "x", "X", "•", "close",
         "Kelvin \u212a share", "Got a TV Licence?", "Reuse this content", "live updated 1715934000"]


@pytest.mark.parametrize("profile", [None, *PROFILES.values()])
def test_lowered_matcher_answers_as_the_case_ignoring_one(profile):
    rules = rules_for(profile, "en")
    combined, lowered, *_ = rules._build_matchers()
    assert lowered is not None  # every rule here is written in lower case
    for text in LINES + [t.upper() for t in LINES] + [t.title() for t in LINES]:
        m = combined.fullmatch(text)
        want = rules.lines[int(m.lastgroup[1:])] if m else None
        got = rules.line_rule_for(text)
        if want is not None:
            assert got is want, text


def test_a_rule_with_capitals_or_inline_flags_keeps_the_case_ignoring_matcher():
    from newsclean.rules import LineRule, RuleSet, _lower_ascii
    assert _lower_ascii(r"share(?: this)?|[*•] \S+ \d{1,2}")
    assert not _lower_ascii(r"Got a TV Licence\?")
    assert not _lower_ascii(r"(?-i:BBC) news")
    assert not _lower_ascii(r"[A-Z]{3}")
    rules = GENERIC + RuleSet(lines=(LineRule("x.caps", "capitals", r"[A-Z]{2} only"),))
    assert rules._build_matchers()[1] is None
    assert rules.line_rule_for("ab only").name == "x.caps"  # (ignoring case, as before)
    assert re.fullmatch(r"[A-Z]{2} only", "ab only", re.I)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab c.?!:-1 \t\u00a0*•")), max_size=120), st.integers(0, 30))
def test_word_count_shortcuts_in_shapes_answer_as_a_full_count(line, max_words):
    n = len(line.split())
    for f in (shapes.is_prose, shapes.is_headline_shaped, shapes.is_name):
        f.cache_clear()
    want_prose = n >= 12 if shapes.is_list_item(line) else (n >= 6 and shapes.ends_sentence(line)) or n >= 16
    assert shapes.is_prose(line) == want_prose
    if shapes.is_headline_shaped(line, max_words=max_words):
        assert 1 <= n <= max_words
    elif shapes.is_headline_shaped(line, max_words=200):
        assert n > max_words
    if shapes.is_name(line):
        assert 2 <= n <= 5 and len(line) <= 48


POSTS = [("10:45", "Roads closed", "The coast road is shut until noon today, police said in a statement this morning."),
         ("10:20", "Ferries cancelled", "All sailings to the islands are off for the day, the operator said on its website."),
         ("09:55", "Flood warning", "The weather service warns of a storm surge this evening as water levels keep rising."),
         ("09:30", "Schools shut", "Classes are cancelled in several districts, and parents were told early this morning.")]


def _stamped_page(word: str) -> str:
    out = ["Storm hits the coast", ""]
    for clock, headline, body in POSTS:
        out += [f"{word}: {clock}", "", headline, "", body, ""]
    return "\n".join(out)


@pytest.mark.parametrize("word", ["Published", "Gepubliceerd", "Veröffentlicht"])
def test_repeated_published_lines_are_the_posts_stamps_in_any_language(word):
    # (English ones used to be skipped by an English-only pattern: the page became an article)
    doc = newsclean.parse(_stamped_page(word), format="text")
    assert doc.kind == "liveblog"
    assert [(p.published, p.headline) for p in doc.posts] == [(c, h) for c, h, _ in POSTS]


def test_a_lone_published_line_stays_page_chrome():
    page = "Storm hits the coast\n\nPublished: 17 May 2024\n\n" + "\n\n".join(b for _, _, b in POSTS)
    doc = newsclean.parse(page, format="text")
    assert doc.kind == "article" and doc.published == "2024-05-17"
    assert ("chrome.published-stamp", "Published: 17 May 2024") in [(r.rule, r.text) for r in doc.removed]
