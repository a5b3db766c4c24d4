"""Post times read from a page's script state (Next.js data, Apollo caches, ``window.X = {...}``),
matched to posts without a time by container id or headline, and only without doubt."""
import datetime as dt
import json

from lxml import html as lxml_html

import newsclean
from newsclean import script_state
from newsclean.model import Block, Post

DAY = dt.date(2024, 3, 5)
BODIES = ["Rail services between the two cities are suspended after flooding closed the main line overnight.",
          "The regional council has opened three emergency shelters for residents forced out of their homes.",
          "Forecasters expect the river to peak on Wednesday afternoon before the water starts to recede."]
HEADLINES = ["Trains halted on the coast line", "Shelters open for evacuated residents", "River expected to peak on Wednesday"]


def _posts(headlines=HEADLINES, ids=(None, None, None)) -> list[Post]:
    return [Post(headline=h, id=i, blocks=(Block("paragraph", b),)) for h, i, b in zip(headlines, ids, BODIES)]


def _containers(attrs: list[str]):
    return [lxml_html.fragment_fromstring(f"<article {a}><p>x</p></article>") for a in attrs]


# -- Next.js __NEXT_DATA__ -------------------------------------------------------------------------------

def _next_data(posts: list[dict], extra: dict | None = None) -> str:
    data = {"props": {"pageProps": {"liveBlog": {"title": "Floods live", "entries": posts}, **(extra or {})}},
            "page": "/live/[slug]", "query": {"slug": "floods"}, "buildId": "a1b2c3", "isFallback": False}
    return json.dumps(data)


NEXT_POSTS = [{"id": "e-81734", "title": "Trains halted on the coast line", "publishedAt": "2024-03-05T09:15:00+01:00",
               "updatedAt": "2024-03-05T11:00:00+01:00", "author": {"name": "Ana Ruiz", "id": "u-17"}},
              {"id": "e-81733", "title": "Shelters open for evacuated residents",
               "publishedAt": "2024-03-05T08:40:00+01:00"},
              {"id": "e-81732", "title": "River expected to peak on Wednesday", "publishedAt": "2024-03-05T08:05:00+01:00"}]


def test_next_data_times_match_posts_by_headline():
    out = script_state.fill_post_times([_next_data(NEXT_POSTS)], _posts(), page_date=DAY)
    # the publication time, not the update time; the data's own offset is kept
    assert [p.published for p in out] == ["2024-03-05T09:15:00+01:00", "2024-03-05T08:40:00+01:00",
                                          "2024-03-05T08:05:00+01:00"]


def test_headlines_match_after_quote_space_and_case_normalisation():
    posts = _posts(headlines=["Trains  halted on the ‘coast’ line", "x", "y"])
    data = [dict(NEXT_POSTS[0], title="trains halted on the 'coast' line")]
    assert script_state.fill_post_times([_next_data(data)], posts, page_date=DAY)[0].published == "2024-03-05T09:15:00+01:00"


def test_posts_without_headlines_match_by_container_data_id_and_epoch_is_utc():
    entries = [{"entryId": 81734 + i, "body": BODIES[i], "createdAt": 1709626500000 - i * 600_000} for i in range(3)]
    page_state = "window.__INITIAL_STATE__ = " + json.dumps({"live": {"entries": entries}}) + ";\nwindow.x = 1;"
    posts = _posts(headlines=[None, None, None])
    containers = _containers([f'class="entry" data-entry-id="{81734 + i}"' for i in range(3)])
    out = script_state.fill_post_times([page_state], posts, containers, page_date=DAY)
    assert [p.published for p in out] == ["2024-03-05T08:15:00+00:00", "2024-03-05T08:05:00+00:00",
                                          "2024-03-05T07:55:00+00:00"]


def test_element_id_with_a_word_prefix_matches_a_bare_record_id():
    entries = [{"id": "81734", "text": BODIES[0], "datePublished": "2024-03-05T09:15:00Z"}]
    state = json.dumps({"entries": entries, "padding": "x" * 200})
    posts = _posts(headlines=[None, None, None], ids=("post-81734", "post-81733", None))
    out = script_state.fill_post_times([state], posts, page_date=DAY)
    assert [p.published for p in out] == ["2024-03-05T09:15:00+00:00", None, None]


# -- Apollo cache in a window.X = {...} assignment ---------------------------------------------------------

