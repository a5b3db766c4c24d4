"""Credit and caption labels, and the shapes of a credit's text (no markup here).

The labels are data: the phrase packs' ``photo_labels`` and ``caption`` phrases for the page's
language (`newsclean.rules.packs.credit_labels`, `caption_labels`), compiled once per language
into `LabelPatterns`. Where no pack knows a label, its shape tells it: one word and a colon in
any script ("Kuva: Yle"), a dash and a label word before a name. Agencies ("Reuters", "Getty
Images") and slashes between names ("AP Photo/Evan Vucci") mark a credit in any language.
"""
from __future__ import annotations

import functools

import regex

from . import shapes

# after a prefix: ":", ",", the full-width colon and slash of CJK credits ("圖／Name", "写真：Name"),
# an ellipsis, or (after an abbreviation's dot, "Fot. Name") a space
_SEPARATOR = r"(?:\s?[:,：／]\s?|\s?(?:\.{2,3}|…)\s?|(?<=\.)\s)"
# "Name/Agency", "AP Photo/Evan Vucci": a slash between capitalised words (not "and/or", "1/2")
SLASH_CREDIT = regex.compile(r"\p{L}\s?/\s?\p{Lu}")
# a label word and its colon leading a credit element: "Kuva: Yle", "Фото: ТАСС", "写真：共同"; two
# label words joined by a slash count as one ("Autor/allikas:", "Foto/Video:"); Armenian sets the
# label off with its comma ("Լուսանկարը՝ Name")
ONE_WORD_LABEL = regex.compile(r"^[\p{L}\p{M}]{2,20}(?:/[\p{L}\p{M}]{2,20})?\s?[:：\u055d]\s?(?=\S)")
# a label of up to three words and its colon leading a credit ("Kuva ja video: Yle")
LABEL = regex.compile(r"^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}\s?[:：]\s?(?=\S)")


class LabelPatterns:
    """The label patterns for one language (built once per language). Each pattern is compiled
    on first use: the labels of all the packs make long alternations (about 20 ms each), and an
    article page without captions needs only ``leading``."""

    def __init__(self, language: str | None) -> None:
        from .rules.packs import byline_leads, caption_labels, credit_labels

        self.labels = labels = credit_labels(language)
        self.leads = byline_leads(language)
        self.captions = caption_labels(language)
        # one label, or two in a row ("Photo Credit: PTI", "Image credit:")
        self._alt = "(?:{0})(?:\\s(?:{0}))?".format("|".join(regex.escape(p) for p in labels))
        # a label inside brackets is one without an abbreviation's dot
        self._words = "|".join(regex.escape(p) for p in labels if not p.endswith("."))
        self._leads = "|".join(regex.escape(w.rstrip(":：")) for w in self.leads if w.rstrip(":："))

    @functools.cached_property
    def leading(self) -> regex.Pattern[str]:
        """A label and its separator opening a credit: "Photo: ", "Credit...", "Fot. "."""
        return regex.compile(rf"^(?:{self._alt}){_SEPARATOR}", regex.I)

    @functools.cached_property
    def trailing(self) -> regex.Pattern[str]:
        """A caption, then a label and the credit: "A crowd. Photo: Reuters"."""
        return regex.compile(rf"^(?P<caption>.*?)\s*(?<!\w)(?P<prefix>(?:{self._alt}){_SEPARATOR})(?P<credit>[^:]{{1,120}})$", regex.I)

    @functools.cached_property
    def paren(self) -> regex.Pattern[str]:
        """A credit in brackets closing a caption: "(Image: Getty Images)", "(AP Photo/Evan Vucci)",
        "[Jack Guez/AFP]"; a pack's label may be set off by a dash ("(ඡායාරූපය - Name)")."""
        words = self._words
        return regex.compile(
            rf"^(?P<caption>.*?)\s*(?:[(（](?P<credit>\s*(?P<prefix>(?:{words})(?:\s?:|\s[-–])\s?)?[^()（）\[\]]{{2,80}})[)）]"
            rf"|\[(?P<square>\s*(?P<prefix>(?:{words})(?:\s?:|\s[-–])\s?)?[^()（）\[\]]{{2,80}})\])$", regex.I)

    @functools.cached_property
    def byline(self) -> regex.Pattern[str]:
        """A byline's lead word opening a bracket, then a name: "(By Jane Doe)", "（記者張嘉明攝）"."""
        return regex.compile(rf"^(?i:{self._leads})(?:\s?[:：]\s?|\s)?(?=[^\p{{Ll}}\s\d\p{{P}}])")

    @functools.cached_property
    def word(self) -> regex.Pattern[str]:
        """A label word anywhere in bracketed text makes it a credit: "(AP Photo/Evan Vucci)",
        "(Photo by Jane Doe)"; not in words all lower case, which describe the picture: "(file
        photo)" (the caller's test)."""
        return regex.compile(rf"(?<!\w)(?:{self._words})(?!\w)", regex.I)

    @functools.cached_property
    def after(self) -> regex.Pattern[str]:
        """A label after the name, as some languages print it: "연합뉴스 자료사진" (an agency, "file
        photo"); a label written with an abbreviation's dot ("nuotr.", "fot.") may have lost it
        as the credit's closing period."""
        every = "|".join(regex.escape(p.rstrip(".")) + (r"\.?" if p.endswith(".") else "") for p in self.labels)
        return regex.compile(rf"^(?P<credit>\S.{{0,80}}?)\s(?P<label>{every})$", regex.I)

    @functools.cached_property
    def spaced(self) -> regex.Pattern[str]:
        """A pack's label led by a dash or after a sentence, before the credit with no colon:
        "- Foto BERNAMA"."""
        return regex.compile(rf"^(?P<prefix>(?:{self._alt})(?:\s(?:{self._leads}))?\s)(?=\S)", regex.I)

    @functools.cached_property
    def led(self) -> regex.Pattern[str]:
        """A pack's label followed by a byline lead word of the packs: "Photo by Jane Doe"."""
        return regex.compile(rf"^(?P<prefix>(?:{self._alt})\s(?:{self._leads})\s)(?=\S)", regex.I)

    @functools.cached_property
    def caption(self) -> regex.Pattern[str]:
        """A caption label and its separator: "Image caption: ", "Bildunterschrift: "."""
        captions = "|".join(regex.escape(p) for p in self.captions)
        return regex.compile(rf"^(?:{captions})\s?[:,]\s?", regex.I)


