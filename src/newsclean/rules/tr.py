"""Turkish phrase pack: interface strings of Turkish-language news pages (data only).

Lines are looked up lower-cased with a capital "İ" read as "i" (`newsclean.rules.phrase_text.lower`),
but a capital "I" lower-cases to "i", not "ı": a phrase printed in capitals ("YAZDIR",
"BAĞLANTIYI KOPYALA") is looked up as "yazdir", "bağlantiyi kopyala", with a plain "i" where
"ı" was, which `_caps` adds beside the ordinary spelling.
"""
from .phrases import PhrasePack


def _caps(*phrases: str) -> tuple[str, ...]:
    """The phrases, and each as it lower-cases from capitals."""
    return tuple(dict.fromkeys((*phrases, *(p.replace("ı", "i") for p in phrases))))


PACK = PhrasePack(
    language="tr",
    # (Turkish words Azerbaijani spells otherwise: "ve" not "və", "için" not "üçün", "ile" not "ilə".
    # Suffixes do the work of most function words, so the frequent words of news text count too:
    # "yüzde", "saat", "kişi", "yıl")
    stopwords=("ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "gibi", "ama", "olan", "kadar",
               "sonra", "değil", "ise", "şu", "ki", "veya", "ancak", "tarafından", "göre", "olduğunu", "etti",
               "dedi", "var", "yok", "oldu", "ilk", "yeni", "büyük", "üzere", "olduğu", "yüzde", "saat", "kişi", "yıl", "son", "fazla"),
    share=_caps("paylaş", "paylaşın", "bağlantıyı kopyala", "linki kopyala", "yazdır", "facebook'ta paylaş",
                "twitter'da paylaş", "whatsapp'ta paylaş", "yorum yap", "yorum yaz"),
    more=_caps("devamını oku", "haberin devamı", "daha fazla", "daha fazla göster", "daha fazla yükle",
               "tümünü gör", "tüm haberler", "tümü"),
    lead_ins=_caps("ilgili haber", "ilgili haberler", "ilginizi çekebilir", "bunlar da ilginizi çekebilir",
                   "bu haberi de okuyun"),
    related=_caps("çok okunanlar", "en çok okunanlar", "en çok okunan haberler", "benzer haberler",
                  "diğer haberler", "son dakika haberleri", "editörün seçtikleri", "günün öne çıkanları"),
    navigation=_caps("ana sayfa", "anasayfa", "içeriğe geç", "giriş yap", "çıkış yap", "üye ol", "kayıt ol",
                     "ara", "menü", "yukarı çık", "abone ol", "canlı yayın"),
    newsletter=("bültenimize abone olun", "e-bültene abone ol", "bültene kaydol", "e-bülten aboneliği"),
    consent=("çerezleri kabul et", "tümünü kabul et", "kabul et", "çerez ayarları", "tümünü reddet",
             "çerez kullanıyoruz"),
    embed=("harici içerik",),
    advert=_caps("reklam", "sponsorlu", "sponsorlu içerik", "reklam alanı"),
    report=("hata bildir", "hata bildirin", "yazım hatası bildir"),
    # ("canlı yayın" is left out: "Maç hangi kanalda, canlı yayın nerede?" titles an article)
    live=_caps("canlı", "canlı anlatım", "canlı blog", "canlı takip"),
    published=("giriş tarihi", "yayınlanma tarihi", "yayın tarihi", "oluşturulma tarihi", "yayınlanma:"),
    updated=("güncelleme", "güncelleme:", "güncelleme tarihi", "güncellenme tarihi", "son güncelleme"),
    new_window=("yeni pencerede açılır", "yeni sekmede açılır"),
    credit=("fotoğraf", "foto", "kaynak", "görsel"),
    caption=("fotoğraf altı yazısı",),
    labels=("Son dakika", "SON DAKİKA", "Flaş", "FLAŞ", "Önemli", "ÖNEMLİ", "Analiz", "Özel", "ÖZEL"),
    edited_by=("editör:", "düzenleyen:"),
    photo_labels=("fotoğraf", "foto"),
    player=("videoyu", "oynat", "izle", "video", "süre"),
    roles=("muhabir", "muhabiri", "editör", "gazeteci"),
    byline=("yazar:", "muhabir:", "hazırlayan:"),
    rights=("tüm hakları saklıdır", "her hakkı saklıdır"),
    click=("tıklayın", "buraya tıklayın", "izlemek için tıklayın"),
    legal=("gizlilik politikası", "çerez politikası", "kvkk", "künye", "iletişim", "kullanım koşulları",
           "aydınlatma metni", "hakkımızda", "gizlilik"),
    one_words=('bir',),
)
