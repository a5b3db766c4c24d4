"""Swahili phrase pack: interface strings of Swahili-language news pages (data only).

"Moja kwa moja" (live, but also "directly") is no live phrase on its own: only in "matangazo ya
moja kwa moja" (live broadcast); "mubashara" is the live badge. "Na" before the names at a
story's end is the Swahili byline ("Na JOHN DOE")."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="sw",
    stopwords=("na", "ya", "wa", "kwa", "katika", "kuwa", "alisema", "hiyo", "huo", "hao", "lakini", "pia",
               "baada", "kwamba", "hii", "hilo", "wakati", "zaidi", "ambao", "ambayo", "ambapo", "kama",
               "sana", "bado", "hadi", "kutoka", "wao", "yake", "wake", "zao", "kwenye", "amesema"),
    share=("shiriki", "sambaza", "shiriki kupitia facebook", "shiriki kupitia whatsapp", "shiriki kupitia twitter",
           "nakili kiungo"),
    more=("soma zaidi", "zaidi", "tazama zaidi", "ona zaidi", "habari zaidi", "pakia zaidi", "endelea kusoma",
          "tazama zote"),
    lead_ins=("soma pia", "soma zaidi", "pia soma", "tazama pia", "unaweza pia kusoma", "habari zinazohusiana"),
    related=("habari zinazohusiana", "zilizosomwa zaidi", "habari zaidi", "habari mpya", "zinazovuma", "maarufu"),
    navigation=("ruka hadi maudhui", "nyumbani", "mwanzo", "ingia", "jisajili", "tafuta", "menyu",
                "rudi juu"),
    newsletter=("jiandikishe kupokea jarida", "jiunge na jarida letu", "jisajili kupokea habari"),
    consent=("tunatumia vidakuzi", "tovuti hii inatumia vidakuzi", "kubali zote", "mipangilio ya vidakuzi"),
    embed=("maudhui ya nje",),
    advert=("tangazo", "matangazo", "imedhaminiwa"),
    report=("ripoti kosa", "ripoti hitilafu"),
    live=("mubashara", "matangazo ya moja kwa moja", "habari za moja kwa moja", "matangazo mubashara"),
    published=("imechapishwa:", "imechapishwa", "ilichapishwa:", "ilichapishwa"),
    updated=("imesasishwa:", "imesasishwa", "ilisasishwa", "sasisho:"),
    new_window=("hufunguka kwenye dirisha jipya", "dirisha jipya"),
    credit=("picha", "chanzo", "chanzo cha picha"),
    caption=("maelezo ya picha",),
    labels=("Habari za hivi punde", "Uchambuzi", "Muhimu", "Kipekee"),
    edited_by=("mhariri:", "imehaririwa na"),
    photo_labels=("picha",),
    roles=("mwandishi", "mhariri", "ripota"),
    byline=("na", "mwandishi:", "imeandikwa na", "ripoti ya", "mwandishi wetu"),
    rights=("haki zote zimehifadhiwa",),
    click=("bofya hapa", "bonyeza hapa"),
    legal=("sera ya faragha", "wasiliana nasi", "kuhusu sisi", "vigezo na masharti", "masharti ya matumizi"),
    stamp_words=("imechapishwa", "imesasishwa", "saa"),
)
