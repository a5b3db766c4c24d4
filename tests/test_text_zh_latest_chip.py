"""Text front: a Chinese live post's "latest" chip over its title is its label (a pack word);
near miss: the word inside the post's sentence stays text."""
from support import text_page

import newsclean

POSTS = [["下午4:10", "高鐵班次恢復正常", "台灣高鐵表示，受強風影響的班次已於下午全數恢復正常行駛。"],
         ["下午3:20", "北部山區出現冰霰", "中央氣象署表示，陽明山及拉拉山今天下午相繼出現冰霰現象。"],
         ["下午2:05", "寒流持續影響全台", "這波寒流預計持續到週四，各地早晚溫差大，民眾應注意保暖。"]]


def _doc(first: list[str]) -> newsclean.Document:
    return newsclean.parse(text_page("寒流來襲 各地低溫即時更新", "今年入冬最強寒流南下，各地氣溫明顯下降。", [first, *POSTS[1:]]),
                           format="text")


def test_the_latest_chip_over_the_title_is_the_posts_label():
    post = _doc(["下午4:10\n最新", "高鐵班次恢復正常", "台灣高鐵表示，受強風影響的班次已於下午全數恢復正常行駛。"]).posts[0]
    assert (post.label, post.headline) == ("最新", "高鐵班次恢復正常")


def test_near_miss_the_word_inside_a_sentence_stays_text():
    post = _doc(POSTS[0][:2] + ["最新的統計顯示，受強風影響的高鐵班次已於下午全數恢復正常行駛。"]).posts[0]
    assert post.label is None
    assert any("最新的統計" in b.text for b in post.blocks)
