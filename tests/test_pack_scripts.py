"""The phrase packs of Catalan, Indonesian, Vietnamese, Arabic, Hebrew, Korean, Chinese and
Japanese (issue #10): each removes its language's interface lines and keeps a body sentence that
holds the same words (the near miss); and the script-based language guess for pages that
declare none (Han, kana, Hangul, Hebrew, Arabic), which leaves Latin pages quoting a few
characters of another script, and Persian pages, to the function-word guess."""
import pytest
from lxml import html

from newsclean.language import guess_language, page_language
from newsclean.sites import rules_for


def rule_in(language, text):
    rule = rules_for(None, language).line_rule_for(text)
    return rule.name if rule else None


# (language, a chrome line as that language's templates print it, the rule, a prose near miss)
CASES = [
    ("ca", "Llegiu també: El Parlament aprova els pressupostos", "chrome.more-links",
     "Llegiu també el comunicat del govern, que es va publicar ahir al vespre."),
    ("ca", "Comparteix", "chrome.share", "Comparteix pis amb tres estudiants des del setembre."),
    ("id", "Baca juga: Prabowo Klaim Menang Satu Putaran", "chrome.more-links",
     "Baca juga surat edaran KPU yang diterbitkan pada Senin malam."),
    ("id", "Bagikan", "chrome.share", "Bagikan bantuan kepada warga di pengungsian, kata bupati."),
    ("vi", "Xem thêm: Lễ viếng Tổng Bí thư", "chrome.more-links",
     "Xem thêm các quy định mới được ban hành trong tuần này."),
    ("vi", "Quảng cáo", "chrome.advert", "Quảng cáo thuốc lá bị cấm theo luật từ năm 2013."),
    ("ar", "اقرأ أيضا: إيران تحذر من رد أقوى", "chrome.more-links",
     "اقرأ أيضا البيان الكامل الذي نشرته الوزارة مساء أمس."),
    ("ar", "نسخ الرابط", "chrome.share", "نسخ الرابط بين الملفات مهمة تستغرق وقتا طويلا في النظام القديم."),
    ("ar", "الأكثر قراءة", "chrome.related-heading", "الأكثر قراءة بين الطلاب هي الروايات القصيرة."),
    ("he", "קראו גם: צה\"ל מסכם את הלילה", "chrome.more-links",
     "קראו גם את ההודעה המלאה של דובר צה\"ל שפורסמה הבוקר."),
    ("he", "פרסומת", "chrome.advert", "פרסומת לאלכוהול אסורה בשעות היום לפי החוק."),
    ("ko", "관련기사", "chrome.more-links", "관련기사 목록은 편집국이 매일 오전 갱신한다고 밝혔다."),
    ("ko", "많이 본 뉴스", "chrome.related-heading", "많이 본 뉴스 가운데 절반이 선거 관련이었다."),
    ("zh", "延伸閱讀", "chrome.more-links", "延伸閱讀的書單由圖書館員每月更新一次。"),
    ("zh", "熱門新聞", "chrome.related-heading", "熱門新聞的標題往往比內容更引人注目。"),
    ("zh", "複製連結", "chrome.share", "複製連結之後，貼到瀏覽器就能打開文件。"),
    ("ja", "関連記事", "chrome.more-links", "関連記事の一覧は編集部が毎朝更新しています。"),
    ("ja", "続きを読む", "chrome.more-links", "続きを読むかどうかは読者が決めることだ。"),
]


@pytest.mark.parametrize("language, chrome, rule, prose", CASES)
def test_each_new_pack_removes_its_chrome_and_keeps_prose(language, chrome, rule, prose):
    assert rule_in(language, chrome) == rule
    assert rule_in(language, prose) is None


@pytest.mark.parametrize("language, label", [
    ("ca", "Última hora"), ("id", "Terkini"), ("vi", "Tin nóng"), ("ar", "عاجل"), ("he", "מבזק"),
    ("ko", "속보"), ("zh", "快訊"), ("ja", "速報"),
])
def test_label_words(language, label):
    assert rules_for(None, language).is_label(label)
    assert not rules_for(None, language).is_label(f"{label} 2024 – the words open a sentence here")


