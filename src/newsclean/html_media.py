"""Media inside a post: figures, images and videos, with their captions and credits.

A caption comes from a ``<figcaption>``, else from the text a media container shows beside
its image or player (a video's title); a credit from an element whose role says credit or
copyright, else from a prefixed tail of the caption ("Photo: Reuters", "Credit...AP"). The
labels are data: the phrase packs' ``photo_labels`` and ``caption`` phrases, for the page's
language (`newsclean.rules.packs.credit_labels`, `caption_labels`).

Where no label says so, shape and repetition do: a bracketed group closing a caption is its
credit when two or more captions of the page close on one, or when it is shaped like a credit
("(Craig Hudson for The Washington Post)", "… 2023. (GPO)"), never when it is part of the
sentence ("(pictured)", "(2019)", "(R-Ala.)"). A credit element's leading "Word:" is a label in
any language ("Kuva: Yle"), as is a longer one the page prints before two or more credits.
"""
from __future__ import annotations

import functools
import itertools

import regex
from lxml import etree
from lxml import html as lxml_html

from . import shapes
from .html_roles import CREDIT_CLASS, Ctx, roles, shown_text
from .rules import RuleSet
from .model import Media

# after a prefix: ":", ",", an ellipsis, or (after an abbreviation's dot, "Fot. Name") a space
_SEPARATOR = r"(?:\s?[:,]\s?|\s?(?:\.{2,3}|…)\s?|(?<=\.)\s)"
# "Name/Agency", "AP Photo/Evan Vucci": a slash between capitalised words (not "and/or", "1/2")
_SLASH_CREDIT = regex.compile(r"\p{L}\s?/\s?\p{Lu}")
# a caption element, as opposed to the credit beside it (a class may say both: "caption attribution")
_CAPTION_CLASS = regex.compile(r"caption|legend|description", regex.I)
# inside a picture, the author named is the photographer: a credit ("imageAuthor", "photographer")
_PHOTOGRAPHER_CLASS = regex.compile(r"author|photographer|fotograf", regex.I)


class _Patterns:
    """The label patterns for one language (built once per language)."""

    def __init__(self, language: str | None) -> None:
        from .rules.packs import caption_labels, credit_labels

        labels = credit_labels(language)
        # one label, or two in a row ("Photo Credit: PTI", "Image credit:")
        alt = "(?:{0})(?:\\s(?:{0}))?".format("|".join(regex.escape(p) for p in labels))
        self.leading = regex.compile(rf"^(?:{alt}){_SEPARATOR}", regex.I)
        self.trailing = regex.compile(rf"^(?P<caption>.*?)\s*(?<!\w)(?P<prefix>(?:{alt}){_SEPARATOR})(?P<credit>[^:]{{1,120}})$", regex.I)
        # a credit in brackets closing a caption: "(Image: Getty Images)", "(AP Photo/Evan Vucci)",
        # "[Jack Guez/AFP]"; a label inside the brackets is one without an abbreviation's dot
        words = "|".join(regex.escape(p) for p in labels if not p.endswith("."))
        self.paren = regex.compile(
            rf"^(?P<caption>.*?)\s*(?:[(（](?P<credit>\s*(?P<prefix>(?:{words})\s?:\s?)?[^()（）\[\]]{{2,80}})[)）]"
            rf"|\[(?P<square>\s*(?P<prefix>(?:{words})\s?:\s?)?[^()（）\[\]]{{2,80}})\])$", regex.I)
        # a byline's lead word opening a bracket, then a name: "(By Jane Doe)", "（記者張嘉明攝）"
        from .rules.packs import byline_leads
        leads = "|".join(regex.escape(w.rstrip(":：")) for w in byline_leads(language) if w.rstrip(":："))
        self.byline = regex.compile(rf"^(?i:{leads})(?:\s?[:：]\s?|\s)?(?=[^\p{{Ll}}\s\d\p{{P}}])")
        # a label word anywhere in bracketed text makes it a credit: "(AP Photo/Evan Vucci)", "(Photo
        # by Jane Doe)"; not in words all lower case, which describe the picture: "(file photo)"
        self.word = regex.compile(rf"(?<!\w)(?:{words})(?!\w)", regex.I)
        # a label after the name, as some languages print it: "연합뉴스 자료사진" (an agency, "file photo")
        self.after = regex.compile(rf"^(?P<credit>\S.{{0,80}}?)\s(?P<label>{words})$", regex.I)
        captions = "|".join(regex.escape(p) for p in caption_labels(language))
        self.caption = regex.compile(rf"^(?:{captions})\s?[:,]\s?", regex.I)


