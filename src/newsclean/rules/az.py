"""Azerbaijani phrase pack: interface strings of Azerbaijani-language news pages (data only).

Azerbaijani shares many words with Turkish; the stopwords are those Turkish spells otherwise
("və", "üçün", "ilə", "edib", "bildirib"), so both languages keep their guesses."""
from .phrases import PhrasePack


def _caps(*phrases: str) -> tuple[str, ...]:
    """The phrases, and each as it lower-cases from capitals ("I" -> "i", not "ı", as in `rules.tr`)."""
    return tuple(dict.fromkeys((*phrases, *(p.replace("ı", "i") for p in phrases))))


PACK = PhrasePack(
    language="az",
    stopwords=("və", "ilə", "üçün", "də", "olan", "olaraq", "isə", "amma", "lakin", "çox", "sonra",
               "qədər", "kimi", "görə", "edib", "deyib", "bildirib", "olub", "həm", "artıq", "həmçinin",
               "tərəfindən", "edilib", "olunub", "ən", "ancaq", "bildirdi", "qeyd", "edən", "onun", "həmin",
               "bütün", "yalnız", "ötən"),
    share=_caps("paylaş", "paylaşın", "linki kopyala", "keçidi kopyala", "çap et", "çap", "şərh yaz", "şərhlər"),
    more=_caps("ətraflı", "daha çox", "daha ətraflı", "hamısına bax", "hamısı", "bütün xəbərlər",
               "davamını oxu", "daha çox yüklə", "daha çox göstər"),
    lead_ins=_caps("həmçinin oxuyun", "oxuyun", "əlaqəli xəbərlər", "mövzu ilə bağlı", "bu mövzuda"),
    related=_caps("ən çox oxunanlar", "çox oxunanlar", "ən çox oxunan", "son xəbərlər", "xəbər lenti",
                  "digər xəbərlər", "oxşar xəbərlər", "əlaqəli xəbərlər", "günün xəbərləri", "bu mövzuda",
                  "redaktor seçimi"),
    navigation=_caps("ana səhifə", "əsas səhifə", "axtar", "axtarış", "menyu", "daxil ol", "çıxış",
                     "qeydiyyat", "məzmuna keç", "yuxarı"),
    newsletter=("abunə ol", "abunə olun", "xəbərlərə abunə olun", "bülletenə abunə olun",
                "telegram kanalımıza abunə olun"),
    consent=("biz kukilərdən istifadə edirik", "sayt kukilərdən istifadə edir", "kuki parametrləri",
             "kuki ayarları", "hamısını qəbul et", "qəbul et", "razıyam", "rədd et", "hamısını rədd et"),
    embed=("xarici məzmun",),
    advert=_caps("reklam", "sponsor", "sponsorlu məzmun", "reklam hüququnda"),
    report=("səhv bildir", "xəta bildir", "səhv tapdınız?", "xəta tapdınız?"),
    # ("canlı" is Turkish's as well; "onlayn" alone only where punctuation sets it off in a title)
    live=_caps("canlı yayım", "canlı yayımda", "onlayn", "canlı bloq", "birbaşa yayım"),
    published=("dərc edilib:", "dərc olunub:", "yayımlanıb:", "dərc tarixi:", "dərc edilib"),
    updated=("yenilənib:", "yeniləndi:", "son yenilənmə:", "yenilənib"),
    new_window=("yeni pəncərədə açılır",),
    credit=("foto", "şəkil", "mənbə", "fotoşəkil"),
    caption=("şəkil izahı", "foto izahı"),
    labels=("Təcili", "TƏCİLİ", "Vacib", "VACİB", "Eksklüziv", "EKSKLÜZİV", "Analitika", "Video"),
    edited_by=("redaktor:", "redaktə etdi:"),
    photo_labels=("foto", "şəkil"),
    roles=("müxbir", "jurnalist", "redaktor", "reportyor", "fotomüxbir", "şərhçi", "aparıcı",
           "fotojurnalist"),
    byline=("müəllif:", "müəllif", "müxbir:", "hazırladı:"),
    rights=("bütün hüquqlar qorunur", "bütün hüquqları qorunur", "müəllif hüquqları qorunur",
            "bütün hüquqlar qorunmaqdadır"),
    click=("buraya klikləyin", "bura klikləyin", "klikləyin"),
    legal=("məxfilik siyasəti", "istifadə qaydaları", "əlaqə", "haqqımızda", "bizimlə əlaqə", "reklam"),
    stamp_words=("saat", "yenilənib"),
    player=("video", "müddət"),
    cookie_words=("kuki",),
)
