"""Text front: a post's author and role in more shapes: "Name · role" (a chip separator),
"role Name" (the job title first), "Name, role" with the role in lower case, "記者NAME／PLACE報導"
(a CJK role word, the name, a slash and where it was filed), and "Name" / "role" closing a post
over its share row. Each has a near miss."""
import pytest
from support import text_page

import newsclean
from newsclean.text_bylines import cjk_name_slash_role, name_comma_role, name_sep_role, role_then_name


def test_a_name_a_middle_dot_and_a_job_title():
    b = name_sep_role("Marco Bellini · Corrispondente da Bruxelles")
    assert (b.name, b.role) == ("Marco Bellini", "Corrispondente da Bruxelles")


@pytest.mark.parametrize("line", [
    "Marco Bellini · Bruxelles",            # a place after the dot: no role
    "Home · Politica · Esteri",             # a row of links
    "Marco Bellini · 12 febbraio 2026",     # a date
])
def test_near_miss_dotted_lines_that_are_no_name_and_role(line):
    assert name_sep_role(line) is None


@pytest.mark.parametrize("line, name, role", [
    ("Головний редактор Іван Петренко", "Іван Петренко", "Головний редактор"),
    ("Власний кореспондент у Львові Іван Петренко", "Іван Петренко", "Власний кореспондент у Львові"),
    ("Correspondent Anna Maria Weber", "Anna Maria Weber", "Correspondent"),
])
def test_a_job_title_then_a_name(line, name, role):
    b = role_then_name(line)
    assert (b.name, b.role) == (name, role)


@pytest.mark.parametrize("line", [
    "Президент Зеленський відвідав Львів",      # a headline: a verb, no name closing the line
    "Мешканці Львова Іван Петренко",            # no job word before the name
])
def test_near_miss_lines_that_are_no_role_and_name(line):
    assert role_then_name(line) is None


def test_a_name_and_a_job_title_in_lower_case_after_a_comma():
    b = name_comma_role("Tomasz Nowak, redaktor")
    assert (b.name, b.role) == ("Tomasz Nowak", "redaktor")
    # near miss: a clause after the comma
    assert name_comma_role("Tomasz Nowak, który był redaktorem") is None


def test_a_cjk_role_word_a_name_a_slash_and_where_it_was_filed():
    b = cjk_name_slash_role("記者陳大文／高雄報導")
    assert (b.name, b.role) == ("陳大文", "高雄報導")
    # near miss: no role word before the name
    assert cjk_name_slash_role("高雄市／綜合報導") is None


def _page(posts):
    return newsclean.parse(text_page("Storm över landet: senaste nytt", "Följ utvecklingen här.", posts), format="text")


def test_a_name_and_its_role_closing_a_post_over_the_share_row():
    doc = _page([["14:05", "Vägar stängda i söder", "Flera vägar är stängda efter stormen, meddelar Trafikverket i dag.",
                  "Karin Lund\nreporter\nDela Kopiera länk"],
                 ["13:20", "Tåg inställda", "Alla tåg mellan de två städerna är inställda resten av dagen.",
                  "Karin Lund\nreporter\nDela Kopiera länk"],
                 ["12:10", "Varning utfärdad", "SMHI har utfärdat en varning för mycket hårda vindar längs kusten.",
                  "Dela Kopiera länk"]])
    assert [(b.name, b.role) for b in doc.posts[0].bylines] == [("Karin Lund", "reporter")]
    assert all("Karin Lund" not in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_closing_line_without_a_job_word_stays_text():
    doc = _page([["14:05", "Vägar stängda i söder", "Flera vägar är stängda efter stormen, meddelar Trafikverket i dag.",
                  "Karin Lund\nfotbollsspelare i laget\nDela Kopiera länk"],
                 ["13:20", "Tåg inställda", "Alla tåg mellan de två städerna är inställda resten av dagen.",
                  "Dela Kopiera länk"],
                 ["12:10", "Varning utfärdad", "SMHI har utfärdat en varning för mycket hårda vindar längs kusten.",
                  "Dela Kopiera länk"]])
    assert all(b.role != "fotbollsspelare i laget" for b in doc.posts[0].bylines)


def _hu_page(closers: list[str | None]) -> newsclean.Document:
    bodies = ["A kormány szóvivője szerint a javaslatot még a héten benyújtják az Országgyűlésnek.",
              "Az ellenzék szerint a költségvetés nem számol a várható infláció hatásaival sem.",
              "A pénzügyminiszter a vita elején hosszan ismertette a javaslat legfontosabb elemeit.",
              "A szakszervezetek a közszféra béreinek jelentős emelését követelik a kormánytól.",
              "A vita várhatóan késő estig tart, a szavazásra csak a jövő héten kerül sor.",
              "A képviselők több mint száz módosító javaslatot nyújtottak be a tervezethez."]
    heads = ["Benyújtják a javaslatot", "Bírálja az ellenzék", "Felszólalt a miniszter", "Tüntetnek a szakszervezetek",
             "Estig tart a vita", "Száz módosító javaslat"]
    posts = []
    for k, (head, body, closer) in enumerate(zip(heads, bodies, closers)):
        post = [f"{14 - k}:05", head, body]
        if closer:
            post.append(closer)
        post.append("Megosztás Link másolása")
        posts.append(post)
    return newsclean.parse(text_page("Parlament: percről percre", "Kövesse velünk a vitát.", posts), format="text")


def test_one_name_closing_two_posts_over_their_share_rows_signs_them():
    doc = _hu_page(["Szabó Péter", None, None, "Szabó Péter", None, None])
    signed = [p for p in doc.posts if p.bylines]
    assert [[b.name for b in p.bylines] for p in signed] == [["Szabó Péter"], ["Szabó Péter"]]
    assert all("Szabó Péter" not in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_two_different_names_closing_two_posts_prove_nothing():
    doc = _hu_page(["Szabó Péter", None, None, "Nagy Éva", None, None])
    assert not any(p.bylines for p in doc.posts)
