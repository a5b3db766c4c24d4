"""Scraped text: a timeline box of dated steps inside an article (`text_dated_index`), and the
byline/date row under an article's title whose date opens with its weekday (`text_article_rows`)."""
import newsclean

PARAS = [
    ("The regional government said on Sunday that the second phase of the rebuilding programme had begun "
    "in the six provinces hit by the earthquake last year, a year after the disaster."),
    ("Official figures show that more than 55,000 families have received direct support, while building "
    "work continues in dozens of mountain villages that roads reach only in summer."),
    ("Residents, however, complained about the slow pace of the work, saying they were still living in tents "
    "although winter was approaching and the first snow had already fallen on the peaks."),
    ("An official of the province said that the rough terrain and rising prices of building materials had "
    "slowed progress in some areas, and that more crews would be sent before the end of the month."),
]
BOX = ["Timeline", "* 8 September 2023", "Earthquake of magnitude 6.8 strikes the province",
       "* 20 September 2023", "Rebuilding and direct support programme launched",
       "* 15 January 2024", "First rebuilt homes handed over", "* 8 September 2024", "Second phase begins"]


def _article(box: list[str]) -> str:
    lines = ["News Politics Economy Sport", "",
             "A year after the earthquake, rebuilding enters its second phase", "",
             "By Hana Idrissi 8 September 2024 10:00", "", PARAS[0], "", PARAS[1], ""]
    lines += [x for b in box for x in (b, "")]
    lines += ["Criticism of the pace of work", "", PARAS[2], "", PARAS[3], "", "© 2024 Example Press"]
    return "\n".join(lines)


def _texts(doc):
    return [b.text for p in doc.posts for b in p.blocks]


def test_timeline_box_inside_an_article_is_an_index():
    doc = newsclean.parse(_article(BOX), format="text")
    assert doc.kind == "article"
    body = _texts(doc)
    assert PARAS[3] in body and PARAS[2] in body          # the text goes on past the box
    assert not any("September 2023" in t or "Second phase begins" in t or t == "Timeline" for t in body)
    removed = {r.text for r in doc.removed if r.rule == "chrome.timeline-index"}
    assert {"* 8 September 2023", "First rebuilt homes handed over", "Timeline"} <= removed


def test_two_dated_steps_are_no_box():
    # near miss: two dated items are a short list in the text, not an index
    doc = newsclean.parse(_article(BOX[:5]), format="text")
    assert not any(r.rule == "chrome.timeline-index" for r in doc.removed)


def test_dated_items_with_sentences_under_them_are_no_box():
    # near miss: a dated list whose items are followed by running sentences is the text's own
    sentences = ["* 8 September 2023", PARAS[0], "* 20 September 2023", PARAS[1],
                 "* 15 January 2024", PARAS[2]]
    doc = newsclean.parse(_article(sentences), format="text")
    assert not any(r.rule == "chrome.timeline-index" for r in doc.removed)


ARABIC = ["سياسة اقتصاد مجتمع", "",
          "سنة بعد الزلزال.. انطلاق المرحلة الثانية من إعادة الإعمار", "",
          "محمد الراجي الأحد 8 شتنبر 2024 - 10:00", "",
          ("بعد مرور سنة على الزلزال، أعلنت السلطات انطلاق المرحلة الثانية من برنامج إعادة إعمار المساكن "
          "المتضررة في الأقاليم الستة المعنية بحسب بلاغ رسمي."), "",
          ("وأفادت معطيات رسمية بأن أكثر من 55 ألف أسرة استفادت من الدعم المباشر، فيما تتواصل أشغال البناء "
          "في عشرات الدواوير الجبلية التي يصعب الوصول إليها في الشتاء."), "",
          ("وقال مسؤول بعمالة الإقليم إن صعوبة التضاريس وارتفاع أسعار مواد البناء أثّرا على وتيرة التقدم في بعض "
          "المناطق، مضيفا أن فرقا إضافية ستلتحق بالورش قبل نهاية الشهر الجاري.")]


def test_row_of_caseless_words_weekday_and_date_is_header():
    doc = newsclean.parse("\n".join(ARABIC), format="text")
    assert doc.published is not None and doc.published.startswith("2024-09-08")   # Moroccan "شتنبر"
    assert not any("شتنبر" in t for t in _texts(doc))
    assert doc.posts[0].bylines == ()        # no capital says the words are a name: no one named


def test_row_with_a_sentence_before_the_date_stays():
    # near miss: words before the date that end a sentence are no byline row
    lines = list(ARABIC)
    lines[4] = "أعلنت السلطات الأحد 8 شتنبر 2024 - 10:00."
    doc = newsclean.parse("\n".join(lines), format="text")
    assert any("أعلنت السلطات" in t for t in _texts(doc))


ONE_LINE_BOX = ["Timeline", "* 8 September Earthquake of magnitude 6.8 strikes the province",
                "* 20 September Rebuilding and direct support programme launched",
                "* 15 January First rebuilt homes handed over"]


def _one_line_article(box: list[str]) -> str:
    lines = ["News Politics Economy Sport", "",
             "A year after the earthquake, rebuilding enters its second phase", "",
             "By Hana Idrissi 8 September 2024 10:00", "", PARAS[0], "", PARAS[1], "", box[0], ""]
    lines += box[1:] + [""]
    lines += ["Criticism of the pace of work", "", PARAS[2], "", PARAS[3], "", "© 2024 Example Press"]
    return "\n".join(lines)


def test_a_box_of_items_each_opening_with_its_date_is_an_index():
    doc = newsclean.parse(_one_line_article(ONE_LINE_BOX), format="text")
    assert doc.kind == "article"
    body = _texts(doc)
    assert PARAS[2] in body and PARAS[3] in body          # the text goes on past the box
    assert not any("Rebuilding and direct support" in t for t in body)
    removed = {r.text for r in doc.removed if r.rule == "chrome.timeline-index"}
    assert ONE_LINE_BOX[2] in removed


def test_near_miss_items_with_the_date_inside_are_the_text_s_list():
    box = ["What happened", "* The earthquake struck on 8 September at night",
           "* Rebuilding began on 20 September with direct support",
           "* The first homes were handed over on 15 January"]
    doc = newsclean.parse(_one_line_article(box), format="text")
    assert not any(r.rule == "chrome.timeline-index" for r in doc.removed)
