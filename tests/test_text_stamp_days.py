"""A numeric day and month with no year beside a post's clock ("15:40 25/7", "25/7 15:40", or
"14:05" over "25/7") is part of the stamp, not a line of the post: the date takes the year
nearest the page's date; without a page date the post keeps its clock and the document warns.
Near misses: a day/month inside a sentence, or on a line that is not right under a bare clock,
stays text; an English pair that reads either way far from the page's date is not guessed."""
import newsclean
from newsclean.text_stamp_days import AMBIGUOUS_WARNING, NO_YEAR_WARNING

BODIES = ["Hàng nghìn người dân vẫn kiên nhẫn xếp hàng dưới trời mưa để vào viếng tại nhà tang lễ.",
          "Đoàn đại biểu cấp cao vào viếng và ghi sổ tang tại nhà tang lễ vào đầu giờ chiều nay.",
          "Người dân trong thôn đặt hoa và thắp hương tưởng nhớ từ sáng sớm tại nhà văn hóa xã.",
          "Lễ viếng bắt đầu lúc 7h tại nhà tang lễ và sẽ kéo dài đến 22h cùng ngày theo thông báo."]
HEADS = ["Đoàn người xếp hàng trên phố", "Đoàn đại biểu vào viếng", "Người dân đặt hoa tại quê nhà",
         "Lễ viếng bắt đầu"]
CLOCKS = ["15:40", "13:05", "10:20", "07:00"]


def _page(stamp, header="Thứ năm, 1/1/2025, 15:40 (GMT+7)", day="31/12") -> str:
    lines = ["Trực tiếp: Lễ viếng", ""] + ([header, ""] if header else [])
    for clock, head, body in zip(CLOCKS, HEADS, BODIES):
        lines += [stamp(clock, day), "", head, "", body, ""]
    return "\n".join(lines)


def test_a_day_and_month_after_the_clock_dates_the_post():
    doc = newsclean.parse(_page(lambda c, d: f"{c} {d}"), format="text")
    # the year nearest the page's date (1 January 2025): the day before, in 2024
    assert [p.published for p in doc.posts] == [f"2024-12-31T{c}+07:00" for c in CLOCKS]
    assert not any("31/12" in p.text for p in doc.posts)
    assert not doc.warnings


def test_a_day_and_month_before_the_clock_or_below_it():
    for stamp in (lambda c, d: f"{d} {c}", lambda c, d: f"{c}\n{d}"):
        doc = newsclean.parse(_page(stamp), format="text")
        assert [p.published for p in doc.posts] == [f"2024-12-31T{c}+07:00" for c in CLOCKS]
        assert not any("31/12" in p.text for p in doc.posts)
        assert all(not p.bylines for p in doc.posts)


def test_no_page_date_keeps_the_clock_and_warns():
    doc = newsclean.parse(_page(lambda c, d: f"{c} {d}", header=None), format="text")
    assert [p.published for p in doc.posts] == CLOCKS
    assert NO_YEAR_WARNING in doc.warnings
    assert not any("31/12" in p.text for p in doc.posts)


def test_a_pair_that_reads_either_way_is_not_guessed():
    en = ["Crowds queued in the rain outside the hall for hours to pay their respects today.",
          "A delegation arrived in the early afternoon and signed the book of condolences.",
          "Residents laid flowers at the memorial in the village square since early morning.",
          "The ceremony began at seven and will continue until late in the evening tonight."]
    lines = ["Live: the funeral", "", "Updated March 20, 2024", ""]
    for clock, body in zip(CLOCKS, en):
        lines += [f"{clock} 4/5", "", "A short headline here", "", body, ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert AMBIGUOUS_WARNING in doc.warnings
    assert not any("4/5" in p.text for p in doc.posts)


def test_a_day_and_month_in_the_text_stays_text():
    def stamp(c, d):
        return c
    page = _page(stamp).replace(BODIES[0], BODIES[0] + "\n\n25/7\n\nLễ truy điệu diễn ra lúc 13h ngày 26/7.")
    doc = newsclean.parse(page, format="text")
    assert "25/7" in doc.posts[0].text and "26/7" in doc.posts[0].text
