"""The 26 packs added in wave 3 carry ``roles``: job titles printed beside a reporter's name, read
by `shapes.name_and_role` (a name, then a job word of the packs). Each case has a near miss."""
import pytest

from newsclean import shapes
from newsclean.rules.packs import packs

NEW = ["ka", "hy", "az", "kk", "uz", "sq", "mk", "be", "eu", "gl", "cy", "ta", "te", "mr", "ml", "ne", "si", "pa", "gu",
       "kn", "km", "my", "am", "mn", "af", "ga"]


@pytest.mark.parametrize("code", NEW)
def test_every_new_pack_has_lower_case_single_word_roles(code):
    roles = packs()[code].roles
    assert len(roles) >= 3
    assert all(w == w.lower() and " " not in w and w.strip() == w for w in roles)


@pytest.mark.parametrize("line,name,role", [
    ("Arben Hoxha Gazetar", "Arben Hoxha", "Gazetar"),  # sq, title case
    ("Ana Pérez Xornalista", "Ana Pérez", "Xornalista"),  # gl
    ("Seán Ó Briain Tuairisceoir", "Seán Ó Briain", "Tuairisceoir"),  # ga
    ("Johan Botha verslaggewer", "Johan Botha", "verslaggewer"),  # af
    ("Mikel Etxeberria kazetaria", "Mikel Etxeberria", "kazetaria"),  # eu
    ("Алесь Каваленка карэспандэнт", "Алесь Каваленка", "карэспандэнт"),  # be
    ("Ерлан Сейітов тілші", "Ерлан Сейітов", "тілші"),  # kk
    ("Anar Məmmədov müxbir", "Anar Məmmədov", "müxbir"),  # az
    ("Աննա Պետրոսյան թղթակից", "Աննա Պետրոսյան", "թղթակից"),  # hy: Armenian has case
])
def test_a_name_then_a_new_packs_job_word_splits(line, name, role):
    assert shapes.name_and_role(line) == (name, role)


@pytest.mark.parametrize("line", [
    "Arben Hoxha",  # a name alone
    "Gazetar",  # a role alone
    "Siôn Jones Gohebu",  # a word that is no job title of the packs (near "gohebydd")
    "Ana Pérez Xornal",  # a cut word
    "Qeveria Miratoi Gazetar Rreth Buxhetit",  # a title-case headline going on past the job word
])
def test_near_miss_no_job_word_or_no_name_is_no_split(line):
    assert shapes.name_and_role(line) is None
