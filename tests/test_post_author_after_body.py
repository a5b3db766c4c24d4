"""A post's author printed after its body, in an element of its own in the container row
("<div class=texto>…</div><span class=writer>Name</span>"), is its byline, not a body line; an
author class may use the author's word of another language ("ticker__autor"). Near misses: an
author-classed word inside a paragraph stays part of the sentence; "autorefresh" is no author
class; a credit-classed or picture-side chip is no byline. Hand-written markup in Portuguese,
shaped like real live-blog templates."""
import newsclean

from newsclean.html_roles import class_says

_TEXTS = [
    "A Câmara aprovou o texto-base do orçamento por 312 votos a favor e 140 contra nesta tarde.",
    "Os líderes partidários voltam a reunir-se amanhã para discutir as emendas pendentes.",
    "A sessão foi aberta às nove horas com a leitura do parecer do relator na comissão.",
]


def _page(tail: str, cls: str = "post-writer") -> str:
    items = "".join(f"<div class='post-ao-vivo'><div class='post-hora'>1{5 - i}:2{i}</div><h2>Atualização número {i}</h2>"
                    f"<div class='post-texto'><p>{t}</p></div>"
                    f"{tail if i == 0 else f'<span class={cls}>Mariana Costa</span>'}</div>"
                    for i, t in enumerate(_TEXTS))
    return ("<html lang='pt'><head><title>Ao vivo: orçamento | Jornal</title></head><body><main>"
            f"<h1>Ao vivo: votação do orçamento</h1><div class='ao-vivo'>{items}</div></main></body></html>")


def test_an_author_element_after_the_body_is_the_byline():
    doc = newsclean.parse(_page("<span class='post-writer'>Rui Almeida</span>"), format="html")
    assert len(doc.posts) == 3
    first = doc.posts[0]
    assert [b.name for b in first.bylines] == ["Rui Almeida"]
    assert [b.text for b in first.blocks] == [_TEXTS[0]]


def test_an_author_class_in_another_language_is_an_author():
    doc = newsclean.parse(_page("<p class='post__autor'>Rui Almeida</p>", cls="post__autor"), format="html")
    assert [b.name for p in doc.posts for b in p.bylines] == ["Rui Almeida", "Mariana Costa", "Mariana Costa"]
    assert all("Almeida" not in b.text for b in doc.posts[0].blocks)


def test_near_miss_an_author_classed_word_inside_a_paragraph_is_part_of_it():
    doc = newsclean.parse(_page("<p>Segundo <span class='post-writer'>Rui Almeida</span>, a votação "
                                "deve terminar antes da meia-noite.</p>"), format="html")
    first = doc.posts[0]
    assert first.blocks[-1].text == "Segundo Rui Almeida, a votação deve terminar antes da meia-noite."


def test_near_miss_autorefresh_is_no_author_class():
    assert "author" in class_says("ticker__autor") and "author" in class_says("autoren-liste")
    assert "author" not in class_says("feed-autorefresh") and "author" not in class_says("autoreply")


def test_near_miss_a_photo_credit_classed_author_after_a_picture_is_no_byline():
    for tail in ("<figure><img src='https://x.invalid/a.jpg' alt=''></figure><span class='photo-author'>Foto: Rui Almeida</span>",
                 "<img src='https://x.invalid/a.jpg' alt=''><span class='post-writer'>Rui Almeida / Lusa</span>"):
        doc = newsclean.parse(_page(tail), format="html")
        assert doc.posts[0].bylines == ()
