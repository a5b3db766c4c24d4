"""Danish phrase pack: interface strings of Danish-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="da",
    # (words Norwegian and Swedish spell otherwise: "af" not "av", "blev" not "ble", "sidste" not
    # "siste"; of the words Danish shares with Norwegian only "og" and "i", the most frequent: a
    # Norwegian text must not read as Danish)
    stopwords=("og", "i", "af", "blev", "havde", "sagde", "siger", "meget", "nogle", "mellem", "hvad", "mod",
               "hendes", "sidste", "anden", "andet", "bliver", "tilbage", "igennem", "gør", "gøre", "vores",
               "hvilket", "spørgsmål", "nyheder", "ligesom"),
    share=("del", "del artikel", "del artiklen", "kopier link", "kopiér link", "link kopieret", "del på facebook",
           "del på x", "del via e-mail", "udskriv", "print"),
    more=("læs mere", "vis mere", "indlæs flere", "hent flere", "vis flere", "vis alle", "se alle",
          "læs hele artiklen", "ældre opdateringer", "vis ældre opdateringer"),
    lead_ins=("læs også", "læs mere", "se også", "relateret", "mere om", "læs også her"),
    related=("mest læste", "mest læst", "flere nyheder", "relaterede artikler", "mest sete"),
    navigation=("gå til indhold", "gå til hovedindhold", "spring til indhold", "log ind", "log ud", "min konto",
                "søg", "menu", "forside", "til forsiden", "abonnér", "tilbage til toppen"),
    newsletter=("tilmeld dig nyhedsbrevet", "tilmeld dig vores nyhedsbrev", "få vores nyhedsbrev",
                "tilmeld nyhedsbrev"),
    consent=("vi bruger cookies", "denne side bruger cookies", "dette website bruger cookies", "accepter cookies",
             "accepter alle", "tillad alle", "afvis alle", "cookieindstillinger", "administrer indstillinger"),
    embed=("se dette opslag på instagram", "eksternt indhold", "indholdet er ikke tilgængeligt", "vis eksternt indhold", "afspil video"),
    advert=("annonce", "annoncering", "sponsoreret", "sponsoreret indhold", "artiklen fortsætter efter annoncen"),
    report=("fandt du en fejl?", "har du fundet en fejl?", "rapportér en fejl", "ret en fejl"),
    live=("følg live", "live-blog", "direkte", "se det direkte"),
    published=("publiceret", "offentliggjort", "udgivet"),
    updated=("opdateret", "sidst opdateret", "opdateret:"),
    new_window=("åbner i et nyt vindue", "åbner i nyt vindue", "åbner i en ny fane"),
    credit=("foto", "billede", "fotograf", "kilde", "copyright"),
    caption=("billedtekst",),
    labels=("Breaking", "Vigtigt", "Analyse", "Opdatering", "Kommentar", "Video", "Fastgjort", "Opsummering",
            "Seneste nyt"),
    edited_by=("redigeret af", "redaktør:"),
    photo_labels=("foto", "billede", "fotograf"),
    byline=("af", "skrevet af"),
    rights=("alle rettigheder forbeholdes",),
    click=("klik her",),
    legal=("privatlivspolitik", "cookiepolitik", "om os", "kontakt", "kontakt os", "tilgængelighed",
           "handelsbetingelser", "annoncér"),
    stamp_words=("publiceret", "opdateret", "sidst", "kl"),
)
