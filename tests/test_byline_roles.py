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


def chips(markup: str, language: str = "da") -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//div")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def test_an_author_title_beside_the_name_is_the_role():
    # a live-blog platform's author chip: name and "title" (job) in two spans
    assert chips('<div class="post-author"><span class="post-author-name">Anna Sofie Schmidt</span>'
                 '<span class="post-author-title">politisk reporter</span></div>') == [("Anna Sofie Schmidt", "politisk reporter")]


def test_near_miss_an_author_title_alone_is_the_name():
    assert chips('<div class="post-author"><span class="author-title">Jens Christian Bach</span></div>') == [
        ("Jens Christian Bach", None)]


def test_a_web_address_after_the_name_is_the_outlet_not_a_second_author():
    assert names('<p class="byline">Jairo Bolledo/Rappler.com</p>', "en") == ["Jairo Bolledo"]
    assert names('<p class="byline">By Mia Reyes and Tom Cruz</p>', "en") == ["Mia Reyes", "Tom Cruz"]  # near miss: two people
