"""Article mode: figure captions are no body, so a photo gallery's slides ('2 of 5', caption,
credit) do not read as the story; the intro paragraphs stay. Hand-written gallery page."""
import newsclean

_INTRO = ("The carnival closes on Tuesday in many towns across the country, with parades of masks "
          "and floats of papier-mache drawing crowds to the squares and the seafront promenades.")


def _page(slides: str) -> str:
    return ("<html lang='en'><head><title>Photos of the carnival</title></head><body><main><article>"
            "<h1>Photos of the carnival</h1><div class='entry'>"
            f"<p>{_INTRO}</p><p>Here are some pictures from the last few days of celebrations.</p></div>"
            f"<div class='gallery'>{slides}</div></article></main></body></html>")


def _slide(i: int) -> str:
    return (f"<div class='slide'><figure><img src='{i}.jpg' alt=''><figcaption><span class='count'>{i} of 5</span> "
            f"<span class='caption'>Masked dancers parade through the old town square number {i}</span> "
            f"<span class='credit'>(Agency/Jane Doe)</span></figcaption></figure></div>")


def test_gallery_captions_are_not_body():
    doc = newsclean.parse(_page("".join(_slide(i) for i in range(1, 6))), format="html")
    assert doc.kind == "article"
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert _INTRO in text
    assert "Masked dancers" not in text and "1 of 5" not in text
    assert any("Masked dancers" in r.text for r in doc.removed)


def test_near_miss_paragraphs_beside_a_figure_stay_body():
    doc = newsclean.parse(_page("<p>The parade of floats ends with fireworks over the harbour at midnight, "
                                "the organisers said on Monday evening.</p>" + _slide(1)), format="html")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert "fireworks over the harbour" in text and _INTRO in text
