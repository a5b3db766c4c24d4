"""The phrase packs of Slovak, Slovenian, Bulgarian, Estonian, Lithuanian, Latvian and Icelandic:
each removes its language's interface lines and keeps a body sentence that opens with the same
words (the near miss); its post labels, credit labels and byline leads are read; its live words
make a page whose title says live, with clock-led posts, a live blog (near miss: the same page
titled as an article, and titles using the word in another sense)."""
import pytest
from support import author_bylines

import newsclean
from newsclean.language import guess_language
from newsclean.live_phrases import title_says_live, url_says_live
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line as that language's templates print it, the rule, a prose near miss)
CASES = [
    ("sk", "Čítajte aj: Vláda schválila rozpočet na budúci rok", "chrome.more-links",
     "Čítajte aj drobné písmo v zmluve, radí právnik."),
    ("sk", "Zdieľať", "chrome.share", "Zdieľať auto sa oplatí najmä vo veľkých mestách."),
    ("sk", "Najčítanejšie", "chrome.related-heading", "Najčítanejšie knihy roka sú detektívky."),
    ("sk", "Aktualizované: 30. 9. 2023 22:15", "chrome.updated-stamp", "Aktualizované údaje zverejní úrad v pondelok."),
    ("sk", "Hraj zodpovedne", "chrome.advert", "Hraj zodpovedne, radí psychológ mladým hráčom."),
    ("sl", "Preberite tudi: Kako so volili v Ljubljani", "chrome.more-links",
     "Preberite tudi drobni tisk, preden podpišete pogodbo, svetuje odvetnik."),
    ("sl", "Deli", "chrome.share", "Deli se na tri dele, ki jih povezuje most."),
    ("sl", "Sprejmi vse", "chrome.cookies", "Sprejmi vse, kar ti dajo, je svetoval oče."),
    ("sl", "Vse pravice pridržane.", "chrome.copyright", "Založba je zatrdila, da so vse pravice pridržane avtorju, in zavrnila tožbo."),
    ("bg", "Прочетете още: Какво следва след изборите", "chrome.more-links",
     "Прочетете още веднъж доклада на комисията, каза председателят."),
    ("bg", "Сподели", "chrome.share", "Сподели с нас какво мислиш, пише в поканата на читалището."),
    ("bg", "Този сайт използва бисквитки", "chrome.cookies", "Бисквитки с шоколад продава фурната на ъгъла."),
    ("bg", "Най-четени", "chrome.related-heading", "Най-четени са книгите на Вазов, показва проучването."),
    ("et", "Loe ka: Kuidas valimised möödusid", "chrome.more-links",
     "Loe ka lepingu väikest kirja enne allkirjastamist, soovitab jurist."),
    ("et", "Jaga", "chrome.share", "Jaga toitu naabritega, ütles vallavanem."),
    ("et", "Viimati uuendatud 05.03.2023 23:52", "chrome.updated-stamp",
     "Viimati uuendatud andmed avaldab amet esmaspäeval."),
    ("lt", "Rodyti daugiau", "chrome.more-links", "Rodyti daugiau pagarbos mokytojams ragina ministras."),
    ("lt", "Dalintis", "chrome.share", "Dalintis patirtimi su kaimynais skatina seniūnas."),
    ("lt", "Visos teisės saugomos", "chrome.copyright", "Teisėjas pabrėžė, kad visos teisės saugomos įstatymo."),
    ("lv", "Lasi arī: Ledus sastrēgums uz Daugavas", "chrome.more-links",
     "Lasi arī līguma sīko drukā, iesaka jurists."),
    ("lv", "Dalīties", "chrome.share", "Dalīties ar kaimiņiem aicina pašvaldība."),
    ("lv", "Reklāma", "chrome.advert", "Reklāma televīzijā pagājušajā gadā sadārdzinājās."),
    ("is", "Deila á Facebook", "chrome.share", "Deila á Facebook um málið var hörð, sagði ráðherra."),
    ("is", "Mest lesið", "chrome.related-heading", "Mest lesið var um kosningarnar í gær."),
    ("is", "Auglýsing", "chrome.advert", "Auglýsing flokksins vakti athygli í gær."),
    ("is", "Gerast áskrifandi", "chrome.navigation", "Gerast áskrifandi að blaðinu er dýrt, segir hún."),
    ("bg", "Виж всички коментари", "chrome.more-links", "Виж всички коментари под статията, призова редакторът."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


@pytest.mark.parametrize("language, label", [
    ("sk", "Dôležité"), ("sl", "Nujno"), ("bg", "Извънредно"), ("et", "Oluline"), ("lt", "Svarbu"),
    ("lv", "Steidzami"), ("is", "Áríðandi"),
])
def test_label_words(language, label):
    assert rules_for(None, language).is_label(label)
    assert not rules_for(None, language).is_label(f"{label} 2024: the words open a sentence")


@pytest.mark.parametrize("language, text, prefix, credit", [
    ("bg", "Снимка: Иван Петров", "Снимка:", "Иван Петров"),
    ("et", "Autor/allikas: Mari Tamm /ERR", "Autor/allikas:", "Mari Tamm /ERR"),
    ("is", "Mynd: Jón Jónsson", "Mynd:", "Jón Jónsson"),
    ("sl", "Foto: Maja Novak", "Foto:", "Maja Novak"),
])
def test_credit_labels(language, text, prefix, credit):
    assert rules_for(None, language).credit(text) == (prefix, credit)


def test_near_miss_a_credit_word_opening_a_sentence():
    assert rules_for(None, "bg").credit("Снимките от събитието показват голяма опашка.") is None


names = author_bylines


@pytest.mark.parametrize("language, markup, name", [
    ("sl", '<div class="author">Avtor: Petra Kos</div>', "Petra Kos"),
    ("lt", '<div class="author">Autorius: Jonas Jonaitis</div>', "Jonas Jonaitis"),
    ("bg", '<div class="author">Автор: Мария Иванова</div>', "Мария Иванова"),
    ("is", '<div class="author">Eftir Jón Jónsson</div>', "Jón Jónsson"),
])
def test_byline_lead_of_the_page_language(language, markup, name):
    assert names(markup, language) == [(name, None)]


def test_near_miss_a_one_word_lead_of_another_language_without_its_colon_stays():
    # "Eftir" leads a byline on an Icelandic page only; on a Danish page it is not cut
    assert names('<div class="author">Eftir Jón Jónsson</div>', "da") != [("Jón Jónsson", None)]


@pytest.mark.parametrize("title, live", [
    ("Избори 2024 на живо: ГЕРБ печели", True),
    ("V živo: SDS zmagovalka evropskih volitev", True),
    ("Seimo rinkimai 2024: TIESIOGIAI – pirmauja socialdemokratai", True),
    ("Seimo rinkimų antrasis turas – tiesiogiai", True),
    ("Otseblogi: Reformierakond võitis valimised", True),
    ("Teksta tiešraide: Saeimas vēlēšanas", True),
    ("Í beinni: Kosningavaka", True),
    ("Slovensko – Belgicko minúta po minúte", True),
    # near misses: the same words in another sense, inside a sentence
    ("Ministras tiesiogiai kreipėsi į teismą", False),
    ("Otse Tallinnast Tartusse sõidab uus rong", False),
    ("Hann fór beint heim eftir fundinn", False),
    ("Živo srebro v reki presega mejne vrednosti", False),
    ("Tiešraides tiesības nopirka sabiedriskā televīzija", False),
    ("Online nákupy: ako sa chrániť pred podvodmi", False),
])
def test_live_words_in_titles(title, live):
    assert title_says_live(title) is live


def test_live_words_in_addresses():
    assert url_says_live("https://www.example.bg/bulgaria/2024/10/27/izbori-2024-na-zhivo/")
    assert url_says_live("https://www.example.lt/naujienos/tiesiogiai/")
    assert url_says_live("https://www.example.is/frettir/i-beinni-kosningar/")
    # near miss: the single word inside a slug ("otsene" / "tiesiogiai-susije" are sentences)
    assert not url_says_live("https://www.example.lt/naujienos/ministras-tiesiogiai-kreipesi/")


def _page(title: str, lang: str, posts: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<h3><time>{clock}</time> {head}</h3><p>{text}</p>" for clock, head, text in posts)
    return (f'<html lang="{lang}"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="2024-10-27T07:00:00+02:00"></head><body>'
            f'<article><h1>{title}</h1><div class="text">{items}</div></article></body></html>')


BG_POSTS = [
    ("21:40", "ГЕРБ печели изборите", "Според първите данни ГЕРБ-СДС води с над пет пункта пред ДПС и Възраждане."),
    ("20:00", "Първи екзитпол", "Според екзитпола на агенцията ГЕРБ-СДС получава 25 процента от гласовете."),
    ("19:00", "Активността е ниска", "Към 19 часа са гласували по-малко от една трета от имащите право на глас."),
    ("16:00", "Гласуването продължава", "Секциите в цялата страна работят нормално и няма сигнали за нарушения."),
]
LT_POSTS = [
    ("23:10", "Socialdemokratai švenčia pergalę", "Partijos pirmininkė padėkojo rinkėjams ir sakė, kad partija pasirengusi."),
    ("22:25", "Suskaičiuota pusė apylinkių", "Suskaičiavus pusę apylinkių, socialdemokratai surinko daugiausia balsų."),
    ("21:00", "Pirmieji rezultatai", "Pirmieji rezultatai rodo, kad rinkimų aktyvumas buvo didesnis nei prieš ketverius metus."),
    ("20:00", "Apylinkės uždarytos", "Balsavimas baigėsi, prasideda balsų skaičiavimas visose šalies apylinkėse."),
]


@pytest.mark.parametrize("lang, live_title, article_title, posts", [
    ("bg", "Избори 2024 на живо: ГЕРБ печели", "Избори 2024: ГЕРБ печели", BG_POSTS),
    ("lt", "Seimo rinkimai: TIESIOGIAI – pirmauja socialdemokratai", "Seimo rinkimai: pirmauja socialdemokratai",
     LT_POSTS),
])
def test_a_page_titled_live_with_clock_led_headings_is_a_live_blog(lang, live_title, article_title, posts):
    doc = newsclean.parse(_page(live_title, lang, posts), format="html")
    assert doc.kind == "liveblog"
    assert [p.published[-5:] for p in doc.posts] == [clock for clock, _, _ in posts]
    # near miss: the same page, titled as an article, stays one
    doc = newsclean.parse(_page(article_title, lang, posts), format="html")
    assert doc.kind == "article" and len(doc.posts) == 1


SK = ("Vláda schválila návrh rozpočtu, ktorý podľa ministra financií zníži deficit už budúci rok. Opozícia "
      "tvrdí, že opatrenia sú nedostatočné a že ich zaplatia najmä rodiny s deťmi. Minister povedal, že "
      "konsolidácia bude pokračovať aj v ďalších rokoch, keď sa ekonomika zotaví. Podľa analytikov však "
      "zostáva otázne, či sa podarí splniť ciele, ktoré si vláda stanovila, pretože príjmy boli nižšie, ako "
      "sa čakalo. Rozpočet ešte musí schváliť parlament, kde má koalícia len tesnú väčšinu.")
BG = ("Правителството прие проектобюджета, който според министъра на финансите ще намали дефицита още "
      "догодина. Опозицията твърди, че мерките са недостатъчни и че ще ги платят най-вече семействата с деца. "
      "Министърът каза, че това ще продължи и през следващите години, когато икономиката се възстанови. "
      "Според анализаторите обаче не е ясно дали ще бъдат изпълнени целите, които кабинетът си постави, "
      "защото приходите вече са по-ниски. Бюджетът трябва да бъде приет и от парламента.")
IS = ("Ríkisstjórnin kynnti í dag fjárlagafrumvarpið sem á að minnka hallann á næsta ári. Stjórnarandstaðan "
      "segir að aðgerðirnar séu ekki nægar og að þær bitni helst á barnafjölskyldum. Ráðherrann sagði að "
      "þetta væri mikilvægt skref og að hann hefði fulla trú á því að markmiðin næðust. Þegar fjárlögin "
      "verða lögð fyrir Alþingi mun það koma í ljós hvort þau hafa meirihluta, en einnig þarf að ræða þau "
      "við sveitarfélögin. Hún sagði að þetta væri ekki í fyrsta sinn sem slík áform væru kynnt.")


def test_three_letter_codes_of_the_new_languages():
    from newsclean.language import base_code

    assert [base_code(c) for c in ("slk", "slo", "slv", "bul", "est", "lit", "lav", "isl", "ice")] == \
        ["sk", "sk", "sl", "bg", "et", "lt", "lv", "is", "is"]
    assert base_code("xyz") is None  # near miss: no language


def test_the_guess_reads_slovak_bulgarian_and_icelandic():
    assert guess_language(" ".join([SK] * 2)) == "sk"
    assert guess_language(" ".join([BG] * 2)) == "bg"
    assert guess_language(" ".join([IS] * 2)) == "is"


# -- consent banners naming cookies in the language's own word ---------------------------------

@pytest.mark.parametrize("language, text", [
    (None, "Този сайт използва бисквитки, за да ви предостави по-добро потребителско изживяване."),
    (None, "LRT svetainėje naudojami slapukai. Naršydami sutinkate su slapukų politika."),
    (None, "RÚV notar vafrakökur til að bæta upplifun notenda."),
    ("et", "Meie veebileht kasutab küpsiseid, et pakkuda paremat kasutuskogemust."),
    ("sl", "Naša spletna stran uporablja piškotke za boljšo uporabniško izkušnjo."),
    ("lv", "Mūsu vietne izmanto sīkdatnes, lai uzlabotu jūsu pieredzi."),
])
def test_a_banner_sentence_naming_cookies_in_the_language_goes_on_any_page(language, text):
    assert rule_in(language, text) == "chrome.cookies"


@pytest.mark.parametrize("language, text", [
    # near misses: the cookie word in news prose, and the consent verb without it
    ("bg", "Бисквитки с шоколад продава фурната на ъгъла, разказа собственикът."),
    ("lt", "Slapukų politiką Seimas svarstys kitą savaitę, pranešė komitetas."),
    ("is", "Fyrirtækið notar gögnin án leyfis, segir Persónuvernd."),
])
def test_near_miss_cookie_words_in_prose_stay(language, text):
    assert rule_in(language, text) is None


def test_a_pack_without_cookie_words_keeps_the_english_test():
    from newsclean.rules.packs import packs

    assert packs()["de"].cookie_words == ()
    assert rule_in("de", "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.") == "chrome.cookies"
