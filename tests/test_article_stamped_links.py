"""Boxes of stamped links inside a story (a short head over a list whose every item is a link and a
date or clock) point at other pages: they leave the body, recorded as ``article.related``. And a
timeline step may carry a clock beside its date. Near misses: a list of dated steps without links
(a timeline is for its own rule), a Q&A whose questions open with clocks, a paragraph with one
dated link, a dated link list with no head of its own, a box that is most of the page."""
from lxml import html as lxml_html

from newsclean.article_asides import drop_timelines, stamp_kind
from newsclean.article_linklists import drop_stamped_link_boxes
from newsclean.model import Removal

_PROSE = "".join(f"<p>{t}</p>" for t in (
    "Ministers from the region opened the summit on Wednesday with a call for closer trade links and shared power grids.",
    "The host said the talks would focus on digital payments, flood defences and the cost of food across member states.",
    "Delegations from partner countries are due to join the meeting on Friday for a session on maritime security.",
))


def _page(body: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><article><h1>Summit opens</h1><div class='content'>{body}</div>"
                                "</article></body></html>")


def _run(tree, lang: str | None = None) -> list[Removal]:
    removed: list[Removal] = []
    drop_stamped_link_boxes(tree, tree.find(".//h1"), removed, lang)
    return removed


_RELATED = ("<div class='x'><h3>Also on this</h3><ul>"
            "<li><a href='/a'>Leaders arrive for the summit</a> <span>08/10/2024</span></li>"
            "<li><a href='/b'>Capital gets ready for the meeting</a> <span>05/10/2024</span></li></ul></div>")


def test_links_closed_by_dates_under_a_head_leave_the_body():
    tree = _page(_PROSE + _RELATED)
    removed = _run(tree)
    assert [r.rule for r in removed] == ["article.related"]
    assert "Leaders arrive" not in tree.text_content() and "maritime security" in tree.text_content()


def test_clocked_links_to_a_live_page_with_a_more_line_leave_the_body():
    box = ("<div class='y'><div>&#128308; Follow live: the summit</div><ul>"
           + "".join(f"<li><span>{c}</span> <a href='/live/1'>{t}</a></li>"
                     for c, t in (("15:40", "Family photo taken"), ("14:10", "Opening ends"), ("13:30", "Leaders arrive")))
           + "</ul><a class='more'>See all »</a></div>")
    tree = _page(_PROSE[:300] + box + _PROSE[300:])
    assert [r.rule for r in _run(tree)] == ["article.related"]
    assert "Family photo" not in tree.text_content() and "See all" not in tree.text_content()


def test_dates_in_the_pages_month_names_and_clocks_are_stamps():
    assert stamp_kind("7 август, 21:10", "tg") == "date"
    assert stamp_kind("02.08.2024") == "date"
    assert stamp_kind("15:40") == "clock"
    assert stamp_kind("Schritt 3", "de") is None
    assert stamp_kind("10:05 – Question:") is None  # a clock and a word: no stamp


def test_near_miss_a_dated_list_without_links_stays():
    box = ("<div><h3>Dates</h3><ul><li><span>08/10/2024</span> Leaders arrive</li>"
           "<li><span>05/10/2024</span> Capital gets ready</li></ul></div>")
    tree = _page(_PROSE + box)
    assert _run(tree) == [] and "Leaders arrive" in tree.text_content()


def test_near_miss_a_paragraph_with_one_dated_link_stays():
    tree = _page(_PROSE + "<p>Read more: <a href='/a'>Leaders arrive for the summit</a> <span>08/10/2024</span></p>")
    assert _run(tree) == [] and "Leaders arrive" in tree.text_content()


def test_near_miss_a_dated_link_list_among_the_paragraphs_without_a_head_stays():
    tree = _page(_PROSE + "<ul><li><a href='/a'>Leaders arrive</a> <span>08/10/2024</span></li>"
                 "<li><a href='/b'>Capital gets ready</a> <span>05/10/2024</span></li></ul>")
    assert _run(tree) == []


def test_near_miss_items_saying_more_than_their_link_stay():
    box = ("<div><h3>Sources</h3><ul>"
           "<li><a href='/a'>Report</a> <span>08/10/2024</span> and the ministry said the figures would be revised</li>"
           "<li><a href='/b'>Data</a> <span>05/10/2024</span> published with a note on the method used by the office</li>"
           "</ul></div>")
    assert _run(_page(_PROSE + box)) == []


def test_near_miss_a_box_that_is_the_page_stays():
    tree = _page("<p>Short intro.</p>" + _RELATED)
    assert _run(tree) == []


def _timeline(stamps: list[str]) -> str:
    events = ["Wins the semi-final and a bronze medal", "Takes bronze in judo", "Takes bronze in the heavy class"]
    return "<div><h4>Хронология</h4><ul>" + "".join(
        f"<li><b>{s}</b> — {e}</li>" for s, e in zip(stamps, events)) + "</ul></div>"


def test_timeline_steps_with_a_date_and_a_clock_leave_the_body():
    tree = _page(_PROSE[:200] + _timeline(["7 август, 21:10", "2 август, 14:20", "31 июл, 17:45"]) + _PROSE)
    removed: list[Removal] = []
    drop_timelines(tree, tree.find(".//h1"), removed, "tg")
    assert [r.rule for r in removed] == ["article.timeline"]


def test_near_miss_steps_led_by_clocks_alone_stay_for_both_rules():
    # a Q&A or a minute-by-minute list in the story: clocks with no date, no links
    tree = _page(_PROSE + _timeline(["10:05", "10:18", "10:31"]))
    removed: list[Removal] = []
    drop_timelines(tree, tree.find(".//h1"), removed, "tg")
    assert removed == [] and _run(tree, "tg") == [] and "Takes bronze" in tree.text_content()


_MOST_READ = ("<aside class='y'><h4>Meistgelesen</h4><ol>"
              "<li data-date='2024-10-08'>Brücke nach Unfall gesperrt</li>"
              "<li data-date='2024-10-07T18:30:00+02:00'>Was sich bei den Gebühren ändert</li></ol></aside>")


def test_titles_listed_with_machine_dates_under_a_head_leave_the_body():
    # a "most read" box whose items carry their stories' dates in attributes, the links set by script
    tree = _page(_PROSE + _MOST_READ)
    removed = _run(tree)
    assert [r.rule for r in removed] == ["article.related"]
    assert "Brücke" not in tree.text_content() and "maritime security" in tree.text_content()


def test_near_miss_a_story_list_without_machine_dates_or_with_prose_items_stays():
    plain = _MOST_READ.replace(" data-date='2024-10-08'", "").replace(" data-date='2024-10-07T18:30:00+02:00'", "")
    tree = _page(_PROSE + plain)
    assert _run(tree) == [] and "Brücke" in tree.text_content()
    version = _MOST_READ.replace("data-date='2024-10-08'", "data-date='v2'")  # no date in the attribute
    tree = _page(_PROSE + version)
    assert _run(tree) == []
