"""Credits glued to a caption with no label a pack knows, told by shape in any language: an equals
sign ("代表＝撮影・田中祐也"), a short line closing on a role word after the caption's sentence
("… 있다. 한겨레 김혜윤 기자"), a labelled bracket in a script whose letters take no capital
(Georgian "(ფოტო: …)"), a spaced slash before a label ("… / Фото: …"), an agency's slash chain
after a space ("… Washington APA/AFP/Name"), a byline lead with its colon before an agency and a
photographer ("… PS Autor: TASR – Name"). HTML figures and text lines written for these tests,
shaped like real templates; each rule has near misses that must not fire."""
import pytest
from lxml import etree

import newsclean
from newsclean import html_front
from newsclean.html_media import media
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.media_lines import split_glued, split_slash_chain
from newsclean.media_tail import (
    split_equals,
    split_role_tail,
    unicameral,
    unicameral_words,
)
from newsclean.sites import rules_for
from newsclean.text_credits import split_labelled, split_shaped


def read(figcaption: str, language: str | None) -> tuple[tuple[str | None, str | None], Ctx]:
    tree = html_front.parse_tree(f"<html><body><figure><img src='a.jpg' alt=''><figcaption>{figcaption}"
                                 "</figcaption></figure></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None, language), language=language)
    m = media(next(tree.iter("figure")), ctx)
    return (m.caption, m.credit), ctx


# -- scripts without capitals ------------------------------------------------------------------------

def test_letters_that_take_no_capital_at_a_word_start():
    assert unicameral("ფ") and unicameral("한") and unicameral("共") and unicameral("ر")
    assert not unicameral("a") and not unicameral("Ф") and not unicameral("1")
    assert unicameral_words("ინტერპრესნიუსი") and unicameral_words("한겨레 김혜윤")
    # near misses: a cased script, a figure, too many words
    assert not unicameral_words("Interpressnews")
    assert not unicameral_words("ფოტო 2024")
    assert not unicameral_words("ერთი ორი სამი ოთხი ხუთი")


# -- an equals sign ----------------------------------------------------------------------------------

def test_an_equals_sign_sets_the_credit_apart():
    assert split_equals("開票速報を見守る立憲民主党の代表＝撮影・田中祐也", "ja") == (
        "開票速報を見守る立憲民主党の代表", "＝", "撮影・田中祐也")
    assert split_equals("首相官邸に入る首相＝共同", "ja") == ("首相官邸に入る首相", "＝", "共同")
    assert split_equals("Supporters cheer in the hall = Jane Doe/Reuters", "en") == (
        "Supporters cheer in the hall", "=", "Jane Doe/Reuters")


@pytest.mark.parametrize("caption", [
    "円相場は一時1ドル＝150円台まで下落した",       # a rate: figures after the sign
    "The formula reads a = b and holds for all x.",  # a sentence after the sign
    "Scores after the vote = three seats for the left",  # lower-case words, no credit
])
def test_near_miss_an_equals_sign_inside_the_caption(caption):
    assert split_equals(caption, None) is None


def test_an_equals_credit_in_a_figure_and_its_sign_recorded():
    (caption, credit), ctx = read("開票速報を見守る代表＝撮影・田中祐也", "ja")
    assert (caption, credit) == ("開票速報を見守る代表", "撮影・田中祐也")
    assert ("media.credit-prefix", "＝") in [(r.rule, r.text) for r in ctx.removed]


# -- a role word closing a short line after the caption sentence --------------------------------------

def test_outlet_name_and_role_after_the_sentence():
    assert split_role_tail("계엄군이 4일 새벽 국회 본관 진입을 시도하고 있다. 한겨레 김혜윤 기자", "ko") == (
        "계엄군이 4일 새벽 국회 본관 진입을 시도하고 있다.", "한겨레 김혜윤 기자")
    (caption, credit), _ = read("시민들이 국회 앞에 모여 있다. 한겨레 김혜윤 기자", "ko")
    assert (caption, credit) == ("시민들이 국회 앞에 모여 있다.", "한겨레 김혜윤 기자")


@pytest.mark.parametrize("caption", [
    "시민들이 국회 앞에 모여 있다. 기자들이 취재하고 있다",          # a second clause: no role word last
    "시민들이 국회 앞에 모여 있다. 한겨레 김혜윤 기자.",             # closed as a sentence
    "시민들이 국회 앞에 모여 있다. 오늘 오후 2시 현장에 나온 한겨레 기자",  # too many words, a figure
])
def test_near_miss_a_second_clause_is_no_role_tail(caption):
    assert split_role_tail(caption, "ko") is None


# -- a labelled bracket in Georgian --------------------------------------------------------------------

def test_a_labelled_bracket_in_a_script_without_capitals():
    (caption, credit), _ = read("ხმების დათვლა თბილისის ერთ-ერთ უბანზე (ფოტო: ინტერპრესნიუსი)", None)
    assert (caption, credit) == ("ხმების დათვლა თბილისის ერთ-ერთ უბანზე", "ინტერპრესნიუსი")
    assert split_shaped("ხმების დათვლა თბილისის ერთ-ერთ უბანზე (ფოტო: ინტერპრესნიუსი)") == (
        "ხმების დათვლა თბილისის ერთ-ერთ უბანზე", "ინტერპრესნიუსი")
    # near miss: a bracket of the sentence (a figure, many words) stays caption
    (caption, credit), _ = read("ხმების დათვლა დასრულდა (შედეგი: 58,9 პროცენტი)", None)
    assert credit is None


# -- text lines ------------------------------------------------------------------------------------------

def test_text_lines_with_glued_credits():
    assert split_glued("開票速報を見守る立憲民主党の代表＝撮影・田中祐也") == (
        "開票速報を見守る立憲民主党の代表", "＝", "撮影・田中祐也")
    assert split_glued("계엄군이 국회 본관 진입을 시도하고 있다. 한겨레 김혜윤 기자") == (
        "계엄군이 국회 본관 진입을 시도하고 있다.", "", "한겨레 김혜윤 기자")
    # near miss: a paragraph of two sentences before the role tail
    assert split_glued("계엄군이 진입했다. 보좌진이 막았다. 한겨레 김혜윤 기자") is None


def test_a_spaced_slash_before_the_label_is_no_part_of_the_caption():
    assert split_labelled("Наслідки удару по Харкову / Фото: Укрінформ") == (
        "Наслідки удару по Харкову", "Фото:", "Укрінформ")
    # near miss: a slash inside the caption stays
    assert split_labelled("Rede und Antwort / Podium in Wien / Foto: Jane Doe")[0] == "Rede und Antwort / Podium in Wien"


def test_an_agency_slash_chain_after_the_caption():
    assert split_slash_chain("Anhänger von Harris an der Howard University in Washington APA/AFP/Angela Weiss") == (
        "Anhänger von Harris an der Howard University in Washington", "APA/AFP/Angela Weiss")


@pytest.mark.parametrize("line", [
    "Leaders met to discuss the new EU/US trade deal",           # lower-case words after the slash
    "The club finished third in the season 2024/25",             # figures
    "Die Sitzung wurde vertagt. Weiter geht es morgen APA/AFP",  # a sentence inside: a paragraph
    "APA/AFP/Angela Weiss",                                      # a credit line alone, no caption
])
def test_near_miss_slashes_that_are_no_credit_chain(line):
    assert split_slash_chain(line) is None


def test_a_byline_lead_with_its_colon_credits_the_picture_after_a_caption():
    assert split_labelled("Michal Šimečka vo volebnom štábe PS Autor: TASR – Jaroslav Novák") == (
        "Michal Šimečka vo volebnom štábe PS", "Autor:", "TASR – Jaroslav Novák")
    # near misses: the lead opening the line is the post's byline; one name after a caption is none
    assert split_labelled("Autor: Martin Kováčik") is None
    assert split_labelled("Michal Šimečka vo volebnom štábe PS Autor: Martin Kováčik") is None


def test_a_glued_credit_becomes_media_in_a_text_post():
    lines = ["開票速報 衆院選2024", ""]
    for clock, head in (("21:30", "立憲、議席大幅増の勢い"), ("20:00", "投票締め切り"), ("19:00", "投票率は低調")):
        lines += [clock, head, "", "開票速報を見守る立憲民主党の代表＝撮影・田中祐也", "",
                  "立憲民主党は公示前の98議席から大きく議席を伸ばす勢いだ。代表は「一歩」と語った。", ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert doc.posts and all(p.media and p.media[0].credit == "撮影・田中祐也" for p in doc.posts)
    assert not any("田中祐也" in p.text for p in doc.posts)


def test_a_photographer_and_outlet_around_a_slash_after_the_caption():
    assert split_slash_chain("Apoiadores de Lula comemoram em Brasília Pedro Ladeira/Folhapress") == (
        "Apoiadores de Lula comemoram em Brasília", "Pedro Ladeira/Folhapress")
    # near miss: a place after a preposition is the caption's ("… to New York/Washington")
    assert split_slash_chain("Delegates took the night train to New York/Washington") is None


def test_a_pack_label_after_the_agency_in_brackets():
    from newsclean.text_credits import label_after

    assert label_after("연합뉴스 자료사진") == ("연합뉴스", "자료사진")
    # near misses: the label alone, and words that close on no label
    assert label_after("자료사진") is None
    assert label_after("연합뉴스 기자") is None


def test_an_outlet_credit_line_in_capitals_keeps_its_label():
    assert split_labelled("Supporters at the counting centre. ST PHOTO: GAVIN FOO") == (
        "Supporters at the counting centre.", "", "ST PHOTO: GAVIN FOO")
    # near miss: a capitalised word of the caption before the label is no outlet
    assert split_labelled("Supporters at the counting centre in Jurong Photo: Gavin Foo")[2] == "Gavin Foo"


# -- a player's control label over a video's title (text front) -------------------------------------

def _dutch_live(*video_parts: list[str]) -> str:
    lines = ["Rock Werchter 2026: volg alles live", "", "Gepubliceerd: vr 03 jul. 23u40", ""]
    for n, (clock, head, part) in enumerate(zip(("23u30", "22u10", "21u05"),
                                                ("De headliner sluit af", "Dansen voor The Barn", "Regen op de wei"),
                                                video_parts)):
        lines += [f"{clock}", head, "",
                  f"Het optreden begon traag, maar de wei kwam al snel in beweging tijdens nummer {n + 1}.", ""]
        lines += part + ["Delen", ""]
    return "\n".join(lines)


def test_the_line_under_a_player_label_is_the_videos_title():
    part = ["BEKIJK", "Duizenden mensen feesten voor The Barn op beats van de dj"]
    doc = newsclean.parse(_dutch_live(part, part, part), format="text")
    assert [[(m.type, m.caption) for m in p.media] for p in doc.posts] == [
        [("video", "Duizenden mensen feesten voor The Barn op beats van de dj")]] * 3
    assert not any("Duizenden" in p.text for p in doc.posts)


def test_near_miss_a_paragraph_after_the_player_label_stays_text():
    # the label, then a blank line: the paragraph under it is the post's text, not a title; the
    # player is a video without a caption, its label recorded as removed
    part = ["BEKIJK", "", "Wie dat live wil meemaken, kan nog naar de wei. Er zijn nog plaatsen vrij.", ""]
    doc = newsclean.parse(_dutch_live(part, part, part), format="text")
    assert [[(m.type, m.caption) for m in p.media] for p in doc.posts] == [[("video", None)]] * 3
    assert all("Wie dat live" in p.text for p in doc.posts)
    assert sum(r.text == "BEKIJK" for r in doc.removed) == 3


def test_player_label_shape():
    from newsclean.text_media import _player_label

    assert _player_label("BEKIJK") and _player_label("WATCH")
    # near misses: lower case (a word of a sentence), a function word, a label that is no control
    assert not _player_label("Bekijk") and not _player_label("LA") and not _player_label("BREAKING")


def test_near_miss_a_preposition_closing_a_cased_caption_is_no_role_tail():
    # "von" is a byline lead of the German pack; here it closes the caption's own words
    assert split_role_tail("Die Kanzlerin spricht im Bundestag. Ein Bild von", "de") is None


def test_near_miss_a_title_under_its_stamp_keeps_its_equals_sign():
    lines = ["開票速報 衆院選2024", ""]
    for clock in ("21:30", "20:00", "19:00"):
        lines += [clock, "与党が過半数割れの見通し＝開票速報", "", "立憲民主党は公示前の98議席から大きく議席を伸ばす勢いだ。代表は「一歩」と語った。", ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert doc.posts and not any(p.media for p in doc.posts)
