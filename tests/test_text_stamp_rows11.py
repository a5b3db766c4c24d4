"""Stamp rows of round 11's classes, on hand-written pages shaped like real templates: a clock
behind the language's word for hour (CLDR unit names: Khmer "ម៉ោង ៩:០៥ យប់"), an author's name
in a script without case before a clock ("ਮਨਦੀਪ ਕੌਰ ਸੰਧੂ 2:40 p.m.", an embedded feed's rows),
and clocks leading the questions of a Q&A written into an article ("10:05 – Q: ...?"), which
are no posts. Each rule with a near miss."""
from __future__ import annotations

import newsclean
from newsclean import calendar_hour, times


def _parse(text: str):
    return newsclean.parse(text, format="text")


# -- 1. the word for hour before a clock --------------------------------------------------------

def test_the_language_word_for_hour_is_part_of_the_stamp():
    for line, lang, hour in [("ម៉ោង ៩:០៥ យប់", "km", 21), ("ម៉ោង ២:១៥ រសៀល", "km", 14), ("ម៉ោង ១០:២០ ព្រឹក", None, 10)]:
        mark = times.parse_time_line(line, lang=lang)
        assert mark is not None and (mark.hour, mark.lead) == (hour, ""), line
    assert calendar_hour.is_hour_word("ម៉ោង", "km") and calendar_hour.is_hour_word("saat", "tr")


def test_another_word_before_a_clock_stays_a_lead():
    mark = times.parse_time_line("ទូក ៩:០៥", lang="km")  # "boat 9:05": not the word for hour
    assert mark is not None and mark.lead == "ទូក"
    assert not calendar_hour.is_hour_word("ទូក", "km") and not calendar_hour.is_hour_word("ម៉ោង", "de")


KHMER_BODIES = ["កម្លាំងសមត្ថកិច្ចបានដាក់ពង្រាយនៅតាមដងវិថី ដើម្បីរក្សាសណ្ដាប់ធ្នាប់ និងសុវត្ថិភាពជូនប្រជាពលរដ្ឋ។",
                "ទូកចំនួន ៦៨ គូ បានប្រកួតប្រជែងគ្នានៅរសៀលនេះ ហើយទូកមកពីខេត្តកំពង់ចាមឈ្នះច្រើនជាងគេ។",
                "ក្រសួងទេសចរណ៍បានឱ្យដឹងថា មានភ្ញៀវជាតិ និងអន្តរជាតិជាងពីរលាននាក់ មកចូលរួមពិធីបុណ្យនេះ។",
                "ការប្រណាំងទូកថ្ងៃទីពីរ បានចាប់ផ្ដើមនៅព្រឹកនេះ នៅមុខព្រះបរមរាជវាំង ក្នុងរាជធានីភ្នំពេញ។"]


def test_khmer_clock_rows_open_posts():
    clocks = ["ម៉ោង ៦:៤០ ល្ងាច", "ម៉ោង ២:១៥ រសៀល", "ម៉ោង ១០:២០ ព្រឹក", "ម៉ោង ៧:៣០ ព្រឹក"]
    lines = ["ផ្សាយផ្ទាល់៖ ពិធីបុណ្យអុំទូក ថ្ងៃទី២", "",
             "ថ្មីៗ នឹងផ្សាយផ្ទាល់ព័ត៌មានថ្មីៗអំពីពិធីបុណ្យអុំទូក ថ្ងៃទី២ នៅរាជធានីភ្នំពេញ។", ""]
    for clock, body in zip(clocks, KHMER_BODIES):
        lines += [clock, "", body, ""]
    doc = _parse("\n".join(lines))
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published for p in doc.posts] == ["18:40", "14:15", "10:20", "07:30"]


# -- 2. a caseless name before the clock ---------------------------------------------------------

PUNJABI_BODIES = ["ਚਾਰੇ ਸੀਟਾਂ ਦੇ ਨਤੀਜੇ ਐਲਾਨੇ ਗਏ ਹਨ। ਆਮ ਆਦਮੀ ਪਾਰਟੀ ਨੇ ਤਿੰਨ ਅਤੇ ਕਾਂਗਰਸ ਨੇ ਇੱਕ ਸੀਟ ਜਿੱਤੀ ਹੈ।",
                  "ਗਿੱਦੜਬਾਹਾ ਤੋਂ ਉਮੀਦਵਾਰ ਵੱਡੇ ਫਰਕ ਨਾਲ ਜੇਤੂ ਰਹੇ। ਸਮਰਥਕਾਂ ਨੇ ਜਸ਼ਨ ਮਨਾਏ।",
                  "ਬਰਨਾਲਾ ਸੀਟ ’ਤੇ ਮੁਕਾਬਲਾ ਫਸਵਾਂ ਹੈ। ਕਾਂਗਰਸ ਦੇ ਉਮੀਦਵਾਰ ਥੋੜ੍ਹੇ ਫਰਕ ਨਾਲ ਅੱਗੇ ਹਨ।",
                  "ਚਾਰ ਵਿਧਾਨ ਸਭਾ ਹਲਕਿਆਂ ਵਿੱਚ ਵੋਟਾਂ ਦੀ ਗਿਣਤੀ ਸ਼ੁਰੂ ਹੋ ਗਈ ਹੈ। ਪਹਿਲਾਂ ਡਾਕ ਵੋਟਾਂ ਗਿਣੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ।"]
