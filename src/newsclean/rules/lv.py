"""Latvian phrase pack: interface strings of Latvian-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="lv",
    # (Latvian words Lithuanian does not write: "bija" not "buvo", "arī", "tika", "kā" not "kaip",
    # "viņš", "pēc", "līdz", "nav"; "ir" (Lithuanian's "and"), "un" and "par" (French), "no"
    # (Spanish, Italian), "var" (Swedish), "vai" (Finnish), "ka" (Estonian), "bet", "jau", "kas",
    # "kuri" (Lithuanian too) are left out)
    stopwords=("ar", "uz", "arī", "bija", "tika", "tiek", "būs", "kā", "pēc", "šo", "šis", "šī", "viņš",
               "viņa", "viņi", "tā", "tās", "kuru", "kura", "savu", "vēl", "tikai", "līdz", "nav",
               "tomēr", "tāpēc", "kurš", "sacīja", "norādīja", "teica", "gadā", "kuras", "tiks"),
    share=("dalīties", "kopīgot", "kopēt saiti", "saite nokopēta", "drukāt"),
    more=("lasīt vairāk", "lasīt tālāk", "vairāk", "rādīt vairāk", "ielādēt vairāk", "visas ziņas", "skatīt visu",
          "rādīt visus"),
    lead_ins=("lasi arī", "lasiet arī", "lasi vēl", "skaties arī", "saistītie raksti", "saistītās ziņas"),
    related=("lasītākie", "populārākie", "jaunākās ziņas", "jaunākie", "saistītie raksti", "iesakām",
             "visvairāk lasītie"),
    navigation=("pāriet uz saturu", "uz saturu", "sākumlapa", "sākums", "pieslēgties", "iziet", "reģistrēties",
                "meklēt", "meklēšana", "izvēlne", "aizvērt", "uz augšu", "abonēt"),
    newsletter=("piesakies jaunumiem", "pieteikties jaunumiem", "abonē jaunumus"),
    consent=("mēs izmantojam sīkdatnes", "šī vietne izmanto sīkdatnes", "vietne izmanto sīkdatnes", "izmanto sīkdatnes",
             "sīkdatņu iestatījumi", "piekrītu", "pieņemt visas", "apstiprināt visas", "noraidīt visas"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("ārējs saturs", "šis saturs nav pieejams"),
    advert=("reklāma", "sponsorēts", "sponsorēts saturs", "partnera saturs", "reklāmraksts"),
    report=("ziņot par kļūdu", "pamanīji kļūdu?", "pamanījāt kļūdu?"),
    live=("tiešraide", "teksta tiešraide", "video tiešraide", "tiešraidē"),
    published=("publicēts", "publicēts:", "publicēšanas datums"),
    updated=("atjaunots", "atjaunots:", "atjaunināts", "atjaunināts:", "pēdējoreiz atjaunots"),
    new_window=("atveras jaunā logā", "atvērsies jaunā logā"),
    credit=("foto", "avots", "attēls"),
    caption=("attēla apraksts",),
    labels=("Svarīgi", "Analīze", "Komentārs", "Video", "Ekskluzīvi", "Steidzami"),
    edited_by=("redaktors:", "redaktore:", "rediģēja:"),
    photo_labels=("foto",),
    byline=("autors:", "autore:", "autori:", "teksts:"),
    rights=("visas tiesības aizsargātas",),
    click=("spied šeit", "noklikšķiniet šeit", "klikšķini šeit"),
    legal=("privātuma politika", "sīkdatņu politika", "lietošanas noteikumi", "kontakti", "par mums", "reklāma",
           "sīkdatnes"),
    stamp_words=("publicēts", "atjaunots", "plkst"),
    cookie_words=("sīkdat",),
)
