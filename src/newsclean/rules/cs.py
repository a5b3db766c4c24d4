"""Czech phrase pack: interface strings of Czech-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="cs",
    # (Czech words Polish does not use: "v" not "w", "je" not "jest", "se" not "się", "který" not
    # "który", "jsou" not "są", "byl" not "był"; most are Czech spellings Slovak does not share either
    # -- "se" not "sa", "který" not "ktorý", "jsou" not "sú", "podle" not "podľa", "jako" not "ako" --
    # but "v", "je", "k", "že" are Slovak too: a Slovak page may be read as Czech. "a", Hungarian's
    # most frequent word, is left out)
    stopwords=("v", "je", "k", "se", "že", "který", "která", "které", "kteří", "také", "jsou", "byl", "byla", "bylo", "byli",
               "není", "podle", "jako", "když", "jen", "může", "jsme", "jsem", "pro", "při", "před", "mezi",
               "nebo", "jejich", "své", "této", "tento", "uvedl", "než", "řekl", "ještě", "však"),
    share=("sdílet", "sdílejte", "kopírovat odkaz", "zkopírovat odkaz", "odkaz zkopírován", "sdílet na facebooku",
           "sdílet na x", "tisk", "vytisknout"),
    more=("zobrazit více", "více", "číst dál", "pokračovat ve čtení", "celý článek", "zobrazit vše",
          "načíst další", "načíst starší příspěvky", "starší příspěvky", "novější příspěvky", "další články"),
    lead_ins=("mohlo by vás zajímat", "čtěte také", "čtěte též", "přečtěte si také", "podívejte se také",
              "související", "související články"),
    related=("nejčtenější", "nejčtenější články", "nejnovější", "nejnovější zprávy", "další zprávy",
             "doporučujeme", "právě teď čtete"),
    navigation=("přejít na obsah", "přeskočit na obsah", "přejít k hlavnímu obsahu", "hlavní stránka",
                "úvodní stránka", "přihlásit se", "přihlásit", "odhlásit", "hledat", "vyhledávání", "menu",
                "nahoru", "zpět nahoru", "předplatné"),
    newsletter=("přihlaste se k odběru newsletteru", "odebírejte newsletter", "přihlásit k odběru",
                "odběr newsletteru"),
    consent=("používáme cookies", "tento web používá cookies", "tento web používá soubory cookie",
             "nastavení cookies", "přijmout vše", "odmítnout vše", "souhlasím"),
    # (a prefix: never a wording a news sentence may open with, "Obsah není dostupný v češtině, uvedla firma")
    embed=("externí obsah", "obsah se nepodařilo načíst"),
    advert=("reklama", "komerční sdělení", "pr článek", "sponzorováno", "inzerce"),
    report=("nahlásit chybu", "našli jste chybu?", "našli jste v článku chybu?"),
    # ("přímý přenos" is left out: "Sledujte přímý přenos zápasu" titles a video page)
    live=("živě", "on-line přenos", "online přenos"),
    published=("publikováno", "publikováno:", "zveřejněno", "zveřejněno:"),
    updated=("aktualizováno", "aktualizováno:", "aktualizace:", "poslední aktualizace"),
    new_window=("otevře se v novém okně", "otevírá se v novém okně"),
    credit=("foto", "zdroj", "autor fotografie"),
    caption=("popisek", "popis fotografie"),
    labels=("Důležité", "Analýza", "Komentář", "Video", "Připnuto", "Shrnutí", "Exkluzivně", "Mimořádně"),
    edited_by=("editor:", "redakce:"),
    photo_labels=("foto",),
    player=("přehrát", "spustit", "video", "délka"),
    roles=("redaktor", "redaktorka", "reportér", "reportérka", "zpravodaj", "zpravodajka", "novinář", "novinářka",
           "komentátor", "fotograf"),
    byline=("autor:", "autorka:", "autoři:"),
    rights=("všechna práva vyhrazena",),
    click=("klikněte zde", "klikněte sem"),
    legal=("ochrana osobních údajů", "zpracování osobních údajů", "zásady ochrany osobních údajů",
           "podmínky užití", "podmínky použití", "kontakt", "kontakty", "o nás", "nastavení soukromí", "cookies"),
    singular_ages=('před hodinou', 'před minutou', 'před sekundou'),
)
