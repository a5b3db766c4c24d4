"""Article standfirst by structure (`article_lead`, `article_check.standfirst`): the blocks between
the headline and the byline or date row are the summary, not the body's first lines, with or
without a closing period; the body's own first paragraph stays, also when the page's description
repeats it. Hand-written pages shaped like news templates."""
from newsclean import parse
from newsclean.article_body import main_headline
from newsclean.article_lead import structural_standfirst
from newsclean.html_front import parse_tree

PARAS = [
    "La movilización en defensa de la universidad pública reunió a cientos de miles de personas en todo el país.",
    "Las primeras columnas de estudiantes se concentraron frente a la Facultad de Medicina, sobre la avenida Córdoba.",
    "Gremios docentes y no docentes se sumaron a la marcha, y las centrales sindicales llegaron con banderas propias.",
    "La cabecera de la marcha llegó a Plaza de Mayo; la policía estimó la concurrencia en 150.000 personas.",
    "Se leyó un documento unificado que exige la actualización del presupuesto universitario y de los salarios.",
]


def body(paras=PARAS, cls="") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{p}</p>" for p in paras)


def page(inner: str, head: str = "") -> str:
    return (f'<html lang="es"><head><title>Cómo fue la marcha universitaria</title>{head}</head>'
            f"<body><main><article>{inner}</article></main></body></html>")


SUBHEAD = "Estudiantes, docentes y gremios marcharon a Plaza de Mayo contra el ajuste"


def test_subhead_between_headline_and_author_row_is_the_summary():
    html = page(f'<h1>Cómo fue la marcha universitaria, hora por hora</h1><h2 class="subhead">{SUBHEAD}</h2>'
                '<div class="com-author"><a>Evangelina Himitian</a></div>'
                f'<time datetime="2024-04-23T21:30:00-03:00">23 de abril</time><div class="cuerpo">{body()}</div>')
    doc = parse(html, url="https://www.example.com.ar/sociedad/marcha-nid23042024/")
    assert doc.summary == (SUBHEAD,)
    assert doc.posts[0].blocks[0].text == PARAS[0]


def test_bullet_summary_under_an_h2_title_is_the_summary():
    title = "Storm batters Britain: flooded roads and toppled trees as 70mph winds hit"
    html = page(f"<h2>{title}</h2><ul><li>Amber warning for wind across Yorkshire and the North East</li>"
                "<li>Festival campsite opening delayed</li></ul>"
                '<p class="author-section byline-plain">By <a class="author">JANE DOE</a></p>'
                f'<div itemprop="articleBody">{body()}</div>', head=f'<meta property="og:title" content="{title}">')
    doc = parse(html, url="https://www.example.co.uk/news/article-1/storm.html")
    assert doc.summary == ("Amber warning for wind across Yorkshire and the North East", "Festival campsite opening delayed")
    assert all("Amber warning" not in b.text for b in doc.posts[0].blocks)


def test_near_miss_first_paragraph_above_the_byline_of_the_body_class_stays():
    # the paragraph above the byline has the tag and class of the paragraphs after it: it is the body's
    html = page(f'<h1>Cómo fue la marcha universitaria, hora por hora</h1><p class="txt">{PARAS[0]}</p>'
                f'<div class="byline">Por Evangelina Himitian</div>{body(PARAS[1:], "txt")}')
    tree = parse_tree(html)
    assert structural_standfirst(tree, main_headline(tree)) == ""
    doc = parse(html, url="https://www.example.com.ar/sociedad/marcha-nid23042024/")
    assert doc.posts[0].blocks[0].text == PARAS[0] and doc.summary == ()


def test_near_miss_description_that_repeats_the_first_paragraph_keeps_it_in_the_body():
    html = page(f'<h1>Cómo fue la marcha universitaria, hora por hora</h1><div class="byline">Por Ana Díaz</div>'
                f'<div class="cuerpo">{body()}</div>', head=f'<meta name="description" content="{PARAS[0]}">')
    doc = parse(html, url="https://www.example.com.ar/sociedad/marcha-nid23042024/")
    assert doc.posts[0].blocks[0].text == PARAS[0]


def test_near_miss_no_byline_or_date_row_under_the_block_gives_no_standfirst():
    tree = parse_tree(page(f'<h1>Cómo fue la marcha universitaria, hora por hora</h1><h2>{SUBHEAD}</h2>'
                           f'<figure><img src="a.jpg"></figure><div class="cuerpo">{body()}</div>'))
    assert structural_standfirst(tree, main_headline(tree)) == ""


def test_near_miss_a_short_heading_above_the_row_may_be_a_section_title():
    tree = parse_tree(page('<h1>Cómo fue la marcha universitaria, hora por hora</h1><h2>La jornada en Buenos Aires</h2>'
                           f'<div class="byline">Por Ana Díaz</div><div class="cuerpo">{body()}</div>'))
    assert structural_standfirst(tree, main_headline(tree)) == ""
    # the same words in a paragraph, a subtitle's tag, are a standfirst
    tree = parse_tree(page('<h1>Cómo fue la marcha universitaria, hora por hora</h1><p class="sub">La jornada en Buenos Aires</p>'
                           f'<div class="byline">Por Ana Díaz</div><div class="cuerpo">{body()}</div>'))
    assert structural_standfirst(tree, main_headline(tree)) == "La jornada en Buenos Aires"


def test_near_miss_the_byline_right_under_the_headline_is_no_standfirst():
    # the author line (itself the row) over a date row: no block above it
    tree = parse_tree(page('<h1>Cómo fue la marcha universitaria, hora por hora</h1>'
                           '<p class="byline ap-byline">Tom Krisher, Ap Auto Writer</p>'
                           '<span class="timestamp">Updated <time datetime="2019-11-20T06:39:53Z">1:39 am</time></span>'
                           f'<div class="cuerpo">{body()}</div>'))
    assert structural_standfirst(tree, main_headline(tree)) == ""
