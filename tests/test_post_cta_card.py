"""A call-to-action card ("kg-cta-card", "cta-box") inside a post is the site's appeal, not the
post's text: the post walk drops it as boilerplate by its class token. Near miss: "cta" inside
another word ("octagon", "dictator") names nothing."""
from newsclean.html_roles import class_says


def test_a_cta_token_names_boilerplate():
    assert "boilerplate" in class_says("kg-card kg-cta-card")
    assert "boilerplate" in class_says("cta")
    assert "boilerplate" in class_says("box_cta")


def test_near_miss_cta_inside_a_word_is_no_token():
    assert "boilerplate" not in class_says("octagon-list")
    assert "boilerplate" not in class_says("dictator-profile")
    assert "boilerplate" not in class_says("ctaylor")
