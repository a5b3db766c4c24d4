"""The phrase packs of Tamil, Telugu, Marathi, Malayalam, Nepali, Sinhala, Punjabi, Gujarati,
Kannada, Khmer, Burmese, Amharic, Mongolian, Afrikaans and Irish: each removes its language's
interface lines and keeps a body sentence that opens with the same words (the near miss); its
labels and credit labels are read; its live words make a title say live (near misses: the words
in another sense); the language is told from the page's declaration, its script (Tamil, Telugu,
Malayalam, Sinhala, Gurmukhi, Gujarati, Kannada, Khmer, Myanmar, Ethiopic) or its function words
(Marathi and Nepali beside Hindi in Devanagari, Mongolian, Afrikaans beside Dutch, Irish)."""
import pytest
from lxml import html

import newsclean
from newsclean.language import base_code, guess_language, page_language
from newsclean.live_phrases import title_says_live
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line as that language's templates print it, the rule, a prose near miss)
CASES = [
    ("ta", "இதையும் படிக்க: தேர்தல் முடிவுகள் இன்று வெளியாகும்", "chrome.more-links",
     "இதையும் படிக்க வேண்டும் என்று அமைச்சர் மாணவர்களிடம் கூறினார்."),
    ("ta", "பகிர்", "chrome.share", "பகிர் என்ற சொல் பலருக்கு தெரியவில்லை என்று ஆசிரியர் கூறினார்."),
    ("ta", "விளம்பரம்", "chrome.advert", "விளம்பரம் தொடர்பான புதிய விதிகளை அரசு அறிவித்தது."),
    ("te", "ఇది కూడా చదవండి: ఎన్నికల ఫలితాలు", "chrome.more-links",
     "ఇది కూడా చదవండి అని మంత్రి విద్యార్థులకు సూచించారు."),
    ("te", "షేర్ చేయండి", "chrome.share", "షేర్ చేయండి అని ఆయన అభిమానులను కోరారు, కానీ ఎవరూ స్పందించలేదు."),
    ("mr", "हेही वाचा: निवडणुकीचा निकाल आज", "chrome.more-links", "हेही वाचा असे मंत्र्यांनी विद्यार्थ्यांना सांगितले."),
    ("mr", "जाहिरात", "chrome.advert", "जाहिरात क्षेत्रातील नव्या नियमांची घोषणा सरकारने केली आहे."),
    ("mr", "सर्व हक्क राखीव", "chrome.copyright", "सर्व हक्क राखीव ठेवण्याचा निर्णय न्यायालयाने दिला आहे असे वकिलांनी आज पत्रकार परिषदेत सविस्तरपणे सांगितले आणि पुढील सुनावणी लवकरच होईल."),
    ("ne", "यो पनि पढ्नुहोस्", "chrome.more-links", "यो पनि पढ्नुहोस् भनेर शिक्षकले विद्यार्थीलाई भने।"),
    ("ne", "सेयर गर्नुहोस्", "chrome.share", "सेयर गर्नुहोस् भन्ने अनुरोध गर्दै उनले समर्थकलाई पत्र लेखे।"),
    ("ml", "ഇതും വായിക്കുക: തിരഞ്ഞെടുപ്പ് ഫലം ഇന്ന്", "chrome.more-links",
     "ഇതും വായിക്കുക എന്ന് മന്ത്രി വിദ്യാർഥികളോട് പറഞ്ഞു."),
    ("ml", "പരസ്യം", "chrome.advert", "പരസ്യം സംബന്ധിച്ച പുതിയ നിയമം സർക്കാർ പ്രഖ്യാപിച്ചു."),
    ("si", "සියලුම හිමිකම් ඇවිරිණි", "chrome.copyright",
     "සියලුම හිමිකම් ඇවිරිණි යන වාක්‍යය ගැන අධිකරණය දීර්ඝ ලෙස සාකච්ඡා කළ බව නීතිඥයා පැවසීය."),
    ("si", "බෙදාගන්න", "chrome.share", "බෙදාගන්න ආහාර නොමැති බව ගම්වාසීන් පැවසීය."),
    ("pa", "ਇਹ ਵੀ ਪੜ੍ਹੋ: ਚੋਣ ਨਤੀਜੇ ਅੱਜ", "chrome.more-links", "ਇਹ ਵੀ ਪੜ੍ਹੋ ਕਿ ਮੰਤਰੀ ਨੇ ਵਿਦਿਆਰਥੀਆਂ ਨੂੰ ਕੀ ਕਿਹਾ।"),
    ("pa", "ਸ਼ੇਅਰ ਕਰੋ", "chrome.share", "ਸ਼ੇਅਰ ਕਰੋ ਅਤੇ ਵੱਧ ਤੋਂ ਵੱਧ ਲੋਕਾਂ ਤੱਕ ਪਹੁੰਚਾਓ, ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਅਪੀਲ ਕੀਤੀ।"),
    ("gu", "આ પણ વાંચો: ચૂંટણીનું પરિણામ", "chrome.more-links", "આ પણ વાંચો એમ મંત્રીએ વિદ્યાર્થીઓને કહ્યું."),
    ("gu", "જાહેરાત", "chrome.advert", "જાહેરાત કરતાં મુખ્યમંત્રીએ કહ્યું કે યોજના આવતા મહિને શરૂ થશે."),
    ("kn", "ಇದನ್ನೂ ಓದಿ: ಚುನಾವಣಾ ಫಲಿತಾಂಶ", "chrome.more-links", "ಇದನ್ನೂ ಓದಿ ಎಂದು ಸಚಿವರು ವಿದ್ಯಾರ್ಥಿಗಳಿಗೆ ಸಲಹೆ ನೀಡಿದರು."),
    ("kn", "ಜಾಹೀರಾತು", "chrome.advert", "ಜಾಹೀರಾತು ನೀತಿಗೆ ಸರ್ಕಾರ ತಿದ್ದುಪಡಿ ತಂದಿದೆ."),
    ("km", "ចែករំលែក", "chrome.share", "ចែករំលែកអាហារដល់អ្នកភូមិ គឺជាគោលដៅរបស់អង្គការ។"),
    ("km", "អានផងដែរ", "chrome.more-links", "អានផងដែរនូវសៀវភៅថ្មីៗ នេះជាការណែនាំរបស់លោកគ្រូ។"),
    ("my", "ကြော်ငြာ", "chrome.advert", "ကြော်ငြာ ဥပဒေသစ်ကို အစိုးရက ထုတ်ပြန်ခဲ့သည်။"),
    ("am", "ተጨማሪ ያንብቡ", "chrome.more-links", "ተጨማሪ ያንብቡ ብለው ሚኒስትሩ ተማሪዎችን መከሩ።"),
    ("am", "ማስታወቂያ", "chrome.advert", "ማስታወቂያ ላይ አዲስ ህግ መውጣቱን መንግስት አስታወቀ።"),
    ("mn", "Дэлгэрэнгүй", "chrome.more-links", "Дэлгэрэнгүй мэдээллийг яам дараа өгөх юм байна."),
    ("mn", "Хуваалцах", "chrome.share", "Хуваалцах соёлыг хөгжүүлэх тухай сайд ярьжээ."),
    ("af", "Lees ook: Uitslae van die verkiesing", "chrome.more-links", "Lees ook die fynskrif voor jy teken, sê die prokureur."),
    ("af", "Deel", "chrome.share", "Deel van die pad sal more gesluit wees, sê die munisipaliteit."),
    ("af", "Alle regte voorbehou", "chrome.copyright", "Die hof het bevind dat alle regte voorbehou is vir die boere."),
    ("ga", "Léigh freisin: Torthaí an toghcháin", "chrome.more-links", "Léigh freisin an cló beag sula síníonn tú, a dúirt an dlíodóir."),
    ("ga", "Roinn", "chrome.share", "Roinn Oideachais a d'fhógair an plean nua inné."),
    ("ga", "Gach ceart ar cosaint", "chrome.copyright",
     "Dúirt an t-aire go bhfuil gach ceart ar cosaint ag na feirmeoirí faoin dlí nua, agus nach n-athrófar é."),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


@pytest.mark.parametrize("language, word, other", [
    # a short word of one pack is no chrome on a page of another language
    ("af", "Deel", "en"), ("af", "Meer", "en"), ("ga", "Glac", "en"), ("mn", "Хайх", "ru"),
])
def test_near_miss_a_short_word_applies_on_its_own_language_only(language, word, other):
    assert rule_in(language, word) is not None
    assert rule_in(other, word) is None


@pytest.mark.parametrize("language, label", [
    ("ta", "பிரேக்கிங்"), ("te", "బ్రేకింగ్"), ("mr", "ब्रेकिंग"), ("ne", "ब्रेकिङ"), ("ml", "ബ്രേക്കിങ്"),
    ("si", "උණුසුම් පුවත්"), ("pa", "ਬ੍ਰੇਕਿੰਗ"), ("gu", "બ્રેકિંગ"), ("kn", "ಬ್ರೇಕಿಂಗ್"), ("km", "ព័ត៌មានបន្ទាន់"),
    ("my", "သတင်းထူး"), ("am", "ሰበር ዜና"), ("mn", "Шуурхай"), ("af", "Breeknuus"), ("ga", "Nuacht bhriste"),
])
def test_label_words(language, label):
    assert rules_for(None, language).is_label(label)
    assert not rules_for(None, language).is_label(f"{label} 2024: the words open a sentence")


@pytest.mark.parametrize("language, text, prefix, credit", [
    ("ta", "படம்: பிடிஐ", "படம்:", "பிடிஐ"),
    ("mr", "छायाचित्र: पीटीआय", "छायाचित्र:", "पीटीआय"),
    ("ne", "तस्बिर: रासस", "तस्बिर:", "रासस"),
    ("am", "ፎቶ: ኢዜአ", "ፎቶ:", "ኢዜአ"),
    ("af", "Foto: Jan Botha", "Foto:", "Jan Botha"),
    ("ga", "Grianghraf: Seán Ó Murchú", "Grianghraf:", "Seán Ó Murchú"),
])
def test_credit_labels(language, text, prefix, credit):
    assert rules_for(None, language).credit(text) == (prefix, credit)


def test_near_miss_a_credit_word_opening_a_sentence():
    assert rules_for(None, "ga").credit("Grianghrafadóirí a bhí i láthair ag an ócáid inné.") is None


@pytest.mark.parametrize("title, live", [
    ("தேர்தல் முடிவுகள் 2024 நேரலை: திமுக முன்னிலை", True),
    ("LIVE | ఎన్నికల ఫలితాలు: లైవ్ అప్‌డేట్స్", True),
    ("विधानसभा निकाल लाइव्ह अपडेट्स", True),
    ("निर्वाचन प्रत्यक्ष प्रसारण", True),
    ("തിരഞ്ഞെടുപ്പ് ഫലം തത്സമയം: എൽഡിഎഫ് മുന്നിൽ", True),
    ("මැතිවරණ ප්‍රතිඵල - සජීවී", True),
    ("ਚੋਣ ਨਤੀਜੇ ਲਾਈਵ ਅਪਡੇਟ", True),
    ("ચૂંટણી પરિણામ લાઇવ અપડેટ્સ", True),
    ("ಚುನಾವಣಾ ಫಲಿತಾಂಶ ಲೈವ್ ಅಪ್‌ಡೇಟ್ಸ್", True),
    ("Сонгуулийн дүн: шууд дамжуулалт", True),
    ("Verkiesing 2024: Regstreeks", True),
    ("BEO | Toghchán 2024", True),
    ("የቀጥታ ስርጭት ምርጫ 2024", True),
    # near misses: the same words in another sense, inside a sentence
    ("मुख्यमंत्र्यांनी थेट शेतकऱ्यांशी संवाद साधला", False),
    ("Сайд шууд утсаар ярьжээ", False),
    ("Tá an t-iasc beo fós san abhainn", False),
    ("Regstreekse vlugte na Londen begin weer", False),
])
def test_live_words_in_titles(title, live):
    assert title_says_live(title) is live


def _page(title: str, lang: str, posts: list[tuple[str, str, str]]) -> str:
    items = "".join(f"<h3><time>{clock}</time> {head}</h3><p>{text}</p>" for clock, head, text in posts)
    return (f'<html lang="{lang}"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="2024-06-04T07:00:00+05:30"></head><body>'
            f'<article><h1>{title}</h1><div class="text">{items}</div></article></body></html>')


TA_POSTS = [
    ("21:40", "திமுக கூட்டணி முன்னிலை", "வாக்கு எண்ணிக்கையின் படி திமுக கூட்டணி அனைத்து தொகுதிகளிலும் முன்னிலை வகிக்கிறது."),
    ("18:00", "இறுதி முடிவுகள் விரைவில்", "இறுதி முடிவுகள் இன்று இரவு வெளியிடப்படும் என்று தேர்தல் ஆணையம் தெரிவித்தது."),
    ("12:00", "வாக்கு எண்ணிக்கை தொடர்கிறது", "மாநிலம் முழுவதும் உள்ள மையங்களில் வாக்கு எண்ணிக்கை தொடர்ந்து நடைபெறுகிறது."),
    ("08:00", "வாக்கு எண்ணிக்கை தொடங்கியது", "காலை எட்டு மணிக்கு தபால் வாக்குகள் எண்ணும் பணி தொடங்கியது."),
]


def test_a_page_titled_live_with_clock_led_headings_is_a_live_blog():
    doc = newsclean.parse(_page("தேர்தல் முடிவுகள் 2024 நேரலை: திமுக முன்னிலை", "ta", TA_POSTS), format="html")
    assert doc.kind == "liveblog"
    assert [p.published[-5:] for p in doc.posts] == [clock for clock, _, _ in TA_POSTS]
    # near miss: the same page, titled as an article, stays one
    doc = newsclean.parse(_page("தேர்தல் முடிவுகள் 2024: திமுக முன்னிலை", "ta", TA_POSTS), format="html")
    assert doc.kind == "article" and len(doc.posts) == 1


@pytest.mark.parametrize("text, stamp, headline", [
    ("21:40 திமுக கூட்டணி முன்னிலை", "21:40", "திமுக கூட்டணி முன்னிலை"),
    ("21:40 डीएमके गठबंधन आगे", "21:40", "डीएमके गठबंधन आगे"),
    # near misses: a short word after the clock is still read as its unit
    ("7:12 am: Dow futures surge", "7:12 am:", "Dow futures surge"),
    ("22:40 ч. Първи резултати", "22:40 ч.", "Първи резултати"),
])
def test_a_clock_led_heading_in_an_abugida_keeps_its_first_letter(text, stamp, headline):
    from newsclean.feed_runs import split_clock_heading

    assert split_clock_heading(text) == (stamp, headline)


def test_three_letter_codes_of_the_new_languages():
    codes = ("tam", "tel", "mar", "mal", "nep", "sin", "pan", "guj", "kan", "khm", "mya", "bur", "amh", "mon", "afr",
             "gle")
    assert [base_code(c) for c in codes] == ["ta", "te", "mr", "ml", "ne", "si", "pa", "gu", "kn", "km", "my", "my",
                                            "am", "mn", "af", "ga"]


TEXTS = {
 "ta": ("தேர்தல் ஆணையம் வெளியிட்ட தகவலின்படி, இந்த தேர்தலில் 68 சதவீதம் பேர் வாக்களித்தனர். எதிர்க்கட்சிகள் "
        "முடிவுகளை ஏற்க மறுத்துள்ளன என்று அவர் கூறினார். மேலும் அனைத்து புகார்களும் விசாரிக்கப்படும் என்று "
        "ஆணையத்தின் தலைவர் தெரிவித்தார். சில வாக்குச்சாவடிகளில் முறைகேடுகள் நடந்ததாக கூறப்படுகிறது, ஆனால் அது "
        "முடிவை மாற்றாது என்று அவர்கள் தெரிவித்தனர்."),
 "te": ("ఎన్నికల సంఘం విడుదల చేసిన సమాచారం ప్రకారం, ఈ ఎన్నికల్లో 68 శాతం మంది ఓటు వేశారు. ప్రతిపక్ష పార్టీలు "
        "ఫలితాలను అంగీకరించబోమని చెప్పారు. అన్ని ఫిర్యాదులను పరిశీలిస్తామని సంఘం అధ్యక్షుడు తెలిపారు. కొన్ని "
        "పోలింగ్ కేంద్రాల్లో అక్రమాలు జరిగాయని, అయితే అది ఫలితాన్ని మార్చదని వారు తెలిపారు."),
 "mr": ("निवडणूक आयोगाने दिलेल्या माहितीनुसार, या निवडणुकीत 68 टक्के मतदान झाले आहे. विरोधी पक्षांनी निकाल "
        "मान्य नसल्याचे सांगितले आहे आणि त्यांनी फेरमतमोजणीची मागणी केली आहे. आयोगाच्या अध्यक्षांनी सांगितले की "
        "सर्व तक्रारींची चौकशी करण्यात येईल. काही मतदान केंद्रांवर गैरप्रकार झाले, मात्र त्यामुळे निकालावर "
        "परिणाम होणार नाही, असे त्यांनी सांगितले. तसेच पुढील आठवड्यात अंतिम निकाल जाहीर होतील."),
 "ne": ("निर्वाचन आयोगका अनुसार यो निर्वाचनमा 68 प्रतिशत मतदान भएको छ। विपक्षी दलहरूले नतिजा स्वीकार नगर्ने "
        "बताएका छन् र उनीहरूले पुनः मतगणनाको माग गरेका छन्। आयोगका अध्यक्षले सबै उजुरीको छानबिन गरिने बताए। "
        "केही मतदान केन्द्रमा अनियमितता भएको पनि जानकारी आएको छ, तर त्यसले नतिजामा असर नगर्ने उनले बताए। "
        "अन्तिम नतिजा अर्को हप्तासम्म सार्वजनिक हुने अपेक्षा गरिएको छ।"),
 "ml": ("തിരഞ്ഞെടുപ്പ് കമ്മീഷൻ പുറത്തുവിട്ട കണക്കുകൾ പ്രകാരം ഈ തിരഞ്ഞെടുപ്പിൽ 68 ശതമാനം പേർ വോട്ട് ചെയ്തു. "
        "ഫലം അംഗീകരിക്കില്ലെന്ന് പ്രതിപക്ഷ പാർട്ടികൾ അറിയിച്ചു. എല്ലാ പരാതികളും പരിശോധിക്കുമെന്ന് കമ്മീഷൻ "
        "അധ്യക്ഷൻ പറഞ്ഞു. ചില ബൂത്തുകളിൽ ക്രമക്കേടുകൾ നടന്നെങ്കിലും അത് ഫലത്തെ ബാധിക്കില്ലെന്ന് അവർ വ്യക്തമാക്കി."),
 "si": ("මැතිවරණ කොමිසම නිකුත් කළ තොරතුරු අනුව මෙම මැතිවරණයේදී සියයට 68ක් ඡන්දය ප්‍රකාශ කර ඇත. විපක්ෂ "
        "පක්ෂ ප්‍රතිඵල පිළිගන්නේ නැති බව පැවසීය. සියලු පැමිණිලි ගැන සොයා බලන බව කොමිසමේ සභාපතිවරයා පවසයි. "
        "ඡන්ද මධ්‍යස්ථාන කිහිපයක අක්‍රමිකතා සිදු වූ නමුත් එය ප්‍රතිඵලයට බලපාන්නේ නැති බව ඔවුන් පැවසීය."),
 "pa": ("ਚੋਣ ਕਮਿਸ਼ਨ ਵੱਲੋਂ ਜਾਰੀ ਜਾਣਕਾਰੀ ਅਨੁਸਾਰ ਇਸ ਚੋਣ ਵਿੱਚ 68 ਫੀਸਦੀ ਲੋਕਾਂ ਨੇ ਵੋਟ ਪਾਈ ਹੈ। ਵਿਰੋਧੀ ਪਾਰਟੀਆਂ ਨੇ "
        "ਕਿਹਾ ਕਿ ਉਹ ਨਤੀਜੇ ਨਹੀਂ ਮੰਨਦੀਆਂ। ਕਮਿਸ਼ਨ ਦੇ ਮੁਖੀ ਨੇ ਕਿਹਾ ਕਿ ਸਾਰੀਆਂ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾਵੇਗੀ। "
        "ਕੁਝ ਪੋਲਿੰਗ ਬੂਥਾਂ ਉੱਤੇ ਗੜਬੜੀ ਹੋਈ, ਪਰ ਇਸ ਨਾਲ ਨਤੀਜੇ ਉੱਤੇ ਅਸਰ ਨਹੀਂ ਪਵੇਗਾ।"),
 "gu": ("ચૂંટણી પંચે જાહેર કરેલી માહિતી મુજબ આ ચૂંટણીમાં 68 ટકા મતદાન થયું છે. વિપક્ષી પક્ષોએ કહ્યું કે તેઓ "
        "પરિણામ સ્વીકારતા નથી. પંચના અધ્યક્ષે કહ્યું કે તમામ ફરિયાદોની તપાસ કરવામાં આવશે. કેટલાક મતદાન "
        "મથકો પર ગેરરીતિ થઈ હતી, પણ તેની પરિણામ પર અસર નહીં થાય."),
 "kn": ("ಚುನಾವಣಾ ಆಯೋಗ ಬಿಡುಗಡೆ ಮಾಡಿದ ಮಾಹಿತಿಯ ಪ್ರಕಾರ ಈ ಚುನಾವಣೆಯಲ್ಲಿ ಶೇ 68ರಷ್ಟು ಮತದಾನವಾಗಿದೆ. ಫಲಿತಾಂಶವನ್ನು "
        "ಒಪ್ಪುವುದಿಲ್ಲ ಎಂದು ವಿರೋಧ ಪಕ್ಷಗಳು ಹೇಳಿವೆ. ಎಲ್ಲ ದೂರುಗಳನ್ನು ಪರಿಶೀಲಿಸಲಾಗುವುದು ಎಂದು ಆಯೋಗದ ಅಧ್ಯಕ್ಷರು "
        "ತಿಳಿಸಿದರು. ಕೆಲವು ಮತಗಟ್ಟೆಗಳಲ್ಲಿ ಅಕ್ರಮ ನಡೆದಿದೆ, ಆದರೆ ಅದು ಫಲಿತಾಂಶದ ಮೇಲೆ ಪರಿಣಾಮ ಬೀರುವುದಿಲ್ಲ."),
 "km": ("យោងតាមគណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត អ្នកបោះឆ្នោតចំនួន ៦៨ ភាគរយ បានទៅបោះឆ្នោត។ "
        "គណបក្សប្រឆាំងបាននិយាយថា ពួកគេមិនទទួលស្គាល់លទ្ធផលនោះទេ។ ប្រធានគណៈកម្មាធិការបាននិយាយថា "
        "ពាក្យបណ្ដឹងទាំងអស់នឹងត្រូវពិនិត្យ។"),
 "my": ("ရွေးကောက်ပွဲကော်မရှင်၏ ထုတ်ပြန်ချက်အရ ဤရွေးကောက်ပွဲတွင် မဲဆန္ဒရှင် ၆၈ ရာခိုင်နှုန်း မဲပေးခဲ့ကြသည်။ "
        "အတိုက်အခံပါတီများက ရလဒ်ကို လက်မခံကြောင်း ပြောကြားခဲ့သည်။ တိုင်ကြားချက်အားလုံးကို စစ်ဆေးမည်ဟု "
        "ကော်မရှင်ဥက္ကဋ္ဌက ပြောသည်။"),
 "am": ("የብሔራዊ ምርጫ ቦርድ ባወጣው መረጃ መሰረት በዚህ ምርጫ 68 በመቶ የሚሆኑ መራጮች ድምጽ ሰጥተዋል። ተቃዋሚ ፓርቲዎች "
        "ውጤቱን እንደማይቀበሉ ገልጸዋል። የቦርዱ ሰብሳቢ ሁሉም ቅሬታዎች እንደሚመረመሩ ተናግረዋል። በአንዳንድ ምርጫ ጣቢያዎች "
        "ችግሮች ቢያጋጥሙም ውጤቱን እንደማይቀይሩ ብለዋል።"),
 "mn": ("Сонгуулийн ерөнхий хорооны мэдээллээр энэ удаагийн сонгуульд сонгогчдын 68 хувь нь оролцсон байна. "
        "Сөрөг хүчний намууд дүнг хүлээн зөвшөөрөхгүй гэж мэдэгдсэн бөгөөд дахин тоолохыг шаардаж байгаа юм. "
        "Хорооны дарга бүх гомдлыг хуулийн хугацаанд ирүүлбэл хянан шийдвэрлэнэ гэв. Ажиглагчдын мэдээлснээр "
        "хэд хэдэн хэсэгт зөрчил гарсан боловч энэ нь дүнд нөлөөлөхгүй юм байна. Харин одоо тэд дээр нь ажиллаж байна."),
 "af": ("Volgens die Verkiesingskommissie het 58 persent van die kiesers gestem, wat meer is as in die vorige "
        "verkiesing. Die opposisiepartye het gesê hulle aanvaar nie die uitslag nie en eis reeds 'n hertelling van "
        "die stemme. Die voorsitter van die kommissie het gesê alle klagtes sal ondersoek word as dit betyds "
        "ingedien word. Volgens waarnemers was daar by verskeie stemlokale onreëlmatighede, maar dit sal nie die "
        "uitslag verander nie. Hy het ook gesê die dag was baie rustig en mense kon vinnig stem."),
 "ga": ("De réir an Choimisiúin Toghcháin, bhí an líon a vótáil 58 faoin gcéad, rud atá níos airde ná sa "
        "toghchán deireanach. Dúirt na páirtithe freasúra nach nglacann siad leis na torthaí agus tá siad ag éileamh "
        "athchomhaireamh cheana féin. Dúirt cathaoirleach an choimisiúin go mbeidh gach gearán á scrúdú, má tá siad "
        "curtha isteach in am. De réir breathnóirí, bhí fadhbanna ag roinnt stáisiún vótála, ach ní athróidh sin an "
        "toradh. Dúirt sé freisin go raibh an lá ciúin agus nach raibh aon chlampar ann inné ná inniu."),
}


HI = ("चुनाव आयोग के अनुसार इस चुनाव में 68 प्रतिशत मतदान हुआ है। विपक्षी दलों ने कहा कि वे नतीजों को स्वीकार "
      "नहीं करते और उन्होंने दोबारा गिनती की मांग की है। आयोग के अध्यक्ष ने कहा कि सभी शिकायतों की जांच की "
      "जाएगी। कुछ मतदान केंद्रों पर गड़बड़ी हुई थी, लेकिन इससे नतीजों पर असर नहीं पड़ेगा, यह भी उन्होंने कहा।")


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_the_declared_language_is_kept(code):
    page = html.fromstring(f"<html lang='{code}'><head></head><body><p>x</p></body></html>")
    assert page_language(page, text=" ".join([TEXTS[code]] * 3)) == code


@pytest.mark.parametrize("code", sorted(set(TEXTS) - {"af"}))
def test_the_guess_reads_each_language(code):
    assert guess_language(" ".join([TEXTS[code]] * 3)) == code


def test_devanagari_pages_are_told_apart_by_their_function_words():
    assert guess_language(" ".join([HI] * 3)) == "hi"
    assert guess_language(" ".join([TEXTS["mr"]] * 3)) == "mr"
    assert guess_language(" ".join([TEXTS["ne"]] * 3)) == "ne"


def test_afrikaans_is_no_dutch_guess():
    # Afrikaans shares "die", "het", "van" with Dutch and German: undeclared, no guess rather than "nl"
    assert guess_language(" ".join([TEXTS["af"]] * 3)) in ("af", None)


def test_near_miss_a_latin_page_quoting_a_tamil_name_stays_latin():
    text = ("The minister, speaking in Chennai (சென்னை), said that the result was a message to the whole country "
            "about the future of its democracy and the state's place in it. " * 3)
    assert guess_language(text) == "en"


@pytest.mark.parametrize("code, text", [
    ("ta", "நாங்கள் குக்கீகளைப் பயன்படுத்துகிறோம், உங்கள் அனுபவத்தை மேம்படுத்த."),
    ("af", "Hierdie webwerf gebruik koekies om jou ervaring te verbeter."),
    ("ga", "Úsáidimid fianáin chun do thaithí a fheabhsú ar ár suíomh."),
])
def test_a_banner_sentence_naming_cookies_goes(code, text):
    assert rule_in(code, text) == "chrome.cookies"


def test_near_miss_cookie_words_in_prose_stay():
    assert rule_in("af", "Koekies en tee is by die basaar verkoop, sê die organiseerder.") is None