def _apollo(ref_shape: str) -> str:
    """A normalised Apollo cache: each post's headline is a reference to another cache entry."""
    cache = {"ROOT_QUERY": {"liveBlog": {"type": "id", "id": "LiveBlog:1", "generated": False}}}
    for i, (h, t) in enumerate(zip(HEADLINES, ["09:15", "08:40", "08:05"])):
        key = f"Article:QXJ0aWNsZTo{i}"
        head = {"__ref": f"$${key}.headline"} if ref_shape == "apollo3" else {
            "type": "id", "generated": True, "id": f"$${key}.headline", "typename": "CreativeWorkHeadline"}
        cache[key] = {"__typename": "Article", "id": f"QXJ0aWNsZTo{i}", "sourceId": f"10000000736{i:04d}",
                      "firstPublished": f"2024-03-05T{t}:00.000Z", "lastModified": "2024-03-05T20:00:00.000Z",
                      "headline": head, "url": "https://example.com/live/2024/03/05/floods/"}
        cache[f"$${key}.headline"] = {"default": h, "seo": "", "__typename": "CreativeWorkHeadline"}
    for i in range(20):  # the rest of a real cache: images, sections, ads
        cache[f"Image:{i}"] = {"__typename": "Image", "caption": None, "credit": "Photo agency"}
    return "window.__preloadedData = " + json.dumps({"initialState": cache, "config": {"gqlUrl": "/graphql"}}) + ";"


def test_apollo_cache_headlines_are_followed_through_references():
    for shape in ("apollo2", "apollo3"):
        out = script_state.fill_post_times(["var a = 1;", _apollo(shape)], _posts(), page_date=DAY)
        assert [p.published for p in out] == ["2024-03-05T09:15:00+00:00", "2024-03-05T08:40:00+00:00",
                                              "2024-03-05T08:05:00+00:00"], shape


def test_apollo_cache_matches_by_data_source_id_when_containers_line_up():
    containers = _containers([f'class="live-blog-post" data-source-id="10000000736{i:04d}"' for i in range(3)])
    out = script_state.fill_post_times([_apollo("apollo2")], _posts(headlines=[None, None, None]), containers, DAY)
    assert [p.published for p in out] == ["2024-03-05T09:15:00+00:00", "2024-03-05T08:40:00+00:00",
                                          "2024-03-05T08:05:00+00:00"]


def test_page_through_parse_gets_times_from_its_state():
    posts = "".join(f'<div class="live-blog-post" data-source-id="10000000736{i:04d}"><h2>{h}</h2><p>{b}</p>'
                    f'<p>— Ana Ruiz</p></div>' for i, (h, b) in enumerate(zip(HEADLINES, BODIES)))
    page = (f'<html><head><title>Floods live: updates</title>'
            f'<meta property="article:published_time" content="2024-03-05T07:00:00Z"></head><body>'
            f'<h1>Floods live: rivers rise across the region</h1><div class="live-feed">{posts}</div>'
            f'<script>{_apollo("apollo2")}</script></body></html>')
    without = newsclean.parse(page.replace("window.__preloadedData", "window.nothing =1;//"), site="generic")
    doc = newsclean.parse(page, site="generic")
    assert doc.kind == "liveblog" and [p.headline for p in doc.posts] == HEADLINES
    assert [p.published for p in without.posts] == [None, None, None]
    assert [p.published for p in doc.posts] == ["2024-03-05T09:15:00+00:00", "2024-03-05T08:40:00+00:00",
                                                "2024-03-05T08:05:00+00:00"]


# -- near misses -----------------------------------------------------------------------------------------------

def test_related_articles_in_the_state_give_no_time():
    related = [  # same headline as a post, but an old story: outside the page's dates
        {"id": "r-1", "headline": "Trains halted on the coast line", "datePublished": "2023-11-20T10:00:00Z"},
        # other stories of the day, with other headlines
        {"id": "r-2", "headline": "Council budget passed after long night", "datePublished": "2024-03-05T06:00:00Z"},
        {"id": "r-3", "headline": "Tram line delayed again this spring", "datePublished": "2024-03-04T18:00:00Z"}]
    state = _next_data([], extra={"related": related, "mostRead": related[1:]})
    out = script_state.fill_post_times([state], _posts(), page_date=DAY)
    assert [p.published for p in out] == [None, None, None]


def test_two_records_with_one_headline_and_two_times_give_none():
    data = [NEXT_POSTS[0], dict(NEXT_POSTS[0], id="teaser-9", publishedAt="2024-03-05T07:00:00+01:00"), NEXT_POSTS[1]]
    out = script_state.fill_post_times([_next_data(data)], _posts(), page_date=DAY)
    assert [p.published for p in out] == [None, "2024-03-05T08:40:00+01:00", None]


