"""Live pages of unseen templates in scraped text (issue #10): minute marks numbered as an
ordered list, clocks behind a lead word, name-led stamps. Each with a near miss. Fixtures are
hand-written, shaped like scraped pages."""
from __future__ import annotations

import newsclean
from newsclean import text_times

ES_MINUTES = """Fútbol Motor Baloncesto Resultados

Atlético 1-2 Sevilla: resumen, goles y resultado del partido de LaLiga

Atlético 1 - 2 Sevilla

Minuto a minuto

1. 90+3'

¡FINAL DEL PARTIDO!

El Sevilla se lleva los tres puntos del Metropolitano tras un partido muy disputado.

2. 78'

¡GOOOOL DEL SEVILLA!

En Nesyri cabecea a la red un centro medido desde la banda derecha y pone el dos a uno.

3. 61'

Cambio en el Atlético: entra Correa y se marcha Griezmann, que se va tocado del tobillo.

4. 45'
5. 30'

Oblak detiene un disparo lejano de Rakitic que llevaba mucho veneno y salva a los suyos.

Compartir Twitter WhatsApp
Aviso legal © Diario Ejemplo, S.L."""


def test_minute_numbered_as_a_list_item_is_a_minute_mark():
    assert text_times.minute_mark("1. 90+5'") == "90+5'"
    assert text_times.minute_mark("6. 23'") == "23'"


def test_a_numbered_line_without_a_minute_sign_is_no_minute():
    assert text_times.minute_mark("6. 23") is None
    assert text_times.minute_mark("12. 2024") is None


def test_minute_by_minute_as_an_ordered_list_is_live_with_minute_labels():
    doc = newsclean.parse(ES_MINUTES, format="text")
    assert doc.kind == "liveblog"
    assert [p.label for p in doc.posts] == ["90+3'", "78'", "61'", "30'"]


IT_LIVE = """Cronaca Politica Sport Abbonati

Incendio nel porto di Genova, evacuati due quartieri

ore 18:20 - Il sindaco ha firmato un'ordinanza che chiude le scuole dei due quartieri anche per la giornata di domani.

«La situazione è sotto controllo ma serve prudenza», ha detto ai cronisti davanti al municipio.

ore 17:45 - I vigili del fuoco hanno spento il fronte principale dell'incendio dopo quattro ore di lavoro.

ore 16:30 - La prefettura ha chiesto ai residenti di tenere chiuse le finestre per tutto il pomeriggio.

ore 15:05 - Una densa colonna di fumo nero si è alzata dal terminal dei container poco dopo le tre.

Condividi Facebook

Copyright 2024 © Editore Esempio S.p.a. Tutti i diritti sono riservati"""

IT_ARTICLE = """Cronaca Politica Sport Abbonati

Il consiglio comunale approva il nuovo piano per il porto

Il consiglio comunale ha approvato ieri sera il nuovo piano regolatore del porto, dopo una seduta durata più di sei ore e un lungo confronto tra maggioranza e opposizione.

ore 15:10 - così recitava il comunicato diffuso dal municipio, che annunciava l'inizio della seduta straordinaria del consiglio.

Alle 18:30 il sindaco ha preso la parola per difendere il progetto, che prevede nuove banchine e un collegamento ferroviario con l'entroterra.

Le opposizioni hanno chiesto una verifica indipendente dei costi, che secondo le loro stime sono cresciuti di un terzo rispetto al piano presentato due anni fa.

Il voto finale è arrivato poco prima di mezzanotte, con ventidue voti a favore e quattordici contrari.

Condividi Facebook

Copyright 2024 © Editore Esempio S.p.a. Tutti i diritti sono riservati"""


def test_clock_behind_a_lead_word_and_a_dash_splits_off_the_body():
    mark, rest = text_times.clock_head("ore 15:10 - Il presidente ha chiesto lo stato di emergenza per le due province.")
    assert (mark.hour, mark.minute) == (15, 10)
    assert rest.startswith("Il presidente")
    mark, rest = text_times.clock_head("a las 14:30: Comienza el debate")
    assert (mark.hour, rest) == (14, "Comienza el debate")
    mark, rest = text_times.clock_head("um 12:30 Uhr - Anpfiff in München")
    assert (mark.hour, rest) == (12, "Anpfiff in München")


def test_clock_behind_a_lead_word_without_a_separator_is_a_sentence():
    assert text_times.clock_head("Alle 15:10 il presidente ha firmato il decreto che tutti aspettavano.") is None
    assert text_times.clock_head("Die 12:30 - Anpfiff") is None  # "die" is no clock word
    # a clock followed by prose, with no separator, is a sentence too
    assert text_times.clock_head("16h56 Macron arrive à l'Élysée et salue la foule devant les caméras.") is None


