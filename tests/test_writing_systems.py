"""Live pages in scripts other than Latin: clocks and dates in the script's own digits, month
names of languages outside the default set, letters without case."""
from __future__ import annotations

import datetime as dt

import newsclean
from newsclean import times
from newsclean.writing_systems import ascii_digits, caseless, has_letters


# -- digits of any script ---------------------------------------------------------------------------

def test_ascii_digits_maps_every_script_and_keeps_positions():
    for printed, ascii_ in [("٢٣:٢٠", "23:20"), ("۱۴:۳۰", "14:30"), ("१४:३०", "14:30"), ("１４：３０", "14:30"),
                            ("০৯:১৫", "09:15")]:
        assert ascii_digits(printed) == ascii_
        assert len(ascii_digits(printed)) == len(printed)
    # near miss: text without such digits comes back as it is (the same object)
    s = "مجلس الأمن 14:30"
    assert ascii_digits(s) is s


def test_clock_in_eastern_arabic_digits_is_read_and_printed_text_kept():
    mark = times.parse_time_line("٠٣:٠٥")
    assert mark is not None and (mark.hour, mark.minute) == (3, 5)
    assert mark.text == "٠٣:٠٥"  # the printed stamp, not its ASCII reading
    assert times.parse_time_line("१४:३० बजे") is not None
    assert times.parse_time_line("１４：３０").hour == 14  # type: ignore[union-attr]


def test_sentence_with_eastern_arabic_clock_is_no_stamp():
    # near miss: a sentence that mentions a time
    assert times.parse_time_line("أعلن الجيش أن الاجتماع سيعقد في الساعة ١٤:٣٠ بتوقيت القدس المحلي اليوم.") is None


def test_clock_pattern_for_callers_reads_any_digits():
    assert times.CLOCK.search("آخر تحديث ٢٣:٢٠") is not None
    assert times.CLOCK.search("مجلس الأمن يعقد جلسة طارئة") is None


def test_arabic_and_hebrew_month_names_read_without_the_page_language():
    assert times.parse_date("١٤ أبريل ٢٠٢٤") == dt.date(2024, 4, 14)
    assert times.parse_date("14 אפריל 2024") == dt.date(2024, 4, 14)
    # near miss: an Arabic word in the month's place that is no month
    assert times.parse_date("١٤ صاروخا 2024") is None


def test_header_line_with_two_stamps_gives_the_first_with_its_clock():
    mark = times.opening_stamp("نشر في: ١٤ أبريل ٢٠٢٤ ،١٤:٣٠ آخر تحديث: ١٤ أبريل ٢٠٢٤")
    assert mark is not None and mark.date == dt.date(2024, 4, 14) and (mark.hour, mark.minute) == (14, 30)
    # near miss: no clock in reach
    assert times.opening_stamp("Published: 14 April 2024. Last updated: 14 April 2024") is None


def test_letters_with_and_without_case():
    assert has_letters("אפריל") and has_letters("abc") and not has_letters("١٤:٣٠ - 12")
    assert caseless("ש") and caseless("한") and caseless("中")
    assert not caseless("A") and not caseless("a") and not caseless("1")


_AR_BODY = ["أعلنت السلطات إعادة فتح الأجواء أمام حركة الطيران بعد إغلاقها مؤقتا خلال الليل.",
            "قال المتحدث باسم الحكومة إن الاجتماع الطارئ سيعقد في وقت لاحق من اليوم في العاصمة.",
            "دعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس وتجنب التصعيد في المنطقة.",
            "أكدت وزارة الخارجية أنها تتابع التطورات عن كثب مع الشركاء الإقليميين والدوليين.",
            "أفاد شهود عيان بسماع دوي انفجارات في سماء المدينة قبل منتصف الليل بقليل.",
            "أعلنت شركات الطيران تأجيل عدد من رحلاتها المقررة صباح اليوم إلى إشعار آخر."]
_AR_HEADS = ["السلطات تعيد فتح الأجواء", "اجتماع طارئ للحكومة", "دعوة إلى ضبط النفس", "الخارجية تتابع التطورات",
             "دوي انفجارات في المدينة", "تأجيل رحلات جوية"]
_AR_CLOCKS = ["١٤:٣٠", "١٢:١٠", "٠٩:٤٥", "٠٧:٠٥", "٠٥:٢٠", "٠٣:٥٥"]
_AR_TIMES = ["14:30", "12:10", "09:45", "07:05", "05:20", "03:55"]