@functools.lru_cache(maxsize=16)
def _patterns(language: str | None) -> _Patterns:
    from .rules.packs import known

    return _Patterns(known(language))


def strip_credit_prefix(credit: str, language: str | None = None) -> tuple[str, str]:
    """``(prefix, credit without it)``: "Credit...Reuters" -> ("Credit...", "Reuters"), with the
    credit labels of the page's ``language`` (see `newsclean.rules.packs.credit_labels`)."""
    m = _patterns(language).leading.match(credit)
    if not m:
        return "", credit
    return m.group(0), credit[m.end():].strip()


def _is_player_label(text: str) -> bool:
    """A one- or two-word control label printed in capitals over a player ("WATCH", "BEKIJK")."""
    # (capitals need a cased script: a Chinese or Arabic caption has no lower case and is no label)
    return 0 < len(text.split()) <= 2 and not any(ch.islower() for ch in text) and any(ch.isupper() for ch in text) \
        and all(ch.isupper() or not ch.isalpha() for ch in text)


_PLAYER_MARKS = etree.XPath(".//iframe|.//button|.//*[@role='button']|.//*[@*[contains(name(), 'video')]]")


def is_video_player(el: lxml_html.HtmlElement) -> bool:
    """A video block drawn by script: no ``<video>`` or ``<img>`` yet, but a video-classed
    element holding a player's mark (an iframe, a play button, a ``data-video-id``)."""
    return "video" in roles(el).lower() and bool(_PLAYER_MARKS(el))


