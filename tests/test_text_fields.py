"""Scraped-text posts in several languages: picture credits with the packs' labels or by their
shape, bylines opened by the packs' lead words, share rows and read-more teasers. Each rule has
a near miss that must not fire."""
import pytest
from support import text_page as _page

import newsclean
from newsclean.rules.packs import language_rules
from newsclean.text_credits import split_labelled, split_shaped
from newsclean.text_post import lead_byline

GERMAN = _page(
    "Hochwasser-Ticker: Pegel an der Elbe steigen weiter",
    "Die Lage in den Hochwassergebieten bleibt angespannt. Die Entwicklungen im Newsblog.",
    [["18.40 Uhr", "Deich bei Magdeburg hält",
      "Der Deich am Stadtrand hat dem Druck bisher standgehalten, teilten die Behörden am Abend mit.",
      "Helfer füllen Sandsäcke am Elbufer", "Foto: Jens Meier / dpa"],
     ["17.15 Uhr", "Bahnstrecke gesperrt",
      "Die Strecke zwischen Dresden und Pirna bleibt wegen Unterspülungen bis auf Weiteres gesperrt.",
      "Von Anna Weber, Dresden"],
     ["16.02 Uhr", "Pegel in Dresden bei sechs Metern",
      "Der Pegel hat am Nachmittag die Marke von sechs Metern überschritten, wie die Stadt meldete.",
      "Von Montag an gilt die höchste Warnstufe.",
      "Das sagte der Sprecher."],
     ["15.30 Uhr", "Schulen bleiben geschlossen",
      "In mehreren Landkreisen fällt der Unterricht am Dienstag aus, die Eltern wurden informiert.",
      "Lesen Sie hier mehr:", "Was Anwohner jetzt wissen müssen"],
     ["14.05 Uhr", "Bundeswehr hilft beim Deichbau",
      "Rund 300 Soldaten sind seit dem Morgen im Einsatz und verstärken die Deiche im Landkreis.",
      "Teilen Facebook WhatsApp"]])

SPANISH = _page(
    "La DANA deja fuertes lluvias en la costa mediterránea",
    "Sigue en directo la última hora del temporal que afecta a varias comunidades autónomas.",
    [["14:32", "Suspendidas las clases en Valencia",
      "La Conselleria de Educación ha suspendido las clases en una treintena de municipios afectados.",
      "Una calle inundada en Paiporta, Valencia. EFE / Manuel Bruque",
      "Tuitear Compartir"],
     ["13:58", "La Aemet mantiene el aviso rojo",
      "La Agencia Estatal de Meteorología mantiene el aviso rojo por lluvias en el litoral de Castellón.",
      "Por Marta López, Castellón"],
     ["13:15", "Cortada la autovía A-7",
      "La autovía permanece cortada en ambos sentidos por la acumulación de agua en la calzada.",
      "Por la tarde se espera que mejore la situación."],
     ["12:40", "Decretados tres días de luto oficial",
      "El Gobierno ha decretado tres días de luto oficial en toda España por las víctimas del temporal.",
      "Tuitear Compartir"]])


def _post(doc, headline):
    return next(p for p in doc.posts if p.headline == headline)


def test_german_caption_line_then_credit_label_is_one_picture():
    doc = newsclean.parse(GERMAN, format="text")
    p = _post(doc, "Deich bei Magdeburg hält")
    assert [(m.caption, m.credit) for m in p.media] == [("Helfer füllen Sandsäcke am Elbufer", "Jens Meier / dpa")]
    assert "Helfer" not in p.text and "Foto" not in p.text


def test_german_byline_with_place_closes_the_post():
    doc = newsclean.parse(GERMAN, format="text")
    p = _post(doc, "Bahnstrecke gesperrt")
    assert [(b.name, b.role) for b in p.bylines] == [("Anna Weber", "Dresden")]
    assert "Von Anna" not in p.text


