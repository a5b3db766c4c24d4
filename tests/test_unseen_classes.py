"""Failure classes found on hand-made pages of templates the code never saw: each shape with a
near miss that must not fire. Fixtures are small and written here, shaped like real templates."""
from __future__ import annotations

import newsclean
from newsclean.feed_runs import bare_stamp_mark

_FILLER = ("Rzecznik wojewody przekazał, że sytuacja na wałach jest monitorowana przez całą noc "
           "przez strażaków i żołnierzy.")


def _page(body: str, *, title: str = "Powódź. Relacja na żywo", lang: str = "pl") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'</head><body><main><article><h1>{title}</h1>{body}</article></main>'
            f'<footer><p>Stopka serwisu</p></footer></body></html>').encode()


def _ticker(stamp, clocks) -> str:
    return '<div class="article-body">' + "".join(
        f"{stamp(c)}<p>Aktualizacja {i}: {_FILLER}</p><p>Drugi akapit {i}. {_FILLER}</p>"
        for i, c in enumerate(clocks)) + "</div>"


_CLOCKS = ["18.42", "17.55", "16.20", "15.08", "13.47", "12.30"]


# --- 1. flat ticker: a bold-only paragraph or a heading that is a bare stamp -----------------

def test_bare_stamp_mark_shapes():
    assert bare_stamp_mark("Godz. 18.42").hour == 18
    assert bare_stamp_mark("18.42").minute == 42
    assert bare_stamp_mark("klo 9.05").hour == 9
    assert bare_stamp_mark("Godz. 18.42 Tusk w Nysie") is None  # words after the clock
    assert bare_stamp_mark("Anna 18.42") is None  # a name before it
    assert bare_stamp_mark("Powódź w Nysie") is None


def test_bold_stamp_paragraphs_make_posts_with_times():
    doc = newsclean.parse(_page(_ticker(lambda c: f"<p><strong>Godz. {c}</strong></p>", _CLOCKS)))
    assert doc.kind == "liveblog"
    assert len(doc.posts) == len(_CLOCKS)
    assert [p.published[-5:] for p in doc.posts] == [c.replace(".", ":").rjust(5, "0") for c in _CLOCKS]
    assert all(p.headline is None for p in doc.posts)
    assert doc.posts[0].blocks[0].text.startswith("Aktualizacja 0")


def test_bare_clock_heading_is_the_posts_time():
    doc = newsclean.parse(_page(_ticker(lambda c: f"<h3>{c}</h3>", _CLOCKS)))
    assert doc.kind == "liveblog"
    assert [p.published[-5:] for p in doc.posts] == [c.replace(".", ":").rjust(5, "0") for c in _CLOCKS]
    assert all(p.headline is None for p in doc.posts)


def test_article_with_one_bold_time_line_stays_an_article():
    body = (f"<p>{_FILLER}</p>" * 4 + "<p><strong>18.42</strong></p>" + f"<p>{_FILLER}</p>" * 3
            + "<p><strong>19.10</strong></p>" + f"<p>{_FILLER}</p>" * 3)
    doc = newsclean.parse(_page(body, title="Powódź na Dolnym Śląsku"))
    assert doc.kind == "article"
    assert len(doc.posts) == 1


def test_schedule_of_times_is_not_a_feed():
    rows = ["9.00", "10.30", "12.00", "13.30", "15.00", "16.30"]
    body = (f"<p>{_FILLER}</p>" * 3 + "".join(f"<p><strong>{c}</strong></p><p>Punkt programu {i}</p>"
                                              for i, c in enumerate(rows)))
    doc = newsclean.parse(_page(body, title="Program festiwalu w Nysie"))
    assert doc.kind == "article"


# --- 2. a label on the same line as the clock -------------------------------------------------

_EN_BODY = ("The president spoke for more than an hour and returned again and again to the economy, "
            "which he said had recovered faster than any other large economy.")


def _cards(lead: str, n: int = 4) -> bytes:
    cards = "".join(
        f'<div data-qa="lu-card" class="card"><div data-qa="lu-card-header" class="hd">{lead}'
        f'<span data-qa="timestamp" class="x1">{11 - i}:{10 + i} p.m. EST</span></div>'
        f'<h2 data-qa="card-title">Update number {i} on the speech tonight</h2>'
        f"<p>{_EN_BODY}</p><p>{_EN_BODY}</p></div>" for i in range(n))
    return _page(cards, title="State of the Union live updates", lang="en")


