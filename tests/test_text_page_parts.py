"""Page parts the text front must not take for posts: a pinned copy on top that carries a marker
of its own; the page's own stamp over its intro; and a title in a script written without
spaces. Near misses: adjacent copies without a marker stay (a page may repeat an update); a
headless first post at its own time stays a post; a nav row of short CJK words is no title."""
import newsclean

from support import TRAIN_BODIES as BODIES, TRAIN_CLOCKS as CLOCKS, TRAIN_HEADS as HEADS


def _feed(top: list[str]) -> str:
    lines = ["Train crash: live updates", "", "01.03.2023 • 14:05", ""] + top
    for k, (clock, head, body) in enumerate(zip(CLOCKS, HEADS, BODIES)):
        lines += [("Breaking " if k == 0 else "") + clock, "", head, "", body, "", "Share Facebook"]
    return "\n".join(lines)


def test_a_marked_copy_on_top_of_its_twin_goes():
    top = ["Pinned", "Breaking 14:05", "", HEADS[0], "", BODIES[0], "", "Share Facebook"]
    doc = newsclean.parse(_feed(top), format="text")
    assert [p.headline for p in doc.posts] == HEADS
    assert doc.posts[0].label == "Breaking"
    assert any(r.rule == "post.pinned-copy" for r in doc.removed)


def test_an_unmarked_copy_before_its_twin_stays():
    top = ["Breaking 14:05", "", HEADS[0], "", BODIES[0], "", "Share Facebook"]
    doc = newsclean.parse(_feed(top), format="text")
    assert [p.headline for p in doc.posts] == [HEADS[0]] + HEADS


def _stamped(intro_clock: str) -> str:
    lines = ["Election night: results as they come in", "", f"2024/01/13 {intro_clock}", "",
             "The polls closed at four and counting is under way across the country tonight.", ""]
    for clock, head, body in zip(CLOCKS, HEADS, BODIES):
        lines += [f"2024/01/13 {clock}", "", head, "", body, ""]
    return "\n".join(lines)


def test_the_pages_own_stamp_over_its_intro_is_no_post():
    doc = newsclean.parse(_stamped("14:05"), format="text")
    assert [p.headline for p in doc.posts] == HEADS
    assert doc.published == "2024-01-13"


def test_a_headless_first_post_at_its_own_time_stays():
    doc = newsclean.parse(_stamped("14:30"), format="text")
    assert len(doc.posts) == len(HEADS) + 1
    assert doc.posts[0].headline is None and doc.posts[0].published.startswith("2024-01-13T14:30")


def test_a_title_written_without_spaces():
    text = "\n".join(["自由時報", "即時 政治 社會 生活 國際", "", "2024總統大選開票》賴清德當選 即時更新", "",
                      "2024/01/13 21:05", "",
                      "賴清德發表勝選感言", "", "民進黨總統候選人賴清德在競選總部發表勝選感言，感謝台灣人民寫下民主新篇章。", "",
                      "2024/01/13 20:20", "", "侯友宜承認敗選", "", "國民黨總統候選人侯友宜在板橋競選總部承認敗選，向支持者鞠躬道歉。", "",
                      "2024/01/13 20:05", "", "柯文哲感謝支持者", "", "民眾黨總統候選人柯文哲表示，得票超過三百萬，這是台灣政治的新力量。", "",
                      "2024/01/13 18:30", "", "開票進度過半", "", "中選會開票進度過半，賴清德暫時領先其他兩組候選人，差距持續拉大。"])
    doc = newsclean.parse(text, format="text")
    assert doc.title == "2024總統大選開票》賴清德當選 即時更新"


def test_a_bracketed_kicker_tag_before_a_title():
    from newsclean.text_header import _title_score
    assert _title_score("[속보] 제22대 총선 개표 상황…민주당 압승 전망", "") > 0
    assert _title_score("【速報】 衆院選 開票速報 与党が過半数を確保", "") > 0
    # near misses: the tag alone, and a tagged line that ends as a sentence
    assert _title_score("[속보]", "") == 0
    assert _title_score("[LIVE] The count goes on and the results are expected late tonight.", "") == 0
