"""Helpers shared by the tests: fixture loading and the scorer's token F1."""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
_TOKEN = re.compile(r"\w+")


def load_fixture(name: str) -> bytes:
    path = FIXTURES / name
    data = path.read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def expected(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def token_f1(a: str, b: str) -> float:
    ca, cb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ca & cb).values())
    if not common:
        return 0.0
    p, r = common / sum(ca.values()), common / sum(cb.values())
    return 2 * p * r / (p + r)


def gold_body(post: dict) -> str:
    return "\n".join(b if isinstance(b, str) else (b.get("text") or "") for b in post.get("blocks") or [])


def text_page(title: str, standfirst: str, posts: list[list[str]]) -> str:
    """A scraped-text page: its title, standfirst, then each post's lines, a blank line after
    every line (as a scraper prints paragraphs)."""
    lines = [title, "", standfirst, ""]
    for post in posts:
        for ln in post:
            lines += [ln, ""]
    return "\n".join(lines)


# A train-crash feed's posts (body, headline, clock), for the text front's page-part tests.
TRAIN_BODIES = ["The minister announced his resignation on Wednesday, saying he took responsibility for the failures.",
                "The death toll rose to thirty-six on Wednesday afternoon, the fire service said in a statement.",
                "Dozens of people are still being treated in hospital, six of them in intensive care units.",
                "Rescue teams worked through the night to search the wreckage of the carriages for survivors.",
                "The two trains collided head-on shortly before midnight on the line between the two cities."]
TRAIN_HEADS = ["The minister resigns", "Death toll rises to 36", "Dozens in hospital", "Rescuers search overnight",
               "Trains collide near the city"]
TRAIN_CLOCKS = ["14:05", "13:20", "12:10", "09:45", "08:30"]


def author_bylines(markup: str, language: str | None) -> list[tuple[str, str | None]]:
    """The (name, role) pairs `post_bylines.bylines` reads from ``markup``'s first element, an
    author element of a post, on a page in ``language``."""
    from newsclean import html_front
    from newsclean.html_roles import Ctx
    from newsclean.post_bylines import bylines
    from newsclean.sites import rules_for

    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find("body")[0]
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def live_page_with_figure(caption: str, *, language: str, title: str, paragraph: str,
                          site: str | None = None) -> bytes:
    """A four-post live page (timed ``live-entry`` containers, newest first) whose second post
    holds one figure captioned ``caption``; ``site``: the name the page declares (og:site_name)."""
    posts = []
    for i, hour in enumerate((21, 19, 17, 15)):
        figure = (f'<figure><img src="https://example.org/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
                  if i == 1 else "")
        posts.append(f'<div class="live-entry"><time datetime="2024-09-21T{hour}:10:00+03:00">{hour}:10</time>'
                     f'<h2>Update number {i} from the count</h2>{figure}<p>{paragraph}</p></div>')
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    return (f'<html lang="{language}"><head><title>{title}</title>{meta}</head><body><h1>{title}</h1>'
            f'<div class="live-feed">{"".join(posts)}</div></body></html>').encode()


def only_figure(doc):
    """The one media item of a parsed document (asserting there is exactly one)."""
    media = [m for p in doc.posts for m in p.media]
    assert len(media) == 1
    return media[0]
