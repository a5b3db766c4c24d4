"""Text: an author chip flattened onto one line under a post's title ("Name Surname Provincial
affairs reporter", "Name Surname special correspondent" in a script without case) is the post's
byline, not its first body line; the page's other roles tell a sentence-case role from a
three-word name. Hand-written scraped texts shaped like live-blog chips."""
import newsclean
from newsclean.model import Byline, Post
from newsclean.text_byline_page import page_role_case
from newsclean.text_bylines import name_job_title


def test_a_name_then_a_job_title_is_a_byline():
    assert name_job_title("ಮಂಜುನಾಥ ಗೌಡ ಹಿರಿಯ ವರದಿಗಾರ") == Byline("ಮಂಜುನಾಥ ಗೌಡ", "ಹಿರಿಯ ವರದಿಗಾರ")
    assert name_job_title("Maria Lopes Senior reporter") == Byline("Maria Lopes", "Senior reporter")


def test_a_qualified_job_title_of_the_packs_keeps_a_two_word_name():
    # "senior reporter", "news desk", "staff reporter", "special correspondent": the qualifier is the role's
    assert name_job_title("അനിൽ കുമാർ സീനിയർ റിപ്പോർട്ടർ") == Byline("അനിൽ കുമാർ", "സീനിയർ റിപ്പോർട്ടർ")
    assert name_job_title("രമ്യ നായർ ന്യൂസ് ഡെസ്ക്") == Byline("രമ്യ നായർ", "ന്യൂസ് ഡെസ്ക്")
    assert name_job_title("রফিক হাসান নিজস্ব প্রতিবেদক") == Byline("রফিক হাসান", "নিজস্ব প্রতিবেদক")
    assert name_job_title("రవి కుమార్ ప్రత్యేక ప్రతినిధి") == Byline("రవి కుమార్", "ప్రత్యేక ప్రతినిధి")


def test_near_miss_a_headline_of_a_name_and_a_verb_is_none():
    assert name_job_title("Boris Johnson resigns") is None
    assert name_job_title("ಮಂಜುನಾಥ ಗೌಡ ಗೆಲುವು") is None  # a name and "victory": no job word


def _post(name: str, role: str) -> Post:
    return Post(bylines=(Byline(name, role),))


def test_a_page_of_capitalised_roles_reads_a_sentence_case_role():
    posts = page_role_case([_post("Katie Moreau Provincial", "affairs reporter"), _post("Omar Haddad", "Reporter")])
    assert posts[0].bylines == (Byline("Katie Moreau", "Provincial affairs reporter"),)
    assert posts[1].bylines == (Byline("Omar Haddad", "Reporter"),)


def test_near_miss_without_evidence_or_with_lower_case_roles_nothing_moves():
    alone = [_post("Anna Sofie Schmidt", "politisk reporter")]
    assert page_role_case(alone) == alone
    lower = [_post("Anna Sofie Schmidt", "politisk reporter"), _post("Jens Holm", "politisk redaktør"),
             _post("Mette Berg", "Vagthavende")]
    assert page_role_case(lower) == lower


def _page(chips: dict[int, str]) -> str:
    lines = ["Election night: the count goes on", "", "Follow the results as they come in", ""]
    for i in range(8, 0, -1):
        lines += [f"* {i + 1}:{10 + i} p.m.", "", f"Riding number {i} is too close to call", ""]
        if i in chips:
            lines += [chips[i], ""]
        lines += [f"The count in riding number {i} continues tonight, officials said, with mail-in ballots still out.",
                  "", "ShareCopy link"]
    return "\n".join(lines) + "\n"


def test_a_chip_line_under_the_title_is_the_byline():
    doc = newsclean.parse(_page({7: "Katie Moreau Provincial affairs reporter", 5: "Omar Haddad Reporter",
                                 3: "Katie Moreau Provincial affairs reporter"}), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 8
    got = {p.headline: p.bylines for p in doc.posts}
    assert got["Riding number 7 is too close to call"] == (Byline("Katie Moreau", "Provincial affairs reporter"),)
    assert got["Riding number 5 is too close to call"] == (Byline("Omar Haddad", "Reporter"),)
    assert all(not p.text.startswith("Katie") for p in doc.posts)


def test_near_miss_a_name_led_body_line_stays_body():
    doc = newsclean.parse(_page({6: "Katie Moreau wins the riding by 103 votes"}), format="text")
    post = next(p for p in doc.posts if p.headline == "Riding number 6 is too close to call")
    assert post.bylines == () and post.text.startswith("Katie Moreau wins")