def test_text_live_page_with_eastern_arabic_clocks_is_a_live_blog_with_times():
    lines = ["الموقع", "", "مباشر: تطورات الأحداث في المنطقة", "", "نشر في: ١٤ أبريل ٢٠٢٤ ،١٤:٣٠", ""]
    for clock, head, body in zip(_AR_CLOCKS, _AR_HEADS, _AR_BODY):
        lines += [clock, "", head, "", body, ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert doc.kind == "liveblog"
    assert [p.published[:16] if p.published else None for p in doc.posts] == [f"2024-04-14T{t}" for t in _AR_TIMES]
    assert doc.posts[0].headline == _AR_HEADS[0]


def test_html_live_posts_with_eastern_arabic_clocks_have_times():
    items = "".join(
        f'<div class="update-item"><span class="update-time">{c}</span><h2>{h}</h2><p>{b}</p></div>'
        for c, h, b in zip(_AR_CLOCKS, _AR_HEADS, _AR_BODY))
    html = ('<html lang="ar" dir="rtl"><head><title>مباشر</title><meta property="article:published_time" '
            'content="2024-04-14T03:50:00+03:00"></head><body><article><h1>مباشر: تطورات الأحداث</h1>'
            f'<div class="updates">{items}</div></article></body></html>')
    doc = newsclean.parse(html, format="html")
    assert doc.kind == "liveblog"
    assert [p.published for p in doc.posts] == [f"2024-04-14T{t}" for t in _AR_TIMES]


# -- headlines in caseless scripts ------------------------------------------------------------------

_KO_HEADS = ["개표율 50% 돌파", "여당 대표 사퇴 시사", "투표율 잠정 집계", "출구조사 결과 발표", "투표 마감"]
_KO_BODY = ["오후 10시 현재 전국 개표율이 절반을 넘어섰다고 선거관리위원회가 밝혔다.",
            "여당 대표는 기자들과 만나 선거 결과에 책임을 지겠다는 뜻을 밝혔다.",
            "선거관리위원회는 최종 투표율이 지난 선거보다 높을 것으로 내다봤다.",
            "방송사 출구조사 결과 야당이 과반 의석을 얻을 것으로 예측됐다.",
            "전국 투표소에서 투표가 오후 6시에 마감됐다고 관계자들이 전했다."]


def _ko_ticker(title_class: str) -> str:
    items = "".join(
        f'<li class="item-box"><span class="txt-time">{c}</span><strong class="{title_class}">{h}</strong>'
        f'<div class="txt-cont"><p>{b}</p></div></li>'
        for c, h, b in zip(["22:10", "21:40", "20:05", "18:30", "18:00"], _KO_HEADS, _KO_BODY))
    return ('<html lang="ko"><head><title>총선 개표 상황</title><meta property="article:published_time" '
            'content="2024-04-10T06:00:00+09:00"></head><body><article><h1>총선 개표 상황</h1>'
            f'<ul class="live-list">{items}</ul></article></body></html>')


def test_title_abbreviated_tit_in_a_class_names_the_headline():
    doc = newsclean.parse(_ko_ticker("tit-news"), format="html")
    assert [p.headline for p in doc.posts] == _KO_HEADS
    assert all(b.text not in _KO_HEADS for p in doc.posts for b in p.blocks)


def test_a_class_holding_tit_inside_a_word_names_no_headline():
    # near miss: "petition" holds "tit" inside a word: no title role
    from newsclean.html_roles import class_says

    assert "title" in class_says("tit-news") and "title" in class_says("news_tit")
    assert "title" not in class_says("petition-box") and "title" not in class_says("entity")


# -- stamp lines with more around the clock ------------------------------------------------------------

def test_dotted_two_digit_year_before_a_clock_is_day_first():
    assert times.parse_date("13.04.24, 23:15") == dt.date(2024, 4, 13)
    mark = times.parse_time_line("13.04.24, 23:15")
    assert mark is not None and mark.date == dt.date(2024, 4, 13) and mark.hour == 23
    # near misses: no clock after it, or slashes (month first in some languages): no date invented
    assert times.parse_date("13.04.24") is None
    assert times.parse_date("04/07/26 12:30") is None


def _bullet_page(heads: list[str], bodies: list[str]) -> str:
    lines = ["뉴스", "", "총선 개표 상황 실시간 전합니다", "", "송고시간 2024-04-10 23:48", ""]
    for c, h, b in zip(["23:48", "22:56", "21:15", "18:05", "18:00"], heads, bodies):
        lines += [f"* {c} {h}", "", b, ""]
    return "\n".join(lines + ["", "많이 본 뉴스"])


def test_bulleted_clock_and_short_title_over_text_opens_a_titled_post():
    doc = newsclean.parse(_bullet_page(_KO_HEADS, _KO_BODY), format="text")
    assert [p.headline for p in doc.posts] == _KO_HEADS
    assert [p.published for p in doc.posts][:2] == ["2024-04-10T23:48", "2024-04-10T22:56"]
    assert all(b.text not in _KO_HEADS for p in doc.posts for b in p.blocks)


def test_one_word_after_a_bulleted_clock_is_no_headline():
    # near miss: a single word after the clock is not taken as a title
    heads = ["속보"] * 5
    doc = newsclean.parse(_bullet_page(heads, _KO_BODY), format="text")
    assert all(p.headline is None for p in doc.posts)


def test_timeline_index_of_clocks_and_titles_is_still_removed():
    # near miss for the sentence test: an index alternates "* time" and titles (no full stop)
    index = ["* 23:48", "Votes counted in the capital", "* 22:56", "Party leader speaks to supporters",
             "* 21:15", "Count passes a third of the votes"]
    body = ["23:48", "Votes counted", "", "The count in the capital finished late on Wednesday night, officials said.", ""]
    text = "\n".join(["Election live", ""] + index + [""] + body * 1 + ["22:10", "Turnout", "",
                      "Turnout reached its highest level in three decades, the commission said.", ""])
    doc = newsclean.parse(text, format="text")
    assert not any(p.headline == "Party leader speaks to supporters" for p in doc.posts)


_ES_POSTS = [("Ana Gómez 20:14", "Cierre de la jornada electoral", "Las autoridades cerraron las mesas en todo el país y comenzó el recuento de los votos."),
             ("Pablo Díaz 19:30", "Votó Mario López", "El candidato votó en una escuela del centro de la ciudad acompañado por su familia."),
             ("Ana Gómez 17:05", "La participación supera el 60%", "Según la autoridad electoral, la participación superaba el sesenta por ciento a media tarde."),
             ("Pablo Díaz 12:40", "Abrieron las mesas", "Más de treinta millones de personas están habilitadas para votar en esta segunda vuelta.")]


def _signed_stamp_page(posts) -> str:
    lines = ["Diario", "", "Elecciones 2023, en vivo: los resultados minuto a minuto", "", "EN VIVO 4 actualizaciones", ""]
    for stamp, head, body in posts:
        lines += [stamp, head, "", body, "", "Me gusta Compartir"]
    return "\n".join(lines + ["", "Últimas noticias"])


def test_author_before_the_clock_then_headline_opens_posts():
    doc = newsclean.parse(_signed_stamp_page(_ES_POSTS), format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == [h for _, h, _ in _ES_POSTS]
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Ana Gómez"], ["Pablo Díaz"], ["Ana Gómez"], ["Pablo Díaz"]]
    assert [p.published for p in doc.posts][0].endswith("20:14")  # type: ignore[union-attr]


def test_author_and_clock_closing_posts_open_none():
    # near miss: "Name 20:14" under each post's text signs it off; the headlines open the posts
    lines = ["Diario", "", "Elecciones 2023: la jornada", ""]
    for stamp, head, body in _ES_POSTS:
        lines += [head, "", body, "", stamp, ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    # (were the closing stamps openers, the next post's headline would sit under the previous author)
    assert not any(p.headline == _ES_POSTS[1][1] and [b.name for b in p.bylines] == ["Ana Gómez"] for p in doc.posts)
    assert not any(p.published and p.published.endswith("20:14") and p.headline == _ES_POSTS[1][1] for p in doc.posts)


def test_caseless_title_is_headline_shaped_and_caseless_sentence_is_not():
    from newsclean import shapes

    for title in ["투표 시작", "הקבינט המלחמתי מתכנס", "مجلس الأمن يعقد جلسة طارئة", "賴清德宣布勝選"]:
        assert shapes.is_headline_shaped(title)
    # near miss: a caseless body sentence ending in a sentence mark
    for sentence in ["전국 투표소에서 투표가 시작됐다.", "הקבינט יתכנס בשעות הקרובות.", "賴清德在競選總部發表談話。"]:
        assert not shapes.is_headline_shaped(sentence)


def test_full_width_colon_and_comma_close_a_cjk_line_like_ascii_ones():
    from newsclean import shapes

    assert shapes.ends_sentence("中選會開票進度過半，各組候選人得票如下：")
    assert not shapes.is_headline_shaped("中選會開票進度過半，各組候選人得票如下：")
    # near miss: a full-width colon inside a title does not end it
    assert shapes.is_headline_shaped("柯文哲：感謝支持者")


def test_words_of_scripts_without_spaces():
    from newsclean.writing_systems import unspaced_words
    assert unspaced_words("ปิดหีบเลือกตั้งทั่วประเทศ", 1) == 5       # Thai: a word per five characters
    assert unspaced_words("東京都知事選挙", 1) == 2                     # Han: a word per three
    assert unspaced_words("Polls close at eight", 4) == 4              # near miss: spaced words as counted


# -- invisible characters: spelling in some scripts, noise in others ------------------------------

def test_zero_width_non_joiner_is_persian_spelling_and_stays():
    from newsclean import shapes
    assert shapes.clean("رای\u200cگیری در تهران") == "رای\u200cگیری در تهران"
    assert shapes.clean("👨\u200d👩\u200d👧 family") == "👨\u200d👩\u200d👧 family"


def test_near_miss_joiners_in_latin_text_and_zero_width_spaces_go():
    from newsclean import shapes
    assert shapes.clean("\u200cBreaking\u200d news\u200b today\ufeff") == "Breaking news today"


def test_persian_headline_keeps_its_joiners_end_to_end():
    import newsclean
    text = ("اخبار زنده انتخابات\n\n۲۱:۴۰\nرای\u200cگیری در تهران ادامه دارد\n"
            "صف\u200cهای طولانی در شعبه\u200cهای رای\u200cگیری دیده می\u200cشود.\n")
    doc = newsclean.parse(text, format="text")
    joined = "\n".join([doc.title or ""] + [b.text for p in doc.posts for b in p.blocks] + [p.headline or "" for p in doc.posts])
    assert "رای\u200cگیری" in joined and "رایگیری" not in joined
