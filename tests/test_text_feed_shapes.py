"""Feed shapes of the text front (textcls): a pinned copy whose pin marker shifted its fields;
a label printed after the stamp's clock over the real headline; posts closed by a name and
clock row; reaction rows and counted rows left under the last post; an article's byline and
date row. Each with a near miss."""
import newsclean

from support import TRAIN_BODIES as BODIES, TRAIN_CLOCKS as CLOCKS, TRAIN_HEADS as HEADS
NAMES = ["Maria Keller", "Jonas Brandt", "Maria Keller", "Jonas Brandt", "Maria Keller"]


def _pinned_feed(top_clock: str) -> str:
    lines = ["Train crash: live updates", "", "01.03.2023 08:30", ""]
    # the copy on top: a pin marker over the post's own label, the label then the headline
    lines += ["Pinned", f"{top_clock}", NAMES[2], "Important", "", HEADS[2], "", BODIES[2], "Share"]
    for k, (clock, head, body, name) in enumerate(zip(CLOCKS, HEADS, BODIES, NAMES)):
        lines += [clock, name] + (["Important"] if k == 2 else []) + ["", head, "", body, "", "Share"]
    return "\n".join(lines)


def test_a_pinned_copy_with_shifted_fields_goes():
    doc = newsclean.parse(_pinned_feed("12:10"), format="text")
    assert [p.headline for p in doc.posts] == HEADS
    assert doc.posts[2].label == "Important"
    assert any(r.rule == "post.pinned-copy" for r in doc.removed)


def test_a_shifted_lookalike_at_another_time_stays():
    # near miss: the same lines at another time are a post of their own
    doc = newsclean.parse(_pinned_feed("14:30"), format="text")
    assert len(doc.posts) == len(HEADS) + 1
    assert not any(r.rule == "post.pinned-copy" for r in doc.removed)


def _labelled_feed(first_words: str, with_title: bool) -> str:
    lines = ["Train crash: live updates", "", "01.03.2023", ""]
    for k, (clock, head, body) in enumerate(zip(CLOCKS, HEADS, BODIES)):
        if k == 1:
            lines += [f"{clock} hrs {first_words}", ""] + ([head, ""] if with_title else []) + [body, ""]
        else:
            lines += [f"{clock} hrs", "", head, "", body, ""]
    return "\n".join(lines)


def test_words_after_the_clock_over_a_longer_title_are_a_label():
    doc = newsclean.parse(_labelled_feed("Top story", True), format="text")
    assert [p.headline for p in doc.posts] == HEADS
    assert doc.posts[1].label == "Top story"
    assert doc.posts[1].text == BODIES[1]


def test_words_after_the_clock_over_body_text_are_the_headline():
    # near miss: no title line under the words: they are the post's headline
    doc = newsclean.parse(_labelled_feed("Toll rises again", False), format="text")
    assert doc.posts[1].headline == "Toll rises again" and doc.posts[1].label is None


def _reaction_feed(row: str) -> str:
    lines = ["Train crash: live updates", "", "01.03.2023", ""]
    for k, (clock, head, body) in enumerate(zip(CLOCKS, HEADS, BODIES)):
        lines += [clock, "", head, "", body, "", row.replace("#", str(3 + 4 * k))]
    return "\n".join(lines + ["", "Most read", "", "1. Another story", "", "© Example Media"])


def test_a_repeated_reaction_row_with_counts_goes():
    doc = newsclean.parse(_reaction_feed("👍 #Share"), format="text")
    assert [p.text for p in doc.posts] == BODIES
    assert any(r.rule == "chrome.repeated" and r.text.startswith("👍") for r in doc.removed)


def test_a_repeated_pictograph_line_with_words_is_no_reaction_row():
    # near miss: a pictograph before a count with words is no counter row
    doc = newsclean.parse(_reaction_feed("⚽ Goal for the home side #"), format="text")
    assert not any(r.rule == "chrome.repeated" for r in doc.removed)


AUTHORS = ["Alex Moreau", "Tonda Pike", "Alex Moreau", "Tonda Pike"]
PM = ["11:58 PM", "10:31 PM", "9:30 PM", "8:05 PM"]


def _closed_feed(bodies: list[str]) -> str:
    lines = ["Subscribe Log in", "Election night: live", "", "Star staff Mon., Oct. 21, 2019", "",
             "Follow our live coverage of the results below.", ""]
    for body, name, clock in zip(bodies, AUTHORS, PM):
        lines += [body, "", f"{name} {clock} Tweet Share", ""]
    return "\n".join(lines + ["Load More Posts", "", "Top Stories", "", "1. Results by riding", "", "© Example News"])


def test_posts_closed_by_an_author_and_clock_row():
    doc = newsclean.parse(_closed_feed(BODIES[:4]), format="text")
    assert doc.kind == "liveblog"
    assert [p.text for p in doc.posts] == BODIES[:4]
    assert [p.bylines[0].name for p in doc.posts] == AUTHORS
    assert doc.posts[0].published.startswith("2019-10-21T23:58")
    assert doc.posts[3].published.startswith("2019-10-21T20:05")


def test_author_and_clock_rows_under_short_lines_open_no_posts():
    # near miss: rows under a few words each (a comment list) close no posts
    doc = newsclean.parse(_closed_feed(["Great work!", "Agreed.", "So true", "Thanks"]), format="text")
    assert doc.kind == "article"


def _article(row: str) -> str:
    return "\n".join(["Example Daily", "News Sport Opinion", "", "Floods kill five in the lake region", "", row, "",
                      BODIES[0], "", BODIES[1], "", BODIES[2], "", BODIES[3], "", "Share Facebook", "",
                      "Most read", "", "1. Another story", "", "© 2024 Example Media"])


