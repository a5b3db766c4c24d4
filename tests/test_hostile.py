"""Hostile input: each case gives a Document or a ParseError with a clear message, in bounded
time (the suite's own timeout), never a crash from deep inside or silently lost text."""
import gzip
import random

import pytest

import newsclean

BODY = "Police closed the coast road this morning after the sea wall was overtopped."


def parse_or_error(src, **kw):
    try:
        return newsclean.parse(src, **kw)
    except newsclean.ParseError as e:
        assert str(e)  # a message that says what was wrong
        return e


def test_deep_nesting_keeps_the_deep_text_and_says_why():
    page = "<html><body>" + "<div>" * 100_000 + f"<p>{BODY}</p>" + "</div>" * 100_000 + "</body></html>"
    doc = newsclean.parse(page)
    assert BODY in doc.text
    assert any("deeper than 255 levels" in w for w in doc.warnings)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_single_line_of_megabytes(fmt):
    line = ("word " * 400_000).strip()
    src = line if fmt == "text" else f"<html><body><p>{line}</p></body></html>"
    doc = newsclean.parse(src, format=fmt)
    assert len(doc.text.split()) == 400_000


def test_random_binary_and_nul_bytes():
    assert "binary" in str(parse_or_error(random.Random(7).randbytes(50_000)))
    doc = newsclean.parse(f"<html><body><p>{BODY}\x00</p></body></html>".encode())
    assert doc.text == BODY


def test_compressed_and_encoded_inputs():
    html = f"<html><head><meta charset='%s'></head><body><p>Café: {BODY}</p></body></html>"
    assert "Café" in newsclean.parse(gzip.compress((html % "utf-8").encode())).text
    assert "Café" in newsclean.parse((html % "utf-16").encode("utf-16")).text
    assert "Café" in newsclean.parse((html % "latin-1").encode("latin-1")).text
    assert "Café" in newsclean.parse((html.replace("<meta charset='%s'>", "") * 3).encode("cp1252")).text


@pytest.mark.parametrize("jsonld", [
    '{"@type": ["LiveBlogPosting", 5], "liveBlogUpdate": "oops", "headline": {"x": [1]}, "datePublished": 2024}',
    '{"@type": "NewsArticle", "author": [null, 3, {"name": 7}], "datePublished": "not a date"}',
    "[" * 50_000 + "]" * 50_000,
    "{not json at all",
])
def test_malformed_or_oddly_typed_json_ld(jsonld):
    page = f'<html><head><script type="application/ld+json">{jsonld}</script></head><body><p>{BODY}</p></body></html>'
    assert BODY in newsclean.parse(page).text


def test_doctype_entity_declarations_are_not_expanded():
    page = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c; ' + BODY + '</p></body></html>')
    doc = newsclean.parse(page)
    assert "aaaaaaaaaaaaaaaaaaaa" not in doc.text


def test_fifty_thousand_timed_items_in_html():
    items = "".join(f'<article class="post"><time datetime="2024-01-01T10:{i % 60:02d}:00Z">10:{i % 60:02d}</time>'
                    f"<h2>Update {i}</h2><p>Something happened at scene {i} today.</p></article>" for i in range(50_000))
    doc = newsclean.parse(f"<html><body><h1>A very long live page</h1><div>{items}</div></body></html>")
    assert len(doc.posts) == 50_000 and doc.posts[-1].headline == "Update 49999"


def test_fifty_thousand_timed_items_in_text():
    page = "A very long live page\n\n" + "".join(
        f"10:{i % 60:02d}\n\nUpdate {i}\n\nSomething happened at scene {i} today, police said.\n\n" for i in range(50_000))
    doc = newsclean.parse(page, format="text")
    assert len(doc.posts) == 50_000


@pytest.mark.parametrize("src", ["", "   \n\t ", b"", b"\xef\xbb\xbf"])
def test_empty_inputs(src):
    assert "empty" in str(parse_or_error(src))