def media(el: lxml_html.HtmlElement, ctx: Ctx) -> Media | None:
    """The media item ``el`` shows, or None when it shows none (or is an author's head shot)."""
    pats = _patterns(ctx.language)
    if el.tag != "img" and _drop_chrome_links(el, ctx) and not shapes.clean(el.text_content()) \
            and next(el.iterdescendants("img", "video", "iframe"), None) is None:
        return None
    # (the first descendant of a tag by C iteration: an XPath string is compiled on every call)
    kind = "video" if (el.tag == "video" or next(el.iterdescendants("video"), None) is not None
                       or "video" in roles(el).lower()) else "image"
    img = el if el.tag == "img" else next(el.iterdescendants("img"), None)
    if img is not None and is_avatar(img):
        return None  # the reporter's head shot in the byline chip, not the post's picture
    alt = img.get("alt") if img is not None else None
    src = img.get("src") or img.get("data-src") if img is not None else None
    caption_el = next(el.iterdescendants("figcaption"), None)
    if caption_el is None and el.tag != "img":
        caption_el = _caption_child(el)
    credit = None
    credit_els = [e for e in el.iter() if isinstance(e.tag, str) and e is not el
                  and (CREDIT_CLASS.search(roles(e) or "") or _PHOTOGRAPHER_CLASS.search(roles(e) or ""))]
    # "image__caption attribution" beside "image__credit": the element that only says credit is it
    strict = [e for e in credit_els if not _CAPTION_CLASS.search(roles(e) or "")]
    credit_els = strict or credit_els
    if caption_el is not None and caption_el in credit_els:
        caption_el = None  # <figcaption class="credit">: the caption is the rest of the figure's text
    caption = None
    if credit_els:
        credit = shapes.clean(credit_els[0].text_content())
        if caption_el is None and (split := _caption_then_credit(credit_els[0], credit, ctx)) is not None:
            caption, credit = split  # <div class="imageCredit">Caption <span>(Photo: Reuters)</span></div>
        if credit.startswith("(") and credit.endswith(")") and credit.count("(") == 1:
            ctx.remove("media.credit-parens", "()")  # <span class="source">(Fotoğraf: AA)</span>
            credit = credit[1:-1].strip()
        if not strip_credit_prefix(credit, ctx.language)[0] and (label := _credit_label(credit, el, ctx)):
            ctx.remove("media.credit-prefix", label)  # "Kuva: Yle" on a page with no phrase pack
            credit = credit[len(label):].strip()
        for c in credit_els:
            if c.getparent() is not None:
                c.drop_tree()
    if caption_el is not None:
        caption = shown_text(caption_el)
        last = None if credit_els else _credit_child(caption_el)
        if not credit_els and (last := last if last is not None else _bracket_child(caption_el)) is not None:
            credit = shown_text(last)
            caption = caption[: len(caption) - len(credit)].strip() if caption.endswith(credit) else caption
    elif el.tag != "img" and caption is None:
        for control in [e for e in el.iter("button") if e is not el]:
            text = shapes.clean(control.text_content())
            if text:
                ctx.remove("media.player-label", text)  # "Afspil video", "Play": the player's button
            control.drop_tree()
        for leaf in [e for e in el.iter() if isinstance(e.tag, str) and len(e) == 0 and e is not el]:
            text = shapes.clean(leaf.text or "")
            if text and _is_player_label(text):
                ctx.remove("media.player-label", text)
                leaf.text = None
        caption = shown_text(el) or None
        if caption and len(caption) > 300:
            return None
    if caption:
        m = pats.paren.match(caption)  # "A crowd in the square (Image: Getty Images)"
        inner = m and (m["credit"] or m["square"]).strip()
        if m and len(inner.split()) <= 8 and (m["prefix"] or not m["caption"] or m["square"] is not None
                                              or _SLASH_CREDIT.search(inner)
                                              or (pats.word.search(inner) and not inner.islower())
                                              or _is_agency(inner) or pats.byline.match(inner)
                                              or _bracket_credit(inner, m["caption"], el, ctx)):
            brackets = "[]" if m["square"] is not None else "()"
            ctx.remove("media.credit-parens", f"{brackets[0]}{m['prefix'] or ''}{brackets[1]}")
            value = inner[len(m["prefix"]):].strip() if m["prefix"] else inner
            caption, credit = m["caption"] or None, credit or value
    if caption:
        m = pats.trailing.match(caption)
        if m:
            ctx.remove("media.credit-prefix", m["prefix"])
            caption, credit = m["caption"] or None, credit or m["credit"]
            if caption:  # "Caption — Foto: Name": the dash set the credit apart
                caption = caption.rstrip(" —–|·•-") or None
    if caption and not credit and (m := _DASH_LABEL_CREDIT.match(caption)) and _credit_like(m["credit"]):
        ctx.remove("media.credit-prefix", m["prefix"])  # "… úton – Fotó: Telex / Hevesi-Szabó Ádám"
        caption, credit = m["caption"], m["credit"].strip()
    if credit and credit.startswith("(") and credit.endswith(")"):
        ctx.remove("media.credit-parens", "()")
        credit = credit[1:-1].strip()
    if credit:
        prefix, credit = strip_credit_prefix(credit, ctx.language)
        if prefix:
            ctx.remove("media.credit-prefix", prefix)
    if caption:
        m = pats.caption.match(caption)
        if m:
            ctx.remove("media.caption-prefix", m.group(0))
            caption = caption[m.end():].strip() or None
    if credit:
        credit = _strip_sentence_end(credit)
        if (m := pats.after.match(credit)) and (_is_agency(m["credit"]) or shapes.is_name(m["credit"])):
            ctx.remove("media.credit-prefix", m["label"])  # "[연합뉴스 자료사진]": the label after the name
            credit = m["credit"]
    if img is None and caption is None and credit is None and kind == "image":
        return None
    if kind == "image" and caption is None and credit is None and alt and shapes.is_name(alt):
        return None  # an author's head shot beside the byline, not the post's media
    return Media(kind, caption=caption or None, credit=credit or None, alt=alt or None, src=src)


# an avatar's class: the reporter's picture in a byline or author chip
_AVATAR_CLASS = regex.compile(r"avatar|author|byline|headshot", regex.I)
AVATAR_MAX_PX = 100


