"""Round 13 live-page classes, on small templates written for these tests: titles in scripts
without spaces that call their page live, bold headlines on a line of their own, title and age
class words of news languages, full-width credit separators and 12-hour clocks with CJK day
periods. Each rule has a near miss that must not fire."""
import pytest
from lxml import etree

import newsclean
from newsclean import html_front
from newsclean.html_roles import DROP_TAGS, Ctx, class_says, time_classed
from newsclean.live_phrases import title_says_live
from newsclean.media_labels import strip_credit_prefix
from newsclean.post_walk import extract_post
from newsclean.sites import rules_for


def walk(markup: str, language=None):
    tree = html_front.parse_tree(f"<html><body><div id='feed'>{markup}</div></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None), site_names=frozenset(), language=language)
    posts = [extract_post(c, ctx, None, None) for c in tree.get_element_by_id("feed") if isinstance(c.tag, str)]
    return [p for p in posts if p is not None]


# -- a live word run on from the words before it, in a script without spaces -----------------------

@pytest.mark.parametrize("title,live", [
    ("台風10号接近 交通情報ライブ更新｜ニュースサイト", True),   # Japanese, before a full-width bar
    ("总统选举计票即时更新 | 新闻网", True),                       # simplified Chinese, before a bar
    ("【直播】立法院院會表決", True),                               # in CJK title brackets
    ("地震速報 最新進度", True),                                    # closing the title
    ("天氣即時更新系統今日上線", False),                            # inside a sentence: no live page
    ("Vuelo directo a Madrid", False),                              # a Latin word inside a sentence
])
def test_unspaced_title_says_live(title, live):
    assert title_says_live(title) is live


# -- a bare <strong> on a line of its own heads its post -------------------------------------------

def test_bold_line_of_its_own_is_the_headline():
    posts = walk("""
      <section class="feed-row"><div class="feed-row__clock">오후 3:40</div>
        <strong>한강 공원 출입 통제 확대</strong><p>서울시는 오늘 오후부터 한강 공원 11곳의 출입을 통제한다고 밝혔다.</p></section>
      <section class="feed-row"><b>Sillan liikenne katkaistu</b><p>Poliisi sulki sillan iltapäivällä tuulen vuoksi.</p></section>""",
                 language="ko")
    assert [p.headline for p in posts] == ["한강 공원 출입 통제 확대", "Sillan liikenne katkaistu"]
    assert [len(p.blocks) for p in posts] == [1, 1]


@pytest.mark.parametrize("markup", [
    # a bold lead-in run on into its sentence: body
    """<section class="feed-row"><strong>Poliisi:</strong> silta on suljettu koko illan.<p>Lisää tietoa myöhemmin.</p></section>""",
    # a bold phrase inside a paragraph's run, words before it
    """<section class="feed-row">Silta suljettiin <b>iltapäivällä</b><p>Lisää tietoa myöhemmin.</p></section>""",
    # a bold line that is the whole post is its body
    """<section class="feed-row"><strong>Seuranta päättyy tähän</strong></section>""",
])
def test_bold_runs_that_are_not_headlines(markup):
    posts = walk(markup)
    assert posts[0].headline is None


# -- class words ------------------------------------------------------------------------------------

@pytest.mark.parametrize("cls,title", [
    ("nyhet-rubrik", True), ("berita__judul", True), ("stire-titlu", True), ("vijest-naslov", True),
    ("row__ttl", True), ("c-ttl", True),
    ("shuttle-bus", False), ("subrubrikk", False), ("judulnya-x", True), ("prejudul", False),
])
def test_title_class_words(cls, title):
    assert ("title" in class_says(cls)) is title


@pytest.mark.parametrize("cls,time", [
    ("entry-age", True), ("post__age", True), ("update-age-chip", True),
    ("page-header", False), ("image-wrap", False), ("message", False), ("age-gate", False), ("video-age-rating", False),
])
def test_age_class_is_a_time(cls, time):
    assert time_classed(cls) is time


# -- full-width credit separators -------------------------------------------------------------------

def test_full_width_slash_after_a_credit_label():
    assert strip_credit_prefix("图／新华社", "zh") == ("图／", "新华社")
    assert strip_credit_prefix("写真：共同通信", "ja")[1] == "共同通信"
    assert strip_credit_prefix("AFP／Getty", "zh") == ("", "AFP／Getty")  # no label before the slash


# -- a live page stamped with 12-hour clocks and CJK day periods ------------------------------------

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2026-03-02T07:00:00+09:00"></head><body>
<main><h1>{title}</h1><div class="stream">{rows}</div></main></body></html>"""
ROW = """<div class="stream-row"><div class="stream-row__t">{clock}</div><strong>{head}</strong>
<p>{body}</p></div>"""


def test_cjk_day_period_clocks_stamp_a_live_page():
    rows = [("오후 4:05", "부산 해안도로 전면 통제", "부산시는 강풍으로 해안도로 전 구간의 차량 통행을 막았다."),
            ("오후 1:30", "제주 항공편 결항 잇따라", "제주공항에서는 오후 들어 국내선 출발편 40여 편이 결항했다."),
            ("오전 11:10", "기상청 태풍 경보 발령", "기상청은 남해안 전역에 태풍 경보를 내리고 외출 자제를 당부했다."),
            ("오전 8:45", "태풍 북상 시작", "태풍이 밤사이 빠르게 북상하면서 남해안에 비바람이 거세지고 있다.")]
    page = PAGE.format(lang="ko", title="태풍 북상 생중계 | 뉴스", rows="".join(
        ROW.format(clock=c, head=h, body=b) for c, h, b in rows))
    doc = newsclean.parse(page.encode(), format="html")
    assert doc.kind == "liveblog"
    assert [p.published[11:16] for p in doc.posts] == ["16:05", "13:30", "11:10", "08:45"]
    assert [p.headline for p in doc.posts] == [h for _, h, _ in rows]


def test_same_rows_under_a_title_that_does_not_say_live_stay_an_article():
    rows = [("오후 4:05", "부산 해안도로 전면 통제", "부산시는 강풍으로 해안도로 전 구간의 차량 통행을 막았다."),
            ("오전 11:10", "기상청 태풍 경보 발령", "기상청은 남해안 전역에 태풍 경보를 내리고 외출 자제를 당부했다."),
            ("오전 8:45", "태풍 북상 시작", "태풍이 밤사이 빠르게 북상하면서 남해안에 비바람이 거세지고 있다.")]
    page = PAGE.format(lang="ko", title="태풍 북상 정리 | 뉴스", rows="".join(
        ROW.format(clock=c, head=h, body=b) for c, h, b in rows))
    assert newsclean.parse(page.encode(), format="html").kind == "article"


JA_PAGE = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2026-03-02T07:00:00+09:00"></head><body>
<main><h1>大雪の交通情報</h1><div class="lv-list">{rows}</div></main></body></html>"""
JA_ROW = """<article class="lv-item"><p class="lv-item__jikoku">{clock}</p><strong>{head}</strong><p>{body}</p></article>"""
JA_ROWS = [("午後4:05", "新幹線が一部区間で運転見合わせ", "JR東日本によると、大雪の影響で上越新幹線の一部区間で運転を見合わせている。"),
           ("午前11:10", "気象庁が大雪警報を発表", "気象庁は新潟県の山沿いに大雪警報を発表し、交通障害に警戒を呼びかけた。"),
           ("午前8:45", "各地で積雪を観測", "今朝は日本海側を中心に各地で積雪を観測し、通勤の足に影響が出ている。")]


@pytest.mark.parametrize("title,kind", [
    ("大雪の交通情報ライブ更新｜ニュース", "liveblog"),  # the live word run on from the title's words
    ("大雪の交通情報まとめ｜ニュース", "article"),       # three timed rows and no live word: not enough
])
def test_japanese_live_title_without_spaces(title, kind):
    page = JA_PAGE.format(title=title, rows="".join(JA_ROW.format(clock=c, head=h, body=b) for c, h, b in JA_ROWS))
    doc = newsclean.parse(page.encode(), format="html")
    assert doc.kind == kind
    if kind == "liveblog":
        assert [p.published[11:16] for p in doc.posts] == ["16:05", "11:10", "08:45"]
        assert [p.headline for p in doc.posts] == [h for _, h, _ in JA_ROWS]
