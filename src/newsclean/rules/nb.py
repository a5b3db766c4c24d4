"""Norwegian (bokmål) phrase pack: interface strings of Norwegian-language news pages (data only).

Pages declaring ``no`` are read as bokmål (`newsclean.language.base_code`)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="nb",
    # (bokmål spellings Danish does not share: "av" not "af", "ble" not "blev", "seg" not "sig",
    # "etter" not "efter", "nå" not "nu", "mye" not "meget", "noen" not "nogen"; most differ from
    # Swedish and nynorsk too. The words Danish prints the same -- "og", "ikke", "det", "på", "til",
    # "har" -- are left out, so a Norwegian page is not scored as Danish nor a Danish one as Norwegian)
    stopwords=("av", "ble", "seg", "sier", "hadde", "vært", "enn", "mot", "gjennom", "nå", "etter", "noen",
               "mye", "hva", "deg", "meg", "ut", "opp", "igjen", "slik", "noe", "sa", "fikk", "gikk", "tok",
               "mellom", "blitt", "dere", "ennå", "kanskje", "aldri", "uten", "bli"),
    share=("del", "del artikkelen", "del saken", "kopier lenke", "kopier lenken", "lenke kopiert", "skriv ut",
           "del på facebook", "del på x", "del på e-post"),
    more=("les mer", "vis mer", "vis flere", "last inn flere", "se alle", "vis alle", "les hele saken",
          "les hele artikkelen", "flere saker", "eldre innlegg", "vis eldre innlegg"),
    lead_ins=("les også", "se også", "les mer om", "relatert", "relaterte saker"),
    related=("mest lest", "mest leste", "mest lest nå", "flere nyheter", "siste saker", "anbefalte saker"),
    navigation=("hopp til innhold", "hopp til hovedinnhold", "gå til hovedinnhold", "forsiden", "til forsiden",
                "logg inn", "logg ut", "min side", "søk", "meny", "abonner", "bli abonnent", "til toppen"),
    newsletter=("meld deg på nyhetsbrevet", "abonner på nyhetsbrevet", "få nyhetsbrevet",
                "registrer deg for nyhetsbrev"),
    consent=("vi bruker informasjonskapsler", "vi bruker cookies", "denne nettsiden bruker informasjonskapsler",
             "godta alle", "aksepter alle", "avvis alle", "innstillinger for informasjonskapsler"),
    embed=("eksternt innhold", "vis eksternt innhold"),
    advert=("annonse", "reklame", "annonsørinnhold", "sponset", "sponset innhold"),
    report=("fant du en feil?", "har du funnet en feil?", "meld fra om feil"),
    live=("direkte", "følg direkte", "direktesendt", "siste nytt direkte"),
    published=("publisert", "publisert:"),
    updated=("oppdatert", "oppdatert:", "sist oppdatert"),
    new_window=("åpnes i nytt vindu", "åpner i nytt vindu", "åpnes i ny fane"),
    credit=("foto", "bilde", "fotograf", "kilde", "illustrasjon"),
    caption=("bildetekst",),
    labels=("Siste nytt", "Viktig", "Analyse", "Kommentar", "Video", "Festet", "Oppsummering", "Oppdatering"),
    edited_by=("redigert av", "redaktør:"),
    photo_labels=("foto", "bilde", "fotograf"),
    player=("spill", "av", "video", "se", "varighet"),
    roles=("journalist", "reporter", "vaktsjef", "redaktør", "korrespondent", "nyhetsleder", "nyhetsredaktør",
           "kommentator", "fotograf", "kommentarredaktør", "analytiker", "meteorolog"),
    byline=("av", "skrevet av"),
    rights=("alle rettigheter forbeholdt",),
    click=("klikk her", "trykk her"),
    legal=("personvern", "personvernerklæring", "informasjonskapsler", "cookieinnstillinger", "kontakt oss",
           "om oss", "annonsere", "tilgjengelighet", "tilgjengelighetserklæring"),
    one_words=('en', 'ett', 'ei', 'et'),
)
