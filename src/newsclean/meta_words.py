"""Words the metadata stage reads as data: byline prefixes, name conjunctions, job titles, news
agencies and desk names, per language where they are a language's words.

Each table is plain data so a new language is a new entry, not new logic. Keys are ISO 639-1 codes;
the byline reader tries every language (a German page may print an English "By"), so the tables
are unions at run time.
"""
from __future__ import annotations

# Words printed before the names in a byline ("By Jane Doe", "Von Max Muster").
BYLINE_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "reporting by", "story by", "author", "authors", "posted by",
           "text by", "interview by", "analysis by", "opinion by", "interview"),
    "de": ("von", "ein kommentar von", "eine analyse von", "ein gastbeitrag von", "autor", "autorin",
           "autoren", "text", "verfasst von", "interview", "ein interview von"),
    "fr": ("par", "auteur", "autrice", "texte", "propos recueillis par", "entretien réalisé par"),
    "es": ("por", "autor", "autora", "escrito por", "texto"),
    "pt": ("por", "autor", "autora", "texto"),
    "it": ("di", "a cura di", "autore", "autrice", "scritto da"),
    "nl": ("door", "auteur", "tekst"),
    "pl": ("przez", "autor", "autorka", "tekst"),
    "sv": ("av", "text"),
    "no": ("av", "tekst"),
    "da": ("af", "tekst"),
    "lt": ("autorius", "autorė"),
    "ru": ("автор", "текст"),
    "vi": ("tác giả",),
    "is": ("eftir", "höfundur"),
    "zh": ("作者", "记者", "記者", "责编", "責編", "责任编辑", "責任編輯", "编辑", "編輯"),
}

# Words joining two names ("Jane Doe and John Roe", "Max Muster und Erika Muster").
CONJUNCTIONS: dict[str, tuple[str, ...]] = {
    "en": ("and", "&"),
    "de": ("und",),
    "es": ("y", "e"),
    "fr": ("et",),
    "it": ("e", "ed"),
    "pt": ("e",),
    "nl": ("en",),
    "ca": ("i",),
    "pl": ("i", "oraz"),
    "sv": ("och",),
    "no": ("og",),
    "da": ("og",),
    "is": ("og",),
    "lt": ("ir",),
    "ru": ("и",),
    "vi": ("và",),
}

# Job titles printed after a name ("Jane Doe, Senior Reporter"); matched word by word.
ROLE_WORDS: frozenset[str] = frozenset(w.casefold() for w in (
    # en
    "reporter", "correspondent", "editor", "writer", "journalist", "staff", "contributor", "columnist",
    "producer", "analyst", "critic", "photographer", "senior", "chief", "deputy", "political", "business",
    "foreign", "health", "science", "sports", "sport", "technology", "economics", "news", "managing",
    "contributing", "freelance", "associate", "special", "data", "investigations", "investigative",
    "author", "authors", "autoren", "auteurs", "autori", "autores", "by",
    # de
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journalistin", "autor", "autorin",
    "chefredakteur", "chefredakteurin", "reporterin", "volontär", "volontärin", "ressortleiter",
    "ressortleiterin", "kolumnist", "kolumnistin", "mitarbeiter", "mitarbeiterin",
    # fr
    "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "envoyé", "envoyée",
    "spécial", "spéciale", "chroniqueur", "chroniqueuse",
    # es / pt / it
    "periodista", "corresponsal", "redactor", "redactora", "jornalista", "correspondente", "repórter",
    "giornalista", "corrispondente", "redattore", "redattrice", "inviato", "inviata",
    # nl / pl / nordic
    "redacteur", "verslaggever", "correspondent", "dziennikarz", "dziennikarka", "korespondent",
    "reporter", "journalist", "redaktør", "skribent", "medarbetare",
))

