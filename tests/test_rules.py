"""Each cleaning rule: what it removes, and a near miss it must keep."""
import pytest

from newsclean.rules.generic import GENERIC
from newsclean.sites import PROFILES, choose


def line_rule(text):
    rule = GENERIC.line_rule_for(text)
    return rule.name if rule else None


@pytest.mark.parametrize("text, rule", [
    ("Share this post", "chrome.share"),
    ("+ Share View more share options", "chrome.share"),
    ("Read more", "chrome.more-links"),
    ("Related: Bitcoin hack, exchange says", "chrome.more-links"),
    ("Similar news", "chrome.related-heading"),
    ("This week's most popular news", "chrome.related-heading"),
    ("More on this story", "chrome.related-heading"),
    ("Skip to main contentSkip to key eventsSkip to navigation", "chrome.navigation"),
    ("Live Reporting", "chrome.navigation"),
    ("Show key events only", "chrome.navigation"),
    ("Updated at 12.08 BST", "chrome.updated-stamp"),
    ("Last Updated: 12:16 GMT+1 Sunday, 07 June 2015", "chrome.updated-stamp"),
    ("Published: 12:03 GMT Monday, 09 February 2015", "chrome.published-stamp"),
    ("734 Comments", "chrome.comment-count"),
    ("Sign up to our morning newsletter", "chrome.newsletter"),
    ("We use cookies to improve your experience.", "chrome.cookies"),
    ("Video Unavailable", "chrome.video-player"),
    ("Got A Story?", "chrome.contact-prompt"),
    ("*", "chrome.lone-mark"),
])
def test_generic_line_rules_remove_furniture(text, rule):
    assert line_rule(text) == rule


@pytest.mark.parametrize("text", [
    "Read more about the war in Ukraine in our explainer, which was updated this morning.",
    "Police said they would share information with the inquiry.",
    "The newsletter's editor resigned on Monday after a row over cookies and cakes.",
    "Updated figures show inflation fell to 2.3% in April, the lowest in three years.",
    "Search teams found the missing hikers on Sunday.",
])
def test_generic_line_rules_keep_sentences_that_only_mention_those_words(text):
    assert line_rule(text) is None


def test_external_link_marker_is_cut_from_inside_a_sentence():
    (rule,) = GENERIC.spans
    text, found = rule.apply("Beijing exports more than $300m (£237m), external worth of dual-use items.")
    assert text == "Beijing exports more than $300m (£237m) worth of dual-use items."
    assert found == [", external"]


def test_external_link_marker_keeps_the_word_external_elsewhere():
    (rule,) = GENERIC.spans
    text = "The external review found the external auditors had erred."
    assert rule.apply(text) == (text, [])


def test_scraper_figure_credit_pair():
    (pair,) = GENERIC.pairs
    assert pair.matches("Vladimir Putin - Figure 12", "Photo BBC News")
    assert not pair.matches("Vladimir Putin - Figure 12", "Photographers gathered outside the Kremlin.")
    assert not pair.matches("Figure skating - the final", "Photo finish decides the race")


def test_every_rule_has_a_name_and_a_description():
    rules = GENERIC.all() + [r for p in PROFILES.values() for r in p.rules.all()]
    names = [r.name for r in rules]
    assert len(names) == len(set(names))
    assert all(r.name and r.description for r in rules)


def test_profile_choice():
    assert choose(None, "https://www.bbc.co.uk/news/live/world-1", "") .name == "bbc"
    assert choose("generic", "https://www.bbc.co.uk/news/live/world-1", "") is None
    assert choose(None, None, "Got a TV Licence?\n").name == "bbc"
    assert choose(None, "https://example.org/live", "nothing here") is None


def test_plain_line_rules_are_bounded_so_long_lines_can_skip_them():
    import regex

    from newsclean.rules import PLAIN_MAX_LEN
    rules = GENERIC.lines + tuple(r for p in PROFILES.values() for r in p.rules.lines)
    for rule in rules:
        if rule.keywords:
            continue
        assert not regex.search(r"(?<!\\)[*+](?![^\[]*\])", rule.pattern), rule.name
        assert not rule.matches("x" * (PLAIN_MAX_LEN + 1))
        # the widest bounded quantifier, plus a line's worth of literal words, stays under the limit
        widest = max((int(n) for n in regex.findall(r"\{\d+,(\d+)\}", rule.pattern)), default=0)
        assert widest + 60 <= PLAIN_MAX_LEN, rule.name