def is_avatar(img: lxml_html.HtmlElement) -> bool:
    """An author's head shot: the image, or the element holding it (up to two levels), says
    avatar/author/byline by class, or the image is drawn at most ``AVATAR_MAX_PX`` wide and high."""
    if any(_AVATAR_CLASS.search(roles(e) or "") for e in itertools.chain((img,), itertools.islice(img.iterancestors(), 2))
           if e.tag not in ("figure", "picture") or e is img):
        return True
    sizes = [img.get("width"), img.get("height")]
    nums = [int(v) for v in sizes if v and v.strip().isdigit()]
    return len(nums) == 2 and max(nums) <= AVATAR_MAX_PX


def _drop_chrome_links(el: lxml_html.HtmlElement, ctx: Ctx) -> bool:
    """Drop the links inside a figure whose text is page chrome by the phrase packs ("Purchase
    Licensing Rights", "Click here"), recording each; whether any was dropped."""
    dropped = False
    for a in [a for a in el.iter("a") if a is not el and next(a.iterdescendants("img"), None) is None]:
        text = shapes.clean(a.text_content())
        rule = ctx.rules.line_rule_for(text) if text else None
        if rule is not None and a.getparent() is not None:
            ctx.remove(rule.name, text)
            a.drop_tree()
            dropped = True
    return dropped


# a credit's closing period ("Fotografia: ACN."), not an initial's ("J.") or an abbreviation's
_CREDIT_END = regex.compile(r"(?<=[\p{L}\p{N}]{2})\.$|(?<=\p{Lu}{2})\.$")


def _strip_sentence_end(credit: str) -> str:
    """A credit without the sentence's closing period: "ACN." -> "ACN"."""
    out = _CREDIT_END.sub("", credit.strip())
    return out.strip() or credit


# "Caption (Photo: Reuters)" in one credit element: text, then a bracket holding a label and the name
_CAPTION_BRACKET_LABEL = regex.compile(
    r"^(?P<caption>\S.{0,300}?)\s*[(（\[](?P<inner>[^()（）\[\]]{2,80})[)）\]]$")


def _caption_then_credit(credit_el: lxml_html.HtmlElement, text: str, ctx: Ctx) -> tuple[str, str] | None:
    """A credit element that holds the caption too: text, then a bracket led by a credit label
    (any pack's, or one word and a colon in any script): ``(caption, "(label: name)")``."""
    m = _CAPTION_BRACKET_LABEL.match(text)
    if not m:
        return None
    inner = m["inner"].strip()
    if not (strip_credit_prefix(inner, ctx.language)[0] or _ONE_WORD_LABEL.match(inner)):
        return None
    return m["caption"].strip(), f"({inner})"


# ---- credits told by shape and by repetition across the page ----------------------------------

# a bracketed group closing a caption: "… evening. (Craig Hudson for The Washington Post)"
_TAIL_BRACKET = regex.compile(r"\((?P<inner>[^()\[\]]{1,80})\)$")
# a party or country mark after a name: "(R)", "(D-Calif.)", "(SPD)", "(USA)"
_PARTY_MARK = regex.compile(r"^\p{Lu}{1,5}(?:\s?[-–]\s?\p{Lu}[\p{L}.]{0,12})?$")
# a number standing alone ("2019", "24.7."), not a digit inside a name ("Flash90")
_NUMBER = regex.compile(r"(?<![\p{L}\d])\d+(?![\p{L}\d])")
# an agency or office in capitals: "(GPO)", "(IDF)"
_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
# "Craig Hudson for The Washington Post": a name, one lower-case word, a capitalised rest
_NAME_FOR = regex.compile(r"^(?P<name>[^\s()]+(?:\s[^\s()]+){1,4}?)\s(?P<link>\p{Ll}{2,5})\s(?P<org>\p{Lu}\S*(?:\s\S+){0,5})$")
# a label word and its colon leading a credit element: "Kuva: Yle", "Фото: ТАСС", "写真：共同"
_ONE_WORD_LABEL = regex.compile(r"^[\p{L}\p{M}]{2,20}\s?[:：]\s?(?=\S)")
# a label of up to three words and its colon leading a credit ("Kuva ja video: Yle")
_LABEL = regex.compile(r"^[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2}\s?[:：]\s?(?=\S)")
# elements that hold a caption or a credit anywhere on the page (their class says so)
_PAGE_CAPTIONS = "//figcaption|//*[contains(@class,'aption') or contains(@class,'legend') or contains(@class,'Legend')]"
_PAGE_CREDITS = ("//*[contains(@class,'redit') or contains(@class,'opyright') or contains(@class,'ttribution')"
                 " or contains(@class,'source') or contains(@class,'Source')]")


