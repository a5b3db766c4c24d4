"""Failure classes found by a third probe of templates never seen (issue #10): each shape with a
near miss that must not fire. The fixtures are small, written here, shaped like real templates."""
from __future__ import annotations

import newsclean


def _doc(body: str, *, head: str = "", title: str = "Election night", lang: str = "en") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}'
            f'</head><body><main>{body}</main></body></html>').encode()


_PARA = ("The county clerk said the count would continue through the night, with the last ballots "
         "from the northern precincts expected around dawn. Observers from both parties were present.")


# --- 1. a year alone is no date --------------------------------------------------------------

def test_copyright_year_is_no_publication_date():
    body = (f"<article><h1>Election Day 2024: results as polls close</h1><p>{_PARA}</p>"
            f"<p>{_PARA}</p></article><footer><p>©2024 Example Network, LLC.</p></footer>")
    doc = newsclean.parse(_doc(body, title="Election Day 2024: results as polls close"))
    assert doc.published is None


def test_first_of_month_written_in_full_is_still_read():
    body = (f"<article><h1>New year storm hits the coast</h1><p class='dateline'>1 January 2024</p>"
            f"<p>{_PARA}</p><p>{_PARA}</p></article><footer><p>©2024 Example Network, LLC.</p></footer>")
    doc = newsclean.parse(_doc(body, title="New year storm hits the coast"))
    assert doc.published == "2024-01-01"


def test_a_full_date_in_text_is_still_read():
    body = (f"<article><h1>Storm hits the coast</h1><p class='dateline'>Published March 5, 2024</p>"
            f"<p>{_PARA}</p><p>{_PARA}</p></article><footer><p>©2024 Example Network, LLC.</p></footer>")
    doc = newsclean.parse(_doc(body, title="Storm hits the coast"))
    assert doc.published == "2024-03-05"


# --- 2. a person chip without its lead word and the outlet after the name -------------------

def _live(posts: list[str], *, site: str = "Example News", lang: str = "en", title: str = "Live updates",
          head: str = "") -> bytes:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    body = (f"<h1>{title}</h1><div class='live-posts'>" + "".join(posts) + "</div>")
    return _doc(body, head=meta + head, title=title, lang=lang)


def _post(i: int, chip: str, *, clock: str | None = None) -> str:
    clock = clock or f"2024-11-05T{20 - i:02d}:15:00Z"
    return (f"<article class='live-post' id='post-{i}'><div class='post-meta'><time datetime='{clock}'>"
            f"{20 - i}:15</time></div><h2 class='title'>Update number {i} on the count</h2>"
            f"<div class='author-byline'><span>{chip}</span></div>"
            f"<div class='article-body'><p>{_PARA} ({i})</p></div></article>")


def test_trailing_site_name_is_no_part_of_the_name():
    names = ["Paul Steinhauser", "Danielle Wallace"]
    doc = newsclean.parse(_live([_post(i, f"By <a href='/p/{i}'>{names[i % 2]}</a> Example News")
                                 for i in range(5)]))
    assert doc.kind == "liveblog"
    assert [b.name for p in doc.posts for b in p.bylines] == [names[i % 2] for i in range(5)]


def test_name_that_only_shares_a_word_with_the_site_is_kept():
    # near miss: the site is "Wallace" alone: "Danielle Wallace" is a name, not a name and an outlet
    doc = newsclean.parse(_live([_post(i, "By <a>Danielle Wallace</a>") for i in range(4)], site="Wallace"))
    assert {b.name for p in doc.posts for b in p.bylines} == {"Danielle Wallace"}


def _figaro_post(i: int, chip: str) -> str:
    return (f"<div class='live-post' id='live-{i}'><div class='live-post__header'>"
            f"<span class='live-post__time'>{21 - i}h42</span> <span class='live-post__author'>{chip}</span>"
            f"</div><h2 class='live-post__title'>Titre de la mise à jour {i}</h2><div class='live-post__body'>"
            f"<p>Les premiers résultats tombent dans les circonscriptions du nord, où la participation "
            f"atteint un niveau historique selon le ministère de l'Intérieur ({i}).</p></div></div>")


def test_byline_lead_of_the_page_language_is_dropped():
    doc = newsclean.parse(_live([_figaro_post(i, "Par Wally Bordas") for i in range(5)], lang="fr",
                                site="Le Quotidien", title="Législatives EN DIRECT",
                                head='<meta property="article:published_time" content="2024-07-07T18:00:00+02:00">'))
    assert doc.kind == "liveblog"
    assert {b.name for p in doc.posts for b in p.bylines} == {"Wally Bordas"}