def test_german_sentence_opening_with_von_and_a_short_line_are_text():
    """Near misses: "Von Montag an ..." is a sentence, and a short line after a paragraph with
    no credit under it is no caption."""
    doc = newsclean.parse(GERMAN, format="text")
    p = _post(doc, "Pegel in Dresden bei sechs Metern")
    assert not p.bylines and not p.media
    assert "Von Montag an gilt die höchste Warnstufe." in p.text and "Das sagte der Sprecher." in p.text


def test_german_lead_in_with_its_teaser_and_share_row_are_removed():
    doc = newsclean.parse(GERMAN, format="text")
    assert "Was Anwohner" not in _post(doc, "Schulen bleiben geschlossen").text
    assert "Teilen" not in _post(doc, "Bundeswehr hilft beim Deichbau").text
    assert "Lesen Sie hier mehr:" in [r.text for r in doc.removed]


def test_spanish_caption_with_shaped_credit_byline_and_share_row():
    doc = newsclean.parse(SPANISH, format="text")
    p = _post(doc, "Suspendidas las clases en Valencia")
    assert [(m.caption, m.credit) for m in p.media] == [("Una calle inundada en Paiporta, Valencia.", "EFE / Manuel Bruque")]
    assert "Tuitear" not in p.text
    q = _post(doc, "La Aemet mantiene el aviso rojo")
    assert [(b.name, b.role) for b in q.bylines] == [("Marta López", "Castellón")]


def test_spanish_sentence_opening_with_por_is_text():
    doc = newsclean.parse(SPANISH, format="text")
    p = _post(doc, "Cortada la autovía A-7")
    assert not p.bylines
    assert "Por la tarde se espera que mejore la situación." in p.text


@pytest.mark.parametrize("line, expected", [
    ("Lokal wyborczy w Krakowie. Fot. Jakub Porzycki / Agencja Wyborcza.pl",
     ("Lokal wyborczy w Krakowie.", "Fot.", "Jakub Porzycki / Agencja Wyborcza.pl")),
    ("Ricardo Nunes discursa após o resultado — Foto: Celso Tavares/g1",
     ("Ricardo Nunes discursa após o resultado", "Foto:", "Celso Tavares/g1")),
    ("Bild: REUTERS", ("", "Bild:", "REUTERS")),
    # near misses: a photo named inside a sentence; a long word with a dot ends a sentence
    ("Das Foto zeigt den Kanzler in Kiew.", None),
    ("Er zeigte ein Foto. Danach ging er.", None),
    # a label of two credit words
    ("Photo Credit: AFP", ("", "Photo Credit:", "AFP")),
    ("Photo Credit: the family archive", None),
    # a source word closing a caption, before a photo desk's credit (slashed names, agencies)
    ("Rozvodněná řeka v centru Opavy Zdroj: ČTK / Jan Dvořák", ("Rozvodněná řeka v centru Opavy", "Zdroj:", "ČTK / Jan Dvořák")),
    ("Seçim sonrası kutlama yapan partililer Kaynak: AA", ("Seçim sonrası kutlama yapan partililer", "Kaynak:", "AA")),
    # near misses: a header's date before the source; a paragraph's source; a quote's source
    ("Aktualizováno 3. 5. 2024 10:12 Zdroj: ČT24, ČTK", None),
    ("Vláda schválila pomoc pro zasažené obce. Zdroj: ČTK", None),
    ("Podle mluvčího je situace vážná Zdroj: nemocnice", None),
])
def test_labelled_credits(line, expected):
    assert split_labelled(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Emmanuel Macron au Touquet, le 30 juin 2024. LUDOVIC MARIN / AFP",
     ("Emmanuel Macron au Touquet, le 30 juin 2024.", "LUDOVIC MARIN / AFP")),
    ("Oyarzabal celebra el 2-1 ante Inglaterra. Kai Pfaffenbach (REUTERS)",
     ("Oyarzabal celebra el 2-1 ante Inglaterra.", "Kai Pfaffenbach (REUTERS)")),
    ("Passengers wait at Ben Gurion airport near Tel Aviv [Jack Guez/AFP]",
     ("Passengers wait at Ben Gurion airport near Tel Aviv", "Jack Guez/AFP")),
    # near misses: a sentence ending in brackets; a slash inside prose
    ("Der Kanzler traf den Präsidenten (CDU).", None),
    ("Die Partei legte zu. Mehr dazu im Laufe des Tages", None),
    # an agency printed in lower case before a slash; near miss: a sentence's words
    ("Bundeskanzler Olaf Scholz (Foto: picture alliance/dpa)", ("Bundeskanzler Olaf Scholz", "picture alliance/dpa")),
    ("Das Bild zeigt (Foto: der Kanzler/sagt)", None),
])
def test_shaped_credits(line, expected):
    assert split_shaped(line) == expected


