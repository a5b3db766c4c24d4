"""Estonian phrase pack: interface strings of Estonian-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="et",
    # (Estonian words Finnish does not write: "ning", "või", "kui" not "kuin", "mis" not "mikä",
    # "oma"-free, "seda", "pole", "ütles"; its most frequent words -- "ja", "on", "ei", "oli", "et",
    # "see" -- are left out: Finnish, French, German and English write them too; "ka", Latvian's "that" too)
    stopwords=("ning", "või", "kui", "mis", "seda", "selle", "nad", "ütles", "veel",
               "kuid", "siis", "nüüd", "juba", "sest", "kes", "mida", "kõik", "üle", "pärast",
               "ainult", "vaid", "samuti", "tuleb", "peab", "olid", "oleks", "nende", "sellest"),
    share=("jaga", "jaga facebookis", "kopeeri link", "link kopeeritud", "prindi", "saada e-postiga"),
    more=("loe edasi", "loe lisaks", "loe rohkem", "näita rohkem", "rohkem", "lae rohkem", "laadi juurde",
          "kõik uudised", "vaata kõiki", "näita kõiki", "vanemad postitused"),
    lead_ins=("loe ka", "vaata ka", "seotud lood", "seotud", "loe lisaks"),
    related=("loetuimad", "enim loetud", "viimased uudised", "uusimad", "värskeimad", "seotud lood",
             "soovitame", "populaarsed"),
    navigation=("mine sisu juurde", "liigu sisu juurde", "avaleht", "esileht", "logi sisse", "logi välja",
                "registreeru", "otsi", "otsing", "menüü", "sulge", "tagasi üles", "telli"),
    newsletter=("telli uudiskiri", "liitu uudiskirjaga", "telli meie uudiskiri"),
    consent=("kasutame küpsiseid", "see veebileht kasutab küpsiseid", "veebileht kasutab küpsiseid", "kasutab küpsiseid",
             "küpsiste seaded", "nõustu kõigiga", "nõustun", "luba kõik", "keeldu kõigist"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("väline sisu", "see sisu pole saadaval", "vaata seda postitust instagramis"),
    advert=("reklaam", "sponsoreeritud", "sisuturundus", "reklaamtekst"),
    report=("teata veast", "märkasid viga?", "leidsid vea?"),
    # ("otse" alone only where punctuation sets it off in a title, see `newsclean.live_phrases`:
    # inside a sentence it means "directly")
    live=("otse", "otseblogi", "otseülekanne"),
    published=("avaldatud", "avaldatud:"),
    updated=("uuendatud", "uuendatud:", "viimati uuendatud", "muudetud:"),
    new_window=("avaneb uues aknas", "avaneb uuel vahelehel"),
    # ("autor/allikas", ERR's one label for a picture's author or source: "Autor/allikas: Name/ERR")
    credit=("foto", "allikas", "autor/allikas", "pildi autor"),
    caption=("pildiallkiri",),
    labels=("Oluline", "Analüüs", "Kommentaar", "Video", "Eksklusiivne", "Arvamus"),
    edited_by=("toimetaja:", "toimetajad:", "toimetas:"),
    photo_labels=("foto", "autor/allikas"),
    player=("esita", "vaata", "video", "videot", "kestus"),
    roles=("ajakirjanik", "toimetaja", "reporter", "korrespondent", "fotograaf"),
    byline=("autor:", "autorid:"),
    rights=("kõik õigused kaitstud",),
    click=("klõpsa siia", "vajuta siia", "kliki siia"),
    legal=("privaatsuspoliitika", "küpsised", "kasutustingimused", "isikuandmete töötlemine", "kontakt",
           "meist", "reklaam"),
    stamp_words=("avaldatud", "uuendatud", "viimati", "kell"),
    cookie_words=("küpsis",),
)
