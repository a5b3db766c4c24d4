"""A timeline box inside an article (a short heading over a list of dated steps, in a box of its
own) is not the story: it leaves the body, recorded as ``article.timeline``. Near misses: a dated
list in the prose with no box and heading of its own stays; a box whose items are not led by
dates stays for the other rules; a box holding most of the page's text is the story."""
from lxml import html as lxml_html

from newsclean.article_asides import drop_timelines
from newsclean.model import Removal

_PROSE = "".join(f"<p>{t}</p>" for t in (
    "A year after the earthquake, the authorities announced the second phase of the rebuilding programme in six provinces.",
    "More than fifty thousand families have received direct support, while building work goes on in dozens of mountain villages.",
    "Residents complained about the slow pace of the work, saying they still live in tents as winter approaches.",
))


def _steps(dates: list[str]) -> str:
    events = ["Earthquake strikes the region", "Rebuilding programme launched", "First homes handed over", "Second phase starts"]
    return "".join(f"<li><span class='d'>{d}</span> <p>{e}</p></li>" for d, e in zip(dates, events))


_DATES = ["8 Sept 2023", "20 Sept 2023", "15 Jan 2024", "8 Sept 2024"]


def _page(body: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><body><article><h1>One year on</h1><div class='content'>{body}</div>"
                                "</article></body></html>")


def _run(tree) -> list[Removal]:
    removed: list[Removal] = []
    drop_timelines(tree, tree.find(".//h1"), removed)
    return removed


def test_a_timeline_box_of_dated_steps_leaves_the_body():
    tree = _page(_PROSE[:200] + f"<div class='box'><h4>Timeline</h4><ul>{_steps(_DATES)}</ul></div>" + _PROSE)
    removed = _run(tree)
    assert [r.rule for r in removed] == ["article.timeline"]
    assert removed[0].text.startswith("Timeline")
    assert "Earthquake strikes" not in tree.text_content() and "slow pace" in tree.text_content()


def test_dates_in_words_no_reader_knows_still_lead_the_steps():
    tree = _page(_PROSE + f"<aside><h3>تسلسل</h3><ol>{_steps(['8 شتنبر 2023', '20 شتنبر 2023', '15 يناير 2024'])}</ol></aside>")
    assert [r.rule for r in _run(tree)] == ["article.timeline"]


def test_near_miss_a_dated_list_in_the_prose_stays():
    tree = _page(_PROSE + f"<h3>Timeline</h3><ul>{_steps(_DATES)}</ul>")
    assert _run(tree) == [] and "Earthquake strikes" in tree.text_content()


def test_near_miss_a_box_of_undated_items_stays():
    tree = _page(_PROSE + f"<div><h4>Key points</h4><ul>{_steps(['Homes', 'Roads', 'Schools', 'Clinics'])}</ul></div>")
    assert _run(tree) == []


def test_near_miss_a_timeline_that_is_the_story_stays():
    tree = _page(f"<p>Short intro.</p><div><h2>Timeline</h2><ul>{_steps(_DATES)}</ul></div>")
    assert _run(tree) == []


def _run_in(tree, lang: str | None) -> list[Removal]:
    removed: list[Removal] = []
    drop_timelines(tree, tree.find(".//h1"), removed, lang)
    return removed


def test_a_day_and_month_of_the_pages_language_lead_the_steps():
    # no year, the month in the page's language (CLDR), the day in its own digits
    box = "<div><h4>Zeitleiste</h4><ul>" + "".join(
        f"<li><span>{d}</span> {e}</li>" for d, e in (("9. September", "Erdbeben erschüttert die Region"),
                                                      ("12. September", "Hilfe trifft ein"),
                                                      ("14. Oktober", "Wiederaufbau beginnt"))) + "</ul></div>"
    tree = _page(_PROSE[:200] + box + _PROSE)
    assert [r.rule for r in _run_in(tree, "de")] == ["article.timeline"]
    burmese = "<div><h4>ဖြစ်စဉ်</h4><ul>" + "".join(
        f"<li><span>စက်တင်ဘာ {d}</span> {e}</li>" for d, e in (("၉", "မုန်တိုင်း ဝင်ရောက်"), ("၁၂", "ရေကြီး"), ("၁၄", "အကူအညီ တောင်းခံ"))) \
        + "</ul></div>"
    assert [r.rule for r in _run_in(_page(_PROSE + burmese), "my")] == ["article.timeline"]


def test_near_miss_numbered_steps_are_no_dates():
    # "Schritt 1": a word and a number, but the word is no month of the page's language
    box = "<div><h4>So geht es</h4><ul>" + "".join(
        f"<li><span>Schritt {d}</span> {e}</li>" for d, e in (("1", "Formular laden"), ("2", "Ausfüllen"),
                                                              ("3", "Abschicken"))) + "</ul></div>"
    tree = _page(_PROSE + box)
    assert _run_in(tree, "de") == [] and "Formular laden" in tree.text_content()
