"""Posts past midnight: bare clocks completed with one page date move on a day where the feed's
order says midnight passed (``day_rollover``), and a clock matched to a structured update takes
that update's date (``html_front._align_updates``)."""
import datetime as dt
import json

import newsclean
from newsclean.day_rollover import WARNING, roll_days
from newsclean.model import Post

DAY = dt.date(2024, 5, 20)


def _posts(*clocks: str, day: dt.date = DAY) -> list[Post]:
    return [Post(headline=f"Update {i}", published=f"{day.isoformat()}T{c}") for i, c in enumerate(clocks)]


def _dates(posts) -> list[str]:
    return [p.published[:10] for p in posts]


# -- roll_days ------------------------------------------------------------------------------------

def test_newest_first_feed_past_midnight_moves_the_top_posts_on():
    posts = _posts("01:12", "00:35", "23:48", "23:10", "22:25")
    out, rolled = roll_days(posts, [DAY] * 5)
    assert rolled
    assert _dates(out) == ["2024-05-21", "2024-05-21", "2024-05-20", "2024-05-20", "2024-05-20"]
    assert [p.published[11:] for p in out] == [p.published[11:] for p in posts]  # clocks untouched


def test_oldest_first_feed_past_midnight_moves_the_bottom_posts_on():
    posts = _posts("22:25", "23:10", "23:48", "00:35", "01:12")
    out, rolled = roll_days(posts, [DAY] * 5)
    assert rolled
    assert _dates(out) == ["2024-05-20", "2024-05-20", "2024-05-20", "2024-05-21", "2024-05-21"]


def test_offsets_are_kept_as_they_were():
    posts = [Post(published=f"2024-03-07T{c}-05:00") for c in ("00:11", "22:19", "21:48", "21:36")]
    out, _ = roll_days(posts, [dt.date(2024, 3, 7)] * 4)
    assert out[0].published == "2024-03-08T00:11-05:00"
    assert out[1].published == "2024-03-07T22:19-05:00"


def test_page_instant_on_the_last_posts_day_moves_the_earlier_posts_back():
    # "Updated March 8 at 12:38 a.m.": the page's date is the newest post's day
    day = dt.date(2024, 3, 8)
    posts = _posts("00:38", "00:11", "22:19", "21:48", "21:36", day=day)
    out, rolled = roll_days(posts, [day] * 5, page_instant=dt.datetime(2024, 3, 8, 0, 38))
    assert rolled
    assert _dates(out) == ["2024-03-08", "2024-03-08", "2024-03-07", "2024-03-07", "2024-03-07"]


def test_page_instant_at_the_start_keeps_the_first_posts_on_the_page_date():
    posts = _posts("00:38", "00:11", "22:19", "21:48", "21:36")
    out, _ = roll_days(posts, [DAY] * 5, page_instant=dt.datetime(2024, 5, 20, 21, 0))
    assert _dates(out) == ["2024-05-21", "2024-05-21", "2024-05-20", "2024-05-20", "2024-05-20"]


def test_two_posts_are_too_little_evidence():
    posts = _posts("00:35", "23:48")
    out, rolled = roll_days(posts, [DAY] * 2)
    assert not rolled and out == posts


def test_three_posts_past_midnight_roll_on_their_one_small_step():
    # three clocks make two steps, one of them midnight's: the other, small, gives the order
    posts = _posts("00:35", "23:48", "23:10")
    out, rolled = roll_days(posts, [DAY] * 3)
    assert rolled and _dates(out) == ["2024-05-21", "2024-05-20", "2024-05-20"]


def test_near_miss_three_posts_whose_steps_are_all_large_move_nothing():
    posts = _posts("23:10", "00:35", "23:48")
    out, rolled = roll_days(posts, [DAY] * 3)
    assert not rolled and out == posts


def test_a_start_instant_puts_every_post_after_it():
    # published 08:00; posts from 18:00 to 00:30: the span set a day earlier ends nearer 08:00,
    # but a live blog's posts do not precede its start
    posts = _posts("00:30", "23:52", "21:15", "18:00")
    out, _ = roll_days(posts, [DAY] * 4, page_instant=dt.datetime(2024, 5, 20, 8, 0))
    assert _dates(out) == ["2024-05-21", "2024-05-20", "2024-05-20", "2024-05-20"]