class _Page:
    """What the page's captions and credits repeat: how many captions close on a bracketed
    group that may be a credit (two or more make that slot the template's credit), and the labels
    printed before two or more credit elements ("Kuva:")."""

    def __init__(self, root: lxml_html.HtmlElement) -> None:
        self.root = root
        ends: set[str] = set()
        for e in root.xpath(_PAGE_CAPTIONS):
            text = shapes.clean(e.text_content())
            if len(text) <= 400 and (m := _TAIL_BRACKET.search(text)) and not _sentence_part(m["inner"], text[:m.start()]):
                ends.add(text)
        self.bracket_slots = len(ends)
        seen: dict[str, int] = {}
        credits = root.xpath(_PAGE_CREDITS)
        outer = set(credits)
        for e in credits:
            if any(a in outer for a in e.iterancestors()):
                continue  # a credit inside a credit ("image-credit" > "credit"): counted once
            text = shapes.clean(e.text_content())
            if len(text) <= 120 and (m := _LABEL.match(text)):
                label = " ".join(m.group(0).split()).casefold()
                seen[label] = seen.get(label, 0) + 1
        self.labels = frozenset(w for w, n in seen.items() if n >= 2)


def _page(el: lxml_html.HtmlElement, ctx: Ctx) -> _Page:
    """The page facts for ``el``'s page, worked out once per page (kept on the walk's context)."""
    root = el.getroottree().getroot()
    cached = ctx.media_page
    if not isinstance(cached, _Page) or cached.root is not root:
        cached = ctx.media_page = _Page(root)
    return cached


def _sentence_part(inner: str, before: str) -> bool:
    """A bracket that belongs to the caption's sentence, not a credit: lower case ("(pictured)",
    "(left)", "(file photo)"), a number or a date ("(2019)", "(July 24)"), a single letter, or a
    party or country mark after a name ("Sen. Katie Britt (R-Ala.)", "Christian Lindner (FDP)")."""
    inner = inner.strip()
    letters = [ch for ch in inner if ch.isalpha()]
    if len(letters) < 2 or _NUMBER.search(inner) or letters[0].islower():
        return True
    before = before.rstrip()
    return bool(before) and not shapes.ends_sentence(before) and bool(_PARTY_MARK.match(inner))


@functools.lru_cache(maxsize=32)
def _conjunctions(language: str | None) -> frozenset[str]:
    """The words that join two names in a list ("and", "or", "und", "ja"), from CLDR's list
    patterns for the page's language and every phrase pack's language."""
    from babel import Locale

    from .rules.packs import packs

    words: set[str] = set()
    for code in {language or "en", *packs()}:
        try:
            pats = Locale.parse(code).list_patterns
        except Exception:  # an unknown or malformed language code: no words from it
            continue
        for kind in ("standard", "or"):
            two = pats.get(kind, {}).get("2", "")
            words.update(w.casefold() for w in two.replace("{0}", " ").replace("{1}", " ").split())
    return frozenset(words)


def _credit_shaped(inner: str, before: str, language: str | None) -> bool:
    """A bracketed group alone shaped like a credit: an acronym after a full sentence ("… 2023.
    (GPO)"), or "Name for Publication" (a name, one linking word that is no conjunction, an
    organisation: "Craig Hudson for The Washington Post")."""
    inner = inner.strip()
    if _ACRONYM.match(inner):
        return shapes.ends_sentence(before.rstrip())
    m = _NAME_FOR.match(inner)
    return bool(m) and shapes.is_name(m["name"]) and m["link"].casefold() not in _conjunctions(language) \
        and not any(ch.isdigit() for ch in m["org"]) and not shapes.ends_sentence(m["org"])


def _bracket_credit(inner: str, before: str | None, el: lxml_html.HtmlElement, ctx: Ctx) -> bool:
    """Whether the bracketed group closing a caption is its credit though it names no label,
    slash or agency: shaped like one, or in the slot where two or more captions of the page close
    on a bracket. Never a bracket that is part of the sentence (`_sentence_part`)."""
    before = before or ""
    if _sentence_part(inner, before):
        return False
    return _credit_shaped(inner, before, ctx.language) or _page(el, ctx).bracket_slots >= 2


