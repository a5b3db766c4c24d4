"""The per-post walk on small hand-written templates shaped like real ones (VRT-like component
markup, NYT-like itemprop markup, Sporza-like match timelines), in several languages. Each
class of rule has a near miss that must not fire."""
import pytest
from lxml import etree

from newsclean import html_front
from newsclean.html_roles import DROP_TAGS, Ctx, shown_text
from newsclean.post_clean import drop_repeated_lines
from newsclean.post_bylines import split_names
from newsclean.post_walk import extract_post
from newsclean.sites import rules_for


def walk(markup: str, *, site_names=frozenset(), page_date=None, page_offset=None, language=None):
    tree = html_front.parse_tree(f"<html><body><div id='feed'>{markup}</div></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None), site_names=site_names, language=language)
    containers = [c for c in tree.get_element_by_id("feed") if isinstance(c.tag, str)]
    posts = [extract_post(c, ctx, page_date, page_offset) for c in containers]
    return [p for p in posts if p is not None], ctx


# -- 1. headlines outside h1-h6 ---------------------------------------------------------------------

def test_headline_from_a_title_classed_div_and_itemprop():
    posts, _ = walk("""
      <article><div class="post-title">Hochwasser erreicht die Altstadt</div>
        <p>Die Feuerwehr hat am Morgen die ersten Sandsäcke verteilt, sagte ein Sprecher der Stadt.</p></article>
      <article><span itemprop="headline">Le pont reste fermé jusqu'à lundi</span>
        <p>La préfecture a annoncé la fermeture du pont pour des raisons de sécurité ce matin.</p></article>""")
    assert [p.headline for p in posts] == ["Hochwasser erreicht die Altstadt", "Le pont reste fermé jusqu'à lundi"]
    assert all(len(p.blocks) == 1 for p in posts)


def test_title_classed_element_that_only_links_elsewhere_is_not_the_headline():
    posts, _ = walk("""
      <article><div class="card-title"><a href="/tag/spelers/123">Lionel Messi scoort opnieuw vandaag</a></div>
        <p>Argentinië moet weer vol aan de bak en bijna sleept Messi ze er weer door.</p></article>""")
    assert posts[0].headline is None


def test_bold_only_first_paragraph_is_the_headline():
    posts, _ = walk("""
      <div class="entry"><p><strong>Regering valt na stemming in parlement</strong></p>
        <p>De coalitie verloor vanavond de vertrouwensstemming met twee stemmen verschil.</p></div>""")
    assert posts[0].headline == "Regering valt na stemming in parlement"
    assert [b.text for b in posts[0].blocks] == ["De coalitie verloor vanavond de vertrouwensstemming met twee stemmen verschil."]


@pytest.mark.parametrize("markup", [
    # a bold quote is a quote, not a title
    """<div class="entry"><p><strong>“We gaan door tot het einde”</strong></p>
       <p>Dat zei de minister na afloop van het overleg met de vakbonden.</p></div>""",
    # a bold lead-in sentence inside body text
    """<div class="entry"><p>De minister sprak kort.</p><p><strong>Daarna volgde een stemming</strong></p>
       <p>De oppositie stemde tegen het voorstel van de regering.</p></div>""",
    # a bold line that is the whole post is its body
    """<div class="entry"><p><strong>Dit is het einde van onze liveblog</strong></p></div>""",
])
def test_bold_near_misses_are_not_headlines(markup):
    posts, _ = walk(markup)
    assert posts[0].headline is None
    assert posts[0].blocks


def test_empty_heading_takes_the_following_block():
    # <h2><p>Title</p></h2> parses as an empty h2 followed by a p
    posts, _ = walk("""<section><h2><p>Los bomberos controlan el incendio</p></h2>
        <p>El fuego comenzó anoche en una nave industrial a las afueras de la ciudad.</p></section>""")
    assert posts[0].headline == "Los bomberos controlan el incendio"
    assert [b.text for b in posts[0].blocks] == ["El fuego comenzó anoche en una nave industrial a las afueras de la ciudad."]


# -- 2. times --------------------------------------------------------------------------------------

VRT_POST = """
<div data-sentry-component="LiveBlogPost" id="p{n}">
  <div class="flex"><span class="prose-captions">{tag}</span>
    <div data-sentry-component="Metadata"><span data-sentry-component="Time"><span class="sr-only">Gepubliceerd:</span>
      <span class="prose-captions"><time datetime="2026-07-03T21:{n}2:00Z">vr 03 jul. 23u{n}2</time></span></span></div>
    <div data-sentry-component="Author"><span class="prose-captions">Lisa Lefèvre</span><div><img alt="" src="a.png"></div></div>
  </div>
  <div data-sentry-component="LiveBlogPostTitle"><h2>Optreden {n} begint met een verrassing</h2></div>
  <div data-sentry-component="LiveBlogPostText"><p>De weide stond vol voor het optreden van de avond, en het publiek zong luid mee.</p></div>
  <div data-sentry-component="LiveBlogPostImage"><div><img src="x.jpg" alt=""></div><div class="mt-2"><span>Romy Madley Croft</span></div></div>
  <div class="flex justify-end"><div role="button" tabindex="0"><span>Delen</span></div></div>
</div>"""


def test_vrt_like_post_time_in_a_span_label_author_media_and_share_button():
    markup = VRT_POST.format(n=1, tag="Einde liveblog") + VRT_POST.format(n=2, tag="")
    posts, ctx = walk(markup)
    first = posts[0]
    assert first.published == "2026-07-03T21:12:00+00:00"
    assert first.label == "Einde liveblog"
    assert first.headline == "Optreden 1 begint met een verrassing"
    assert [b.name for b in first.bylines] == ["Lisa Lefèvre"]
    assert [(m.type, m.caption) for m in first.media] == [("image", "Romy Madley Croft")]
    assert [b.text for b in first.blocks] == ["De weide stond vol voor het optreden van de avond, en het publiek zong luid mee."]
    assert posts[1].label is None
    assert ("html.control-element", "Delen") in [(r.rule, r.text) for r in ctx.removed]


def test_stamp_split_over_inline_elements_does_not_run_together():
    tree = html_front.parse_tree("<p class='x'><span>November</span><span>02</span><span>2023</span><b>21:06</b> (IST)</p>")
    assert shown_text(tree.find(".//p")) == "November 02 2023 21:06 (IST)"
    # near miss: text running into an element is joined as shown
    tree = html_front.parse_tree("<p>in Klub <a href='/x'>C</a>. Daarna</p>")
    assert shown_text(tree.find(".//p")) == "in Klub C. Daarna"


def test_heading_with_leading_clock_gives_time_and_headline():
    posts, _ = walk("""<div class="u"><h2>7:12 am: Gilead's treatment gets orphan drug label</h2>
        <p>The experimental drug received the designation from the regulator on Monday.</p></div>""")
    assert posts[0].headline == "Gilead's treatment gets orphan drug label"
    assert posts[0].published == "07:12"


def test_number_at_start_of_heading_is_not_a_clock():
    posts, _ = walk("""<div class="u"><h2>2.45 Millionen Euro fehlen im Haushalt</h2>
        <p>Der Kämmerer legte am Dienstag den Entwurf für das kommende Jahr vor.</p></div>""")
    assert posts[0].headline == "2.45 Millionen Euro fehlen im Haushalt"
    assert posts[0].published is None


SPORZA_EVENT = """
<div class="_event_1 sw-timeline-item"><span class="_eventAnchor_1" id="timelines-{n}"></span>
  <div class="_labelContainer_1"><span class="_pill_1"><span class="_inner_1">{minute}</span></span></div>
  <div class="_eventContent_1"><div class="_iconTitleContainer_1"><h3 class="_title_1">{title}</h3></div>
    <div><p>Kaapverdië blijft strijden en sleept nog een vrije trap in de wacht.</p></div></div>
</div>"""


def test_minute_mark_is_the_label_never_a_time_nor_body():
    posts, _ = walk(SPORZA_EVENT.format(n=1, minute="120+4'", title="Einde: Argentinië wint")
                    + SPORZA_EVENT.format(n=2, minute="45'", title="Rust"))
    assert [p.label for p in posts] == ["120+4'", "45'"]
    assert [p.published for p in posts] == [None, None]
    assert all("'" not in b.text[:6] for p in posts for b in p.blocks)
    assert posts[0].headline == "Einde: Argentinië wint"


def test_minute_like_text_inside_a_sentence_stays_body():
    posts, _ = walk("""<div class="e"><h3>Doelpunt</h3><p>In de 45' minuut scoorde hij zijn tweede doelpunt van de avond.</p></div>""")
    assert posts[0].label is None
    assert posts[0].blocks[0].text.startswith("In de 45'")


# -- 3. bylines ------------------------------------------------------------------------------------

NYT_POST = """
<div class="live-blog-post"><div class="live-blog-post-headline"><h2 itemprop="headline"><a href="#wall-street">Wall Street rallies, but still logs a decline.</a></h2></div>
  <p>Wall Street rose on Friday, shaking off an unsteady start, as a rally in technology stocks lifted the market.</p>
  <p>{closing}</p>
</div>"""


def test_closing_dash_line_gives_every_name():
    posts, ctx = walk(NYT_POST.format(closing="— Kevin Granville and Mohammed Hadi"))
    assert posts[0].headline == "Wall Street rallies, but still logs a decline."
    assert [b.name for b in posts[0].bylines] == ["Kevin Granville", "Mohammed Hadi"]
    assert len(posts[0].blocks) == 1
    assert any(r.rule == "post.byline-dash" for r in ctx.removed)


def test_dash_line_in_another_language_and_with_particles():
    posts, _ = walk(NYT_POST.format(closing="— Jan van Dijk en Piet de Vries"), language="nl-BE")
    assert [b.name for b in posts[0].bylines] == ["Jan van Dijk", "Piet de Vries"]


@pytest.mark.parametrize("closing", [
    "— Ted Cruz on Donald Trump",            # a preposition is no conjunction: a caption, not names
    "— said the minister, after the vote",   # an attribution in prose
])
def test_dash_line_near_misses_stay_body(closing):
    posts, _ = walk(NYT_POST.format(closing=closing))
    assert posts[0].bylines == ()
    assert posts[0].blocks[-1].text == closing


def test_dash_line_followed_by_body_is_not_the_byline():
    posts, _ = walk("""<div class="p"><h2>Markets close higher</h2><p>— Anna Smith</p>
        <p>Stocks rose on Friday as investors weighed the latest jobs figures from the government.</p></div>""")
    assert posts[0].bylines == ()
    assert [b.text for b in posts[0].blocks][0] == "— Anna Smith"


def test_author_element_with_several_names_and_never_the_site_name():
    posts, _ = walk("""
      <div class="p"><h2>Stormschade in de haven</h2><p class="author">Door <span itemprop="name">Eva Jansen</span>
        en <span itemprop="name">Tom Peeters</span></p><p>De storm heeft vannacht zware schade aangericht in de haven.</p></div>
      <div class="p"><h2>Trein rijdt weer</h2><div class="byline">Nieuwsblad Online</div>
        <p>Het treinverkeer tussen beide steden is hersteld na een storing aan de bovenleiding.</p></div>""",
        site_names=frozenset({"nieuwsblad online"}), language="nl")
    assert [b.name for b in posts[0].bylines] == ["Eva Jansen", "Tom Peeters"]
    assert posts[1].bylines == ()


def test_split_names():
    assert split_names("Kevin Granville and Mohammed Hadi") == ["Kevin Granville", "Mohammed Hadi"]
    assert split_names("Anne Dupont et Marc Petit", "fr") == ["Anne Dupont", "Marc Petit"]
    assert split_names("Anne Dupont et Marc Petit", "en") == []  # "et" joins names only in a page that speaks it
    assert split_names("Ted Cruz on Donald Trump") == []


# -- 4. media --------------------------------------------------------------------------------------

def test_figcaption_with_credit_prefix_and_image_without_caption():
    posts, ctx = walk("""
      <div class="p"><h2>Zugverkehr eingestellt</h2>
        <figure><img src="a.jpg" alt=""><figcaption><span>Ein Zug im Bahnhof.</span>
          <span itemprop="copyrightHolder"><span>Credit...</span><span>Max Muster/dpa</span></span></figcaption></figure>
        <p>Die Bahn stellte am Morgen den gesamten Verkehr in der Region ein.</p>
        <figure><img src="b.jpg" alt=""><figcaption>Bahnsteig am Abend Bild: Anna Beispiel</figcaption></figure>
        <div class="media-image"><img src="c.jpg" alt=""></div></div>""")
    got = [(m.type, m.caption, m.credit) for m in posts[0].media]
    assert got == [("image", "Ein Zug im Bahnhof.", "Max Muster/dpa"),
                   ("image", "Bahnsteig am Abend", "Anna Beispiel"),
                   ("image", None, None)]
    assert {"Credit...", "Bild: "} <= {r.text + (" " if r.text.endswith(":") else "") for r in ctx.removed
                                       if r.rule == "media.credit-prefix"}


def test_video_title_is_the_caption_and_the_player_label_is_removed():
    posts, ctx = walk("""
      <div class="p"><h2>Duizenden mensen feesten</h2>
        <div data-sentry-component="LiveBlogPostVideo"><div><span>BEKIJK</span></div>
          <span>Duizenden mensen feesten voor The Barn</span><div><video src="v.mp4"></video></div></div></div>
      <div class="p"><h2>Nog een video</h2>
        <div data-sentry-component="LiveBlogPostVideo"><div><span>BEKIJK</span></div><div><video src="w.mp4"></video></div></div></div>""")
    assert [(m.type, m.caption) for m in posts[0].media] == [("video", "Duizenden mensen feesten voor The Barn")]
    assert [(m.type, m.caption) for m in posts[1].media] == [("video", None)]
    assert [r.text for r in ctx.removed if r.rule == "media.player-label"] == ["BEKIJK", "BEKIJK"]


def test_head_shot_beside_byline_is_not_media():
    posts, _ = walk("""<div class="p"><h2>Vote count begins</h2><img src="h.jpg" alt="Sam Jones">
        <p>Polling stations closed at ten and the count has now begun across the country.</p></div>""")
    assert posts[0].media == ()


# -- 5. language-independent boilerplate -------------------------------------------------------------

def test_article_teaser_and_its_lead_in_are_removed():
    posts, ctx = walk("""
      <div class="p"><h2>Capaldi terug van weggeweest</h2>
        <p>Voor fans was het jaren wachten om hem weer live aan het werk te zien op het festival.</p>
        <p>Lees hier meer:</p>
        <div><a href="/nieuws/2026/07/03/capaldi-comeback/"><div><p>Lees ook</p></div>
          <div><p>Comeback Lewis Capaldi van korte duur: "Ik ga weg"</p><time datetime="2026-07-03T23:18:30Z">01u18</time></div></a></div>
      </div>
      <div class="p"><h2>Festivaltickets worden steeds duurder</h2>
        <div><a href="/kijk/2026/07/03/prijzen/"><p>Bekijk ook</p><p>Zijn hogere ticketprijzen voor festivals terecht?</p></a></div></div>""")
    assert [b.text for b in posts[0].blocks] == ["Voor fans was het jaren wachten om hem weer live aan het werk te zien op het festival."]
    assert posts[0].published is None  # the teaser's own time is not the post's
    rules = {r.text: r.rule for r in ctx.removed}
    assert "html.article-teaser" in rules.values()
    # the lead-in goes with the teaser, or first by the Dutch phrase pack's lead-in rule
    assert rules.get("Lees hier meer:") in ("html.teaser-lead-in", "chrome.more-links")
    # a post that is only a teaser keeps the teaser's title
    assert [b.text for b in posts[1].blocks] == ["Zijn hogere ticketprijzen voor festivals terecht?"]


def test_paragraph_with_a_link_inside_prose_is_not_a_teaser():
    posts, ctx = walk("""<div class="p"><h2>Nieuwe regels</h2>
        <div><p>De regering kondigde <a href="/nieuws/regels">nieuwe regels</a> aan voor het verkeer in de binnenstad vanaf maandag.</p></div></div>""")
    assert len(posts[0].blocks) == 1
    assert not any(r.rule == "html.article-teaser" for r in ctx.removed)


def test_line_repeated_across_many_posts_is_removed():
    markup = "".join(f"""<div class="p"><h2>Bericht {i}</h2><p>Er gebeurde vandaag iets nieuws op het plein, nummer {i}.</p>
        <p>Teilen</p></div>""" for i in range(6))
    posts, ctx = walk(markup)
    posts = drop_repeated_lines(posts, ctx)
    assert all(len(p.blocks) == 1 for p in posts)
    assert sum(r.rule == "html.repeated-across-posts" for r in ctx.removed) == 6


def test_short_line_in_a_few_posts_is_kept():
    markup = "".join(f"""<div class="p"><h2>Bericht {i}</h2><p>Er gebeurde vandaag iets nieuws op het plein, nummer {i}.</p>
        {"<p>Argentinië</p>" if i < 2 else ""}</div>""" for i in range(6))
    posts, ctx = walk(markup)
    posts = drop_repeated_lines(posts, ctx)
    assert sum(len(p.blocks) for p in posts) == 8


def test_share_bar_and_read_time_badge_classes_are_removed():
    posts, ctx = walk("""<div class="p"><h2>Pressekonferenz beginnt</h2><span class="read-time">2 Min.</span>
        <p>Der Kanzler äußert sich gleich zu den Ergebnissen des Gipfels in Brüssel.</p>
        <div class="font-size"><a href="#">A+</a><a href="#">A-</a></div></div>""")
    assert [b.text for b in posts[0].blocks] == ["Der Kanzler äußert sich gleich zu den Ergebnissen des Gipfels in Brüssel."]
    assert {"2 Min.", "A+A-"} <= {r.text for r in ctx.removed if r.rule == "html.boilerplate-element"}


def test_time_from_the_containers_own_data_attribute():
    posts, _ = walk("""
      <article data-timestamp="1751551200"><h2>Start van de dag</h2><p>Goedemorgen en welkom bij onze liveblog van vandaag.</p></article>
      <article data-date="2026-07-03T10:05:00+02:00"><h2>Eerste optreden</h2><p>De eerste band speelt voor een halfvolle weide.</p></article>
      <article data-category="2026"><h2>Zonder tijd</h2><p>Dit bericht draagt geen tijd, alleen een categorie met een jaartal.</p></article>""")
    assert [p.published for p in posts] == ["2025-07-03T14:00:00+00:00", "2026-07-03T10:05:00+02:00", None]


# -- closing "—Name" glued to the last paragraph, orphaned captions, lead-in promos ---------------

def test_dash_glued_to_the_last_paragraph_is_the_byline_but_not_mid_post():
    posts, _ = walk("""
      <div><h2>Spain reports new cases</h2>
        <p>The number of new cases jumped on Tuesday, the health ministry said. <em>&mdash;Reuters</em></p></div>
      <div><h2>A quote from the minister</h2>
        <p>"We will get through this together," she said in the capital. &mdash;Maria Lopez</p>
        <p>The government has promised more help for hospitals in the coming weeks, officials said.</p></div>""")
    assert [b.name for b in posts[0].bylines] == ["Reuters"]
    assert posts[0].blocks[-1].text.endswith("the health ministry said.")
    assert posts[1].bylines == ()  # body follows the attribution: a quote's, not the post's
    assert posts[1].blocks[0].text.endswith("—Maria Lopez")


def test_orphaned_caption_and_pipe_credit_are_media_and_a_prose_pipe_is_not():
    posts, _ = walk("""
      <div><h2>UK wakes up to lockdown</h2>
        <div><p>Military vehicles cross Westminster Bridge on March 24, 2020 in London, England.</p>
             <p>Leon Neal | Getty Images</p></div>
        <p>The government has tightened restrictions on the public as of Tuesday morning, officials said.</p></div>
      <div><h2>Scores so far</h2>
        <div><p>The home side led at half time after a long spell of pressure from the visitors.</p>
             <p>home | away | draw</p></div></div>""")
    assert [(m.caption, m.credit) for m in posts[0].media] == [
        ("Military vehicles cross Westminster Bridge on March 24, 2020 in London, England.", "Leon Neal | Getty Images")]
    assert all("Leon Neal" not in b.text for b in posts[0].blocks)
    assert posts[1].media == () and len(posts[1].blocks) == 2


def test_lead_in_to_a_link_elsewhere_at_a_post_end_is_a_promo_but_not_mid_post():
    promo = ('<p><em>Read our coverage from the teams overnight here: </em>'
             '<a href="https://example.com/2020/03/24/latest.html">Britain goes into lockdown as cases rise</a></p>')
    body = "<p>The number of new cases rose again on Tuesday, the health ministry said in a statement.</p>"
    posts, ctx = walk(f"<div><h2>One</h2>{body}{promo}</div><div><h2>Two</h2>{body}{promo}{body}</div>")
    assert len(posts[0].blocks) == 1
    assert any(r.rule == "promo.link-only-paragraph" and "overnight" in r.text for r in ctx.removed)
    assert len(posts[1].blocks) == 3  # in the middle of a post it is body
