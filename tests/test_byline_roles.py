"""Byline lead words that name the reporter's part ("Reporting by Name") are pack data and
come off the name; a lead that is no pack word stays part of the text. Hand-written author
lines shaped like a wire service's live cards."""
import newsclean
from newsclean import html_front
from newsclean.html_roles import Ctx
from newsclean.post_bylines import bylines, by_prefix
from newsclean.sites import rules_for


def names(markup: str, language: str = "en") -> list[str]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//p")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [b.name for b in out]


def test_reporting_by_is_a_lead_word():
    assert names('<p class="live-card__byline">Reporting by Jane Doe</p>') == ["Jane Doe"]
    assert names('<p class="byline">Writing by John Smith</p>') == ["John Smith"]


def test_near_miss_reporting_lower_case_sentence_is_not_stripped():
    # the lead word needs a capital after it: "reporting by phone" is no name
    assert by_prefix("en").match("Reporting by phone") is None
    assert by_prefix("en").match("Reporting by Jane Doe") is not None


def chips(markup: str, language: str = "da") -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//div")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def test_an_author_title_beside_the_name_is_the_role():
    # a live-blog platform's author chip: name and "title" (job) in two spans
    assert chips('<div class="post-author"><span class="post-author-name">Anna Sofie Schmidt</span>'
                 '<span class="post-author-title">politisk reporter</span></div>') == [("Anna Sofie Schmidt", "politisk reporter")]


def test_near_miss_an_author_title_alone_is_the_name():
    assert chips('<div class="post-author"><span class="author-title">Jens Christian Bach</span></div>') == [
        ("Jens Christian Bach", None)]


def test_a_web_address_after_the_name_is_the_outlet_not_a_second_author():
    assert names('<p class="byline">Jairo Bolledo/Rappler.com</p>', "en") == ["Jairo Bolledo"]
    assert names('<p class="byline">By Mia Reyes and Tom Cruz</p>', "en") == ["Mia Reyes", "Tom Cruz"]  # near miss: two people


def _post(header_row: str, language: str = "lt") -> newsclean.Post:
    posts = "".join(
        f'<div class="entry" id="e{i}"><div class="entry-head"><span class="entry-time">2024-10-27 2{i}:10</span> '
        f'{header_row}</div><h3>Antraštė numeris {i} apie rinkimus</h3>'
        f'<div class="entry-body"><p>Rinkimų komisija paskelbė naujus duomenis apie balsavimą apygardose, '
        f'skaičiuojama toliau, pranešė komisijos atstovai numeris {i}.</p></div></div>' for i in range(4, 0, -1))
    page = (f'<html lang="{language}"><head><title>LIVE: Seimo rinkimai</title>'
            '<meta property="og:site_name" content="LRT"></head><body><h1>Rinkimai tiesiogiai</h1>'
            f'<div class="feed">{posts}</div></body></html>')
    return newsclean.parse(page, format="html").posts[0]


def test_an_inline_author_link_in_the_header_row_is_the_byline_and_the_outlet_goes():
    post = _post('<a class="entry-author" href="/autorius/2">Rūta Grinevičiūtė</a>, LRT.lt')
    assert [(b.name, b.role) for b in post.bylines] == [("Rūta Grinevičiūtė", None)]
    assert not any("LRT.lt" in b.text for b in post.blocks)
    assert post.headline == "Antraštė numeris 4 apie rinkimus"


def test_near_miss_a_plain_link_in_the_header_row_is_no_byline():
    post = _post('<a href="/tema/rinkimai">Seimo rinkimai 2024</a>')
    assert post.bylines == ()


def test_a_bold_name_then_a_role_without_comma():
    assert chips('<div class="entry-author"><strong>Anna Lilja Þórisdóttir</strong> fréttamaður</div>', "is") == [
        ("Anna Lilja Þórisdóttir", "fréttamaður")]


def test_near_miss_a_bold_name_then_a_sentence_gives_no_role():
    assert chips('<div class="entry-author"><strong>Anna Lilja Þórisdóttir</strong> skrifaði þetta í gær.</div>', "is") == [
        ("Anna Lilja Þórisdóttir", None)]


def _feed(meta_row: str, n: int = 4) -> list:
    posts = "".join(
        f'<div class="Post" id="post-{i}"><div class="Content"><p>Election night update number {i}: the count '
        f'goes on in ridings across the country, officials said.</p></div>{meta_row}</div>' for i in range(n, 0, -1))
    page = ('<html lang="en"><head><title>Live: Election night</title></head><body><h1>Live: Election night</h1>'
            f'<div class="Posts">{posts}</div></body></html>')
    return list(newsclean.parse(page, format="html").posts)


def test_an_author_chip_in_the_meta_row_under_the_body_is_the_byline():
    posts = _feed('<div class="Meta"><span class="Author">Alex Boutilier</span> <span class="Time">12:41 AM</span>'
                  '<span class="Share"><a>Tweet</a> <a>Share</a></span></div>')
    assert [b.name for b in posts[0].bylines] == ["Alex Boutilier"]
    assert all("Alex Boutilier" not in b.text for b in posts[0].blocks)


def test_near_miss_an_author_classed_link_inside_a_paragraph_stays_text():
    posts = _feed('<p>Analysis by <a class="author-link" href="/a">Alex Boutilier</a> follows later tonight, '
                  'after the last polls close in British Columbia.</p>')
    assert posts[0].bylines == ()
    assert any("Alex Boutilier" in b.text for b in posts[0].blocks)


def test_a_name_then_a_job_title_in_one_chip_is_name_and_role():
    assert chips('<div class="post-author">Ingrid Solheim Journalist</div>', "nb") == [("Ingrid Solheim", "Journalist")]
    assert chips('<div class="post-author">Jussi Mankkinen toimittaja</div>', "fi") == [("Jussi Mankkinen", "toimittaja")]


def test_near_miss_a_three_word_name_stays_whole():
    assert chips('<div class="post-author">Anna Lilja Þórisdóttir</div>', "is") == [("Anna Lilja Þórisdóttir", None)]