def _credit_label(credit: str, el: lxml_html.HtmlElement, ctx: Ctx) -> str:
    """The label before the text of a credit element when no phrase pack knows it: one word and
    a colon, in any script ("Kuva: Yle"; not an agency's name: "Reuters: Jane Doe"), or a label
    printed before two or more credits of the page. "" when there is none."""
    m = _ONE_WORD_LABEL.match(credit)
    if m and not _is_agency(m.group(0).rstrip(" :：")):
        return m.group(0)
    m = _LABEL.match(credit)
    if m and " ".join(m.group(0).split()).casefold() in _page(el, ctx).labels:
        return m.group(0)
    return ""


def _is_agency(text: str) -> bool:
    """A news or picture agency named alone: "Ansa", "Reuters", "Getty Images"."""
    from .meta_words import AGENCIES

    t = text.strip().casefold()
    return t in AGENCIES or (t.endswith(" images") and len(t.split()) <= 3)


_CREDIT_CHILD_TAGS = frozenset(("span", "small", "cite", "p", "div"))
# a caption, a dash, then one label word of any language and a colon before the credit
_DASH_LABEL_CREDIT = regex.compile(
    r"^(?P<caption>\S.{0,400}?)\s+(?P<prefix>[–—|]\s?[\p{L}\p{M}]{2,20}\s?[:：]\s?)(?P<credit>[^:：–—|]{2,80})$")


def _credit_like(text: str) -> bool:
    """A credit after a label no pack knows: a slash between names ("Telex / Hevesi-Szabó Ádám"),
    an agency, or a person's name; never a sentence."""
    text = text.strip()
    return not shapes.ends_sentence(text) and (bool(_SLASH_CREDIT.search(text)) or _is_agency(text)
                                               or shapes.is_name(text))


