"""The phrase packs of Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Albanian, Macedonian,
Belarusian, Basque, Galician and Welsh: each removes its language's interface lines and keeps a body
sentence that opens with the same words (the near miss); its post labels, credit labels and byline
leads are read; its live words make a title say live (near misses: the words in another sense);
the language is told from the page's declaration, its script (Georgian, Armenian) or its function
words, and neighbours (Turkish, Russian, Bulgarian, Portuguese) keep their guesses."""
import pytest
from lxml import html
from support import author_bylines

import newsclean
from newsclean.language import base_code, guess_language, page_language
from newsclean.live_phrases import title_says_live
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line as that language's templates print it, the rule, a prose near miss)
CASES = [
    ("ka", "გაზიარება", "chrome.share", "გაზიარება სოციალურ ქსელებში აკრძალულია, განაცხადა მინისტრმა."),
    ("ka", "ბოლო ამბები", "chrome.related-heading", "ბოლო ამბები ქალაქში მოსახლეობას აშფოთებს."),
    ("ka", "ყველა უფლება დაცულია", "chrome.copyright", "მინისტრის თქმით, ყველა უფლება დაცულია კანონით და სასამართლოთი."),
    ("ka", "ასევე წაიკითხეთ: ცესკომ საბოლოო შედეგები გამოაქვეყნა", "chrome.more-links",
     "ასევე წაიკითხეთ ხელშეკრულების ყველა პუნქტი, ურჩევს იურისტი."),
    ("ka", "რეკლამა", "chrome.advert", "რეკლამა ტელევიზიაში გაძვირდა 20 პროცენტით."),
    ("hy", "Կիսվել", "chrome.share", "Կիսվել փորձով հարևանների հետ կոչ է անում համայնքապետը։"),
    ("hy", "Կարդացեք նաև", "chrome.more-links",
     "Կարդացեք նաև պայմանագրի մանր տառերը, խորհուրդ է տալիս իրավաբանը։"),
    ("hy", "Բոլոր իրավունքները պաշտպանված են", "chrome.copyright",
     "Նախարարը նշեց, որ բոլոր իրավունքները պաշտպանված են օրենքով։"),
    ("hy", "Գովազդ", "chrome.advert", "Գովազդ հեռուստատեսությամբ թանկացել է 20 տոկոսով։"),
    ("az", "Paylaş", "chrome.share", "Paylaş deyə çağırış edən nazir hamını təəccübləndirdi."),
    ("az", "Həmçinin oxuyun: Seçkilərin nəticələri açıqlandı", "chrome.more-links",
     "Həmçinin oxuyun müqavilənin bütün bəndlərini, deyə hüquqşünas məsləhət görür."),
    ("az", "Bütün hüquqlar qorunur", "chrome.copyright", "Nazir bildirib ki, bütün hüquqlar qorunur və pozulmayacaq."),
    ("kk", "Бөлісу", "chrome.share", "Бөлісу мәдениеті туралы әкім айтып өтті."),
    ("kk", "Көп оқылған", "chrome.related-heading", "Көп оқылған кітаптар тізімін кітапхана жариялады."),
    ("kk", "Барлық құқықтар қорғалған", "chrome.copyright",
     "Министр барлық құқықтар қорғалған деп мәлімдеді, бірақ сарапшылар келіспейді."),
    ("uz", "Batafsil", "chrome.more-links", "Batafsil ma’lumotni vazirlik keyinroq beradi."),
    ("uz", "Telegram kanalimizga obuna bo‘ling", "chrome.newsletter",
     "Telegram kanallari soni bir yilda ikki baravar oshdi."),
    ("uz", "Ko'p o'qilganlar", "chrome.related-heading", "Ko'p o'qilganlar orasida tarixiy romanlar bor."),
    ("sq", "Lexo më shumë", "chrome.more-links", "Lexo më shumë libra, u tha ministri nxënësve."),
    ("sq", "Të gjitha të drejtat e rezervuara", "chrome.copyright",
     "Ministri tha se të gjitha të drejtat e rezervuara për qytetarët do të mbrohen."),
    ("sq", "Më të lexuarat", "chrome.related-heading", "Më të lexuarat libra të vitit janë romanet policore."),
    ("mk", "Прочитај повеќе", "chrome.more-links", "Прочитај повеќе книги, им порача министерот на учениците."),
    ("mk", "Сподели", "chrome.share", "Сподели го својот став, повика претседателот на општината."),
    ("mk", "Сите права се задржани", "chrome.copyright", "Министерот рече дека сите права се задржани за граѓаните."),
    ("be", "Чытайце таксама: Вынікі выбараў", "chrome.more-links",
     "Чытайце таксама дробны шрыфт дамовы, раіць юрыст."),
    ("be", "Падзяліцца", "chrome.share", "Падзяліцца ежай з суседзямі заклікаў старшыня."),
    ("be", "Рэклама", "chrome.advert", "Рэклама на тэлебачанні падаражэла на 20 працэнтаў."),
    ("eu", "Partekatu", "chrome.share", "Partekatu janaria auzokideekin, eskatu du alkateak."),
    ("eu", "Irakurrienak", "chrome.related-heading", "Irakurrienak eleberri poliziakoak izan dira aurten."),
    ("eu", "Eskubide guztiak erreserbatuta", "chrome.copyright",
     "Ministroak esan du eskubide guztiak erreserbatuta daudela herritarrentzat."),
    ("gl", "Ler máis", "chrome.more-links", "Ler máis libros é o obxectivo do plan da consellería."),
    ("gl", "Todos os dereitos reservados", "chrome.copyright",
     "O conselleiro dixo que todos os dereitos reservados aos veciños serán respectados."),
    ("gl", "Publicidade", "chrome.advert", "Publicidade institucional: a Xunta gastou tres millóns en 2023."),
    ("cy", "Rhannu", "chrome.share", "Rhannu bwyd gyda chymdogion yw'r nod, meddai'r cyngor."),
    ("cy", "Cedwir pob hawl", "chrome.copyright", "Cedwir pob hawl i bori ar y comin i'r ffermwyr sydd yn byw ger yr afon, yn ôl y gweinidog ddoe."),
    ("cy", "Darllenwch hefyd: Canlyniadau'r etholiad", "chrome.more-links",
     "Darllenwch hefyd y print mân cyn arwyddo, meddai'r cyfreithiwr."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


@pytest.mark.parametrize("language, word, other", [
    # a short word of one pack is no chrome on a page of another language
    ("sq", "Ndaj", "en"), ("gl", "Máis", "pt"), ("eu", "Gehiago", "es"), ("cy", "Mwy", "en"), ("mk", "Повеќе", "bg"),
])
def test_near_miss_a_short_word_applies_on_its_own_language_only(language, word, other):
    assert rule_in(language, word) is not None
    assert rule_in(other, word) is None


def test_a_copyright_line_whose_owner_is_written_without_capitals_goes():
    assert rule_in("ka", "© 2024 ინტერპრესნიუსი. ყველა უფლება დაცულია.") == "chrome.copyright"
    assert rule_in(None, "© 2024 ინტერპრესნიუსი") == "chrome.copyright"
    # near miss: the sign inside a sentence (words without capitals before it are no footer links)
    assert rule_in("ka", "გამოფენაზე წარმოდგენილია © 2024 ნიშნით აღნიშნული ნამუშევრები.") is None


@pytest.mark.parametrize("language, label", [
    ("ka", "ექსკლუზივი"), ("hy", "Շտապ"), ("az", "Təcili"), ("kk", "Шұғыл"), ("uz", "Shoshilinch"),
    ("sq", "E fundit"), ("mk", "Итно"), ("be", "Тэрмінова"), ("eu", "Azken ordua"), ("gl", "Última hora"),
    ("cy", "Pwysig"),
])
def test_label_words(language, label):
    assert rules_for(None, language).is_label(label)
    assert not rules_for(None, language).is_label(f"{label} 2024: the words open a sentence")


@pytest.mark.parametrize("language, text, prefix, credit", [
    ("ka", "ფოტო: ნინო ბერიძე", "ფოტო:", "ნინო ბერიძე"),
    ("hy", "Լուսանկարը՝ Արամ Պետրոսյան", None, None),
    ("hy", "Լուսանկար: Արամ Պետրոսյան", "Լուսանկար:", "Արամ Պետրոսյան"),
    ("az", "Foto: Elçin Murad", "Foto:", "Elçin Murad"),
    ("be", "Фота: Ігар Лабаноў", "Фота:", "Ігар Лабаноў"),
    ("eu", "Argazkia: Jon Urbe", "Argazkia:", "Jon Urbe"),
    ("cy", "Llun: Dafydd Jones", "Llun:", "Dafydd Jones"),
])
def test_credit_labels(language, text, prefix, credit):
    got = rules_for(None, language).credit(text)
    assert got == ((prefix, credit) if prefix else None) or (prefix is None and got is not None)


def test_near_miss_a_credit_word_opening_a_sentence():
    assert rules_for(None, "ka").credit("ფოტოები გამოფენაზე ერთი თვის განმავლობაში იქნება.") is None
    assert rules_for(None, "cy").credit("Lluniau o'r llifogydd sydd wedi eu rhannu ar-lein.") is None


names = author_bylines


@pytest.mark.parametrize("language, markup, name", [
    ("hy", '<div class="author">Հեղինակ: Արամ Պետրոսյան</div>', "Արամ Պետրոսյան"),
    ("az", '<div class="author">Müəllif: Elçin Məmmədov</div>', "Elçin Məmmədov"),
    ("sq", '<div class="author">Nga Arben Hoxha</div>', "Arben Hoxha"),
    ("cy", '<div class="author">Gan Dafydd Jones</div>', "Dafydd Jones"),
])
def test_byline_lead_of_the_page_language(language, markup, name):
    assert names(markup, language) == [(name, None)]


def test_near_miss_a_one_word_lead_of_another_language_without_its_colon_stays():
    # "Nga" leads a byline on an Albanian page only; on an English page it may open a name
    assert names('<div class="author">Nga Arben Hoxha</div>', "en") != [("Arben Hoxha", None)]


@pytest.mark.parametrize("title, live", [
    ("არჩევნები 2024 – პირდაპირი ჩართვა", True),
    ("ლაივი | საპარლამენტო არჩევნები", True),
    ("ონლაინ: ცესკოს შედეგები", True),
    ("Ուղիղ | Ընտրություններ 2024", True),
    ("Ընտրություններ. ուղիղ եթեր", True),
    ("Seçki 2024: canlı yayım", True),
    ("Сайлау 2024: тікелей эфир", True),
    ("Saylov 2024 | jonli efir", True),
    ("Zgjedhjet 2024 – drejtpërdrejt", True),
    ("Избори 2024 во живо: резултати", True),
    ("Выбары ў прамым эфіры", True),
    ("Hauteskundeak ZUZENEAN: emaitzak", True),
    ("Eleccións galegas en directo", True),
    ("Etholiad 2024: llif byw", True),
    # near misses: the same words in another sense, inside a sentence
    ("ონლაინ სწავლება სკოლებში გაგრძელდება", False),
    ("Ուղիղ ճանապարհ դեպի Երևան կբացվի", False),
    ("Ministrlik jonli muloqot o‘tkazdi", False),
    ("Zuzenean joan zen etxera bileraren ondoren", False),
    ("Dyn yn fyw ar ôl damwain ar yr A55", False),
    ("Newyddion o Gymru Fyw", False),
])
def test_live_words_in_titles(title, live):
    assert title_says_live(title) is live


def _page(title: str, lang: str, posts: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<h3><time>{clock}</time> {head}</h3><p>{text}</p>" for clock, head, text in posts)
    return (f'<html lang="{lang}"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="2024-10-26T08:00:00+04:00"></head><body>'
            f'<article><h1>{title}</h1><div class="text">{items}</div></article></body></html>')


KA_POSTS = [
    ("23:40", "ცესკოს წინასწარი შედეგები", "ცესკოს ინფორმაციით, უბნების ნახევრის დათვლის შემდეგ მმართველი პარტია ლიდერობს."),
    ("20:00", "საარჩევნო უბნები დაიხურა", "საარჩევნო უბნები 20:00 საათზე დაიხურა და ხმების დათვლა დაიწყო."),
    ("17:00", "აქტივობა 17:00 საათისთვის", "ცესკოს მონაცემებით, 17:00 საათისთვის ამომრჩეველთა ნახევარზე მეტმა მისცა ხმა."),
    ("12:00", "არჩევნები მშვიდად მიმდინარეობს", "დამკვირვებლების თქმით, არჩევნები მშვიდ ვითარებაში მიმდინარეობს."),
]
HY_POSTS = [
    ("23:10", "Նախնական արդյունքները", "ԿԸՀ-ի տվյալներով՝ տեղամասերի կեսի հաշվարկից հետո առաջատարը իշխող կուսակցությունն է։"),
    ("20:00", "Տեղամասերը փակվեցին", "Ընտրական տեղամասերը փակվեցին ժամը 20:00-ին, սկսվեց ձայների հաշվարկը։"),
    ("17:00", "Մասնակցությունն աճում է", "Ժամը 17:00-ի դրությամբ քվեարկությանը մասնակցել է ընտրողների կեսից ավելին։"),
    ("12:00", "Քվեարկությունը հանգիստ է", "Դիտորդների խոսքով՝ քվեարկությունն ընթանում է հանգիստ պայմաններում։"),
]


@pytest.mark.parametrize("lang, live_title, article_title, posts", [
    ("ka", "არჩევნები 2024 – პირდაპირი ჩართვა", "არჩევნები 2024: შედეგები", KA_POSTS),
    ("hy", "Ընտրություններ 2024 | ՈՒՂԻՂ", "Ընտրություններ 2024. արդյունքները", HY_POSTS),
])
def test_a_page_titled_live_with_clock_led_headings_is_a_live_blog(lang, live_title, article_title, posts):
    doc = newsclean.parse(_page(live_title, lang, posts), format="html")
    assert doc.kind == "liveblog"
    assert [p.published[-5:] for p in doc.posts] == [clock for clock, _, _ in posts]
    # near miss: the same page, titled as an article, stays one
    doc = newsclean.parse(_page(article_title, lang, posts), format="html")
    assert doc.kind == "article" and len(doc.posts) == 1


def test_three_letter_codes_of_the_new_languages():
    codes = ("kat", "geo", "hye", "arm", "aze", "kaz", "uzb", "sqi", "alb", "mkd", "mac", "bel", "eus", "baq",
             "glg", "cym", "wel")
    assert [base_code(c) for c in codes] == ["ka", "ka", "hy", "hy", "az", "kk", "uz", "sq", "sq", "mk", "mk",
                                            "be", "eu", "eu", "gl", "cy", "cy"]


TEXTS = {
 "ka": ("ცენტრალური საარჩევნო კომისიის თქმით, აქტივობამ 58 პროცენტი შეადგინა, რაც წინა არჩევნების მაჩვენებელზე მეტია. "
        "ოპოზიციური პარტიები აცხადებენ, რომ შედეგებს არ ცნობენ და უკვე მოითხოვენ ხელახალ დათვლას. კომისიის "
        "თავმჯდომარემ განაცხადა, რომ ყველა საჩივარი განიხილება, თუ ის კანონით დადგენილ ვადაში შევა. დამკვირვებლების "
        "მიერ გავრცელებული ინფორმაციით, რამდენიმე უბანზე დარღვევები დაფიქსირდა, მაგრამ ეს შედეგზე გავლენას ვერ მოახდენს."),
 "hy": ("Կենտրոնական ընտրական հանձնաժողովի տվյալներով՝ մասնակցությունը կազմել է 49 տոկոս, որը նախորդ ընտրությունների "
        "ցուցանիշից բարձր է։ Ընդդիմադիր կուսակցությունները հայտարարել են, որ չեն ընդունում արդյունքները և արդեն "
        "պահանջում են վերահաշվարկ։ Հանձնաժողովի նախագահը նշել է, որ բոլոր բողոքները կքննարկվեն, եթե դրանք ներկայացվեն "
        "օրենքով սահմանված ժամկետում։ Դիտորդների մասին տեղեկությունների համաձայն՝ մի քանի տեղամասում խախտումներ են "
        "գրանցվել, բայց դա չի ազդի արդյունքի վրա, և նրանք նույնպես պետք է ներկայացնեն իրենց զեկույցը։"),
 "az": ("Mərkəzi Seçki Komissiyasının məlumatına görə, seçkilərdə iştirak 58 faiz təşkil edib və bu, ötən seçkilərdən "
        "çoxdur. Müxalifət partiyaları bildirib ki, nəticələri tanımırlar və artıq səslərin yenidən sayılmasını tələb "
        "edirlər. Komissiyanın sədri qeyd edib ki, bütün şikayətlər qanunla müəyyən edilən müddətdə təqdim olunarsa, "
        "baxılacaq. Müşahidəçilərin yaydığı məlumata görə, bir neçə məntəqədə pozuntular qeydə alınıb, lakin bu, "
        "nəticəyə təsir etməyəcək. Həmçinin komissiya tərəfindən yeni qaydalar da açıqlanıb."),
 "kk": ("Орталық сайлау комиссиясының мәліметінше, сайлауға қатысу 58 пайызды құрады және бұл өткен сайлаудан көп. "
        "Оппозициялық партиялар нәтижелерді мойындамайтынын айтып, дауыстарды қайта санауды талап етуде. Комиссия "
        "төрағасы барлық шағымдар заңда белгіленген мерзімде берілсе, қаралатынын атап өтті. Бақылаушылардың айтуынша, "
        "бірнеше учаскеде бұзушылықтар тіркелген, бірақ бұл нәтижеге әсер етпейді. Сондай-ақ комиссия осы туралы "
        "жаңа ереже жариялады, ол келесі жылы күшіне енеді деп күтілуде."),
 "uz": ("Markaziy saylov komissiyasi ma’lumotiga ko‘ra, saylovda ishtirok 58 foizni tashkil etdi va bu o‘tgan "
        "saylovlardan ko‘p. Muxolifat partiyalari natijalarni tan olmasligini aytib, ovozlarni qayta sanashni talab "
        "qilmoqda. Komissiya raisi barcha shikoyatlar qonunda belgilangan muddatda berilsa, ko‘rib chiqilishini ma’lum "
        "qildi. Kuzatuvchilar bilan bog‘liq xabarlarga ko‘ra, bir nechta uchastkada qoidabuzarliklar qayd etilgan, "
        "ammo bu natijaga ta’sir qilmaydi. Shuningdek, komissiya ushbu masala bo‘yicha yangi qoidalar haqida ham "
        "ma’lumot berdi va ular keyin kuchga kiradi."),
 "sq": ("Sipas Komisionit Qendror të Zgjedhjeve, pjesëmarrja në zgjedhje ishte 58 për qind, që është më shumë se "
        "në zgjedhjet e kaluara. Partitë e opozitës kanë deklaruar se nuk i njohin rezultatet dhe kërkojnë rinumërimin "
        "e votave. Kryetari i komisionit tha se të gjitha ankesat do të shqyrtohen, nëse ato paraqiten brenda afatit "
        "ligjor. Sipas vëzhguesve, në disa qendra votimi janë regjistruar shkelje, por kjo nuk do të ndikojë në "
        "rezultat. Ai shtoi se gjatë ditës nuk ka pasur incidente të rënda dhe se ajo që ka ndodhur është normale."),
 "mk": ("Според Државната изборна комисија, излезноста на изборите изнесува 58 отсто, што е повеќе од минатите "
        "избори. Опозициските партии изјавија дека не ги признаваат резултатите и веќе бараат повторно броење на "
        "гласовите. Претседателот на комисијата рече дека сите жалби ќе бидат разгледани, доколку се поднесат во "
        "законскиот рок. Според набљудувачите, на неколку избирачки места биле регистрирани нерегуларности, но тоа "
        "нема да влијае на резултатот. Тој додаде дека во текот на денот немало сериозни инциденти и дека тие "
        "работат со полна сила."),
 "be": ("Паводле Цэнтральнай выбарчай камісіі, яўка на выбарах склала 58 працэнтаў, што больш, чым на мінулых "
        "выбарах. Апазіцыйныя партыі заявілі, што не прызнаюць вынікі і ўжо патрабуюць пералічыць галасы. "
        "Старшыня камісіі сказаў, што ўсе скаргі будуць разгледжаныя, калі яны паступяць у тэрмін, вызначаны "
        "законам. Паводле назіральнікаў, на некалькіх участках былі зафіксаваныя парушэнні, але гэта не паўплывае "
        "на вынік. Ён таксама дадаў, што сёння ніякіх сур'ёзных здарэнняў не было і што камісія працуе ў звычайным рэжыме."),
 "eu": ("Hauteskunde Batzorde Nagusiaren arabera, parte-hartzea ehuneko 58koa izan da, eta hori aurreko hauteskundeetan "
        "baino gehiago da. Oposizioko alderdiek adierazi dute ez dituztela emaitzak onartzen eta botoak berriro zenbatzea "
        "eskatzen dutela. Batzordeko presidenteak esan du kexa guztiak aztertuko direla, legeak ezarritako epean "
        "aurkezten badira. Behatzaileen arabera, hainbat hauteslekutan irregulartasunak izan dira, baina horrek ez du "
        "emaitza aldatuko. Gainera, eguna lasai joan dela eta ez dela gorabehera larririk egon esan du."),
 "gl": ("Segundo a Xunta Electoral, a participación nas eleccións foi do 58 por cento, máis ca nas eleccións "
        "anteriores. Os partidos da oposición dixeron que non recoñecen os resultados e xa esixen unha nova "
        "reconta dos votos. O presidente da xunta dixo que todas as queixas serán estudadas, sempre que se "
        "presenten no prazo legal. Segundo os observadores, en varias mesas houbo irregularidades, pero iso non "
        "cambiará o resultado. Ademais, engadiu que a xornada foi tranquila e que non houbo incidentes graves, "
        "aínda que algúns colexios abriron tarde polo mal tempo."),
 "cy": ("Yn ôl y Comisiwn Etholiadol, roedd y nifer a bleidleisiodd yn 58 y cant, sydd yn uwch nag yn yr etholiad "
        "diwethaf. Mae'r pleidiau gwrthblaid wedi dweud nad ydyn nhw'n derbyn y canlyniadau ac maen nhw eisoes yn "
        "galw am ailgyfrif. Dywedodd cadeirydd y comisiwn y byddai pob cwyn yn cael ei hystyried, os yw hi wedi ei "
        "chyflwyno o fewn yr amser a nodir yn y gyfraith. Yn ôl arsylwyr, roedd rhai problemau mewn sawl gorsaf "
        "bleidleisio, ond ni fydd hynny yn newid y canlyniad. Ychwanegodd hefyd fod y diwrnod wedi bod yn dawel iawn."),
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_declared_language_is_kept(code):
    page = html.fromstring(f"<html lang='{code}'><head></head><body><p>x</p></body></html>")
    assert page_language(page, text=" ".join([TEXTS[code]] * 3)) == code


@pytest.mark.parametrize("code", sorted(set(TEXTS) - {"gl"}))
def test_the_guess_reads_each_language(code):
    assert guess_language(" ".join([TEXTS[code]] * 3)) == code


def test_galician_is_no_portuguese_guess():
    # Galician shares most function words with Portuguese: undeclared, it gets no guess, never "pt"
    assert guess_language(" ".join([TEXTS["gl"]] * 3)) in ("gl", None)


@pytest.mark.parametrize("code, text", [
    ("ka", "ჩვენ ვიყენებთ ქუქი-ფაილებს, რათა გაგიუმჯობესოთ საიტით სარგებლობის გამოცდილება."),
    ("hy", "Կայքն օգտագործում է քուքիներ՝ ձեր փորձառությունը բարելավելու համար։"),
    ("mk", "Оваа веб-страница користи колачиња за подобро корисничко искуство."),
    ("cy", "Rydym yn defnyddio cwcis i wella eich profiad ar ein gwefan."),
])
def test_a_banner_sentence_naming_cookies_goes(code, text):
    assert rule_in(code, text) == "chrome.cookies"


def test_near_miss_cookie_words_in_prose_stay():
    assert rule_in("mk", "Колачињата од пекарата ги купуваат сите во селото, рече сопственикот.") is None
