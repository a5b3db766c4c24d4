"""An author line "Name, Place" (or "Name, de Place") names the author and where the piece was
filed from: the place is no role (post_bylines._names_then_rest asks meta_places.is_dateline)."""
import pytest

from newsclean import html_front
from newsclean.html_roles import Ctx
from newsclean.post_bylines import bylines
from newsclean.sites import rules_for


def names(markup: str, language: str) -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//p")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


@pytest.mark.parametrize("line", ["<strong>Ricardo Della Coletta</strong>, Brasília",
                                  "<strong>Ricardo Della Coletta</strong>, de Brasília"])
def test_name_then_city_gives_no_role(line):
    assert names(f'<p class="c-live-post__author">{line}</p>', "pt") == [("Ricardo Della Coletta", None)]


def test_near_miss_name_then_job_title_keeps_the_role():
    assert names('<p class="byline">Jane Doe, Political Editor</p>', "en") == [("Jane Doe", "Political Editor")]
