"""The page title under the rows that head it: a menu in a script without case that ends with
capitalised items (a language switch: "کوردستان عێراق جیهان English Kurmancî") is no title,
and a section's name over the title ("British Columbia") is no byline row. Each with a near miss."""
import newsclean
from newsclean.text_header import _deck_heads


def test_a_caseless_menu_with_a_latin_language_switch_heads_no_deck():
    assert not _deck_heads("کوردستان عێراق جیهان ئابووری وەرزش English Kurmancî")
    assert not _deck_heads("افغانستان نړۍ اقتصاد ورزش ویډیو English دری")
    # near misses: a caseless headline with a colon, and a Latin headline in sentence case
    assert _deck_heads("ڕاستەوخۆ: هەڵبژاردنی خولی شەشەمی پەرلەمانی کوردستان")
    assert _deck_heads("Election night: the two parties locked in a tight race")


_POSTS = ["* 11:54 p.m.", "", "That's it for tonight", "",
          "Thanks for following along. Our coverage continues tomorrow with analysis from the bureau.", "",
          "* 11:48 p.m.", "", "Lieutenant governor stays out of it", "",
          "The lieutenant governor's office said it would not comment until the final count is known.", "",
          "* 11:30 p.m.", "", "Recounts likely in two ridings", "",
          "Elections officials said automatic recounts would be held where the margin is under 100 votes.", ""]


def _page(section: str) -> str:
    return "\n".join(["News Sports Radio Music Listen Live TV Watch", section, "",
                      "Election night: the two parties locked in a tight race", "",
                      "Follow the results as they come in from across the province", "",
                      "Posted: Oct 19, 2024 12:00 PM PDT", ""] + _POSTS)


def test_a_section_name_over_the_title_is_no_byline_row():
    doc = newsclean.parse(_page("British Columbia"), format="text")
    assert doc.kind == "liveblog" and doc.title == "Election night: the two parties locked in a tight race"


def test_the_title_over_its_deck_without_a_section_name():
    # near miss: no name-shaped line over the title; the title over its deck wins as before
    doc = newsclean.parse(_page("Sign in"), format="text")
    assert doc.title == "Election night: the two parties locked in a tight race"
