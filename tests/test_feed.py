"""Finding a live blog's feed, and never taking an article for one: one small template per
detection class, each with a near miss that must not fire (or must fire the other way)."""
import json

import pytest
from lxml import etree

import newsclean
from newsclean import feed, feed_runs, html_front, structured
from support import expected, load_fixture, token_f1, gold_body


def locate(page: str, url: str | None = None):
    tree = html_front.parse_tree(page)
    data = structured.read(tree)
    etree.strip_elements(tree, "style", with_tail=False)
    return feed.locate(tree, data, url)


PARA = ("<p>Officials said the work would continue through the night and that more details would "
        "be given at a briefing in the morning, when the full extent of the damage is known.</p>")


# -- dates carried by links to other pages -------------------------------------------------------

def _article_with_dated_links(attr: str) -> str:
    paras = "".join(
        f'<p class="copy">Paragraph {i} of the story names <a href="/politik/article{i}.html" {attr}="17382429{i}1">'
        f'an earlier report</a> and goes on. {PARA[3:-4]}</p>' for i in range(8))
    return f"""<html><head><title>Minister under pressure over budget</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Minister under pressure"}}</script>
</head><body><h1>Minister under pressure over budget</h1><article><div class="body">{paras}</div></article></body></html>"""


def test_in_text_links_with_publish_dates_do_not_make_paragraphs_posts():
    containers, _ = locate(_article_with_dated_links("data-article-publish-date"))
    assert containers is None
    doc = newsclean.parse(_article_with_dated_links("data-article-publish-date"))
    assert doc.kind == "article"


def test_near_miss_the_same_stamp_on_a_post_permalink_still_counts():
    # a permalink to a post on this page (#fragment) carries the post's own time
    page = _article_with_dated_links("data-time").replace('href="/politik/article', 'href="#post')
    page = page.replace("Minister under pressure over budget", "Budget day live")
    page = page.replace('"NewsArticle"', '"LiveBlogPosting"')
    containers, _ = locate(page)
    assert containers is not None and len(containers) == 8


RELATED = """<html><head><title>Bridge approved after decade of debate</title></head><body>
<h1>Bridge approved after decade of debate</h1><article>{paras}</article>
<ul class="related">{items}</ul></body></html>"""


def test_related_teasers_with_publish_dates_under_an_article_are_no_feed():
    items = "".join(f'<li class="teaser"><a href="/news/{i}" data-publish-date="2024-03-0{i}T10:0{i}:00Z">'
                    f'Teaser headline number {i} about something else</a></li>' for i in range(1, 7))
    doc = newsclean.parse(RELATED.format(paras=PARA * 6, items=items))
    assert doc.kind == "article"


# -- flat runs of clock-led headings ------------------------------------------------------------

TICKER = """<html><head><title>Liveticker: Regierung berät über Haushalt</title></head><body>
<h1>Liveticker: Regierung berät über Haushalt</h1>
<div class="entry-content">
<p><em>Alle Zeiten in MEZ.</em></p>
{runs}
<p>Der Beitrag erschien zuerst auf Beispielseite.</p>
<div class="sharedaddy"><h3>Teilen:</h3><ul><li><a href="/share">Teilen</a></li></ul></div>
</div></body></html>"""


def _ticker_runs(clocks, fmt="{c} Uhr: Meldung um {c}", sep=None):
    out = []
    for i, c in enumerate(clocks):
        if sep and i == sep[0]:
            out.append(f"<h2>{sep[1]}</h2>")
        out.append(f"<h2>{fmt.format(c=c)}</h2><div><p>Nachricht {i}: Die Regierung hat am Mittag "
                   f"weitere Beratungen angekündigt, ein Ergebnis wird am Abend erwartet.</p></div>")
    return "\n".join(out)


def test_ticker_of_clock_led_h2_runs_is_a_feed():
    page = TICKER.format(runs=_ticker_runs(["14.05", "13.40", "12.30", "11.15"]))
    doc = newsclean.parse(page, site="generic")
    assert doc.kind == "liveblog"
    assert len(doc.posts) == 4
    assert all("Nachricht" in p.text for p in doc.posts)
    assert all("zuerst auf" not in p.text for p in doc.posts)  # the republisher's footer is no post


