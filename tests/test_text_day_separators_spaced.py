"""Text front: day separators whose day name CLDR writes in two words (Vietnamese "Thứ Ba",
"Chủ Nhật"), and the page's date where the first date printed is the newest day's separator:
the page is published no later than its oldest post. Near misses: other words beside the date;
a page whose separators name no earlier day keeps its date."""
import datetime as dt

import newsclean
from newsclean.text_days import day_named

PAGE = dt.date(2026, 3, 11)


def test_a_two_word_day_name_beside_the_date_makes_a_separator():
    assert day_named("Thứ Ba, 10/3/2026", PAGE, "vi") == dt.date(2026, 3, 10)
    assert day_named("chủ nhật, 8/3/2026", PAGE, "vi") == dt.date(2026, 3, 8)


def test_near_miss_other_words_beside_the_date_make_no_separator():
    assert day_named("Thứ Ba tuần trước, 10/3/2026", PAGE, "vi") is None
    assert day_named("Họp báo, 10/3/2026", PAGE, "vi") is None


def _page(days: list[str]) -> str:
    lines = ["Trực tiếp: Lũ lớn ở miền Trung", "", "Mưa lớn kéo dài khiến nhiều tỉnh miền Trung ngập sâu.", "",
             days[0], "08:15", "", "Nước sông Hương bắt đầu rút",
             "", "Mực nước sông Hương tại trạm Kim Long đã giảm hơn nửa mét so với đêm qua, theo đài khí tượng.", "",
             "Chia sẻ", "06:40", "", "Nhiều tuyến đường vẫn ngập",
             "", "Các tuyến đường ở trung tâm thành phố vẫn còn ngập sâu, giao thông bị chia cắt nhiều nơi.", "",
             "Chia sẻ", days[1], "22:30", "", "Sơ tán hàng nghìn hộ dân",
             "", "Chính quyền địa phương đã sơ tán hơn ba nghìn hộ dân ở vùng trũng đến nơi an toàn trong đêm.", "",
             "Chia sẻ", "20:05", "", "Mưa lớn trên diện rộng",
             "", "Lượng mưa đo được trong 24 giờ qua vượt 400 mm ở nhiều nơi, cao nhất tại huyện miền núi.", ""]
    return "\n".join(lines)


def test_posts_under_two_word_day_separators_and_the_feeds_start():
    doc = newsclean.parse(_page(["Thứ Tư, 11/3/2026", "Thứ Ba, 10/3/2026"]), format="text")
    assert [p.published[:10] for p in doc.posts] == ["2026-03-11", "2026-03-11", "2026-03-10", "2026-03-10"]
    assert doc.published == "2026-03-10"


def test_near_miss_separators_of_one_day_keep_the_pages_date():
    doc = newsclean.parse(_page(["Thứ Tư, 11/3/2026", "Thứ Tư, 11/3/2026"]), format="text")
    assert doc.published == "2026-03-11"
