"""Finding a feed by its structure when no phrase calls the page live: times kept only in data-*
attributes of any name (one reader for the feed finder and the post reader), short newest-first
runs of clock-led updates with structural evidence of a feed, and advertising slots among a
feed's members. Each rule with a near miss."""
from lxml import html as lxml_html

import newsclean
from newsclean import feed_stamps


def _el(html: str):
    return lxml_html.fragment_fromstring(html)


def _page(body: str, title: str = "Valimised 2024") -> str:
    return (f"<html lang='et'><head><title>{title}</title></head><body><header><a>Uudised</a> <a>Sport</a>"
            f"</header><main><article><h1>{title}</h1>{body}</article></main>"
            f"<footer><p>Kõik õigused kaitstud.</p></footer></body></html>")


# -- times only in data-* attributes not named time or date ---------------------------------------

_BODIES = ["Erakond tänas valijaid ja lubas valitsust moodustada koos partneritega lähiajal.",
           "Pooled jaoskonnad on loetud ning vahe kahe suurema erakonna vahel kahaneb õhtu jooksul.",
           "Valimisjaoskonnad suleti kell kaheksa ning algas häälte lugemine kõigis maakondades."]


def _data_feed(attr: str, values: list[str]) -> str:
    items = "".join(f"<div class='live-feed__item' {attr}='{v}'><h4>Uudis number {i} saabus</h4><p>{b}</p></div>"
                    for i, (v, b) in enumerate(zip(values, _BODIES)))
    return _page(f"<p>Sissejuhatus.</p><div class='live-feed'>{items}</div>")


def test_stamp_in_a_data_attribute_of_any_name_is_a_stamp():
    el = _el("<div data-created='2024-10-13T23:10:00+03:00'><p>x</p></div>")
    assert feed_stamps.shows_time_of_day(el)
    assert feed_stamps.attribute_time(el) == "2024-10-13T23:10:00+03:00"
    assert feed_stamps.attribute_time(_el("<div data-js-timestamp='1728850200'><p>x</p></div>")) \
        == "2024-10-13T20:10:00+00:00"
    root = _el("<div><div data-ts='1728850200'><p>a</p></div><span data-created='2024-10-13T22:25'>b</span></div>")
    assert len([e for e, v in feed_stamps.timed_elements(root).items() if v]) == 2


def test_near_miss_ids_and_counters_in_data_attributes_are_no_stamp():
    for attrs in ("data-id='1717171717'", "data-count='1717171717'", "data-post-key='1717171717123'",
                  "data-views='1717171717'", "data-created='2024-10-13'", "data-created='17:10'"):
        el = _el(f"<div {attrs}><p>x</p></div>")
        assert not feed_stamps.shows_time_of_day(el), attrs
        assert feed_stamps.attribute_time(el) is None, attrs


def test_feed_stamped_only_in_data_created_is_found():
    doc = newsclean.parse(_data_feed("data-created", ["2024-10-13T23:10:00+03:00", "2024-10-13T22:25:00+03:00",
                                                      "2024-10-13T20:00:00+03:00"]), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert doc.posts[0].published == "2024-10-13T23:10:00+03:00"


def test_near_miss_feed_numbered_by_ids_only_stays_an_article():
    doc = newsclean.parse(_data_feed("data-id", ["1728850200", "1728847500", "1728838800"]), format="html")
    assert doc.kind == "article"

