"""Albanian phrase pack: interface strings of Albanian-language news pages (data only).

Albanian sites write "ë" and "ç", which some templates drop ("Lexo me shume"): the common
wordings are listed both ways."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="sq",
    # (words of Albanian alone: "por", "pas", "se", "me", "do", "si" are left out, other languages' words)
    stopwords=("dhe", "në", "të", "për", "që", "një", "nga", "është", "edhe", "kjo", "ky", "ajo", "janë",
               "ishte", "kanë", "tij", "saj", "mbi", "deri", "gjatë", "sipas", "tha", "duke", "më", "nuk",
               "këtë", "atë", "kur", "këto", "tyre", "ka", "mund"),
    share=("shpërndaje", "shpërnda", "shpërndaj", "ndaj", "kopjo linkun", "kopjo lidhjen", "printo",
           "komento", "komentet"),
    more=("lexo më shumë", "lexo me shume", "më shumë", "me shume", "shiko më shumë", "shfaq më shumë",
          "ngarko më shumë", "të gjitha lajmet", "shiko të gjitha", "lexo të plotë", "lexo"),
    lead_ins=("lexo edhe", "lexo gjithashtu", "lexoni edhe", "shiko edhe", "lexo më tej", "lajme të ngjashme"),
    related=("më të lexuarat", "me te lexuarat", "më të lexuara", "më të shikuarat", "të fundit", "lajmet e fundit",
             "lajme të ngjashme", "të ngjashme", "lajmi i fundit", "zgjedhja e redaksisë", "nga e njëjta kategori"),
    navigation=("ballina", "kryefaqja", "faqja kryesore", "kërko", "menu", "hyr", "dil", "regjistrohu",
                "kalo te përmbajtja", "kthehu lart", "abonohu"),
    newsletter=("abonohu në newsletter", "regjistrohu për newsletter", "abonohuni në buletinin tonë",
                "abonohu në buletin"),
    consent=("ne përdorim cookies", "kjo faqe përdor cookies", "kjo faqe përdor cookie", "ky uebsajt përdor cookies",
             "cilësimet e cookies", "prano të gjitha", "pranoj", "prano", "refuzo të gjitha", "refuzo"),
    embed=("përmbajtje e jashtme",),
    advert=("reklamë", "reklama", "e sponsorizuar", "përmbajtje e sponsorizuar"),
    report=("raporto një gabim", "raporto gabim", "keni gjetur një gabim?"),
    # ("live" is Italian's and English's: Albanian titles print it as well, "LIVE/ Zgjedhjet ...")
    live=("drejtpërdrejt", "drejtperdrejt", "transmetim i drejtpërdrejtë", "minutë pas minute", "minute pas minute"),
    published=("publikuar:", "publikuar më:", "publikuar më", "publikuar", "botuar:"),
    updated=("përditësuar:", "përditësuar më:", "përditësimi i fundit:", "përditësuar", "përditësuar më"),
    new_window=("hapet në një dritare të re", "hapet në dritare të re"),
    credit=("foto", "fotografia", "burimi", "foto ilustruese"),
    caption=("përshkrimi i fotos",),
    labels=("E fundit", "E FUNDIT", "Lajm i fundit", "LAJM I FUNDIT", "Ekskluzive", "EKSKLUZIVE", "Analizë"),
    edited_by=("redaktor:", "redaktoi:", "redaktore:"),
    photo_labels=("foto", "fotografia"),
    # ("nga", "from", read only as a byline's lead word before names: "Nga Arben Hoxha")
    roles=("gazetar", "gazetare", "gazetari", "gazetarja", "korrespondent", "korrespondente", "reporter",
           "reportere", "redaktor", "redaktore", "kryeredaktor", "fotoreporter", "komentator", "komentatore",
           "prezantues", "prezantuese"),
    byline=("nga", "autor:", "autori:", "shkruan:"),
    rights=("të gjitha të drejtat e rezervuara", "të drejtat e autorit të rezervuara",
            "te gjitha te drejtat e rezervuara"),
    click=("kliko këtu", "klikoni këtu", "kliko ketu"),
    legal=("politika e privatësisë", "kushtet e përdorimit", "kontakt", "rreth nesh", "na kontaktoni", "privatësia",
           "marketing"),
    stamp_words=("ora", "publikuar", "përditësuar", "më"),
    player=("video", "kohëzgjatja"),
)