def test_lead_word_of_another_language_opens_a_name():
    # near miss: on an English page "Di" is no lead word ("Di Maio" is a surname)
    doc = newsclean.parse(_live([_figaro_post(i, "Luigi Di Maio") for i in range(4)], lang="en",
                                head='<meta property="article:published_time" content="2024-07-07T18:00:00+02:00">'))
    assert {b.name for p in doc.posts for b in p.bylines} == {"Luigi Di Maio"}


# --- 3. figures: embed-classed wrappers, credit labels, credits inside captions, wp-caption -----

def _live_with(inner: str, *, lang: str = "en") -> newsclean.Document:
    posts = [(f"<article class='live-post'><time datetime='2024-03-17T{18 - i:02d}:05:00+03:00'>{18 - i}:05</time>"
              f"<h2>Update number {i} from the polling stations</h2><div class='post-body'>"
              + (inner if i == 1 else "") + f"<p>{_PARA} ({i})</p></div></article>") for i in range(4)]
    doc = newsclean.parse(_live(posts, lang=lang))
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    return doc


def _media(doc) -> list[tuple]:
    return [(m.type, m.credit, m.caption) for m in doc.posts[1].media]


def _body(doc) -> str:
    return " ".join(b.text for b in doc.posts[1].blocks)


def test_picture_figure_in_an_embed_class_is_media():
    doc = _live_with("<figure class='EmbedBlock-module_root'><div><img src='/a.jpg' alt=''></div>"
                     "<figcaption><div class='caption'>A queue at the embassy</div>"
                     "<div class='credit'>Jane Roe / Reuters</div></figcaption></figure>")
    assert _media(doc) == [("image", "Jane Roe / Reuters", "A queue at the embassy")]


def test_embed_class_figure_with_a_quote_stays_an_embed():
    doc = _live_with("<figure class='embed-block'><blockquote class='twitter-tweet'><p>Polls are open</p>"
                     "<img src='/avatar.jpg' alt=''><a href='https://x.com/a/status/1'>March 17</a></blockquote>"
                     "<figcaption>A post by the commission</figcaption></figure>")
    assert not doc.posts[1].media
    assert any(b.type == "embed" for b in doc.posts[1].blocks)


def test_two_credit_labels_in_a_row_are_a_prefix():
    doc = _live_with("<div class='instory'><img src='/b.jpg' alt=''><div class='instory_caption'>"
                     "Leaders at the party headquarters</div><div class='instory_credit'>Photo Credit: PTI</div></div>")
    assert _media(doc) == [("image", "PTI", "Leaders at the party headquarters")]


def test_bracketed_credit_element_with_a_label_no_pack_knows():
    doc = _live_with("<figure><img src='/c.jpg' alt=''><figcaption>The president spoke from the balcony. "
                     "<span class='source'>(Fotoğraf: AA)</span></figcaption></figure>", lang="tr")
    assert _media(doc) == [("image", "AA", "The president spoke from the balcony.")]


def test_credit_after_a_dash_and_a_label_inside_the_caption():
    doc = _live_with("<figure><img src='/d.jpg' alt=''><figcaption>Magyar Péter az Andrássy úton – "
                     "Fotó: Telex / Hevesi-Szabó Ádám</figcaption></figure>", lang="hu")
    assert _media(doc) == [("image", "Telex / Hevesi-Szabó Ádám", "Magyar Péter az Andrássy úton")]


def test_dash_and_colon_before_a_sentence_is_caption():
    # near miss: what follows the label is a sentence, not a credit
    text = "The bridge at dawn – Update: the road reopened at noon."
    doc = _live_with(f"<figure><img src='/e.jpg' alt=''><figcaption>{text}</figcaption></figure>")
    assert _media(doc) == [("image", None, text)]


def test_wordpress_caption_block_is_a_figure():
    doc = _live_with("<div class='wp-caption'><img src='/f.jpg' alt=''><p class='wp-caption-text'>"
                     "The railway station of the city <em>(ΑΠΕ-ΜΠΕ)</em></p></div>", lang="el")
    assert _media(doc) == [("image", "ΑΠΕ-ΜΠΕ", "The railway station of the city")]
    assert "railway station" not in _body(doc)


