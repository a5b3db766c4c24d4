"""Page language told by the month names of the page's dates (`language_dates`), when function
words alone name a larger neighbour or no language clearly."""
from newsclean.language import guess_language
from newsclean.language_dates import dated_month_words, month_languages, writes_month

# Galician, written for this test: most of its function words ("que", "de", "o", "a") are
# Portuguese ones too, so the words alone name Portuguese.
GALICIAN = ("O concello informou onte que a estrada segue pechada ata o remate das obras, e os veciños "
            "que foron desaloxados poderán volver ás súas casas durante a fin de semana, segundo o "
            "goberno local. A estrada non abrirá antes do luns, dixo tamén o alcalde. ")


def _page(date_line: str) -> str:
    return "Portada Política Deportes\n" + date_line + "\n\n" + GALICIAN * 3


def test_galician_month_name_turns_a_portuguese_word_guess_to_galician():
    assert guess_language(_page("Domingo, 18 de febreiro de 2024 · 19:45")) == "gl"


def test_portuguese_month_name_keeps_the_word_guess():
    # near miss: the same page dated in Portuguese ("fevereiro"): Portuguese's calendar writes it
    assert guess_language(_page("Domingo, 18 de fevereiro de 2024 · 19:45")) == "pt"


def test_no_date_in_words_leaves_the_close_call_open():
    # the function words alone do not put either language clearly ahead
    assert guess_language(_page("18.02.2024 · 19:45")) is None


# Azerbaijani, short: its function words do not clear the bar on their own (too few), Turkish's
# few shared ones follow close behind.
AZERBAIJANI = ("Bakı Olimpiya Stadionunda nümayəndə heyətlərinin qeydiyyatı səhər saatlarından başlayıb. "
               "Təşkilatçıların məlumatına görə tədbirə 190-dan çox ölkədən nümayəndələr qatılır. Plenar "
               "iclasda karbon kreditlərinin standartları qəbul edilib və nazir bunu tarixi nəticə adlandırıb. ")


def test_azerbaijani_month_name_names_a_language_the_words_left_open():
    text = "Report\n11 noyabr 2024, 09:00\n\n" + AZERBAIJANI * 2
    assert guess_language(text) == "az"
    # near misses: the same text dated in numbers says nothing more; dated in Turkish, whose
    # function words barely show, it names no language either
    assert guess_language("Report\n11.11.2024, 09:00\n\n" + AZERBAIJANI * 2) is None
    assert guess_language("Report\n11 Kasım 2024, 09:00\n\n" + AZERBAIJANI * 2) is None


def test_dated_month_words_read_only_words_in_a_date_shape():
    assert dated_month_words("2024ko apirilaren 21a\nMay 30, 2024 and 3 de julio de 2026") == [
        "apirilaren", "may", "julio"]
    # a word beside a number but with no year is not a date's month
    assert dated_month_words("Page 3 of the report, 12 comments") == []


def test_basque_genitive_month_is_a_basque_month():
    assert writes_month("eu", "apirilaren")     # "apirila" + genitive "-ren"
    assert not writes_month("es", "apirilaren")
    assert month_languages(["noyabr"], ["tr", "az"]) == ["az"]


def _aged(ages: list[str]) -> str:
    parts = ["Report", ""]
    for age, sentence in zip(ages, AZERBAIJANI.split(". ")):
        parts += [age, "", sentence + ".", ""]
    return "\n".join(parts) + "\n" + AZERBAIJANI


def test_ages_name_the_language_of_an_undated_feed():
    assert guess_language(_aged(["40 dəqiqə əvvəl", "1 saat əvvəl", "3 saat əvvəl"])) == "az"


def test_ages_of_another_language_name_none():
    # near misses: Turkish ages (Turkish's function words barely show); too few age lines
    assert guess_language(_aged(["40 dakika önce", "1 saat önce", "3 saat önce"])) is None
    assert guess_language(_aged(["40 dəqiqə əvvəl", "1 saat əvvəl"])) is None
