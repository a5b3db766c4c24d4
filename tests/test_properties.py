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
