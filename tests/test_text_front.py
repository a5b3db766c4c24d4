"""The scraped-text front door, on the seed BBC page and on small pages shaped like real templates."""
import re

import jsonschema
import pytest

import newsclean
from support import expected, gold_body, load_fixture, token_f1, tokens

SEED = "bbc-live-2024-05-17.txt"


def seed_doc():
    return newsclean.parse(load_fixture(SEED).decode("utf-8"), format="text")


def test_seed_page_matches_its_hand_checked_expectation():
    doc, exp = seed_doc(), expected("bbc-live-2024-05-17.expected.json")
    assert doc.kind == "liveblog"
    assert doc.title == exp["title"] and doc.published == exp["published"]
    assert list(doc.editors) == exp["editors"] and doc.timezone == exp["timezone"]
    assert len(doc.posts) == len(exp["posts"]) == 20
    for got, want in zip(doc.posts, exp["posts"]):
        assert got.headline == want["headline"]
        assert got.label == want["label"]
        assert [(b.name, b.role) for b in got.bylines] == [(b["name"], b["role"]) for b in want["bylines"]]
        assert sorted((m.type, m.credit, m.caption) for m in got.media) == \
            sorted((m["type"], m["credit"], m["caption"]) for m in want["media"])
        assert token_f1(got.text, gold_body(want)) >= 0.99


def test_seed_page_leaks_no_boilerplate():
    doc, exp = seed_doc(), expected("bbc-live-2024-05-17.expected.json")
    visible = "\n".join([doc.title or ""] + [p.headline or "" for p in doc.posts] + [p.text for p in doc.posts]
                        + [m.caption or "" for p in doc.posts for m in p.media])
    for s in exp["must_remove"]:
        assert s not in visible


def test_seed_page_validates_against_schema(schema):
    jsonschema.validate(seed_doc().to_dict(), schema)


@pytest.mark.parametrize("name", [SEED, "guardian-live-2023-05-15-russia-ukraine.txt.gz",
                                  "mirror-live-2024-08-05-uk-riots.txt.gz",
                                  "guardian-app-live-2015-11-05-cameron-sisi.txt.gz",
                                  "vrtnws-live-2026-07-03-rock-werchter.txt.gz",
                                  "sporza-live-2026-07-04-argentina-cape-verde.txt.gz"])
def test_nothing_is_lost_silently(name):
    """Every token of every input line is in an output field or in a removal."""
    raw = load_fixture(name).decode("utf-8")
    d = newsclean.parse(raw, format="text").to_dict()
    out = [d["title"] or "", d["published"] or "", " ".join(d["editors"]), " ".join(d["summary"])]
    for p in d["posts"]:
        out += [p["headline"] or "", p["label"] or "", p["text"]]
        out += [f"{b['name']} {b['role'] or ''}" for b in p["bylines"]]
        out += [f"{m['caption'] or ''} {m['credit'] or ''} {m['alt'] or ''}" for m in p["media"]]
    out += [r["text"] for r in d["removed"]]
    def split_glued(text):  # a scraper's "21:00Antony" is two words
        return re.sub(r"(\d)(?=[^\W\d_])", r"\1 ", text)

    have = set(tokens(split_glued("\n".join(out))))
    missing = [t for t in tokens(split_glued(raw)) if t not in have]
    assert missing == []


def test_removals_name_their_rules():
    rules = {r.rule for r in seed_doc().removed}
    assert {"scraper.figure-credit", "link-marker.external", "bbc.licence-banner", "media.credit-prefix",
            "media.caption-prefix", "chrome.more-links", "chrome.related-heading"} <= rules
    credits = [r for r in seed_doc().removed if r.rule == "scraper.figure-credit"]
    assert len(credits) == 20 and credits[0].text == "Vladimir Putin - Figure 1\nPhoto BBC News"


TIMED = """Storm Ciarán live: coast road shut as winds reach 90mph

Thu 2 Nov 2023 09.40 GMT

Show key events only

09.32 GMT

Ferries cancelled

All sailings from Portsmouth have been cancelled for the rest of the day, the operator said.

Share

09.10 GMT
Sam Jones

Sam Jones reports from Cornwall

The coast road at Penzance is shut and the sea wall has been overtopped several times this morning.

08.55 GMT

Schools closed

More than 200 schools across Devon and Cornwall are closed today.
"""


def test_time_stamped_posts_get_times_headlines_and_bylines():
    doc = newsclean.parse(TIMED, format="text")
    assert [p.headline for p in doc.posts] == ["Ferries cancelled", None, "Schools closed"]
    assert [p.published for p in doc.posts] == ["2023-11-02T09:32+00:00", "2023-11-02T09:10+00:00",
                                                "2023-11-02T08:55+00:00"]
    assert [b.name for b in doc.posts[1].bylines] == ["Sam Jones"]
    # a line that restates the byline is body, not a headline
    assert doc.posts[1].blocks[0].text == "Sam Jones reports from Cornwall"
    assert doc.title.startswith("Storm Ciarán live")