def test_day_separator_between_runs_is_not_part_of_a_post():
    page = TICKER.format(runs=_ticker_runs(["09.05", "08.40", "23.30", "22.15"], sep=(2, "Monday 2 March 2025")))
    doc = newsclean.parse(page, site="generic")
    assert len(doc.posts) == 4
    assert all("March" not in p.text for p in doc.posts)


def test_near_miss_a_timeline_inside_an_article_stays_an_article():
    # the same shape, in time order, on a page that does not call itself live: a chronology
    page = TICKER.format(runs=_ticker_runs(["08.05", "09.40", "10.30", "11.15", "12.45", "13.10"],
                                           fmt="{c}: Wie der Tag verlief, Schritt {c}"))
    page = page.replace("Liveticker: ", "Rückblick: ")
    assert newsclean.parse(page, site="generic").kind == "article"


def test_near_miss_numbers_that_are_no_clocks_in_sequence():
    # "12.50 Prozent", "3.20 Meter", ... out of order: not a run of clock stamps
    page = TICKER.format(runs=_ticker_runs(["3.20", "12.50", "4.10", "18.30", "1.05"], fmt="{c} Prozent mehr Umsatz im Jahr"))
    assert feed_runs.clock_heading_runs(html_front.parse_tree(page), says_live=True) is None


@pytest.mark.parametrize("text,minutes", [("7:12 am: Gilead gets orphan label", 432), ("12.30 Uhr: Regierung tagt", 750),
                                          ("7:12 pm - Markets close higher", 1152)])
def test_leading_clock(text, minutes):
    assert feed_runs.leading_clock(text) == minutes


@pytest.mark.parametrize("text", ["7:12", "The 7:12 train was late", "12.30 Uhr", "Tuesday 24 March"])
def test_leading_clock_near_misses(text):
    assert feed_runs.leading_clock(text) is None


# -- minute-by-minute sports timelines -----------------------------------------------------------

def _timeline(items: str, title: str = "Argentinië - Kaapverdië") -> str:
    return f"""<html><head><title>{title}</title></head><body><h1>{title}</h1>
<section><h2>Matchverslag</h2><p>Argentinië won na verlengingen van een strijdvaardig Kaapverdië.</p></section>
<section class="timeline-section"><h2>Fase per fase</h2><div class="events">{items}</div></section></body></html>"""


def _event(minute: str, title: str | None, body: str | None) -> str:
    content = (f"<h3>{title}</h3>" if title else "") + (f"<div><p>{body}</p></div>" if body else "")
    return (f'<div class="_event_1nf68_15 sw-timeline-item"><div class="label"><span class="pill">{minute}</span></div>'
            f'<div class="content">{content}</div></div>')


EVENTS = [("120+4'", "Einde: Argentinië kruipt door het oog van de naald",
           "Argentinië zit in de 1/8e finales, maar het heeft bloed, zweet en tranen gekost vandaag."),
          ("120+4'", None, None),
          ("120'", "Paulo net niet!", "Toch nog stevig bibberen voor Argentinië, de invaller komt net te laat."),
          ("116'", "Martinez voorkomt de 3-3", "Cabral toont nog maar eens zijn traptechniek met een vrije trap."),
          ("111'", "Romero kopt raak!", "Messi schildert een hoekschop op het hoofd van Romero, die binnenkopt."),
          ("106'", "Tweede verlenging", "Nog 15 minuten heeft Argentinië om door te stoten naar de volgende ronde."),
          ("105+2'", "Wéér Vozinha!", "Argentinië moet weer vol aan de bak en Messi mikt recht op de doelman."),
          ("90'", None, None)]


def test_sports_timeline_with_minute_pills_is_a_feed_without_separators():
    page = _timeline("".join(_event(*e) for e in EVENTS))
    containers, _ = locate(page)
    assert containers is not None and len(containers) == 6
    doc = newsclean.parse(page, site="generic")
    assert doc.kind == "liveblog" and len(doc.posts) == 6
    assert "Matchverslag" not in doc.text and "strijdvaardig" not in doc.text  # the report above is no post


def test_near_miss_a_match_report_with_a_goal_list_is_an_article():
    goals = "".join(f'<li class="goal"><span class="min">{m}</span> {n}</li>'
                    for m, n in [("23'", "Messi"), ("67'", "Cabral"), ("111'", "Romero")])
    page = f"""<html><head><title>Argentinië wint na verlengingen</title></head><body>
<h1>Argentinië wint na verlengingen</h1><article>{PARA * 8}<ul class="goals">{goals}</ul></article></body></html>"""
    assert newsclean.parse(page).kind == "article"


