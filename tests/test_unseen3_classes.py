"""Failure classes found by a third probe of templates never seen (issue #10): each shape with a
near miss that must not fire. The fixtures are small, written here, shaped like real templates."""
from __future__ import annotations

import newsclean


def _doc(body: str, *, head: str = "", title: str = "Election night", lang: str = "en") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
            f'</head><body><main>{body}</main></body></html>').encode()


_PARA = ("The county clerk said the count would continue through the night, with the last ballots "
         "from the northern precincts expected around dawn. Observers from both parties were present.")


# --- 1. a year alone is no date --------------------------------------------------------------

def test_copyright_year_is_no_publication_date():
    body = (f"<article><h1>Election Day 2024: results as polls close</h1><p>{_PARA}</p>"
            f"<p>{_PARA}</p></article><footer><p>©2024 Example Network, LLC.</p></footer>")
    doc = newsclean.parse(_doc(body, title="Election Day 2024: results as polls close"))
    assert doc.published is None


def test_first_of_month_written_in_full_is_still_read():
    body = (f"<article><h1>New year storm hits the coast</h1><p class='dateline'>1 January 2024</p>"
            f"<p>{_PARA}</p><p>{_PARA}</p></article><footer><p>©2024 Example Network, LLC.</p></footer>")
    doc = newsclean.parse(_doc(body, title="New year storm hits the coast"))
    assert doc.published == "2024-01-01"


def test_a_full_date_in_text_is_still_read():
    body = (f"<article><h1>Storm hits the coast</h1><p class='dateline'>Published March 5, 2024</p>"
            f"<p>{_PARA}</p><p>{_PARA}</p></article><footer><p>©2024 Example Network, LLC.</p></footer>")
    doc = newsclean.parse(_doc(body, title="Storm hits the coast"))
    assert doc.published == "2024-03-05"


# --- 2. a person chip without its lead word and the outlet after the name -------------------

def _live(posts: list[str], *, site: str = "Example News", lang: str = "en", title: str = "Live updates",
          head: str = "") -> bytes:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    body = (f"<h1>{title}</h1><div class='live-posts'>" + "".join(posts) + "</div>")
    return _doc(body, head=meta + head, title=title, lang=lang)


def _post(i: int, chip: str, *, clock: str | None = None) -> str:
    clock = clock or f"2024-11-05T{20 - i:02d}:15:00Z"
    return (f"<article class='live-post' id='post-{i}'><div class='post-meta'><time datetime='{clock}'>"
            f"{20 - i}:15</time></div><h2 class='title'>Update number {i} on the count</h2>"
            f"<div class='author-byline'><span>{chip}</span></div>"
            f"<div class='article-body'><p>{_PARA} ({i})</p></div></article>")


def test_trailing_site_name_is_no_part_of_the_name():
    names = ["Paul Steinhauser", "Danielle Wallace"]
    doc = newsclean.parse(_live([_post(i, f"By <a href='/p/{i}'>{names[i % 2]}</a> Example News")
                                 for i in range(5)]))
    assert doc.kind == "liveblog"
    assert [b.name for p in doc.posts for b in p.bylines] == [names[i % 2] for i in range(5)]


def test_name_that_only_shares_a_word_with_the_site_is_kept():
    # near miss: the site is "Wallace" alone: "Danielle Wallace" is a name, not a name and an outlet
    doc = newsclean.parse(_live([_post(i, "By <a>Danielle Wallace</a>") for i in range(4)], site="Wallace"))
    assert {b.name for p in doc.posts for b in p.bylines} == {"Danielle Wallace"}


def _figaro_post(i: int, chip: str) -> str:
    return (f"<div class='live-post' id='live-{i}'><div class='live-post__header'>"
            f"<span class='live-post__time'>{21 - i}h42</span> <span class='live-post__author'>{chip}</span>"
            f"</div><h2 class='live-post__title'>Titre de la mise à jour {i}</h2><div class='live-post__body'>"
            f"<p>Les premiers résultats tombent dans les circonscriptions du nord, où la participation "
            f"atteint un niveau historique selon le ministère de l'Intérieur ({i}).</p></div></div>")


def test_byline_lead_of_the_page_language_is_dropped():
    doc = newsclean.parse(_live([_figaro_post(i, "Par Wally Bordas") for i in range(5)], lang="fr",
                                site="Le Quotidien", title="Législatives EN DIRECT",
                                head='<meta property="article:published_time" content="2024-07-07T18:00:00+02:00">'))
    assert doc.kind == "liveblog"
    assert {b.name for p in doc.posts for b in p.bylines} == {"Wally Bordas"}


def test_lead_word_of_another_language_opens_a_name():
    # near miss: on an English page "Di" is no lead word ("Di Maio" is a surname)
    doc = newsclean.parse(_live([_figaro_post(i, "Luigi Di Maio") for i in range(4)], lang="en",
                                head='<meta property="article:published_time" content="2024-07-07T18:00:00+02:00">'))
    assert {b.name for p in doc.posts for b in p.bylines} == {"Luigi Di Maio"}
