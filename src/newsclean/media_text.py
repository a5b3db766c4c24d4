"""Reading a figure's caption and credit text: labels taken off, the credit split off the caption.

A credit comes from a credit element (`credit_element_text`), else from a tail of the caption
(`split_caption_and_credit`): a bracketed group ("(Image: Getty Images)"), a labelled tail
("Photo: Reuters", "Credit...AP") or a dash and a label of any language ("– Fotó: Telex").
Every label and bracket taken off is recorded as a removal (``media.credit-parens``,
``media.credit-prefix``, ``media.caption-prefix``), in the order it is met.
"""
from __future__ import annotations

import regex
from lxml import html as lxml_html

from . import shapes
from .html_roles import Ctx
from .media_labels import (
    DASH_LABEL_CREDIT,
    ONE_WORD_LABEL,
    SLASH_CREDIT,
    caption_then_credit,
    caseless_credit,
    credit_element_parts,
    credit_like,
    is_agency,
    label_patterns,
    org_like,
    split_copyright_tail,
    split_tail_credit,
    strip_copyright_sign,
    strip_credit_prefix,
    strip_sentence_end,
)
from .media_page import bracket_credit, credit_label
from .media_tail import split_equals, split_role_tail


def credit_element_text(text: str, has_caption_element: bool, el: lxml_html.HtmlElement,
                        ctx: Ctx) -> tuple[str | None, str]:
    """``(caption, credit)`` from the text of a figure ``el``'s credit element: brackets around
    the whole credit and a label no phrase pack knows are taken off ("(Fotoğraf: AA)", "Kuva:
    Yle"). Without a caption element, a credit element may hold the caption too: "Caption (Photo:
    Reuters)" gives both; otherwise the caption is None."""
    caption = None
    sep, credit, suffix = credit_element_parts(text)
    if sep:
        ctx.remove("media.credit-prefix", sep)  # "Caption <span class='author'>/ Name</span>"
    if suffix:
        ctx.remove("media.credit-prefix", suffix)  # "Name/BNS nuotr.": the label after the name
    if not has_caption_element and (split := caption_then_credit(credit, ctx.language)) is not None:
        caption, credit = split  # <div class="imageCredit">Caption <span>(Photo: Reuters)</span></div>
    if credit.startswith("(") and credit.endswith(")") and credit.count("(") == 1:
        ctx.remove("media.credit-parens", "()")  # <span class="source">(Fotoğraf: AA)</span>
        credit = credit[1:-1].strip()
    if not strip_credit_prefix(credit, ctx.language)[0] and (label := credit_label(credit, el, ctx)):
        ctx.remove("media.credit-prefix", label)  # "Kuva: Yle" on a page with no phrase pack
        credit = credit[len(label):].strip()
    return caption, credit


def _generic_label(inner: str, ctx: Ctx) -> str:
    """A label of any language and its colon opening a bracketed credit, before names, an agency,
    capitals or the page's own site ("(फोटो: PTI)", "(Kuva: Lehtikuva)", "(Sawir: Caasimada)" on
    Caasimada Online); "" when there is none."""
    m = ONE_WORD_LABEL.match(inner)
    if m is None or is_agency(m.group(0).rstrip(" :：")):
        return ""
    rest = inner[m.end():].strip()
    return m.group(0) if credit_like(rest) or org_like(rest) or caseless_credit(rest) or is_agency(rest) \
        or own_site(rest, ctx) else ""


def own_site(text: str, ctx: Ctx) -> bool:
    """Whether ``text`` names the page's own site: the whole or the leading words of a name it
    declares ("Caasimada" of "Caasimada Online", "Legit.ng" of "Legit.ng Hausa"). Publishers
    credit their own pictures so."""
    words = text.casefold().split()
    return 0 < len(words) <= 3 and any(name.split()[:len(words)] == words for name in ctx.site_names)


# a caption closed by a label of any language and the page's own site ("… a Oredo. Hoto: Legit.ng")
_OWN_TAIL = regex.compile(r"(?P<caption>.*\S)\s+(?P<label>\p{L}[\p{L}\p{M}]{1,20}\s?[:：՝])\s*(?P<credit>\S[^:：]{0,40})")


def _own_site_tail(caption: str, ctx: Ctx) -> tuple[str, str, str] | None:
    m = _OWN_TAIL.fullmatch(caption) if ctx.site_names else None
    if m is None or not own_site(m["credit"], ctx):
        return None
    return m["caption"], m["label"], m["credit"].strip()


