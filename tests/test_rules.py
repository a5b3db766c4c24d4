"""Each cleaning rule: what it removes, and a near miss it must keep."""
import pytest

from newsclean.rules.generic import GENERIC
from newsclean.sites import PROFILES, choose


def line_rule(text):
    rule = GENERIC.line_rule_for(text)
    return rule.name if rule else None


@pytest.mark.parametrize("text, rule", [
    ("Share this post", "chrome.share"),
    ("+ Share View more share options", "chrome.share"),
    ("Read more", "chrome.more-links"),
    ("Related: Bitcoin hack, exchange says", "chrome.more-links"),
    ("Similar news", "chrome.related-heading"),
    ("This week's most popular news", "chrome.related-heading"),
    ("More on this story", "chrome.related-heading"),
    ("Skip to main contentSkip to key eventsSkip to navigation", "chrome.navigation"),
    ("Live Reporting", "chrome.navigation"),
    ("Show key events only", "chrome.navigation"),
    ("Updated at 12.08 BST", "chrome.updated-stamp"),
    ("Last Updated: 12:16 GMT+1 Sunday, 07 June 2015", "chrome.updated-stamp"),
    ("Published: 12:03 GMT Monday, 09 February 2015", "chrome.published-stamp"),
    ("734 Comments", "chrome.comment-count"),
    ("Sign up to our morning newsletter", "chrome.newsletter"),
    ("We use cookies to improve your experience.", "chrome.cookies"),
    ("Video Unavailable", "chrome.video-player"),
    ("Got A Story?", "chrome.contact-prompt"),
    ("*", "chrome.lone-mark"),
])
def test_generic_line_rules_remove_furniture(text, rule):
    assert line_rule(text) == rule


@pytest.mark.parametrize("text", [
    "Read more about the war in Ukraine in our explainer, which was updated this morning.",
    "Police said they would share information with the inquiry.",
    "The newsletter's editor resigned on Monday after a row over cookies and cakes.",
    "Updated figures show inflation fell to 2.3% in April, the lowest in three years.",
    "Search teams found the missing hikers on Sunday.",
])
def test_generic_line_rules_keep_sentences_that_only_mention_those_words(text):
    assert line_rule(text) is None


def test_external_link_marker_is_cut_from_inside_a_sentence():
    (rule,) = GENERIC.spans
    text, found = rule.apply("Beijing exports more than $300m (£237m), external worth of dual-use items.")
    assert text == "Beijing exports more than $300m (£237m) worth of dual-use items."
    assert found == [", external"]


def test_external_link_marker_keeps_the_word_external_elsewhere():
    (rule,) = GENERIC.spans
    text = "The external review found the external auditors had erred."
    assert rule.apply(text) == (text, [])


def test_scraper_figure_credit_pair():
    (pair,) = GENERIC.pairs
    assert pair.matches("Vladimir Putin - Figure 12", "Photo BBC News")
    assert not pair.matches("Vladimir Putin - Figure 12", "Photographers gathered outside the Kremlin.")
    assert not pair.matches("Figure skating - the final", "Photo finish decides the race")


def test_every_rule_has_a_name_and_a_description():
    rules = GENERIC.all() + [r for p in PROFILES.values() for r in p.rules.all()]
    names = [r.name for r in rules]
    assert len(names) == len(set(names))
    assert all(r.name and r.description for r in rules)


def test_profile_choice():
    assert choose(None, "https://www.bbc.co.uk/news/live/world-1", "") .name == "bbc"
    assert choose("generic", "https://www.bbc.co.uk/news/live/world-1", "") is None
    assert choose(None, None, "Got a TV Licence?\n").name == "bbc"
    assert choose(None, "https://example.org/live", "nothing here") is None


def test_plain_line_rules_are_bounded_so_long_lines_can_skip_them():
    import regex

    from newsclean.rules import PLAIN_MAX_LEN
    rules = GENERIC.lines + tuple(r for p in PROFILES.values() for r in p.rules.lines)
    for rule in rules:
        if rule.keywords:
            continue
        assert not regex.search(r"(?<!\\)[*+](?![^\[]*\])", rule.pattern), rule.name
        assert not rule.matches("x" * (PLAIN_MAX_LEN + 1))
        # the widest bounded quantifier, plus a line's worth of literal words, stays under the limit
        widest = max((int(n) for n in regex.findall(r"\{\d+,(\d+)\}", rule.pattern)), default=0)
        assert widest + 60 <= PLAIN_MAX_LEN, rule.name


# -- phrase packs ------------------------------------------------------------------------------

