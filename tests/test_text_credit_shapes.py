"""Picture credits printed on the caption's line without punctuation before the label, with a
lower-case label, or in brackets in the looser shapes photo desks write. Each shape has a near
miss that must stay text."""
import pytest

import newsclean
from newsclean.text_credits import names_credit, split_labelled, split_shaped


@pytest.mark.parametrize("line, caption, credit", [
    ("Ein Kran am Hafen von Kiel nach dem Sturm Bild: Kai Berg/REUTERS", "Ein Kran am Hafen von Kiel nach dem Sturm", "Kai Berg/REUTERS"),
    ("Strażacy na moście w Opolu Foto: PAP/Jan Nowak", "Strażacy na moście w Opolu", "PAP/Jan Nowak"),
    ("Kuvassa satama myrskyn jälkeen. Kuva: Matti Virtanen / Lehtikuva", "Kuvassa satama myrskyn jälkeen.", "Matti Virtanen / Lehtikuva"),
    ("foto: Petr Novák, MAFRA", "", "Petr Novák, MAFRA"),
])
def test_a_label_after_the_caption_or_in_lower_case(line, caption, credit):
    found = split_labelled(line)
    assert found is not None and found[0] == caption and found[2] == credit


@pytest.mark.parametrize("line", [
    "Der Kanzler zeigte sich im Bild: Wir schaffen das",     # a sentence follows the word
    "Rückblick im Bild: Die Wahlnacht in Berlin",              # a headline: article, preposition
    "Ein Sprecher sagte der Bild: Merz",                       # one name may be an object
    "IN BEELD: Agnes Obel",                                    # a headline: no caption before
    "Das Foto: Menschen warten am Bahnhof auf den Zug",        # lower-case words: a sentence
])
def test_a_label_word_inside_a_sentence_or_headline_is_none(line):
    assert split_labelled(line) is None


def test_names_credit():
    assert names_credit("Chiang Ying-ying/AP/picture alliance")
    assert names_credit("Avshalom Sassoni/Flash90")
    assert not names_credit("Wir schaffen das")
    assert not names_credit("Menschen warten am Bahnhof.")


@pytest.mark.parametrize("line, credit", [
    ("Police use a water cannon on protesters in the city centre, May 4, 2024. (Dana Levi/Flash90)", "Dana Levi/Flash90"),
    ("The senator delivers the response from her home on Thursday. (Sen. Ann Lee’s office/AP)", "Sen. Ann Lee’s office/AP"),
    ("Protesters march on Main Street on Thursday evening. (Tom Price for The Daily Herald)", "Tom Price for The Daily Herald"),
    ("The treasurer delivers the budget speech in parliament. (ABC News: Jo Smith)", "ABC News: Jo Smith"),
])
def test_bracketed_credits_after_a_caption_sentence(line, credit):
    found = split_shaped(line)
    assert found is not None and found[1] == credit


@pytest.mark.parametrize("line", [
    "The talks ended without a deal on Tuesday. (Additional reporting by Jane Doe)",
    "The minister resigned after the vote. (More to follow)",
    "Turnout was the highest since the war. (Figures: Electoral Commission)",
    "The council will meet again next week (Tom Price for The Daily Herald)",  # no caption sentence
])
def test_bracketed_remarks_are_no_credit(line):
    assert split_shaped(line) is None


def test_credits_become_media_of_their_post():
    text = "\n\n".join([
        "Sturm-Ticker: Orkan trifft die Küste",
        "Der Sturm richtet an der Küste schwere Schäden an. Alle Entwicklungen im Ticker.",
        "14:05", "Hafen gesperrt",
        "Ein Kran am Hafen von Kiel nach dem Sturm Bild: Kai Berg/REUTERS",
        "Der Hafen bleibt wegen umgestürzter Kräne bis auf Weiteres gesperrt, teilte die Stadt mit.",
        "12:31", "Bahn stellt Verkehr ein",
        "Die Bahn hat den Fernverkehr im Norden eingestellt. Reisende sollen ihre Fahrt verschieben.",
        "Das Bild: Bäume liegen auf den Gleisen, sagte ein Sprecher.",
        "11:10", "Schulen geschlossen",
        "In mehreren Landkreisen fällt der Unterricht aus, die Eltern wurden am Morgen informiert.",
    ])
    doc = newsclean.parse(text, format="text")
    assert [p.headline for p in doc.posts] == ["Hafen gesperrt", "Bahn stellt Verkehr ein", "Schulen geschlossen"]
    first = doc.posts[0]
    assert [(m.caption, m.credit) for m in first.media] == [("Ein Kran am Hafen von Kiel nach dem Sturm", "Kai Berg/REUTERS")]
    assert "REUTERS" not in first.text
    assert not doc.posts[1].media and "Bäume liegen auf den Gleisen" in doc.posts[1].text


@pytest.mark.parametrize("line, caption, credit", [
    ("Menschen warten am Bahnhof (Foto: Jens Meier/dpa)", "Menschen warten am Bahnhof", "Jens Meier/dpa"),
    ("Le président à l’Elysée (Photo : AFP)", "Le président à l’Elysée", "AFP"),
])
def test_a_labelled_credit_in_brackets(line, caption, credit):
    assert split_shaped(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Die Preise steigen weiter (Quelle: Statistisches Bundesamt)",  # a source label is no picture's
    "Er sagte es deutlich (Bild: die Lage ist ernst)",               # a sentence in the brackets
])
def test_other_labels_in_brackets_are_none(line):
    assert split_shaped(line) is None


def test_the_bracketed_label_is_recorded_as_removed():
    text = "\n\n".join(["Hochwasser-Ticker: Pegel steigen", "Die Lage bleibt angespannt, die Entwicklungen im Ticker.",
                        "14:05", "Bahnhof gesperrt", "Menschen warten am Bahnhof (Foto: Jens Meier/dpa)",
                        "Der Bahnhof bleibt wegen des Hochwassers bis auf Weiteres gesperrt, teilte die Bahn mit.",
                        "12:31", "Schulen geschlossen", "In mehreren Landkreisen fällt der Unterricht am Dienstag aus.",
                        "11:10", "Deiche halten", "Die Deiche haben dem Druck bisher standgehalten, teilten die Behörden mit."])
    doc = newsclean.parse(text, format="text")
    assert [(m.caption, m.credit) for m in doc.posts[0].media] == [("Menschen warten am Bahnhof", "Jens Meier/dpa")]
    assert any(r.rule == "media.credit-prefix" and r.text == "Foto:" for r in doc.removed)
