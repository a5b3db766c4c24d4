"""Text front: furniture around an article's or a live page's text (small pages written for these tests).

- a copyright line ("© 2024 Owner. <rights words>") ends the last post, however sentence-like;
- a phrase-pack prefix is found in a line of CJK text whose first "word" runs to a full-width mark;
- a related-stories box inside an article: the text resumes at a subheading over two paragraphs;
- the page's own numeric dates settle their order when the language is unknown;
- a byline row "Name date clock Updated: date clock" is header, a bare name its byline; the
  update stamp after a post's stamp is no text.
"""
from support import text_page

import newsclean
from newsclean.rules.phrase_text import first_word
from newsclean.text_date_order import first_date, page_day_first
from newsclean.text_header import DATELINE_RULE

BODIES = ["The regional council met again on Saturday evening to count the last of the postal ballots.",
          "Turnout reached sixty-one per cent by the afternoon, higher than at the previous election.",
          "The two largest parties both said they were confident of winning a majority of the seats.",
          "Polling stations opened at seven in the morning and queues formed outside several schools."]
HEADS = ["Council counts postal ballots", "Turnout above sixty per cent", "Both parties confident", "Polls open early"]
CLOCKS = ["21:40", "18:15", "14:30", "07:05"]


def parse(text: str, **kw) -> newsclean.Document:
    return newsclean.parse(text, format="text", **kw)


# --- copyright footer ------------------------------------------------------------------------

def _footed(footer: str) -> str:
    posts = [[c, h, b] for c, h, b in zip(CLOCKS, HEADS, BODIES)]
    posts[-1] += ["Share this", "Latest", footer]
    return text_page("Election night in the region, live", "Follow the count with us here tonight.", posts)


def test_copyright_line_ends_the_last_post():
    doc = parse(_footed("© 2024 regionaldaily media group. Some rights of the owner are reserved here."))
    assert doc.posts[-1].text == BODIES[-1]


def test_sentence_mentioning_copyright_stays():
    # near miss: a sentence of the post that names the sign later on is the post's text
    line = "The broadcaster said the footage was © its own and could not be shown by others tonight."
    posts = [[c, h, b] for c, h, b in zip(CLOCKS, HEADS, BODIES)]
    posts[-1].append(line)
    doc = parse(text_page("Election night in the region, live", "Follow the count with us here tonight.", posts))
    assert line in doc.posts[-1].text


# --- CJK first words -------------------------------------------------------------------------

def test_first_word_stops_at_full_width_marks():
    assert first_word("この記事は有料記事です。残り800文字。") == "この記事は有料記事です"
    assert first_word("来源：新华社") == "来源"
    assert first_word("東京都内で大雨が続いています") == "東京都内で大雨が続いています"  # near miss: no mark


def test_japanese_paywall_prompt_is_removed():
    posts = [["2024年10月27日 23時10分", "会見で首相が続投表明", "首相は党本部で記者団の取材に応じ、続投の意向を示した。"],
             ["2024年10月27日 21時40分", "野党が議席を伸ばす", "野党は公示前から大きく議席を伸ばす勢いだ。"],
             ["2024年10月27日 20時00分", "投票締め切り", "午後8時に投票が締め切られ、開票作業が始まった。",
              "この記事は有料記事です。残り800文字。有料会員になると続きをお読みいただけます。"]]
    doc = parse(text_page("【速報】衆院選の開票結果と各党の動き", "各党の動きを随時お伝えします。", posts))
    assert "有料" not in "\n".join(p.text for p in doc.posts)
    assert any(r.rule == "chrome.newsletter" for r in doc.removed)


# --- related box inside an article -----------------------------------------------------------

ARTICLE = """Regional Daily

News Politics Sport Culture

The council election ends with no majority for anyone

Dana Whitfield 12/05/2024 23:30 Updated 13/05/2024 00:15

The council election ended on Sunday with no party winning a majority of the seats in the chamber.

The largest party now needs the support of at least two smaller groups to form the next executive.

Related

* Results district by district 12/05/2024
* Live: election night 12/05/2024

The end of a long majority

For the first time in forty years the ruling alliance has lost its absolute majority in the council.

Turnout was fifty-eight per cent, three points higher than at the last council election in 2021.

Share Email
"""


