"""A short label printed in an element of its own right before a post's clock (a pinned post's
chip) is the post's label, and the clock is still read. Near misses: a name before the clock is
a byline, not a label; words run into the clock in one text are no chip."""
import newsclean

_TEXTS = [
    "Co reconto case rematado, o partido do goberno mantén a maioría absoluta no Parlamento.",
    "A candidata da oposición compareceu na sede ante centos de simpatizantes esta noite.",
    "A participación supera a das eleccións anteriores en todas as provincias do país.",
    "Os colexios electorais abriron ás nove da mañá sen incidencias salientables.",
]


def _page(first_head: str) -> str:
    clocks = ["21.05", "20.40", "19.30"]
    entries = [(f"<div class='entrada entrada--fixada'>{first_head}<h3 class='entrada__titulo'>Titular da entrada fixada</h3>"
                f"<div class='entrada__texto'><p>{_TEXTS[0]}</p></div></div>")]
    entries += [f"<div class='entrada'><span class='entrada__hora'>{c}</span><h3 class='entrada__titulo'>Titular da entrada {i}</h3>"
                f"<div class='entrada__texto'><p>{_TEXTS[i]}</p></div></div>" for i, c in enumerate(clocks, 1)]
    return ("<html lang='gl'><head><title>Directo | Noite electoral | Xornal</title>"
            "<meta property='article:published_time' content='2024-02-18T19:00:00+01:00'></head><body>"
            "<main><article><h1>Directo | Noite electoral</h1><div class='directo'>" + "".join(entries) +
            "</div></article></main></body></html>")


def test_a_chip_before_the_clock_is_the_label_and_the_clock_is_read():
    doc = newsclean.parse(_page("<span class='chip'><i class='icon-pin'></i>Fixada</span><span class='entrada__hora'>22.40</span>"),
                          format="html")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    first = doc.posts[0]
    assert first.published is not None and first.published[11:16] == "22:40"
    assert first.label == "Fixada"
    assert [p.published[11:16] for p in doc.posts[1:]] == ["21:05", "20:40", "19:30"]


def test_near_miss_a_name_before_the_clock_is_a_byline_not_a_label():
    doc = newsclean.parse(_page("<span class='autor'>Uxía Pereira</span><span class='entrada__hora'>22.40</span>"),
                          format="html")
    first = doc.posts[0]
    assert first.label is None
    assert first.published is not None and first.published[11:16] == "22:40"


def test_near_miss_words_run_into_the_clock_in_one_text_are_no_chip():
    doc = newsclean.parse(_page("<span class='entrada__hora'>Fixada 22.40</span>"), format="html")
    assert doc.posts[0].label is None


def test_a_chip_named_by_the_post_s_class_without_an_icon_is_the_label():
    # the first post's class is "entrada entrada--fixada": the template names the chip's word
    doc = newsclean.parse(_page("<span class='marca'>Fixada</span><span class='entrada__hora'>22.40</span>"), format="html")
    assert doc.posts[0].label == "Fixada" and doc.posts[0].published[11:16] == "22:40"


def test_near_miss_a_place_in_its_own_element_before_the_clock_is_no_label():
    doc = newsclean.parse(_page("<span class='lugar'>Santiago</span><span class='entrada__hora'>22.40</span>"), format="html")
    assert doc.posts[0].label is None


def test_an_emoji_chip_before_the_clock_is_the_label_without_its_icon():
    # "📌 Fixada" as one text: the pin is printed as a character, not an <i> icon
    doc = newsclean.parse(_page("<span class='insignia'>📌 Fixada</span><div class='entrada__hora'>22.40</div>"), format="html")
    first = doc.posts[0]
    assert first.label == "Fixada" and first.headline == "Titular da entrada fixada"
    assert first.published[11:16] == "22:40"
    assert not any("Fixada" in b.text for b in first.blocks)


def test_near_miss_an_emoji_line_with_no_headline_after_it_stays_in_the_body_as_printed():
    doc = newsclean.parse(_page("<div class='entrada__hora'>22.40</div><p class='nota'>📌 Fixada</p>")
                          .replace("<h3 class='entrada__titulo'>Titular da entrada fixada</h3>", ""), format="html")
    first = doc.posts[0]
    assert first.label is None
    assert any(b.text == "📌 Fixada" for b in first.blocks)


def test_a_chip_in_a_script_without_letter_case_is_the_label():
    # Devanagari and Kannada have no capitals: the chip's first letter cannot be upper-case
    for word in ("पिन किया गया", "ಪಿನ್ ಮಾಡಲಾಗಿದೆ"):
        doc = newsclean.parse(_page(f"<span class='insignia'>📌 {word}</span><div class='entrada__hora'>22.40</div>"),
                              format="html")
        first = doc.posts[0]
        assert first.label == word and first.headline == "Titular da entrada fixada"


def test_near_miss_a_lower_case_latin_line_over_the_headline_is_no_label():
    doc = newsclean.parse(_page("<div class='entrada__hora'>22.40</div><p class='nota'>fixada</p>"), format="html")
    first = doc.posts[0]
    assert first.label is None and any(b.text == "fixada" for b in first.blocks)
