"""Romanian phrase pack: interface strings of Romanian-language news pages (data only).

Romanian pages print "ș" and "ț" with a comma below or, in older fonts, a cedilla ("ş", "ţ"):
`_both` adds the cedilla spelling of a phrase beside the comma one.
"""
from .phrases import PhrasePack


def _both(*phrases: str) -> tuple[str, ...]:
    """The phrases, and each spelt with cedillas."""
    return tuple(dict.fromkeys((*phrases, *(p.replace("ș", "ş").replace("ț", "ţ") for p in phrases))))


PACK = PhrasePack(
    language="ro",
    # (Romanian words Italian, Spanish, Portuguese and French spell otherwise: "și" not "e"/"y",
    # "în" not "in"/"en", "pentru" not "per"/"para"; "la", "de", "a" left out)
    stopwords=_both("și", "în", "că", "pe", "cu", "din", "care", "este", "să", "au", "nu", "mai", "fost",
                    "pentru", "sunt", "iar", "după", "acest", "această", "despre", "dintre", "fi", "lui",
                    "între", "către", "prin", "doar", "însă", "încă", "unor", "unei", "spus", "ale"),
    share=_both("distribuie", "distribuie pe facebook", "distribuie articolul", "copiază linkul", "copiază link",
                "linkul a fost copiat", "printează", "trimite pe whatsapp"),
    more=_both("citește mai mult", "citește tot articolul", "citește continuarea", "vezi mai mult", "vezi toate",
               "mai multe știri", "încarcă mai multe", "toate știrile"),
    lead_ins=_both("citește și", "citiți și", "vezi și", "citește mai multe", "citește și:"),
    related=_both("articole recomandate", "cele mai citite", "cele mai citite știri", "cele mai noi",
                  "ultimele știri", "știri similare", "articole similare", "pe aceeași temă", "recomandările redacției"),
    navigation=_both("sari la conținut", "mergi la conținut", "acasă", "pagina principală", "autentificare",
                     "conectare", "deconectare", "căutare", "caută", "meniu", "înapoi sus", "contul meu",
                     "abonează-te"),
    newsletter=_both("abonează-te la", "abonează-te la newsletter", "înscrie-te la newsletter",
                     "urmărește-ne pe"),
    consent=_both("folosim cookie-uri", "acest site folosește cookie-uri", "acceptă toate", "accept toate",
                  "accept", "setări cookie", "refuză toate"),
    embed=_both("conținut extern",),
    advert=_both("publicitate", "conținut sponsorizat", "material sponsorizat", "articol susținut"),
    report=_both("ai găsit o greșeală?", "semnalează o greșeală", "raportează o eroare"),
    live=_both("în direct", "live text", "live blog"),
    published=_both("publicat:", "publicat la", "data publicării"),
    updated=_both("actualizat", "actualizat:", "actualizat la", "ultima actualizare"),
    new_window=_both("se deschide într-o fereastră nouă", "se deschide într-un tab nou"),
    credit=("foto", "sursa", "sursă", "sursa foto", "fotografie"),
    caption=("descriere foto",),
    labels=("Ultima oră", "ULTIMA ORĂ", "Ultima ora", "Breaking news", "Analiză", "Video", "Update", "Exclusiv",
            "Fixat"),
    edited_by=("editor:", "redactor:", "editat de"),
    photo_labels=("foto", "fotografie"),
    player=("redă", "vezi", "video", "clipul", "durata"),
    # ("de" would be read before names on pages of every language, where it opens names and
    # Dutch sentences: "De Jong ...")
    roles=("jurnalist", "jurnalistă", "reporter", "reporteră", "redactor", "redactoră", "corespondent",
           "corespondentă", "editor", "fotoreporter"),
    byline=("autor:", "de către"),
    rights=_both("toate drepturile rezervate", "toate drepturile sunt rezervate"),
    click=("click aici", "apasă aici", "dă click aici"),
    legal=_both("politica de confidențialitate", "politica de confidentialitate", "politica de cookies",
                "termeni și condiții", "termeni si conditii", "contact", "despre noi", "publicitate", "anpc"),
    one_words=('o', 'un'),
)
