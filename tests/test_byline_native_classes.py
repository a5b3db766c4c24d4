"""Author elements whose classes are written in the desk's own language ("szerzo", "penulis",
"tacgia", "skribent": the packs' author nouns and job words), a byline of a name and a job title in
two elements of their own, and a job title printed before a marked-up name. Hand-written posts
shaped like regional live-blog templates, each with a near miss."""
import newsclean
from newsclean import html_front
from newsclean.author_classes import author_class_words, class_names_author
from newsclean.html_roles import Ctx, class_says
from newsclean.post_bylines import bylines
from newsclean.sites import rules_for


def chips(markup: str, language: str = "en") -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//body/*")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def test_pack_author_words_name_author_classes():
    assert "author" in class_says("nws-post__kirjoittaja")  # Finnish "kirjoittaja:" (writer)
    assert "author" in class_says("feedItem-toimittaja")  # a Finnish job word as the class token
    assert "author" in class_says("post-szerzo")  # Hungarian "szerző:" without its accent


def test_near_miss_author_words_inside_other_words_or_english_words_name_nothing():
    assert not class_names_author("autorefresh")
    assert not class_names_author("editor-picks")  # English classes are read by their own pattern
    assert not class_names_author("story-tekst")  # "tekst:" names the text, not its author
    assert not class_names_author("foto-credit")
    assert "editor" not in author_class_words() and all(w.isascii() for w in author_class_words())


def _feed(author_markup: str, lang: str) -> str:
    posts = "".join(
        f'<div class="live-post" id="p{i}"><p class="live-time">2024-10-27 1{i}:10</p><h2>Vaalipäivä uutinen {i}</h2>'
        f'<p>Vaalilautakunta julkaisi uusia lukuja alueilta, ja ääntenlaskenta jatkuu edelleen, tilanne {i}.</p>'
        f'{author_markup if i % 2 else ""}</div>' for i in range(4, 0, -1))
    return (f'<html lang="{lang}"><head><title>Live: Vaalipäivä</title></head><body><h1>Vaalipäivä live</h1>'
            f'<div class="feed">{posts}</div></body></html>')


def test_an_author_line_closing_a_post_classed_in_the_pack_language():
    doc = newsclean.parse(_feed("<p class='srv-item__kirjoittaja'>Aino Virtanen</p>", "fi"), format="html")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[], ["Aino Virtanen"], [], ["Aino Virtanen"]]
    assert all("Aino Virtanen" not in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_closing_line_of_an_unknown_class_stays_body():
    doc = newsclean.parse(_feed("<p class='srv-item__loppu'>Aino Virtanen</p>", "fi"), format="html")
    assert all(not p.bylines for p in doc.posts)


def test_a_name_and_a_job_title_in_two_elements_of_their_own():
    # Norwegian-style chip: the name and its two-word title in two divs; run together, the
    # title's first word would read as the surname
    assert chips('<div class="nrk-post-byline"><div class="nrk-x-navn">Kari Nordmann</div>'
                 '<div class="nrk-x-tittel">Politisk kommentator</div></div>', "nb") == [
        ("Kari Nordmann", "Politisk kommentator")]
    # a title in a language with no pack: lower case, one element of its own
    assert chips('<div class="byline"><span class="a1">Ion Popescu</span>'
                 '<span class="a2">corespondent special</span></div>', "ro") == [("Ion Popescu", "corespondent special")]


def test_near_miss_two_names_or_a_name_and_a_place_in_two_elements():
    out = chips('<div class="byline"><div class="x1">Kari Nordmann</div><div class="x2">Ola Hansen</div></div>', "nb")
    assert out and all(role is None for _, role in out)
    assert all(role is None for _, role in chips(
        '<div class="byline"><div class="x1">Kari Nordmann</div><div class="x2">Bergen</div></div>', "nb"))


def test_a_job_title_before_a_marked_name():
    assert chips('<div class="feed-item__author">Власний кореспондент у Львові <b>Петро Коваль</b></div>', "uk") == [
        ("Петро Коваль", "Власний кореспондент у Львові")]
    assert chips('<div class="post-author">Chefredakteurin <strong>Anna Weber</strong></div>', "de") == [
        ("Anna Weber", "Chefredakteurin")]


def test_near_miss_other_words_before_a_marked_name_are_no_role():
    # a lead word with a colon, and words that name no job
    assert chips('<div class="post-author">Автор: <b>Петро Коваль</b></div>', "uk") == [("Петро Коваль", None)]
    out = chips('<div class="post-author">Heute schreibt <strong>Anna Weber</strong></div>', "de")
    assert all(role is None for _, role in out)


def test_a_slashed_han_byline_is_name_and_what_follows_the_slash():
    # a job word of the packs, the name, a slash, then "reporting from Kaohsiung"
    assert chips('<div class="news-author">記者陳大文／高雄報導</div>', "zh-Hant") == [("陳大文", "高雄報導")]


def test_near_miss_a_han_byline_without_a_slash_or_with_a_sentence_after_it():
    assert chips('<div class="news-author">記者陳大文</div>', "zh-Hant") == [("記者陳大文", None)]
    out = chips('<div class="news-author">記者陳大文／高雄報導。今天</div>', "zh-Hant")
    assert all(role is None for _, role in out)


def _han_feed(lines: dict[int, str]) -> str:
    posts = "".join(
        f'<section class="lv-row" id="p{i}"><div class="lv-row__t">下午{i}:15</div>'
        f'<h3 class="lv-row__ttl">颱風來襲 第{i}則消息持續更新中</h3>'
        + (f'<div class="lv-row__x">{lines[i]}</div>' if i in lines else "")
        + f'<p>中央氣象署表示，颱風將於今晚接近，民眾應做好防颱準備，第{i}則。</p></section>' for i in range(5, 1, -1))
    return ('<html lang="zh-Hant"><head><title>即時：颱風</title></head><body><h1>颱風即時</h1>'
            f'<div class="lv-feed">{posts}</div></body></html>')


def test_a_slashed_han_byline_in_an_unnamed_header_line_is_the_posts_byline():
    doc = newsclean.parse(_han_feed({5: "記者林美玲／台中報導", 3: "記者陳大文／高雄報導"}), format="html")
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [
        [("林美玲", "台中報導")], [], [("陳大文", "高雄報導")], []]
    assert all("記者" not in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_slashed_header_line_without_a_name_after_the_job_word():
    # "記者會" (a press conference): the job word is followed by no name
    doc = newsclean.parse(_han_feed({5: "記者會延後舉行／詳情稍後公布"}), format="html")
    assert all(not p.bylines for p in doc.posts)
