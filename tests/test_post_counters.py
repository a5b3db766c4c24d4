"""View and share counters at the edge of every post ("Переглядів: 1 204", "👁 987", "조회수 3,311"),
told by shape and by the template repeating them, in any language; with near misses: a figure in
one post's text, figures in a list, a counter in too few posts."""
import newsclean
from newsclean.model import Block, Post
from newsclean.post_counters import counter_label, drop_counters


def test_counter_shapes():
    assert counter_label("Переглядів: 12 480") == "переглядів"
    assert counter_label("👁 987") == ""
    assert counter_label("1,2K views") == "views"
    assert counter_label("조회수 3,311") == "조회수"
    assert counter_label("12 480 переглядів") == "переглядів"
    # near misses: a figure with a unit, a score, a clock, a sentence, a credit, a dash-led figure
    for text in ("Turnout: 38.9%", "Score 2-1", "18:42", "Kyiv. The president met the prime minister",
                 "Фото: Укрінформ", "танків – 8 572", "Views: 1,204 and rising fast today"):
        assert counter_label(text) is None, text


def _post(*texts: str) -> Post:
    return Post(blocks=tuple(Block(type="paragraph", text=t) for t in texts))


def _drop(posts):
    removed = []
    out = drop_counters(posts, lambda rule, text: removed.append((rule, text)))
    return out, removed


def test_counters_repeated_at_post_edges_are_dropped_and_recorded():
    posts = [_post("Kyiv. The president met the prime minister today.", f"Переглядів: {n}")
             for n in ("1 204", "987", "12 480", "3 311")]
    out, removed = _drop(posts)
    assert [p.text for p in out] == ["Kyiv. The president met the prime minister today."] * 4
    assert [t for _, t in removed] == ["Переглядів: 1 204", "Переглядів: 987", "Переглядів: 12 480", "Переглядів: 3 311"]
    assert {r for r, _ in removed} == {"post.counter"}


def test_near_miss_a_figure_in_one_post_and_in_the_middle_stays():
    posts = [_post("The commission published turnout figures.", "Turnout: 38,9", "More results are expected."),
             _post("Polls closed at eight.", "Turnout: 41,2"),
             _post("Counting goes on in the capital.")]
    out, removed = _drop(posts)
    assert out == posts and not removed  # in the middle of one post, at the edge of another only: no template's


def test_near_miss_counters_in_two_posts_of_six_stay():
    posts = [_post("Update text number one.", "👁 120"), _post("Update text number two.", "👁 98")] + \
        [_post(f"Update text number {i} without a counter.") for i in range(3, 7)]
    out, removed = _drop(posts)
    assert out == posts and not removed


def test_a_text_live_page_loses_its_counters():
    posts = "".join(f"{c}\n\nUpdate {i}: officials confirm the road is closed again.\n\n"
                    f"The police asked drivers to take the northern route instead.\n\nViews {n}\n\n"
                    for i, (c, n) in enumerate(zip(("18:42", "15:10", "11:30", "08:05"), ("1,204", "987", "12,480", "3,311"))))
    text = f"News Site\n\nStorm live: roads closed across the region\n\n{posts}© 2024 News Site"
    doc = newsclean.parse(text, format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert all("Views" not in p.text for p in doc.posts)
    assert {r.text for r in doc.removed} >= {"Views 1,204", "Views 987", "Views 12,480", "Views 3,311"}
    assert sum(r.rule == "post.counter" for r in doc.removed) >= 3  # (the last may go with the footer)
