"""A post's stamp shown as words no reader knows (an age: "dakika 20 zilizopita") over a
data-* attribute holding the machine time: the post's time is the attribute's, the words are
chrome, and the heading after it is still the headline. A date no reader knows before a clock
in the header ("19 Nofemba 2024 | 16h10") is the stamp too, not a place. Near misses: a data-* number named as
an id is no time; a long text with a data-date is the post's text."""
from lxml import etree

from newsclean import html_front
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.post_walk import extract_post
from newsclean.sites import rules_for


def walk(markup: str):
    tree = html_front.parse_tree(f"<html><body><div id='feed'>{markup}</div></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None), language="sw")
    containers = [c for c in tree.get_element_by_id("feed") if isinstance(c.tag, str)]
    return [p for p in (extract_post(c, ctx, None, None) for c in containers) if p is not None]


_BODY = "<p>Tume ya uchaguzi imetangaza kuwa kura zote za majimbo ya kaskazini zimehesabiwa usiku huu.</p>"


def test_an_age_over_a_data_time_gives_the_post_its_machine_time():
    posts = walk("<div class='e_x1'><div class='m_y2'><span class='a_z3' data-time='2024-09-21T17:40:00Z'>"
                 "dakika 20 zilizopita</span></div><h2>Kura zimehesabiwa</h2>" + _BODY + "</div>")
    assert posts[0].published.startswith("2024-09-21T17:40")
    assert posts[0].headline == "Kura zimehesabiwa"
    assert [b.text for b in posts[0].blocks] == [_BODY[3:-4]]


def test_near_miss_a_number_named_as_an_id_is_no_time():
    posts = walk("<div class='e_x1'><div class='m_y2'><span class='a_z3' data-id='1712345678'>"
                 "dakika 20 zilizopita</span></div><h2>Kura zimehesabiwa</h2>" + _BODY + "</div>")
    assert posts[0].published is None


def test_near_miss_a_long_text_with_a_data_date_stays_text():
    long = "Habari hii ndefu inaeleza kwa kina jinsi kura zilivyohesabiwa katika vituo vyote vya mji mkuu jana"
    posts = walk(f"<div class='e_x1'><span data-created='2024-09-21T17:40:00Z'>{long}</span>" + _BODY + "</div>")
    assert any(long in b.text for b in posts[0].blocks)


def test_a_header_date_no_reader_knows_before_a_clock_is_the_stamp():
    posts = walk("<div class='e_x1'><div class='meta'>19 Nofemba 2024 | 16h10</div><h3>Kura zimehesabiwa</h3>"
                 + _BODY + "</div>")
    assert posts[0].published == "16:10"  # (no page date given here: the clock alone)
    assert posts[0].label is None and posts[0].headline == "Kura zimehesabiwa"


def test_near_miss_a_place_before_a_clock_in_the_header_is_no_date():
    posts = walk("<div class='e_x1'><div class='meta'>Mombasa | 16h10</div><h3>Kura zimehesabiwa</h3>" + _BODY + "</div>")
    assert posts[0].published is None
