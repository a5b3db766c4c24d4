"""Catalan phrase pack: interface strings of Catalan-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="ca",
    # (words Spanish and French spell otherwise or lack: "amb" not "con"/"avec", "els"/"dels" not
    # "los"/"des", "però" not "pero"/"mais", "també" not "también"; the past "va dir"; none of
    # Spanish's "una", "han", "sobre", "entre" nor French's "les")
    stopwords=("els", "dels", "amb", "però", "perquè", "aquest", "aquesta", "aquests", "també", "molt", "seva",
               "seu", "seus", "havia", "fins", "més", "ara", "quan", "pel", "pels", "uns", "això", "són", "hi",
               "ho", "sense", "és", "va", "segons", "després", "encara", "altres", "dues", "aquí", "fa"),
    share=("compartir", "comparteix", "comparteix-ho", "compartir a facebook", "compartir a x",
           "copia l'enllaç", "copiar l'enllaç", "enllaç copiat", "imprimir"),
    more=("llegir més", "llegeix més", "veure'n més", "veure més", "carrega'n més", "carregar més",
          "mostra'n més", "veure-ho tot", "continua llegint", "llegeix l'article sencer", "més notícies"),
    lead_ins=("llegiu també", "llegeix també", "vegeu també", "us pot interessar", "també t'interessa",
              "notícies relacionades", "articles relacionats", "relacionat"),
    related=("el més llegit", "els més llegits", "més llegides", "les més llegides", "últimes notícies",
             "notícies relacionades", "també et pot interessar", "relacionades", "relacionats"),
    navigation=("vés al contingut", "salta al contingut", "anar al contingut principal", "portada", "inici",
                "inicia la sessió", "iniciar sessió", "tanca la sessió", "el meu compte", "cerca", "menú",
                "subscriu-te", "torna a dalt"),
    newsletter=("subscriu-te al butlletí", "subscriviu-vos al butlletí", "rep el butlletí",
                "apunta't al butlletí", "inscriu-te al butlletí"),
    consent=("utilitzem galetes", "aquest lloc web utilitza galetes", "utilitzem cookies",
             "configuració de galetes", "acceptar-ho tot", "accepta-ho tot", "rebutjar-ho tot", "accepto"),
    embed=("contingut extern", "veure aquesta publicació a instagram", "el contingut no està disponible"),
    advert=("publicitat", "anunci", "contingut patrocinat", "patrocinat", "l'article continua després de la publicitat"),
    report=("has trobat un error?", "informa d'un error", "comunica un error"),
    # ("directe" alone opens sentences: "en directe des del Parlament")
    live=("en directe", "directe", "en viu", "seguiment en directe"),
    published=("publicat", "publicada", "publicat:", "publicat el"),
    updated=("actualitzat", "actualitzada", "actualitzat:", "darrera actualització", "última actualització"),
    new_window=("s'obre en una finestra nova", "s'obre en una nova finestra", "s'obre en una pestanya nova"),
    credit=("foto", "fotografia", "imatge", "font"),
    caption=("peu de foto",),
    labels=("Última hora", "ÚLTIMA HORA", "Destacat", "Fixat", "Anàlisi", "Opinió", "Important", "Resum",
            "Vídeo"),
    edited_by=("edició:", "editat per"),
    photo_labels=("foto", "fotografia", "imatge"),
    roles=("periodista", "redactor", "redactora", "corresponsal", "enviat", "enviada", "editor", "editora",
           "fotògraf", "fotògrafa"),
    byline=("per", "redacció:", "escrit per"),
    rights=("tots els drets reservats", "reservats tots els drets"),
    click=("clica aquí", "feu clic aquí", "fes clic aquí", "cliqueu aquí"),
    legal=("avís legal", "política de privadesa", "política de galetes", "política de cookies", "contacte",
           "qui som", "condicions d'ús", "accessibilitat", "publicitat"),
    stamp_words=("publicat", "actualitzat", "a les", "a la"),
)
