"""Bylines whose role has more than one job word, or whose name or closing line is easily misread:
a place or world region before the job title ("Southern Correspondent", CLDR region names), two job
words of a pack in a script without case ("विशेष प्रतिनिधी"), a double surname joined by a
language's one-letter "and" (CLDR list patterns), a Hangul sign-off with its job word, a line
closing every post under posts that open with their authors' names (interface, not a second
author), and an HTML author chip whose class names no rule knows. Each rule has a near miss."""
import newsclean
from newsclean import shapes
from newsclean.model import Byline
from newsclean.text_signoff import signoff_shape

# -- a place or region before the job title belongs to the role --------------------------------------

def test_a_region_or_place_before_the_job_title_is_part_of_the_role():
    assert shapes.name_and_role("Conor Walsh Southern Correspondent") == ("Conor Walsh", "Southern Correspondent")
    assert shapes.name_and_role("Jane Doe New York Correspondent") == ("Jane Doe", "New York Correspondent")
    assert shapes.name_and_role("Mary Lou Williams Europe Editor") == ("Mary Lou Williams", "Europe Editor")
    # (a job word of the packs before the title was read so already)
    assert shapes.name_and_role("Aoife Brennan Political Correspondent") == ("Aoife Brennan", "Political Correspondent")


def test_near_miss_a_surname_before_the_job_title_stays_in_the_name():
    assert shapes.name_and_role("Andrés Felipe Ortiz Periodista") == ("Andrés Felipe Ortiz", "Periodista")
    assert shapes.name_and_role("Kari Nordmann Nyhetsleder") == ("Kari Nordmann", "Nyhetsleder")
    assert shapes.name_and_role("Southern Rail Strikes Continue") is None  # a headline, no job word


# -- two job words closing a caseless name ------------------------------------------------------------

def test_two_job_words_of_a_pack_close_a_caseless_name():
    assert shapes.name_and_role("प्रसाद जोशी विशेष प्रतिनिधी") == ("प्रसाद जोशी", "विशेष प्रतिनिधी")
    assert shapes.name_and_role("अमित वर्मा वरिष्ठ संवाददाता") == ("अमित वर्मा", "वरिष्ठ संवाददाता")
    assert shapes.name_and_role("मानसी कुलकर्णी प्रतिनिधी") == ("मानसी कुलकर्णी", "प्रतिनिधी")


def test_near_miss_four_words_before_the_job_words_are_no_name():
    assert shapes.name_and_role("राज्यातील मतदारसंघांचे निकाल आज जाहीर प्रतिनिधी") is None
    assert shapes.name_and_role("विशेष प्रतिनिधी") is None  # the role alone


# -- a double surname joined by a one-letter "and" -----------------------------------------------------

def test_a_double_surname_joined_by_a_one_letter_and_is_a_name():
    assert shapes.is_name("Pedro Villa y Caña")
    assert shapes.is_name("Josep Puig i Cadafalch")


def test_near_miss_two_names_or_a_phrase_joined_by_and_are_no_name():
    assert not shapes.is_name("Ana Pérez y Juan López")  # two people
    assert not shapes.is_name("Sol y Sombra")  # a phrase: one word before "y"
    assert not shapes.is_name("Pedro Villa y caña")  # lower-case after it
    assert not shapes.is_name("Pedro Villa y")


# -- sign-off lines -------------------------------------------------------------------------------

def test_a_hangul_sign_off_keeps_its_job_word_as_the_role():
    assert signoff_shape("김미나 기자") == ("", [Byline("김미나", "기자")], True)
    assert signoff_shape("Aoife Brennan Political Correspondent") == \
        ("", [Byline("Aoife Brennan", "Political Correspondent")], False)


def test_near_miss_a_sign_off_without_a_job_word_is_the_name_alone():
    assert signoff_shape("Minh Anh") == ("", [Byline("Minh Anh")], False)
    assert signoff_shape("אלישע בן קימון") == ("", [Byline("אלישע בן קימון")], True)


BODIES = ["With most seats now filled, the largest party has 38 members and its rival has 33 so far.",
          "Turnout in the southern constituency is estimated at 61 per cent, down slightly on the last count.",
          "Tallies point to a strong vote for the opposition in the north-west, with two seats likely there.",
          "Ballot boxes have been opened at count centres across the country and tallying has now begun."]
HEADS = ["Largest party on course", "Turnout down in the south", "Strong vote in the north-west", "Boxes opened"]
AUTHORS = ["Aoife Brennan Political Correspondent", "Conor Walsh Southern Correspondent"]
CLOCKS = ["9:42 PM", "7:15 PM", "3:30 PM", "9:05 AM"]