# News agencies: an agency is credited, not an author.
AGENCIES: frozenset[str] = frozenset(w.casefold() for w in (
    "AP", "Associated Press", "The Associated Press", "Reuters", "Thomson Reuters", "AFP", "Agence France-Presse",
    "Agence France Presse", "dpa", "Deutsche Presse-Agentur", "APA", "KNA", "epd", "EFE", "Agencia EFE",
    "ANSA", "PAP", "Xinhua", "Kyodo", "Kyodo News", "PA", "PA Media", "Press Association", "Bloomberg", "TASS",
    "RIA Novosti", "ANP", "Belga", "SDA", "Keystone-SDA", "NTB", "TT", "Ritzau", "ČTK", "CTK", "Lusa",
    "Europa Press", "Yonhap", "IANS", "PTI", "ANI", "AAP", "Canadian Press", "The Canadian Press", "dpa-AFX",
    "SID", "KAP", "APA-OTS", "BNS", "ELTA", "MTI", "Anadolu", "Interfax", "UPI", "CNA", "Jiji", "Jiji Press",
    "Europa Press", "Notimex", "Télam", "Agência Brasil", "Ukrinform", "Sputnik", "AA", "RTR", "ATS",
    # the same agencies in the scripts of their readers (Arabic, Hebrew, Chinese, Japanese, Korean)
    "رويترز", "أسوشيتد برس", "فرانس برس", "أ ف ب", "الأناضول", "وام", "واس", "أ.ف.ب", "د.ب.أ",
    "רויטרס", "אי-פי", "איי.פי", "AFP", "סוכנות הידיעות", "路透社", "路透", "美联社", "美聯社", "法新社",
    "新华社", "新華社", "中央社", "共同社", "ロイター", "共同通信", "時事通信", "AP通信", "로이터", "연합뉴스",
    "AP 연합뉴스", "뉴시스", "뉴스1",
))

# Desk and newsroom names printed where a byline would be: an author line naming no person.
DESK_WORDS: frozenset[str] = frozenset(w.casefold() for w in (
    "news", "staff", "editorial", "newsdesk", "news desk", "web desk", "online", "editor", "editors", "admin",
    "administrator", "team", "redaktion", "nachrichten", "onlineredaktion", "online-redaktion", "newsroom",
    "rédaction", "redacción", "redação", "redazione", "redactie", "redakcja", "redaksjonen", "redaktionen",
    "guest", "gast", "gastautor", "agencies", "agency", "agenturen", "agences", "agencias", "wire", "wires",
    "staff writer", "staff reporter", "web team", "digital team", "desk",
    "red", "red.", "no author", "kein autor", "sans auteur",
    # placeholders a CMS prints where no author was entered
    "unknown", "anonymous", "anonym", "anonyme", "anónimo", "anonimo", "anônimo", "publisher", "super user",
    "null", "none", "undefined", "webmaster", "unbekannt", "inconnu", "desconocido", "sconosciuto",
))

# Legal forms after an organisation's name ("Hanns-Seidel-Stiftung e.V.", "Web Commerce GmbH",
# "Acme Inc."): matched case-sensitively as whole words. A part carrying one is no person.
LEGAL_FORMS: tuple[str, ...] = (
    "GmbH", "gGmbH", "mbH", "AG", "KG", "OHG", "e.V.", "e. V.", "e.V", "e. V", "Inc.", "Inc", "Ltd.", "Ltd",
    "LLC", "plc", "PLC", "S.A.", "S.L.", "S.r.l.", "Srl", "S.p.A.", "SpA", "Corp.", "Corp", "Co.", "N.V.",
    "B.V.", "A/S", "ASA", "Oy", "Sp. z o.o.", "SARL", "SAS", "GbR", "eG",
)