def test_items_opening_with_a_clock_behind_a_lead_word_are_live_posts_without_headlines():
    doc = newsclean.parse(IT_LIVE, format="text")
    assert doc.kind == "liveblog"
    assert len(doc.posts) == 4
    assert all(p.headline is None for p in doc.posts)
    assert doc.posts[0].blocks[0].text.startswith("Il sindaco ha firmato")
    assert any(r.text.startswith("ore 18:20") for r in doc.removed)


def test_an_article_mentioning_a_lead_word_clock_once_stays_an_article():
    doc = newsclean.parse(IT_ARTICLE, format="text")
    assert doc.kind == "article"
    assert len(doc.posts) == 1
    assert any("ore 15:10" in b.text for b in doc.posts[0].blocks)


EN_NAME_STAMPS = """The Riverside Courier

* News
* Sports
* Opinion

LIVE: City council budget vote updates

Posted on March 4, 2025 by Staff

Our reporters are following the council's budget session at City Hall. All times Eastern.

Priya Nair 8:51 pm

The council passed the budget by a vote of seven to two after nearly four hours of debate.

Two members asked for more money for road repairs.

Share
Tom Becker 8:20 pm

Public comment has ended. More than forty residents spoke, most of them about library hours.

Share
Priya Nair 7:45 pm

The mayor opened the session by defending the plan to raise parking fees downtown.

Share
Tom Becker 7:02 pm

The session is underway. The council expects to vote on the budget before ten tonight.

Share

Share this:

Related

What is in the new city budget"""

EN_SIGNED_COMMENTS = """The Riverside Courier

Readers respond: what should the city do about parking?

We asked readers what the city should do about parking fees downtown. Here is a selection of the answers we received this week.

Parking downtown is already too expensive for people who work in the shops and cafes there every day.
Maria Lopez 8:51 pm

The fees should pay for better buses, so that fewer people need to drive into the centre at all.
Tom Becker 8:20 pm

I would rather see a park-and-ride on the edge of town than another garage in the middle of it.
Ann Wu 7:45 pm

Free parking on Sundays would bring families back to the market and the small shops around it.
Jon Berg 7:30 pm

Nobody I know drives downtown anymore; we take the tram and walk the last few streets instead.
Eva Lind 7:12 pm

Share this:

Related

What is in the new city budget"""


def test_stamps_printed_after_their_author_open_posts_with_bylines():
    doc = newsclean.parse(EN_NAME_STAMPS, format="text")
    assert doc.kind == "liveblog"
    assert len(doc.posts) == 4
    assert [b.name for p in doc.posts for b in p.bylines] == ["Priya Nair", "Tom Becker", "Priya Nair", "Tom Becker"]
    assert doc.posts[0].blocks[0].text.startswith("The council passed")


def test_author_stamps_closing_each_comment_do_not_open_posts():
    doc = newsclean.parse(EN_SIGNED_COMMENTS, format="text")
    assert doc.kind == "article"
    assert len(doc.posts) == 1


EN_KEY_UPDATES = """Politics World Sports Support Us

Storm live updates: Hurricane makes landfall in Florida

Key updates
* Governor orders evacuations on the coast
* Hurricane makes landfall near Tampa
10 mins ago
Share

Governor orders evacuations on the coast

The governor ordered residents of six coastal counties to leave their homes before nightfall on Wednesday.

Shelters have opened in schools across the region.

40 mins ago
Share

Hurricane makes landfall near Tampa

The storm came ashore south of Tampa as a category three hurricane, with winds of more than 110 miles per hour.

2 hrs ago

Power out for a million homes

More than a million homes and businesses lost power as the storm moved inland across the state.

3 hrs ago

Airports close ahead of the storm

The airports in Tampa and Orlando stopped all flights on Wednesday morning until further notice.

About Privacy Policy Copyright 2024 Example News. All Rights Reserved."""

EN_RELATED_AGES = """Politics World Sports Support Us

Storm live updates: Hurricane makes landfall in Florida

More stories
* Governor orders evacuations on the coast
5 hrs ago
* Hurricane season forecast raised again
1 day ago
"""


def test_the_age_under_an_untimed_key_updates_list_is_the_first_posts_stamp():
    doc = newsclean.parse(EN_KEY_UPDATES, format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == ["Governor orders evacuations on the coast", "Hurricane makes landfall near Tampa",
                                               "Power out for a million homes", "Airports close ahead of the storm"]


def test_a_related_list_with_an_age_under_each_item_is_still_removed():
    from newsclean import text_lines

    lines = text_lines.split_lines(EN_RELATED_AGES)
    text_lines.mark_times(lines)
    rules = {ln.text: ln.rule for ln in lines}
    assert rules["5 hrs ago"] == rules["1 day ago"] == "chrome.related-index"
    assert rules["* Governor orders evacuations on the coast"] == "chrome.related-index"
