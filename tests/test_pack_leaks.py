"""Boilerplate that leaked from scraped live pages, removed by class: copyright lines, the
packs' copyright notices, ad labels and calls to click in each language, and lead-ins that name
their source before the teaser ("Read more from Sky News: ..."). Each rule has a near miss."""
import pytest

import newsclean
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# -- copyright lines (generic: any language) -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "© 2024 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.",
    "About Privacy Policy Copyright 2024 The Associated Press. All Rights Reserved.",
    "Terms & Conditions Privacy & Cookies © 2024 Sky UK",
    "RIPRODUZIONE RISERVATA © Copyright ANSA",
    "Copyright © 2020-2024 nu.nl",
    "© 2023 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
    # a footer notice of three sentences after the name (longer than the first bound, 120)
    "Copyright 2025 Northern Broadcasting Corporation. All rights reserved. Northern is not responsible "
    "for the content of external sites. Read about our approach to external linking.",
])
def test_copyright_lines_are_removed(text):
    assert rule_in(None, text) == "chrome.copyright"


@pytest.mark.parametrize("text", [
    "The newspaper said the copyright of the 2024 photos belongs to Reuters.",
    "Copyright 2024 was a record year for lawsuits, the report said.",
    "Copyright Office officials rejected the claim.",
    "© Reuters",                      # a picture credit, for the media readers
    "Foto: Jan Kowalski © AFP",
])
def test_near_miss_sentences_and_credits_that_mention_copyright(text):
    assert rule_in(None, text) is None


@pytest.mark.parametrize("language, text", [
    ("en", "All rights reserved."),
    ("de", "Alle Rechte vorbehalten."),
    ("fr", "Tous droits réservés"),
    ("es", "Todos los derechos reservados."),
    ("it", "Riproduzione riservata"),
    ("pt", "Todos os direitos reservados."),
    ("nl", "Alle rechten voorbehouden"),
    ("pl", "Wszelkie prawa zastrzeżone"),
    ("it", "RIPRODUZIONE RISERVATA © ANSA"),
])
def test_copyright_notices_of_each_pack(language, text):
    assert rule_in(language, text) == "chrome.copyright"


def test_near_miss_a_notice_phrase_in_a_sentence():
    assert rule_in("en", "All rights reserved by the court, he said, were not enough to win the case "
                         "for the families who had waited years") is None
    assert rule_in("de", "Der Verlag erklärte, alle Rechte vorbehalten zu haben.") is None


# -- ad labels and calls to click ---------------------------------------------------------------

def test_ad_labels():
    assert rule_in("en", "Ad Feedback") == "chrome.advert"
    assert rule_in("de", "Anzeige") == "chrome.advert"
    assert rule_in("es", "Publicidad") == "chrome.advert"
    assert rule_in("en", "Ad feedback from readers was overwhelmingly positive, the editor said.") is None


@pytest.mark.parametrize("language, text", [
    ("en", "Watch Sky News live: Click here"),
    ("de", "Der Livestream zum Nachschauen: Hier klicken"),
    ("fr", "Regardez le direct : cliquez ici"),
    ("es", "Sigue el partido en directo | Pincha aquí"),
    ("nl", "Kijk live mee: klik hier"),
    ("en", "Click here"),
])
def test_calls_to_click_after_a_promo(language, text):
    assert rule_in(language, text) == "chrome.more-links"


@pytest.mark.parametrize("text", [
    "Officials told voters to check their registration and click here",
    "Voters were told to click here. Click here",
    "The campaign, which has spent millions on online ads urging people to sign up: click here",
])
def test_near_miss_click_here_in_a_sentence(text):
    assert rule_in("en", text) is None


# -- lead-ins that name their source ------------------------------------------------------------