def test_credit_labels_of_the_new_packs():
    assert rules_for(None, "vi").credit("Ảnh: Giang Huy") == ("Ảnh:", "Giang Huy")
    assert rules_for(None, "he").credit("צילום: רויטרס") == ("צילום:", "רויטרס")
    assert rules_for(None, "ca").credit("Fotografia: ACN") == ("Fotografia:", "ACN")
    # the word alone in a sentence is no label
    assert rules_for(None, "vi").credit("Ảnh hưởng của bão rất lớn.") is None


# A short news paragraph per script, written for these tests.
SCRIPTS = {
    "zh": "中央選舉委員會今天表示，全國投票率約為百分之七十一，各地投開票所在下午四點截止投票後隨即開始計票，"
          "結果預計在晚間公布。",
    "ja": "気象庁によりますと、きょう午後四時十分ごろ、石川県能登地方を震源とする地震があり、"
          "最大震度七を観測しました。津波警報が出ています。",
    "ko": "중앙선거관리위원회는 이번 총선 최종 투표율이 67.0%로 집계됐다고 밝혔다. 이는 지난 총선보다 "
          "0.8%포인트 높은 수치다.",
    "he": "דובר צה\"ל אמר הבוקר כי רוב האיומים יורטו מחוץ לגבולות המדינה, וכי פיקוד העורף מעדכן את "
          "ההנחיות לתושבים בכל האזורים.",
    "ar": "قال مسؤولون إن الدفاعات الجوية اعترضت معظم الطائرات المسيرة والصواريخ التي أطلقت خلال الليل، "
          "وإن الأضرار كانت محدودة في قاعدة عسكرية في الجنوب.",
}


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_script_guess_names_each_language(code):
    assert guess_language(SCRIPTS[code] * 2) == code
    assert page_language(text=SCRIPTS[code] * 2) == code


def test_a_latin_page_quoting_a_few_han_characters_stays_latin():
    text = ("The party's slogan, 民主 和平 繁榮, was printed on every banner in Taipei, and the candidate said "
            "that the result was a message to the world about the island's future and its democracy. " * 3)
    assert guess_language(text) == "en"
    assert guess_language("Tokyo (東京) and Seoul (서울) " * 3) is None  # too little and mixed: no guess


def test_a_chinese_page_quoting_a_japanese_name_stays_chinese():
    text = SCRIPTS["zh"] * 3 + "日本動畫《ドラえもん》"
    assert guess_language(text) == "zh"


def test_a_persian_page_is_not_guessed_arabic():
    persian = ("سخنگوی وزارت امور خارجه گفت که ایران به هر گونه اقدام پاسخ خواهد داد و این کشور "
               "به دنبال گسترش درگیری نیست. " * 3)
    assert guess_language(persian) == "fa"  # (by the Persian pack's function words, never "ar")


def test_declared_language_wins_over_the_script():
    page = html.fromstring("<html lang='en'><head></head><body><p>x</p></body></html>")
    assert page_language(page, text=SCRIPTS["zh"] * 3) == "en"


@pytest.mark.parametrize("code, text", [
    ("ca", "L'ajuntament va informar dilluns que la carretera seguirà tallada fins que acabin les obres, i els "
           "veïns que van ser desallotjats podran tornar a casa seva aquest cap de setmana, segons les autoritats. "
           "També ha dit que això és només el començament i que encara hi ha molta feina."),
    ("es", "El ayuntamiento informó el lunes de que la carretera seguirá cortada hasta que terminen las obras, y los "
           "vecinos que fueron desalojados podrán volver a sus casas durante el fin de semana, según las autoridades."),
    ("id", "Pemerintah kota mengatakan pada hari Senin bahwa jalan tersebut akan tetap ditutup sampai perbaikan "
           "selesai, dan warga yang sudah dievakuasi bisa kembali ke rumah mereka pada akhir pekan, kata juru bicara."),
    ("vi", "Chính quyền thành phố cho biết con đường sẽ được đóng cửa cho đến khi việc sửa chữa hoàn tất, và những "
           "người dân đã được sơ tán có thể trở về nhà vào cuối tuần, theo ông chủ tịch."),
])
def test_function_word_guess_of_the_new_spaced_languages(code, text):
    assert guess_language(" ".join([text] * 3)) == code
