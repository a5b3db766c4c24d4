"""Article mode: the readers' comments section (its count heading and prompt, which the extractor
keeps) is no body; a story container whose class merely mentions comments is. Hand-written page."""
import newsclean

_P = ["Storm winds swept across the north on Friday, bringing gusts of up to seventy miles an hour and "
      "forcing the cancellation of dozens of trains and flights across the region.",
      "The weather service issued an amber warning for wind, warning of a danger to life from flying "
      "debris, and asked people to stay at home where they could.",
      "Forecasters said the storm would move out into the North Sea by the evening, with calmer weather "
      "expected for the weekend across most of the country."]


def _page(story_class: str, after: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _P)
    return (f"<html lang='en'><head><title>Storm hits the north</title></head><body><main>"
            f"<article class='{story_class}'><h1>Storm hits the north</h1><div class='body'>{body}</div>{after}"
            "</article></main></body></html>")


_COMMENTS = ("<div class='reader-comments'><h3>Comments 87</h3><p>Share what you think</p>"
             "<div class='comment'><span class='user'>Brenda, Hull</span><p>Our fence has gone again.</p></div></div>")


def test_the_comments_section_is_no_body_and_is_recorded():
    doc = newsclean.parse(_page("story", _COMMENTS), format="html")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert all(p in text for p in _P)
    assert "Share what you think" not in text and "Comments 87" not in text
    assert any(r.rule == "page.comments" and "Share what you think" in r.text for r in doc.removed)


def test_near_miss_a_story_classed_has_comments_keeps_its_text():
    doc = newsclean.parse(_page("story has-comments comments-open", ""), format="html")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert all(p in text for p in _P)


def _thread(n: int) -> str:
    items = "".join(f"<li class='rc-item'><div class='rc-head'><b>Reader {chr(65 + i)}.</b> "
                    f"<span class='rc-time'>Mar 3, 2024 9:{10 + i} AM</span></div>"
                    f"<p>My street lost power twice this week and the trains were cancelled again, comment {i}.</p></li>"
                    for i in range(n))
    return (f"<section class='site-comments'><h3>Comments</h3><p>Names appear with each submission.</p>"
            f"<ul>{items}</ul></section>")


def test_a_thread_of_stamped_comments_leaves_even_when_it_is_a_third_of_the_text():
    # the thread holds more than the plain share a comments box may hold, less than the story
    doc = newsclean.parse(_page("story", _thread(5)), format="html")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert all(p in text for p in _P) and "comment 0" not in text and "Names appear" not in text
    assert any(r.rule == "page.comments" for r in doc.removed)


def test_near_miss_a_comments_box_without_stamped_items_holding_that_much_stays():
    unstamped = _thread(5).replace("<span class='rc-time'>", "<span class='rc-x'>").replace(" 9:1", " no. ")
    doc = newsclean.parse(_page("story", unstamped), format="html")
    assert not any(r.rule == "page.comments" for r in doc.removed)
