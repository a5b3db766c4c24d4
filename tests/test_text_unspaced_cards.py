"""A post of short lines is a card (all body), counted in words of scripts written without
spaces too (`text_post.build_post`): a Thai sentence has few spaces but many words, so a Thai
post's title over it is its headline. Hand-written fixtures shaped like a Thai live page."""
from __future__ import annotations

import newsclean


def _live(third: list[str]) -> str:
    posts = [["14 พ.ค. 2566 23:10 น.", "พิธาประกาศพร้อมจัดตั้งรัฐบาล",
              "นายพิธา หัวหน้าพรรคก้าวไกล แถลงข่าวที่ที่ทำการพรรคว่าพร้อมเป็นแกนนำจัดตั้งรัฐบาลร่วมกับพรรคการเมืองฝ่ายประชาธิปไตย"],
             ["14 พ.ค. 2566 22:05 น.", "ผลนับคะแนนอย่างไม่เป็นทางการ",
              "คณะกรรมการการเลือกตั้งรายงานผลนับคะแนนอย่างไม่เป็นทางการ พรรคก้าวไกลได้ที่นั่งมากที่สุด ตามด้วยพรรคเพื่อไทย"],
             ["14 พ.ค. 2566 17:00 น.", *third],
             ["14 พ.ค. 2566 09:30 น.", "ประชาชนทยอยใช้สิทธิ",
              "ประชาชนทยอยเดินทางมาใช้สิทธิเลือกตั้งตั้งแต่เช้า หลายหน่วยเลือกตั้งในกรุงเทพฯมีผู้มารอคิวยาวตั้งแต่ก่อนเปิดหีบ"]]
    return "\n\n".join(["เลือกตั้ง 2566 ถ่ายทอดสด ผลนับคะแนนล่าสุด"] + [ln for p in posts for ln in p])


def test_a_thai_title_over_a_sentence_with_few_spaces_is_the_headline():
    doc = newsclean.parse(_live(["ปิดหีบเลือกตั้ง", "เวลา17.00น. ปิดหีบเลือกตั้งทั่วประเทศ เจ้าหน้าที่เริ่มนับคะแนนทันทีที่หน่วยเลือกตั้ง"]),
                          format="text")
    post = next(p for p in doc.posts if "เวลา17.00น." in p.text)
    assert post.headline == "ปิดหีบเลือกตั้ง"


def test_a_card_of_short_thai_lines_stays_all_body():
    # near miss: a party and its seat count, two short lines: a card, no headline
    doc = newsclean.parse(_live(["ก้าวไกล", "151 ที่นั่ง"]), format="text")
    post = next(p for p in doc.posts if "151" in p.text)
    assert post.headline is None and [b.text for b in post.blocks] == ["ก้าวไกล", "151 ที่นั่ง"]
