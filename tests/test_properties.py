"""Properties that hold for any input (hypothesis)."""
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean

WORD = re.compile(r"\w+")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def words(text: str) -> set[str]:
    """Words as a reader sees them: format characters (soft hyphens, zero-width joiners) are
    invisible, so "co\xadoperate" is one word."""
    text = "".join(ch for ch in unicodedata.normalize("NFC", text) if unicodedata.category(ch) != "Cf")
    return set(WORD.findall(text.casefold()))


def output_words(doc) -> set[str]:
    parts = [doc.title or "", " ".join(doc.editors), " ".join(doc.summary)]
    for p in doc.posts:
        parts += [p.headline or "", p.label or "", p.text]
        parts += [f"{b.name} {b.role or ''}" for b in p.bylines]
        parts += [f"{m.caption or ''} {m.credit or ''} {m.alt or ''}" for m in p.media]
    return words("\n".join(parts))


@SETTINGS
@given(st.one_of(st.text(max_size=3000), st.binary(max_size=3000)), st.sampled_from([None, "text", "html"]))
def test_parse_raises_nothing_but_parse_error(src, fmt):
    try:
        newsclean.parse(src, format=fmt)
    except newsclean.ParseError:
        pass


LINE = st.one_of(
    # unassigned and private-use code points left out: the HTML parser (libxml2) drops them,
    # which can join the words on either side
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")), max_size=120),
    st.sampled_from(["Copyright: Reuters", "Image caption: A crowd", "10:45", "3m ago", "Analysis", "Share",
                     "Jane Smith", "Political correspondent", "Read more", "Video contentVideo caption: Watch",
                     "A short headline here", "Updated at 12.08 BST", "Edited by John Doe"]),
    st.lists(st.sampled_from("The police said the road was closed after the storm hit the coast .".split()),
             min_size=6, max_size=30).map(" ".join),
)


@SETTINGS
@given(st.lists(LINE, min_size=1, max_size=40))
def test_no_output_word_is_invented(lines):
    page = "\n\n".join(lines)
    try:
        doc = newsclean.parse(page, format="text")
    except newsclean.ParseError:
        return
    assert output_words(doc) <= words(page)


@SETTINGS
@given(st.lists(LINE, min_size=1, max_size=40))
def test_no_output_word_is_invented_in_html(lines):
    import html
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = f"<html><body>{body}</body></html>"
    try:
        doc = newsclean.parse(page, format="html")
    except newsclean.ParseError:
        return
    assert output_words(doc) <= words("\n".join(lines))


CLEAN_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co", "Zl", "Zp")),
                     min_size=1, max_size=80).map(lambda s: " ".join(s.split())).filter(bool)
BLOCK = st.one_of(
    CLEAN_TEXT.map(lambda t: newsclean.Block("paragraph", t)),
    st.lists(CLEAN_TEXT, min_size=1, max_size=4).map(lambda items: newsclean.Block("list", "\n".join(items), tuple(items))),
    CLEAN_TEXT.map(lambda t: newsclean.Block("quote", t)),
)
POST = st.builds(lambda headline, blocks: newsclean.Post(headline=headline, blocks=tuple(blocks)),
                 st.one_of(st.none(), CLEAN_TEXT.filter(lambda t: t != "(no headline)")),
                 st.lists(BLOCK, min_size=1, max_size=5))


@SETTINGS
@given(CLEAN_TEXT, st.lists(POST, min_size=1, max_size=6))
def test_markdown_rendering_parses_back_to_the_same_posts(title, posts):
    doc = newsclean.Document(title=title, posts=tuple(posts))
    again = newsclean.parse(doc.to_markdown(), format="text")
    assert [p.text for p in again.posts] == [p.text for p in doc.posts]
    assert [p.headline for p in again.posts] == [p.headline for p in doc.posts]


def test_markdown_of_real_pages_parses_back_to_the_same_posts():
    from support import FIXTURES
    for name in ("bbc-live-2024-05-17.txt", "mirror-live-2024-08-05-uk-riots.html.gz",
                 "guardian-app-live-2015-11-05-cameron-sisi.html.gz"):
        doc = newsclean.parse(FIXTURES / name)
        again = newsclean.parse(doc.to_markdown(), format="text")
        assert [(p.headline, p.text, p.bylines) for p in again.posts] == \
            [(p.headline, p.text, p.bylines) for p in doc.posts]