@pytest.mark.parametrize("line, names, role", [
    ("Von Anna Clauß, Tel Aviv", ["Anna Clauß"], None),  # a place is a dateline, no role
    ("Por Bruno Tavares e Rodrigo Rodrigues, TV Globo", ["Bruno Tavares", "Rodrigo Rodrigues"], None),
    ("Autor: Jan Nowak", ["Jan Nowak"], None),
    ("Par Claire Martin", ["Claire Martin"], None),
    ("Door Eva de Vries, Amsterdam", ["Eva de Vries"], None),
    ("Von Anna Clauß, Korrespondentin", ["Anna Clauß"], "Korrespondentin"),  # near miss: a role
])
def test_lead_bylines(line, names, role):
    found = lead_byline(line)
    assert found is not None
    assert [b.name for b in found[1]] == names and found[1][0].role == role


@pytest.mark.parametrize("line", [
    "Von Berlin aus fuhr der Zug weiter.",
    "Por la tarde se espera lluvia",
    "Par ailleurs, le gouvernement a annoncé des mesures",
    "Autor: unbekannt",
])
def test_lead_byline_near_misses(line):
    assert lead_byline(line) is None


def test_glued_lead_in_needs_a_title_not_a_sentence():
    rules = language_rules("nl")
    assert rules.glued_lead_in("Lees ook Wat houdt een noodbevel precies in?") == ("Lees ook", "Wat houdt een noodbevel precies in?")
    assert rules.glued_lead_in("Lees ook de reactie van de burgemeester.") is None


@pytest.mark.parametrize("line, name, role", [
    ("Alix Culbertson Political reporter", "Alix Culbertson", "Political reporter"),
    ("Jan de Boer Economic correspondent", None, None),        # a name particle: not read
    ("The Last Dinner Party", None, None),                      # a name alone may be a band
    ("Live-fragment van Wolf Alice vanuit het publiek", None, None),
    ("Labour wins the vote in Clacton", None, None),
])
def test_closing_name_with_role(line, name, role):
    from newsclean.text_post import closing_name
    found = closing_name(line)
    assert (found.name, found.role) == (name, role) if name else found is None


@pytest.mark.parametrize("line, expected", [
    ("Koning Willem-Alexander tijdens een eerder bezoek ANP", ("Koning Willem-Alexander tijdens een eerder bezoek", "ANP")),
    # near misses: a byline with its outlet, a slashed credit, a sentence, a short title
    ("Por Bruno Tavares e Rodrigo Rodrigues, TV Globo e g1 SP", None),
    ("Emmanuel Macron au Touquet, le 30 juin 2024. LUDOVIC MARIN / AFP", None),
    ("Das Treffen endete ohne Einigung mit der SPD.", None),
    ("Gespräch mit der SPD", None),
])
def test_agency_tail_captions(line, expected):
    from newsclean.text_credits import split_agency_tail
    assert split_agency_tail(line) == expected