@pytest.mark.parametrize("src", ["<html><body></body></html>", "<html><script>var x = 1;</script></html>", "<div>" * 1000])
def test_pages_without_text_give_an_empty_document_that_says_so(src):
    doc = newsclean.parse(src)
    assert doc.text == "" and doc.warnings


# -- control characters and other characters the tree cannot hold ---------------------------------

CONTROLS = ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff"]


@pytest.mark.parametrize("ch", CONTROLS)
def test_control_characters_anywhere_in_html(ch):
    """lxml refuses these characters when a removed element's tail is merged into its neighbour;
    decoding replaces them once, so cleaning never meets them (and the words stay)."""
    page = (f"<html><body><article><h1>Storm{ch} hits</h1><div class='ad'>Advert{ch}</div>{ch}tail {ch}words"
            f"<p>{BODY}{ch}</p><script>x{ch}</script>{ch}<p>Second{ch} paragraph of the report here.</p>"
            f"</article></body></html>")
    for src in (page, page.encode("utf-8", "surrogatepass")):
        doc = parse_or_error(src, format="html")
        assert not isinstance(doc, Exception) or not str(doc).startswith("internal error"), doc
        if isinstance(doc, newsclean.Document):
            assert BODY in doc.text and "Second" in doc.text
            assert not any(c in doc.to_json() for c in CONTROLS if c not in "\x0b\x0c")


@pytest.mark.parametrize("ch", CONTROLS)
def test_control_characters_in_text_keep_the_visible_text(ch):
    page = f"Live: storm{ch} hits coast\n\n10:02\n\nRoads{ch} closed\n\nThe coast road is shut{ch} until noon today."
    doc = newsclean.parse(page, format="text")
    words = " ".join(doc.text.split())
    assert "closed" in (doc.posts[0].headline or "") + words
    assert "until noon today" in words
    doc.to_json().encode("utf-8")  # no lone surrogate survives into the output


def test_form_feed_and_vertical_tab_separate_words():
    doc = newsclean.parse(f"<html><body><p>{BODY}\x0cNext\x0bword here in the same paragraph.</p></body></html>")
    assert "Next word" in " ".join(doc.text.split())