@functools.lru_cache(maxsize=16)
def label_patterns(language: str | None) -> LabelPatterns:
    """The label patterns for ``language`` when it has a pack, else for no language."""
    from .rules.packs import known

    return LabelPatterns(known(language))


def strip_credit_prefix(credit: str, language: str | None = None) -> tuple[str, str]:
    """``(prefix, credit without it)``: "Credit...Reuters" -> ("Credit...", "Reuters"), with the
    credit labels of the page's ``language`` (see `newsclean.rules.packs.credit_labels`)."""
    m = label_patterns(language).leading.match(credit)
    if not m:
        return "", credit
    return m.group(0), credit[m.end():].strip()


# a credit's closing period ("Fotografia: ACN."), not an initial's ("J.") or an abbreviation's
_CREDIT_END = regex.compile(r"(?<=[\p{L}\p{N}]{2})\.$|(?<=\p{Lu}{2})\.$")


def strip_sentence_end(credit: str) -> str:
    """A credit without the sentence's closing period: "ACN." -> "ACN"."""
    out = _CREDIT_END.sub("", credit.strip())
    return out.strip() or credit


# "Caption (Photo: Reuters)" in one credit element: text, then a bracket holding a label and the name
_CAPTION_BRACKET_LABEL = regex.compile(
    r"^(?P<caption>\S.{0,300}?)\s*[(（\[](?P<inner>[^()（）\[\]]{2,80})[)）\]]$")


def caption_then_credit(text: str, language: str | None) -> tuple[str, str] | None:
    """A credit element that holds the caption too: text, then a bracket led by a credit label
    (any pack's, or one word and a colon in any script): ``(caption, "(label: name)")``."""
    m = _CAPTION_BRACKET_LABEL.match(text)
    if not m:
        return None
    inner = m["inner"].strip()
    if not (strip_credit_prefix(inner, language)[0] or ONE_WORD_LABEL.match(inner)):
        return None
    return m["caption"].strip(), f"({inner})"


def closes_on_credit(text: str, language: str | None) -> bool:
    """A caption line closed by a credit that a label sets apart: in brackets ("… (Llun: Huw
    Evans)"), after the caption's sentence or a dash (`split_tail_credit`, a label printed), or
    after the caption's last word ("… in Leeds Photo: Jane Doe", a pack's label before names)."""
    if caption_then_credit(text, language) is not None:
        return True
    tail = split_tail_credit(text, language)
    if tail is not None:
        return bool(tail[1].strip(" –—|-"))
    m = label_patterns(language).trailing.match(text)
    return m is not None and bool(m["caption"]) and (credit_like(m["credit"]) or org_like(m["credit"]))


def is_agency(text: str) -> bool:
    """A news or picture agency named alone: "Ansa", "Reuters", "Getty Images"."""
    from .meta_words import AGENCIES

    t = text.strip().casefold()
    return t in AGENCIES or (t.endswith(" images") and len(t.split()) <= 3)


