"""Scraped text of a live page: a related-stories heading word ("Trending now") right under a post's
clock, before any of the post's text, is the post's label, not a list that ends the post; after
the post's text it still ends it."""
import newsclean

BODY = ("The regional council said the ferry timetable returns to normal on Monday, after two days "
        "of cancellations caused by the storm along the coast.")


def _page(tail: str = "") -> str:
    rows = ["River floods: live updates", "Updates from our reporters across the region.", ""]
    for i, clock in enumerate(("18:40", "17:55", "17:10", "16:25", "15:40")):
        rows += [clock, ""]
        if i == 1:
            rows += ["Trending now", "", BODY.replace("ferry", f"bus {i}"), ""]
        else:
            rows += [f"Update number {i} on the water levels", "", BODY.replace("ferry", f"train {i}"), ""]
            if i == 3 and tail:
                rows += [tail, "", "Storm damage: what insurers pay for", "", "Five roads closed in the north", ""]
    return "\n".join(rows)


def test_heading_under_the_clock_keeps_the_post():
    doc = newsclean.parse(_page(), format="text")
    assert doc.kind == "liveblog"
    assert len(doc.posts) == 5
    assert any("bus 1" in b.text for b in doc.posts[1].blocks)


def test_near_miss_heading_after_the_text_ends_the_post():
    doc = newsclean.parse(_page(tail="Trending now"), format="text")
    texts = [b.text for b in doc.posts[3].blocks]
    assert any("train 3" in t for t in texts)
    assert not any("insurers" in t for t in texts)
