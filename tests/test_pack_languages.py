"""The phrase packs of Greek, Russian, Ukrainian, Turkish, Czech, Hungarian, Romanian and Norwegian
(bokmål): each removes its languages' interface lines and keeps a body sentence that opens with
the same words (the near miss), and the language guess tells neighbours apart by their function
words."""
import pytest

from newsclean.language import base_code, guess_language
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line as that language's templates print it, the rule, a prose near miss)
CASES = [
    ("el", "Διαβάστε επίσης", "chrome.more-links",
     "Διαβάστε επίσης τη δήλωση του υπουργού, που δημοσιεύθηκε χθες το βράδυ."),
    ("el", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "chrome.more-links", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ ΟΣΑ ΕΙΠΕ Ο ΥΠΟΥΡΓΟΣ ΣΤΗ ΒΟΥΛΗ."),
    ("el", "Κοινοποίηση", "chrome.share", "Κοινοποίηση των στοιχείων ζήτησε η αντιπολίτευση."),
    ("ru", "Читайте также", "chrome.more-links", "Читайте также интервью министра, опубликованное вчера."),
    ("ru", "Реклама", "chrome.advert", "Реклама на телевидении подорожала на 20%."),
    ("uk", "Читайте також: Два роки великої війни в цифрах", "chrome.more-links",
     "Читайте також заяву президента, оприлюднену вчора ввечері."),
    ("uk", "Реклама:", "chrome.advert", "Реклама алкоголю заборонена законом з 2024 року."),
    ("tr", "REKLAM", "chrome.advert", "Reklam harcamaları geçen yıl yüzde 20 arttı."),
    ("tr", "İLGİLİ HABERLER", "chrome.more-links", "İlgili haberler kurul tarafından incelendi."),
    ("tr", "Daha fazla göster", "chrome.more-links", "Daha fazla göster dedi, ama kimse dinlemedi."),
    ("cs", "Mohlo by vás zajímat", "chrome.more-links",
     "Mohlo by vás zajímat, že vláda uvolní peníze na okamžitou pomoc."),
    ("cs", "Sdílet", "chrome.share", "Sdílet auto se vyplatí hlavně ve velkých městech."),
    ("hu", "Megosztás", "chrome.share", "Megosztás előtt ellenőrizze a forrást, kérte a rendőrség."),
    ("hu", "Hirdetés", "chrome.advert", "Hirdetés miatt indult eljárás a cég ellen."),
    ("ro", "Citește și: Ce urmează după primul tur", "chrome.more-links",
     "Citește și raportul complet al BEC, publicat luni seara."),
    ("ro", "Distribuie", "chrome.share", "Distribuie ajutoare în satele izolate, a spus primarul."),
    ("nb", "Les også: Slik forbereder du deg på flom", "chrome.more-links",
     "Les også vilkårene nøye før du signerer, sier advokaten."),
    ("nb", "Annonsørinnhold", "chrome.advert", "Annonsørinnhold må merkes tydelig, mener Forbrukertilsynet."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_new_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


@pytest.mark.parametrize("language, label", [
    ("el", "ΕΚΤΑΚΤΟ"), ("el", "Καρφιτσωμένο"), ("ru", "Срочно"), ("uk", "Терміново"), ("tr", "SON DAKİKA"),
    ("cs", "Důležité"), ("hu", "Kiemelt"), ("ro", "Ultima oră"), ("nb", "Siste nytt"),
])
def test_label_words(language, label):
    assert rules_for(None, language).is_label(label)
    assert not rules_for(None, language).is_label(f"{label} 2024: the words open a sentence")


def test_credit_labels_and_stamps():
    assert rules_for(None, "uk").credit("Фото: Офіс президента") == ("Фото:", "Офіс президента")
    assert rules_for(None, "hu").credit("Fotó: Telex") == ("Fotó:", "Telex")
    assert rules_for(None, "hu").credit("Fotósok álltak a bejáratnál.") is None
    assert rules_for(None, "cs").stamp("Aktualizováno 15. 9. 2024 16:48") == ("updated", "15. 9. 2024 16:48")
    assert rules_for(None, "cs").stamp("Aktualizováno bylo všechno.") is None
    assert rules_for(None, "nb").stamp("Publisert 07.08.2024, kl. 18.32") == ("published", "07.08.2024, kl. 18.32")


def test_share_row_of_a_new_pack():
    from newsclean import parse

    text = ("Titlu\n\nPrimul paragraf al articolului are destule cuvinte pentru a fi citit ca text.\n\n"
            "Distribuie Facebook WhatsApp\n")
    doc = parse(text, format="text")
    assert any(r.rule == "chrome.share" and r.text == "Distribuie Facebook WhatsApp" for r in doc.removed)


RU = ("Председатель избирательной комиссии заявила, что явка превысила 70 процентов. По ее словам, "
      "это самый высокий показатель, который был зафиксирован после 2008 года. Наблюдатели сообщили о "
      "нарушениях, когда избирателей привозили на участки автобусами, и о том, что их заставляли "
      "голосовать. В комиссии ответили, что все жалобы будут рассмотрены, если они поступят до конца недели.")
UK = ("Президент заявив, що Україна отримає перші літаки вже найближчим часом. Про це він сказав під час "
      "пресконференції у Києві, де також були прем'єр-міністри Італії та Канади. Угоди, які підписали "
      "сторони, передбачають військову та фінансову допомогу протягом десяти років. Після зустрічі лідери "
      "поклали квіти до стіни пам'яті, щоб вшанувати загиблих, і коли церемонія завершилася, вони поїхали.")
CS = ("Hasiči v Krnově evakuovali přes tisíc lidí, kteří zůstali v domech u řeky. Podle starosty je pod "
      "vodou asi sedmdesát procent města a situace se může ještě zhoršit. Vláda uvedla, že na pomoc uvolní "
      "peníze, které budou k dispozici už v pondělí. Jak řekl premiér, stát je připraven pomoci všem obcím, "
      "jež byly zasaženy, a také lidem, kteří přišli o střechu nad hlavou.")
PL = ("Strażacy ewakuowali ponad tysiąc osób, które zostały w domach przy rzece. Według burmistrza pod wodą "
      "jest około siedemdziesięciu procent miasta i sytuacja może się jeszcze pogorszyć. Rząd poinformował, "
      "że na pomoc przeznaczy pieniądze, które będą dostępne już w poniedziałek. Jak powiedział premier, "
      "państwo jest gotowe pomóc wszystkim gminom, które zostały dotknięte, a także ludziom, którzy stracili dach.")
SK = ("Hasiči v Krnove evakuovali viac ako tisíc ľudí, ktorí zostali v domoch pri rieke. Podľa starostu je pod "
      "vodou asi sedemdesiat percent mesta a situácia sa môže ešte zhoršiť. Vláda uviedla, že na pomoc "
      "uvoľní peniaze, ktoré budú k dispozícii už v pondelok. Ako povedal premiér, štát je pripravený pomôcť "
      "všetkým obciam, ktoré boli zasiahnuté, a tiež ľuďom, ktorí prišli o strechu nad hlavou.")


def test_guess_tells_russian_from_ukrainian_and_czech_from_polish():
    assert guess_language(RU) == "ru"
    assert guess_language(UK) == "uk"
    assert guess_language(CS) == "cs"
    assert guess_language(PL) == "pl"
    # near miss: Slovak is never read as Polish or Czech (its own pack's words tell it apart)
    assert guess_language(SK) == "sk"


def test_norwegian_declared_as_no_gets_the_bokmal_pack():
    assert base_code("no") == "nb" and base_code("nb-NO") == "nb" and base_code("nor") == "nb"
    assert rule_in("nb", "Kopier lenke") == "chrome.share"
    # near miss: "Del", one short word, is chrome on Norwegian pages only
    assert rule_in("nb", "Del") == "chrome.share" and rule_in("sv", "Del") is None


def test_turkish_capital_dotted_i_is_looked_up_as_i():
    tr = rules_for(None, "tr")
    line = "İLGİLİ HABER Yerel seçimde oy nasıl kullanılır? Adım adım rehber"
    assert tr.glued_lead_in(line) == ("İLGİLİ HABER", "Yerel seçimde oy nasıl kullanılır? Adım adım rehber")
    assert rule_in("tr", "YAZDIR") == "chrome.share"            # capital "I" of "ı"
    # near miss: the same words opening a sentence
    assert tr.glued_lead_in("İlgili haberler kurul tarafından incelendi ve onaylandı") is None


@pytest.mark.parametrize("title, live", [
    ("ŽIVĚ: Voda kulminuje na Jesenicku", True),
    ("CANLI | Yerel seçim sonuçları", True),
    ("Március 15.: beszédek és ünnepség – percről percre", True),
    ("Ekstremværet – direkte", True),
    # near misses: the words in article titles
    ("Maç hangi kanalda, canlı yayın nerede?", False),
    ("Онлайн-кинотеатры: что посмотреть на выходных", False),
    ("A ma is élő, 90 éves színész emlékezik", False),
])
def test_live_words_of_the_new_packs(title, live):
    from newsclean.live_phrases import title_says_live

    assert title_says_live(title) is live