def test_label_before_clock_on_one_line_is_the_label_and_the_time_is_kept():
    doc = newsclean.parse(_cards('<span data-qa="lu-kicker" class="k1">Analysis</span>'))
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.label for p in doc.posts] == ["Analysis"] * 4
    assert all(f"{23 - i}:{10 + i}" in (p.published or "") for i, p in enumerate(doc.posts))
    assert all("Analysis" not in b.text for p in doc.posts for b in p.blocks)


def test_word_before_clock_that_is_no_label_gives_no_label():
    doc = newsclean.parse(_cards('<span class="k1">Washington</span>'))
    assert all(p.label is None for p in doc.posts)


def test_data_qa_names_a_role():
    from lxml import html as lxml_html

    from newsclean.html_roles import class_says, roles
    el = lxml_html.fromstring('<span data-qa="timestamp">x</span>')
    assert "time" in class_says(roles(el))


# --- 3. a video player drawn by script: no <video>, no <img> ---------------------------------

_DA_BODY = "Morten Hjulmand hamrer bolden i mål fra 30 meter, og keeperen har ingen chance denne gang."


def _timeline(extra: str) -> bytes:
    items = "".join(
        f'<li class="tl__item"><div class="tl__min">{20 + i}\'</div><div class="tl__content">'
        f'<h3>Hændelse nummer {i} i kampen</h3>{extra if i == 1 else ""}<p>{_DA_BODY}</p></div></li>'
        for i in range(5))
    return _page(f'<ul class="tl">{items}</ul>', title="LIVE: Danmark – England", lang="da")


def test_video_block_with_a_player_mark_is_media_with_caption_and_credit():
    player = ('<div class="tc_video"><div class="tc_video__player" data-video-id="v1">'
              '<button class="tc_video__play">Afspil video</button></div>'
              '<div class="tc_video__caption"><span>Se målet her</span> '
              '<span class="tc_video__credit">Video: TV 2 Sport</span></div></div>')
    doc = newsclean.parse(_timeline(player))
    post = next(p for p in doc.posts if p.headline and "nummer 1" in p.headline)
    assert [(m.type, m.caption, m.credit) for m in post.media] == [("video", "Se målet her", "TV 2 Sport")]
    assert all("Video:" not in b.text and "Afspil" not in b.text for b in post.blocks)


def test_video_classed_text_without_a_player_stays_body():
    from lxml import html as lxml_html

    from newsclean.html_media import is_video_player
    assert not is_video_player(lxml_html.fromstring('<div class="video-notes"><p>Se flere videoer i appen</p></div>'))
    assert not is_video_player(lxml_html.fromstring('<div class="share"><button>Del</button></div>'))
    assert is_video_player(lxml_html.fromstring('<div class="video"><iframe src="https://x/embed/1"></iframe></div>'))


# --- 4. a pinned copy when the copy in place also has a label --------------------------------

_FI_BODY = "Oikeusministeriön mukaan kaikki äänet on laskettu ja tulos vahvistetaan tiistaina virallisesti."


def _fi_post(cls: str, label: str, clock: str, title: str) -> str:
    return (f'<article class="live-post {cls}"><div class="live-post__header">'
            f'<span class="live-post__{"pinned" if "pinned" in cls else "badge"}">{label}</span>'
            f'<span class="live-post__timestamp">klo {clock}</span></div>'
            f'<h2 class="live-post__title">{title}</h2><div class="live-post__content"><p>{title}. {_FI_BODY}</p>'
            f"</div></article>")


_FI_FEED = [("23.18", "Stubb kiittää äänestäjiä"), ("22.40", "Haavisto onnitteli Stubbia"),
            ("22.05", "Kaikki äänet laskettu"), ("21.30", "Ero kaventuu illan mittaan"),
            ("20.55", "Ennakkoäänet on nyt laskettu")]


def _fi_page(top_cls: str, top_label: str, top_at: int = 0) -> bytes:
    posts = [_fi_post("", "Tärkeä" if c == "22.05" else "", c, t) for c, t in _FI_FEED]
    posts.insert(top_at, _fi_post(top_cls, top_label, "22.05", "Kaikki äänet laskettu"))
    return _page('<div class="live-feed">' + "".join(posts) + "</div>",
                 title="Presidentinvaali – seuraa vaali-illan tunnelmia", lang="fi")


