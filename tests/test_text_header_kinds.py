"""Scraped text, the header of a live page: a title behind a kicker and a bar, a standfirst in a
script with its own full stop, a cookie sentence above the title, and the page's opening time
printed like the posts' stamps over its standfirst (`text_header`, `text_standfirst`)."""
import newsclean
from newsclean import times
from newsclean.text_header import _kicker_bar
from newsclean.text_lines import Line
from newsclean.text_standfirst import page_update_row_first

POSTS = [
    ("22:40", "Turnout passes sixty per cent", ("The electoral commission said turnout had passed sixty per cent "
     "at ten in the evening, the highest figure since the first free elections.")),
    ("21:15", "Polls close across the region", ("Polling stations closed at nine, and the first results are "
     "expected within the hour, officials said at a press conference.")),
    ("20:05", "Queues at city centre stations", ("Long queues formed outside several polling stations in the "
     "city centre as voters arrived after work, witnesses said.")),
    ("19:30", "Leaders cast their votes", ("The main candidates voted in their home towns in the morning and "
     "called on supporters to turn out in large numbers before the polls close.")),
]


def _page(title: str, *, date_line: str = "Sunday, 18 February 2024 · 19:45", top: str = "") -> str:
    lines = ([top, ""] if top else []) + ["News Politics Society Economy Culture Sport", "", title, "",
                                          date_line, "",
                                          "We follow the election night minute by minute.", ""]
    for clock, head, body in POSTS:
        lines += [clock, "", head, "", body, ""]
    lines += ["© 2024 Example Daily"]
    return "\n".join(lines)


def test_kicker_and_bar_before_the_title():
    title = "Live | Regional elections: the governing party keeps its majority"
    doc = newsclean.parse(_page(title), format="text")
    assert doc.kind == "liveblog" and doc.title == title


def test_bars_that_are_no_kicker():
    # near misses: a menu of items parted by bars; a title and the site's name after the bar
    assert _kicker_bar("Live | Regional elections: the governing party keeps its majority")
    assert not _kicker_bar("Live | Regional elections | Results | Maps and charts")
    assert not _kicker_bar("Regional elections: the governing party keeps its majority | Example Daily")


def test_cookie_sentence_above_the_title_is_no_summary():
    top = "This site uses cookies to improve your experience."
    doc = newsclean.parse(_page("Regional elections: the governing party keeps its majority", top=top), format="text")
    assert top not in doc.summary
    assert any(r.text == top for r in doc.removed)


def test_sentence_without_cookies_above_the_title_stays():
    # near miss: a sentence that names no cookies stays the page's text
    top = "This site is read by a million people every month."
    doc = newsclean.parse(_page("Regional elections: the governing party keeps its majority", top=top), format="text")
    assert not any(r.text == top and r.rule == "chrome.cookies" for r in doc.removed)


STAMPED = [("18 September 2023, 00:40", "Results from all districts", ("The commission published results from "
            "all districts shortly after midnight, with the ruling party ahead.")),
           ("17 September 2023, 23:15", "Half the districts counted", ("More than half of the district protocols "
            "have been counted, the commission said on its website.")),
           ("17 September 2023, 20:05", "Voting ends", ("Polling stations closed at eight and counting began "
            "immediately in the presence of observers from several parties.")),
           ("17 September 2023, 14:10", "Turnout at two o'clock", ("Turnout stood at eighteen per cent at two in "
            "the afternoon, slightly lower than at the last election."))]


def _stamped(opening: str) -> str:
    lines = ["Menu", "", "City council elections: live coverage", "", opening, "",
             "Voters in the capital elect a new city council today. We follow the vote.", ""]
    for stamp, head, body in STAMPED:
        lines += [stamp, "", head, "", body, ""]
    return "\n".join(lines)


def test_opening_time_over_the_standfirst_is_no_post():
    doc = newsclean.parse(_stamped("17 September 2023, 08:00"), format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == [h for _, h, _ in STAMPED]


def test_first_stamp_newer_than_the_next_is_a_post():
    # near miss: a stamp newer than the ones below it is the newest post, not the page's opening
    doc = newsclean.parse(_stamped("18 September 2023, 01:30"), format="text")
    assert len(doc.posts) == len(STAMPED) + 1


def _update_row(row: str) -> str:
    lines = ["Menu", "", "City council elections: live coverage", "",
             "Voters in the capital elect a new city council today. We follow the vote.", "", row]
    for stamp, head, body in STAMPED:
        lines += [stamp, "", head, "", body, ""]
    return "\n".join(lines)


def test_published_and_updated_row_over_the_first_post_is_header():
    doc = newsclean.parse(_update_row("17 September 2023, 08:00 Last updated 18 September 2023, 00:40"), format="text")
    assert [p.headline for p in doc.posts] == [h for _, h, _ in STAMPED]


def _marked(texts: list[str]) -> list[Line]:
    return [Line(k, k, t, mark=times.parse_time_line(t)) for k, t in enumerate(texts)]


def test_update_row_reader():
    body = "More than half of the district protocols have been counted."
    # (an Estonian row: "Viimati uuendatud", last updated)
    texts = ["17.09.2023 08:00 Viimati uuendatud 18.09.2023 00:40", "18.09.2023 00:40", body,
             "17.09.2023 23:15", body, "17.09.2023 20:05", body, "17.09.2023 14:10", body]
    lines = _marked(texts)
    assert page_update_row_first(lines, [0, 3, 5, 7]) == 1
    # near misses: words after the stamp that are no stamp of their own; text under the row
    texts[0] = "17.09.2023 08:00 Valimisjaoskonnad avati linnas"
    assert page_update_row_first(_marked(texts), [0, 3, 5, 7]) is None
    texts[0] = "17.09.2023 08:00 Viimati uuendatud 18.09.2023 00:40"
    texts[1] = body
    assert page_update_row_first(_marked(texts), [0, 3, 5, 7]) is None