# a caption, a dash, then one label word of any language and a colon before the credit
DASH_LABEL_CREDIT = regex.compile(
    r"^(?P<caption>\S.{0,400}?)\s+(?P<prefix>[–—|]\s?[\p{L}\p{M}]{2,20}\s?[:：]\s?)(?P<credit>[^:：–—|]{2,80})$")


# a name written as an initial glued to the given name, as Mongolian prints the patronymic's
# initial ("Б.Энхжаргал", "Ц.Оюунгэрэл"): one or two capitals with their dots, then a word
_INITIAL_NAME = regex.compile(r"^(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}\p{M}'’\-]{1,30}$")


def credit_like(text: str) -> bool:
    """A credit after a label no pack knows: a slash between names ("Telex / Hevesi-Szabó Ádám"),
    an agency, or a person's name ("Jane Doe", "Б.Энхжаргал"); never a sentence."""
    text = text.strip()
    return not shapes.ends_sentence(text) and (bool(SLASH_CREDIT.search(text)) or is_agency(text)
                                               or shapes.is_name(text) or bool(_INITIAL_NAME.match(text)))


# an organisation or agency printed in capitals: "BERNAMA", "THE STAR", "EL UNIVERSAL"
_CAPS_ORG = regex.compile(r"^\p{Lu}[\p{Lu}\p{M}\d&.'’\-]+(?:\s\p{Lu}[\p{Lu}\p{M}\d&.'’\-]*){0,3}$")
# a credit of a few words in a script without case ("جیو نیوز", "প্রথম আলো"): letters only
_CASELESS_CREDIT = regex.compile(r"^[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+){0,3}$")
# where a credit may be set apart from the caption before it: a spaced dash or bar, or a
# sentence's end ("." "!" "?" "…", the danda "।", the full stop "。")
_TAIL_CUT = regex.compile(r"\s[–—|]\s?|\s-\s|(?<=[.!?…।。])\s")
# after a photo desk's slash, names or an agency: "Richard Lautens/Toronto Star", "Jane Doe / AFP"
_SLASHED_NAMES = regex.compile(r"^\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}\s?/\s?"
                               r"\p{Lu}[\p{L}\p{M}.'’\-]*(?:\s\p{Lu}[\p{L}\p{M}.'’\-]*){0,3}$")
TAIL_MAX_CHARS = 80


def org_like(text: str) -> bool:
    """A credit that names an organisation or a photographer and an agency: capitals
    ("BERNAMA", "THE STAR") or a slash between names ("Richard Lautens/Toronto Star")."""
    return len(text) <= TAIL_MAX_CHARS and bool(_CAPS_ORG.match(text) or _SLASHED_NAMES.match(text))


def caseless_credit(text: str) -> bool:
    """A credit of one to four words in a script without case, or whose letters take no capital
    at a word's start (Georgian: `newsclean.media_tail.unicameral`): capitals cannot mark its names."""
    from .media_tail import unicameral_words

    return len(text) <= TAIL_MAX_CHARS and bool(_CASELESS_CREDIT.match(text) or unicameral_words(text))


@functools.lru_cache(maxsize=16)
def credit_labels_of(language: str | None) -> frozenset[str]:
    """The packs' picture-credit labels for a page in ``language``, case-folded (`credit_labels`)."""
    from .rules.packs import credit_labels, known

    return frozenset(w.casefold() for w in credit_labels(known(language)))


