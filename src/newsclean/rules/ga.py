"""Irish phrase pack: interface strings of Irish-language news pages (data only).

Irish words change their first letters after some words ("foilsigh" -> "fhoilsiú"): phrases are
listed in the forms pages print. Its stopwords leave out "le" and "go", which French and English
write often, but keep Irish's commonest words "an" and "na": English lists "an" too, and an Irish
page read without them counted almost as many English words as Irish ones. Every pack's stopwords
also tell names apart in every language (``shapes``), so none is a word names or firms are made of
("Ann", "Don", "Leo", "Air", "Aon" are left out)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="ga",
    stopwords=("agus", "ar", "ag", "atá", "bhí", "leis", "ach", "seo", "sin", "níl", "tá", "iad", "sé", "sí",
               "ó", "faoi", "chun", "nach", "gur", "nuair", "freisin", "dúirt", "ina", "inné", "inniu",
               "bheidh", "aige", "acu", "orthu", "idir", "an", "na", "ní", "tar", "éis", "trí",
               "bhfuil", "raibh", "siad", "gach", "féin", "eile"),
    share=("roinn", "comhroinn", "cóipeáil nasc", "priontáil"),
    more=("léigh níos mó", "níos mó", "tuilleadh", "féach níos mó", "taispeáin níos mó", "gach scéal"),
    lead_ins=("léigh freisin", "féach freisin", "scéalta gaolmhara"),
    related=("is mó a léadh", "is mó léite", "na scéalta is déanaí", "is déanaí", "scéalta gaolmhara",
             "nuacht is déanaí"),
    navigation=("baile", "leathanach baile", "cuardaigh", "roghchlár", "logáil isteach", "logáil amach", "cláraigh",
                "téigh chuig an ábhar", "ar ais go barr"),
    newsletter=("cláraigh don nuachtlitir", "liostáil", "nuachtlitir"),
    consent=("úsáidimid fianáin", "úsáideann an suíomh seo fianáin", "socruithe fianán", "glac le gach ceann",
             "glac leo go léir", "glac", "diúltaigh"),
    embed=("ábhar seachtrach",),
    advert=("fógra", "fógraíocht", "ábhar urraithe"),
    report=("tuairiscigh earráid",),
    # ("beo", "alive", alone only where punctuation sets it off in a title: "BEO | ...")
    live=("beo", "nuashonruithe beo", "blag beo", "craoladh beo"),
    published=("foilsithe:", "foilsithe", "arna fhoilsiú:"),
    updated=("nuashonraithe:", "nuashonraithe", "nuashonrú deireanach:"),
    new_window=("osclaítear i bhfuinneog nua",),
    credit=("grianghraf", "pictiúr", "foinse", "íomhá"),
    caption=("cur síos ar an íomhá", "fotheideal"),
    labels=("Nuacht bhriste", "Tábhachtach", "Eisiach", "Anailís", "Físeán"),
    edited_by=("eagarthóir:", "curtha in eagar ag"),
    photo_labels=("grianghraf", "pictiúr", "íomhá"),
    # ("le", "with", read only as a byline's lead word before names: "Le Seán Ó Murchú")
    roles=("tuairisceoir", "iriseoir", "eagarthóir", "comhfhreagraí", "grianghrafadóir", "láithreoir",
           "tráchtaire"),
    # (not the bare "le": byline words count on pages of every language, and French "le" opens
    # every other line)
    byline=("údar:", "tuairisceoir:"),
    rights=("gach ceart ar cosaint", "cóipcheart"),
    click=("cliceáil anseo", "brúigh anseo"),
    legal=("polasaí príobháideachais", "beartas príobháideachais", "téarmaí úsáide", "déan teagmháil linn",
           "fúinn", "teagmháil"),
    stamp_words=("nuashonraithe", "foilsithe", "ag"),
    player=("físeán", "seinn"),
    cookie_words=("fianá",),
)