def test_wordpress_caption_with_a_bracket_in_lower_case_has_no_credit():
    # near miss: "(left)" is part of the caption's sentence
    doc = _live_with("<div class='wp-caption'><img src='/g.jpg' alt=''><p class='wp-caption-text'>"
                     "The minister <em>(left)</em></p></div>")
    assert _media(doc) == [("image", None, "The minister (left)")]


# --- 4. a pinned copy above the feed, its marker in a language no pack knows ---------------------

def _entry(i: int, clock: str, headline: str, marker: str = "") -> str:
    return (f"<div class='live-entry'>{marker}<div class='live-entry-meta'><span class='live-badge'>ΕΚΤΑΚΤΟ</span>"
            f"<span class='live-time'>{clock}</span></div><h3 class='live-entry-title'>{headline}</h3>"
            f"<div class='live-entry-content'><p>{_PARA} ({headline})</p></div></div>")


_HEADS = ["The minister resigns", "Death toll rises to 36", "Rescue work continues", "Station master arrested"]


def test_pinned_copy_at_the_top_is_dropped():
    pinned = _entry(0, "14:05", _HEADS[0], marker="<span class='k-mark'>Καρφιτσωμένο</span>")
    feed = [_entry(i, f"{14 - i}:05", h) for i, h in enumerate(_HEADS)]
    doc = newsclean.parse(_live([pinned] + feed, lang="el", site="",
                                head='<meta property="article:published_time" content="2023-03-01T16:00:00+02:00">'))
    assert [p.headline for p in doc.posts] == _HEADS
    assert "Καρφιτσωμένο" not in " ".join(b.text for p in doc.posts for b in p.blocks)


def test_top_post_with_its_own_sentence_above_a_repeat_is_kept():
    # near miss: the top post adds a sentence of its own before repeating an earlier text
    top = _entry(0, "14:05", _HEADS[0], marker="<p class='k-note'>The ministry has now confirmed this.</p>")
    feed = [_entry(i, f"{14 - i}:05", h) for i, h in enumerate(_HEADS)]
    doc = newsclean.parse(_live([top] + feed, lang="el", site="",
                                head='<meta property="article:published_time" content="2023-03-01T16:00:00+02:00">'))
    assert len(doc.posts) == 5


# --- 5. the page's date in a meta row beside the headline completes bare post clocks -----------

def _meta_row_page(row: str, *, first_post_extra: str = "") -> bytes:
    items = "".join(
        f"<div class='liveblog-item'><div class='liveblog-item__header'><span class='liveblog-item__time'>{c}</span>"
        f"</div><h2>Frissítés {i}</h2><div class='liveblog-item__body'>{first_post_extra if i == 0 else ''}"
        f"<p>{_PARA} ({i})</p></div></div>"
        for i, c in enumerate(["18:44", "17:20", "15:05", "11:40"]))
    body = (f"<div class='article_title'><h1>Március 15.: beszédek és ünnepség Budapesten</h1></div>{row}"
            f"<div class='liveblog'>{items}</div>")
    return _doc(body, lang="hu", title="Március 15.: beszédek és ünnepség Budapesten")


def test_meta_row_date_completes_bare_clocks():
    for row in ("<div class='article_date'><span>2024. március 15. – 18:44</span></div>",
                "<div class='meta'><span>15.03.2024</span></div>"):
        doc = newsclean.parse(_meta_row_page(row))
        assert [p.published for p in doc.posts][:2] == ["2024-03-15T18:44", "2024-03-15T17:20"], row


def test_a_date_inside_the_feed_is_no_page_date():
    # near miss: no meta row; the first post's text names a date, which is the post's, not the page's
    doc = newsclean.parse(_meta_row_page("", first_post_extra="<p>Tegnap, 2024. március 14. este</p>"))
    assert doc.posts[0].published == "18:44"


# --- 6. decoration marks around a heading, the post's clock inside them -------------------------

def _ticker_page(headings: list[str]) -> bytes:
    entries = "".join(f"<div class='liveticker__entry' id='e{i}'><h2>{h}</h2><p>{_PARA} ({i})</p></div>"
                      for i, h in enumerate(headings))
    body = (f"<article><h1>Ukraine-Krieg im Liveticker</h1><span class='article__date'>25.02.2024, 21:40 Uhr</span>"
            f"<div class='liveticker'>{entries}</div></article>")
    return _doc(body, lang="de", title="Ukraine-Krieg im Liveticker")


