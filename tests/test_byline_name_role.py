"""A name and its role printed side by side, bracketed author lines and match-minute badges, in
any language. Roles are the phrase packs' ``roles`` data (and `meta_words.ROLE_WORDS`), read by
shape: a job word after a two-to-five-word name, or after a name written in Han, kana or Hangul.
Hand-written author chips and posts shaped like live-blog templates; each rule has a near miss."""
import newsclean
from newsclean import html_front, shapes
from newsclean.html_roles import Ctx
from newsclean.model import Byline
from newsclean.post_bylines import bracketed_names, bylines
from newsclean.rules.packs import packs, role_words
from newsclean.sites import rules_for
from newsclean.text_bylines import closing_line_names, name_then_outlet, stamp_byline

# -- data ------------------------------------------------------------------------------------------

def test_roles_are_pack_data_lower_case_single_words():
    assert {"journalist", "nyhetsleder", "periodista", "기자", "記者", "记者"} <= role_words()
    for code, pack in packs().items():
        for w in pack.roles:
            assert w == w.lower() and " " not in w, (code, w)


# -- shapes.name_and_role --------------------------------------------------------------------------

def test_a_job_word_of_the_packs_after_a_name_is_the_role_whatever_its_case():
    assert shapes.name_and_role("Kari Nordmann Nyhetsleder") == ("Kari Nordmann", "Nyhetsleder")
    assert shapes.name_and_role("Lucía Ferrer Soto Periodista") == ("Lucía Ferrer Soto", "Periodista")
    # the title, then a short lower-case joiner and its complement
    assert shapes.name_and_role("Marta Gil Redactora de Economía") == ("Marta Gil", "Redactora de Economía")
    assert shapes.name_and_role("Jane Roe Senior Political Reporter") == ("Jane Roe", "Senior Political Reporter")


def test_near_miss_a_title_case_headline_with_a_job_word_is_no_byline():
    assert shapes.name_and_role("Mayor Says Reporter Was Wrong") is None
    assert shapes.name_and_role("Kari Nordmann") is None  # a name alone
    assert shapes.name_and_role("Nyhetsleder") is None  # a role alone


def test_a_role_word_closes_a_name_in_han_kana_or_hangul():
    assert shapes.name_and_role("박서연 기자") == ("박서연", "기자")
    assert shapes.name_and_role("田中一郎記者") == ("田中一郎", "記者")
    assert shapes.name_and_role("李明华 记者") == ("李明华", "记者")


def test_near_miss_cjk_text_without_a_trailing_role_word():
    assert shapes.name_and_role("田中一郎") is None  # a name alone
    assert shapes.name_and_role("記者李明华") is None  # a role word before the name: printed as part of it
    assert shapes.name_and_role("国会で記者") is None  # a phrase, not a 2-5 character name before the role
    assert shapes.name_and_role("계엄 해제 요구안 가결 기자") is None


# -- HTML author chips -----------------------------------------------------------------------------

def chips(markup: str, language: str) -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//div")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def test_a_marked_name_and_a_job_beside_it_in_separate_elements():
    assert chips('<div class="entry__author"><img src="a.jpg" alt=""><strong>Kari Nordmann</strong>'
                 '<span>Nyhetsleder</span></div>', "nb") == [("Kari Nordmann", "Nyhetsleder")]


def test_near_miss_two_marked_names_stay_two_authors():
    assert chips('<div class="entry__author"><a href="/a">Kari Nordmann</a> og <a href="/b">Per Hansen</a></div>',
                 "nb") == [("Kari Nordmann", None), ("Per Hansen", None)]


def test_a_korean_reporter_line_is_name_and_role():
    assert chips('<div class="item__reporter">박서연 기자</div>', "ko") == [("박서연", "기자")]
    # near miss: a name alone stays whole
    assert chips('<div class="item__reporter">박서연</div>', "ko") == [("박서연", None)]


def test_brackets_around_an_author_element_are_no_part_of_the_name():
    assert chips('<div class="post-author">（田中一郎）</div>', "ja") == [("田中一郎", None)]


# -- bracketed author lines ------------------------------------------------------------------------

def _ctx(language: str = "en") -> Ctx:
    return Ctx(rules_for(None, language), language=language)


def test_a_bracketed_name_line_names_the_author():
    assert bracketed_names("(Maria Lopes)", _ctx("pt")) == ["Maria Lopes"]
    assert bracketed_names("（田中一郎）", _ctx("ja")) == ["田中一郎"]
    assert bracketed_names("(Anna Weber und Jan Schulz)", _ctx("de")) == ["Anna Weber", "Jan Schulz"]
    assert closing_line_names("（田中一郎）") == ["田中一郎"]


