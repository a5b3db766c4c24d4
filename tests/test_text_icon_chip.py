"""Scraped text: a chip printed with an icon ("📌 Fixado") on the line right over a post's
stamp is the post's label, in any language, and the page's own stamp over its standfirst still
stays header. Near miss: an icon line of more words than a chip holds stays body text."""
import newsclean

_POSTS = [
    ("2024.10.06 23:40", "Apuração chega a 98% das urnas",
     "Com quase todas as urnas apuradas, o candidato do governo lidera com folga na capital."),
    ("2024.10.06 22:15", "Segundo turno confirmado em três cidades",
     "O tribunal eleitoral confirmou que três cidades terão segundo turno no fim do mês."),
    ("2024.10.06 21:05", "Abstenção fica acima da média",
     "A abstenção passou de vinte por cento, acima da média das últimas eleições municipais."),
    ("2024.10.06 20:10", "Primeiros boletins divulgados",
     "Os primeiros boletins de urna foram divulgados logo após o fechamento das seções."),
]


def _text(chip: str) -> str:
    out = ["Política Economia Mundo Esportes", "", "AO VIVO: Eleições municipais 2024, a apuração", "",
           "2024.10.06 17:00 Redação Visualizações: 12 044", "",
           "A votação terminou às 17h e a apuração começou em todo o país. Acompanhe os resultados ao vivo.", ""]
    for k, (stamp, head, body) in enumerate(_POSTS):
        if k == 0:
            out += [chip, stamp]
        else:
            out.append(stamp)
        out += ["", head, "", body, ""]
    return "\n".join(out)


def test_an_icon_chip_over_a_stamp_is_the_post_label_and_the_page_stamp_stays_header():
    doc = newsclean.parse(_text("📌 Fixado"), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    first = doc.posts[0]
    assert first.label == "Fixado" and first.headline == "Apuração chega a 98% das urnas"
    assert first.published is not None and first.published.startswith("2024-10-06T23:40")
    assert [p.headline for p in doc.posts[1:]] == [h for _, h, _ in _POSTS[1:]]


def test_near_miss_an_icon_line_of_many_words_is_no_label():
    doc = newsclean.parse(_text("📷 Veja as fotos da apuração em todo o país"), format="text")
    assert doc.kind == "liveblog"
    assert all(p.label is None for p in doc.posts)
