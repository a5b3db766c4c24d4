"""Ages of one unit written with a word for "one" ("vor einer Stunde") or with no number at all
("godzinę temu"): relative stamps, as "1 hour ago" is; sentences that merely hold the words are not."""
import pytest

from newsclean import calendar_relative as relative
from newsclean.times import parse_time_line

WORDED = [
    ("a minute ago", "en"), ("an hour ago", "en"), ("one day ago", "en"),
    ("vor einer Minute", "de"), ("vor einem Tag", "de"),
    ("il y a un jour", "fr"), ("Il y a une minute", "fr"),
    ("hace un minuto", "es"), ("hace un día", "es"),
    ("un giorno fa", "it"), ("un’ora fa", "it"),
    ("há um minuto", "pt"), ("há um dia", "pt"),
    ("een minuut geleden", "nl"), ("één dag geleden", "nl"),
    ("acum un minut", "ro"), ("acum o zi", "ro"),
    ("för en minut sedan", "sv"),
    ("for et minut siden", "da"), ("for ett minutt siden", "nb"),
    ("minutę temu", "pl"), ("před minutou", "cs"), ("минуту назад", "ru"), ("хвилину тому", "uk"),
    ("minuutti sitten", "fi"),
    ("bir gün önce", "tr"), ("fa un minut", "ca"), ("egy perce", "hu"), ("πριν από ένα λεπτό", "el"),
    ("satu menit yang lalu", "id"), ("pred minútou", "sk"), ("לפני דקה", "he"),
    # the language unknown: the common languages' words
    ("vor einer Minute", None), ("a minute ago", None),
]


@pytest.mark.parametrize("line,lang", WORDED)
def test_worded_age_is_relative_stamp(line, lang):
    mark = parse_time_line(line, lang=lang)
    assert mark is not None and mark.relative and mark.hour is None and not mark.tail


NEAR_MISSES = [
    ("a hour of debate ago", "en"),       # words between "one" and its unit
    ("one of the hours", "en"),
    ("un'ora di attesa", "it"),           # no "fa": a duration, not an age
    ("eine Stunde lang", "de"),
    ("Il y a une heure, le ministre a parlé.", "fr"),  # a sentence
    ("una hora", "es"),                   # no "hace"
    ("godzinę", "pl"),                    # no "temu"
    ("a h ago", "en"),                    # a one-letter unit takes no word for one
    ("bir gün sonra", "tr"),              # "later", not "ago"
    ("egy perc", "hu"),
    ("pred hodinou", "cs"),               # Slovak words on a Czech page
]


@pytest.mark.parametrize("line,lang", NEAR_MISSES)
def test_near_misses_are_no_stamp(line, lang):
    assert parse_time_line(line, lang=lang) is None


def test_digit_ages_keep_their_prefilter():
    hint = relative.relative_age_hint("de")
    assert hint is not None and hint.search("vor 5 Minuten") and not hint.search("Saison 2024")
    mark = parse_time_line("vor 5 Minuten", lang="de")
    assert mark is not None and mark.relative


def test_language_without_words_has_no_worded_pattern():
    assert relative.relative_age_words("tl") is None


def test_english_age_does_not_end_before_a_superscript_digit():
    assert parse_time_line("0D²", lang="en") is None  # "²" runs the word on: no "0d" age
    mark = parse_time_line("5m ago", lang="en")
    assert mark is not None and mark.relative
