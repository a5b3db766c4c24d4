"""Scraped text, article mode: key points listed under the byline and date row are the page's
summary; a row whose clock is followed by the update's clock is header; a 'READ |' promo line
inside the text is a teaser (`text_article_rows`, the English pack's lead-ins)."""
import newsclean

P1 = ("The power utility has gone 100 consecutive days without cuts, it said on Thursday, despite demand "
      "climbing during the coldest week of the winter so far.")
P2 = ("The minister said improved maintenance at coal-fired stations had lifted the availability factor "
      "above 60% for the first time in two years.")
P3 = ("Analysts cautioned that the grid remains vulnerable and that a cold front or a major unit failure "
      "could still force the return of rolling blackouts.")


def _page(after_row: list[str], row: str = "Lwazi Mthembu Thursday, 4 July 2024 | 11:30", deck: bool = True) -> str:
    standfirst = ["The utility says maintenance is paying off, but analysts warn the grid is not safe yet.", ""]
    lines = ["News Opinion Business Sport", "", "Utility marks 100 days without power cuts as demand peaks", "",
             *(standfirst if deck else []), row, *after_row, "", P1, "", P2, "", "READ | Tariff hike: What it means for your bill", "", P3]
    return "\n".join(lines)


def _body(doc):
    return [b.text for p in doc.posts for b in p.blocks]


def test_key_points_under_the_row_are_summary():
    points = ["* The utility has gone 100 days without cuts.", "* Unplanned outages are down by 4 000MW."]
    doc = newsclean.parse(_page(points), format="text")
    assert doc.kind == "article"
    assert "The utility has gone 100 days without cuts." in doc.summary
    assert not any("100 days without cuts." in t for t in _body(doc) if t != P1)
    assert P1 in _body(doc) and P3 in _body(doc)


def test_list_of_titles_under_the_row_stays():
    # near miss: items that are no sentences (no full stop) are not key points
    points = ["* Utility outages", "* Winter demand"]
    doc = newsclean.parse(_page(points), format="text")
    assert "Utility outages" not in doc.summary


def test_read_bar_promo_is_no_body():
    doc = newsclean.parse(_page([]), format="text")
    assert not any(t.startswith("READ |") for t in _body(doc))
    # near miss: a sentence that opens with the word is text
    doc = newsclean.parse(_page([]).replace("READ | Tariff hike: What it means for your bill",
                                            "Read the full statement on the utility's website, the minister said."),
                          format="text")
    assert any(t.startswith("Read the full statement") for t in _body(doc))


def _rule_of(doc, text):
    return next((r.rule for r in doc.removed if r.text == text), None)


def test_row_with_the_update_clock_is_header():
    row = "Lwazi Mthembu 14/07/2024 08:15 Updated: 09:30"
    doc = newsclean.parse(_page([], row=row, deck=False), format="text")
    assert _rule_of(doc, row) == "meta.dateline"
    assert doc.published is not None and doc.published.startswith("2024-07-14")
    # near miss: words after the clock that are no update's lead and clock: no byline row
    row = "Lwazi Mthembu 14/07/2024 08:15 and then the minister spoke again 09:30"
    doc = newsclean.parse(_page([], row=row, deck=False), format="text")
    assert _rule_of(doc, row) != "meta.dateline"
