"""A name printed alone on the line after a post's text, post after post, signs the posts off: it
is each post's byline, not body (a VnExpress-style bold author line, a Ynet-style author div,
"Reporting by ..."). Near misses: a short closing sentence or quote stays text; a name closing
one or two posts only stays text; caseless short lines must repeat before they count."""
import newsclean
from newsclean.text_bylines import lead_byline
from newsclean.text_signoff import signoff_shape

VI_POSTS = [("15:40", "Đoàn người xếp hàng trên phố",
             "Hàng nghìn người dân vẫn kiên nhẫn xếp hàng dưới trời mưa để vào viếng tại nhà tang lễ.", "Minh Anh"),
            ("13:05", "Đoàn đại biểu vào viếng",
             "Đoàn đại biểu cấp cao vào viếng và ghi sổ tang tại nhà tang lễ vào đầu giờ chiều nay.", "Quốc Bảo"),
            ("10:20", "Người dân đặt hoa tại quê nhà",
             "Người dân trong thôn đặt hoa và thắp hương tưởng nhớ từ sáng sớm tại nhà văn hóa xã.", "Minh Anh"),
            ("07:00", "Lễ viếng bắt đầu",
             "Lễ viếng bắt đầu lúc 7h tại nhà tang lễ và sẽ kéo dài đến 22h cùng ngày theo thông báo.", "Thu Hà"),
            ("05:30", "Các tuyến phố bị cấm",
             "Công an thành phố cấm phương tiện qua các tuyến phố quanh nhà tang lễ từ 5h sáng nay.", "Thu Hà")]


def _page(posts, footer=("Chia sẻ", "Xem nhiều", "* Tiểu sử", "© Copyright 1997 Báo điện tử")) -> str:
    lines = ["Trực tiếp: Lễ viếng", "", "Thứ năm, 25/7/2024, 15:40 (GMT+7)", ""]
    for stamp, head, body, last in posts:
        lines += [stamp, "", head, "", body, ""]
        if last:
            lines += [last, ""]
    lines += list(footer)
    return "\n".join(lines)


def test_names_closing_every_post_are_its_bylines():
    doc = newsclean.parse(_page(VI_POSTS), format="text")
    assert doc.kind == "liveblog"
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[p[3]] for p in VI_POSTS]
    assert not any(name in p.text for p in doc.posts for name in ("Minh Anh", "Quốc Bảo", "Thu Hà"))


def test_a_name_closing_only_two_posts_stays_text():
    posts = [p if k in (0, 2) else (*p[:3], None) for k, p in enumerate(VI_POSTS)]
    doc = newsclean.parse(_page(posts), format="text")
    assert all(not p.bylines for p in doc.posts)
    assert doc.posts[0].text.endswith("Minh Anh")


def test_a_short_closing_sentence_or_quote_stays_text():
    closers = ["Xin chờ thêm.", "“Chúng tôi sẽ ở lại”", "Xin chờ thêm.", "“Chúng tôi sẽ ở lại”", "Xin chờ thêm."]
    posts = [(*p[:3], c) for p, c in zip(VI_POSTS, closers)]
    doc = newsclean.parse(_page(posts), format="text")
    assert all(not p.bylines for p in doc.posts)
    assert doc.posts[1].text.endswith("“Chúng tôi sẽ ở lại”")


HE_POSTS = [("12:10", "הקבינט המלחמתי מתכנס", "הקבינט יתכנס בשעות הקרובות כדי לדון בתגובה למתקפה של הלילה.", "דנה לוי"),
            ("09:30", "חזרה לשגרה חלקית", "פיקוד העורף הודיע על הקלות בהנחיות ומוסדות החינוך יישארו סגורים.",
             "משה בן דוד"),
            ("04:45", "רוב האיומים יורטו", "הדובר אמר כי יותר משלוש מאות כטבמים וטילים שוגרו במהלך הלילה.", "דנה לוי"),
            ("01:55", "אזעקות בירושלים", "אזעקות הופעלו בירושלים ובנגב ונשמעו פיצוצים של יירוטים באזור.", "משה בן דוד"),
            ("23:15", "הודעה על שיגור", "משמרות המהפכה הודיעו על שיגור עשרות כטבמים לעבר ישראל בלילה.", "דנה לוי")]


def _he_page(posts) -> str:
    lines = ["עדכונים שוטפים: המתקפה", "", "פורסם: 13.04.24, 23:15"]
    for stamp, head, body, last in posts:
        lines += [stamp, head, "", body, ""]
        if last:
            lines += [last]
        lines += ["שתפו"]
    lines += ["", "הכי נקראים", "", "כל הזכויות שמורות"]
    return "\n".join(lines)


def test_names_without_case_sign_posts_when_they_repeat():
    doc = newsclean.parse(_he_page(HE_POSTS), format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[p[3]] for p in HE_POSTS]
    assert not any("דנה לוי" in p.text for p in doc.posts)


def test_caseless_short_lines_in_half_the_posts_stay_text():
    posts = [(*p[:3], "עוד פרטים בהמשך" if k in (0, 2) else None) for k, p in enumerate(HE_POSTS)]
    doc = newsclean.parse(_he_page(posts), format="text")
    assert all(not p.bylines for p in doc.posts)
    assert doc.posts[0].text.endswith("עוד פרטים בהמשך")


def test_a_several_word_lead_opens_a_byline():
    assert lead_byline("Reporting by Steve Holland") == ("Reporting by", [newsclean.model.Byline("Steve Holland")])
    assert lead_byline("Written by Anna Weber, Berlin")[1][0].role is None  # a place: the dateline
    assert lead_byline("Written by Anna Weber, Berlin correspondent")[1][0].role == "Berlin correspondent"
    # near miss: the words open a sentence, not a byline
    assert lead_byline("Reporting by the agency suggests a delay") is None


def test_signoff_shapes():
    assert signoff_shape("Steve Holland")[1][0].name == "Steve Holland"
    # a place after the comma is a dateline, not a role; a job is a role
    assert signoff_shape("Steve Holland, Washington")[1][0].role is None
    assert signoff_shape("Renato Machado, de Brasília")[1][0].role is None
    assert signoff_shape("Steve Holland, White House correspondent")[1][0].role == "White House correspondent"
    assert signoff_shape("אלישע בן קימון")[2] is True
    assert signoff_shape("Reporting by Maayan Lubell")[0] == "Reporting by"
    for text in ("More to follow.", "“Never again”", "Updated at 14", "Share this post on social media now please",
                 "the end of it", "- Steve Holland"):
        assert signoff_shape(text) is None, text


def test_one_caseless_line_closing_every_post_stays_interface():
    posts = [(*p[:3], "קראו עוד") for p in HE_POSTS]
    doc = newsclean.parse(_he_page(posts), format="text")
    assert all(not p.bylines for p in doc.posts)
    assert not any("קראו עוד" in p.text for p in doc.posts)
