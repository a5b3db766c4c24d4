"""Datelines: "Brasília", "de Brasília", "from Kyiv" say where a piece was filed from. Places are
CLDR's countries and zone cities and the capitals and large cities of `newsclean.meta_cities`;
prepositions are `meta_words.PLACE_PREPOSITIONS`."""
import pytest

from newsclean.meta_places import is_dateline, is_place


@pytest.mark.parametrize("place", ["Brasília", "Rio de Janeiro", "São Paulo", "New Delhi", "Neu-Delhi", "Genf"])
def test_capitals_and_large_cities_are_places(place):
    assert is_place(place)


@pytest.mark.parametrize("text", ["Kingston", "Victoria", "Political Editor", "Rio"])
def test_near_miss_given_names_and_roles_are_no_places(text):
    assert not is_place(text)


def test_a_place_after_a_preposition_is_a_dateline():
    assert is_dateline("de Brasília") and is_dateline("from Kyiv") and is_dateline("aus Berlin")
    # near miss: a preposition before no place, a role that ends in a place
    assert not is_dateline("de Souza") and not is_dateline("China correspondent in Beijing")