def test_near_miss_an_update_instant_is_the_nearer_end():
    # the same clocks under an "Updated 08:00" line: posts before an update are the day before's
    posts = _posts("00:30", "23:52", "21:15", "18:00")
    out, _ = roll_days(posts, [DAY] * 4, page_instant=dt.datetime(2024, 5, 20, 8, 0), instant_starts=False)
    assert _dates(out) == ["2024-05-20", "2024-05-19", "2024-05-19", "2024-05-19"]


def test_clocks_a_few_minutes_out_of_order_move_nothing():
    posts = _posts("23:40", "23:44", "23:31", "23:20", "23:02", "22:50")
    out, rolled = roll_days(posts, [DAY] * 6)
    assert not rolled and out == posts


def test_posts_with_their_own_dates_are_left_alone():
    posts = _posts("01:12", "00:35", "23:48", "23:10", "22:25")
    out, rolled = roll_days(posts, [None] * 5)
    assert not rolled and out == posts


def test_a_feed_without_a_clear_order_moves_nothing():
    posts = _posts("10:00", "12:00", "09:30", "11:15", "08:00", "00:20", "23:50")
    out, rolled = roll_days(posts, [DAY] * 7)
    assert not rolled and out == posts


def test_a_pinned_morning_post_above_an_evening_feed_is_not_a_new_day():
    # the jump from 09:00 to 23:00 is the wrong way, but by 14 hours only
    posts = _posts("09:00", "23:00", "22:40", "22:10", "21:45")
    out, rolled = roll_days(posts, [DAY] * 5)
    assert not rolled and out == posts


# -- end to end ---------------------------------------------------------------------------------

def _page(entries, *, printed_dates: bool = False, jsonld: dict | None = None) -> str:
    items = []
    for n, (clock, headline, body) in enumerate(entries):
        stamp = f"20 May 2024, {clock}" if printed_dates else clock
        items.append(f'<article class="live-post" id="post-{n}"><time class="live-post__time">{stamp}</time>'
                     f'<h2>{headline}</h2><p>{body}</p></article>')
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    return (f'<html lang="en"><head><title>Quake live</title>'
            f'<meta property="article:published_time" content="2024-05-20T20:00:00">{script}</head>'
            f'<body><h1>Earthquake shakes the bay: live updates</h1><div class="live-feed">{"".join(items)}'
            f'</div></body></html>')


ENTRIES = [
    ("01:12", "Minister announces an evacuation plan", "The minister said the plan for the towns nearest the crater is ready and will be tested next week."),
    ("00:35", "Schools closed tomorrow in two towns", "The mayors signed orders closing every school so that engineers can inspect the buildings."),
    ("23:48", "A building is evacuated near the old port", "Firefighters moved twelve families out of a block where cracks opened in a stairwell."),
    ("23:10", "Crowds gather on the seafront", "Hundreds of residents chose to spend the night outdoors on the promenade and in parked cars."),
    ("22:25", "Seismologists count over 150 events", "The swarm began in the early evening and the strongest shock was followed by dozens of smaller ones."),
    ("21:40", "Trains suspended on the coastal line", "The operator halted services between the two stations while the track is checked for damage."),
]


def test_html_feed_past_midnight_gets_the_next_day_and_a_warning():
    doc = newsclean.parse(_page(ENTRIES), format="html")
    assert [p.published[:16] for p in doc.posts][:3] == ["2024-05-21T01:12", "2024-05-21T00:35", "2024-05-20T23:48"]
    assert WARNING in doc.warnings


def test_html_feed_with_printed_dates_is_not_rolled():
    doc = newsclean.parse(_page(ENTRIES, printed_dates=True), format="html")
    assert [p.published[:10] for p in doc.posts] == ["2024-05-20"] * len(ENTRIES)
    assert WARNING not in doc.warnings


def test_html_three_posts_past_midnight_roll_too():
    # one small step in order (00:35 after 01:12) and midnight's jump: a three-post feed past midnight
    doc = newsclean.parse(_page(ENTRIES[:3]), format="html")
    assert [p.published[:10] for p in doc.posts] == ["2024-05-21", "2024-05-21", "2024-05-20"]
    assert WARNING in doc.warnings


