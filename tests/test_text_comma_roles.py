"""A post's byline as "Name, Role" in scraped text (`text_bylines.name_comma_role`), also with
the space a scraper leaves before the comma ("Name , Political Editor"). Hand-written fixtures."""
from __future__ import annotations

import newsclean
from newsclean.model import Byline
from newsclean.text_bylines import name_comma_role


def _live(byline: str) -> str:
    posts = [["5.10am", "Starmer: 'Change begins now'", byline,
              "Sir Keir Starmer told supporters in London that the country had voted decisively for change."],
             ["4.40am", "Sunak concedes defeat", "Rishi Sunak has conceded the general election, saying he had called to congratulate."],
             ["3.15am", "Turnout lower than in 2019", "Turnout looks set to be the lowest at a general election for more than two decades."]]
    return "\n\n".join(["General election results live: Labour wins landslide"] + [ln for p in posts for ln in p])


def test_a_name_and_its_job_title_open_the_post():
    for line in ("Ben Example-Smith , Political Editor", "Ben Example-Smith, Political Editor"):
        post = newsclean.parse(_live(line), format="text").posts[0]
        assert post.bylines == (Byline("Ben Example-Smith", "Political Editor"),), line
        assert "Political Editor" not in post.text


def test_name_comma_role_shapes():
    assert name_comma_role("Dominic Example , Political Correspondent") == Byline("Dominic Example", "Political Correspondent")
    # near misses: a place after the comma, a clause, two names, a sentence about a person
    assert name_comma_role("Renato Example, Brasília") is None
    assert name_comma_role("Anna Weber, Jan Schulz") is None
    assert name_comma_role("Rishi Sunak, the outgoing prime minister, said he was sorry.") is None
    assert name_comma_role("Keir Starmer, Labour leader") is None  # ("leader": no job word of a newsroom)
