"""Text front: picture and video credits in shapes the packs' labels and a script's names give:
a video's label after its caption ("Video: Report TV"), a bracketed label no pack knows before a
name ("(Sawir: Caasimada)"), a caseless name with an initial ("ඉෂාර එස්. කොඩිකාර"), a label
without a colon after the caption's sentence ("Гэрэл зургийг Б.Энхжаргал"). Each has a near miss."""
import pytest
from support import TRAIN_BODIES, TRAIN_CLOCKS, TRAIN_HEADS, text_page

import newsclean
from newsclean.media_lines import label_after_sentence, split_tail
from newsclean.text_credits import is_video_label, split_labelled, split_shaped


@pytest.mark.parametrize("line, caption, label, credit", [
    ("Sədrliyin təhvil verilməsi mərasimi Video: Report TV", "Sədrliyin təhvil verilməsi mərasimi", "Video:", "Report TV"),
    ("Бишкек шайлоочулары шайлоо тууралуу Видео: Азаттык", "Бишкек шайлоочулары шайлоо тууралуу", "Видео:", "Азаттык"),
])
def test_a_video_label_after_a_caption_labels_a_video_credit(line, caption, label, credit):
    assert split_labelled(line) == (caption, label, credit)
    assert is_video_label(label)


def test_a_photo_label_is_no_video_label():
    assert not is_video_label("Foto:")
    assert not is_video_label("Photo :")


@pytest.mark.parametrize("line", [
    "Watch: Jane Doe",                                   # opening the line: no caption before it
    "Watch: the minister speaks at the count",           # a sentence after the label
    "Ver: Jane Doe",                                     # a function word of a pack ("ver"), not a label
])
def test_near_miss_a_player_word_without_a_caption_before_it_is_no_credit(line):
    assert split_labelled(line) is None


def test_a_photo_label_after_a_three_word_caption_before_one_name():
    assert split_labelled("Nümayəndələr stadionun girişində Foto: Report") == (
        "Nümayəndələr stadionun girişində", "Foto:", "Report")


def test_near_miss_a_photo_label_after_a_function_word_is_a_sentence():
    assert split_labelled("Sehen Sie das Foto: Merz") is None


@pytest.mark.parametrize("line, caption, credit", [
    ("Taageerayaasha xisbiga Waddani oo ku sugan Hargeysa (Sawir: Caasimada)",
     "Taageerayaasha xisbiga Waddani oo ku sugan Hargeysa", "Caasimada"),
    ("කොළඹ ගණන් කිරීමේ මධ්‍යස්ථානයක් වෙත ඡන්ද පෙට්ටි රැගෙන යයි (ඡායාරූපය - ඉෂාර එස්. කොඩිකාර)",
     "කොළඹ ගණන් කිරීමේ මධ්‍යස්ථානයක් වෙත ඡන්ද පෙට්ටි රැගෙන යයි", "ඉෂාර එස්. කොඩිකාර"),
])
def test_bracketed_credits_with_an_unknown_label_or_a_caseless_initial(line, caption, credit):
    assert split_shaped(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Supporters gather in the main square (Video: Biden)",       # a pack's word: no unknown label
    "Supporters gather in the main square (Update: Jane Doe)",   # likewise
    "Supporters gather in the main square (Sawir: the crowd at noon)",  # no name after the label
])
def test_near_miss_brackets_that_are_no_credit(line):
    assert split_shaped(line) is None


def test_a_label_without_colon_after_the_caption_sentence():
    line = "Хэсгийн хороонд санал тоолж буй нь. Гэрэл зургийг Б.Энхжаргал"
    assert label_after_sentence(line)
    assert split_tail(line) == ("Хэсгийн хороонд санал тоолж буй нь.", "Гэрэл зургийг", "Б.Энхжаргал")


@pytest.mark.parametrize("line", [
    "The count went on through the night. Photo shows the crowd outside",  # a sentence after the label
    "The count went on through the night. Officials said it would end soon",  # no label
])
def test_near_miss_words_after_a_sentence_that_are_no_credit(line):
    assert split_tail(line) is None


def _page(first_lines: list[str]) -> newsclean.Document:
    posts = [[TRAIN_CLOCKS[0], TRAIN_HEADS[0], *first_lines, TRAIN_BODIES[0]]]
    posts += [[c, h, b] for c, h, b in zip(TRAIN_CLOCKS[1:], TRAIN_HEADS[1:], TRAIN_BODIES[1:])]
    return newsclean.parse(text_page("Train crash: live updates", "Follow the latest news on the crash.", posts),
                           format="text")