from newsclean.rules.packs import language_rules, packs  # noqa: E402
from newsclean.rules.phrases import WHOLE, KINDS, norm, pack_fields  # noqa: E402
from newsclean.rules.repeated import repeated_across_posts  # noqa: E402
from newsclean.sites import rules_for  # noqa: E402


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line shaped like that language's templates, the rule, a prose near miss)
PACK_CASES = [
    ("en", "Spotted a typo? Let us know", "chrome.report-error",
     "Spotted a typo in the ballot papers, officials halted the count."),
    ("en", "Skip to main content", "chrome.navigation", "Skip to the end: the verdict came late on Friday."),
    ("en", "To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
           "HTML5 video", "chrome.embed-placeholder",
     "To view this video in full, viewers had to pay a fee for a year of access to the archive, he said."),
    ("de", "Lesen Sie auch: Was die Koalition jetzt plant", "chrome.more-links",
     "Lesen Sie auch die Stellungnahme des Ministers, die am Montag veröffentlicht wurde."),
    ("de", "Externer Inhalt nicht verfügbar", "chrome.embed-placeholder",
     "Der externe Inhalt wurde von der Redaktion geprüft."),
    ("de", "Stand: 12.03.2024, 10:15 Uhr", "chrome.updated-stamp", "Stand 2023 lebten dort 3 Millionen Menschen."),
    ("fr", "À lire aussi : Le gouvernement recule sur la réforme", "chrome.more-links",
     "Lire aussi les mémoires du général permet de comprendre la décision."),
    ("fr", "Mis à jour le 12 mars 2024 à 10h15", "chrome.updated-stamp",
     "Mis à jour régulièrement, le registre compte désormais plus de cent noms."),
    ("es", "Te puede interesar: El Gobierno aprueba el decreto", "chrome.more-links",
     "Te puede interesar saber que el museo abre los lunes."),
    ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "chrome.cookies",
     "Los galletas y los dulces típicos se venden en la plaza."),
    ("it", "Leggi anche: Il governo approva la manovra", "chrome.more-links",
     "Leggi anche il rapporto dell'Istat pubblicato ieri sera, dice il ministro."),
    ("it", "I più letti", "chrome.related-heading", "I più letti tra i libri dell'anno sono i gialli."),
    ("pt", "Leia também: Governo aprova novo orçamento", "chrome.more-links",
     "Leia também o relatório do governo, divulgado ontem, pediu o ministro."),
    ("pt", "Continua depois da publicidade", "chrome.advert", "A publicidade continua a crescer no país."),
    ("nl", "Lees ook:", "chrome.more-links", "Lees ook de reactie van de minister in zijn brief"),
    ("nl", "Delen", "chrome.share", "Delen van de stad liggen zonder stroom."),
    ("nl", "Gepubliceerd: vr 03 jul. 23u32", "chrome.published-stamp", "Gepubliceerd werd het rapport nooit."),
    ("pl", "Czytaj też: Rząd przyjął projekt ustawy", "chrome.more-links",
     "Czytaj też książki, mówi minister, bo to ważne dla dzieci."),
    ("pl", "Przejdź do treści", "chrome.navigation", "Przejdź do treści ustawy, zanim ją skrytykujesz."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", PACK_CASES)
def test_each_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


def test_every_pack_has_entries_of_every_kind():
    for code, pack in packs().items():
        assert pack.language == code
        assert len(pack.stopwords) >= 25, code
        for kind in pack_fields():
            assert getattr(pack, kind), f"{code}: no {kind}"


def test_no_label_word_is_also_removed_as_a_whole_line():
    """A label line must reach the label reader: no pack removes it as chrome first."""
    for code in packs():
        rules = language_rules(code)
        for label in packs()[code].labels:
            rule = rules.line_rule_for(label)
            assert rule is None, (code, label, rule.name)


def test_pack_phrases_are_lower_case_and_whole_line_ones_are_short():
    for code, pack in packs().items():
        for kind in pack_fields():
            for phrase in getattr(pack, kind):
                if kind != "labels":
                    assert phrase == phrase.lower(), (code, phrase)
                if KINDS[kind][1] == WHOLE:
                    assert len(phrase) <= 60 and phrase.count(" ") <= 7, (code, phrase)


def test_unknown_language_uses_english_and_only_the_others_high_precision_phrases():
    assert rule_in(None, "Share this post") == "chrome.share"        # English, in full
    assert rule_in(None, "Lees ook") == "chrome.more-links"          # two words: safe anywhere
    assert rule_in(None, "Zum Inhalt springen") == "chrome.navigation"
    assert rule_in(None, "Delen") is None                            # one short word: Dutch pages only
    assert rule_in("nl", "Delen") == "chrome.share"
    assert rule_in("fi", "Delen") is None                            # a language without a pack = unknown


def test_the_old_call_keeps_every_generic_rule():
    old = rules_for(None)
    for text in ("Share this post", "Updated at 12.08 BST", "734 Comments", "*", "Video Unavailable"):
        assert old.line_rule_for(text).name == GENERIC.line_rule_for(text).name
    assert rules_for(PROFILES["bbc"]).line_rule_for("Got a TV Licence?").name == "bbc.licence-banner"
    assert rules_for(PROFILES["bbc"], "de").line_rule_for("Got a TV Licence?").name == "bbc.licence-banner"


@pytest.mark.parametrize("language, text, prefix, rest", [
    ("de", "Foto: picture alliance/dpa", "Foto:", "picture alliance/dpa"),
    ("fr", "Photo : AFP", "Photo :", "AFP"),
    ("es", "Imagen: EFE", "Imagen:", "EFE"),
    ("pl", "fot. PAP/Jan Kowalski", "fot.", "PAP/Jan Kowalski"),
    ("en", "Credit...Doug Mills/The New York Times", "Credit...", "Doug Mills/The New York Times"),
    ("nl", "© Belga", "©", "Belga"),
])
def test_credit_prefixes(language, text, prefix, rest):
    assert rules_for(None, language).credit(text) == (prefix, rest)


@pytest.mark.parametrize("language, text", [
    ("de", "Fotografen standen vor dem Gebäude."),
    ("en", "Photographs of the scene were shared widely."),
    ("en", "Photo"),                                   # a prefix with nothing after it
    ("fr", "La photo : un symbole pour le pays."),     # not at the start
])
def test_credit_prefix_near_misses(language, text):
    assert rules_for(None, language).credit(text) is None


def test_caption_lead_in_stamp_and_label_questions():
    de = rules_for(None, "de")
    assert de.caption("Bildunterschrift: Ein Mann vor dem Rathaus") == ("Bildunterschrift:", "Ein Mann vor dem Rathaus")
    assert de.caption("Die Bildunterschrift war falsch.") is None
    fr = rules_for(None, "fr")
    assert fr.lead_in("À lire aussi : Le gouvernement recule") == ("À lire aussi :", "Le gouvernement recule")
    assert fr.lead_in("Lire aussi") == ("Lire aussi", "")
    assert fr.lead_in("Lire aussi les mémoires du général") is None
    assert rules_for(None, "nl").stamp("Gepubliceerd: vr 03 jul. 23u32") == ("published", "vr 03 jul. 23u32")
    assert rules_for(None, "de").stamp("Aktualisiert am 12.03.2024") == ("updated", "12.03.2024")
    assert rules_for(None, "de").stamp("Aktualisiert wurde nichts") is None
    for code, label in [("de", "Eilmeldung"), ("fr", "Dernière minute"), ("es", "Última hora"),
                        ("it", "Ultim'ora"), ("pt", "Última hora"), ("nl", "Analyse:"), ("pl", "Pilne"),
                        ("en", "Key event")]:
        assert rules_for(None, code).is_label(label), (code, label)
    assert not rules_for(None, "de").is_label("Eilmeldungen aus aller Welt")


def test_shapes_label_words_come_from_the_packs():
    from newsclean import shapes

    assert shapes.is_label("Key event") and shapes.is_label("Eilmeldung") and shapes.is_label("Dernière minute")
    assert not shapes.is_label("Police close the bridge")


def test_new_window_marker_is_cut_from_a_link_text():
    rules = rules_for(None, "nl")
    assert rules.strip_spans("Bekijk het rapport (opent in een nieuw venster)") == (
        "Bekijk het rapport", [("link-marker.new-window", " (opent in een nieuw venster)")])
    prose = "Het kabinet opent een nieuw venster op Europa, zei de premier."
    assert rules.strip_spans(prose) == (prose, [])


def test_repeated_strings_across_posts():
    posts = [
        ["Delen", "Jan Peeters", "Key event", "Image:", "De brandweer is ter plaatse.", "Het is 2-1."],
        ["Delen", "Jan Peeters", "Key event", "Image:", "De weg is weer open.", "Het is 2-1."],
        ["Delen", "Jan Peeters", "Key event", "Image:", "Er vielen geen gewonden.", "Het is 2-1."],
        ["Delen", "Het concert begint om acht uur, zegt de organisatie, en duurt tot middernacht."],
    ]
    assert repeated_across_posts(posts) == {"Delen"}  # not a byline, label, credit prefix, digits
    assert repeated_across_posts(posts[:2]) == set()  # too few posts to say
    refrain = [["We shall overcome, they sang again and again."]] * 5
    assert repeated_across_posts(refrain) == set()    # sentences legitimately recur


def test_normalization_of_phrases():
    assert norm("  » Lees ook:  ") == "lees ook"
    assert norm("Don’t miss…") == "don't miss"
