"""A 12-hour clock whose day-period word fits both or neither reading ("12:30 malam") gives no
time, and the document says why in its warnings, in both front doors; the other clocks of the
page keep their times (near miss: "11:45 malam" is 23:45)."""
import newsclean
from newsclean import times

CLOCKS = ["12:30 malam", "11:45 malam", "10:30 malam", "9:15 malam"]
BODY = "Keputusan rasmi diumumkan oleh suruhanjaya pilihan raya di seluruh negara malam ini, kata pegawai."


def test_html_feed_warns_about_the_clock_it_could_not_read():
    posts = "".join(f'<article class="live-post" id="p{i}"><time>{c}</time><h2>Kemas kini nombor {i} pilihan raya</h2>'
                    f"<p>{BODY}</p></article>" for i, c in enumerate(CLOCKS))
    page = ('<html lang="ms"><head><title>LANGSUNG: Pilihan raya</title>'
            '<meta property="article:published_time" content="2022-11-19T18:00:00+08:00"></head>'
            f'<body><h1>LANGSUNG: Pilihan raya</h1><div class="feed">{posts}</div></body></html>')
    doc = newsclean.parse(page)
    assert [p.published for p in doc.posts] == [None, "2022-11-19T23:45", "2022-11-19T22:30", "2022-11-19T21:15"]
    assert times.PERIOD_WARNING in doc.warnings


def test_text_feed_warns_too():
    text = "LANGSUNG: Pilihan raya\n\n" + "\n".join(f"{c}\n\nKemas kini nombor {i}\n\n{BODY}\n" for i, c in enumerate(CLOCKS))
    doc = newsclean.parse(text, format="text")
    assert [p.published for p in doc.posts] == [None, "23:45", "22:30", "21:15"]
    assert times.PERIOD_WARNING in doc.warnings


def test_near_miss_clocks_that_read_one_way_raise_no_warning():
    text = "LANGSUNG: Pilihan raya\n\n" + "\n".join(f"{c}\n\nKemas kini nombor {i}\n\n{BODY}\n" for i, c in enumerate(CLOCKS[1:]))
    doc = newsclean.parse(text, format="text")
    assert times.PERIOD_WARNING not in doc.warnings
