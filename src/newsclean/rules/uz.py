"""Uzbek phrase pack: interface strings of Uzbek-language news pages (data only).

Uzbek is written in Latin letters with "oʻ" and "gʻ", which sites print with a turned comma
("oʻ"), an opening quote ("o‘") or a plain apostrophe ("o'"; the closing quote "o’" is read as
one): `_spellings` lists every phrase each way. A few Cyrillic-script stopwords cover sites that
still print Uzbek in Cyrillic."""
from .phrases import PhrasePack


def _spellings(*phrases: str) -> tuple[str, ...]:
    """The phrases as written (with "‘"), and with "ʻ" and "'" in its place."""
    return tuple(dict.fromkeys(v for p in phrases for v in (p, p.replace("‘", "ʻ"), p.replace("‘", "'"))))


PACK = PhrasePack(
    language="uz",
    stopwords=_spellings("va", "bilan", "uchun", "ham", "esa", "deb", "qilib", "bo‘yicha", "haqida", "keyin",
                         "o‘z", "yana", "ammo", "lekin", "hamda", "bo‘ldi", "emas", "kerak", "qilgan", "bo‘lgan",
                         "ushbu", "mazkur", "barcha", "orqali", "ular", "biz", "bo‘lib", "qilish", "edi",
                         "ва", "билан", "учун", "ҳам", "эса", "бўйича", "ҳақида"),
    share=_spellings("ulashish", "ulashing", "bo‘lishish", "havolani nusxalash", "havola nusxalandi", "chop etish",
                     "izohlar", "izoh qoldirish"),
    more=_spellings("batafsil", "ko‘proq", "barchasini ko‘rish", "barcha yangiliklar", "davomini o‘qish",
                    "ko‘proq yuklash", "batafsil o‘qish", "yana yuklash", "hammasi"),
    lead_ins=_spellings("shuningdek o‘qing", "mavzuga oid", "o‘xshash yangiliklar", "yana o‘qing", "o‘qing"),
    related=_spellings("so‘nggi yangiliklar", "eng ko‘p o‘qilgan", "ko‘p o‘qilganlar", "ko‘p o‘qilgan",
                       "mavzuga oid", "o‘xshash yangiliklar", "yangiliklar lentasi", "muharrir tanlovi",
                       "asosiy yangiliklar"),
    navigation=_spellings("bosh sahifa", "asosiy sahifa", "qidirish", "qidiruv", "menyu", "kirish", "chiqish",
                          "ro‘yxatdan o‘tish", "kontentga o‘tish", "yuqoriga"),
    newsletter=_spellings("obuna bo‘ling", "obuna bo‘lish", "telegram kanalimizga obuna bo‘ling",
                          "yangiliklarga obuna bo‘ling"),
    consent=_spellings("biz cookie fayllaridan foydalanamiz", "sayt cookie fayllaridan foydalanadi",
                       "barchasini qabul qilish", "qabul qilish", "roziman", "rad etish"),
    embed=("tashqi kontent",),
    advert=("reklama", "homiylik materiali", "hamkorlik materiali", "reklama huquqi asosida"),
    report=_spellings("xato haqida xabar berish", "xato topdingizmi?", "matnda xato topdingizmi?"),
    # ("jonli", "alive", alone only where punctuation sets it off in a title: "Jonli | ...")
    live=_spellings("jonli", "jonli efir", "jonli efirda", "jonli blog", "to‘g‘ridan-to‘g‘ri", "jonli translyatsiya",
                    "жонли эфир"),
    published=_spellings("e‘lon qilindi:", "chop etildi:", "nashr etildi:", "e‘lon qilingan:"),
    updated=_spellings("yangilandi:", "yangilangan:", "so‘nggi yangilanish:", "yangilandi"),
    new_window=("yangi oynada ochiladi",),
    credit=("foto", "surat", "manba", "rasm"),
    caption=("surat izohi", "rasm izohi"),
    labels=("Shoshilinch", "SHOSHILINCH", "Muhim", "MUHIM", "Eksklyuziv", "Tahlil"),
    edited_by=("muharrir:", "tahrirchi:"),
    photo_labels=("foto", "surat", "rasm"),
    roles=("muxbir", "jurnalist", "muharrir", "fotomuxbir", "sharhlovchi", "boshlovchi", "мухбир",
           "журналист", "муҳаррир"),
    byline=("muallif:", "muallif", "muxbir:", "tayyorladi:"),
    rights=("barcha huquqlar himoyalangan", "mualliflik huquqi himoyalangan", "barcha huquqlar himoya qilingan"),
    click=("bu yerni bosing", "shu yerni bosing", "bosing"),
    legal=_spellings("maxfiylik siyosati", "foydalanish shartlari", "aloqa", "biz haqimizda", "reklama",
                     "bog‘lanish"),
    stamp_words=("yangilandi",),
    player=("video", "davomiyligi"),
)
