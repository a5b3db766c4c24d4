"""Icelandic phrase pack: interface strings of Icelandic-language news pages (data only)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="is",
    # (Icelandic words no other pack writes, most with "ð" or "þ"; "og", "er", "til", "var", "um",
    # "sem", its most frequent words after "að", are left out: Danish, Norwegian, Swedish, German
    # and Portuguese write them too)
    stopwords=("að", "í", "á", "við", "ekki", "hann", "hún", "það", "þeir", "þau", "með", "fyrir", "frá",
               "eftir", "hefur", "hafa", "verður", "sagði", "eru", "þegar", "þetta", "þessi", "þess",
               "mjög", "einnig", "líka", "voru", "úr", "yfir", "þar", "hér", "nú", "sínu"),
    share=("deila", "deildu", "deila á facebook", "afrita hlekk", "afrita slóð", "afrita tengil", "prenta"),
    more=("lesa meira", "lesa áfram", "meira", "sjá meira", "sýna meira", "hlaða fleiri", "sjá allt",
          "allar fréttir", "fleiri fréttir"),
    lead_ins=("lestu einnig", "lestu líka", "sjá einnig", "tengdar fréttir", "tengt efni"),
    related=("mest lesið", "mest lesnu fréttirnar", "nýjustu fréttir", "nýjast", "tengdar fréttir",
             "vinsælast"),
    navigation=("fara í efni", "skráðu þig inn til að skrifa athugasemd", "hoppa í efni", "forsíða", "innskráning", "skrá inn", "útskráning",
                "nýskráning", "leit", "leita", "valmynd", "loka", "áskrift", "gerast áskrifandi"),
    newsletter=("skráðu þig á póstlistann", "gerstu áskrifandi", "skráðu þig á póstlista", "fáðu fréttabréfið"),
    consent=("við notum vafrakökur", "þessi vefur notar vafrakökur", "vefurinn notar vafrakökur", "notar vafrakökur", "notum vafrakökur",
             "stillingar vafrakaka", "samþykkja allar", "samþykkja allt", "samþykkja", "hafna öllum",
             "ég samþykki"),
    # (a prefix: never a wording a news sentence may open with)
    embed=("ytra efni", "þetta efni er ekki tiltækt"),
    advert=("auglýsing", "kostað efni"),
    report=("tilkynna villu", "sástu villu?"),
    # ("beint" alone only where punctuation sets it off in a title, see `newsclean.live_phrases`:
    # inside a sentence it means "straight"; "í beinni" is "í beinni útsendingu", live on air)
    live=("í beinni", "bein útsending", "bein lýsing", "beint"),
    published=("birt", "birt:", "birtist"),
    updated=("uppfært", "uppfært:", "síðast uppfært"),
    new_window=("opnast í nýjum glugga",),
    credit=("mynd", "myndir", "ljósmynd"),
    caption=("myndatexti",),
    labels=("Áríðandi", "Mikilvægt", "Greining", "Myndskeið", "Myndband"),
    edited_by=("ritstjóri:", "umsjón:"),
    photo_labels=("mynd", "ljósmynd"),
    player=("spila", "horfa", "á", "myndband", "myndskeið", "lengd"),
    # ("eftir", "by", also means "after": read only as a byline's lead word before names)
    roles=("fréttamaður", "blaðamaður", "fréttaritari", "ritstjóri", "ljósmyndari", "fréttastjóri"),
    byline=("höfundur:", "eftir"),
    rights=("öll réttindi áskilin",),
    click=("smelltu hér", "smellið hér"),
    legal=("persónuverndarstefna", "vafrakökur", "skilmálar", "notkunarskilmálar", "hafa samband", "um okkur",
           "auglýsingar"),
    stamp_words=("kl", "birt", "uppfært"),
    cookie_words=("vafrak",),
)