def test_lead_in_with_its_source_before_the_colon():
    rules = rules_for(None, "en")
    text = "Read more from Sky News: What happens next for Reform UK after its best ever result"
    assert rule_in("en", text) == "chrome.more-links"
    assert rules.lead_in(text) == ("Read more from Sky News:", "What happens next for Reform UK after its best ever result")
    assert rules.lead_in("Read more from Sky News:") == ("Read more from Sky News:", "")
    assert rule_in("nl", "Lees ook op NOS.nl: Politie zoekt getuigen") == "chrome.more-links"


@pytest.mark.parametrize("language, text", [
    ("en", "Read more about why: the tax rises hit pensioners hardest."),   # a sentence
    ("en", "Read more of the judge's ruling below"),                        # no colon
    ("en", "More from Kyiv: Residents shelter as sirens sound"),            # a headline
    ("nl", "Meer over de aanslag: politie zoekt getuigen"),                 # a topic, not a source
    ("de", "Zum Thema Migration: Scholz lehnt Obergrenze ab"),
])
def test_near_miss_sentences_and_headlines_opening_with_a_lead_in(language, text):
    assert rule_in(language, text) is None


# -- end to end: a scraped live page ------------------------------------------------------------

LIVE_TEXT = """Home News Politics

Budget live: Chancellor sets out spending plans

The chancellor has delivered her first budget.

14:32

Taxes rise for employers

Employer national insurance contributions will rise from April, the chancellor announced.

Read more from Example News: What the budget means for you
Jane Doe Political reporter
Share this post

12:05

Fuel duty frozen

The freeze on fuel duty will continue for another year, saving drivers money at the pump.

Watch Example News live: Click here

Share this post

10:48

Borrowing forecast revised

The fiscal watchdog said borrowing would be higher than forecast in March, as the chancellor set out her plans.

Ad Feedback

Share this post

09:21

What to expect today

The chancellor will speak at 12.30, followed by the leader of the opposition.

* Income tax thresholds are expected to stay frozen.
* Spending on the health service is expected to rise.
Terms & Conditions Privacy & Cookies © 2024 Example News Ltd
"""


def test_scraped_live_page_loses_its_promos_and_copyright_but_keeps_a_closing_list():
    doc = newsclean.parse(LIVE_TEXT, format="text")
    text = "\n".join(b.text for p in doc.posts for b in p.blocks)
    for leak in ("Read more from Example News", "Click here", "Ad Feedback", "© 2024"):
        assert leak not in text
    assert "Spending on the health service is expected to rise." in text
    rules = {r.rule for r in doc.removed}
    assert {"chrome.copyright", "chrome.more-links", "chrome.advert"} <= rules


# -- rows of legal links in a footer --------------------------------------------------------------

@pytest.mark.parametrize("language, text", [
    ("en", "Terms of Use Privacy Policy Ad Choices"),
    ("de", "Impressum | Datenschutz | Kontakt"),
    ("de", "Impressum"),
    ("es", "Aviso legal © Diario Ejemplo, S.L."),
    ("es", "Aviso legal Política de privacidad © EDICIONES EJEMPLO S.L."),
    ("fr", "Mentions légales Conditions générales © Le Journal"),
    ("pl", "Regulamin Polityka prywatności"),
    ("nl", "Privacybeleid Colofon"),
])
def test_rows_of_legal_links(language, text):
    assert rule_in(language, text) == "chrome.legal-links"


@pytest.mark.parametrize("language, text", [
    ("en", "Contact"),                                          # one short word alone: a heading maybe
    ("en", "Contact the newsroom at news@example.com"),
    ("en", "Privacy Policy updates were announced by Meta on Tuesday"),
    ("pt", "O presidente disse que vai votar amanhã"),          # "o" opens "o nas" (Polish) too
    ("it", "Chi siamo, si chiede il ministro"),
])
def test_near_miss_sentences_opening_with_a_legal_word(language, text):
    assert rule_in(language, text) is None


def test_paywall_prompt():
    assert rule_in("es", "Lee sin límites") == "chrome.more-links"
    assert rule_in("es", "Lee sin límites de tiempo la novela que ganó el premio, dijo el jurado.") is None
