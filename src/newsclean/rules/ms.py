"""Malay phrase pack: interface strings of Malay-language news pages (data only).

Malay and Indonesian share most function words; the stopwords here add the ones Malay spells or
uses its own way ("kerana", "bahawa", "selepas", "boleh", "iaitu"), by which `language` tells the
two apart."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="ms",
    # (the words Malay shares with Indonesian, as the Indonesian pack lists them, and those it spells or
    # uses its own way: "kerana", "bahawa", "selepas", "boleh", "apabila", "menerusi" for Indonesian
    # "karena", "bahwa", "setelah", "bisa", "ketika", "melalui")
    stopwords=("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
               "juga", "oleh", "ke", "mereka", "telah", "atau", "ada", "lebih", "masih", "kami", "kata",
               "tersebut", "sudah", "adalah", "belum", "jadi", "kerana", "bahawa", "selepas", "boleh",
               "iaitu", "ialah", "daripada", "beliau", "berkata", "semasa", "mahu", "sahaja", "apabila",
               "menerusi"),
    share=("kongsi", "kongsikan", "kongsi di facebook", "kongsi di whatsapp", "kongsi di twitter",
           "kongsi artikel", "salin pautan", "pautan disalin", "cetak"),
    more=("baca lagi", "baca seterusnya", "lagi", "lihat semua", "muat lagi", "tunjuk lagi", "berita lain",
          "lebih banyak berita", "selanjutnya"),
    lead_ins=("baca juga", "berita berkaitan", "artikel berkaitan", "lihat juga", "baca lagi"),
    related=("berita berkaitan", "artikel berkaitan", "paling popular", "berita terkini", "paling banyak dibaca",
             "pilihan editor", "artikel lain", "artikel terkini"),
    navigation=("langkau ke kandungan", "laman utama", "utama", "log masuk", "log keluar", "daftar", "cari",
                "carian", "menu", "kembali ke atas", "langgan"),
    newsletter=("langgan surat berita", "langgan newsletter", "daftar untuk surat berita", "surat berita"),
    consent=("laman web ini menggunakan kuki", "kami menggunakan kuki", "tetapan kuki", "terima semua",
             "tolak semua", "saya setuju"),
    embed=("kandungan luaran",),
    advert=("iklan", "tajaan", "kandungan ditaja", "advertisement"),
    report=("laporkan kesilapan", "laporkan ralat"),
    live=("langsung", "siaran langsung", "live", "liputan langsung", "laporan langsung"),
    published=("diterbitkan:", "diterbitkan", "disiarkan:", "disiarkan pada"),
    updated=("dikemas kini", "dikemaskini", "dikemas kini:", "kemas kini:", "kemaskini:"),
    new_window=("dibuka dalam tetingkap baharu", "dibuka dalam tab baharu", "tetingkap baharu"),
    credit=("foto", "gambar", "sumber", "ihsan", "foto fail", "gambar fail"),
    caption=("kapsyen",),
    labels=("Terkini", "Eksklusif", "Analisis", "Penting"),
    edited_by=("editor:", "penyunting:", "disunting oleh"),
    photo_labels=("foto", "gambar"),
    player=("tonton", "video", "tempoh"),
    roles=("wartawan", "jurnalis", "pemberita", "editor", "koresponden", "jurugambar"),
    byline=("oleh", "penulis:", "wartawan:"),
    rights=("hak cipta terpelihara", "semua hak cipta terpelihara", "hakcipta terpelihara"),
    click=("klik di sini", "tekan di sini"),
    legal=("dasar privasi", "terma dan syarat", "hubungi kami", "mengenai kami", "tentang kami", "penafian",
           "terma penggunaan"),
    stamp_words=("dikemas kini", "diterbitkan", "pukul", "jam"),
)
