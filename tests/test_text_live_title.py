"""The title of a scraped live page: the header line that calls the page live, in any pack's
language, over a menu row or a scoreboard that scores as a title too; menus told from Irish
initial mutations."""
from __future__ import annotations

import newsclean
from newsclean import shapes

POSTS = """
21:40

Second goal ruled out

The referee went to the monitor and the goal does not stand after a long check of the replay.

21:15

Early chance for the hosts

The hosts pressed from the first minute and forced two corners before the visitors settled.

20:50

Teams are out

Both teams came out to a full stadium on a cold evening, with the hosts unchanged from Thursday.

20:30

Line-ups confirmed

The hosts named the same side as in the last match; the visitors made two changes in defence.
"""


def _page(head: str) -> str:
    return head.strip() + "\n" + POSTS


def test_the_line_that_says_live_is_the_title_over_a_scoreboard():
    head = """
RTL
Nieuws Sport Kultur Radio Télé Play
LB FR EN
Nations League

Live: Lëtzebuerg - Bulgarien 0:1

Sportredaktioun · 13.10.2024
Lëtzebuerg 0 : 1 Bulgarien Schluss Petrov 72'

D'Rout Léiwe verléieren hiren drëtte Match an der Nations League, de Live-Ticker vum Match.
"""
    doc = newsclean.parse(_page(head), format="text")
    assert doc.kind == "liveblog" and doc.title == "Live: Lëtzebuerg - Bulgarien 0:1"


def test_near_miss_two_lines_saying_live_settle_nothing():
    head = """
Live TV Live Radio Podcasts Weather

Live: Lëtzebuerg - Bulgarien 0:1

Sportredaktioun · 13.10.2024
Lëtzebuerg 0 : 1 Bulgarien Schluss Petrov 72'

D'Rout Léiwe verléieren hiren drëtte Match an der Nations League, de Live-Ticker vum Match.
"""
    from newsclean.text_header import live_title
    from newsclean.text_lines import Line

    lines = [Line(no=i, para=i, text=t) for i, t in enumerate(("Live: Storm warnings across the north",
                                                               "Live: Lëtzebuerg - Bulgarien 0:1"))]
    assert live_title(lines, [5, 7]) == [5, 7]
    assert live_title(lines[1:], [7]) == [8]
    assert newsclean.parse(_page(head), format="text").kind == "liveblog"


def test_near_miss_a_menu_row_ending_on_the_live_page_name_is_no_live_kicker():
    from newsclean.text_header import _live_kicker

    assert not _live_kicker("Politique Monde Sports JO 2024 Le direct")
    assert _live_kicker("ජනාධිපතිවරණ ප්\u200dරතිඵල - සජීවී යාවත්කාලීන")  # (the live words after a dash)


def test_irish_initial_mutations_are_no_menu_run_together():
    assert not shapes.is_glued_nav("BEO: Comhaireamh na dToghchán Áitiúla i gConamara")
    assert shapes.is_headline_shaped("BEO: Comhaireamh na dToghchán Áitiúla i gConamara")
    # near misses: menu items run together by a scraper stay a menu
    assert shapes.is_glued_nav("UK NewsUS NewsWorld News")
    assert shapes.is_glued_nav("HomeNewsSportWeather")
