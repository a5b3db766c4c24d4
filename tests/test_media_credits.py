"""Picture credits told by their shape and by what a page's captions repeat, with no label word,
slash or known agency to go by; and credit labels in languages with no phrase pack. Small
hand-written templates shaped like real ones (a live blog's figures, a caption div beside an
image); each rule has near misses that must not fire."""
import pytest
from lxml import etree

from newsclean import html_front
from newsclean.html_media import media
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.post_walk import extract_post
from newsclean.sites import rules_for


def page(*bodies: str):
    tree = html_front.parse_tree("<html><body><div id='feed'>" + "".join(bodies) + "</div></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    return tree


def captions_and_credits(*captions: str, language: str | None = "en") -> list[tuple[str | None, str | None]]:
    """Each caption in a figure of its own on one page; the (caption, credit) media() reads."""
    tree = page(*(f'<figure><img src="p{i}.jpg" alt=""><figcaption>{c}</figcaption></figure>'
                  for i, c in enumerate(captions)))
    ctx = Ctx(rules_for(None, language), language=language)
    out = []
    for fig in tree.iter("figure"):
        m = media(fig, ctx)
        out.append((m.caption, m.credit))
    return out


def walk_posts(markup: str, language: str | None = "en"):
    tree = page(markup)
    ctx = Ctx(rules_for(None, language), language=language)
    containers = [c for c in tree.get_element_by_id("feed") if isinstance(c.tag, str)]
    return [extract_post(c, ctx, None, None) for c in containers], ctx


# -- 1. a bracketed credit the page's captions repeat ---------------------------------------------

def test_bracket_slot_repeated_by_two_captions_is_the_credit():
    got = captions_and_credits("Voters queue outside a school in Leeds on Thursday. (Jane Roe)",
                               "Counting begins at the town hall. (Peter Smith)")
    assert got == [("Voters queue outside a school in Leeds on Thursday.", "Jane Roe"),
                   ("Counting begins at the town hall.", "Peter Smith")]


def test_near_miss_one_bracketed_name_alone_is_part_of_the_caption():
    caption = "Voters queue outside a school in Leeds on Thursday. (Jane Roe)"
    assert captions_and_credits(caption, "Counting begins at the town hall.") == [
        (caption, None), ("Counting begins at the town hall.", None)]


@pytest.mark.parametrize("caption", [
    "Boris Johnson leaves Downing Street (pictured)",
    "The minister with her deputy (left)",
    "Flooding in the old town (file photo)",
    "The bridge before the collapse (2019)",
    "Ceremony at the memorial (July 24)",
    "Senate candidate John Smith (R)",
    "Sen. Katie Britt (R-Ala.)",
])
def test_near_miss_brackets_of_the_sentence_stay_even_where_the_page_has_a_credit_slot(caption):
    got = captions_and_credits("Counting begins at the town hall. (Peter Smith)",
                               "Voters queue in Leeds. (Jane Roe)", caption)
    assert got[:2] == [("Counting begins at the town hall.", "Peter Smith"), ("Voters queue in Leeds.", "Jane Roe")]
    assert got[2] == (caption, None)


def test_near_miss_party_marks_repeated_after_names_are_no_credit_slot():
    got = captions_and_credits("Finanzminister Christian Lindner (FDP)", "Bundeskanzler Olaf Scholz (SPD)",
                               language="de")
    assert got == [("Finanzminister Christian Lindner (FDP)", None), ("Bundeskanzler Olaf Scholz (SPD)", None)]


def test_caption_divs_beside_images_repeat_the_slot_in_a_live_blog_walk():
    post = ('<div class="entry"><h4>Update {n}</h4><div class="media"><a href="/e/{n}"><img src="{n}.jpg"></a>'
            '<div class="caption">{caption}</div></div>'
            '<p>Police said the rally lasted into the night and most roads in the centre reopened by morning.</p></div>')
    posts, ctx = walk_posts(post.format(n=1, caption="Protesters on the highway, July 24, 2023. (Avi Cohen)")
                            + post.format(n=2, caption="Lawmakers in the plenum, July 24, 2023. (Dana Levi)"))
    assert [(m.caption, m.credit) for p in posts for m in p.media] == [
        ("Protesters on the highway, July 24, 2023.", "Avi Cohen"), ("Lawmakers in the plenum, July 24, 2023.", "Dana Levi")]
    assert ("media.credit-parens", "()") in [(r.rule, r.text) for r in ctx.removed]


# -- 2. a bracketed credit alone, by its shape ---------------------------------------------------

def test_lone_name_for_publication_is_the_credit():
    assert captions_and_credits("Protesters on the avenue on Thursday evening. (Craig Hudson for The Daily Planet)") == [
        ("Protesters on the avenue on Thursday evening.", "Craig Hudson for The Daily Planet")]
    assert captions_and_credits("Manifestants devant l'Assemblée. (Jean Dupont pour Le Quotidien)", language="fr") == [
        ("Manifestants devant l'Assemblée.", "Jean Dupont pour Le Quotidien")]


@pytest.mark.parametrize("caption,language", [
    ("The president and the first lady arrive. (Joe Biden and Jill Biden)", "en"),
    ("Die Koalition am Abend. (Olaf Scholz und Christian Lindner)", "de"),
    ("The two finalists. (Jane Roe or Mary Major)", "en"),
    ("Talks in the capital (Ministers for Defence)", "en"),
])
def test_near_miss_names_joined_by_a_conjunction_or_no_name_before_the_link(caption, language):
    assert captions_and_credits(caption, language=language) == [(caption, None)]


def test_lone_acronym_after_a_full_sentence_is_the_credit():
    assert captions_and_credits("The prime minister gives a statement in Jerusalem, July 24, 2023. (GPO)") == [
        ("The prime minister gives a statement in Jerusalem, July 24, 2023.", "GPO")]


@pytest.mark.parametrize("caption", [
    "Gold medallist Simone Biles (USA)",
    "Finance minister Christian Lindner (FDP)",
    "Smoke over the city. (R)",
])
def test_near_miss_an_acronym_after_a_name_or_a_single_letter(caption):
    assert captions_and_credits(caption) == [(caption, None)]


# -- 3. credit labels in a language with no phrase pack ---------------------------------------

def yle_like(credit: str, caption: str = "Alexander Stubb puhui kannattajilleen.") -> str:
    return (f'<figure class="figure"><img src="a.jpg" alt=""><figcaption><span class="caption">{caption}</span>'
            f'<span class="copyright">{credit}</span></figcaption></figure>')


def credits_of(*figures: str, language: str | None) -> tuple[list[tuple[str | None, str | None]], Ctx]:
    tree = page(*figures)
    ctx = Ctx(rules_for(None, language), language=language)
    return [((m := media(f, ctx)).caption, m.credit) for f in list(tree.iter("figure"))], ctx


def test_one_word_label_in_a_credit_element_is_stripped_in_any_script():
    got, ctx = credits_of(yle_like("Kuva: Jussi Nukari / Lehtikuva"), language="fi")
    assert got == [("Alexander Stubb puhui kannattajilleen.", "Jussi Nukari / Lehtikuva")]
    assert ("media.credit-prefix", "Kuva:") in [(r.rule, r.text) for r in ctx.removed]
    got, _ = credits_of(yle_like("Фото: ТАСС", "Пресс-конференция в Москве."), language="ru")
    assert got == [("Пресс-конференция в Москве.", "ТАСС")]


def test_near_miss_an_agency_before_a_colon_and_a_caption_sentence_keep_their_words():
    got, _ = credits_of(yle_like("Reuters: Jane Doe"), language="fi")
    assert got == [("Alexander Stubb puhui kannattajilleen.", "Reuters: Jane Doe")]
    got, _ = credits_of('<figure><img src="a.jpg"><figcaption>Huom: tulos on alustava</figcaption></figure>',
                        language="fi")
    assert got == [("Huom: tulos on alustava", None)]


def test_label_of_several_words_repeated_before_two_credits_is_stripped():
    got, _ = credits_of(yle_like("Kuva ja video: Yle"), yle_like("Kuva ja video: Jussi Nukari"), language="fi")
    assert [c for _, c in got] == ["Yle", "Jussi Nukari"]


def test_near_miss_label_of_several_words_printed_once_is_kept():
    got, _ = credits_of(yle_like("Yle Uutiset Helsinki: Jussi Nukari"), yle_like("Lehtikuva"), language="fi")
    assert [c for _, c in got] == ["Yle Uutiset Helsinki: Jussi Nukari", "Lehtikuva"]
