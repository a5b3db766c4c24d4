"""Slovenian phrase pack: interface strings of Slovenian-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="sl",
    # (Slovenian words Croatian and Serbian do not write: "ki" not "koji", "tudi" not "također",
    # "lahko", "ter", "kot" not "kao", "ker" not "jer", "bo", "še" not "još", "več" not "više",
    # "zelo", "vendar", "kjer", "dejal"; "in", "so", "med", its most frequent words, are left out:
    # English, Swedish and Danish write them too)
    stopwords=("ki", "tudi", "lahko", "ter", "kot", "ker", "bodo", "še", "več", "zelo", "vendar",
               "kjer", "saj", "jih", "sta", "dejal", "dejala", "glede", "če", "kar", "bil", "danes",
               "zdaj", "torej", "vsi", "ob", "pa", "vse", "leta", "oziroma", "sicer", "namreč"),
    share=("deli", "delite", "deli na facebooku", "kopiraj povezavo", "povezava kopirana", "natisni",
           "pošlji po e-pošti"),
    more=("preberi več", "preberite več", "več", "prikaži več", "naloži več", "naloži še", "prikaži vse",
          "vse novice", "starejše objave", "celoten članek"),
    lead_ins=("preberite tudi", "preberi tudi", "povezane novice", "sorodne novice", "morda vas zanima",
              "poglejte tudi", "več o tem"),
    related=("najbolj brano", "najbolj brane novice", "najnovejše", "najnovejše novice", "sorodni članki",
             "priporočamo", "ne spreglejte"),
    navigation=("skoči na vsebino", "preskoči na vsebino", "naslovnica", "prijava", "prijavite se", "odjava",
                "registracija", "iskanje", "išči", "meni", "zapri", "na vrh", "naročnina"),
    newsletter=("prijavite se na e-novice", "naročite se na e-novice", "prijava na e-novice",
                "naročite se na novice"),
    consent=("uporabljamo piškotke", "ta spletna stran uporablja piškotke", "spletna stran uporablja piškotke", "uporablja piškotke",
             "nastavitve piškotkov", "sprejmi vse", "sprejmem", "zavrni vse", "strinjam se"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("zunanja vsebina", "ta vsebina ni na voljo", "oglejte si to objavo na instagramu"),
    advert=("oglas", "oglasno sporočilo", "sponzorirano", "plačana objava", "promocijsko sporočilo"),
    report=("prijavi napako", "ste opazili napako?", "sporočite napako"),
    # (two words: counted anywhere in a title, "V živo: ..." and "... v živo")
    live=("v živo", "prenos v živo", "neposredni prenos"),
    published=("objavljeno", "objavljeno:", "datum objave"),
    updated=("posodobljeno", "posodobljeno:", "zadnja posodobitev", "spremenjeno:"),
    new_window=("odpre se v novem oknu", "odpre v novem oknu"),
    credit=("foto", "vir", "fotografija"),
    caption=("opis fotografije",),
    labels=("Nujno", "Pomembno", "Analiza", "Komentar", "Video", "Ekskluzivno", "Na kratko"),
    edited_by=("urednik:", "urednica:", "uredil:", "uredila:"),
    photo_labels=("foto", "fotografija"),
    byline=("avtor:", "avtorica:", "avtorji:", "piše:", "pišeta:", "pišejo:"),
    rights=("vse pravice pridržane",),
    click=("kliknite tukaj", "klikni tukaj"),
    legal=("pogoji uporabe", "politika zasebnosti", "varstvo osebnih podatkov", "kolofon", "impresum", "kontakt",
           "o nas", "piškotki", "oglaševanje"),
    stamp_words=("objavljeno", "posodobljeno", "ob"),
    cookie_words=("piškot",),
)