def test_related_box_inside_an_article_and_the_text_after_it():
    doc = parse(ARTICLE)
    assert doc.kind == "article" and len(doc.posts) == 1
    text = doc.posts[0].text
    assert "Results district by district" not in text
    assert "The end of a long majority" in text and "Turnout was fifty-eight per cent" in text
    assert "Updated" not in text


def test_related_box_with_one_paragraph_after_it_ends_the_text():
    # near miss: a title and one paragraph after the box read as a teaser, not the text going on
    page = ARTICLE.replace("Turnout was fifty-eight per cent, three points higher than at the last council election in 2021.\n\n", "")
    text = parse(page).posts[0].text
    assert "The end of a long majority" not in text


# --- date order from the page ----------------------------------------------------------------

def test_page_day_first():
    assert page_day_first(["Published 12/05/2024", "Updated 13/05/2024 00:15"]) is True
    assert page_day_first(["Published 05/12/2024", "Updated 05/13/2024"]) is False
    assert page_day_first(["12/05/2024", "11/04/2024"]) is None  # near miss: nothing certain
    assert page_day_first(["13/05/2024", "05/13/2024"]) is None  # both orders: settles nothing


def test_first_date_in_the_page_order():
    assert str(first_date("Ana 12/05/2024 23:30 then 13/05/2024", None, True)) == "2024-05-12"
    assert str(first_date("Ana 12/05/2024 23:30 then 13/05/2024", None, None)) == "2024-05-13"


# --- byline rows -----------------------------------------------------------------------------

ROWED = """Regional Daily

Earthquake of magnitude 4.2 shakes the river valley

Ivana Horvat 22.03.2024. at 08:25 Updated: 22.03.2024. at 09:40

An earthquake of magnitude 4.2 struck the river valley on Friday morning, the seismological service said.

The epicentre was about ten kilometres south-west of the town, at a depth of ten kilometres below ground.

No injuries were reported, and firefighters are checking the damage to several older buildings in town.
"""


def test_byline_row_with_an_update_is_header():
    doc = parse(ROWED)
    assert doc.kind == "article"
    assert doc.posts[0].text.startswith("An earthquake of magnitude 4.2")
    assert [b.name for b in doc.posts[0].bylines] == ["Ivana Horvat"]


def test_row_with_a_sentence_after_the_dates_stays_text():
    # near miss: words after the second date that are no clock: not a row
    page = ROWED.replace("Updated: 22.03.2024. at 09:40", "Updated: 22.03.2024. with new figures")
    doc = parse(page)
    assert not any(r.rule == DATELINE_RULE for r in doc.removed)
    assert "Ivana Horvat" not in [b.name for b in doc.posts[0].bylines]


# --- the heading over a timeline index -------------------------------------------------------

def _timeline(heading: str) -> str:
    return f"""Regional Daily

Floods in the valley: the water is slowly going down

Karen Novak 16.09.2024 11:42

The river level in the town has been falling since Monday morning, and residents of flooded streets are returning home.

The mayor said the flood banks held, although the situation during the night had been critical for many hours.

{heading}
* 14.09, 22:00 Flood alarm in the town
* 15.09, 06:30 Bank breached upstream
* 15.09, 19:10 Hospital evacuated
* 16.09, 07:00 Water starts to fall

Soldiers worked through the night with residents to fill sandbags along the most threatened stretch of the bank.

The regional governor said the first emergency payments to flood victims would be made later this week.
"""


def test_heading_over_a_timeline_index_goes_with_it():
    doc = parse(_timeline("Flood timeline"))
    assert "Flood timeline" not in doc.posts[0].text
    assert "Soldiers worked through the night" in doc.posts[0].text


def test_sentence_over_a_timeline_index_stays():
    # near miss: a sentence of the text over the index is the text's
    line = "Here is how the flood unfolded over the weekend in the town."
    doc = parse(_timeline(line))
    assert line in doc.posts[0].text
