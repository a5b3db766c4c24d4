"""Text front: credits glued to their caption in shapes not read before: a pack label in lower
case after the caption ("... foto: Name, AGENCY"), an abbreviated label keeping its dot before the
colon ("Fot.: Name"), an outlet's web address opening a slash chain ("Outlet.com/Name"), a chain
printed with spaced slashes ("Name Surname / AGENCY"), a label of a caseless script before a
slash ("圖／讀者提供"), and a known agency closing a caption in a picture's place. Each has a near
miss."""
import pytest
from support import text_page

import newsclean
from newsclean.media_lines import split_slash_chain
from newsclean.text_credits import split_labelled, split_slash_labelled


def test_a_lower_case_pack_label_after_the_caption_before_names():
    assert split_labelled("Prosvjednici ispred zgrade Sabora foto: Ivan Horvat, HINA") == (
        "Prosvjednici ispred zgrade Sabora", "foto:", "Ivan Horvat, HINA")


def test_near_miss_a_lower_case_word_no_pack_knows_before_a_colon():
    assert split_labelled("Ministar se obratio novinarima kaže: Ivan Horvat") is None


def test_an_abbreviated_label_keeps_its_dot_before_the_colon():
    assert split_labelled("Rolnicy protestują przed budynkiem Sejmu Fot.: Jan Kowalski") == (
        "Rolnicy protestują przed budynkiem Sejmu", "Fot.:", "Jan Kowalski")


def test_near_miss_an_abbreviation_no_pack_knows_before_a_colon():
    assert split_labelled("Wykład otworzył znany naukowiec Prof.: Jan Kowalski") is None


def test_an_outlets_web_address_opens_a_slash_chain():
    assert split_slash_chain("Petugas membersihkan saluran di Jalan Gatot Subroto Tribunnews.com/Rina Ayu") == (
        "Petugas membersihkan saluran di Jalan Gatot Subroto", "Tribunnews.com/Rina Ayu")


def test_near_miss_a_web_address_and_a_lower_case_path():
    assert split_slash_chain("Baca berita lengkapnya di situs Tribunnews.com/berita") is None


def test_a_spaced_slash_chain_closing_a_caption_is_its_credit():
    doc = _page(["Premiér na tiskové konferenci ve Strakově akademii Jan Novák / ČTK"])
    assert [(m.caption, m.credit) for m in doc.posts[0].media] == [
        ("Premiér na tiskové konferenci ve Strakově akademii", "Jan Novák / ČTK")]


def test_near_miss_a_spaced_slash_between_years_is_no_credit():
    doc = _page(["Rozpočet na období 2025 / 2026"])
    assert not doc.posts[0].media


def test_a_caseless_label_and_a_slash_before_the_credit():
    assert split_slash_labelled("台北車站前大排長龍 圖／讀者提供") == ("台北車站前大排長龍", "圖／", "讀者提供")


@pytest.mark.parametrize("line", [
    "每人 每日／兩次",                 # no pack label before the slash
    "台北車站前大排長龍 圖／讀者提供了照片。",  # a sentence after the slash
])
def test_near_miss_slashes_that_are_no_labelled_credit(line):
    assert split_slash_labelled(line) is None


def _page(first_lines: list[str], head: str = "Senát schválil rozpočet") -> newsclean.Document:
    posts = [["14:05", head, *first_lines, "Senátoři schválili návrh rozpočtu po dlouhé debatě v jednacím sále."],
             ["13:20", "Debata pokračuje", "Opozice kritizovala výši schodku a požadovala další úspory ve výdajích."],
             ["12:10", "Jednání začalo", "Předseda Senátu zahájil jednání krátce po poledni za účasti ministrů."]]
    return newsclean.parse(text_page("Senát jedná o rozpočtu: online", "Sledujte s námi jednání.", posts), format="text")


def _wire_page(first_lines: list[str]) -> newsclean.Document:
    posts = [["14:05", "Premier visits flooded towns", *first_lines,
              "The premier toured three towns on Tuesday and promised help to every family that lost a home."],
             ["13:20", "Rivers still rising", "The river rose another half metre overnight, the water agency said."],
             ["12:10", "Schools closed", "Schools in the region will stay closed until the end of the week."]]
    return newsclean.parse(text_page("Floods: live updates", "Follow the latest news.", posts), format="text")