PUNJABI_CLOCKS = ["4:05 p.m.", "2:40 p.m.", "12:15 p.m.", "8:05 a.m."]


def _punjabi_feed(names: list[str]) -> str:
    lines = ["ਜ਼ਿਮਨੀ ਚੋਣਾਂ ਦੇ ਨਤੀਜੇ LIVE: ਚਾਰ ਸੀਟਾਂ ਦੀ ਗਿਣਤੀ", "",
             "ਪੰਜਾਬ ਦੀਆਂ ਚਾਰ ਵਿਧਾਨ ਸਭਾ ਸੀਟਾਂ ਦੀਆਂ ਜ਼ਿਮਨੀ ਚੋਣਾਂ ਦੇ ਨਤੀਜੇ ਅੱਜ ਆਉਣਗੇ। ਪਲ-ਪਲ ਦੀ ਅਪਡੇਟ ਲਈ ਜੁੜੇ ਰਹੋ।", "",
             "ਜ਼ਿਮਨੀ ਚੋਣਾਂ 2024 Live"]
    for name, clock, body in zip(names, PUNJABI_CLOCKS, PUNJABI_BODIES):
        lines += [f"{name} {clock}", "", body, ""]
    lines += ["Show more Powered by the feed", ""]
    return "\n".join(lines)


def test_caseless_names_before_clocks_open_posts_where_they_repeat():
    doc = _parse(_punjabi_feed(["ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਕਾਹਲੋਂ", "ਮਨਦੀਪ ਕੌਰ ਸੰਧੂ"] * 2))
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[-5:] for p in doc.posts] == ["16:05", "14:40", "12:15", "08:05"]
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["ਹਰਪ੍ਰੀਤ ਸਿੰਘ ਕਾਹਲੋਂ"], ["ਮਨਦੀਪ ਕੌਰ ਸੰਧੂ"]] * 2
    assert [p.blocks[0].text for p in doc.posts] == PUNJABI_BODIES


def test_caseless_words_before_clocks_that_never_repeat_open_no_posts():
    # four different two-word phrases before the clocks: nothing says they are authors
    doc = _parse(_punjabi_feed(["ਵੋਟਾਂ ਦੀ", "ਗਿਣਤੀ ਸ਼ੁਰੂ", "ਨਤੀਜੇ ਆਏ", "ਸੀਟਾਂ ਜਿੱਤੀਆਂ"]))
    assert doc.kind == "article"


# -- 3. clocks leading the questions of a Q&A ----------------------------------------------------

QA = [("10:05", "Izivivinyo ziqala nini futhi ziphela nini?", "Izivivinyo ziqala ngomhla ziyi-21 kuMfumfu ziphele ngoZibandlela."),
      ("10:18", "Kwenzekani uma umfundi egula ngosuku lwesivivinyo?", "Umfundi kumele alethe isitifiketi sikadokotela esikoleni sakhe."),
      ("10:31", "Ngabe abafundi bangawaphatha omakhalekhukhwini?", "Cha, noma yimuphi umfundi otholakala enawo uzojeziswa kanzima."),
      ("10:47", "Bangaki abafundi ababhalayo kulo nyaka?", "Sekukonke bangaphezu kuka-880 000 abafundi ababhalisile kulo nyaka.")]


def _qa_page(head: str, answer: str, question_mark: str = "?") -> str:
    lines = ["Imibuzo nezimpendulo: Konke okumele ukwazi ngezivivinyo", "",
             "UMnyango wezeMfundo uphendule imibuzo yabafundi nabazali ngesikhathi sohlelo lomsakazo.", ""]
    for clock, q, a in QA:
        lines += [f"{clock} – {head}{q[:-1]}{question_mark}", "", f"{answer}{a}", ""]
    return "\n".join(lines)


def test_clocks_leading_every_question_of_a_qa_open_no_posts():
    assert _parse(_qa_page("Umbuzo: ", "Impendulo: ")).kind == "article"
    assert _parse(_qa_page("Umbuzo: ", "Impendulo: ", ".")).kind == "article"  # the answers' own lead


def test_one_lead_word_after_every_clock_is_no_qa_without_questions_or_answers():
    # the same word after each clock, but statements, and text under them with no lead of its own
    doc = _parse(_qa_page("Umbuzo: ", "", "."))
    assert doc.kind == "liveblog"


def test_clocks_leading_varied_headlines_stay_a_feed():
    # no lead word repeated after the clocks: "7:53 am: Title" over each post's text
    lines = ["Live: the count in the province", "", "Follow the results as they come in tonight.", ""]
    heads = ["Polls close across the province", "First results from the north", "Turnout above seventy per cent",
             "Premier speaks to supporters"]
    for (clock, _, a), h in zip(QA, heads):
        lines += [f"{clock} – {h}", "", a, ""]
    doc = _parse("\n".join(lines))
    assert doc.kind == "liveblog" and len(doc.posts) == 4