def split_caption_and_credit(caption: str | None, credit: str | None, el: lxml_html.HtmlElement,
                             ctx: Ctx) -> tuple[str | None, str | None]:
    """The caption and credit of figure ``el`` with their labels off: a credit closing the
    caption is split off it (a credit found already wins), a caption label ("Bildunterschrift:")
    and a credit label ("Foto:") are taken off, and the credit's closing period."""
    pats = label_patterns(ctx.language)
    if caption:
        m = pats.paren.match(caption)  # "A crowd in the square (Image: Getty Images)"
        inner = m and (m["credit"] or m["square"]).strip()
        generic = _generic_label(inner, ctx) if m and not m["prefix"] else ""
        if m and len(inner.split()) <= 8 and (m["prefix"] or not m["caption"] or m["square"] is not None
                                              or SLASH_CREDIT.search(inner)
                                              or (pats.word.search(inner) and not inner.islower())
                                              or is_agency(inner) or pats.byline.match(inner)
                                              or bracket_credit(inner, m["caption"], el, ctx)
                                              or generic):
            brackets = "[]" if m["square"] is not None else "()"
            prefix = m["prefix"] or generic
            ctx.remove("media.credit-parens", f"{brackets[0]}{prefix}{brackets[1]}")
            value = inner[len(prefix):].strip() if prefix else inner
            caption, credit = m["caption"] or None, credit or value
    if caption:
        m = pats.trailing.match(caption)
        if m:
            ctx.remove("media.credit-prefix", m["prefix"])
            caption, credit = m["caption"] or None, credit or m["credit"]
            if caption:  # "Caption — Foto: Name": the dash set the credit apart
                caption = caption.rstrip(" —–|·•-")
                caption = (caption.removesuffix(" /")).rstrip() or None  # "… / Фото:"
    if caption and not credit and (m := DASH_LABEL_CREDIT.match(caption)) and credit_like(m["credit"]):
        ctx.remove("media.credit-prefix", m["prefix"])  # "… úton – Fotó: Telex / Hevesi-Szabó Ádám"
        caption, credit = m["caption"], m["credit"].strip()
    if caption and not credit and (tail := split_tail_credit(caption, ctx.language)) is not None:
        # "… Karachi. — White Star", "… valimispeol. Autor/allikas: Siim Lõvi /ERR", "… - Foto BERNAMA"
        caption, label, credit = tail
        if label:
            ctx.remove("media.credit-prefix", label)
    if caption and not credit and (own := _own_site_tail(caption, ctx)) is not None:
        caption, label, credit = own  # "… a Oredo. Hoto: Legit.ng": the page credits itself
        ctx.remove("media.credit-prefix", label)
    if caption and not credit and (equals := split_equals(caption, ctx.language)) is not None:
        caption, sign, credit = equals  # "代表＝撮影・田中祐也": the sign set the credit apart
        ctx.remove("media.credit-prefix", sign)
    if caption and not credit and (role := split_role_tail(caption, ctx.language)) is not None:
        caption, credit = role  # "… 있다. 한겨레 김혜윤 기자": outlet, name and role after the sentence
    if caption and not credit and (copy := split_copyright_tail(caption)) is not None:
        caption, sign, credit = copy  # "Voters queue in Leeds © AFP": the sign set the credit apart
        ctx.remove("media.credit-prefix", sign)
    if credit and credit.startswith("(") and credit.endswith(")"):
        ctx.remove("media.credit-parens", "()")
        credit = credit[1:-1].strip()
    if credit:
        prefix, credit = strip_credit_prefix(credit, ctx.language)
        if prefix:
            ctx.remove("media.credit-prefix", prefix)
        sign, credit = strip_copyright_sign(credit)
        if sign:
            ctx.remove("media.credit-prefix", sign)  # "Foto: © dpa", <span class="credit">© AFP</span>
    if caption:
        m = pats.caption.match(caption)
        if m:
            ctx.remove("media.caption-prefix", m.group(0))
            caption = caption[m.end():].strip() or None
    if credit:
        credit = strip_sentence_end(credit)
        if (m := pats.after.match(credit)) and (is_agency(m["credit"]) or shapes.is_name(m["credit"])
                                                or (org_like(m["credit"]) and not m["label"][0].isupper())):
            ctx.remove("media.credit-prefix", m["label"])  # "[연합뉴스 자료사진]": the label after the name
            credit = m["credit"]
    return caption, credit
