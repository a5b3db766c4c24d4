"""Prompt boxes inside an article are not the story: a short box whose class says donate,
support, contribute or membership (``article.appeal``); a button-led box, whatever its class
(a members-only notice over "register" and "log in" buttons: `article_appeals`); and a teaser
that a page of hashed class names marks by its test id (``data-testid="s-teaser"``). Near
misses: a paragraph that asks readers for something stays, a button inside a story paragraph
stays, a box of story paragraphs whose class says support stays, and a key-points box whose test
id says info box stays."""
from lxml import html as lxml_html

from newsclean import parse
from newsclean.article_body import preclean
from newsclean.model import Removal

_PROSE = [
    "The flood waters rose through the night, and by morning more than two hundred homes in the valley were cut off.",
    "Rescue teams reached the worst-hit villages by boat on Tuesday, the regional emergency office said in a statement.",
    "Officials said the main road would stay closed for at least a week while engineers inspect the damaged bridge.",
    "Residents asked the government for more help, saying supplies of drinking water were already running low.",
]


def _page(inner: str, before: str = "") -> lxml_html.HtmlElement:
    body = "".join(f"<p>{p}</p>" for p in _PROSE)
    return lxml_html.fromstring("<html><body><main><article><h1>Floods cut off villages in the valley</h1>"
                                f"<div class='c-x1'>{before}{body}{inner}</div></article></main></body></html>")


def _run(inner: str, before: str = "") -> tuple[list[Removal], str]:
    tree = _page(inner, before)
    removed: list[Removal] = []
    preclean(tree, removed, "https://news.example.org/2024/09/floods-cut-off-villages/")
    return removed, tree.text_content()


def test_a_support_box_by_its_class_leaves_the_body():
    removed, text = _run("<div class='support-box'><p>Support independent journalism</p></div>")
    assert Removal("article.appeal", "Support independent journalism") in removed
    assert "Support independent" not in text and "drinking water" in text


def test_near_miss_story_paragraphs_in_a_box_classed_support_stay():
    long = " ".join(_PROSE)
    removed, text = _run(f"<div class='support'><p>{long}</p></div>")
    assert not [r for r in removed if r.rule == "article.appeal"] and "engineers inspect" in text


def test_a_button_led_members_box_leaves_the_body():
    box = ("<div class='k9q'><div class='k9q-in'><p><span>This article is for members only.</span><br>"
           "Print subscribers can register for free.</p><div class='col'><div><a href='/service/regist' "
           "class='btn red large'><span>Register</span></a></div><div><a href='/service/login' class='btn white'>"
           "Log in to read on</a></div></div><dl><dt>As a member you get</dt><dd>the e-paper</dd>"
           "<dd>every members' story</dd></dl></div></div>")
    removed, text = _run(box)
    assert [r.rule for r in removed] == ["article.appeal"]
    assert removed[0].text.startswith("This article is for members only.")
    assert "members only" not in text and "bridge" in text


def test_near_miss_a_button_inside_a_story_paragraph_stays():
    para = ("<p>Readers who want to help can give to the regional relief fund, which the council set up on "
            "Monday: <a class='button' href='/relief-fund'>Give to the fund</a></p>")
    removed, text = _run(para)
    assert removed == [] and "relief fund" in text


def test_near_miss_a_button_led_box_holding_the_story_stays():
    # a short story whose own container holds a button: the box would hold the page's text
    tree = lxml_html.fromstring("<html><body><h1>Road closed after the flood</h1><div class='s'><p>The main road "
                                "stays closed for a week.</p><a class='btn' href='/map'>See the map</a></div>"
                                "</body></html>")
    removed: list[Removal] = []
    preclean(tree, removed)
    assert removed == [] and "stays closed" in tree.text_content()


def test_a_teaser_marked_by_its_test_id_leaves_the_body_but_a_key_points_box_stays():
    teaser = ("<article class='r1b' data-testid='s-teaser'><a href='/politics/minister-visits-flooded-valley-100.html'>"
              "Minister visits the flooded valley</a><div>by A. Writer</div></article>")
    points = ("<div class='sc-1' data-testid='InfoBox'><h3>Key points</h3><ul><li><p>Two hundred homes cut off."
              "</p></li><li><p>Main road closed for a week.</p></li></ul></div>")
    removed, text = _run(teaser, before=points)
    assert [r.rule for r in removed] == ["article.related"]
    assert "Minister visits" not in text and "Two hundred homes cut off" in text


def test_the_headline_read_with_its_kicker_is_not_the_first_paragraph():
    page = ('<html lang="en"><head><title>Floods cut off villages in the valley</title>'
            '<meta property="og:title" content="Floods cut off villages in the valley"></head><body><main>'
            '<article><h1><span>Storm Boris</span> : Floods cut off villages in the valley</h1>'
            + "".join(f"<p>{p}</p>" for p in _PROSE) + "</article></main></body></html>")
    doc = parse(page, url="https://news.example.org/2024/09/floods-cut-off-villages/")
    assert doc.title == "Floods cut off villages in the valley"
    assert [b.text for b in doc.posts[0].blocks] == _PROSE