# -- conversations, briefs, listings -------------------------------------------------------------

TWEETS = """<html><head><title>Reuters on Twitter: "China reports two new cases"</title></head><body>
<div class="permalink-tweet"><p class="tweet-text">China reports two new coronavirus cases in mainland</p></div>
<div class="ThreadedDescendants"><ol class="stream-items">{items}</ol></div></body></html>"""


def test_a_thread_of_tweet_replies_is_no_feed():
    items = "".join(
        f'<li class="ThreadedConversation--loneTweet"><div class="tweet"><span class="_timestamp" data-time="159441{i}000">'
        f'Jul 10</span><p class="tweet-text">Replying to @Reuters reply number {i} with a few words of opinion about it</p>'
        f'</div></li>' for i in range(10, 20))
    doc = newsclean.parse(TWEETS.format(items=items))
    assert doc.kind == "article"


def test_near_miss_bbc_commentary_stream_is_a_feed():
    # "commentary" names a live stream on some sites; it is not "comment"
    items = "".join(f'<li class="lx-stream__post"><time datetime="2020-05-12T1{i}:00:00+01:00">1{i}:00</time>'
                    f'<h3>Update {i}</h3>{PARA}</li>' for i in range(5))
    page = (f'<html><head><title>Coronavirus: latest</title></head><body><div class="lx-commentary">'
            f'<ol class="lx-stream">{items}</ol></div></body></html>')
    containers, _ = locate(page, url="https://www.bbc.co.uk/news/live/world-52627824")
    assert containers is not None and len(containers) == 5


BRIEFS = """<html><head><title>{title}</title></head><body><h1>Speed reads</h1><div class="stories">{items}</div></body></html>"""


def _briefs(href: str) -> str:
    return "".join(f'<section class="sr-story"><h2><a href="{href}{i}">Brief number {i} on the news of the day</a></h2>'
                   f'<span class="time">{10 - i}:1{i} p.m.</span>{PARA}</section>' for i in range(6))


def test_a_page_of_news_briefs_is_no_live_blog():
    assert newsclean.parse(BRIEFS.format(title="Speed reads", items=_briefs("/speedreads/88702"))).kind == "article"


def test_near_miss_briefs_with_anchor_headlines_on_a_live_page():
    page = BRIEFS.format(title="Election day live", items=_briefs("#post-"))
    assert newsclean.parse(page).kind == "liveblog"


def test_a_collection_page_is_never_live():
    items = "".join(f'<div class="todaysNews"><span class="time">{9 - i}:2{i} am</span><h3>Noticia {i}</h3>{PARA}</div>'
                    for i in range(6))
    page = f"""<html><head><title>Noticias del día</title><script type="application/ld+json">
{{"@type": "CollectionPage", "name": "Noticias"}}</script></head><body>{items}</body></html>"""
    assert newsclean.parse(page).kind == "article"
    containers, _ = locate(page.replace("CollectionPage", "WebPage"))
    assert containers is not None  # near miss: the same list on a page that does not call itself a listing


def test_an_event_programme_repeating_one_time_range_is_no_feed():
    items = "".join(f'<div class="event"><span class="time">13:15 Uhr - 17:00 Uhr</span><h3>Workshop {i}</h3>{PARA}</div>'
                    for i in range(6))
    page = f"<html><head><title>Sprungbrett-Event</title></head><body><div class='programme'>{items}</div></body></html>"
    assert newsclean.parse(page).kind == "article"
    varied = items.replace("13:15 Uhr - 17:00 Uhr", "{}")
    varied = varied.format(*[f"1{i}:0{i}" for i in range(6)])
    assert locate(f"<html><body><div class='programme'>{varied}</div></body></html>")[0] is not None


# -- members sharing the updates' markup ---------------------------------------------------------

def test_untimed_banner_and_tag_list_at_the_feed_edges_are_cut():
    posts = "".join(f'<section class="pt-6 md:pt-8"><time datetime="2026-07-03T1{i}:00:00Z">1{i}u00</time>'
                    f'<h2>Update {i}</h2>{PARA}</section>' for i in range(5))
    page = (f"<html><head><title>Festival live</title></head><body><div class='blog'>"
            f"<section class='pt-4 sm:pt-6'><p>Volg het festival via de livestream</p></section>{posts}"
            f"<section class='pt-4 sm:pt-6'><p>Meer weten over Festivals Festivalzomer</p></section></div></body></html>")
    containers, _ = locate(page)
    assert len(containers) == 5
    assert all("Update" in c.text_content() for c in containers)


