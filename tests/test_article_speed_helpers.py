"""The fast helpers of article mode give what the slow forms they replace give: the text of an
element, the elements after the headline, a paragraph's link characters, a line's key, and the
page bounds of the metadata search."""
from lxml import etree

from newsclean import article_body, article_check, article_text, bigpage, meta_date
from newsclean.html_front import parse_tree

PAGE = ("<html><head><meta name='description' content='x'></head><body>"
        "<header><nav><a href='/'>Home</a></nav></header>"
        "<article><h1>Storm <em>closes</em> the coast road</h1>"
        "<p class='standfirst'>Roads shut <b>until</b> noon, police say.</p>"
        "<p>The council said the <a href='/news/2024/storm-closes-the-coast-road-again'>road</a> would"
        " reopen\u00a0after the tide.</p><p>Plain words, no children.</p>"
        "<div><p>Nested <span>deep <i>inside</i></span> a box</p>tail text</div></article>"
        "<footer><p>Small print</p></footer></body></html>")


def test_text_of_is_text_content_on_every_element():
    tree = parse_tree(PAGE)
    for el in tree.iter():
        assert article_text.text_of(el) == el.text_content()


def test_following_is_the_xpath_axis_without_descendants():
    tree = parse_tree(PAGE)
    axis = etree.XPath("following::*")
    for el in tree.iter():
        for limit in (1, 3, 120):
            assert article_body._following(el, limit) == axis(el)[:limit]
    h1 = next(tree.iter("h1"))
    assert all(x.tag != "em" for x in article_body._following(h1, 120))  # its own child is not after it


def test_link_characters_of_a_paragraph_and_of_a_link_itself():
    tree = parse_tree(PAGE)
    paras = list(tree.iter("p"))
    assert article_text.link_chars(paras[1]) == len("road")
    assert article_text.link_chars(paras[2]) == 0  # near miss: a childless paragraph has no links
    link = next(a for a in tree.iter("a") if a.get("href", "").startswith("/news"))
    assert article_text.link_chars(link) == len("road")  # a link alone still counts its own text


def test_a_line_key_is_words_of_its_text_and_kept():
    line = article_check.Line("\u201cSt\u00f6rm\u201d  closes \u2013 the ROAD")
    assert line.key == article_text.words(line.text) == 'st\u00f6rm"closes-theroad'  # quotes folded, edge marks off
    assert article_check.Line("Stra\u00dfe").key == "strasse"  # casefold, not lower, off ASCII
    assert line == article_check.Line(line.text)  # the key is no field


def test_extract_large_keeps_tails_and_skips_boilerplate():
    tree = parse_tree(PAGE)
    lines = bigpage.extract_large(tree).split("\n")
    assert "Nested deep inside a box" in lines and "tail text" in lines
    assert not any("Home" in x or "Small print" in x for x in lines)


def test_bounded_tree_is_the_page_itself_within_the_bounds_and_a_prefix_past_them():
    tree = parse_tree(PAGE)
    assert meta_date.bounded_tree(tree) is tree
    n = int(etree.XPath("count(//*)")(tree))
    small = meta_date.bounded_tree(tree, limit=n - 3)
    assert small is not tree
    assert sum(1 for _ in small.iter()) == n - 3 + 1  # the root and the first n - 3 nodes under it
    assert meta_date.bounded_tree(tree, chars=10) is not tree


def test_bounded_tree_copies_a_tag_name_lxml_will_not_create():
    # A script's text cut by a broken page can leave tag names such as 'tr.s&&["ss",s]' in the
    # tree; the copy keeps their text under a neutral element instead of failing.
    tree = parse_tree('<html><body><p>a</p><tr.s&&["x"]>kept text</tr.s&&["x"]><p>b</p></body></html>')
    odd = [e for e in tree.iter() if isinstance(e.tag, str) and "&" in e.tag]
    assert odd, "the parser keeps the odd tag name"
    copy = meta_date.bounded_tree(tree, limit=len(list(tree.iter())) - 1)
    assert copy is not tree
    assert "kept text" in copy.text_content()


# Texts whose whitespace takes every shape a page gives it: the fast forms must agree with the
# split-and-join they stand for on each (a printable text skips the split; the others must not).
SHAPES = ["plain words", "  lead and trail  ", "two  spaces", "line\nbreak", "tab\there", "no\u00a0break",
          "thin\u2009space", "zero\u200bwidth", "soft\u00adhyphen", "\u201cQuoted\u201d \u2013 dash", "Stra\u00dfe",
          "e\u0301 combining", "\x1cseparator", "", " ", "\u3000ideographic"]