def _chip_page(closing: str, authors: list[str] | None, gap: bool = True) -> str:
    lines = ["Election count: the results as they come in", "",
             "Counting continues at centres across the country.", "", "Saturday, 30 Nov 2024 08:30", "Live", ""]
    for k, (clock, head, body) in enumerate(zip(CLOCKS, HEADS, BODIES)):
        if authors:
            lines.append(authors[k % 2])
        lines += [clock, "", head, "", body, "", closing] + ([""] if gap else [])
    lines += ["Load more", "", "Most Read", "", "1. Who has been elected so far?", "", "© 2024 Example Media"]
    return "\n".join(lines)


def test_one_line_closing_posts_that_open_with_their_authors_is_interface():
    # (glued to the next post's author line, as a scraper prints the share row over the next chip,
    # or a paragraph apart)
    for gap in (True, False):
        doc = newsclean.parse(_chip_page("Share Like", AUTHORS, gap), format="text")
        assert doc.kind == "liveblog"
        assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [
            [("Aoife Brennan", "Political Correspondent")], [("Conor Walsh", "Southern Correspondent")]] * 2
        assert not any("Share Like" in p.text for p in doc.posts)
        assert any(r.text == "Share Like" for r in doc.removed)


def test_near_miss_one_name_closing_every_post_without_names_above_signs_them():
    doc = newsclean.parse(_chip_page("Anna Weber", None), format="text")
    assert doc.kind == "liveblog"
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Anna Weber"]] * 4


# -- an HTML author chip in class names no rule knows --------------------------------------------------

def _html_page(chip: str) -> str:
    posts = []
    for k, (clock, head, body) in enumerate(zip(["23:20", "22:35", "21:10", "20:00"], HEADS, BODIES)):
        posts.append(f'<article class="live-entry" id="e{k}"><header class="sarrera-goiburua"><time>{clock}</time>'
                     f'{chip}</header><h2>{head}</h2><p>{body}</p></article>')
    return ("<html lang='eu'><head><title>Hauteskundeak, zuzenean</title></head><body><main>"
            "<h1>Hauteskundeak, zuzenean</h1><div class='live-feed'>" + "".join(posts) + "</div></main></body></html>")


def test_a_chip_of_a_name_and_a_job_word_in_a_post_header_is_its_byline():
    for name, role in (("Ane Irazabal", "kazetaria"), ("Conor Walsh", "Southern Correspondent")):
        chip = ('<div class="egile-txartela"><img src="https://example.eus/e/1.jpg" alt="">'
                f'<span class="egile-txartela__izena">{name}</span><span class="egile-txartela__kargua">{role}</span></div>')
        doc = newsclean.parse(_html_page(chip), url="https://example.eus/zuzenean")
        assert doc.kind == "liveblog" and len(doc.posts) == 4
        assert all([(b.name, b.role) for b in p.bylines] == [(name, role)] for p in doc.posts)
        assert not any(role in p.text for p in doc.posts)


def test_near_miss_a_name_and_a_verb_or_a_category_chip_in_a_post_header_is_no_byline():
    for chip in ('<span class="etiketa">Azken ordua</span>', '<span class="oharra">Ane Irazabal dimititu du</span>'):
        doc = newsclean.parse(_html_page(chip), url="https://example.eus/zuzenean")
        assert doc.kind == "liveblog" and len(doc.posts) == 4
        assert not any(p.bylines for p in doc.posts), chip


# -- names above each stamp, a double surname among them, a label after a stamp ------------------------

ES_POSTS = [("Redacción Central", "00:15 hrs", "Sheinbaum habla en el Zócalo",
             "La candidata habló ante simpatizantes en el Zócalo de la ciudad tras conocerse el conteo rápido."),
            ("Pedro Villa y Caña", "23:52 hrs Lo más importante", "Conteo rápido del instituto",
             "La consejera presidenta del instituto informó que la candidata obtendría la mayoría de los votos."),
            ("Lucía Gómez", "20:10 hrs", "Largas filas en las casillas",
             "Largas filas se formaron en la casilla especial de la colonia Roma desde muy temprano este domingo."),
            ("Pedro Villa y Caña", "18:00 hrs", "Cierran las casillas",
             "A las 18:00 horas del centro del país cerraron las casillas y los formados aún podrán votar.")]


def _es_page(posts) -> str:
    lines = ["Elecciones 2024 EN VIVO: la jornada electoral", "", "Sigue minuto a minuto la jornada electoral.", "",
             "EN VIVO Nuevas actualizaciones"]
    for name, stamp, head, body in posts:
        lines += [name, stamp, "", head, "", body, "", "Compartir"]
    lines += ["Cargar más", "Lo más visto", "", "1. Resultados por estado", "", "© 2024 Todos los derechos reservados."]
    return "\n".join(lines)


def test_names_above_the_stamps_with_a_joined_double_surname_head_their_posts():
    doc = newsclean.parse(_es_page(ES_POSTS), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[p[0]] for p in ES_POSTS]
    assert [p.label for p in doc.posts] == [None, "Lo más importante", None, None]
    assert not any("Villa" in p.text or "Lo más importante" in p.text for p in doc.posts)


