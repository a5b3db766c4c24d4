"""Byline elements the author stage reads by their class, and the layouts around them: one page
build per test, each with a near miss that must not fire. Small pages shaped like real templates,
in several languages."""
from __future__ import annotations

from lxml import html as lxml_html

from newsclean import metadata

_PROSE = "<p>" + "Ein Absatz des Artikels, lang genug, um als Fließtext gelesen zu werden, mit weiteren Wörtern. " * 2 + "</p>"


def page(body: str, *, body_class: str = "", lang: str = "de") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f'<html lang="{lang}"><head><title>Ein Artikel</title></head>'
                                f'<body class="{body_class}">{body}</body></html>')


def authors(tree, url="https://www.example-news.de/politik/story-123") -> tuple[str, ...]:
    return metadata.document_metadata(tree, None, url, htmldate=False).authors


# -- a layout modifier is no teaser box ---------------------------------------------------------------

def test_byline_in_a_page_whose_layout_classes_name_a_sidebar_is_read():
    # WordPress and Drupal put the layout on <body> and wrappers: "no-sidebars", "has-double-sidebar",
    # "gallery--wrapper__with-sidebar" say what sits beside the article, not that it is a teaser box
    body = ('<div class="main-content has-double-sidebar"><section class="gallery--wrapper__with-sidebar">'
            '<h1>Energiepreise: Entlastungen auf einen Blick</h1><h5><em>Von Leonora Holling</em></h5>'
            + _PROSE + '</section></div>')
    assert authors(page(body, body_class="not-front no-sidebars page-node")) == ("Leonora Holling",)


def test_byline_inside_a_real_sidebar_box_is_still_another_storys():
    # near miss: the box itself is the sidebar (its class names it, without a layout modifier)
    body = ('<h1>Energiepreise: Entlastungen auf einen Blick</h1>' + _PROSE
            + '<aside class="widget sidebar-right"><p><em>Von Leonora Holling</em></p></aside>')
    assert authors(page(body)) == ()


# -- author-box classes in other languages and compounds -------------------------------------------------

def test_french_auteurs_class_and_german_autorenzeile_are_byline_elements():
    body = ('<h1>Turpitude et architecture</h1><div class="dates_auteurs calcul_date"> par '
            '<span class="auteurs">Didier Roy</span>, 21 juin 2018 </div>' + _PROSE)
    assert authors(page(body, lang="fr"), "https://blog.example.fr/turpitude") == ("Didier Roy",)
    body = ('<h1>Datenleck bei Rheinmetall</h1><p class="autorenzeile small">Von Volkmar Kabisch, '
            'Jan Lukas Strozyk und Benedikt Strunz, NDR</p>' + _PROSE)
    assert authors(page(body)) == ("Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz")


def test_a_class_word_that_merely_contains_autor_is_no_byline():
    # near miss: "autorenzeilenumbruch"-like compounds and "autoreply" are not an author class
    body = ('<h1>Datenleck bei Rheinmetall</h1><div class="autoreply-box">Markus Weber</div>' + _PROSE)
    assert authors(page(body)) == ()


# -- a picture's credit is not the story's author ----------------------------------------------------------

def test_picture_credit_classed_as_author_is_left_out():
    body = ('<h1>Madagaskar: Wo die Françafrique endet</h1><figure><img src="a.jpg">'
            '<span class="media-license-author">Peter Keller</span></figure>'
            '<p class="author-meta">Red. / 31.10.2023</p>' + _PROSE)
    assert authors(page(body), "https://www.example-sperber.ch/politik/x") == ()


def test_author_box_beside_a_photo_credit_is_read():
    # near miss: the byline's own class has no credit word; only the picture's has
    body = ('<h1>Madagaskar: Wo die Françafrique endet</h1><figure><img src="a.jpg">'
            '<span class="photo-credit">Peter Keller</span></figure>'
            '<p class="article-author">Christian Müller</p>' + _PROSE)
    assert authors(page(body), "https://www.example-sperber.ch/politik/x") == ("Christian Müller",)


# -- "Interview:" as a byline label ---------------------------------------------------------------------------

def test_interview_label_before_the_name_is_a_byline_prefix():
    body = ('<h1>Corona: Big Data aus Südkorea</h1><div class="author author-first"><p>'
            '<a class="author-link" href="/autoren/julia-lauter">Interview: Julia Lauter</a></p></div>' + _PROSE)
    assert authors(page(body)) == ("Julia Lauter",)


def test_interview_with_someone_is_no_byline():
    # near miss: "Interview mit Sharon Stone" names the interviewee, after a word in lower case
    body = ('<h1>Sharon Stone im Gespräch</h1><div class="article-author"><p>Interview mit Sharon Stone</p></div>'
            + _PROSE)
    assert authors(page(body)) == ()
