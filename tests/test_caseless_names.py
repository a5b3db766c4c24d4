"""Names in scripts without case. Georgian Mkhedruli letters are lower case to Unicode (it gives
them Mtavruli capitals nobody writes), so they count as caseless (`writing_systems.caseless`);
Armenian has case in use and keeps it. A caseless name is accepted only where a byline is
expected: after a byline's lead word of the packs ("ავტორი: ნინო ბერიძე") or before a job word
("ნინო ბერიძე ჟურნალისტი"). Each rule has a near miss."""
import newsclean
from newsclean import shapes
from newsclean.text_bylines import lead_byline, opens_byline
from newsclean.writing_systems import caseless


def test_georgian_counts_as_caseless_and_armenian_as_cased():
    assert caseless("ნ") and caseless("ب") and caseless("र")
    assert not caseless("Ա") and not caseless("ա") and not caseless("a") and not caseless("Ж")


def test_a_caseless_name_shape():
    assert shapes.is_caseless_name("ნინო ბერიძე")
    assert shapes.is_caseless_name("राहुल शर्मा")
    # near misses: a stopword of the packs, a digit, one word, a cased script, a sentence's end
    assert not shapes.is_caseless_name("მან განაცხადა რომ")
    assert not shapes.is_caseless_name("ნინო 2024")
    assert not shapes.is_caseless_name("ნინო")
    assert not shapes.is_caseless_name("Աննա Պետրոսյան")
    assert not shapes.is_caseless_name("ნინო ბერიძე.")


def test_near_miss_a_georgian_name_alone_is_still_no_name_to_is_name():
    # conservative: no capital tells a name from words, so the bare shape check says no
    assert not shapes.is_name("ნინო ბერიძე")
    assert not shapes.is_name("მთავრობამ ახალი კანონი მიიღო")


def test_a_byline_lead_in_a_caseless_script_before_names():
    assert opens_byline("ავტორი: ნინო ბერიძე") and not opens_byline("“ავტორი: ნინო ბერიძე”")
    led = lead_byline("ავტორი: ნინო ბერიძე")
    assert led is not None and led[0] == "ავტორი:" and [b.name for b in led[1]] == ["ნინო ბერიძე"]
    led = lead_byline("ავტორი: ნინო ბერიძე, გიორგი კაპანაძე")
    assert led is not None and [b.name for b in led[1]] == ["ნინო ბერიძე", "გიორგი კაპანაძე"]
    led = lead_byline("लेखक: राहुल शर्मा")
    assert led is not None and [b.name for b in led[1]] == ["राहुल शर्मा"]


def test_a_lead_word_set_off_by_a_script_colon():
    led = lead_byline("Հեղինակ՝ Աննա Պետրոսյան")  # Armenian: cased, its own colon
    assert led is not None and [b.name for b in led[1]] == ["Աննա Պետրոսյան"]
    led = lead_byline("ጸሐፊ፡ አበበ ከበደ")
    assert led is not None and [b.name for b in led[1]] == ["አበበ ከበደ"]


def test_near_miss_a_clause_after_a_lead_word_is_no_byline():
    assert lead_byline("ავტორი: მთავრობამ ახალი კანონი მიიღო") is None  # four words, a verb last
    assert lead_byline("ავტორი: მან განაცხადა რომ") is None  # stopwords
    assert lead_byline("ამინდი: ნინო ბერიძე") is None  # no byline lead word of the packs


def test_a_caseless_name_before_a_job_word_splits():
    assert shapes.name_and_role("ნინო ბერიძე ჟურნალისტი") == ("ნინო ბერიძე", "ჟურნალისტი")
    assert shapes.name_and_role("राहुल शर्मा संवाददाता") == ("राहुल शर्मा", "संवाददाता")
    # near misses: no job word last, a job word first, a stopword in the name
    assert shapes.name_and_role("მთავრობამ ახალი კანონი მიიღო") is None
    assert shapes.name_and_role("ჟურნალისტი ნინო ბერიძე") is None
    assert shapes.name_and_role("მან განაცხადა ჟურნალისტი") is None


POST = """{time}
{headline}
{body}
ავტორი: {name}
"""


def test_georgian_text_live_blog_closing_bylines_and_headlines():
    posts = [("14:05", "ცესკომ პირველი შედეგები გამოაქვეყნა",
              "ცენტრალურმა საარჩევნო კომისიამ პირველი წინასწარი შედეგები გამოაქვეყნა, რომლის მიხედვითაც აქტივობა მაღალია.",
              "ნინო ბერიძე"),
             ("13:40", "უბნები დაიხურა",
              "საარჩევნო უბნები ქვეყნის მასშტაბით ოფიციალურად დაიხურა და ხმების დათვლა დაიწყო.", "გიორგი კაპანაძე"),
             ("13:10", "აქტივობა იზრდება",
              "ამომრჩეველთა აქტივობა წინა არჩევნებთან შედარებით გაიზარდა, აცხადებენ დამკვირვებლები.", "თამარ ლომიძე")]
    text = "ცოცხალი ბლოგი: არჩევნები საქართველოში\n\n" + "\n".join(
        POST.format(time=t, headline=h, body=b, name=n) for t, h, b, n in posts)
    doc = newsclean.parse(text, format="text").to_dict()
    assert [[b["name"] for b in p["bylines"]] for p in doc["posts"]] == [[n] for *_, n in posts]
    assert all("ავტორი" not in p["text"] for p in doc["posts"])


def test_near_miss_a_georgian_closing_sentence_stays_body_text():
    body = "ცენტრალურმა საარჩევნო კომისიამ პირველი წინასწარი შედეგები გამოაქვეყნა, აქტივობა მაღალია."
    text = "\n".join(f"{t}\nსათაური ნომერი {i}\n{body}\nმთავრობამ ახალი კანონი მიიღო\n"
                     for i, t in enumerate(("14:05", "13:40", "13:10")))
    doc = newsclean.parse(text, format="text").to_dict()
    assert all(not p["bylines"] for p in doc["posts"])


def chips(markup: str, language: str) -> list[tuple[str, str | None]]:
    from newsclean import html_front
    from newsclean.html_roles import Ctx
    from newsclean.post_bylines import bylines
    from newsclean.sites import rules_for
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//div")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def test_an_author_element_drops_a_caseless_or_script_colon_lead_word():
    assert chips('<div class="post-author">ავტორი: ნინო ბერიძე</div>', "ka") == [("ნინო ბერიძე", None)]
    assert chips('<div class="post-author">Հեղինակ՝ Աննա Պետրոսյան</div>', "hy") == [("Աննա Պետրոսյան", None)]
    assert chips('<div class="post-author">ნინო ბერიძე ჟურნალისტი</div>', "ka") == [("ნინო ბერიძე", "ჟურნალისტი")]


def test_near_miss_a_word_that_only_starts_like_the_lead_word_is_kept_whole():
    assert chips('<div class="post-author">ავტორის სვეტი</div>', "ka") == [("ავტორის სვეტი", None)]
