"""schema.org data: JSON-LD and microdata read into the same PageData."""
import newsclean
from newsclean import html_front, microdata, structured


def read(page: str) -> structured.PageData:
    return structured.read(html_front.parse_tree(page))


LIVE_MICRODATA = """<html lang="de"><head><title>Wahlabend im Liveticker</title></head><body>
<div itemscope itemtype="https://schema.org/LiveBlogPosting">
 <h1 itemprop="headline">Wahlabend im Liveticker</h1>
 <meta itemprop="datePublished" content="2025-02-23T17:00:00+01:00">
 <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Anna Beispiel</span></span>
 <div class="ticker">
  {posts}
 </div>
</div></body></html>"""

POST = """<article class="entry" id="p{i}" itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">
   <time itemprop="datePublished" datetime="2025-02-23T1{i}:30:00+01:00">1{i}.30 Uhr</time>
   <h2 itemprop="headline">Meldung {i}: erste Hochrechnung</h2>
   <div itemprop="articleBody"><p>Die Wahllokale sind geschlossen, die Auszählung der Stimmen beginnt jetzt überall im Land.</p>
   <script>var x = "not text";</script></div>
   <a itemprop="url" href="https://example.de/ticker#p{i}">Link</a>
  </article>"""


def test_microdata_live_blog_updates():
    page = read(LIVE_MICRODATA.format(posts="".join(POST.format(i=i) for i in (9, 8, 7))))
    assert page.is_liveblog
    assert page.title == "Wahlabend im Liveticker"
    assert page.published == "2025-02-23T17:00:00+01:00"
    assert page.authors == ["Anna Beispiel"]
    assert page.language == "de"
    assert [u.headline for u in page.updates] == [f"Meldung {i}: erste Hochrechnung" for i in (9, 8, 7)]
    assert [u.published for u in page.updates] == [f"2025-02-23T1{i}:30:00+01:00" for i in (9, 8, 7)]
    assert page.updates[0].id == "https://example.de/ticker#p9"
    assert page.updates[0].body.startswith("Die Wahllokale sind geschlossen")
    assert "not text" not in page.updates[0].body


def test_nested_item_properties_stay_with_their_item():
    # the author's "name" is the Person's, not the posting's; an update's headline is not the page's
    page = read(LIVE_MICRODATA.format(posts=POST.format(i=9)).replace('<h1 itemprop="headline">', "<h1>"))
    assert page.title is None or page.title == "Wahlabend im Liveticker"  # og/title fallbacks only
    assert page.title != "Meldung 9: erste Hochrechnung"
    items = microdata.items(html_front.parse_tree(LIVE_MICRODATA.format(posts=POST.format(i=9))))
    assert len(items) == 1 and "name" not in items[0].props


def test_json_ld_wins_over_microdata():
    html = LIVE_MICRODATA.format(posts=POST.format(i=9)).replace("<head>", """<head>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "From JSON-LD",
 "datePublished": "2025-02-23T18:00:00Z", "author": {"@type": "Person", "name": "Jo Json"}}</script>""")
    page = read(html)
    assert page.title == "From JSON-LD" and page.published == "2025-02-23T18:00:00Z"
    assert page.authors == ["Jo Json"]
    assert "LiveBlogPosting" in page.types and len(page.updates) == 1  # what JSON-LD left out


def test_news_article_microdata_metadata():
    html = """<html><body><article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Bridge approved</h1><time itemprop="datePublished" datetime="2024-03-05">5 March</time>
<span itemprop="author">Sam Writer</span><meta itemprop="inLanguage" content="en-GB">
<div itemprop="articleBody"><p>The council approved the bridge.</p></div></article></body></html>"""
    page = read(html)
    assert page.types == {"NewsArticle"}
    assert (page.title, page.published, page.authors, page.language) == ("Bridge approved", "2024-03-05", ["Sam Writer"], "en-GB")
    assert page.updates == []


def test_page_without_microdata_reads_nothing():
    assert microdata.items(html_front.parse_tree("<html><body><p itemprop=''>x</p></body></html>")) == []


def test_microdata_updates_time_a_live_page_without_json_ld():
    posts = "".join(POST.format(i=i).replace("<time", "<meta").replace("</time>", "").replace(f">1{i}.30 Uhr", ">")
                    .replace('datetime=', 'content=') for i in (9, 8, 7))
    doc = newsclean.parse(LIVE_MICRODATA.format(posts=posts), site="generic")
    assert doc.kind == "liveblog" and len(doc.posts) == 3
    assert [p.published for p in doc.posts] == [f"2025-02-23T1{i}:30:00+01:00" for i in (9, 8, 7)]