def test_short_paragraph_is_not_a_headline():
    page = ("Election live\n\n10:00\n\nTurnout is up.\n\n"
            "Officials in three counties reported queues before polls opened this morning.\n\n"
            "09:30\n\nPolls open\n\nVoting has begun across the state, with results due tonight.\n\n"
            "09:00\n\nGood morning and welcome to our coverage of election day.\n")
    doc = newsclean.parse(page, format="text")
    assert doc.posts[0].headline is None and doc.posts[0].blocks[0].text == "Turnout is up."
    assert doc.posts[1].headline == "Polls open"
    assert doc.posts[2].headline is None


def test_one_line_quote_is_not_a_byline():
    page = ("Match live\n\n15:05\n\nKick-off\n\nThe teams are out and the anthem is playing in a packed stadium.\n\n"
            "15:00\n\nLine-ups\n\nThe home side start with the same eleven that won here last week.\n\n"
            "14:55\n\nManager speaks\n\n\"We are ready for this.\"\n\n"
            "The manager said the squad had trained well all week and nobody was injured.\n")
    doc = newsclean.parse(page, format="text")
    post = doc.posts[-1]
    assert post.headline == "Manager speaks" and post.bylines == ()
    assert post.blocks[0].text == "\"We are ready for this.\""


def test_name_and_role_lines_make_a_byline():
    page = ("Markets live\n\n09:40\n\nShares fall\n\nAnna Smith\n\nMarkets correspondent\n\n"
            "Shares in London fell sharply in early trading as investors weighed the figures.\n\n"
            "09:20\n\nOil steady\n\nOil prices were little changed on Tuesday after a volatile week for energy.\n\n"
            "09:00\n\nGood morning\n\nWelcome to our coverage of the markets on a busy day for company results.\n")
    doc = newsclean.parse(page, format="text")
    assert [(b.name, b.role) for b in doc.posts[0].bylines] == [("Anna Smith", "Markets correspondent")]
    assert doc.posts[0].headline == "Shares fall"


def test_credit_and_caption_lines_become_media():
    page = ("Floods live\n\n08:30\n\nRiver bursts banks\n\nCopyright: Reuters\n\nImage caption: Water in the high street\n\n"
            "The river burst its banks overnight, flooding dozens of homes in the town centre.\n\n"
            "08:10\n\nRescue teams out\n\nVideo contentVideo caption: Watch: boats rescue residents\n\n"
            "Rescue teams used boats to reach residents trapped by the water this morning.\n\n"
            "Drone view of the town. Photograph: Jane Doe/AP\n\n"
            "07:50\n\nWarnings issued\n\nThe agency issued flood warnings for three rivers in the region overnight.\n")
    doc = newsclean.parse(page, format="text")
    first, second, _ = doc.posts
    assert [(m.type, m.credit, m.caption) for m in first.media] == [("image", "Reuters", "Water in the high street")]
    assert [(m.type, m.credit, m.caption) for m in second.media] == [
        ("video", None, "Watch: boats rescue residents"), ("image", "Jane Doe/AP", "Drone view of the town.")]
    assert not re.search(r"Copyright|Image caption|Photograph", doc.to_json().split('"removed"')[0])


def test_numbered_headline_and_name_above_headline():
    page = ("Campaign live\n\n13:46\n\n1. Just askin'\n\nRepublicans piled on the senator today, asking where he was born.\n\n"
            "13:52\n\nRaya Jalabi\n\nSisi: experts checked security months ago\n\n"
            "Cameron is being quizzed at the press conference about the flights.\n\n"
            "14:03\n\nGeoff Lemon\n\nThat's it for me, I'm going back to my sickbed after a long day.\n")
    doc = newsclean.parse(page, format="text")
    assert [p.headline for p in doc.posts] == ["1. Just askin'", "Sisi: experts checked security months ago", None]
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[], ["Raya Jalabi"], ["Geoff Lemon"]]


def test_related_stories_after_the_feed_are_not_posts():
    page = ("Markets live\n\n10:00\n\nShares fall\n\nShares fell sharply in early trading as investors weighed the figures.\n\n"
            "09:00\n\nOil steady\n\nOil prices were little changed on Tuesday after a volatile week.\n\n"
            "08:00\n\nGood morning and welcome to our coverage of the markets today.\n\n"
            "More on this story\n\nBanks brace for a hard winter\n\n5h\n\nWhy the pound is falling\n\n13h\n")
    doc = newsclean.parse(page, format="text")
    assert [p.headline for p in doc.posts] == ["Shares fall", "Oil steady", None]
    assert any(r.rule == "page.footer" and "Why the pound is falling" in r.text for r in doc.removed)


def test_a_year_dated_stamp_among_bare_stamps_dates_the_page():
    page = ("Cup live\n\nJane Doe\n\nMonday 14 August 2023 10:17\n\n"
            "England are preparing for the semi-final, with the hosts gripped by the tournament.\n\n"
            "1692003712\n\nTeam news\n\nThe squad trained this morning with no new injuries reported.\n\n"
            "1692000112\n\nTickets\n\nTickets for the final sold out within an hour of going on sale.\n\n"
            "1691996512\n\nWeather\n\nRain is expected in Sydney on the day of the semi-final match.\n")
    doc = newsclean.parse(page, format="text")
    assert [p.headline for p in doc.posts] == ["Team news", "Tickets", "Weather"]
    assert doc.posts[0].published == "2023-08-14T09:01:52+00:00"  # the epoch stamp, in UTC
    assert doc.published == "2023-08-14"
