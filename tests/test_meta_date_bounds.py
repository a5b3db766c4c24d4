"""The bounded searches of meta_date: htmldate's tree on huge pages, and the page's date attributes."""
from lxml import html as lxml_html

from newsclean.meta_date import _page_date_attrs, bounded_tree

PAGE = ('<html lang="de"><head><title>T</title><meta name="date" content="2024-03-01"></head><body>'
        '<div id="a">one<p>two</p>tail<p>three</p></div><p>four</p></body></html>')


def test_small_tree_is_given_as_it_is():
    tree = lxml_html.document_fromstring(PAGE)
    assert bounded_tree(tree, limit=100) is tree


def test_huge_tree_keeps_its_head_and_first_elements_in_document_order():
    tree = lxml_html.document_fromstring(PAGE)
    cut = bounded_tree(tree, limit=6)
    assert cut is not tree
    assert lxml_html.tostring(cut) == (b'<html lang="de"><head><title>T</title><meta name="date" content="2024-03-01">'
                                       b'</head><body><div id="a">one<p>two</p>tail</div></body></html>')
    assert len(list(tree.iter())) == 9  # the page itself is not changed


def test_few_elements_holding_megabytes_of_text_are_cut_by_characters():
    text = "Der Fluss trat in der Nacht über die Ufer. " * 200
    tree = lxml_html.document_fromstring(f"<html><head><title>T</title></head><body>{'<p>' + text + '</p>' * 1}"
                                         + f"<p>{text}</p>" * 9 + "</body></html>")
    cut = bounded_tree(tree, limit=100, chars=3 * len(text))
    assert cut is not tree and 2 <= len(cut.findall(".//p")) <= 4
    # near miss: the same page under the character bound is given as it is
    assert bounded_tree(tree, limit=100, chars=20 * len(text)) is tree


def test_the_character_bound_counts_characters_not_bytes():
    tree = lxml_html.document_fromstring("<html><body><p>" + "é" * 50 + "</p><p>" + "中" * 50 + "</p></body></html>")
    assert bounded_tree(tree, limit=100, chars=100) is tree  # 100 characters, 250 bytes: within
    assert bounded_tree(tree, limit=100, chars=99) is not tree  # near miss: one character over


def test_date_attributes_in_document_order():
    tree = lxml_html.document_fromstring(
        '<html><body><time pubdate datetime="2024-01-01" content="x">a</time>'
        '<span itemprop="datePublished" content="2024-01-02" datetime="2024-01-03"></span>'
        '<meta itemprop="datePublished" content="2024-01-04"></body></html>')
    assert _page_date_attrs(tree) == ["2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04"]


def test_no_date_attributes_from_other_properties():  # near miss: dateModified, time without pubdate
    tree = lxml_html.document_fromstring(
        '<html><body><time datetime="2024-01-01">a</time>'
        '<span itemprop="dateModified" content="2024-01-02"></span></body></html>')
    assert _page_date_attrs(tree) == []


UNDATED = ('<html><head><title>Flood</title></head><body><h1>Flood</h1>'
           '<p>The river rose in the night and the town woke to water in its streets.</p></body></html>')


def _htmldate_flags(monkeypatch, tree) -> list[bool]:
    from newsclean import meta_date
    from newsclean.metadata import document_metadata
    flags: list[bool] = []

    def fake(t, url, *, extensive=True, bounded=False):
        flags.append(bounded)
        return None
    monkeypatch.setattr(meta_date, "htmldate_day", fake)
    document_metadata(tree)
    return flags


def test_a_page_within_bounds_is_not_counted_again_for_htmldate(monkeypatch):
    flags = _htmldate_flags(monkeypatch, lxml_html.document_fromstring(UNDATED))
    assert flags and all(flags)


def test_a_cut_copy_goes_to_htmldate_as_it_is(monkeypatch):  # head is not the page, yet not bounded again
    import copy

    from newsclean import meta_date
    monkeypatch.setattr(meta_date, "bounded_tree", lambda tree, *a, **k: copy.deepcopy(tree))
    flags = _htmldate_flags(monkeypatch, lxml_html.document_fromstring(UNDATED))
    assert flags and all(flags)


def test_bounding_a_cut_copy_again_gives_the_same_tree():
    # why htmldate is given the copy as it is: the same bounds cut it at the same node
    tree = lxml_html.document_fromstring(PAGE)
    for bounds in ({"limit": 6}, {"limit": 100, "chars": 8}):
        cut = bounded_tree(tree, **bounds)
        assert cut is not tree
        assert lxml_html.tostring(bounded_tree(cut, **bounds)) == lxml_html.tostring(cut)
    # near miss: tighter bounds do cut the copy further
    assert lxml_html.tostring(bounded_tree(bounded_tree(tree, limit=6), limit=3)) != lxml_html.tostring(bounded_tree(tree, limit=6))
