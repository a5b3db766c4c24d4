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


# -- a short newest-first run of clock-led updates, built as a feed --------------------------------

_NEWS = ["Lider stranke je rekao da će pokušati sastaviti vladu, ali ne sa svima.",
         "Prema podacima komisije konačna izlaznost iznosi 38,9 posto, najniže do sada.",
         "Prema izlaznoj anketi vodeća stranka dobiva 26,1 posto glasova birača."]


def _heading_run(clocks: list[str], machine: bool) -> str:
    heads = []
    for i, (c, text) in enumerate(zip(clocks, _NEWS)):
        stamp = f"<time datetime='2024-10-27T{c}:00+02:00'>{c} h.</time>" if machine else f"{c} h."
        heads.append(f"<h3>{stamp} Vijest broj {i} stiže iz stožera</h3><p>{text}</p><p>Više uskoro.</p>")
    return _page("<p><strong>Pratite razvoj događaja.</strong></p><div class='body'>" + "".join(heads) + "</div>",
                 title="Izbori 2024: rezultati i reakcije")


def test_three_headings_each_with_its_machine_time_make_a_feed():
    doc = newsclean.parse(_heading_run(["21:40", "20:55", "20:00"], machine=True), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert [p.headline for p in doc.posts][0] == "Vijest broj 0 stiže iz stožera"
    assert doc.posts[0].published.startswith("2024-10-27T21:40")


def test_near_miss_three_clock_headings_without_machine_times_stay_an_article():
    assert newsclean.parse(_heading_run(["21:40", "20:55", "20:00"], machine=False), format="html").kind == "article"


def test_near_miss_oldest_first_clock_headings_stay_an_article():
    # a chronology told inside an article runs forward, even with machine times
    assert newsclean.parse(_heading_run(["20:00", "20:55", "21:40"], machine=True), format="html").kind == "article"


def _bold_run(clocks: list[str], rules: bool) -> str:
    sep = "<hr>" if rules else ""
    paras = sep.join(f"<p><strong>Kl. {c}</strong> – {text}</p><p>Frekari upplýsingar berast síðar í kvöld.</p>"
                     for c, text in zip(clocks, _NEWS))
    return _page(f"<section class='content'>{paras}</section>", title="Kosningavaktin: úrslit kvöldsins")


def test_bold_clock_paragraphs_set_off_by_rules_make_a_feed():
    doc = newsclean.parse(_bold_run(["02:10", "00:35", "22:00"], rules=True), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert doc.posts[0].blocks[0].text.startswith("Lider stranke")  # the stamp is not body text
    assert [p.published[-5:] for p in doc.posts] == ["02:10", "00:35", "22:00"]  # (no page date: clocks)


def test_near_miss_bold_clock_paragraphs_without_rules_stay_an_article():
    assert newsclean.parse(_bold_run(["02:10", "00:35", "22:00"], rules=False), format="html").kind == "article"


def test_near_miss_oldest_first_bold_clocks_with_rules_stay_an_article():
    assert newsclean.parse(_bold_run(["14:00", "15:30", "16:45"], rules=True), format="html").kind == "article"


# -- advertising slots among a feed's members ------------------------------------------------------

_POSTS = ["Polls are now closed in the east and results will start coming in shortly tonight.",
          "Broadcasters are all projecting a government led by the incumbent party tonight.",
          "The opposition leader congratulates the winner but promises a strong opposition.",
          "The prime minister takes the stage and thanks volunteers across the whole country."]


def _scribble(middle: str, lang: str = "en") -> str:
    posts = [f"<div class='Post' id='post-{i}'><div class='Content'><p>{t}</p></div><div class='Meta'>"
             f"<span class='Time'>{9 + i}:{10 + i} PM</span></div></div>" for i, t in enumerate(_POSTS)]
    posts.insert(2, middle)
    return (f"<html lang='{lang}'><head><title>Election night live</title></head><body><main><h1>Election night"
            f"</h1><div class='Posts'>{''.join(posts)}</div></main></body></html>")


def test_an_untimed_ad_slot_between_posts_is_dropped_and_recorded():
    doc = newsclean.parse(_scribble("<div class='Post Advertisement'><div class='Content'><span>Advertisement"
                                    "</span></div></div>"), format="html")
    assert len(doc.posts) == 4
    assert any(r.rule == "feed.ad-slot" and r.text == "Advertisement" for r in doc.removed)


def test_an_untimed_member_showing_only_an_ad_label_is_dropped():
    doc = newsclean.parse(_scribble("<div class='Post'><div class='Content'><span>Anzeige</span></div></div>",
                                    lang="de"), format="html")
    assert len(doc.posts) == 4 and any(r.rule == "feed.ad-slot" for r in doc.removed)


def test_near_miss_an_untimed_post_with_its_own_text_between_posts_stays():
    untimed = ("<div class='Post'><div class='Content'><p>Turnout was the highest in two decades, officials "
               "said, with long queues reported at polling stations in the capital.</p></div></div>")
    assert len(newsclean.parse(_scribble(untimed), format="html").posts) == 5


def test_near_miss_a_promoted_post_with_a_post_s_text_stays():
    promoted = ("<div class='Post promoted'><div class='Content'><p>Our reporters are at every party headquarters "
                "tonight and will bring you reaction from the candidates as results arrive.</p></div></div>")
    doc = newsclean.parse(_scribble(promoted), format="html")
    assert len(doc.posts) == 5 and not any(r.rule == "feed.ad-slot" for r in doc.removed)


def test_clock_heading_with_an_abbreviated_hour_word_splits_off_the_stamp():
    from newsclean.post_parts import leading_clock
    assert leading_clock("21:40 ч. Борисов: Ще търсим кабинет") == ("21:40", "Борисов: Ще търсим кабинет")
    # near misses: a capitalised word after the clock is the headline's; "e.g." is no hour word
    assert leading_clock("14:32 Dr. Smith says he will run") == ("14:32", "Dr. Smith says he will run")
    assert leading_clock("14:32 e.g. something else here") == ("", "14:32 e.g. something else here")
