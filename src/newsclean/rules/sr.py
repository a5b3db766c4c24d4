"""Serbian phrase pack: interface strings of Serbian news pages, in Latin and in Cyrillic script
(data only; Serbian papers print either, some both)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="sr",
    # (as Croatian's, with the Serbian spellings Croatian does not use -- "šta", "ko", "gde",
    # "pre", "posle", "takođe", "tokom", "uvek", "dve", "neko", "ovde" -- and the same words in
    # Cyrillic, where the letters "ј", "ћ", "ђ", "љ", "њ" or the spelling set them apart from
    # Russian, Ukrainian and Bulgarian: "је" not "е", "који" not "который"; the Cyrillic words
    # Russian prints too -- "и", "у", "на", "за", "из", "где", "после" -- are left out)
    stopwords=("koji", "koja", "koje", "kojeg", "kojem", "kojima", "nije", "kao", "iz", "će", "ili", "još",
               "prema", "kako", "nakon", "bio", "bila", "bilo", "biti", "već", "zbog", "jer", "dok", "sve",
               "smo", "njihov", "rekao", "šta", "ko", "gde", "pre", "posle", "takođe", "tokom",
               "uvek", "dve", "neko", "ovde",
               "је", "који", "која", "које", "није", "као", "ће", "још", "према", "након", "због", "јер",
               "су", "био", "била", "било", "већ", "такође", "током", "што", "рекао", "пре"),
    share=("podeli", "podelite", "podeli na fejsbuku", "podeli na x", "kopiraj link", "link kopiran",
           "štampaj", "odštampaj", "подели", "поделите", "копирај линк", "штампај",
           # (the Cyrillic twins of the Latin rows, the networks declined: "on Facebook", "on X")
           "podeli na iksu", "подели на фејсбуку", "подели на иксу", "подели на x", "линк копиран"),
    more=("pročitaj više", "pročitajte više", "više", "prikaži više", "učitaj još", "učitaj više",
          "učitaj još komentara", "prikaži još komentara", "svi komentari", "учитај још коментара",
          "prikaži sve", "starije vesti", "ceo tekst", "opširnije", "sve vesti",
          "прочитајте више", "више", "прикажи више", "учитај још", "опширније", "све вести"),
    lead_ins=("pročitajte još", "pročitajte i", "pročitajte takođe", "pročitaj još", "povezane vesti",
              "povezano", "možda vas zanima", "preporučujemo", "pogledajte i", "pogledajte još",
              "прочитајте још", "прочитајте и", "повезане вести", "можда вас занима", "погледајте и"),
    related=("najčitanije", "najnovije", "najnovije vesti", "izdvajamo", "preporučeno", "popularno",
             "ne propustite", "најчитаније", "најновије", "најновије вести", "издвајамо", "не пропустите"),
    navigation=("preskoči na sadržaj", "idi na sadržaj", "naslovna", "početna", "prijava", "prijavi se",
                "odjava", "registracija", "pretraga", "traži", "meni", "zatvori", "na vrh", "pretplata",
                "moj nalog", "насловна", "почетна", "пријава", "пријави се", "претрага", "мени", "затвори"),
    newsletter=("prijavite se na newsletter", "prijavite se na naš newsletter", "prijavite se za newsletter",
                "пријавите се на њуз летер", "пријавите се за билтен"),
    consent=("koristimo kolačiće", "ovaj sajt koristi kolačiće", "ova stranica koristi kolačiće",
             "koristi kolačiće", "podešavanja kolačića", "prihvati sve", "prihvatam", "odbij sve", "slažem se",
             "користимо колачиће", "овај сајт користи колачиће", "користи колачиће", "прихвати све",
             "прихватам"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("spoljni sadržaj", "pogledajte ovu objavu na instagramu", "ovaj sadržaj nije dostupan",
           "спољни садржај"),
    advert=("oglas", "reklama", "sponzorisano", "sponzorisani sadržaj", "promo", "tekst se nastavlja ispod oglasa",
            "оглас", "реклама", "спонзорисано"),
    report=("prijavi grešku", "primetili ste grešku?", "пријави грешку"),
    # ("uživo" alone only where punctuation sets it off in a title, see `newsclean.live_phrases`)
    live=("uživo", "prenos uživo", "direktan prenos", "уживо", "пренос уживо", "директан пренос"),
    published=("objavljeno", "objavljeno:", "datum objave", "објављено", "објављено:"),
    updated=("ažurirano", "ažurirano:", "poslednja izmena", "izmenjeno:", "ажурирано", "ажурирано:"),
    new_window=("otvara se u novom prozoru", "otvara u novom prozoru", "отвара се у новом прозору"),
    credit=("foto", "izvor", "fotografija", "snimio", "snimila", "фото", "извор", "фотографија"),
    caption=("opis fotografije", "опис фотографије"),
    labels=("Hitno", "Važno", "Analiza", "Komentar", "Video", "Ekskluzivno", "Ukratko",
            "Хитно", "Важно", "Анализа", "Коментар", "Видео", "Ексклузивно"),
    edited_by=("urednik:", "urednica:", "uredio:", "uredila:", "уредник:", "уредила:", "уредио:"),
    photo_labels=("foto", "fotografija", "фото", "фотографија"),
    roles=("novinar", "novinarka", "urednik", "urednica", "dopisnik", "dopisnica", "reporter", "новинар", "новинарка",
           "уредник", "уредница", "дописник", "дописница", "репортер"),
    byline=("autor:", "autorka:", "autori:", "piše:", "pišu:", "tekst:", "аутор:", "ауторка:", "пише:",
            "текст:"),
    rights=("sva prava zadržana", "сва права задржана"),
    click=("kliknite ovde", "klikni ovde", "кликните овде"),
    legal=("uslovi korišćenja", "politika privatnosti", "zaštita privatnosti", "impresum", "kontakt",
           "o nama", "marketing", "kolačići", "услови коришћења", "политика приватности", "контакт", "о нама"),
    stamp_words=("objavljeno", "ažurirano", "u", "časova", "објављено", "ажурирано", "у", "часова"),
    player=("pogledaj", "pogledajte", "pusti", "reprodukuj", "video", "snimak", "trajanje"),
)
