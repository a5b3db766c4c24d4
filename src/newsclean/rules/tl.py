"""Filipino (Tagalog) phrase pack: interface strings of Filipino-language news pages (data only).

Pages declare "tl" or "fil" (`language.base_code` reads both as "tl"). Filipino sites print many
controls in English, which the English pack's phrases cover; these are the Filipino wordings. "Ni"
before the names is the byline ("Ni JUAN DELA CRUZ"); "BASAHIN:" and "PANOORIN:" lead to a teaser."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="tl",
    stopwords=("ang", "ng", "mga", "ay", "hindi", "niya", "nang", "kanyang", "naman", "noong", "ito", "siya",
               "kay", "para", "kung", "mula", "dahil", "ngunit", "pero", "sila", "nila", "rin", "din", "lamang",
               "lang", "ayon", "raw", "daw", "kanilang", "nasa", "isang"),
    share=("ibahagi", "i-share", "kopyahin ang link", "i-print"),
    more=("magbasa pa", "basahin pa", "higit pa", "tingnan lahat", "tingnan ang lahat", "ipakita pa",
          "iba pang balita", "basahin ang buong balita"),
    lead_ins=("basahin", "basahin din", "panoorin", "alamin", "kaugnay na balita"),
    related=("kaugnay na balita", "mga kaugnay na balita", "pinakabagong balita", "pinakasikat",
             "pinakabinabasa", "iba pang balita", "mga pinakabagong balita"),
    navigation=("lumaktaw sa nilalaman", "tahanan", "mag-log in", "mag-sign in", "maghanap", "hanapin",
                "bumalik sa itaas"),
    newsletter=("mag-subscribe sa aming newsletter", "mag-subscribe"),
    consent=("gumagamit kami ng cookies", "gumagamit ang website na ito ng cookies", "tanggapin lahat",
             "tanggapin ang lahat"),
    embed=("panlabas na nilalaman",),
    advert=("patalastas", "anunsyo"),
    report=("iulat ang mali", "mag-ulat ng mali"),
    live=("live", "live updates", "live blog", "panoorin nang live"),
    published=("inilathala:", "inilathala noong", "nailathala:"),
    updated=("na-update:", "huling update:", "na-update noong", "in-update:"),
    new_window=("bubukas sa bagong window", "sa bagong window"),
    credit=("larawan", "litrato", "larawan mula sa", "kuha ni", "retrato"),
    caption=("paliwanag sa larawan",),
    labels=("Eksklusibo", "Pagsusuri", "Mahalaga", "Bagong balita"),
    edited_by=("inedit ni", "patnugot:"),
    photo_labels=("larawan", "litrato", "kuha ni"),
    roles=("reporter", "mamamahayag", "koresponsal", "editor"),
    byline=("ni", "ulat ni", "isinulat ni", "sinulat ni"),
    rights=("lahat ng karapatan ay nakalaan", "nakalaan ang lahat ng karapatan"),
    click=("i-click dito", "pindutin dito", "mag-click dito"),
    legal=("patakaran sa privacy", "makipag-ugnayan sa amin", "tungkol sa amin", "mga tuntunin at kundisyon"),
    stamp_words=("noong", "alas"),
)