def test_a_known_agency_closing_captions_under_a_posts_title():
    doc = _wire_page(["The premier speaks to residents in a flooded street Reuters",
                      "Volunteers fill sandbags outside the town hall AFP"])
    post = doc.posts[0]
    assert [(m.caption, m.credit) for m in post.media] == [
        ("The premier speaks to residents in a flooded street", "Reuters"),
        ("Volunteers fill sandbags outside the town hall", "AFP")]
    assert all("Reuters" not in b.text for b in post.blocks)


def test_near_miss_a_sentence_naming_an_agency_stays_the_posts_text():
    doc = _wire_page(["The premier said the figures had been confirmed by Reuters."])
    post = doc.posts[0]
    assert not post.media
    assert any("confirmed by Reuters" in b.text for b in post.blocks)


def _brand_page(line: str) -> newsclean.Document:
    lines = ["Kanal Sju", "", "* Nyheter", "* Sport", "", "Stormen: senaste nytt", "",
             "Vi följer stormen över södra Sverige under hela dagen.", ""]
    posts = [["14:05", "Vägar stängda i söder", "Flera vägar är stängda efter stormen, meddelar Trafikverket i dag."],
             ["13:20", line],
             ["12:10", "Varning utfärdad", "SMHI har utfärdat en varning för mycket hårda vindar längs kusten."],
             ["11:30", "Tåg inställda", "Alla tåg mellan Malmö och Ystad är inställda resten av dagen, meddelar bolaget."],
             ["10:45", "Strömavbrott i Skåne", "Omkring tiotusen hushåll saknar ström efter att träd fallit över ledningarna."],
             ["09:50", "Färjor ligger kvar", "Färjetrafiken till Bornholm är inställd tills vidare på grund av hårda vindar."]]
    for post in posts:
        for ln in post:
            lines += [ln, ""]
        lines += ["Dela", ""]
    return newsclean.parse("\n".join(lines), format="text")


def test_a_caption_closed_by_the_sites_own_name_is_a_posts_only_figure():
    doc = _brand_page("Vår reporter rapporterar från kusten i Ystad Kanal Sju")
    post = next(p for p in doc.posts if p.published and p.published.endswith("13:20"))
    assert post.headline is None
    assert [(m.caption, m.credit) for m in post.media] == [("Vår reporter rapporterar från kusten i Ystad", "Kanal Sju")]


def test_near_miss_a_line_closed_by_a_menu_word_is_no_credit():
    doc = _brand_page("Alla matcher i helgen är inställda inom Sport")
    post = next(p for p in doc.posts if p.published and p.published.endswith("13:20"))
    assert not post.media


def _gallery_page(lines_: list[str]) -> newsclean.Document:
    posts = [["14:05", *lines_, "Рятувальники працювали на місці події всю ніч, пожежу вдалося локалізувати до ранку."],
             ["13:20", "Відновили водопостачання", "Водоканал повідомив, що тиск у мережі відновлено на всіх масивах міста."],
             ["12:10", "Оголошено тривогу", "Повітряну тривогу оголошено в кількох областях через загрозу ударних дронів."],
             ["11:30", "Збито ракети", "Сили протиповітряної оборони збили більшість ракет над центральними областями."]]
    return newsclean.parse(text_page("Атака на енергетику: онлайн", "Стежте за новинами.", posts), format="text")


def test_two_captions_in_a_row_closed_by_the_same_agency_are_a_gallery():
    post = _gallery_page(["Пожежа на підстанції у Львівській області ДСНС", "Пожежні машини біля входу до підстанції ДСНС"]).posts[0]
    assert [(m.caption, m.credit) for m in post.media] == [
        ("Пожежа на підстанції у Львівській області", "ДСНС"), ("Пожежні машини біля входу до підстанції", "ДСНС")]


def test_near_miss_a_title_closed_by_an_acronym_stays_the_title():
    post = _gallery_page(["Президент провів зустріч із лідерами НАТО"]).posts[0]
    assert not post.media
    assert post.headline == "Президент провів зустріч із лідерами НАТО"
