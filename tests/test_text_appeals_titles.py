"""Scraped text: a reader appeal closing with the pack's subscription prompt (`text_appeals`);
an article of short paragraphs starts at its title (`text_kind.article_start`); a short title
over a standfirst when no line of four words scores (`text_header`)."""
import newsclean
from newsclean.rules.packs import language_rules
from newsclean.text_appeals import mark_appeals
from newsclean.text_lines import State, split_lines


def _marked(text: str, lang: str = "en") -> list[str]:
    lines = split_lines(text)
    mark_appeals(lines, language_rules(lang), State())
    return [ln.text for ln in lines if ln.rule == "chrome.newsletter"]


def test_appeal_closing_with_a_subscription_prompt():
    line = "The Example Daily is funded by its readers. Sign up for our newsletter today."
    assert _marked(line) == [line]
    gl = "Nós Diario é posíbel grazas ás súas subscritoras e subscritores. Subscríbete a Nós Diario."
    assert _marked(gl, "gl") == [gl]


def test_prompt_in_the_middle_or_a_long_paragraph_is_text():
    # near misses: the prompt is not the last sentence; the paragraph is a long one of the text
    assert _marked("Sign up for our newsletter today. The council met on Monday.") == []
    long = ("The council said on Monday that the road would stay closed for weeks, and that residents "
            "would be told before it reopened. ") * 2 + "Sign up for our newsletter today."
    assert _marked(long) == []


PARAS = ["Polling stations closed at eight and the count began at once in every district of the country.",
         "The commission said turnout reached 52 per cent, two points more than four years ago.",
         "The first results from the capital are expected after midnight, officials said."]


def test_article_of_short_paragraphs_starts_at_its_title():
    text = "\n\n".join(["Accept", "News Radio Television", "Parliament election 2024: the count begins",
                        "Voters elect a new parliament today. Follow the news here."] + PARAS)
    doc = newsclean.parse(text, format="text")
    assert doc.title == "Parliament election 2024: the count begins" or \
        doc.posts[0].headline == "Parliament election 2024: the count begins"
    assert doc.posts[0].headline != "Accept"


def test_three_word_title_over_a_standfirst():
    text = "\n\n".join(["Site", "News Interviews Opinion", "Election watch: Socialists lead",
                        "We follow the count live. The newest updates come first.",
                        "Anna Jónsdóttir 30. nóv. 2024"] + [f"Kl. 0{k}:10 – {p}" for k, p in enumerate(PARAS)])
    doc = newsclean.parse(text, format="text")
    assert doc.title == "Election watch: Socialists lead"


def test_date_row_is_no_title():
    # near miss: without a title-shaped line, the name and date row is still no title
    text = "\n\n".join(["Site", "Anna Jónsdóttir 30. nóv. 2024"] + [f"Kl. 0{k}:10 – {p}" for k, p in enumerate(PARAS)])
    doc = newsclean.parse(text, format="text")
    assert doc.title != "Anna Jónsdóttir 30. nóv. 2024"