def test_a_short_seeded_mutation_run_finds_no_crash():
    """bench/mutate.py over the shipped real pages: cuts, splices, control bytes, broken tags, huge
    attributes, nesting bursts, encoding swaps. Any exception but ParseError is reported with the
    run seed that rebuilds its input (python bench/mutate.py --replay SEED)."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "bench" / "mutate.py"
    spec = importlib.util.spec_from_file_location("newsclean_bench_mutate", path)
    mutate = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mutate
    spec.loader.exec_module(mutate)
    seeds = mutate.load_seeds()
    assert len(seeds) >= 8
    report = mutate.run(seeds, seed=2024, runs=250, hang=0)
    assert report.runs == 250
    assert report.crashes == [], report.line()


@pytest.mark.parametrize("ref", ["&#1;", "&#x1F;", "&#x0c;", "&#11;", "&#xFFFE;", "&#65535;", "&#x1", "&#0;", "&#xD800;"])
def test_numeric_references_to_forbidden_characters(ref):
    """The HTML parser turns these references into the characters lxml refuses; they are made
    safe before parsing (a literal reference in plain text is left alone: it is visible text)."""
    page = (f"<html><body><article><h1>Storm{ref} hits</h1><div class='ad'>Advert</div>{ref}tail"
            f"<p>{BODY}{ref}</p><p>Second paragraph of the report{ref} here.</p></article></body></html>")
    doc = newsclean.parse(page, format="html")
    assert BODY in doc.text and "Second paragraph" in doc.text
    assert ref in newsclean.parse(f"Breaking{ref} news\n\n{BODY}", format="text").to_json()


def test_deep_nesting_of_one_repeated_line_is_read_as_text_and_every_copy_accounted_for():
    """A mutated page (bench/mutate.py run seed 41002435): 30,000 nested blockquotes, each with
    the same words. Read as text, its header is 30,000 equal lines; looking for the line after
    each one past its copies once cost their count squared (110 s of CPU)."""
    page = ("<html><body><h1>Floods in the valley</h1><p>Follow live "
            + "<blockquote>text text text " * 30_000 + "</body></html>")
    doc = newsclean.parse(page)
    assert any("deeper than 255 levels" in w for w in doc.warnings)
    assert "Floods in the valley" in doc.text
    copies = doc.text.count("text text text") + sum(r.text.count("text text text") for r in doc.removed)
    assert copies == 30_000


def test_the_line_after_each_header_line_skips_its_copies():
    from newsclean.text_header import _following_texts
    from newsclean.text_lines import Line

    texts = ["Home", "Title", "Title", "Title", "Standfirst", "Standfirst", "Date"]
    lines = [Line(no, no, t) for no, t in enumerate(texts)]
    got = _following_texts(lines)
    naive = []
    for k in range(len(texts) + 1):
        j = k + 1
        while j < len(texts) and texts[j] == texts[k]:
            j += 1
        naive.append(texts[j] if j < len(texts) else "")
    assert got[: len(texts) + 1] == naive
    assert got[1] == "Standfirst" and got[4] == "Date" and got[-1] == ""


def test_trafilatura_fallbacks_are_not_run_on_pages_of_too_many_elements():
    """A mutated live page (bench/mutate.py run seed 43000300) with 15,000 list items and little
    story text sent trafilatura to its fallbacks, whose jusText pass costs the count of blocks
    squared (10 to 38 s of CPU). Past FULL_CASCADE_MAX_ELEMENTS only the main extractor runs."""
    from lxml import html as lxml_html

    from newsclean import article

    many = lxml_html.fromstring("<html><body><ul>" + "<li>text" * 15_000 + "</ul></body></html>")
    few = lxml_html.fromstring("<html><body><ul>" + "<li>text" * 500 + "</ul></body></html>")
    assert not article._cascade_affordable(many)
    assert article._cascade_affordable(few)  # near miss: an ordinary page keeps the fallbacks
    doc = newsclean.parse(lxml_html.tostring(many), format="html")
    assert doc.kind == "article"
    assert sum(r.text.count("text") for r in doc.removed) + doc.text.count("text") >= 1


def test_a_megabyte_class_attribute_is_cut_to_a_role_hints_length():
    """A mutated live page (bench/mutate.py run seed 45001076) with a 2.8 MB class attribute: the
    class-word patterns read it once for every byline candidate's ancestors (20 s of CPU)."""
    from newsclean.html_front import ROLE_ATTRIBUTE_MAX, parse_tree

    href = "https://example.org/" + "a" * 5_000
    page = (f'<html><body><article class="{"live-post " * 300_000}"><a href="{href}" data-x="{"y" * 9_000}">'
            f"link</a><p>{BODY}</p></article></body></html>")
    tree = parse_tree(page)
    art = tree.find(".//article")
    link = tree.find(".//a")
    assert len(art.get("class")) == ROLE_ATTRIBUTE_MAX and len(link.get("data-x")) == ROLE_ATTRIBUTE_MAX
    assert link.get("href") == href  # near miss: a link is kept whole
    assert BODY in newsclean.parse(page).text
    ordinary = parse_tree(f'<html><body><p class="story body">{BODY}</p></body></html>')
    assert ordinary.find(".//p").get("class") == "story body"


