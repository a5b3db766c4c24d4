"""An author line "Name, Place" (or "Name, de Place") names the author and where the piece was
filed from: the place is no role (post_bylines._names_then_rest asks meta_places.is_dateline)."""
import pytest
from support import author_bylines

names = author_bylines


@pytest.mark.parametrize("line", ["<strong>Ricardo Della Coletta</strong>, Brasília",
                                  "<strong>Ricardo Della Coletta</strong>, de Brasília"])
def test_name_then_city_gives_no_role(line):
    assert names(f'<p class="c-live-post__author">{line}</p>', "pt") == [("Ricardo Della Coletta", None)]


def test_near_miss_name_then_job_title_keeps_the_role():
    assert names('<p class="byline">Jane Doe, Political Editor</p>', "en") == [("Jane Doe", "Political Editor")]