# Head words of organisations' names, per language: a byline part holding one of them names an
# outlet, a body or a team, not a person ("Deutscher Caritasverband", "Top Solar News",
# "Wikimedia Foundation", "PETA-Team"). Matched word by word, case-folded, also as the last part
# of a hyphenated word ("PETA-Team", "Online-Redaktion").
ORG_WORDS: frozenset[str] = frozenset(w.casefold() for w in (
    # en
    "news", "team", "foundation", "institute", "university", "ministry", "association", "magazine", "group",
    "newsroom", "staff", "editors", "agency", "press", "media", "network", "company", "council", "society",
    "presse", "prensa", "stampa", "pers",
    # de
    "redaktion", "stiftung", "verband", "verein", "institut", "universität", "ministerium", "magazin",
    "zeitung", "gruppe", "gesellschaft", "pressestelle", "nachrichten", "verlag", "bundesverband",
    "fraktion", "bundestagsfraktion", "partei", "sekretariat", "solutions", "services",
    # fr / es / it / pt / nl
    "rédaction", "fondation", "association", "société", "magazine", "redacción", "fundación", "asociación",
    "redazione", "fondazione", "associazione", "redação", "fundação", "associação", "redactie", "stichting",
    "vereniging",
))

# Words of a phrase that ends in a byline word before the name ("Zeige alle Beiträge von Cem
# Basman", "View all posts by Daniel Lemire", "Pressemitteilung von Katja Kipping"): the byline
# words that may stand inside a line. Not "di", "da", "de": those are also particles inside
# Romance names ("Maria da Graça Foster"); "von" is one too, but a noble name has one word after it
# or an article ("Ursula von der Leyen"), and the phrase is cut only before two capitalised words.
INNER_PREFIXES: tuple[str, ...] = ("by", "von", "par", "por", "door", "av", "af", "przez", "eftir")


# Prepositions that put an author where the piece was filed from ("Name, de Brasília", "Name,
# from Kyiv", "Name, aus Berlin"): followed by a place (`meta_places.is_place`), a dateline.
PLACE_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("from", "in"),
    "de": ("aus", "in"),
    "fr": ("de", "à", "depuis", "en"),
    "es": ("desde", "de", "en"),
    "pt": ("de", "do", "da", "em", "no", "na", "direto de"),
    "it": ("da", "a", "in"),
    "nl": ("uit", "vanuit", "in"),
    "pl": ("z", "ze", "w", "we"),
    "sv": ("från", "i"),
    "no": ("fra", "i"),
    "da": ("fra", "i"),
    "cs": ("z", "ze", "v", "ve"),
    "hr": ("iz", "u"),
    "ro": ("din", "la"),
    "ru": ("из", "в"),
}


def union(table: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Every language's entries, longest first (so "written by" is tried before "by")."""
    seen = {w for words in table.values() for w in words}
    return tuple(sorted(seen, key=len, reverse=True))


# Path segments of the URL of an author's page ("/author/jane-doe", "/autoren/name/max-kolter"):
# a link there whose text is a name is a byline.
AUTHOR_PATH_WORDS: tuple[str, ...] = (
    "author", "authors", "autor", "autoren", "autorin", "auteur", "auteurs", "autore", "autori", "autores",
    "journalist", "journalisten", "journaliste", "journalistes", "periodista", "periodistas", "redakteur",
    "redaktion/autor", "redacteur", "redactor", "redactores", "writer", "writers", "columnist", "profile/author",
    "tac-gia", "avtor", "szerzo", "forfatter", "skribent", "toimittaja",
)

# Class words of boxes that list other stories (their bylines are not this story's).
TEASER_CLASS_WORDS: tuple[str, ...] = (
    "teaser", "appetizer", "related", "most-read", "mostread", "popular", "recommend", "more-stories",
    "read-more", "readmore", "trending", "carousel", "sidebar", "footer", "nav",
)

# Class words of a picture's credit: a class token holding one beside an author word
# ("media-license-author", "photo-author", "bildautor") names who took the picture.
CREDIT_CLASS_WORDS: tuple[str, ...] = (
    "license", "licence", "credit", "copyright", "caption", "photo", "foto", "bild", "image", "img", "picture",
)

# Class or id words of a comment thread: a name there is a commenter's ("comment-author vcard";
# "talkback", as Hebrew sites name their readers' comments). (Not "Kommentar": German sites file
# opinion pieces under it, "category-kommentar", and their authors are the story's.)
COMMENT_CLASS_WORDS: tuple[str, ...] = ("comment", "reply", "respond", "discussion", "disqus", "talkback")