def test_live_page_without_any_feed_says_why_it_is_an_article():
    page = f"<html><head><title>Watch live: the launch</title></head><body><h1>Watch live: the launch</h1>{PARA * 4}</body></html>"
    doc = newsclean.parse(page)
    assert doc.kind == "article"
    assert any("calls itself live" in w for w in doc.warnings)


@pytest.mark.parametrize("url,live", [("https://www.bbc.com/sport/football/liverpool-win", False),
                                      ("https://example.com/livestock-prices", False),
                                      ("https://www.vrt.be/vrtnws/nl/liveblog/rock-werchter", True),
                                      ("https://www.nytimes.com/live/2020/09/25/business", True),
                                      ("https://edition.cnn.com/world/live-news/storm", True)])
def test_address_says_live(url, live):
    tree = html_front.parse_tree("<html><head><title>Story</title></head><body></body></html>")
    assert feed.says_live(structured.PageData(), tree, url) is live


# -- live containers without visible times -------------------------------------------------------

def _nyt_like(with_data: bool) -> str:
    posts = "".join(
        f'<div class="live-blog-post css-10d"><div id="post-{i}"></div><div class="live-blog-post-headline">'
        f'<h2><a href="#post-{i}">Headline number {i} of the briefing</a></h2></div>{PARA}</div>'
        f'<div class="ad">Advertisement</div>' for i in range(4))
    data = json.dumps({"@type": "LiveBlogPosting", "headline": "Business briefing", "liveBlogUpdate": [
        {"@type": "BlogPosting", "headline": f"Headline number {i} of the briefing",
         "url": f"https://www.example.com/live/briefing#post-{i}", "datePublished": f"2020-09-25T1{i}:28:53-04:00",
         "articleBody": PARA[3:-4]} for i in range(4)]})
    script = f'<script type="application/ld+json">{data}</script>' if with_data else ""
    return (f"<html><head><title>Stocks rally: Live Business Briefing</title>{script}</head><body>"
            f"<main><article><div class='live-blog-content'>{posts}</div></article></main></body></html>")


def test_untimed_live_containers_take_their_times_from_the_updates():
    doc = newsclean.parse(_nyt_like(True), url="https://www.example.com/live/briefing")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.published[:16] for p in doc.posts] == [f"2020-09-25T1{i}:28" for i in range(4)]


def test_untimed_live_containers_without_data_are_found_by_their_class_names():
    doc = newsclean.parse(_nyt_like(False), url="https://www.example.com/live/briefing")
    assert doc.kind == "liveblog" and len(doc.posts) == 4


def test_near_miss_untimed_sections_of_an_article_that_mentions_live_music():
    page = _nyt_like(False).replace("live-blog-post", "section-block").replace("Live Business Briefing", "Live music review")
    assert newsclean.parse(page).kind == "article"


# -- one real page ------------------------------------------------------------------------------

def test_vrt_liveblog_containers_are_the_posts_and_nothing_else():
    name = "vrtnws-live-2026-07-03-rock-werchter.nojsonld.html"
    exp = expected(f"{name}.expected.json")
    doc = newsclean.parse(load_fixture(f"{name}.gz"), url=exp["url"])
    assert doc.kind == "liveblog"
    assert len(doc.posts) == len(exp["posts"])
    assert "VRT MAX" not in doc.posts[0].text and "Meer weten over" not in doc.posts[-1].text
    with_body = [(p, g) for p, g in zip(doc.posts, exp["posts"]) if gold_body(g)]
    assert sum(token_f1(p.text, gold_body(g)) >= 0.5 for p, g in with_body) >= 0.9 * len(with_body)


def test_day_separators_sharing_the_posts_markup_are_not_posts():
    posts = []
    for day, hours in (("Tuesday 4 June 2024", (12, 11, 10)), ("Monday 3 June 2024", (22, 21))):
        posts.append(f'<div class="entry"><h3 class="day">{day}</h3></div>')
        posts += [f'<div class="entry"><time datetime="2024-06-0{4 if day.startswith("T") else 3}T{h}:00:00Z">{h}:00</time>'
                  f'<h2>Update at {h}</h2>{PARA}</div>' for h in hours]
    page = f"<html><head><title>Election live</title></head><body><div class='feed'>{''.join(posts)}</div></body></html>"
    containers, _ = locate(page)
    assert len(containers) == 5 and all("Update at" in c.text_content() for c in containers)


