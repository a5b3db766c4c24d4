"""The words printed around a time stamp that belong to it come from the phrase packs
(``stamp_words``), per language; English's apply on every page, as before the packs held them."""
import pytest

from newsclean import times
from newsclean.rules.packs import stamp_words


@pytest.mark.parametrize("line, lang", [
    ("10:02 am updated", None),
    ("10:02 am updated", "en"),
    ("10:02 am updated", "de"),            # English's words on a page of any language
    ("14:32 Uhr aktualisiert", "de"),
    ("14h32 mis à jour", "fr"),
    ("22.05 päivitetty", "fi"),
])
def test_a_stamp_word_after_the_clock_is_no_tail(line, lang):
    mark = times.parse_time_line(line, lang=lang)
    assert mark is not None and mark.tail == ""


@pytest.mark.parametrize("line, lang, tail", [
    ("14:32 Uhr aktualisiert", None, "aktualisiert"),   # another language's word is not the stamp's
    ("22.05 päivitetty", "de", "päivitetty"),
    ("11.2. klo 22.05 Jussi Mankkinen", "fi", "Jussi Mankkinen"),  # an author after the stamp stays
    ("10:02 am Jane Smith", "en", "Jane Smith"),
])
def test_other_words_after_the_clock_stay_in_the_tail(line, lang, tail):
    mark = times.parse_time_line(line, lang=lang)
    assert mark is not None and mark.tail == tail


def test_english_words_are_those_of_every_language():
    english = set(stamp_words("en"))
    assert english == set(stamp_words(None)) == set(stamp_words("xx"))
    assert english < set(stamp_words("da"))