def test_a_video_credit_line_under_a_headline_is_the_posts_video():
    doc = _page(["Rescue teams at the scene of the crash Video: Report TV"])
    post = doc.posts[0]
    assert [(m.type, m.caption, m.credit) for m in post.media] == [
        ("video", "Rescue teams at the scene of the crash", "Report TV")]
    assert all("Report TV" not in b.text for b in post.blocks)


def test_near_miss_a_body_sentence_naming_a_video_stays_body():
    doc = _page(["Rescue teams said the video shows the moment of the crash."])
    post = doc.posts[0]
    assert not post.media
    assert any("the video shows" in b.text for b in post.blocks)


def _danish_page(first_lines: list[str]) -> newsclean.Document:
    posts = [["21:12", "Mål til Danmark", *first_lines, "Bolden gik ind fra tredive meter, og keeperen havde ingen chance."],
             ["20:40", "Kampen er i gang", "Dommeren har fløjtet, og kampen er i gang på stadion i Frankfurt."],
             ["20:05", "Holdet er klar", "Landstræneren har valgt det samme hold som i den første kamp."]]
    return newsclean.parse(text_page("Danmark mod England: live", "Følg kampen her.", posts), format="text")


def test_a_players_placeholder_line_makes_the_title_under_it_a_video_with_its_credit():
    # "Afspil video" is a pack's placeholder of blocked content (embed); the player stood there
    doc = _danish_page(["Afspil video\nSe målet her Video: TV 2 Sport"])
    post = doc.posts[0]
    assert [(m.type, m.caption, m.credit) for m in post.media] == [("video", "Se målet her", "TV 2 Sport")]
    assert all("TV 2 Sport" not in b.text for b in post.blocks)


def test_near_miss_a_sentence_under_a_players_placeholder_stays_the_posts_text():
    doc = _danish_page(["Afspil video\nMålet blev scoret af midtbanespilleren efter en lang aflevering."])
    post = doc.posts[0]
    assert any("Målet blev scoret" in b.text for b in post.blocks)
    assert all(m.caption is None for m in post.media)


def test_near_miss_a_social_posts_placeholder_is_no_player():
    # "Ver esta publicação no Instagram": "ver" (see) is a player word of a pack but a function word too
    posts = [["14:20", "Chaimite volta ao Largo do Carmo", "A chaimite voltou ao local para a recriação do cerco.",
              "Ver esta publicação no Instagram\nPor Mariana Oliveira"],
             ["13:40", "Desfile começa", "O desfile começou na Avenida da Liberdade ao som de canções."],
             ["12:05", "Sessão solene", "A sessão solene decorreu na Assembleia da República durante a manhã."]]
    doc = newsclean.parse(text_page("25 de Abril: ao minuto", "Acompanhe aqui.", posts), format="text")
    assert all(m.type != "video" for p in doc.posts for m in p.media)


def test_a_copyright_notice_year_is_no_part_of_the_credit():
    from newsclean.text_credits import split_copyright

    assert split_copyright("Rescuers search the wreckage near the city © 2024 Jane Doe") == (
        "Rescuers search the wreckage near the city", "Jane Doe")
    assert split_copyright("Rescuers search the wreckage near the city © 2024") is None  # a year alone credits no one


def test_a_players_control_line_in_any_case_makes_the_title_under_it_a_video():
    doc = _page(["Play video\nRescuers at the scene of the crash"])
    post = doc.posts[0]
    assert [(m.type, m.caption) for m in post.media] == [("video", "Rescuers at the scene of the crash")]
    assert all("Play video" not in b.text and "Rescuers at the scene" not in b.text for b in post.blocks)
    assert any(r.text == "Play video" for r in doc.removed)


def test_near_miss_a_sentence_under_a_players_control_line_stays_the_posts_text():
    doc = _page(["Play video\nRescuers searched the wreckage near the city all night, officials said."])
    post = doc.posts[0]
    assert not post.media
    assert any("Rescuers searched the wreckage" in b.text for b in post.blocks)


def test_near_miss_one_player_word_alone_is_no_control_line():
    from newsclean.text_media import _player_controls

    assert _player_controls("Watch video") and _player_controls("Regarder la vidéo")
    assert not _player_controls("Video")            # a label chip
    assert not _player_controls("Play the video")   # "the" is no player word
