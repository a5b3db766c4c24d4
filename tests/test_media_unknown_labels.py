"""Picture-credit labels no phrase pack knows, told by their shape: a label word straight after a
caption, before a short credit that ends the line (Tamil "… படம்: PTI", Armenian "… Լուսանկարը՝
Name", whose comma sets a label off where others write a colon), in text and in a figure's credit
element. Lines and figures written for these tests, shaped like real templates; each rule has
near misses that must not fire."""
import pytest
from lxml import etree

import newsclean
from newsclean import html_front
from newsclean.html_media import media
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.sites import rules_for
from newsclean.text_credits import split_labelled

_TA_CAPTION = "கோவை வாக்கு எண்ணும் மையத்தின் முன் தொண்டர்கள்"
_HY_CAPTION = "Ձայների հաշվարկը ընտրատեղամասերից մեկում"


@pytest.mark.parametrize(("line", "parts"), [
    (f"{_TA_CAPTION} படம்: PTI", (_TA_CAPTION, "படம்:", "PTI")),          # a caseless label, an agency
    (f"{_HY_CAPTION} Լուսանկարը՝ Արամ Գևորգյան", (_HY_CAPTION, "Լուսանկարը՝", "Արամ Գևորգյան")),
    ("Voters queue outside the polling station Llun: AFP/Jane Doe",        # a Latin label before a slash
     ("Voters queue outside the polling station", "Llun:", "AFP/Jane Doe")),
])
def test_a_label_no_pack_knows_after_the_caption(line, parts):
    assert split_labelled(line, unknown=True) == parts


@pytest.mark.parametrize("line", [
    "Election night in the capital Live: Harris Leads",       # a Latin word before names: a headline's shape
    "He told the crowd at the rally Reuters: Jane Doe",        # an agency's name before its colon
    "Законопроект рассмотрят депутаты Итог: Принят закон",    # a sentence after the colon, not names
    f"{_TA_CAPTION}. படம்: PTI",                              # the caption closed: not this rule's shape
    "படம்: PTI",                                               # no caption before the label
    "Два кандидата Ответ: Иван Петров",                       # a caption of two words
    "השירות המטאורולוגי מזהיר מעומס חום כבד. משרד הבריאות: הימנעו ממאמץ",  # a summary's second sentence
    "השירות המטאורולוגי מזהיר מעומס חום משרד הבריאות: הימנעו ממאמץ גופני",  # three caseless words: a clause
    f"{_HY_CAPTION} Լուսանկարը՝ Արամ Գևորգյան Պետրոսյան Սարգսյան Ավագյան",  # a credit of five words
])
def test_near_miss_no_unknown_label(line):
    assert split_labelled(line, unknown=True) is None


def _ta_live(credit_line: str) -> str:
    lines = ["தேர்தல் முடிவுகள் நேரலை", ""]
    for clock, head in (("ஜூன் 04, 2024 18:40", "கோவையில் முன்னிலை"), ("ஜூன் 04, 2024 16:10", "வாக்கு எண்ணிக்கை தொடர்கிறது"),
                        ("ஜூன் 04, 2024 14:05", "முதல் சுற்று முடிவு")):
        lines += [clock, head, "", credit_line, "",
                  "வாக்கு எண்ணிக்கை காலை முதல் நடைபெற்று வருகிறது. முடிவுகள் மாலைக்குள் தெரியும் என அதிகாரிகள் தெரிவித்தனர்.", ""]
    return "\n".join(lines)


def test_an_unknown_label_line_becomes_media_in_a_text_post():
    doc = newsclean.parse(_ta_live(f"{_TA_CAPTION} படம்: PTI"), format="text")
    assert doc.posts and all([(m.caption, m.credit) for m in p.media] == [(_TA_CAPTION, "PTI")] for p in doc.posts)
    assert not any("படம்" in p.text or "PTI" in p.text for p in doc.posts)
    assert "படம்:" in [r.text for r in doc.removed]


def test_near_miss_a_line_without_a_credit_stays_text():
    line = f"{_TA_CAPTION} என்றார்: வெற்றி உறுதி என்று அவர் கூறினார்."
    doc = newsclean.parse(_ta_live(line), format="text")
    assert doc.posts and not any(p.media for p in doc.posts)
    assert all(line in p.text for p in doc.posts)


def _figure(figcaption: str) -> tuple[tuple[str | None, str | None], Ctx]:
    tree = html_front.parse_tree(f"<html><body><figure><img src='a.jpg' alt=''><figcaption>{figcaption}"
                                 "</figcaption></figure></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None, "hy"), language="hy")
    m = media(next(tree.iter("figure")), ctx)
    return (m.caption, m.credit), ctx


def test_an_armenian_comma_sets_off_a_credit_elements_label():
    (caption, credit), ctx = _figure(f"{_HY_CAPTION} <span class='photo-author'>Լուսանկարը՝ Արամ Գևորգյան</span>")
    assert (caption, credit) == (_HY_CAPTION, "Արամ Գևորգյան")
    assert ("media.credit-prefix", "Լուսանկարը՝") in [(r.rule, r.text) for r in ctx.removed]


def test_near_miss_a_credit_element_without_a_label_keeps_its_words():
    (caption, credit), _ = _figure(f"{_HY_CAPTION} <span class='photo-author'>Արամ Գևորգյան</span>")
    assert (caption, credit) == (_HY_CAPTION, "Արամ Գևորգյան")