def split_tail_credit(caption: str, language: str | None) -> tuple[str, str, str] | None:
    """``(caption, label as printed, credit)`` for a caption whose last segment, set apart by a
    spaced dash or bar or by a sentence's end, is its credit:

    * a label of any language and its colon ("… gənti — فوٹو: جیو نیوز", "… valimispeol.
      Autor/allikas: Siim Lõvi /ERR"): then names, an agency, or words of a caseless script;
    * a pack's label without a colon, after a dash ("… Jaya. - Foto BERNAMA") or before a byline
      lead ("… City. Photo by Jire Carreon/Rappler"): then names, an agency or capitals;
    * no label: after a dash, names or an organisation ("… Karachi. — White Star"); after a
      sentence, an organisation in capitals or names around a slash only ("… Montreal. Richard
      Lautens/Toronto Star"): a bare name after a sentence may be the caption's own words.

    The caption keeps its closing punctuation. Without a label, the dash or bar stands for it ("" after
    a sentence)."""
    if len(caption) > 600:
        return None
    pats = label_patterns(language)
    cuts = list(_TAIL_CUT.finditer(caption))[-2:]  # the last segment, or the last two (a dash in the credit)
    for cut in reversed(cuts):
        head, tail = caption[: cut.start()].rstrip(" –—|-"), caption[cut.end():].strip()
        if len(head.split()) < 2 or not tail or len(tail) > TAIL_MAX_CHARS + 30:
            continue
        dash = not cut.group().isspace()
        if (m := ONE_WORD_LABEL.match(tail)) and not is_agency(m.group(0).rstrip(" :：")):
            credit = tail[m.end():].strip()
            known = bool(strip_credit_prefix(tail, language)[0])
            if org_like(credit) or caseless_credit(credit) or is_agency(credit) \
                    or ((dash or known) and credit_like(credit)):
                return head, m.group(0).strip(), credit
            continue
        # (after a sentence too, the way some languages print the label without a colon: "… буй
        # нь. Гэрэл зургийг Б.Энхжаргал"; the credit must then be names, an agency or capitals)
        m = pats.led.match(tail) or pats.spaced.match(tail)
        if m and tail[:1].isupper():
            credit = tail[m.end():].strip()
            if credit_like(credit) or org_like(credit):
                return head, m["prefix"].strip(), credit
            continue
        if ":" in tail or "：" in tail or len(tail.split()) > 6 or shapes.ends_sentence(tail):
            continue
        if org_like(tail) or (dash and (is_agency(tail) or (shapes.is_name(tail) and shapes.ends_sentence(head)))):
            before, _, word = head.rpartition(" ")
            if dash and before and word.casefold() in credit_labels_of(language):
                # "… maji. PICHA | RUTH ATIENO": a pack's label before the bar
                return before.rstrip(), f"{word} {cut.group().strip()}", tail
            return head, cut.group().strip(), tail  # (the dash or bar that set the credit apart, if any)
    return None
    return None


# a copyright sign (and the notice's year) before the credit: "… in Leeds © AFP", "© 2024 Jane Doe"
_COPYRIGHT_SIGN = regex.compile(r"^©\s?(?:(?:19|20)\d{2}\s)?(?=\S)")
_COPYRIGHT_TAIL = regex.compile(r"^(?P<caption>\S.{0,400}?)\s(?P<sign>©\s?(?:(?:19|20)\d{2}\s)?)(?P<credit>[^©]{2,80})$")


def strip_copyright_sign(credit: str) -> tuple[str, str]:
    """``(sign, credit without it)`` for a credit that opens with a copyright sign and maybe the
    notice's year ("© dpa", "© 2024 Jane Doe"); ``("", credit)`` otherwise."""
    m = _COPYRIGHT_SIGN.match(credit)
    return ("", credit) if m is None else (m.group(0).strip(), credit[m.end():].strip())


def split_copyright_tail(caption: str) -> tuple[str, str, str] | None:
    """``(caption, sign as printed, credit)`` for a caption closed by a copyright sign and the
    credit: "Voters queue in Leeds © AFP", "… in Leeds. © 2024 Jane Doe/Reuters"; the credit must
    be names, an agency or capitals ("… the © symbol on the poster" is none)."""
    if "©" not in caption or len(caption) > 500:
        return None
    m = _COPYRIGHT_TAIL.match(caption)
    if m is None:
        return None
    credit = m["credit"].strip()
    if not (credit_like(credit) or org_like(credit) or caseless_credit(credit)):
        return None
    return m["caption"].strip(), m["sign"].strip(), credit


# a separator a credit element opens with, set apart from the caption before it: "/ ", "– ", "| "
_LEADING_SEPARATOR = regex.compile(r"^[/|–—-]\s+(?=\S)")
# an abbreviated label word after the credit: "Žygimanto Gedvilos/BNS nuotr.", "Jan Nowak fot."
_SUFFIX_ABBREVIATION = regex.compile(r"^(?P<credit>\S.{1,80}?)\s(?P<label>\p{Ll}{2,8}\.)$")


def credit_element_parts(text: str) -> tuple[str, str, str]:
    """``(separator, credit, suffix label)`` of a credit element's text: a separator it opens
    with ("/ Name"), and a label written after the name as an abbreviation in lower case, the
    way Lithuanian prints "nuotr." ("Name/BNS nuotr."), when what is left is a credit (names, an
    agency, a slash). The packs' labels after a name are read later, with the caption's credit."""
    sep = ""
    if (m := _LEADING_SEPARATOR.match(text)) is not None:
        sep, text = m.group(0).strip(), text[m.end():]
    m = _SUFFIX_ABBREVIATION.match(text)
    if m is not None and (credit_like(m["credit"]) or org_like(m["credit"]) or SLASH_CREDIT.search(m["credit"])):
        return sep, m["credit"].strip(), m["label"]
    return sep, text, ""
