"""The phrase packs of Persian, Urdu, Hindi, Bengali, Malay, Swahili and Filipino: each removes its
language's interface lines and keeps a body sentence that opens with the same words (the near
miss); their labels, credit labels, byline words and stamps; the words that call a page live
(a title in the language turns a page of clock-stamped posts into a live blog, and the same word
in an article's title in another sense does not); and the language codes and function-word guess
of pages in these languages (Malay told from Indonesian)."""
import pytest

from newsclean import parse
from newsclean.language import base_code, guess_language, page_language
from newsclean.live_phrases import title_says_live, url_says_live
from newsclean.rules.packs import byline_leads
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line as that language's templates print it, the rule, a prose near miss)
CASES = [
    ("fa", "بیشتر بخوانید: پزشکیان رئیس جمهور شد", "chrome.more-links",
     "بیشتر بخوانید که چرا این طرح شکست خورد و دولت چه گفت."),
    ("fa", "اشتراک‌گذاری", "chrome.share", "اشتراک‌گذاری اطلاعات با نهادهای دیگر ممنوع است."),
    ("fa", "پربیننده‌ترین", "chrome.related-heading", "پربیننده‌ترین برنامه تلویزیون امسال یک سریال طنز بود."),
    ("fa", "تمامی حقوق محفوظ است", "chrome.copyright", "او گفت تمامی حقوق کارگران باید پرداخت شود."),
    ("ur", "یہ بھی پڑھیں: عمران خان کی درخواست مسترد", "chrome.more-links",
     "یہ بھی پڑھیں کہ عدالت نے کیا فیصلہ دیا اور کیوں۔"),
    ("ur", "شیئر کریں", "chrome.share", "شیئر کریں گے تو سب کو فائدہ ہوگا، وزیر نے کہا۔"),
    ("ur", "اشتہار", "chrome.advert", "اشتہار میں اداکار نے اپنی نئی فلم کا ذکر کیا۔"),
    ("hi", "ये भी पढ़ें: चुनाव नतीजों पर क्या बोले राहुल गांधी", "chrome.more-links",
     "ये भी पढ़ें कि आयोग ने क्या कहा और क्यों।"),
    ("hi", "विज्ञापन", "chrome.advert", "विज्ञापन पर सरकार ने 500 करोड़ रुपये खर्च किए।"),
    ("hi", "सबसे ज़्यादा पढ़ी गईं", "chrome.related-heading", "सबसे ज़्यादा पढ़ी गईं किताबों में यह उपन्यास भी है।"),
    ("bn", "আরও পড়ুন: নির্বাচনে আওয়ামী লীগের জয়", "chrome.more-links",
     "আরও পড়ুন বলে শিক্ষক ছাত্রদের উৎসাহ দিলেন।"),
    ("bn", "সর্বাধিক পঠিত", "chrome.related-heading", "সর্বাধিক পঠিত বইয়ের তালিকায় এবার নতুন নাম এসেছে।"),
    ("bn", "শেয়ার করুন", "chrome.share", "শেয়ার করুন বললেই সবাই খবরটি ছড়িয়ে দেয় না।"),
    ("ms", "Kongsi di WhatsApp", "chrome.share", "Kongsi di WhatsApp tidak dibenarkan bagi dokumen sulit, kata menteri."),
    ("ms", "Berita Berkaitan", "chrome.more-links", "Berita berkaitan banjir itu disiarkan sepanjang hari."),
    ("ms", "Iklan", "chrome.advert", "Iklan itu disiarkan di televisyen selama seminggu."),
    ("sw", "Soma pia: Mvua kubwa yaua watu watano", "chrome.more-links",
     "Soma pia taarifa ya serikali iliyotolewa jana."),
    ("sw", "Zilizosomwa zaidi", "chrome.related-heading", "Zilizosomwa zaidi ni riwaya za waandishi wa Kenya."),
    ("sw", "Tangazo", "chrome.advert", "Tangazo hilo lilitolewa na wizara ya afya jana."),
    ("tl", "BASAHIN: Marcos, nanawagan ng pagkakaisa", "chrome.more-links",
     "Basahin ang buong pahayag ng Comelec sa kanilang website."),
    ("tl", "Ibahagi", "chrome.share", "Ibahagi ang pagkain sa mga nasalanta, sabi ng alkalde."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


@pytest.mark.parametrize("language, label", [
    ("fa", "فوری"), ("ur", "بریکنگ نیوز"), ("hi", "ब्रेकिंग न्यूज़"), ("bn", "ব্রেকিং"), ("ms", "Terkini"),
    ("sw", "Uchambuzi"), ("tl", "Eksklusibo"),
])
def test_label_words(language, label):
    assert rules_for(None, language).is_label(label)
    assert not rules_for(None, language).is_label(f"{label} 2024 – the words open a sentence here")


@pytest.mark.parametrize("language, line, label, credit", [
    ("fa", "عکس: رویترز", "عکس:", "رویترز"),
    ("ur", "فوٹو: جیو نیوز", "فوٹو:", "جیو نیوز"),
    ("hi", "फोटो: PTI", "फोटो:", "PTI"),
    ("bn", "ছবি: প্রথম আলো", "ছবি:", "প্রথম আলো"),
    ("sw", "Picha: Ruth Atieno", "Picha:", "Ruth Atieno"),
    ("tl", "Larawan: Juan dela Cruz", "Larawan:", "Juan dela Cruz"),
])
def test_credit_labels(language, line, label, credit):
    rules = rules_for(None, language)
    assert rules.credit(line) == (label, credit)


@pytest.mark.parametrize("language, prose", [
    ("fa", "عکس‌های منتشرشده نشان می‌دهد که خیابان‌ها خلوت بود."),
    ("sw", "Picha hizo zilipigwa jana jioni katika uwanja wa Kasarani."),
    ("hi", "फोटोग्राफर ने बताया कि भीड़ बहुत ज्यादा थी।"),
])
def test_near_miss_a_sentence_opening_with_a_credit_word(language, prose):
    assert rules_for(None, language).credit(prose) is None


def test_stamps_of_the_packs():
    assert rules_for(None, "bn").stamp("প্রকাশ: ০৭ জানুয়ারি ২০২৪, ২১:১৫") == ("published", "০৭ জানুয়ারি ২০২৪, ২১:১৫")
    assert rules_for(None, "hi").stamp("अपडेटेड: 04 जून 2024, 7:45 PM IST") == ("updated", "04 जून 2024, 7:45 PM IST")
    assert rules_for(None, "ms").stamp("Dikemas kini 19 Nov 2022 11:45pm") == ("updated", "19 Nov 2022 11:45pm")
    # near miss: the word in a sentence, with no date after it
    assert rules_for(None, "ms").stamp("Dikemas kini peraturan itu oleh kementerian.") is None


def test_byline_words_of_the_page_language_only_when_short():
    assert "oleh" in byline_leads("ms")
    assert "na" in byline_leads("sw") and "ni" in byline_leads("tl")
    # near miss: one short word of another language opens a name or a sentence there
    assert "na" not in byline_leads("pl") and "ni" not in byline_leads("en")


@pytest.mark.parametrize("title", [
    "پوشش زنده دور دوم انتخابات ریاست جمهوری؛ پزشکیان پیروز شد",
    "زنده | شمارش آرا در تهران",
    "لائیو: عام انتخابات 2024",
    "लोकसभा चुनाव नतीजे लाइव: NDA आगे",
    "সরাসরি: ভোট গণনা চলছে",
    "MUBASHARA: Uchaguzi Kenya 2022",
    "Halalan 2025: LIVE updates",
])
def test_titles_that_call_the_page_live(title):
    assert title_says_live(title)


@pytest.mark.parametrize("title", [
    "نجات سه کودک زنده از زیر آوار",                     # "alive"
    "Rais azungumza moja kwa moja na wananchi",          # "directly"
    "Kerajaan akan campur tangan secara langsung dalam isu itu",
    "ওরা সরাসরি কথা বলেছে নেতাদের সঙ্গে",                  # "directly"
    "लाइव कॉन्सर्ट में पहुंचे हजारों लोग",                    # a live concert, no live page
])
def test_near_miss_the_live_word_in_another_sense(title):
    assert not title_says_live(title)


def test_live_slugs():
    assert url_says_live("https://example.co.ke/habari/mubashara/2022-08-09")
    assert url_says_live("https://example.com/news/2024/matangazo-ya-moja-kwa-moja-uchaguzi")
    assert not url_says_live("https://example.com/news/moja-kwa-moja-kutoka-ikulu")


POSTS = {
    "fa": ["شمارش آرا در حوزه‌های تهران ادامه دارد و نتایج اولیه تا ساعتی دیگر اعلام می‌شود.",
           "ستاد انتخابات اعلام کرد که مشارکت در دور دوم از دور نخست بیشتر بوده است.",
           "صف‌های رای‌دهندگان در چند شهر بزرگ تا پاسی از شب ادامه داشت و زمان تمدید شد.",
           "حوزه‌های رای‌گیری در سراسر کشور از ساعت هشت صبح باز شده‌اند و مردم در صف هستند."],
    "hi": ["चुनाव आयोग के रुझानों के मुताबिक सत्तारूढ़ गठबंधन बहुमत के आंकड़े के करीब पहुंच गया है।",
           "विपक्षी नेताओं ने प्रेस कॉन्फ्रेंस में कहा कि नतीजे उनकी उम्मीद से बेहतर रहे हैं।",
           "राजधानी के मतगणना केंद्र पर सुरक्षा के कड़े इंतजाम किए गए हैं और भीड़ जमा है।",
           "सुबह आठ बजे से देशभर के मतगणना केंद्रों पर वोटों की गिनती शुरू हो गई है।"],
    "sw": ["Tume ya uchaguzi imetangaza matokeo ya awali kutoka vituo vingi vya kupigia kura nchini.",
           "Wagombea wakuu wamewasili katika ukumbi wa kujumlisha kura jijini Nairobi leo jioni.",
           "Idadi ya wapiga kura waliojitokeza imefika asilimia sitini kufikia saa sita mchana.",
           "Vituo vya kupigia kura vimefunguliwa mapema asubuhi na foleni ndefu zimeonekana."],
}
TITLES = {  # (a title calling the page live, the same page's title in an article's words)
    "fa": ("زنده: شمارش آرای دور دوم انتخابات", "نجات سه کودک زنده از زیر آوار در شمال کشور"),
    "hi": ("चुनाव नतीजे लाइव: मतगणना जारी", "लाइव कॉन्सर्ट में पहुंचे हजारों लोग"),
    "sw": ("Mubashara: Matokeo ya uchaguzi mkuu", "Rais azungumza moja kwa moja na wananchi"),
}


def _page(language, title):
    # (the clocks out of order, as under a pinned post: entries each led by a clock in time order
    # are a wire feed whatever the title says (``feed_leads``), and the title would decide nothing)
    clocks = ("21:40", "08:00", "19:15", "16:30")
    posts = "".join(f'<div class="entry"><span class="t">{c}</span><p>{text}</p></div>'
                    for c, text in zip(clocks, POSTS[language]))
    return (f'<html lang="{language}"><head><title>{title}</title></head><body><h1>{title}</h1>'
            f'<div class="feed">{posts}</div></body></html>')


@pytest.mark.parametrize("language", sorted(TITLES))
def test_a_title_that_says_live_makes_clock_stamped_entries_a_live_blog(language):
    live, other = TITLES[language]
    doc = parse(_page(language, live), format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    # near miss: the same entries under an article's title (the word in another sense) stay one story
    doc = parse(_page(language, other), format="html")
    assert doc.kind == "article" and len(doc.posts) == 1


@pytest.mark.parametrize("value, code", [
    ("fil", "tl"), ("fil-PH", "tl"), ("tl-PH", "tl"), ("tgl", "tl"), ("fas", "fa"), ("per", "fa"),
    ("urd", "ur"), ("hin", "hi"), ("ben", "bn"), ("msa", "ms"), ("zsm", "ms"), ("swa", "sw"),
    ("ms-MY", "ms"), ("sw-KE", "sw"), ("fa-IR", "fa"),
])
def test_language_codes(value, code):
    assert base_code(value) == code


PARAGRAPHS = {
    "fa": "سخنگوی دولت روز دوشنبه گفت که جاده تا پایان تعمیرات بسته خواهد ماند و ساکنانی که از خانه‌های خود "
          "تخلیه شده‌اند می‌توانند در آخر هفته بازگردند. او افزود این تصمیم برای حفظ امنیت مردم گرفته شده است.",
    "ur": "شہری انتظامیہ نے پیر کو بتایا کہ سڑک مرمت مکمل ہونے تک بند رہے گی اور جن رہائشیوں کو ان کے گھروں سے "
          "نکالا گیا تھا وہ ہفتے کے آخر تک واپس جا سکیں گے۔ ترجمان نے کہا کہ یہ فیصلہ عوام کی حفاظت کے لیے کیا گیا ہے۔",
    "hi": "नगर निगम ने सोमवार को बताया कि मरम्मत पूरी होने तक सड़क बंद रहेगी और जिन निवासियों को उनके घरों से "
          "निकाला गया था वे सप्ताहांत तक लौट सकेंगे। प्रवक्ता ने कहा कि यह फैसला लोगों की सुरक्षा के लिए किया गया है।",
    "bn": "সিটি করপোরেশন সোমবার জানিয়েছে যে মেরামত শেষ না হওয়া পর্যন্ত সড়কটি বন্ধ থাকবে এবং যে বাসিন্দাদের "
          "বাড়ি থেকে সরিয়ে নেওয়া হয়েছিল তারা সপ্তাহের শেষে ফিরতে পারবেন। তিনি বলেন, এই সিদ্ধান্ত মানুষের "
          "নিরাপত্তার জন্য নেওয়া হয়েছে এবং কাজ দ্রুত শেষ করা হবে।",
    "sw": "Serikali ya kaunti ilisema Jumatatu kwamba barabara hiyo itafungwa hadi ukarabati ukamilike, na wakazi "
          "ambao walihamishwa kutoka kwa nyumba zao wataweza kurudi mwishoni mwa wiki. Msemaji wa kaunti alisema "
          "kwamba uamuzi huo ulifanywa kwa ajili ya usalama wa wananchi.",
    "tl": "Sinabi ng pamahalaang lungsod noong Lunes na mananatiling sarado ang kalsada hanggang matapos ang "
          "pagkukumpuni, at ang mga residenteng inilikas mula sa kanilang mga bahay ay makababalik sa katapusan "
          "ng linggo. Ayon sa tagapagsalita, ito ay para sa kaligtasan ng mga mamamayan.",
    "ms": "Kerajaan negeri berkata pada hari Isnin bahawa jalan itu akan ditutup sehingga kerja pembaikan selesai, "
          "dan penduduk yang telah dipindahkan boleh pulang ke rumah mereka selepas hujung minggu. Jurucakap itu "
          "berkata keputusan tersebut dibuat kerana keselamatan orang ramai.",
    "id": "Pemerintah kota mengatakan pada hari Senin bahwa jalan tersebut akan tetap ditutup sampai perbaikan "
          "selesai, dan warga yang sudah dievakuasi bisa kembali ke rumah mereka pada akhir pekan, kata juru bicara.",
}


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_function_word_guess(code):
    assert guess_language(" ".join([PARAGRAPHS[code]] * 3)) == code


def test_near_miss_an_english_page_quoting_filipino_stays_english():
    text = ("The Commission on Elections said 90 percent of the returns had been transmitted by midnight. "
            "“Mabilis ang transmission ngayon kumpara noong 2022,” the chairman told reporters, and he said "
            "that the count would be finished by the morning and that the results were in line with the surveys. ") * 3
    assert guess_language(text) == "en"


def test_near_miss_malay_words_never_overrule_a_declared_indonesian_page():
    from newsclean import html_front

    tree = html_front.parse_tree(f'<html lang="id"><body><p>{PARAGRAPHS["ms"]}</p></body></html>')
    assert page_language(tree, text=" ".join([PARAGRAPHS["ms"]] * 3)) == "id"