def test_near_miss_bracketed_agency_note_or_sentence_is_no_author():
    for text in ("(AFP)", "(Kyodo News)", "(Updated)", "(The vote was delayed by an hour.)", "（233議席）",
                 "(photo)", "（共同通信）"):
        assert bracketed_names(text, _ctx()) == [], text
        assert closing_line_names(text) == [], text


def _html_page(closing: str) -> str:
    posts = "".join(
        f'<div class="live-post" id="p{i}"><p class="live-time">2024-10-27 2{i}:10</p><h2>Wahlabend Meldung {i}</h2>'
        f'<p>Die Wahlkommission meldete neue Zahlen aus den Bezirken, die Auszählung läuft weiter, Stand {i}.</p>'
        f'<p>{closing}</p></div>' for i in range(3, 0, -1))
    return ('<html lang="de"><head><title>Live: Wahlabend</title></head><body><h1>Wahlabend live</h1>'
            f'<div class="feed">{posts}</div></body></html>')


def test_a_bracketed_name_closing_an_html_post_is_its_byline():
    doc = newsclean.parse(_html_page("(Anna Weber)"), format="html")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Anna Weber"]] * 3
    assert not any("Anna Weber" in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_bracketed_agency_closing_an_html_post_stays_body():
    doc = newsclean.parse(_html_page("(dpa)"), format="html")
    assert all(p.bylines == () for p in doc.posts)


# -- text front ------------------------------------------------------------------------------------

_NO_BODIES = ["Das Hochwasser hat in der Nacht mehrere Straßen im Zentrum der Stadt überflutet, sagte die Polizei.",
              "Die Feuerwehr hat rund hundert Menschen aus ihren Wohnungen in Sicherheit gebracht, hieß es.",
              "Der Pegel des Flusses steigt weiter und soll am Abend seinen höchsten Stand erreichen."]
_NO_TITLES = ["Straßen überflutet", "Hundert Menschen evakuiert", "Pegel steigt weiter"]


def _text_page(author_lines: list[str], titles: bool = True) -> str:
    lines = ["Hochwasser im Liveticker: Die Lage am Fluss", "", "Alle Entwicklungen zum Hochwasser im Überblick.", ""]
    for i, body in enumerate(_NO_BODIES):
        lines += [f"kl. 1{4 - i}.32"] + author_lines + [""]
        if titles:
            lines += [_NO_TITLES[i], ""]
        lines += [body, "", "Del", ""]
    return "\n".join(lines)


def test_text_a_name_and_role_line_then_the_title():
    doc = newsclean.parse(_text_page(["Kari Nordmann Journalist"]), format="text")
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [[("Kari Nordmann", "Journalist")]] * 3
    assert [p.headline for p in doc.posts] == _NO_TITLES


def test_text_a_name_line_then_a_role_line_then_the_title():
    doc = newsclean.parse(_text_page(["Kari Nordmann", "Journalist"]), format="text")
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [[("Kari Nordmann", "Journalist")]] * 3
    assert [p.headline for p in doc.posts] == _NO_TITLES


def test_near_miss_text_a_three_word_name_keeps_its_last_word():
    doc = newsclean.parse(_text_page(["Kari Nordmann Berg"]), format="text")
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [[("Kari Nordmann Berg", None)]] * 3


def test_a_stamps_tail_author_lead_word_role_or_outlet():
    assert stamp_byline("Oleh Siti Rahman") == ("Oleh", [Byline("Siti Rahman")])
    assert stamp_byline("Jón Pétursson fréttamaður") == ("", [Byline("Jón Pétursson", "fréttamaður")])
    assert stamp_byline("Rasa Petraitė, Naujienos.lt") == (", Naujienos.lt", [Byline("Rasa Petraitė")])
    assert name_then_outlet("Mia Reyes/Example.com") == "Mia Reyes"
    # near misses: a headline after the stamp, a sentence naming a site
    assert stamp_byline("Polls close across the country") is None
    assert name_then_outlet("Read more on Example.com") is None


def test_a_dash_signature_with_the_outlets_address():
    assert closing_line_names("– Mia Reyes/Example.com") == ["Mia Reyes"]
    assert closing_line_names("— Mia Reyes and Tom Cruz") == ["Mia Reyes", "Tom Cruz"]
    assert closing_line_names("– the vote was close") == []  # near miss: a dash and a clause


def test_text_a_bracketed_name_closing_a_post_is_its_byline():
    lines = ["衆院選ライブ 開票速報", "", "各党の動きを随時お伝えします。", ""]
    names = ["田中一郎", "鈴木花子", "田中一郎"]
    for i, name in enumerate(names):
        lines += [f"2024年10月27日 2{3 - i}時10分", "", f"見出しその{i + 1}", "",
                  f"選挙管理委員会は{i + 1}回目の開票結果を発表し、各党の獲得議席数が明らかになった。", "", f"（{name}）", ""]
    lines += ["Copyright © Example Shimbun. All rights reserved."]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[n] for n in names]
    assert not any("（" in b.text for p in doc.posts for b in p.blocks)


