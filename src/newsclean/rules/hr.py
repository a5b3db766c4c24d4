"""Croatian phrase pack: interface strings of Croatian-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="hr",
    # (function words of Croatian, Serbian and Bosnian that the Slavic packs' languages spell
    # otherwise -- "koji" not "który"/"který", "nije" not "nie"/"není", "kao" not "jak"/"jako",
    # "će", "još", "zbog", "nakon" -- and the Croatian spellings Serbian does not use: "što" not
    # "šta", "tko" not "ko", "gdje", "prije", "poslije", "također", "tijekom". The words all those
    # languages print ("i", "u", "je", "na", "se", "za", "od", "do") are left out; Serbian's pack
    # shares the common ones, so an undeclared Croatian or Serbian page gets no guess)
    stopwords=("koji", "koja", "koje", "kojeg", "kojem", "kojima", "nije", "kao", "iz", "će", "ili", "još",
               "prema", "kako", "nakon", "bio", "bila", "bilo", "biti", "već", "zbog", "jer", "dok", "sve",
               "smo", "njihov", "rekao", "što", "tko", "gdje", "prije", "poslije", "također",
               "tijekom", "uvijek", "dvije", "netko", "ovdje"),
    share=("podijeli", "podijelite", "podijeli članak", "podijeli na facebooku", "podijeli na x",
           "kopiraj poveznicu", "kopiraj link", "poveznica kopirana", "link kopiran", "ispiši", "ispis"),
    more=("pročitaj više", "pročitajte više", "više", "prikaži više", "učitaj više", "učitaj još",
          "učitaj još komentara", "prikaži još komentara", "svi komentari",
          "prikaži sve", "starije objave", "novije objave", "cijeli članak", "opširnije", "sve vijesti"),
    lead_ins=("pročitajte još", "pročitajte i", "pročitajte također", "pročitaj još", "pročitaj i",
              "vezane vijesti", "povezano", "povezani članci", "možda vas zanima", "preporučujemo",
              "pogledajte i", "pogledajte još"),
    related=("najčitanije", "najnovije", "najnovije vijesti", "izdvojeno", "preporučeno", "vezani članci",
             "još iz rubrike", "popularno", "najpopularnije", "ne propustite"),
    navigation=("preskoči na sadržaj", "idi na sadržaj", "prijeđi na sadržaj", "naslovnica", "početna",
                "prijava", "prijavi se", "odjava", "odjavi se", "registracija", "pretraživanje", "traži",
                "pretraži", "izbornik", "zatvori", "na vrh", "pretplata", "moj račun"),
    newsletter=("prijavite se na newsletter", "pretplatite se na newsletter", "prijava na newsletter",
                "prijavite se na naš newsletter", "primajte naš newsletter"),
    consent=("koristimo kolačiće", "ova stranica koristi kolačiće", "ova web stranica koristi kolačiće",
             "koristi kolačiće", "postavke kolačića", "prihvati sve", "prihvaćam", "odbij sve", "slažem se"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("vanjski sadržaj", "pogledajte ovu objavu na instagramu", "ovaj sadržaj nije dostupan"),
    advert=("oglas", "reklama", "sponzorirano", "sponzorirani sadržaj", "plaćeni oglas",
            "članak se nastavlja ispod oglasa", "nastavak teksta ispod oglasa"),
    report=("prijavi pogrešku", "uočili ste pogrešku?", "pronašli ste pogrešku?", "prijavite grešku"),
    # ("uživo" alone only where punctuation sets it off in a title: "Potres u Zagrebu UŽIVO" is a
    # headline word, see `newsclean.live_phrases`)
    live=("uživo", "prijenos uživo", "izravni prijenos", "praćenje uživo"),
    published=("objavljeno", "objavljeno:", "datum objave"),
    updated=("ažurirano", "ažurirano:", "zadnja izmjena", "zadnja izmjena:", "posljednja izmjena",
             "zadnje ažuriranje"),
    new_window=("otvara se u novom prozoru", "otvara u novom prozoru", "otvara se u novoj kartici"),
    credit=("foto", "izvor", "fotografija", "snimio", "snimila", "autor fotografije"),
    caption=("opis fotografije", "potpis fotografije"),
    labels=("Hitno", "Važno", "Analiza", "Komentar", "Video", "Ekskluzivno", "Sažetak", "Prikvačeno",
            "Upravo"),
    edited_by=("urednik:", "urednica:", "uredio:", "uredila:"),
    photo_labels=("foto", "fotografija", "snimio", "snimila"),
    roles=("novinar", "novinarka", "urednik", "urednica", "dopisnik", "dopisnica", "reporter", "reporterka",
           "fotoreporter"),
    byline=("autor:", "autorica:", "autori:", "piše:", "pišu:", "napisao:", "napisala:", "tekst:"),
    rights=("sva prava pridržana", "sva prava zadržana"),
    click=("kliknite ovdje", "klikni ovdje"),
    legal=("uvjeti korištenja", "pravila privatnosti", "politika privatnosti", "zaštita privatnosti",
           "impressum", "kontakt", "o nama", "oglašavanje", "kolačići", "pravila korištenja"),
    stamp_words=("objavljeno", "ažurirano", "zadnja izmjena", "u", "sati"),
    player=("pogledaj", "pogledajte", "pokreni", "reproduciraj", "video", "snimka", "trajanje"),
)
