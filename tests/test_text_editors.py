"""Editors' lead-ins ("Edited by", "Bearbeitet von", "Redactie:") are phrase-pack data, read by
the page's language; a sentence that merely opens with the words names no editors."""
import pytest

import newsclean
from newsclean.rules.packs import language_rules, packs
from newsclean.text_header import editors_line


def _live_page(title: str, editors: str, note: str, posts: list[tuple[str, str, str]]) -> str:
    lines = [title, "", editors, "", note, ""]
    for clock, headline, body in posts:
        lines += [clock, "", headline, "", body, ""]
    return "\n".join(lines)


GERMAN = _live_page(
    "Liveticker: Sturm an der Nordseeküste", "Bearbeitet von Anna Weber und Jan Schulz", "Alle Zeiten in MEZ",
    [("10:45", "Straßen gesperrt", "Die Küstenstraße bleibt nach Angaben der Polizei bis zum Mittag für den Verkehr gesperrt."),
     ("10:20", "Fähren fallen aus", "Die Reederei hat alle Fahrten zu den Inseln für den heutigen Tag abgesagt, wie sie mitteilte."),
     ("09:55", "Warnung vor Sturmflut", "Der Wetterdienst warnt vor einer schweren Sturmflut am Abend, die Pegel steigen weiter."),
     ("09:30", "Schulen bleiben zu", "In mehreren Landkreisen fällt der Unterricht aus, die Eltern wurden am Morgen informiert.")])


def test_german_editors_line_names_the_editors_and_is_removed():
    doc = newsclean.parse(GERMAN, format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert doc.editors == ("Anna Weber", "Jan Schulz")
    assert ("meta.edited-by", "Bearbeitet von") in [(r.rule, r.text) for r in doc.removed]
    assert doc.title == "Liveticker: Sturm an der Nordseeküste"
    assert not any("Bearbeitet" in s for s in doc.summary)


@pytest.mark.parametrize("language, line, lead, names", [
    ("en", "Edited by Jack Burgess", "Edited by", ["Jack Burgess"]),
    ("en", "Edited by Jack Burgess and Nathan Williams", "Edited by", ["Jack Burgess", "Nathan Williams"]),
    ("de", "Redaktion: Anna Weber, Jan Schulz", "Redaktion:", ["Anna Weber", "Jan Schulz"]),
    ("fr", "Rédigé par Claire Martin et Paul Durand", "Rédigé par", ["Claire Martin", "Paul Durand"]),
    ("es", "Editado por María García", "Editado por", ["María García"]),
    ("it", "A cura di Mario Rossi", "A cura di", ["Mario Rossi"]),
    ("nl", "Redactie: Jan Peeters", "Redactie:", ["Jan Peeters"]),
    ("pl", "Redakcja: Anna Nowak", "Redakcja:", ["Anna Nowak"]),
])
def test_each_pack_reads_its_editors_line(language, line, lead, names):
    assert editors_line(line, language_rules(language)) == (lead, names)


@pytest.mark.parametrize("language, line", [
    ("en", "Edited by hand, the footage shows the moment the wave hit the pier."),  # a sentence
    ("en", "Edited by"),                                                          # no name
    ("en", "Edited by the night team"),                                           # no name either
    ("en", "Editedby Jack Burgess"),                                              # not the phrase
    ("de", "Redaktion"),                                                          # no colon, no name
    ("de", "Redaktionsschluss: Anna Weber"),                                      # a longer word
    ("de", "Bearbeitet von der Stadt wurde der Antrag nie."),
    ("it", "A curare di più i dettagli è Mario Rossi"),
])
def test_lines_that_open_with_the_words_name_no_editors(language, line):
    assert editors_line(line, language_rules(language)) is None


def test_a_standfirst_opening_with_the_phrase_stays_text():
    page = GERMAN.replace("Bearbeitet von Anna Weber und Jan Schulz",
                          "Bearbeitet von Hand wurden die Deiche an vielen Stellen in der Nacht, berichten Anwohner.")
    doc = newsclean.parse(page, format="text")
    assert doc.editors == ()
    assert "meta.edited-by" not in {r.rule for r in doc.removed}
    assert any(s.startswith("Bearbeitet von Hand") for s in doc.summary)


def test_every_pack_has_editors_lead_ins():
    for code, pack in packs().items():
        assert pack.edited_by, code