def test_two_posts_with_one_headline_take_no_time():
    posts = _posts(headlines=[HEADLINES[0], HEADLINES[0], HEADLINES[2]])
    out = script_state.fill_post_times([_next_data(NEXT_POSTS)], posts, page_date=DAY)
    assert [p.published for p in out] == [None, None, "2024-03-05T08:05:00+01:00"]


def test_ids_of_other_things_and_update_times_are_not_used():
    # the container's author id equals a record's author id; the record has only an update time
    entries = [{"id": "e-1", "authorId": "77123", "headline": "Some other update of the day", "publishedAt": "2024-03-05T09:00:00Z"},
               {"id": "e-2", "headline": "Shelters open for evacuated residents", "updatedAt": "2024-03-05T10:00:00Z"}]
    containers = _containers(['data-author-id="77123"', 'class="x"', 'class="y"'])
    out = script_state.fill_post_times([_next_data(entries)], _posts(), containers, DAY)
    assert [p.published for p in out] == [None, None, None]


def test_posts_with_times_are_left_alone_and_json_ld_is_not_read_here():
    posts = [Post(headline=HEADLINES[0], published="09:15")] + _posts()[1:]
    ld = json.dumps({"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": [
        {"headline": HEADLINES[1], "datePublished": "2024-03-05T08:40:00Z"}], "description": "x" * 300})
    out = script_state.fill_post_times([ld, _next_data(NEXT_POSTS[:1])], posts, page_date=DAY)
    assert [p.published for p in out] == ["09:15", None, None]


def test_local_time_without_offset_stays_without_offset():
    data = [dict(NEXT_POSTS[0], publishedAt="2024-03-05T09:15:00")]
    assert script_state.fill_post_times([_next_data(data)], _posts(), page_date=DAY)[0].published == "2024-03-05T09:15:00"


# -- hostile scripts -------------------------------------------------------------------------------------------

def test_malformed_huge_and_deep_scripts_are_ignored_without_error():
    truncated = _next_data(NEXT_POSTS)[:-40]
    huge = "window.__STATE__ = " + json.dumps({"posts": NEXT_POSTS, "pad": "x" * 5_000_001})
    deep = "window.__STATE__ = " + "[" * 200_000 + "]" * 200_000
    not_json = "window.__NUXT__=(function(a,b){return {data:[{title:a,publishedAt:b}]}}('x','2024-03-05T09:15:00Z'));" + " " * 200
    scripts = [truncated, huge, deep, not_json, None, ""]
    assert script_state.read_records(scripts) == []
    assert [p.published for p in script_state.fill_post_times(scripts, _posts(), page_date=DAY)] == [None] * 3


def test_node_bound_stops_the_walk(monkeypatch):
    monkeypatch.setattr(script_state, "MAX_NODES", 1000)
    entries = [{"id": f"e-{i}", "title": f"Update number {i} of the day", "publishedAt": "2024-03-05T09:15:00Z"}
               for i in range(5000)]
    walk = script_state._Walk()
    walk.run(entries)
    walk.finish()
    assert walk.nodes == 1000 and len(walk.records) == 999


def test_time_values_by_shape():
    assert script_state.time_of(1709626500) == ("2024-03-05T08:15:00+00:00", dt.datetime(2024, 3, 5, 8, 15, tzinfo=dt.timezone.utc))
    assert script_state.time_of("1709626500000")[0] == "2024-03-05T08:15:00+00:00"
    assert script_state.time_of("2024-03-05T09:15:00.123+01:00")[0] == "2024-03-05T09:15:00+01:00"
    assert script_state.time_of("2024-03-05 09:15")[0] == "2024-03-05T09:15:00"
    for v in ("2024-03-05", "09:15", 81734, 12.5, True, "not a date", "2024-13-45T99:99:00Z", None,
              float("inf"), float("nan"), 10**40):
        assert script_state.time_of(v) is None, v


def test_key_names_decide_which_time_is_the_publication():
    assert script_state.key_kind("firstPublished")[0] < script_state.key_kind("publishedAt")[0] \
        < script_state.key_kind("createdAt")[0] < script_state.key_kind("timestamp")[0]
    for k in ("updatedAt", "lastModified", "dateModified", "expiresAt", "readingTime", "timezone"):
        assert script_state.key_kind(k)[0] is None, k
    assert script_state.key_kind("sourceId")[2] and not script_state.key_kind("authorId")[2]
    assert script_state.key_kind("headline")[1] and not script_state.key_kind("pageTitle")[1]