def test_paywall_prompt_is_removed_in_its_language():
    assert language_rules("es").line_rule_for("Suscríbete para seguir leyendo").name == "chrome.newsletter"
    assert language_rules("es").line_rule_for("El director dijo a los lectores: suscríbete para seguir leyendo el diario.") is None
    assert language_rules("fr").line_rule_for("Cet article est réservé aux abonnés. Il vous reste 64% à découvrir.").name == "chrome.newsletter"
    assert language_rules("fr").line_rule_for("Le directeur a rappelé que cet article est réservé aux abonnés du journal.") is None


POLISH = _page(
    "Wybory samorządowe 2024: wyniki exit poll w największych miastach",
    "Koalicja Obywatelska wygrywa wybory do sejmików województw według sondażu exit poll.",
    [["22:47", "Trzaskowski wygrywa w pierwszej turze",
      "Rafał Trzaskowski zostanie prezydentem Warszawy na kolejną kadencję już w pierwszej turze.",
      "Autor: Jan Nowak"],
     ["21:15", "Frekwencja wyższa niż przed pięcioma laty",
      "Według szacunków frekwencja wyniosła 51,5 proc., to więcej niż w poprzednich wyborach.",
      "Autor: Anna Kowalska"],
     ["17:30", "PKW podała dane o frekwencji",
      "Państwowa Komisja Wyborcza podała, że do godziny 17 głos oddało 38,5 proc. uprawnionych.",
      "Autor: Jan Nowak",
      "Udostępnij Facebook X", "Regulamin Polityka prywatności Kontakt Reklama", "Mapa strony Archiwum"]])


def test_polish_closing_byline_of_the_last_post_is_not_page_footer():
    doc = newsclean.parse(POLISH, format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Jan Nowak"], ["Anna Kowalska"], ["Jan Nowak"]]
    assert all("Udostępnij" not in p.text and "Regulamin" not in p.text for p in doc.posts)


@pytest.mark.parametrize("language, line, removed", [
    ("de", "Teilen Facebook WhatsApp", True),
    ("es", "Tuitear Compartir", True),
    ("en", "Share this post X Facebook", True),
    ("de", "Teilen Sie uns Ihre Meinung mit", False),   # near miss: a sentence opening with the word
    ("en", "Share prices fell on Monday", False),
    # buttons the scraper ran together: network names glued, then the pack's share words
    ("el", "Κοινοποίηση FacebookTwitter", True),
    ("tr", "FacebookXWhatsAppYorum yap", True),
    ("en", "FacebookTelegramEmail", True),
    ("tr", "FacebookXWhatsApp yorumları okudu", False),  # near miss: a sentence after the names
    ("en", "MailOnline reported the figures", False),
    ("en", "XL Bully ban starts", False),
])
def test_share_rows(language, line, removed):
    from newsclean.text_lines import State, apply_line_rules, split_lines
    lines = split_lines(line)
    from newsclean.sites import rules_for
    apply_line_rules(lines, rules_for(None, language), State())
    assert (lines[0].rule == "chrome.share") is removed


def test_bracketed_caption_over_a_credit_line_is_one_picture():
    text = _page("Election results live: counting under way", "Counting of votes is under way in all seats.",
                 [["Jun 04, 2024 18:40", "Leader says voters rejected the government",
                   "The opposition leader said the results showed a clear rejection of the government.",
                   "The leader at the party headquarters (File)\nPhoto Credit: AFP",
                   "He will meet allies in the capital tomorrow to decide on the next steps."],
                  ["Jun 04, 2024 17:10", "Markets fall as trends come in",
                   "The main index closed 4,000 points lower as trends showed no clear majority."],
                  ["Jun 04, 2024 15:30", "Counting begins with postal ballots",
                   "Counting of votes began at 8 am with postal ballots across all constituencies."]])
    doc = newsclean.parse(text, format="text")
    media = [m for p in doc.posts for m in p.media]
    assert [(m.caption, m.credit) for m in media] == [("The leader at the party headquarters (File)", "AFP")]
    assert all("Photo Credit" not in p.text for p in doc.posts)
