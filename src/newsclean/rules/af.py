"""Afrikaans phrase pack: interface strings of Afrikaans-language news pages (data only).

Afrikaans is close to Dutch; its stopwords are words Dutch writes otherwise ("nie", "vir", "hulle",
"gesê", "'n"), so Dutch pages keep their guess."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="af",
    stopwords=("die", "nie", "'n", "ŉ", "vir", "sy", "hulle", "gesê", "hê", "jy", "ek", "baie", "deur", "toe",
               "hierdie", "daardie", "mense", "gaan", "sal", "kon", "word", "nou", "oor", "dié", "weer", "ná",
               "wat", "reeds"),
    share=("deel", "deel op facebook", "kopieer skakel", "druk", "lewer kommentaar"),
    more=("lees meer", "meer", "sien meer", "wys meer", "laai meer", "sien alles", "alle nuus", "lees verder"),
    lead_ins=("lees ook", "sien ook", "verwante artikels", "verwante nuus"),
    related=("mees gelees", "meeste gelees", "jongste nuus", "nuutste", "verwante artikels", "verwante nuus",
             "gewild", "redakteur se keuse"),
    navigation=("tuis", "tuisblad", "soek", "spyskaart", "teken in", "teken uit", "registreer", "gaan na inhoud",
                "terug na bo"),
    newsletter=("teken in op ons nuusbrief", "ontvang ons nuusbrief", "nuusbrief"),
    consent=("ons gebruik koekies", "hierdie webwerf gebruik koekies", "koekie-instellings", "aanvaar alles",
             "aanvaar", "weier"),
    embed=("eksterne inhoud",),
    advert=("advertensie", "geborgde inhoud", "geborg"),
    report=("rapporteer 'n fout", "sien jy 'n fout?"),
    live=("regstreeks", "regstreekse dekking", "volg regstreeks", "lewendige dekking"),
    published=("gepubliseer:", "gepubliseer", "gepubliseer op"),
    updated=("bygewerk:", "bygewerk", "opgedateer:", "laas bygewerk:"),
    new_window=("maak in 'n nuwe venster oop",),
    credit=("foto", "beeld", "bron", "foto's"),
    caption=("byskrif",),
    labels=("Breeknuus", "BREEKNUUS", "Eksklusief", "Ontleding", "Belangrik"),
    edited_by=("redakteur:", "geredigeer deur"),
    photo_labels=("foto", "beeld"),
    # ("deur", "through", read only as a byline's lead word before names: "Deur Jan Botha")
    byline=("deur", "skrywer:", "verslaggewer:"),
    rights=("alle regte voorbehou", "kopiereg voorbehou"),
    click=("klik hier", "druk hier"),
    legal=("privaatheidsbeleid", "terme en voorwaardes", "kontak ons", "oor ons", "koekiebeleid",
           "gebruiksvoorwaardes"),
    stamp_words=("bygewerk", "gepubliseer", "om"),
    player=("video", "speel"),
    cookie_words=("koekie",),
)
