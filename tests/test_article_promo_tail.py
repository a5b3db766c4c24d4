"""The sign-off promos a template closes an article with (bold whole, a link in them: "For more
stories like this, check our news page.") leave the body, recorded as ``article.promo``. Near
misses: a closing bold paragraph without a link stays (an update note), and a bold linked
paragraph before the story's last plain paragraph stays."""
from newsclean import parse

_PROSE = [
    "The new government will focus on security, fairness and opportunity for all, the King said in his speech.",
    "Every policy will be fully costed, he said, in a swipe at the tax cuts that caused turmoil in the markets.",
    "A bill will be introduced to set up a publicly owned clean power company headquartered in Scotland.",
    "Plans to build one and a half million homes over the next five years were also confirmed on Wednesday.",
]
_PROMO_1 = ("<p><strong>For more stories like this, check our</strong><a href='https://news.example.co.uk/news/'>"
            "<strong> news page</strong></a><strong>.</strong></p>")
_PROMO_2 = ("<p><strong>Follow us on <a href='https://twitter.com/example'>Twitter</a> and "
            "<a href='https://www.facebook.com/example'>Facebook</a> for the latest news updates.</strong></p>")


def _parse(tail: str, middle: str = ""):
    body = "".join(f"<p>{p}</p>" for p in _PROSE[:2]) + middle + "".join(f"<p>{p}</p>" for p in _PROSE[2:])
    page = ('<html lang="en"><head><title>King sets out the new government\'s plans</title></head><body><main>'
            f"<article><h1>King sets out the new government's plans</h1><div class='article-body'>{body}{tail}"
            "</div></article></main></body></html>")
    return parse(page, url="https://news.example.co.uk/2024/07/17/king-sets-out-government-plans-2124/")


def test_bold_linked_lines_closing_the_story_are_promos():
    doc = _parse(_PROMO_1 + _PROMO_2)
    assert [b.text for b in doc.posts[0].blocks] == _PROSE
    promos = [r.text for r in doc.removed if r.rule == "article.promo"]
    assert promos == ["For more stories like this, check our news page.",
                      "Follow us on Twitter and Facebook for the latest news updates."]


def test_near_miss_a_closing_bold_note_without_a_link_stays():
    note = "<p><strong>This story has been updated with the full list of bills.</strong></p>"
    doc = _parse(note)
    assert doc.posts[0].blocks[-1].text == "This story has been updated with the full list of bills."


def test_near_miss_a_bold_linked_paragraph_inside_the_story_stays():
    doc = _parse("", middle=_PROMO_2)
    texts = [b.text for b in doc.posts[0].blocks]
    assert "Follow us on Twitter and Facebook for the latest news updates." in texts and texts[-1] == _PROSE[-1]
