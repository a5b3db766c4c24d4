"""Text front: line shapes of live pages whose templates the tests did not see before (labels
printed before a stamp, bylines with a role, timed sidebar lists, share rows closing posts)."""
from __future__ import annotations

import newsclean
from newsclean.text_post import name_and_role


def _post(stamp: str, head: str, body: str, byline: str = "") -> str:
    # (each post's text its own: posts printed twice are pinned copies)
    parts = [stamp] + ([byline] if byline else []) + [head, "", f"{head}: {body}", "", "Share Copy link"]
    return "\n".join(parts)


def _page(posts: list[str]) -> str:
    return "\n".join(["Example News", "Live", "", "Storm live: the coast braces for the surge", "",
                      "Updated 14 May 2024", ""] + posts + ["", "About us", "Contact"])


BODY = "The coast guard said the surge would arrive overnight, and towns along the shore were told to prepare."


def test_label_before_stamp_opens_a_post_with_that_label():
    text = _page([
        _post("9:48 p.m. EST", "Ferries stop running", BODY),
        _post("Fact check 9:30 p.m. EST", "Claim about sea walls is wrong", BODY),
        _post("9:12 p.m. EST", "Schools close early", BODY),
        _post("8:50 p.m. EST", "Evacuation ordered", BODY),
    ])
    posts = newsclean.parse(text, format="text").posts
    assert [p.headline for p in posts] == ["Ferries stop running", "Claim about sea walls is wrong",
                                         "Schools close early", "Evacuation ordered"]
    assert posts[1].label == "Fact check"
    assert posts[1].published is not None and posts[1].published.startswith("2024-05-14T21:30")


def test_a_sentence_with_a_time_starts_no_post():
    text = _page([
        _post("9:48 p.m. EST", "Ferries stop running", BODY + "\nThe last ferry leaves at 9:30 p.m. EST"),
        _post("9:12 p.m. EST", "Schools close early", BODY),
        _post("8:50 p.m. EST", "Evacuation ordered", BODY),
    ])
    posts = newsclean.parse(text, format="text").posts
    assert [p.headline for p in posts] == ["Ferries stop running", "Schools close early", "Evacuation ordered"]
    assert any("9:30" in b.text for b in posts[0].blocks)


def test_a_label_stamp_alone_on_a_page_without_a_stamp_run_is_text():
    # (no run of plain stamps: "Kickoff 20:00" is a line of an article)
    text = "Match preview\n\n" + BODY + "\n\nKickoff 20:00\n\n" + BODY
    doc = newsclean.parse(text, format="text")
    assert all(p.label != "Kickoff" for p in doc.posts)


def test_name_and_role_splits_a_trailing_role():
    assert name_and_role("Jussi Mankkinen toimittaja") == ("Jussi Mankkinen", "toimittaja")
    assert name_and_role("Michael Janda Business reporter") == ("Michael Janda", "Business reporter")
    # near misses: a name alone, a headline, a one-word "name"
    assert name_and_role("Jussi Mankkinen") is None
    assert name_and_role("Kaikki äänet laskettu") is None
    assert name_and_role("Stubb voitti") is None


def test_byline_with_role_in_the_slot_after_the_stamp_is_no_headline():
    posts = [
        _post("11.2. klo 23.18", "Voittaja kiitti kannattajiaan", BODY, "Jussi Mankkinen toimittaja"),
        _post("11.2. klo 22.40", "Häviäjä onnitteli voittajaa", BODY, "Laura Kangasluoma toimittaja"),
        _post("11.2. klo 21.30", "Kaikki äänet laskettu", BODY, "Jussi Mankkinen toimittaja"),
        _post("11.2. klo 20.55", "Ero kaventuu", BODY, "Laura Kangasluoma toimittaja"),
    ]
    doc = newsclean.parse(_page(posts), format="text")
    assert [p.headline for p in doc.posts] == ["Voittaja kiitti kannattajiaan", "Häviäjä onnitteli voittajaa",
                                             "Kaikki äänet laskettu", "Ero kaventuu"]
    assert [(b.name, b.role) for b in doc.posts[1].bylines] == [("Laura Kangasluoma", "toimittaja")]