def test_near_miss_a_short_dated_post_is_still_a_post():
    # "Polls open on 4 June at 07:00" says more than a date: it is an update
    posts = "".join(f'<div class="entry"><time datetime="2024-06-04T1{i}:00:00Z">1{i}:00</time><p>Polls open 4 June</p>'
                    f'{PARA if i == 0 else ""}</div>' for i in range(4))
    posts = posts.replace("<p>Polls open 4 June</p><p>", "<p>", 1)
    page = f"<html><head><title>Election live</title></head><body><div class='feed'>{posts}</div></body></html>"
    containers, _ = locate(page)
    assert containers is not None and len(containers) == 4


def test_most_watched_video_sidebar_beside_a_live_titled_article_is_no_feed():
    videos = "".join(f'<li class="video-item"><a href="/video/{i}"><span class="duration">{i}:3{i}</span>'
                     f'<h3>Video number {i} from the scene this morning</h3></a></li>' for i in range(1, 7))
    page = (f"<html><head><title>Watch live: crowds gather for the launch</title></head><body>"
            f"<h1>Watch live: crowds gather for the launch</h1><article>{PARA * 3}</article>"
            f"<aside><h2>Most watched</h2><ul class='videos'>{videos}</ul></aside></body></html>")
    doc = newsclean.parse(page)
    assert doc.kind == "article" and "crowds" in doc.title


def test_split_clock_heading():
    assert feed_runs.split_clock_heading("7:12 am:\u00a0Gilead gets orphan drug label") == ("7:12 am:", "Gilead gets orphan drug label")
    assert feed_runs.split_clock_heading("12.30 Uhr: Regierung tagt") == ("12.30 Uhr:", "Regierung tagt")
    assert feed_runs.split_clock_heading("Regierung tagt um 12.30 Uhr") is None


def test_ticker_of_paragraphs_led_by_a_bold_clock_on_a_live_page():
    paras = "".join(f"<p><strong>1{i}.0{i} Uhr:</strong> Meldung {i}. Die Regierung hat weitere Beratungen "
                    f"angekündigt, ein Ergebnis wird am Abend erwartet.</p>" for i in (6, 5, 4, 3))
    page = TICKER.format(runs=paras)
    doc = newsclean.parse(page, site="generic")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    # near miss: the same paragraphs in an article that does not call itself live
    assert newsclean.parse(page.replace("Liveticker: ", ""), site="generic").kind == "article"


def test_ticker_of_clock_only_headings_with_the_headline_below():
    runs = "".join(f"<h3>1{i}:{i}0</h3><h4>Meldung {i}</h4><p>Die Regierung hat am Mittag weitere Beratungen "
                   f"angekündigt, ein Ergebnis wird am Abend erwartet.</p>" for i in (5, 4, 3, 2))
    containers, _ = locate(TICKER.format(runs=runs))
    assert containers is not None and len(containers) == 4
    assert all(c.find("h4") is not None for c in containers)


def test_near_miss_clock_headings_that_all_show_one_time():
    runs = "".join(f"<h3>10:00: Workshop {i} beginnt</h3><p>Die Teilnehmer treffen sich im Saal {i} "
                   f"und arbeiten bis zum Abend an ihren Entwürfen.</p>" for i in range(5))
    assert feed_runs.clock_heading_runs(html_front.parse_tree(TICKER.format(runs=runs)), says_live=True) is None


def test_rejected_runs_leave_the_page_as_it_was():
    runs = _ticker_runs(["14.05", "13.40", "12.30"])
    page = TICKER.format(runs=runs).replace("</body>", f"<div class='essay'>{PARA * 30}</div></body>")
    tree = html_front.parse_tree(page)
    before = etree.tostring(tree)
    assert feed_runs.clock_heading_runs(tree, says_live=True) is None  # the runs hold too little of the page
    assert etree.tostring(tree) == before


def test_near_miss_untimed_timeline_items_in_a_live_titled_article():
    items = "".join(f'<div class="timeline-item"><h3>Chapter {i} of the story</h3>{PARA}</div>' for i in range(5))
    page = f"<html><head><title>Live Aid, forty years on</title></head><body><h1>Live Aid, forty years on</h1>{items}</body></html>"
    assert newsclean.parse(page).kind == "article"