# -- match minutes and badges ----------------------------------------------------------------------

def _minute_page(badge: str) -> str:
    items = [("90'", "", "", "Final del partido, el local se impone en casa y suma tres puntos."),
             ("67'", badge, "<h3 class=\"ev-title\">¡Gol del local!</h3>", "El delantero remata de cabeza tras un centro."),
             ("30'", "", "", "Tarjeta amarilla para el lateral por una falta en el medio campo."),
             ("1'", "", "", "Comienza el partido en el estadio ante un lleno total.")]
    posts = "".join(f'<div class="ev-item"><div class="ev-min">{m}</div>{b}<div class="ev-text">{h}<p>{t}</p></div></div>'
                    for m, b, h, t in items)
    return ('<html lang="es"><head><title>Minuto a minuto: Local vs Visita</title></head><body>'
            f'<h1>Minuto a minuto: Local vs Visita</h1><div class="ev-list">{posts}</div></body></html>')


def test_a_badge_over_the_headline_is_the_label_not_the_minute():
    doc = newsclean.parse(_minute_page('<span class="ev-icon goal">GOL</span>'), format="html")
    post = doc.posts[1]
    assert post.label == "GOL" and post.headline == "¡Gol del local!"
    assert not any(b.text == "GOL" for b in post.blocks)
    assert all(p.published is None for p in doc.posts)  # a minute is no clock
    assert any(r.rule == "post.minute-mark" and r.text == "67'" for r in doc.removed)


def test_near_miss_without_a_badge_the_minute_is_the_label():
    doc = newsclean.parse(_minute_page(""), format="html")
    assert [p.label for p in doc.posts] == ["90'", "67'", "30'", "1'"]


def test_near_miss_an_en_dash_attribution_of_a_quote_is_no_signature():
    assert closing_line_names("– Jane Roe on John Doe") == []
    assert closing_line_names("– Jane Roe") == ["Jane Roe"]


def _minute_text(badge: bool) -> str:
    lines = ["Minuto a minuto: Local vs Visita", "", "Sigue el partido en directo.", ""]
    lines += ["90'", "", "Final del partido, el local se impone en casa y suma tres puntos de oro.", ""]
    lines += ["67'"] + (["GOL", ""] if badge else [""]) + ["¡Gol del local!", "",
                                                          "El delantero remata de cabeza tras un centro desde la derecha.", ""]
    lines += ["30'", "", "Tarjeta amarilla para el lateral por una falta en el medio campo del estadio.", ""]
    lines += ["1'", "", "Comienza el partido en el estadio ante un lleno total de aficionados.", ""]
    return "\n".join(lines)


def test_text_a_badge_under_the_minute_over_the_headline_is_the_label():
    doc = newsclean.parse(_minute_text(badge=True), format="text")
    post = doc.posts[1]
    assert (post.label, post.headline) == ("GOL", "¡Gol del local!")
    assert all(p.published is None for p in doc.posts)


def test_near_miss_text_without_a_badge_the_minute_labels_the_post():
    doc = newsclean.parse(_minute_text(badge=False), format="text")
    assert (doc.posts[1].label, doc.posts[1].headline) == ("67'", "¡Gol del local!")


def test_a_role_word_then_a_cjk_name_is_one_printed_byline():
    assert shapes.role_led_cjk_name("記者李明华")
    assert shapes.role_led_cjk_name("기자 박서연")
    # near misses: a headline that opens with the word, a Latin line
    assert not shapes.role_led_cjk_name("記者会見で首相が辞意を表明")
    assert not shapes.role_led_cjk_name("Reporter Jane Roe")


def test_text_a_role_led_cjk_name_over_the_title_is_the_byline():
    lines = ["選舉開票直播", "", "即時報導開票結果。", ""]
    for i, name in enumerate(["記者李明华", "記者張志強", "記者李明华"]):
        lines += [f"2024-01-13 2{3 - i}:05", name, f"標題第{i + 1}則新聞", "",
                  f"中央選舉委員會公布第{i + 1}次開票結果，各黨得票數持續更新中，選情十分激烈。", ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["記者李明华"], ["記者張志強"], ["記者李明华"]]
    assert [p.headline for p in doc.posts] == ["標題第1則新聞", "標題第2則新聞", "標題第3則新聞"]
