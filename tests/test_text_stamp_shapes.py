"""Text front: stamp lines beyond a bare clock start posts (a numeric date closed by a dot, a
pinned copy's stamp over the feed), reader comments' stamps do not, and a repeated "Name, Role"
line is an author's, not interface. Each rule with a near miss. Fixtures are hand-written,
shaped like scraped pages."""
from __future__ import annotations

import newsclean
from newsclean import (
    text_chrome,
    text_kind,
    text_segment,
    text_stamp_roles,
    text_times,
    times,
)
from newsclean.text_lines import Line, State

HR_LIVE = """Portal koristi kolačiće.

Vijesti Sport Magazin

UŽIVO Poplave u Slavoniji: voda se povlači, stanovnici se vraćaju kućama

Pratite najnovije vijesti o poplavama uživo.

5.3.2024. 08:00
5.3.2024. 16:45

Ministar obišao Gunju

Ministar unutarnjih poslova obišao je Gunju i razgovarao s mještanima o obnovi kuća i cesta.

Autor: I. Horvat
5.3.2024. 15:20

Vodostaj Save u Županji pao je za trideset centimetara u posljednja tri sata, javlja Hrvatske vode.

Autor: M. Kovač
5.3.2024. 13:05

Stigla pomoć

Crveni križ dopremio je dvije tone hrane i vode za stanovnike evakuiranih sela u blizini rijeke.

Autor: I. Horvat
5.3.2024. 11:30

Na terenu je više od tristo vatrogasaca i pripadnika civilne zaštite koji grade nasipe.

Autor: M. Kovač

Komentari (2)

Ana 5.3.2024. 17:02

Svaka čast vatrogascima, hvala im na svemu što rade.

4 / 0
Marko iz Osijeka 5.3.2024. 16:58

Nadam se da će država ovaj put brzo isplatiti pomoć.

7 / 1
Učitaj još komentara

Copyright © Portal 2024"""


def test_a_numeric_date_closed_by_a_dot_leaves_no_lead():
    mark, lead_in = text_times.stamp("5.3.2024. 16:45")
    assert mark.lead == "" and lead_in == "" and mark.hour == 16


def test_a_name_before_a_dotted_date_stays_the_lead():
    mark, _ = text_times.stamp("Ana 5.3.2024. 17:02")
    assert mark.lead == "Ana"


def test_dotted_numeric_stamps_make_a_live_page_and_comments_are_no_posts():
    doc = newsclean.parse(HR_LIVE, format="text")
    assert doc.kind == "liveblog"
    assert [p.published[11:16] for p in doc.posts] == ["16:45", "15:20", "13:05", "11:30"]
    assert doc.posts[0].headline == "Ministar obišao Gunju"
    text = "\n".join(p.text for p in doc.posts)
    assert "Svaka čast" not in text and "isplatiti" not in text


def test_comments_signed_with_full_names_are_cut_with_their_heading():
    page = HR_LIVE.replace("Ana 5.3.2024.", "Ana Babić 5.3.2024.").replace("Marko iz Osijeka", "Marko Perić")
    doc = newsclean.parse(page, format="text")
    assert len(doc.posts) == 4
    cut = [r.text for r in doc.removed if r.rule == "page.comments"]
    assert "Komentari (2)" in cut and "Nadam se da će država ovaj put brzo isplatiti pomoć." in cut


def test_closing_author_stamps_in_every_post_are_no_comment_thread():
    # near miss: posts that close with "Name <stamp>" show the shape above the last bare stamp too
    lines = [Line(i, i, t) for i, t in enumerate(["10:05", "Text one.", "Ana Babić 10:06", "09:40", "Text two.",
                                                 "Ana Babić 09:41", "09:10", "Text three.", "Ivo Ivić 09:12"])]
    for ln in lines:
        ln.mark = times.parse_time_line(ln.text)
    text_stamp_roles.demote_comment_stamps(lines)
    assert all(ln.rule is None for ln in lines) and lines[-1].mark is not None


def test_a_labelled_stamp_among_bare_ones_still_opens_a_post():
    # near miss: a label of the packs before the last stamp is a post's, not a commenter's
    page = HR_LIVE.split("\n\nKomentari")[0].replace("5.3.2024. 11:30", "Breaking 5.3.2024. 11:30")
    doc = newsclean.parse(page, format="text")
    assert len(doc.posts) == 4 and doc.posts[-1].label == "Breaking"