def test_pinned_classed_copy_goes_when_both_copies_have_labels():
    doc = newsclean.parse(_fi_page("live-post--pinned", "Kiinnitetty"))
    titles = [p.headline for p in doc.posts]
    assert titles.count("Kaikki äänet laskettu") == 1
    kept = next(p for p in doc.posts if p.headline == "Kaikki äänet laskettu")
    assert kept.label == "Tärkeä"
    assert titles.index("Kaikki äänet laskettu") == 2  # the copy in its place stays


def test_unmarked_copy_on_top_out_of_time_order_goes():
    doc = newsclean.parse(_fi_page("", "Huomio"))
    assert [p.headline for p in doc.posts].count("Kaikki äänet laskettu") == 1


def test_labelled_repeat_in_time_order_stays():
    # the same update twice, both labelled, neither pinned nor out of order: left alone
    doc = newsclean.parse(_fi_page("", "Huomio", top_at=2))
    assert [p.headline for p in doc.posts].count("Kaikki äänet laskettu") == 2


# --- 5. an in-post teaser led by a kicker element ---------------------------------------------

_IT_BODY = ("La scossa è stata avvertita distintamente a Pozzuoli e nei quartieri occidentali di Napoli, "
            "dove molti residenti sono scesi in strada.")


def _it_page(box: str) -> bytes:
    posts = "".join(
        f'<div class="live-blog__post" id="p{i}"><time class="live-blog__time">{18 - i}:{10 + i}</time>'
        f'<h2>Aggiornamento numero {i} da Pozzuoli</h2><div class="live-blog__text"><p>{_IT_BODY}</p></div>'
        f'{box if i == 1 else ""}</div>' for i in range(4))
    return _page(f'<div class="live-blog">{posts}</div>', title="Campi Flegrei, la diretta", lang="it")


def _post1(doc):
    return next(p for p in doc.posts if p.headline and "numero 1" in p.headline)


def test_teaser_with_kicker_span_leaves_the_body():
    box = ('<div class="inline-article"><span class="inline-article__kicker">Da non perdere</span>'
           '<a href="/cronaca/2024/05/20/news/bradisismo-42/"><span class="inline-article__title">'
           "Bradisismo, cos'è e perché la terra si solleva</span></a></div>")
    doc = newsclean.parse(_it_page(box))
    assert [b.text for b in _post1(doc).blocks] == [_IT_BODY]


def test_teaser_with_pack_lead_in_and_trailing_date_leaves_the_body():
    box = ('<div class="related">Leggi anche <a href="/cronaca/2024/05/19/news/sciame-41/">'
           "Lo sciame sismico della notte scorsa ai Campi Flegrei</a> <time>19.05.2024 20:10</time></div>")
    doc = newsclean.parse(_it_page(box))
    assert [b.text for b in _post1(doc).blocks] == [_IT_BODY]


def test_sentence_around_a_link_stays_body():
    box = ('<div class="note">Il sindaco di Pozzuoli ha firmato stamattina <a href="/cronaca/ordinanza-7/">'
           "la nuova ordinanza di evacuazione per la zona rossa</a> valida fino a domenica.</div>")
    doc = newsclean.parse(_it_page(box))
    assert any("ordinanza di evacuazione" in b.text for b in _post1(doc).blocks)


# --- a desk word alone is no post byline -------------------------------------------------------

def _bylined_posts(names) -> bytes:
    posts = "".join(
        f'<div class="liveblog-entry"><time datetime="2023-07-24T1{i}:00:00+03:00">1{i}:00</time>'
        f'<h3>Update number {i} on the vote</h3><div class="byline">By {name}</div>'
        f"<p>Lawmakers debated the bill for a further hour on day {i}. {_FILLER}</p></div>"
        for i, name in enumerate(names))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vote live</title></head>'
            f'<body><main><h1>Vote live updates</h1><div class="liveblog">{posts}</div></main></body></html>').encode()


def test_a_desk_word_alone_is_no_post_byline():
    doc = newsclean.parse(_bylined_posts(["Jeremy Sharon", "Agencies", "Sue Surkes", "Agencies"]))
    assert doc.kind == "liveblog"
    names = [[b.name for b in p.bylines] for p in doc.posts]
    assert names == [["Jeremy Sharon"], [], ["Sue Surkes"], []]
    assert any("Agencies" in r.text for r in doc.removed)  # recorded, not silently dropped
