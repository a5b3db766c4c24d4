"""Post times from page-level evidence: a zone the page states in words, epoch post ids, and
the page's language passed on to the walk."""
import datetime as dt

import newsclean
from newsclean.feed_ids import fill_from_id_epochs, id_instant
from newsclean.model import Post
from newsclean.page_zone import offset_on, zone_in


def _clock_page(published: str, note: str, lang: str = "en") -> str:
    posts = "".join(
        f'<div class="post" id="p{i}"><span class="post-time">{h}:{m:02d} am</span><h2>A headline about item {i}</h2>'
        f"<p>Some body text for the post number {i}, long enough to be a sentence.</p></div>"
        for i, (h, m) in enumerate([(7, 53), (7, 12), (6, 59), (5, 41)]))
    ld = ('<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"A live blog",'
          f'"datePublished":"{published}"}}</script>')
    return (f'<html lang="{lang}"><head><title>Live</title>{ld}</head><body><h1>Live: the news as it happens today</h1>'
            f"<p><em>{note}</em></p><main>{posts}</main></body></html>")


def test_stated_zone_wins_over_the_publication_offset():
    # the republisher stamps -05:00; the page says Eastern, which is EDT (-04:00) on 24 March 2020
    doc = newsclean.parse(_clock_page("2020-03-24T08:00:00-05:00", "All times below are in Eastern time."))
    assert doc.kind == "liveblog"
    assert doc.posts[0].published == "2020-03-24T07:53-04:00"
    assert doc.timezone == "America/New_York"


def test_no_stated_zone_gives_local_time_and_a_warning():
    doc = newsclean.parse(_clock_page("2020-03-24T08:00:00-05:00", "This blog is updated through the day."))
    assert doc.posts[0].published == "2020-03-24T07:53"
    assert any("local time" in w for w in doc.warnings)


def test_zone_note_reading():
    assert zone_in("This is the live blog. All times below are in Eastern time.") == "America/New_York"
    assert zone_in("All times stated are UK") == "Europe/London"
    assert zone_in("Alle tijden zijn in Belgische tijd.", "nl") == "Europe/Brussels"
    # near misses: a region word without a note, a note without a zone word
    assert zone_in("Storms hit the eastern seaboard at times.") is None
    assert zone_in("All times are approximate.") is None
    assert offset_on("America/New_York", dt.date(2020, 3, 24)) == -240
    assert offset_on("America/New_York", dt.date(2020, 1, 24)) == -300


def _posts(*ids):
    return [Post(headline=f"h{i}", id=x) for i, x in enumerate(ids)]


def test_epoch_ids_are_post_times():
    posts = fill_from_id_epochs(_posts("timelines-1783125872797", "timelines-1783125677000"), dt.date(2026, 7, 4))
    assert posts[0].published == "2026-07-04T00:44:32+00:00"
    assert posts[1].published == "2026-07-04T00:41:17+00:00"
    assert id_instant("x-1783125677") == dt.datetime(2026, 7, 4, 0, 41, 17, tzinfo=dt.timezone.utc)


def test_ids_that_are_not_times_are_left_alone():
    # 8-digit article ids
    assert [p.published for p in fill_from_id_epochs(_posts("post-59622301", "post-59622302"), None)] == [None, None]
    # epoch-shaped but years from the page's date
    far = fill_from_id_epochs(_posts("a-1783125872797", "a-1783125677000"), dt.date(2020, 3, 24))
    assert [p.published for p in far] == [None, None]
    # one post alone is no evidence; ids spread over years are counters
    assert fill_from_id_epochs(_posts("a-1783125872797"), None)[0].published is None
    spread = fill_from_id_epochs(_posts("n-1100000000", "n-1700000000"), None)
    assert [p.published for p in spread] == [None, None]
    # a time the post already has is kept
    kept = fill_from_id_epochs([Post(headline="a", id="t-1783125872797", published="2026-07-04T02:44+02:00"),
                                Post(headline="b", id="t-1783125677000")], None)
    assert kept[0].published == "2026-07-04T02:44+02:00"


def test_page_language_reaches_the_document_and_walk():
    page = _clock_page("2020-03-24T08:00:00+01:00", "Alle tijden zijn in Belgische tijd.", lang="nl-BE")
    doc = newsclean.parse(page)
    assert doc.language == "nl"
    assert doc.posts[0].published == "2020-03-24T07:53+01:00"