def test_clock_between_decoration_marks_is_the_post_time():
    clocks = ["21:40", "19:12", "16:30", "08:05"]
    doc = newsclean.parse(_ticker_page(
        [f"<span class='plus'>+++</span> <span class='time'>{c}</span> Meldung Nummer {i} aus Kiew "
         f"<span class='plus'>+++</span>" for i, c in enumerate(clocks)]))
    assert [p.headline for p in doc.posts] == [f"Meldung Nummer {i} aus Kiew" for i in range(4)]
    assert [p.published for p in doc.posts] == [f"2024-02-25T{c}" for c in clocks]


def test_single_marks_and_ellipses_are_part_of_the_heading():
    # near miss: one "+" opening a heading and a closing ellipsis are the headline's own
    heads = ["+ 3 Grad: Rekord im Februar", "Und dann kam der Regen ...", "Kiew meldet Angriffe", "Lage bleibt unklar"]
    doc = newsclean.parse(_ticker_page(heads))
    assert [p.headline for p in doc.posts] == heads


# --- 7. articles: a story container classed "meta"; a standfirst set as an h2 --------------------

_STORY = ["Biroul Electoral Central a anunțat luni rezultatele finale ale primului tur al alegerilor, "
          "după numărarea tuturor voturilor din țară și din diaspora.",
          "Premierul, candidatul partidului de guvernământ, s-a clasat pe locul al treilea, la o diferență "
          "de aproximativ 2.700 de voturi față de candidata aflată pe locul doi.",
          "Prezența la vot a fost mai mare decât la primul tur din 2019, iar peste 800.000 de români din "
          "diaspora au votat în secțiile deschise în străinătate."]


def _article(story_class: str, *, after_h1: str = "") -> bytes:
    paras = "".join(f"<p>{t}</p>" for t in _STORY)
    body = (f"<article class='article'><div class='breadcrumb'><a href='/a'>Alegeri 2024</a></div>"
            f"<h1 class='article-title'>Rezultate finale: doi candidați intră în turul doi</h1>{after_h1}"
            f"<div class='article-meta'><div class='author'>de <a>Redacția</a></div>"
            f"<time datetime='2024-11-25T16:20:00+02:00'>25.11.2024 16:20</time></div>"
            f"<div class='{story_class}'>{paras}</div>"
            f"<section class='article-related'><h2>Articole recomandate</h2><ul>"
            + "".join(f"<li><a href='/x{i}'><h3>Un alt articol despre alegeri, numărul {i}</h3></a></li>" for i in range(4))
            + "</ul></section></article>")
    return _doc(body, lang="ro", title="Rezultate finale: doi candidați intră în turul doi")


def test_story_container_classed_meta_keeps_its_paragraphs():
    doc = newsclean.parse(_article("entry data-app-meta-article"))
    assert doc.kind == "article"
    assert [b.text for b in doc.posts[0].blocks] == _STORY


def test_meta_row_stays_out_of_the_body():
    # near miss: the short "article-meta" row (author, date) is still no story paragraph
    doc = newsclean.parse(_article("entry"))
    assert [b.text for b in doc.posts[0].blocks] == _STORY


_SPOT = ("Kahramanmaraş merkezli depremlerin birinci yılında bölgede anma törenleri düzenlendi. "
         "Depremin yaşandığı saat 04.17'de binlerce kişi meydanlarda buluştu.")


def test_h2_standfirst_after_the_headline_is_the_summary():
    doc = newsclean.parse(_article("entry", after_h1=f"<h2 class='news-detail-spot'>{_SPOT}</h2>"))
    assert doc.summary == (_SPOT,)
    assert [b.text for b in doc.posts[0].blocks] == _STORY


def test_short_h2_after_the_headline_is_no_standfirst():
    # near miss: a short subtitle without a sentence's end
    doc = newsclean.parse(_article("entry", after_h1="<h2>Turul doi pe 8 decembrie</h2>"))
    assert doc.summary == ()


def test_a_chip_naming_only_the_site_gives_no_byline():
    # near miss of the outlet rule: "By Example News" names no person at all
    doc = newsclean.parse(_live([_figaro_post(i, "By Example News") for i in range(4)],
                                head='<meta property="article:published_time" content="2024-07-07T18:00:00+02:00">'))
    assert doc.kind == "liveblog"
    assert not [b.name for p in doc.posts for b in p.bylines]