def test_collapse_is_split_and_join_on_every_whitespace_shape():
    for text in SHAPES:
        assert article_text.collapse(text) == " ".join(text.split()), repr(text)
    assert article_text.collapse("no\u00a0break") == "no break"  # near miss: a no-break space is split


def test_words_and_collapsed_words_agree_with_the_slow_key():
    def slow(text):  # the key as first written: fold, then drop whitespace, then lower-case
        for a, b in article_text._QUOTES:
            text = text.replace(a, b)
        text = "".join(text.split())
        return (text.lower() if text.isascii() else text.casefold()).strip(article_text._EDGE)

    for text in SHAPES:
        assert article_text.words(text) == slow(text), repr(text)
        collapsed = " ".join(text.split())
        assert article_text.collapsed_words(collapsed) == slow(text), repr(text)


def test_a_block_of_inline_markup_is_read_at_once_as_the_walk_reads_it():
    # (the main container is the div holding the long paragraphs)
    long = "A sentence long enough to count as a paragraph of the body. " * 2
    tree = parse_tree(f"<html><body><div><p>{long}</p><p>Lead <b>bold</b>\n  and <a href='/x'>link</a> tail</p>"
                      f"<p>{long}</p><p>Before<button>Share</button>after</p><p>Outer <span>in <div>block</div>"
                      f" out</span> end</p><ul><li>An <i>item</i></li></ul></div></body></html>")
    lines = bigpage.large_lines(tree)
    assert "Lead bold and link tail" in lines
    assert "Beforeafter" in lines  # a skipped element inside a paragraph stays out of its line
    assert ["Outer in", "block", "out end"] == lines[lines.index("Outer in"):lines.index("Outer in") + 3]  # near miss: a block inside
    assert "- An item" in lines
    known = {"Lead bold and link tail": "Lead bold and link tail"}
    assert bigpage.large_lines(tree, {long: long.strip(), **known}) == lines  # collapsed texts given: the same lines


def test_a_collapsed_line_is_clean_as_shapes_cleans_it():
    from newsclean import shapes
    from newsclean.article import _clean_collapsed

    for text in SHAPES + ["cafe\u0301 au lait", "Caf\u00e9 \u201cnoir\u201d"]:
        collapsed = " ".join(text.split())
        assert _clean_collapsed(collapsed) == shapes.clean(collapsed), repr(text)


def test_is_large_counts_characters_not_bytes():
    # "é" is two bytes in UTF-8: the page below the bound in characters is over it in bytes
    n = bigpage.LARGE_TEXT
    at_bound = parse_tree(f"<html><body><p>{'é' * (n - 1)}</p><p>x</p></body></html>")
    assert not bigpage.is_large(at_bound)
    over = parse_tree(f"<html><body><p>{'é' * n}</p><p>x</p></body></html>")
    assert bigpage.is_large(over)
    # past four bytes a character no decoding is needed; near miss: a small page
    assert bigpage.is_large(parse_tree(f"<html><body><p>{'x' * (4 * n + 1)}</p><p>y</p></body></html>"))
    assert not bigpage.is_large(parse_tree("<html><body><p>short</p></body></html>"))


def test_in_order_search_answers_as_in_does_whatever_the_order():
    import random

    body = "thestormclosedthecoastroad" + "policesaidtheroadwouldreopen" + "thecouncilagreed" + "thestorm"
    keys = ["thestorm", "coastroad", "policesaid", "thecouncil", "thestormclosed", "roadwouldreopen",
            "coastroadpolice",  # straddles two blocks: still a substring
            "reopenthecouncilagreedthestorm", "", "d",
            "councilpolice", "thestormthestorm", "agreedx"]  # near misses: not in the body
    rng = random.Random(7)
    for _ in range(300):  # a search that moved the pointer far on still finds what lies behind it
        found = article_check._InOrder(body)
        seq = rng.sample(keys, len(keys)) + [rng.choice(keys) for _ in range(12)]
        assert [k in found for k in seq] == [k in body for k in seq]


def test_a_whole_article_body_is_checked_in_one_pass_not_once_a_line():
    # every page block is in the articleBody, in order: each search starts where the last ended
    blocks = [f"paragraph{i:05d}saysonethingandthenanother" for i in range(2000)]
    found = article_check._InOrder("".join(blocks))
    calls = []
    text = found.text

    class Counting(str):
        def find(self, *a):  # noqa: D102
            calls.append(a[1:])
            return text.find(*a)

    found.text = Counting(text)
    assert all(b in found for b in blocks)
    assert all(start == end_of_last for (start,), end_of_last in
               zip(calls, [0] + [len(b) * (i + 1) for i, b in enumerate(blocks[:-1])]))