def test_one_dotted_stamp_under_an_article_title_keeps_it_an_article():
    page = ("Potres probudio Zagreb\n\n5.3.2024. 06:20\n\n"
            + "\n\n".join(["Potres jačine 4,1 stupnja zatresao je Zagreb i okolicu rano ujutro, izvijestio je "
                           "Seizmološki zavod, a građani su se masovno javljali da su ih probudili tresak i zveckanje."] * 4))
    assert newsclean.parse(page, format="text").kind == "article"


def _stamp_lines(*stamps: str) -> list[Line]:
    out = []
    for i, s in enumerate(stamps):
        ln = Line(i, i, s)
        ln.mark = times.parse_time_line(s)
        out.append(ln)
    return out


def test_a_pinned_copy_on_top_does_not_break_the_feed_order():
    lines = _stamp_lines("4.40am", "5.10am", "4.40am", "1.55am", "11.25pm", "10.00pm")
    assert text_kind._order(lines) == 1.0


def test_an_out_of_order_first_stamp_without_a_twin_still_counts():
    lines = _stamp_lines("3.00am", "5.10am", "4.40am", "1.55am", "11.25pm", "10.00pm")
    assert text_kind._order(lines) < text_kind.MIN_ORDER


EN_PINNED = """Politics Live

Budget day live: Chancellor unveils spending plans

By Jane Doe, Political Editor

Pinned 1.15pm

Chancellor sits down

Rachel Price has finished her statement after speaking for just over an hour in the Commons chamber today.

Share
2.05pm

Markets react

The pound rose slightly against the dollar after the statement, while gilt yields edged higher in the afternoon.

Share
1.15pm

Chancellor sits down

Rachel Price has finished her statement after speaking for just over an hour in the Commons chamber today.

Share
12.30pm

Statement begins

The Chancellor has risen in the Commons to deliver her budget, promising growth and fiscal discipline today.

Share
11.50am

What to expect

Treasury sources say the budget will include new money for the health service and for road repairs."""


