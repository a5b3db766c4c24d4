"""Estonian clocks led by "kell" ("kell 9.05", CLDR's "{1} 'kell' {0}", missing from Babel's
data): the word belongs to the stamp, so a feed stamped that way in plain text is found."""
import newsclean
from newsclean import times
from newsclean.feed_stamps import is_stamp_text


def test_kell_belongs_to_the_clock():
    mark = times.parse_time_line("kell 9.05", lang="et")
    assert mark is not None and (mark.hour, mark.minute) == (9, 5) and mark.lead == ""
    assert is_stamp_text("kell 18.40", "et")


def test_near_miss_another_word_before_the_clock_stays_a_lead():
    mark = times.parse_time_line("Koosolek 18.40", lang="et")
    assert mark is None or mark.lead != "" or mark.hour is None
    assert not is_stamp_text("Koosolek 18.40", "et")


def _page(n: int = 6) -> str:
    items = "".join(
        f'<section class="ot-kanne" id="k{i}"><span class="ot-aeg">kell {20 - i}.{15 + i:02d}</span>'
        f'<div class="ot-pealkiri">Uudis number {i} sadamast ja praamiliiklusest</div>'
        f'<div class="ot-sisu"><p>Sadama teatel hilinevad praamid tormi tõttu umbes {i + 1} tundi ning reisijatel '
        f'palutakse jälgida teateid.</p><p>Päästeamet kutsub inimesi rannikult eemale hoidma.</p></div></section>'
        for i in range(n))
    return ('<html lang="et"><head><title>OTSE: torm rannikul</title></head><body><main>'
            f'<h1>OTSE: torm rannikul</h1><div class="ot-voog">{items}</div></main></body></html>')


def test_a_live_page_stamped_with_kell_clocks_is_a_feed():
    doc = newsclean.parse(_page(), format="html")
    assert doc.kind == "liveblog"
    assert [p.published for p in doc.posts] == [f"{20 - i:02d}:{15 + i:02d}" for i in range(6)]