def test_by_line_with_role():
    posts = [
        _post("9:48pm", "Ferries stop running", BODY, "By Tom Crowley"),
        _post("8:40pm", "Schools close early", BODY, "By Michael Janda Business reporter"),
        _post("7:52pm", "Evacuation ordered", BODY, "By Jake Evans"),
    ]
    doc = newsclean.parse(_page(posts), format="text")
    assert doc.posts[1].headline == "Schools close early"
    assert [(b.name, b.role) for b in doc.posts[1].bylines] == [("Michael Janda", "Business reporter")]


def test_a_name_led_headline_in_one_post_stays_a_headline():
    # near miss: "Name verb" once is a headline, not a byline with a role
    posts = [
        _post("9:48 p.m.", "Ferries stop running", BODY),
        _post("9:12 p.m.", "Joe Biden speaks", BODY),
        _post("8:50 p.m.", "Evacuation ordered", BODY),
    ]
    doc = newsclean.parse(_page(posts), format="text")
    assert doc.posts[1].headline == "Joe Biden speaks"
    assert not doc.posts[1].bylines


def test_the_same_abbreviation_before_every_stamp_is_its_prefix():
    body = ["Wojewoda poinformował, że wał został uszczelniony, a mieszkańcy mogą wrócić do domów.",
            "Premier zapowiedział pomoc dla powodzian, a pieniądze trafią do gmin jeszcze w tym tygodniu.",
            "Hydrolodzy spodziewają się, że fala kulminacyjna dotrze do miasta w czwartek wieczorem."]
    lines = ["Gazeta", "", "Powódź: fala kulminacyjna zbliża się do miasta. Relacja na żywo", ""]
    for stamp, b in zip(("Godz. 18.42", "Godz. 17.55", "Godz. 16.20"), body):
        lines += [stamp, "", b, ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert len(doc.posts) == 3
    assert [p.published[-5:] for p in doc.posts] == ["18:42", "17:55", "16:20"]
    assert all(p.label is None for p in doc.posts)


def test_an_abbreviation_before_one_stamp_is_no_label():
    # near miss: "Godz. 18.42" once, on a page whose stamps stand alone, is a line of text
    text = _page([
        _post("9:48 p.m.", "Ferries stop running", BODY),
        _post("9:12 p.m.", "Schools close early", BODY + "\nGodz. 18.42"),
        _post("8:50 p.m.", "Evacuation ordered", BODY),
    ])
    posts = newsclean.parse(text, format="text").posts
    assert len(posts) == 3 and all(p.label != "Godz." for p in posts)



HEAD = "Example News\nLive\n\nStorm live: the coast braces for the surge\n\nUpdated 14 May 2024\n\n"


def test_a_timed_list_in_a_posts_text_stays_its_text():
    mid = _post("11.2. klo 21.12", "Schools close early", BODY + "\n\nThe programme tonight:\n\n"
                "* 20.00 Doors open at the hall\n* 21.00 The concert starts\n\n"
                "Tickets are sold out, the organisers said on Sunday.")
    text = HEAD + "\n".join([_post("11.2. klo 21.48", "Ferries stop running", BODY), mid,
                             _post("11.2. klo 20.50", "Evacuation ordered", BODY)]) + "\nShow more\n"
    posts = newsclean.parse(text, format="text").posts
    assert [p.headline for p in posts] == ["Ferries stop running", "Schools close early", "Evacuation ordered"]
    assert [b.items for b in posts[1].blocks if b.type == "list"] == [
        ("20.00 Doors open at the hall", "21.00 The concert starts")]


def test_a_timed_sidebar_list_is_no_post():
    posts = [_post("11.2. klo 21.48", "Ferries stop running", BODY),
             _post("11.2. klo 21.12", "Schools close early", BODY),
             _post("11.2. klo 20.50", "Evacuation ordered", BODY)]
    text = HEAD + "\n".join(posts) + "\nShow more\n\nMost read\n\n1. 22.10 Storm season is here\n" \
        "2. 21.45 Mayor says all is ready\n\n© Example 2024\n"
    doc = newsclean.parse(text, format="text")
    assert [p.headline for p in doc.posts] == ["Ferries stop running", "Schools close early", "Evacuation ordered"]
    assert any(r.rule == "chrome.timeline-index" and "Mayor" in r.text for r in doc.removed)


def test_one_timed_list_item_is_no_index():
    # near miss: a list with one item that opens with a clock
    mid = _post("11.2. klo 21.12", "Schools close early", BODY + "\n\nOpening hours:\n\n"
                "* 20.00 Doors open at the hall\n* Bring your ticket\n* No bags")
    text = HEAD + "\n".join([_post("11.2. klo 21.48", "Ferries stop running", BODY), mid,
                             _post("11.2. klo 20.50", "Evacuation ordered", BODY)]) + "\nShow more\n"
    doc = newsclean.parse(text, format="text")
    assert not any(r.rule == "chrome.timeline-index" for r in doc.removed)


def _titled(header: list[str]) -> str | None:
    posts = [_post("9:48 p.m.", "Ferries stop running", BODY), _post("9:12 p.m.", "Schools close early", BODY),
             _post("8:50 p.m.", "Evacuation ordered", BODY)]
    return newsclean.parse("\n".join(["Example News", "Live", ""] + header + [""] + posts), format="text").title


def test_a_byline_under_the_title_is_no_title():
    assert _titled(["Storm live: towns on the coast brace for the surge, ferries stop running", "",
                    "By political reporters Jake Evans and Tom Crowley",
                    "Posted Tue 14 May 2024 at 1:05pm"]) == \
        "Storm live: towns on the coast brace for the surge, ferries stop running"


def test_names_under_the_title_are_no_title():
    assert _titled(["Powódź na Dolnym Śląsku. Fala zbliża się do Wrocławia. Relacja na żywo", "",
                    "Aktualizacja: 17.09.2024 18:42", "Michał Kolanko, Grzegorz Łaszcz"]) == \
        "Powódź na Dolnym Śląsku. Fala zbliża się do Wrocławia. Relacja na żywo"


def test_a_kicker_and_title_on_one_line_is_the_title():
    assert _titled(["DIRECT. JO 2024 : la cérémonie d'ouverture se tient sous la pluie", "",
                    "Les athlètes ont défilé sur la Seine à bord de 85 bateaux. Suivez la soirée en direct.",
                    "Publié le 26/07/2024 06:00"]) == "DIRECT. JO 2024 : la cérémonie d'ouverture se tient sous la pluie"


def test_a_question_and_a_sentence_are_a_standfirst():
    # near miss: two sentences without a final stop, the first a question
    assert _titled(["Storm season 2024 – as it happened", "",
                    "Who was hit hardest by the storm? We followed every hour of the surge on the coast",
                    "Published: 23:43 BST Saturday, 13 May 2017"]) == "Storm season 2024 – as it happened"


FOOTER_PROSE = "Example News acknowledges the people of the lands where we live, learn and work, and pays respect to them."


def _closed_page(closer: str, n_closed: int) -> str:
    heads = ["Ferries stop running", "Schools close early", "Evacuation ordered", "Roads closed"]
    posts = []
    for k, (stamp, head) in enumerate(zip(("9:48 p.m.", "9:12 p.m.", "8:50 p.m.", "8:20 p.m."), heads)):
        posts += [stamp, head, "", f"{head}: {BODY}", ""] + ([closer] if k < n_closed or k == 3 else [])
    return HEAD + "\n".join(posts) + "\nShow more\n\n" + FOOTER_PROSE + "\n\nTerms of Use\n"


def test_the_row_closing_every_post_ends_the_last_one():
    doc = newsclean.parse(_closed_page("ShareCopy link to post", 3), format="text")
    assert [p.headline for p in doc.posts] == ["Ferries stop running", "Schools close early", "Evacuation ordered",
                                             "Roads closed"]
    assert not any("acknowledges" in b.text for b in doc.posts[-1].blocks)


def test_a_row_closing_few_posts_ends_nothing():
    # near miss: the row closes one post besides the last; the last post keeps its text
    doc = newsclean.parse(_closed_page("ShareCopy link to post", 1), format="text")
    assert doc.posts[-1].blocks[0].text.startswith("Roads closed:")


def test_a_glued_share_row_closing_posts_is_removed():
    row = "Share FacebookTwitterWhatsAppEmailCopy link"
    doc = newsclean.parse(_closed_page(row, 3), format="text")
    assert all(row not in b.text for p in doc.posts for b in p.blocks)
    assert any(r.text == row for r in doc.removed)


def test_a_repeated_line_the_text_quotes_stays():
    # near miss: the repeated line is words the posts' sentences use
    row = "Stay away from the coastal roads tonight"
    text = _closed_page(row, 3).replace("Ferries stop running: ", f"Police said: {row}, and ")
    doc = newsclean.parse(text, format="text")
    assert not any(r.text == row for r in doc.removed)



def test_an_article_opening_under_its_title_takes_it_as_headline():
    paras = [
        "Vláda Petra Fialy ve středu schválila návrh reformy. Věk odchodu do důchodu se má od roku 2030 "
        "postupně zvyšovat až na 67 let, zvolna se má také snižovat růst nově přiznávaných penzí.",
        "„Je to odpovědný krok vůči mladé generaci. Bez reformy by deficit účtu v dalších desetiletích "
        "neúnosně rostl,“ uvedl po jednání vlády ministr práce Marian Jurečka.",
        "Podle ministerstva by reforma měla v roce 2050 ušetřit zhruba 1,3 procenta HDP ročně. Lidé v "
        "náročných profesích by mohli odcházet do penze dříve bez krácení důchodu."]
    more = ["Opoziční hnutí reformu odmítá. Jeho předseda řekl, že po volbách v roce 2025 by ji jeho vláda zrušila.",
            "Návrh nyní míří do Poslanecké sněmovny. Vláda počítá s tím, že by zákon mohl platit od ledna."]
    lines = ["Zpravy.cz", "* Zprávy", "* Sport", "* Ekonomika", "* Kultura", "Premium", "Domácí", "",
             "Vláda schválila reformu, věk odchodu do penze se bude zvyšovat", "",
             "Jan Kopřiva , ČTK", "12. března 2024 14:32 aktualizováno 16:05",
             "Vláda schválila reformu. Penzijní věk se má od roku 2030 zvyšovat až na 67 let.", "",
             "Ministr práce Marian Jurečka na tiskové konferenci po jednání vlády", "", "foto: Michal Šula, Zpravy", ""]
    lines += [x for b in paras for x in (b, "")]
    lines += ["Související", "", "* Odbory chystají kvůli důchodům demonstraci 11. března 2024 18:40",
              "* Kolik si přilepšíte? Spočítejte si budoucí důchod 5. března 2024 9:12",
              "* Ministr ustoupil v otázce náročných profesí 27. února 2024 16:55", "", "Opozice chce reformu zastavit", ""]
    lines += [x for b in more for x in (b, "")] + ["Sdílet Tweetnout Zkopírovat odkaz", "", "© 1999–2024 Zpravy, a.s."]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert doc.kind == "article"
    assert doc.posts[0].headline == "Vláda schválila reformu, věk odchodu do penze se bude zvyšovat"
