"""Lithuanian phrase pack: interface strings of Lithuanian-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="lt",
    # (Lithuanian words Latvian does not write: "yra" not "ir" for "is", "buvo" not "bija", "iš",
    # "į", "kaip" not "kā", "kuris"; "ir" ("and", Latvian's "is"), "bet", "jau", "tik", "kas"
    # (Latvian too), "kad" (Croatian's "when"), "su" (Croatian's "are") and "dar" (Romanian's
    # "but") are left out; so are "kai", "tai", "ji", "bus": every pack's stopwords are function words
    # to `newsclean.text_media` on a page of any language, and those are names ("Kai Berg") or English)
    stopwords=("yra", "buvo", "iš", "į", "kaip", "kuris", "kuri", "kurie", "kurių", "jis", "jie", "jų",
               "gali", "būti", "sakė", "teigė", "savo", "arba", "nes", "dėl", "prieš", "tačiau", "apie", "nuo",
               "taip", "šiuo", "metu", "kurį", "buvę", "turi", "pasak"),
    share=("dalintis", "dalinkitės", "pasidalinti", "bendrinti", "kopijuoti nuorodą", "nuoroda nukopijuota",
           "spausdinti", "dalintis facebook"),
    more=("skaityti daugiau", "skaityti toliau", "daugiau", "rodyti daugiau", "įkelti daugiau", "visos naujienos",
          "rodyti visus", "visas straipsnis"),
    lead_ins=("taip pat skaitykite", "skaitykite taip pat", "susijusios naujienos", "susiję straipsniai",
              "jums gali būti įdomu"),
    related=("skaitomiausi", "populiariausi", "naujausi", "naujausios naujienos", "susiję straipsniai",
             "rekomenduojame", "daugiausiai skaitomi"),
    navigation=("pereiti prie turinio", "pagrindinis", "pradžia", "prisijungti", "atsijungti", "registruotis",
                "paieška", "ieškoti", "meniu", "uždaryti", "į viršų", "prenumeruoti"),
    newsletter=("prenumeruokite naujienlaiškį", "užsisakykite naujienlaiškį", "naujienlaiškio prenumerata"),
    consent=("naudojame slapukus", "ši svetainė naudoja slapukus", "svetainė naudoja slapukus",
             "naudojami slapukai", "slapukų nustatymai", "sutinku", "priimti visus", "sutinku su visais", "atmesti visus"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("išorinis turinys", "šis turinys nepasiekiamas"),
    advert=("reklama", "užsakomasis turinys", "remiamas turinys", "partnerio turinys", "reklaminis straipsnis"),
    report=("pranešti apie klaidą", "radote klaidą?", "pastebėjote klaidą?"),
    # ("tiesiogiai" alone only where punctuation sets it off in a title, see `newsclean.live_phrases`:
    # inside a sentence it means "directly")
    live=("tiesiogiai", "tiesioginė transliacija", "tiesioginis reportažas", "tiesioginė transliacija internetu"),
    published=("paskelbta", "paskelbta:", "publikuota", "publikuota:"),
    updated=("atnaujinta", "atnaujinta:", "paskutinį kartą atnaujinta"),
    new_window=("atsidaro naujame lange", "atidaroma naujame lange"),
    # ("nuotr.", the label Lithuanian mostly prints AFTER the photographer's name -- "Jono
    # Jonaičio/BNS nuotr." -- is no credit prefix; as a photo label with its dot it leads the
    # credit a caption closes on, "Nuotr. BNS", as "Fot." does in Polish)
    credit=("foto", "nuotrauka", "šaltinis"),
    caption=("nuotraukos aprašymas",),
    labels=("Svarbu", "Analizė", "Komentaras", "Video", "Išskirtinis", "Skubi žinia"),
    edited_by=("redaktorius:", "redaktorė:", "redagavo:"),
    photo_labels=("foto", "nuotrauka", "nuotr."),
    player=("paleisti", "žiūrėti", "vaizdo", "įrašą", "trukmė"),
    roles=("žurnalistas", "žurnalistė", "korespondentas", "korespondentė", "redaktorius", "redaktorė", "fotografas",
           "fotografė"),
    byline=("autorius:", "autorė:", "autoriai:"),
    rights=("visos teisės saugomos",),
    click=("spauskite čia", "paspauskite čia", "spustelėkite čia"),
    legal=("privatumo politika", "slapukų politika", "naudojimosi taisyklės", "taisyklės", "kontaktai",
           "apie mus", "reklama", "slapukai"),
    stamp_words=("paskelbta", "atnaujinta", "val"),
    cookie_words=("slapuk",),
)
