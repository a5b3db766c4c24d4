"""Huge article pages: above a size limit the body is read from the main text container in one
linear walk instead of trafilatura (whose cost grows faster than the page)."""
import pytest

import newsclean
from newsclean import bigpage
from newsclean.html_front import parse_tree

PARA = "The council said the river had risen two metres overnight and roads near the bridge were closed."


def page(n_paragraphs: int, *, sections: int = 1) -> str:
    per = n_paragraphs // sections
    body = "".join("<section>" + "".join(f"<p>{i}.{j} {PARA}</p>" for j in range(per)) + "</section>"
                   for i in range(sections))
    return ("<html><head><title>Flood report</title></head><body>"
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News section of the site</a></li></ul></nav>"
            "<aside><p>Most read: a story about something else entirely, elsewhere on the site.</p></aside>"
            f"<article><h1>River floods the old town after a night of rain</h1>{body}"
            "<ul><li>Bridge Street closed until further notice</li><li>Schools open as normal</li></ul></article>"
            "<footer><p>Copyright of the newspaper, all rights reserved, and other small print here.</p></footer>"
            "</body></html>")


@pytest.mark.parametrize("sections", [1, 4])
def test_main_container_holds_the_body(sections):
    tree = parse_tree(page(40, sections=sections))
    container = bigpage.main_container(tree)
    assert container.tag == ("article" if sections > 1 else "section")
    lines = bigpage.extract_large(tree).split("\n")
    assert sum(PARA in line for line in lines) == 40
    assert not any("Most read" in line or "Copyright" in line or "Home" in line for line in lines)


def test_lists_come_out_as_trafilatura_writes_them():
    lines = bigpage.extract_large(parse_tree(page(40, sections=4))).split("\n")
    assert "- Bridge Street closed until further notice" in lines


def test_a_huge_page_takes_the_linear_path_and_keeps_every_paragraph(monkeypatch):
    monkeypatch.setattr(bigpage, "LARGE_TEXT", 20_000)
    doc = newsclean.parse(page(400, sections=4))
    assert doc.kind == "article" and len(doc.posts) == 1
    assert sum(PARA in b.text for b in doc.posts[0].blocks) == 400
    assert doc.title == "River floods the old town after a night of rain"
    assert "Most read" not in doc.text and "Copyright" not in doc.text


def test_an_ordinary_page_still_goes_to_trafilatura(monkeypatch):
    def fail(tree):
        raise AssertionError("the linear walk is only for huge pages")
    monkeypatch.setattr(bigpage, "extract_large", fail)
    doc = newsclean.parse(page(40))
    assert sum(PARA in b.text for b in doc.posts[0].blocks) == 40
