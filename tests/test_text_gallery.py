"""A photo gallery printed as text numbers its slides ("1 di 12 Caption (AGENCY/NAME)"): the
counters are furniture, recorded; the captions become media, not the article's text."""
import newsclean

_BODY = ("Martedì grasso si chiude il Carnevale in molte città italiane, con le sfilate più famose a "
         "Venezia e a Viareggio e migliaia di persone in piazza per tutto il pomeriggio.")
_CAPTIONS = ["Maschere in piazza San Marco, Venezia (ANSA/ANDREA MEROLA)",
             "Il volo dell'Angelo dal campanile di San Marco (AP Photo/Luca Bruno)",
             "Un carro allegorico a Viareggio (ANSA/FABIO MUZZI)",
             "Bambini in maschera a Ivrea (LaPresse/Marco Alpozzi)"]


def _page(lines: list[str]) -> str:
    return ("Il Giornale\n\nLe foto del Carnevale, da Venezia a Viareggio\n\n" + _BODY + "\n\n"
            + _BODY.replace("Martedì", "Anche martedì") + "\n\n" + "\n\n".join(lines) + "\n\nIl Giornale © 2024\n")


def test_slide_counters_go_and_captions_become_media():
    doc = newsclean.parse(_page([f"{k} di 4 {c}" for k, c in enumerate(_CAPTIONS, 1)]), format="text")
    post = doc.posts[0]
    assert len(post.media) == 4 and post.media[0].credit == "ANSA/ANDREA MEROLA"
    assert "di 4" not in post.text and "Maschere" not in post.text
    assert [r.text for r in doc.removed if r.rule == "media.gallery-counter"] == ["1 di 4", "2 di 4", "3 di 4", "4 di 4"]


def test_near_miss_numbers_that_do_not_count_slides_stay():
    lines = ["1 in 5 adults said they would vote early", "2 in 3 said the economy mattered most",
             "4 in 10 had not decided"]
    doc = newsclean.parse(_page(lines), format="text")
    shown = doc.posts[0].text + "\n" + "\n".join(r.text for r in doc.removed)
    assert all(line in shown for line in lines)  # (whole: no counter taken off)
    assert not any(r.rule == "media.gallery-counter" for r in doc.removed)