def test_long_values_under_names_kept_whole_leave_the_tree_unwalked():
    """Only a long value under a role's name (class, id, data-*) sends the parse over every
    attribute; a long link or SVG path ("d") does not, and a long class beside them still does."""
    from newsclean.html_front import ROLE_ATTRIBUTE_MAX, _long_role_attribute, parse_tree

    path = "M0 0 " + "L1 1 " * 1_000
    kept = f'<html><body><a href="/{"a" * 5_000}"><svg><path d="{path}"></path></svg></a></body></html>'
    assert not _long_role_attribute(kept)
    assert parse_tree(kept).find(".//path").get("d") == path
    role = kept.replace("<a ", f"<a class='{'x ' * 3_000}' ")
    assert _long_role_attribute(role)
    assert len(parse_tree(role).find(".//a").get("class")) == ROLE_ATTRIBUTE_MAX
    spaced = kept.replace("<a ", f'<a DATA-X = "{"y" * 3_000}" ')  # spaces and capitals around the name
    assert _long_role_attribute(spaced)


def test_the_tree_is_parsed_from_utf8_and_a_text_that_cannot_be_encoded_still_parses():
    """parse_tree hands libxml2 UTF-8 bytes: every script's characters come through as in the
    text (a meta charset naming another encoding is not obeyed); a lone surrogate, which has no
    UTF-8 form, falls back to parsing the str (no exception)."""
    from lxml import etree

    from newsclean.html_front import parse_tree

    text = '<html><head><meta charset="iso-8859-1"></head><body><p>café 😀 ’ 日本 Ωmega</p></body></html>'
    assert parse_tree(text).findtext(".//p") == "café 😀 ’ 日本 Ωmega"
    assert etree.tostring(parse_tree("<p>a\ud800b</p>"), encoding=str).startswith("<html><body><p>a")


def test_an_unclosed_heading_swallowing_the_page_gives_the_declared_title():
    """An h1 left open holds every paragraph after it (a broken template, a cut page): it is no
    headline, so the title comes from the declared one; the story's text is kept."""
    paras = "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(400))
    page = ("<html><head><title>Sea wall overtopped | Coast News</title>"
            "<meta property='og:title' content='Sea wall overtopped'></head>"
            f"<body><article><h1>Sea wall overtopped {paras}</article></body></html>")
    doc = newsclean.parse(page, format="html")
    assert doc.title == "Sea wall overtopped"
    assert BODY in doc.text


def test_near_miss_a_long_but_real_headline_is_read():
    title = "Sea wall overtopped as storm surge floods the coast road and the harbour front overnight"
    page = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{BODY} Paragraph {i}.</p>" for i in range(5)) + "</article></body></html>")
    assert newsclean.parse(page, format="html").title == title


def test_the_headline_reader_gives_up_on_an_h1_of_a_whole_page():
    from lxml import html as lxml_html

    from newsclean.meta_title import h1_texts
    huge = lxml_html.fromstring("<h1>Sea wall overtopped " + f"<p>{BODY}</p>" * 40 + "</h1>")
    assert h1_texts(huge) == (None, [])
    real = lxml_html.fromstring("<h1><span>Live</span> Sea wall overtopped</h1>")  # near miss
    assert h1_texts(real)[0] == "Live Sea wall overtopped"


def test_trafilatura_fallbacks_are_not_run_on_pages_of_too_many_blocks():
    """A mutated page (bench/mutate.py run seed 101002548) of 3,003 block elements in 3,025,
    under the element cap, cost 5.8 s of CPU in jusText's revision pass. Past
    FULL_CASCADE_MAX_BLOCKS blocks the fallbacks are not run either."""
    from lxml import html as lxml_html

    from newsclean import article

    nested = lxml_html.fromstring("<html><body>" + "<div><p>x</p></div>" * 1_500 + "</body></html>")  # 3,000 blocks
    flat = lxml_html.fromstring("<html><body>" + "<p>x <b>y</b> <i>z</i> <a>w</a></p>" * 600 + "</body></html>")
    assert sum(1 for _ in nested.iter()) < article.FULL_CASCADE_MAX_ELEMENTS
    assert not article._cascade_affordable(nested)
    # near miss: as many elements, but most of them inline: the fallbacks still run
    assert sum(1 for _ in flat.iter()) > 2_000 and article._cascade_affordable(flat)
