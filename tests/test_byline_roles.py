"""Byline lead words that name the reporter's part ("Reporting by Name") are pack data and
come off the name; a lead that is no pack word stays part of the text. Hand-written author
lines shaped like a wire service's live cards."""
from newsclean import html_front
from newsclean.html_roles import Ctx
from newsclean.post_bylines import bylines, by_prefix
from newsclean.sites import rules_for


def names(markup: str, language: str = "en") -> list[str]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//p")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [b.name for b in out]


def test_reporting_by_is_a_lead_word():
    assert names('<p class="live-card__byline">Reporting by Jane Doe</p>') == ["Jane Doe"]
    assert names('<p class="byline">Writing by John Smith</p>') == ["John Smith"]


def test_near_miss_reporting_lower_case_sentence_is_not_stripped():
    # the lead word needs a capital after it: "reporting by phone" is no name
    assert by_prefix("en").match("Reporting by phone") is None
    assert by_prefix("en").match("Reporting by Jane Doe") is not None