def _caption_child(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    """The caption of a figure built without ``<figcaption>`` ("div.wp-caption > img +
    p.wp-caption-text"): the one text element after the image whose class says caption."""
    img = next(el.iterdescendants("img"), None)
    if img is None:
        return None
    found = [e for e in el.iterdescendants() if isinstance(e.tag, str) and _CAPTION_CLASS.search(roles(e) or "")
             and not CREDIT_CLASS.search(roles(e) or "") and next(e.iterdescendants("img"), None) is None
             and shapes.clean(e.text_content())]
    found = [e for e in found if not any(a in found for a in e.iterancestors())]
    return found[0] if len(found) == 1 else None


def _bracket_child(caption_el) -> lxml_html.HtmlElement | None:
    """A caption's last element set apart by markup and wholly in brackets, nothing after it:
    "Caption <em>(ΑΠΕ-ΜΠΕ)</em>" -- the credit, whatever its shape."""
    kids = [c for c in caption_el if isinstance(c.tag, str)]
    if not kids:
        return None
    last = kids[-1]
    if last.tag not in ("em", "i", "small", "span", "cite") or (last.tail or "").strip() or len(last):
        return None
    text = shown_text(last)
    before = (caption_el.text or "").strip()
    if not before or not text.startswith("(") or not text.endswith(")") or text.count("(") != 1 \
            or len(text) > 80 or any(ch.isdigit() for ch in text):
        return None
    inner = text[1:-1].strip()
    return last if inner and inner[0].isupper() and not shapes.ends_sentence(inner) else None


def _credit_child(caption_el) -> lxml_html.HtmlElement | None:
    """The last of two or more elements in a caption, when it is shaped like a credit and not
    like more caption: a short line, no sentence, with a slash, a bracket, capitals or a name
    ("Kai Pfaffenbach (REUTERS)", "LUDOVIC MARIN / AFP", "Jane Doe"); never emphasis in the text."""
    kids = [c for c in caption_el if isinstance(c.tag, str)]
    if len(kids) < 2:
        return None
    last = kids[-1]
    if last.tag not in _CREDIT_CHILD_TAGS or (last.tail or "").strip() or len(last):
        return None
    text = shown_text(last)
    before = shapes.clean(caption_el.text_content())[: -len(text)].strip() if text else ""
    if not text or not before or len(text) > 80 or len(text.split()) > 8 or shapes.ends_sentence(text):
        return None
    letters = [ch for ch in text if ch.isalpha()]
    return last if ("/" in text or "|" in text or "(" in text or shapes.is_name(text)
                    or (letters and all(ch.isupper() for ch in letters))) else None


# A credit line on its own: "Remo Casilli | Reuters", "H. Bilbao | Europa Press News | Getty Images".
_PIPE_CREDIT = regex.compile(r"^[^|]{2,48}(?:\s\|\s[^|]{2,48}){1,3}$")


def orphan_caption(el: lxml_html.HtmlElement, ctx: Ctx | None = None) -> Media | None:
    """A block holding just a caption sentence and a "Name | Agency" credit line, whose image the
    page lost: the post's picture all the same (as an image without an address). Also a figure
    in all but its markup (`unmarked_figure`)."""
    if next(el.iterdescendants("img"), None) is not None:  # (as .find(".//img"), without ElementPath)
        return unmarked_figure(el, ctx)
    paras = list(itertools.islice(el.iter("p"), 3))
    if len(paras) != 2:
        return None
    lines = [shown_text(c) for c in paras]
    if shapes.clean(el.text_content()) != shapes.clean(" ".join(lines)) or el.find(".//a") is not None:
        return None
    caption, credit = lines
    first = credit.split(" | ", 1)[0]
    if not _PIPE_CREDIT.match(credit) or not shapes.is_name(first) or not shapes.ends_sentence(caption) \
            or len(caption.split()) < 6:
        return None
    return Media("image", caption=caption, credit=credit)


# (compiled once: ``el.xpath(str)`` compiles its expression on every call)
_IMAGES = etree.XPath(".//img")
_FIGURE_PARTS = etree.XPath(".//figure|.//figcaption|.//video|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6"
                            "|.//a[@href]|.//ul|.//ol|.//blockquote")
UNMARKED_FIGURE_MAX_CHARS = 400
UNMARKED_FIGURE_MAX_ELEMENTS = 16


def unmarked_figure(el: lxml_html.HtmlElement, ctx: Ctx | None = None) -> Media | None:
    """A block that is a figure without figure markup (``<div class="absatzbild">``): one image
    and at most three short lines, one of them a credit (credit-classed, or led by a credit
    prefix: "Bild: REUTERS"), no heading and no link. The image with its caption and credit."""
    if next(itertools.islice(el.iterdescendants(etree.Element), UNMARKED_FIGURE_MAX_ELEMENTS, None), None) is not None:
        return None  # a container (most blocks asked are): left before anything costlier
    if len(_IMAGES(el)) != 1 or _FIGURE_PARTS(el):
        return None  # (a block holding a marked figure is a container: the walk meets the figure)
    img = el.find(".//img")
    if any(isinstance(e.tag, str) and e is not el and shapes.clean(e.text or "") for e in _before(el, img)):
        return None  # text before the image: body that an image follows, not a figure
    text = shapes.clean(el.text_content())
    if not text or len(text) > UNMARKED_FIGURE_MAX_CHARS:
        return None
    lines = [shown_text(e) for e in el.iter() if isinstance(e.tag, str) and e.tag not in ("img", "picture", "source")
             and not any(isinstance(c.tag, str) and c.tag not in ("br", "span", "small", "em", "i", "b", "strong")
                         for c in e) and shapes.clean(e.text_content())]
    if not 1 <= len(lines) <= 2:
        return None  # a caption and a credit line at most
    credited = any(CREDIT_CLASS.search(roles(e) or "") for e in el.iter() if isinstance(e.tag, str) and e is not el) \
        or any(strip_credit_prefix(t, ctx.language if ctx is not None else None)[0] for t in lines) \
        or (_CAPTION_CLASS.search(roles(el) or "") and _caption_child(el) is not None)  # div.wp-caption
    if not credited:
        return None
    return media(el, ctx if ctx is not None else Ctx(RuleSet()))


def _before(root, target):
    """The elements of ``root`` that come before ``target`` in document order."""
    for e in root.iter():
        if e is target:
            return
        yield e
