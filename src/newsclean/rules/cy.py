"""Welsh phrase pack: interface strings of Welsh-language news pages (data only).

Welsh mutates the first letter of words after some words ("byw" -> "fyw", "rhannu" -> "rannu"):
phrases are listed in the forms pages print."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="cy",
    stopwords=("yr", "yn", "ac", "ei", "mae", "bod", "wedi", "gan", "roedd", "ond", "hefyd", "fel",
               "eu", "ym", "oedd", "ddim", "nid", "neu", "dros", "gyda", "hyn", "hynny", "rhai", "iawn",
               "ar", "yng", "i'r", "o'r", "sydd", "fod", "dweud", "dywedodd", "byddai", "ddoe", "heddiw", "nhw"),
    share=("rhannu", "rhannwch", "rhannu ar facebook", "copïo dolen", "copïo'r ddolen", "argraffu", "sylwadau"),
    more=("darllen mwy", "mwy", "gweld mwy", "dangos mwy", "llwytho mwy", "gweld y cyfan", "pob stori",
          "darllen rhagor", "rhagor"),
    lead_ins=("darllenwch hefyd", "darllen hefyd", "gweler hefyd", "straeon perthnasol", "mwy am y stori hon"),
    related=("mwyaf poblogaidd", "mwyaf darllen", "y diweddaraf", "straeon diweddaraf", "straeon perthnasol",
             "mwy o newyddion", "dewis y golygydd"),
    navigation=("hafan", "chwilio", "dewislen", "mewngofnodi", "allgofnodi", "cofrestru", "neidio i'r cynnwys",
                "yn ôl i'r brig", "tanysgrifio"),
    newsletter=("tanysgrifiwch i'n cylchlythyr", "cofrestrwch i'n cylchlythyr", "cylchlythyr"),
    consent=("rydym yn defnyddio cwcis", "mae'r wefan hon yn defnyddio cwcis", "gosodiadau cwcis",
             "derbyn y cyfan", "derbyn pob cwci", "derbyn", "gwrthod"),
    embed=("cynnwys allanol", "nid yw'r cynnwys hwn ar gael"),
    advert=("hysbyseb", "hysbysebu", "cynnwys noddedig", "noddir gan"),
    report=("adrodd gwall", "rhoi gwybod am wall"),
    # ("yn fyw", "alive", is left out: "Dyn yn fyw ar ôl ..." is a sentence, and "fyw" alone
    # closes the name "Cymru Fyw")
    live=("llif byw", "blog byw", "darllediad byw", "diweddariadau byw"),
    published=("cyhoeddwyd:", "cyhoeddwyd", "wedi'i gyhoeddi:"),
    updated=("diweddarwyd:", "diweddarwyd", "diweddariad diwethaf:"),
    new_window=("yn agor mewn ffenestr newydd",),
    credit=("llun", "lluniau", "ffynhonnell", "ffynhonnell y llun"),
    caption=("disgrifiad o'r llun", "capsiwn"),
    labels=("Newyddion diweddaraf", "Pwysig", "Dadansoddiad", "Fideo", "Egsgliwsif"),
    edited_by=("golygydd:", "golygwyd gan"),
    photo_labels=("llun",),
    roles=("gohebydd", "golygydd", "newyddiadurwr", "newyddiadurwraig", "ffotograffydd", "cyflwynydd",
           "sylwebydd"),
    byline=("gan", "awdur:", "gohebydd:"),
    rights=("cedwir pob hawl", "hawlfraint", "cedwir pob hawl."),
    click=("cliciwch yma", "pwyswch yma"),
    legal=("polisi preifatrwydd", "polisi cwcis", "telerau defnyddio", "cysylltu", "cysylltwch â ni", "amdanom ni",
           "hygyrchedd", "preifatrwydd"),
    stamp_words=("diweddarwyd", "cyhoeddwyd", "am"),
    player=("fideo", "chwarae", "hyd"),
    cookie_words=("cwci",),
)
