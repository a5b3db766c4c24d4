"""Text front: a post's author chip in a script without capitals, a name then its job title on one
line ("<name> സീനിയർ റിപ്പോർട്ടർ", Senior Reporter; "<name> ന്യൂസ് ഡെസ്ക്", News Desk), under the
post's title: the post's byline with its role (`text_bylines.caseless_name_role`, job words from
the packs). Near misses: a sentence holding a job word, a Latin line."""
from __future__ import annotations

import newsclean
from newsclean.text_bylines import caseless_name_role

_POSTS = [
    ("03:05 PM", "വോട്ടെണ്ണൽ പൂർത്തിയായി", "രാഹുൽ നായർ സീനിയർ റിപ്പോർട്ടർ",
     "മണ്ഡലത്തിലെ എല്ലാ ബൂത്തുകളിലെയും വോട്ടെണ്ണൽ പൂർത്തിയായതായി തിരഞ്ഞെടുപ്പ് കമ്മിഷൻ അറിയിച്ചു."),
    ("01:40 PM", "പ്രവർത്തകരുടെ ആഘോഷം", "മീര പിള്ള ന്യൂസ് ഡെസ്ക്",
     "ഫലം പുറത്തുവന്നതിനു പിന്നാലെ പാർട്ടി ഓഫിസിനു മുന്നിൽ പ്രവർത്തകർ ആഘോഷം തുടങ്ങി."),
    ("11:20 AM", "ലീഡ് ഉയരുന്നു", "രാഹുൽ നായർ സീനിയർ റിപ്പോർട്ടർ",
     "ആദ്യ മണിക്കൂറുകളിൽ തന്നെ സ്ഥാനാർഥിയുടെ ലീഡ് ഒരു ലക്ഷം കടന്നതായി കണക്കുകൾ കാണിക്കുന്നു."),
    ("08:00 AM", "വോട്ടെണ്ണൽ തുടങ്ങി", "മീര പിള്ള ന്യൂസ് ഡെസ്ക്",
     "രാവിലെ എട്ടിന് തപാൽ വോട്ടുകൾ എണ്ണിത്തുടങ്ങിയതോടെ വോട്ടെണ്ണൽ നടപടികൾ ആരംഭിച്ചു."),
]


def _page() -> str:
    out = ["വാർത്ത ബിസിനസ് സ്പോർട്സ്", "LIVE", "", "ഉപതിരഞ്ഞെടുപ്പ് ഫലം തത്സമയം", "",
           "മണ്ഡലത്തിലെ ഉപതിരഞ്ഞെടുപ്പ് ഫലം തത്സമയം ഇവിടെ അറിയാം.", ""]
    for clock, title, chip, body in _POSTS:
        out += [f"2024 നവംബർ 23, {clock}", "", title, "", chip, "", body, "", "ഷെയർ ചെയ്യുക"]
    return "\n".join(out) + "\n"


def test_a_name_and_role_chip_under_the_title_is_the_byline():
    doc = newsclean.parse(_page(), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    got = [[(b.name, b.role) for b in p.bylines] for p in doc.posts]
    assert got[0] == [("രാഹുൽ നായർ", "സീനിയർ റിപ്പോർട്ടർ")]
    assert got[1] == [("മീര പിള്ള", "ന്യൂസ് ഡെസ്ക്")]
    assert all(chip not in p.text for p, (_, _, chip, _) in zip(doc.posts, _POSTS))


def test_near_misses():
    assert caseless_name_role("രാഹുൽ നായർ സീനിയർ റിപ്പോർട്ടർ") is not None
    assert caseless_name_role("സംഭവസ്ഥലത്ത് എത്തിയ റിപ്പോർട്ടർ വിവരങ്ങൾ അറിയിച്ചു.") is None  # a sentence
    assert caseless_name_role("Michael Janda Business reporter") is None  # (Latin: read elsewhere)
    assert caseless_name_role("വോട്ടെണ്ണൽ പൂർത്തിയായി") is None                  # no job word