def test_an_article_byline_and_date_row_is_header():
    doc = newsclean.parse(_article("By Ruth Atieno 12 August 2024 10:30"), format="text")
    assert doc.kind == "article"
    assert [b.name for b in doc.posts[0].bylines] == ["Ruth Atieno"]
    assert "Atieno" not in doc.posts[0].text
    assert any(r.text == "By Ruth Atieno 12 August 2024 10:30" for r in doc.removed)


def test_a_sentence_with_a_date_under_the_title_stays_text():
    # near miss: words before the date that are no byline stay the article's text
    row = "Rain fell on 12 August 2024 10:30"
    doc = newsclean.parse(_article(row), format="text")
    assert not doc.posts[0].bylines
    assert not any(r.text == row for r in doc.removed)


def _last_post_feed(tail: list[str]) -> str:
    lines = ["Train crash: live updates", "", "01.03.2023", ""]
    for clock, head, body in zip(CLOCKS, HEADS, BODIES):
        lines += [clock, "", head, "", body, ""]
    return "\n".join(lines + tail + ["", "Load older posts", "", "Most read", "", "1. Another story", "",
                                     "© Example Media"])


def test_a_counted_list_under_the_last_post_stays_its_text():
    doc = newsclean.parse(_last_post_feed(["* North: 31 %", "* South: 21 %", "* East: 11 %", "* West: 8 %"]),
                          format="text")
    assert doc.posts[-1].blocks[-1].items == ("North: 31 %", "South: 21 %", "East: 11 %", "West: 8 %")


def test_a_list_of_titles_under_the_last_post_is_footer():
    # near miss: list items that are titles (no counts) are the page's links
    items = ["* Bus fares to rise in April", "* Airport expansion plan delayed", "* New cycle lanes for the centre",
             "* Council budget approved"]
    doc = newsclean.parse(_last_post_feed(items), format="text")
    assert doc.posts[-1].text == BODIES[-1]


SHORT = ["The river rose two metres overnight, the agency said on Tuesday.",
         "Fourteen people were moved from their homes in the low streets.",
         "The mayor asked residents to follow the town's notices.",
         "Forecasters expect the water to keep rising for two more days.",
         "Warm weather will speed the melting of the ice upstream."]


def _short_article(middle: str) -> str:
    lines = ["Example News", "", "Ice jam floods streets in the river town", "", "By Ilze Kalna", ""]
    for k, p in enumerate(SHORT):
        lines += [p, ""] + ([middle, ""] if k == 1 and middle else [])
    return "\n".join(lines + ["floods river", "", "Elsewhere on the site", "", "* Ice starts moving upstream 10.03.2024 17:40",
                              "* Rescuers warn of floods 08.03.2024 12:05", "Share Facebook Share X", "",
                              "Top picks", "", "1. How taxes change", "", "© Example Media"])


def test_an_article_of_short_paragraphs_ends_at_its_text():
    doc = newsclean.parse(_short_article(""), format="text")
    assert doc.kind == "article"
    assert [b.text for b in doc.posts[0].blocks] == SHORT


def test_a_dated_story_link_between_paragraphs_goes():
    link = "Read more Floods in town: what to do 11.03.2024 09:15"
    doc = newsclean.parse(_short_article(link), format="text")
    assert [b.text for b in doc.posts[0].blocks] == SHORT
    assert link in {r.text for r in doc.removed}


def test_a_dated_subheading_without_a_clock_stays():
    # near miss: a heading with a date and no clock is the article's own
    head = "What the agency said on 11.03.2024"
    doc = newsclean.parse(_short_article(head), format="text")
    assert head in doc.posts[0].text


APPEAL = "Our newsroom is funded by its readers, and every gift keeps it going for another day."


def test_removed_furniture_counts_in_the_run_that_ends_the_last_post():
    tail = ["Share Facebook Share X", "Advertisement", "Sign up for our newsletter", "Support us", "", APPEAL]
    doc = newsclean.parse(_last_post_feed(tail), format="text")
    assert doc.posts[-1].text == BODIES[-1]


def test_a_short_line_then_text_is_still_the_last_post():
    # near miss: one short line between two sentences is the post's own
    doc = newsclean.parse(_last_post_feed(["Update", "", APPEAL]), format="text")
    assert APPEAL in doc.posts[-1].text


def _poll_feed(box: list[str]) -> str:
    lines = ["Train crash: live updates", "", "01.03.2023", ""]
    for k, (clock, head, body) in enumerate(zip(CLOCKS, HEADS, BODIES)):
        lines += [clock, "", head, "", body, ""] + (box + [""] if k == 1 else [])
    return "\n".join(lines)


def test_a_readers_poll_with_its_tally_goes():
    box = ["Did you take the train today?", "* Yes", "* No", "Vote Voted by 8,211 readers"]
    doc = newsclean.parse(_poll_feed(box), format="text")
    assert doc.posts[1].text == BODIES[1]
    assert {r.text for r in doc.removed if r.rule == "chrome.poll"} >= {box[0], box[3]}


def test_a_mood_meter_of_glued_buttons_goes():
    doc = newsclean.parse(_poll_feed(["How does this make you feel?", "HappySadAngry"]), format="text")
    assert doc.posts[1].text == BODIES[1]


def test_a_question_over_a_list_without_a_tally_stays():
    # near miss: the text asks and lists its answers, no count under them
    box = ["Which lines are closed?", "* North line", "* Coast line", "Trains will run again on Monday, the operator said."]
    doc = newsclean.parse(_poll_feed(box), format="text")
    assert "Which lines are closed?" in doc.posts[1].text and "North line" in doc.posts[1].text