def test_a_pinned_stamp_over_the_feed_keeps_the_page_live():
    doc = newsclean.parse(EN_PINNED, format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == ["Markets react", "Chancellor sits down", "Statement begins",
                                               "What to expect"]


def _chrome(texts: list[str]) -> list[Line]:
    lines = [Line(i, i, t) for i, t in enumerate(texts)]
    text_chrome.mark_page_chrome(lines, State())
    return lines


def test_a_repeated_name_and_role_line_is_no_interface():
    body = "The minister said the plan would be published before the summer recess of parliament."
    lines = _chrome(["Jane Doe, Political Editor", body, "Share this", "Jane Doe, Political Editor", body + " More.",
                     "Share this", "Jane Doe, Political Editor", body + " Again.", "Share this"])
    assert [ln.rule for ln in lines if ln.text.startswith("Jane")] == [None, None, None]
    # near miss: the repeated interface line around them still goes
    assert all(ln.rule == "chrome.repeated" for ln in lines if ln.text == "Share this")


NL_MINUTES = """Voetbal Wielrennen Tennis

Ajax 1-1 PSV - Verslag

Alle gebeurtenissen
88'    Einde van de wedstrijd, Ajax 1, PSV 1.
76'    Doelpunt! Ajax 1, PSV 1. Brian Brobbey schiet van dichtbij raak na een voorzet van links.
61'    Wissel bij PSV: Hirving Lozano komt in het veld voor Johan Bakayoko.
35'    Doelpunt! Ajax 0, PSV 1. Luuk de Jong kopt een hoekschop van Joey Veerman binnen.
1'     De eerste helft is begonnen.


Stand Eredivisie

1  PSV  91
2  Feyenoord  84

Gebruiksvoorwaarden"""


def test_minute_marks_on_the_event_lines_open_posts():
    doc = newsclean.parse(NL_MINUTES, format="text")
    assert doc.kind == "liveblog"
    assert [p.label for p in doc.posts] == ["88'", "76'", "61'", "35'", "1'"]
    assert doc.posts[-1].text == "De eerste helft is begonnen."
    assert doc.posts[2].text.startswith("Wissel bij PSV")


def test_a_key_events_list_without_sentences_stays_whole():
    # near miss: "23' Doelpunt Brobbey" rows are no sentences: no split, the lines stay as printed
    lines = [Line(i, 0, t) for i, t in enumerate(["23' Doelpunt Brobbey", "45' Gele kaart Veerman", "78' Doelpunt De Jong"])]
    assert text_times.split_minute_rows(lines) == [] and len(lines) == 3


def test_minute_rows_in_an_article_are_joined_again():
    article = ("Ajax en PSV delen de punten in de topper\n\n"
               + "\n\n".join(["Ajax en PSV hielden elkaar zondag in evenwicht in een wedstrijd die pas in de slotfase "
                              "echt tot leven kwam, tot vreugde van de volle Johan Cruijff ArenA."] * 5)
               + "\n\n35' Luuk de Jong kopte raak.\n61' Lozano kwam erin.\n76' Brobbey schoot raak.")
    lines = [Line(i, i, t) for i, t in enumerate(article.split("\n")) if t]
    rows = text_times.split_minute_rows(lines)
    assert len(rows) == 3 and any(ln.text == "35'" for ln in lines)
    text_times.join_minute_rows(lines, rows)
    assert [ln.text for ln in lines[-3:]] == ["35' Luuk de Jong kopte raak.", "61' Lozano kwam erin.",
                                              "76' Brobbey schoot raak."]
    doc = newsclean.parse(article, format="text")
    assert doc.kind == "article" and "35' Luuk de Jong kopte raak." in doc.posts[0].text


def _chunk(*texts: str) -> list[Line]:
    lines = [Line(i, i, t) for i, t in enumerate(texts)]
    lines[0].minute = texts[0]
    return lines


def test_the_last_posts_short_sentence_under_its_stamp_is_kept():
    kept, _ = text_segment.cut_footer(_chunk("1'", "De eerste helft is begonnen.", "Stand Eredivisie",
                                                  "1 PSV 91", "2 Feyenoord 84", "Gebruiksvoorwaarden"))
    assert [ln.text for ln in kept] == ["1'", "De eerste helft is begonnen."]


def test_a_title_under_the_last_stamp_over_furniture_is_not_kept_as_text():
    # near miss: no sentence under the stamp: the furniture run starts right there
    kept, _ = text_segment.cut_footer(_chunk("1'", "Stand Eredivisie", "1 PSV 91", "2 Feyenoord 84",
                                             "Gebruiksvoorwaarden"))
    assert [ln.text for ln in kept] == ["1'"]


ID_HEADER_STAMP = """Berita Olahraga Ekonomi

Banjir Jakarta: ribuan warga mengungsi, air mulai surut

10/02/2024 06:00

Ikuti perkembangan banjir di Jakarta secara langsung

10/02/2024 15:40

Air mulai surut

Ketinggian air di Kampung Melayu turun sekitar setengah meter sejak siang, menurut petugas pintu air setempat.

10/02/2024 13:15

Bantuan tiba

Relawan membagikan makanan dan selimut kepada warga yang mengungsi di masjid dan sekolah terdekat sejak pagi.

10/02/2024 11:00

Ribuan warga mengungsi

Lebih dari tiga ribu warga mengungsi setelah hujan deras semalaman membuat sungai Ciliwung meluap ke permukiman.

10/02/2024 08:30

Hujan deras sejak malam

Hujan deras mengguyur Jakarta sejak Jumat malam dan membuat banyak jalan utama tergenang air setinggi lutut."""


def test_the_pages_own_stamp_over_a_newest_first_feed_starts_no_post():
    doc = newsclean.parse(ID_HEADER_STAMP, format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == ["Air mulai surut", "Bantuan tiba", "Ribuan warga mengungsi",
                                               "Hujan deras sejak malam"]


def test_an_older_post_pinned_on_top_with_its_text_stays_a_post():
    # near miss: the first stamp is older than the feed, but prose follows it: a pinned post
    page = ID_HEADER_STAMP.replace(
        "Ikuti perkembangan banjir di Jakarta secara langsung",
        "Pemerintah provinsi menetapkan status tanggap darurat banjir selama tujuh hari ke depan mulai pagi ini.")
    doc = newsclean.parse(page, format="text")
    assert len(doc.posts) == 5 and "06:00" in doc.posts[0].published


def test_thai_prose_without_word_spaces_counts_as_prose():
    from newsclean import shapes
    assert shapes.is_prose("คณะกรรมการการเลือกตั้งรายงานผลนับคะแนนอย่างไม่เป็นทางการร้อยละเก้าสิบห้า "
                           "พรรคก้าวไกลได้ที่นั่งมากที่สุด ตามด้วยพรรคเพื่อไทย")
    # near miss: a short Thai title is no prose, and reads as a headline
    assert not shapes.is_prose("ประชาชนทยอยใช้สิทธิ")
    assert shapes.is_headline_shaped("ประชาชนทยอยใช้สิทธิ")


def _rows(texts: list[str], language: str) -> list[Line]:
    from newsclean.sites import rules_for
    lines = [Line(i, i, t) for i, t in enumerate(texts)]
    text_chrome.mark_page_chrome(lines, State(), rules_for(None, language))
    return lines


def test_a_share_row_with_a_network_the_pack_does_not_pair_is_removed():
    # the pack pairs "partager sur" with facebook and twitter, not with X: learned from its phrases
    lines = _rows(["Partager sur Facebook Partager sur X Copier le lien", "Partager sur Bluesky Imprimer"], "fr")
    assert [ln.rule for ln in lines] == ["chrome.share", "chrome.share"]


def test_a_sentence_naming_networks_is_no_share_row():
    # near miss: words that are no share piece ("et", "interdit") keep the line
    lines = _rows(["Partager sur Facebook et X", "Partager sur X est interdit au travail"], "fr")
    assert [ln.rule for ln in lines] == [None, None]


def test_consent_buttons_run_together_are_removed():
    lines = _rows(["Accepter & FermerContinuer sans accepter"], "fr")
    assert lines[0].rule == "chrome.cookies"


def test_a_title_with_a_capital_inside_a_word_is_no_consent_row():
    # near miss: a glued capital ("iPhone", "McDonald") without a consent phrase of the pack
    lines = _rows(["Apple présente le nouvel iPhone à Cupertino", "McDonald quitte la présidence"], "fr")
    assert [ln.rule for ln in lines] == [None, None]


FR_TWEET_POST = """Actualité Sport Élections

Législatives EN DIRECT : les résultats du premier tour

21h05

Le Premier ministre appelle au désistement

Le Premier ministre a appelé les candidats de son camp arrivés en troisième position à se retirer.

Partager sur Facebook Partager sur X Copier le lien
20h52

Les Français ont exprimé un désir de changement pic.twitter.com/abc

— Jean Dupont (@jdupont) June 30, 2024

Partager sur Facebook Partager sur X Copier le lien
20h31

Mélenchon : « Le RN doit être battu »

Le leader de La France insoumise a annoncé que les candidats arrivés troisièmes se retireraient.

Partager sur Facebook Partager sur X Copier le lien
20h00

Les premières estimations

Selon les estimations, le Rassemblement national et ses alliés obtiennent un tiers des voix exprimées.

Partager sur Facebook Partager sur X Copier le lien"""


def test_a_post_that_is_only_an_embedded_tweet_stays_a_post():
    doc = newsclean.parse(FR_TWEET_POST, format="text")
    assert doc.kind == "liveblog"
    assert [p.published[-5:] for p in doc.posts] == ["21:05", "20:52", "20:31", "20:00"]
    assert "Copier le lien" not in "\n".join(p.text for p in doc.posts)


def _marked(texts: list[str]) -> list[Line]:
    from newsclean.text_lines import mark_times
    lines = [Line(i, i, t) for i, t in enumerate(texts)]
    mark_times(lines)
    return lines


def test_a_players_duration_between_two_stamps_is_no_post():
    lines = _marked(["17:25", "Gewerkschaften feiern", "16:40", "Baume-Schneider tritt vor die Medien",
                     "Video abspielen Dauer 1:54", "15:58", "Ständemehr ist erreicht", "14:30", "Hochrechnung"])
    assert lines[4].mark is not None  # (read as a labelled stamp first)
    starts = text_segment.post_starts(lines)
    assert 4 not in starts and lines[4].mark is None


def test_a_labelled_stamp_in_its_place_in_the_feed_opens_a_post():
    # near miss: "Analyse 16:10" stands between 16:40 and 15:58: a post with its label
    lines = _marked(["17:25", "Gewerkschaften feiern", "16:40", "Baume-Schneider tritt vor die Medien",
                     "Analyse 16:10", "Was das Ja bedeutet", "15:58", "Ständemehr ist erreicht", "14:30", "Hochrechnung"])
    starts = text_segment.post_starts(lines)
    assert 4 in starts and lines[4].stamp_label == "Analyse"


def test_a_pinned_post_on_top_without_a_twin_does_not_break_the_order():
    lines = _stamp_lines("3.00am", "5.10am", "4.40am", "1.55am", "11.25pm", "10.00pm")
    lines[0].stamp_label = "Pinned"
    assert text_kind._order(lines) == 1.0
    # near miss: a word that is no label of the packs before the out-of-order stamp
    lines[0].stamp_label = "Somewhere"
    assert text_kind._order(lines) < text_kind.MIN_ORDER
