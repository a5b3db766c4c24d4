"""Slovak phrase pack: interface strings of Slovak-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="sk",
    # (Slovak spellings Czech does not write -- "sa" not "se", "ktorý" not "který", "sú" not
    # "jsou", "bol" not "byl", "podľa" not "podle", "ako" not "jako", "pre" not "pro", "alebo" not
    # "nebo", "len" not "jen" -- so a Czech page is never read as Slovak; "v", "je", "k", "že",
    # which the two languages share, are Czech's. "nie", "ich", "aby", "som" are left out: Polish,
    # German and Swedish write them too)
    stopwords=("sa", "ktorý", "ktorá", "ktoré", "ktorí", "ktorého", "ktorej", "ktorých", "sú", "bol", "bola",
               "bolo", "boli", "podľa", "ako", "pre", "pri", "alebo", "len", "aj", "keď", "ešte", "medzi",
               "môže", "tiež", "sme", "však", "uviedol", "povedal", "vraj", "svoje", "tento", "táto"),
    share=("zdieľať", "zdieľajte", "zdieľať na facebooku", "zdieľať článok", "kopírovať odkaz", "skopírovať odkaz",
           "odkaz skopírovaný", "tlačiť", "vytlačiť", "poslať e-mailom"),
    more=("zobraziť viac", "zobraziť celý priebeh", "viac", "čítať ďalej", "pokračovať v čítaní", "celý článok", "zobraziť všetko",
          "zobraziť všetky", "načítať ďalšie", "načítať viac", "staršie príspevky", "novšie príspevky", "ďalšie články",
          "všetky správy"),
    lead_ins=("čítajte aj", "čítajte tiež", "prečítajte si aj", "prečítajte si tiež", "mohlo by vás zaujímať",
              "pozrite si aj", "súvisiace", "súvisiace články"),
    related=("najčítanejšie", "najčítanejšie články", "najnovšie", "najnovšie správy", "ďalšie správy",
             "odporúčame", "súvisiace články"),
    navigation=("prejsť na obsah", "preskočiť na obsah", "hlavná stránka", "úvodná stránka", "prihlásiť sa",
                "prihlásenie", "odhlásiť sa", "registrácia", "hľadať", "vyhľadávanie", "menu", "zavrieť",
                "späť hore", "predplatné"),
    newsletter=("prihláste sa na odber newslettera", "odoberajte newsletter", "prihlásiť sa na odber",
                "odber newslettera"),
    consent=("používame cookies", "používame súbory cookie", "táto stránka používa cookies",
             "táto webová stránka používa súbory cookie", "nastavenia cookies", "prijať všetko",
             "prijať všetky", "odmietnuť všetko", "súhlasím"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("externý obsah", "obsah sa nepodarilo načítať", "pozrite si tento príspevok na instagrame"),
    advert=("reklama", "komerčná správa", "komerčný článok", "sponzorované", "inzercia", "pr článok",
            "článok pokračuje pod reklamou",
            "hraj zodpovedne"),  # (the notice Slovak law puts on every betting advert)
    report=("nahlásiť chybu", "našli ste chybu?", "našli ste v článku chybu?"),
    # ("online", the word Slovak papers title their live pages with -- "ONLINE: Voľby 2023" -- is left
    # out: every pack's live words are read in every page's title, and "Online-Banking: ..." or
    # "Harassment online: ..." are no live pages. "priamy prenos" titles video pages, as Czech's)
    live=("naživo", "online prenos", "minúta po minúte"),
    published=("publikované", "publikované:", "zverejnené", "zverejnené:"),
    updated=("aktualizované", "aktualizované:", "aktualizácia:", "posledná aktualizácia"),
    new_window=("otvorí sa v novom okne", "otvára sa v novom okne"),
    credit=("foto", "zdroj", "autor fotografie"),
    caption=("popis fotografie",),
    labels=("Dôležité", "Analýza", "Komentár", "Video", "Pripnuté", "Zhrnutie", "Exkluzívne", "Mimoriadne"),
    edited_by=("editor:", "redakcia:"),
    photo_labels=("foto",),
    player=("prehrať", "spustiť", "video", "dĺžka"),
    roles=("redaktor", "redaktorka", "reportér", "reportérka", "spravodajca", "spravodajkyňa", "novinár", "novinárka",
           "komentátor", "fotograf"),
    byline=("autor:", "autorka:", "autori:"),
    rights=("všetky práva vyhradené",),
    click=("kliknite sem", "kliknite tu"),
    legal=("ochrana osobných údajov", "spracovanie osobných údajov", "podmienky používania", "kontakt",
           "kontakty", "o nás", "nastavenia súkromia", "cookies"),
    stamp_words=("publikované", "aktualizované", "o", "hod"),
    singular_ages=('pred hodinou', 'pred minútou', 'pred sekundou'),
)
