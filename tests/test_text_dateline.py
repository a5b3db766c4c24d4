"""A scraped article's date printed alone under its title is the page's date, not its text."""
import newsclean

_BODY = ("Martedì grasso si chiude il Carnevale in molte città italiane, con le sfilate più famose a "
         "Venezia e a Viareggio e migliaia di persone in piazza per tutto il pomeriggio.")


def _article(dateline: str) -> str:
    return (f"Il Giornale\nItalia Mondo Politica\n\nLe foto del Carnevale, da Venezia a Viareggio\n\n{dateline}\n\n"
            f"{_BODY}\n\n{_BODY.replace('Martedì', 'Anche martedì')}\n\nIl Giornale © 2024\n")


def test_a_date_alone_under_the_title_is_the_dateline():
    doc = newsclean.parse(_article("13 febbraio 2024"), format="text")
    assert doc.kind == "article" and doc.published == "2024-02-13"
    assert "13 febbraio 2024" not in doc.posts[0].text
    assert any(r.rule == "meta.dateline" and r.text == "13 febbraio 2024" for r in doc.removed)


def test_near_miss_a_sentence_holding_a_date_stays():
    line = "Il 13 febbraio 2024 la città ha festeggiato fino a tarda notte."
    doc = newsclean.parse(_article(line), format="text")
    assert line in doc.posts[0].text
