"""A list inside a post whose every item is an interface line (share buttons printed as a list,
in any language with a phrase pack) is the page's: removed and recorded, never body. A list with
one such item among facts stays the post's."""
from __future__ import annotations

import newsclean

_PARA = ("The county clerk said the count would continue through the night, with the last ballots "
         "from the northern precincts expected around dawn. Observers from both parties were present.")


def _page(share_items: list[str], lang: str = "en") -> bytes:
    share = "<ul>" + "".join(f"<li>{i}</li>" for i in share_items) + "</ul>"
    posts = "".join(
        f"<article class='live-post'><time datetime='2024-11-05T{20 - k:02d}:15:00Z'>{20 - k}:15</time>"
        f"<h2>Update number {k} on the count</h2><p>{_PARA} ({k})</p>{share}</article>" for k in range(5))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Live</title></head>'
            f"<body><main><h1>Election night live</h1><div class='feed'>{posts}</div></main></body></html>").encode()


def test_a_list_of_share_buttons_is_removed_and_recorded():
    doc = newsclean.parse(_page(["Share on Facebook", "Share on X", "Copy link"]))
    assert doc.kind == "liveblog" and len(doc.posts) == 5
    assert all(b.type != "list" for p in doc.posts for b in p.blocks)
    assert sum(1 for r in doc.removed if r.text == "Copy link") == 5


def test_japanese_share_buttons_come_from_the_pack():
    doc = newsclean.parse(_page(["X（旧Twitter）でポスト", "LINEで送る", "Facebookでシェア"], lang="ja"))
    assert all("LINE" not in p.text for p in doc.posts)
    assert any(r.text == "LINEで送る" for r in doc.removed)


def test_near_miss_a_list_of_facts_with_one_button_stays():
    doc = newsclean.parse(_page(["Turnout reached 64 percent in the city",
                                 "Two precincts reported late", "Copy link"]))
    lists = [b for p in doc.posts for b in p.blocks if b.type == "list"]
    assert len(lists) == 5 and "Two precincts reported late" in lists[0].text
