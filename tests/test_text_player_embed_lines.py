"""Player and embed leftovers in scraped text (`text_lines`): a player's control line with its
running time ("Video abspielen Dauer 1:54"; the words are the packs' ``player`` data) and an
embed's fallback line naming the account ("A post shared by Labour (@uklabour)") are no text.
Fixtures are hand-written, shaped like scraped live pages."""
from __future__ import annotations

import newsclean
from newsclean.rules.packs import player_words


def _live(middle: list[str]) -> str:
    posts = [
        ["17:05", "Die Regierung nimmt Stellung", *middle,
         "Die Bundesrätin sagte vor den Medien in Bern, der Bundesrat nehme den Entscheid zur Kenntnis."],
        ["16:40", "Erste Hochrechnung", "Die erste Hochrechnung zeigt ein deutliches Ja für die Vorlage in allen Landesteilen."],
        ["16:10", "Die Urnen sind geschlossen", "In den meisten Kantonen sind die Urnen seit dem Mittag geschlossen, die Auszählung läuft."],
    ]
    return "\n\n".join(["Abstimmungssonntag: der Ticker zum Nachlesen"] + [ln for post in posts for ln in post])


def test_a_players_control_line_with_its_running_time_is_no_text():
    doc = newsclean.parse(_live(["Video abspielen Dauer 1:54"]), format="text")
    assert "Video abspielen" not in doc.posts[0].text and "1:54" not in doc.posts[0].text
    assert any(r.rule == "media.video-duration" and "Dauer 1:54" in r.text for r in doc.removed)


def test_a_players_title_under_its_control_line_is_the_videos_caption():
    doc = newsclean.parse(_live(["Video abspielen Dauer 0:45", "Baum stürzt in Zürich auf ein parkiertes Auto"]), format="text")
    assert [(m.type, m.caption) for m in doc.posts[0].media] == [("video", "Baum stürzt in Zürich auf ein parkiertes Auto")]


def test_words_and_a_time_that_are_no_player_stay():
    # near misses: a word no pack knows as a player's ("Halbzeit"), a single player word, a clock in a sentence
    for line in ("Halbzeit Stand 1:54", "Video 1:54", "Das Video dauerte 1:54"):
        doc = newsclean.parse(_live([line, "Die Bundesrätin wirkte gefasst und antwortete auf Fragen."]), format="text")
        assert not any(r.rule == "media.video-duration" for r in doc.removed), line
    assert {"video", "abspielen", "dauer", "play", "duration"} <= player_words()


def test_an_embeds_fallback_line_naming_the_account_is_no_text():
    doc = newsclean.parse(_live(["Ein Beitrag geteilt von Partei Schweiz (@parteischweiz)"]), format="text")
    assert "(@parteischweiz)" not in "\n".join(p.text for p in doc.posts)
    assert any(r.rule == "embed.social" for r in doc.removed)


def test_a_byline_or_a_sentence_with_a_handle_stays():
    # near misses: a byline naming its author's handle, a sentence that ends on one
    for line in ("Von Anna Beispiel (@annabeispiel)", "Mehr dazu schreibt Anna Beispiel auf X (@annabeispiel)."):
        doc = newsclean.parse(_live([line]), format="text")
        assert not any(r.rule == "embed.social" for r in doc.removed), line