def test_structured_update_matched_by_headline_gives_its_date():
    # the updates carry no ids: each post's headline finds its update
    updates = [{"@type": "BlogPosting", "headline": h, "articleBody": b,
                "datePublished": ("2024-05-21" if c < "12" else "2024-05-20") + f"T{c}:00+02:00"}
               for c, h, b in ENTRIES[:3]]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Earthquake shakes the bay",
          "datePublished": "2024-05-20T20:00:00+02:00", "liveBlogUpdate": updates}
    doc = newsclean.parse(_page(ENTRIES[:3], jsonld=ld), format="html")
    assert [p.published for p in doc.posts] == ["2024-05-21T01:12:00+02:00", "2024-05-21T00:35:00+02:00",
                                                "2024-05-20T23:48:00+02:00"]


def test_structured_update_with_another_clock_is_not_taken():
    updates = [{"@type": "BlogPosting", "headline": ENTRIES[0][1], "articleBody": ENTRIES[0][2],
                "datePublished": "2024-05-21T03:12:00+02:00"}]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Earthquake shakes the bay",
          "datePublished": "2024-05-20T20:00:00+02:00", "liveBlogUpdate": updates}
    doc = newsclean.parse(_page(ENTRIES[:3], jsonld=ld), format="html")
    # the update's 03:12 is not the post's 01:12: the clocks stay, rolled past midnight by their order
    assert [p.published[:16] for p in doc.posts] == ["2024-05-21T01:12", "2024-05-21T00:35", "2024-05-20T23:48"]
    assert not any("03:12" in p.published for p in doc.posts)


TEXT = """Earthquake shakes the bay: live updates

Updated May 21, 2024 at 1:20 a.m.

1:12 a.m.

Minister announces an evacuation plan

The minister said the plan for the towns nearest the crater is ready and will be tested next week.

12:35 a.m.

Schools closed tomorrow in two towns

The mayors signed orders closing every school so that engineers can inspect the buildings.

11:48 p.m.

A building is evacuated near the old port

Firefighters moved twelve families out of a block where cracks opened in a stairwell.

11:10 p.m.

Crowds gather on the seafront

Hundreds of residents chose to spend the night outdoors on the promenade and in parked cars.

10:25 p.m.

Seismologists count over 150 events

The swarm began in the early evening and the strongest shock was followed by dozens of smaller ones.
"""


def test_text_feed_under_an_updated_date_moves_the_earlier_posts_back():
    doc = newsclean.parse(TEXT, format="text")
    assert [p.published[:10] for p in doc.posts] == ["2024-05-21", "2024-05-21", "2024-05-20", "2024-05-20",
                                                     "2024-05-20"]
    assert WARNING in doc.warnings


def test_text_feed_with_printed_dates_is_not_rolled():
    text = TEXT.replace("12:35 a.m.", "May 21, 12:35 a.m.").replace("11:48 p.m.", "May 20, 11:48 p.m.")
    doc = newsclean.parse(text, format="text")
    assert WARNING not in doc.warnings


# -- posts above the first day separator ----------------------------------------------------------

from newsclean.day_rollover import above_first_separator  # noqa: E402


def test_newest_first_post_above_the_separator_past_midnight_is_the_next_day():
    # "00.47" / "Tuesday 20 May" / "23.32" / "22.14": the top post is after midnight
    sep = dt.date(2024, 5, 20)
    posts = _posts("00:47", "23:32", "22:14", day=DAY)
    posts[1:] = _posts("23:32", "22:14", day=sep)
    out, moved = above_first_separator(posts, [None, sep, sep], [DAY, None, None])
    assert moved and _dates(out) == ["2024-05-21", "2024-05-20", "2024-05-20"]


def test_oldest_first_post_above_the_separator_before_midnight_is_the_day_before():
    sep = dt.date(2024, 5, 21)
    posts = _posts("23:10", day=DAY) + _posts("00:20", "01:05", day=sep)
    out, moved = above_first_separator(posts, [None, sep, sep], [DAY, None, None])
    assert _dates(out) == ["2024-05-20", "2024-05-21", "2024-05-21"] and not moved


def test_near_miss_posts_above_the_separator_on_both_sides_of_its_clock_move_nothing():
    sep = dt.date(2024, 5, 19)
    posts = _posts("00:47", "23:50", day=DAY) + _posts("23:32", "22:14", day=sep)
    out, moved = above_first_separator(posts, [None, None, sep, sep], [DAY, DAY, None, None])
    assert not moved and out == posts