def test_near_miss_two_people_joined_by_and_above_a_stamp_are_no_single_name():
    posts = [(("Ana Pérez y Juan López",) + p[1:]) if k == 1 else p for k, p in enumerate(ES_POSTS)]
    doc = newsclean.parse(_es_page(posts), format="text")
    assert "Ana Pérez y Juan López" not in [b.name for p in doc.posts for b in p.bylines]


# -- a job title is no name; a role on the line under the name ----------------------------------------

def test_a_line_of_job_words_is_no_name():
    assert not shapes.is_name("Political Correspondent")
    assert not shapes.is_name("Southern Correspondent")  # a world region's word, then the job
    assert not shapes.is_name("Senior Political Editor")


def test_near_miss_a_name_with_a_job_word_in_it_stays_a_name():
    assert shapes.is_name("Aoife Brennan")
    assert shapes.is_name("Jack Reporter")  # one word of it is no job word
    assert shapes.is_name("Paris Hilton")


def _lines_page(author_lines) -> str:
    lines = ["Election count: the results as they come in", "", "Counting continues at centres across the country.", "",
             "Saturday, 30 Nov 2024 08:30", "Live updates", "3 new posts", ""]
    for k, (clock, head, body) in enumerate(zip(CLOCKS, HEADS, BODIES)):
        lines += author_lines(AUTHORS[k % 2].split(" ", 2), clock) + ["", head, "", body, "", "Share Like", ""]
    lines += ["Load more", "", "Most Read", "", "1. Who has been elected so far?", "", "© 2024 Example Media"]
    return "\n".join(lines)


EXPECTED = [[("Aoife Brennan", "Political Correspondent")], [("Conor Walsh", "Southern Correspondent")]] * 2


def test_a_role_on_the_line_under_the_name_is_its_role_under_or_over_the_stamp():
    under = _lines_page(lambda a, clock: [clock, " ".join(a[:2]), a[2]])
    over = _lines_page(lambda a, clock: [" ".join(a[:2]), a[2], clock])
    for page in (under, over):
        doc = newsclean.parse(page, format="text")
        assert doc.kind == "liveblog" and len(doc.posts) == 4
        assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == EXPECTED
        assert [p.headline for p in doc.posts] == HEADS
        assert not any("Correspondent" in p.text or "Brennan" in p.text for p in doc.posts)


def test_near_miss_a_title_line_under_the_name_is_no_role():
    # no job word: the line under the name is the post's title
    page = _lines_page(lambda a, clock: [clock, " ".join(a[:2])]).replace("Largest party on course", "Fianna Fáil Leads Count")
    doc = newsclean.parse(page, format="text")
    assert doc.posts[0].headline == "Fianna Fáil Leads Count"
    assert all(b.role is None for p in doc.posts for b in p.bylines)


def test_near_miss_one_author_closing_title_case_posts_still_signs_them():
    # Title Case headlines read like names, but the closing line holds no share button: a byline
    # (and a short Title Case line over the text of a post signed off below is its title, no name)
    page = _chip_page("Anna Weber", None)
    titles = ("Fianna Fáil Leads", "Southern Turnout Falls", "Donegal Surge", "Ballot Boxes Opened")
    for head, title_case in zip(HEADS, titles):
        page = page.replace(head, title_case)
    doc = newsclean.parse(page, format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts][:3] == [["Anna Weber"]] * 3
    assert [p.headline for p in doc.posts][:3] == list(titles[:3])


# -- the outlet's name after every author's name -----------------------------------------------------

def _posts(*names: str) -> list:
    from newsclean.model import Post
    return [Post(bylines=(Byline(n),)) for n in names]


def test_the_outlet_closing_every_authors_name_is_dropped():
    from newsclean.text_byline_page import drop_shared_outlet
    removed: list = []
    posts = drop_shared_outlet(_posts("Paul Steinhauser Fox News", "Danielle Wallace Fox News", "Paul Steinhauser Fox News"),
                               lambda rule, text: removed.append(text))
    assert [p.bylines[0].name for p in posts] == ["Paul Steinhauser", "Danielle Wallace", "Paul Steinhauser"]
    assert removed == ["Fox News"] * 3
    posts = drop_shared_outlet(_posts("Anna Weber CNN", "Jan Schulz CNN"), lambda rule, text: None)
    assert [p.bylines[0].name for p in posts] == ["Anna Weber", "Jan Schulz"]


def test_near_miss_names_sharing_a_surname_or_one_author_keep_their_words():
    from newsclean.text_byline_page import drop_shared_outlet
    for names in (("Anna Smith", "John Smith"), ("Mary Ann Smith", "John Paul Smith"),
                  ("Paul Steinhauser Fox News",), ("Ana Villa Caña", "Pedro Ruiz Caña")):
        posts = drop_shared_outlet(_posts(*names), lambda rule, text: None)
        assert tuple(p.bylines[0].name for p in posts) == names
