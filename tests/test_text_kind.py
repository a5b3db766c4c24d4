"""Live or article in scraped text (``text_kind``): an article stays one post; a run of stamped
posts is a live blog. Fixtures are hand-written, shaped like scraped pages (one block a line)."""
from __future__ import annotations

import newsclean

EN_ARTICLE = """Menu
Home
World
Business
Sport
Council approves new tram line after years of debate
The city will spend 400 million on a line linking the airport with the centre by 2030.
By Jane Carter
12 March 2024
The city council voted on Tuesday to approve a new tram line that will connect the airport with the centre, ending a debate that has run for more than a decade and divided residents across the region.
Supporters say the line will cut journey times in half and take thousands of cars off the roads every day, while critics argue the money would be better spent on buses and on the repair of existing roads.
What happens next
Construction is expected to begin next spring, and the first trams could run by the end of the decade if the work stays on schedule and the national government confirms its share of the funding.
The mayor said the vote was a turning point for the city and that she expected the project to bring new jobs and investment to the districts along the route, many of which have lagged behind for years.
Opposition councillors said they would keep pressing for an independent review of the costs, which have already risen twice since the plan was first presented to the public in 2019.
Share this article
Facebook
Twitter
Email
Related stories
Bus fares to rise in April
Airport expansion plan delayed
Contact us
Terms of use
"""

DE_ARTICLE = """Startseite
Politik
Wirtschaft
Stadtrat beschließt neue Straßenbahnlinie zum Flughafen
Die Stadt will bis 2030 rund 400 Millionen Euro in die Verbindung investieren.
Von Anna Becker
12.03.2024
Der Stadtrat hat am Dienstag eine neue Straßenbahnlinie beschlossen, die den Flughafen mit der Innenstadt verbinden soll. Damit endet eine Debatte, die seit mehr als zehn Jahren geführt wird und die Bewohner der Region gespalten hat.
Die Befürworter sagen, dass die Linie die Fahrzeit um die Hälfte verkürzen und jeden Tag Tausende Autos von den Straßen holen werde. Die Kritiker meinen dagegen, das Geld wäre bei den Bussen und bei der Sanierung der Straßen besser angelegt.
Wie es weitergeht
Der Bau soll im nächsten Frühjahr beginnen, und die ersten Bahnen könnten am Ende des Jahrzehnts fahren, wenn die Arbeiten im Zeitplan bleiben und der Bund seinen Anteil an der Finanzierung bestätigt.
Die Oberbürgermeisterin sagte, die Abstimmung sei ein Wendepunkt für die Stadt. Sie erwarte, dass das Projekt neue Arbeitsplätze und Investitionen in die Stadtteile entlang der Strecke bringe, die seit Jahren zurückliegen.
Die Opposition will weiter auf eine unabhängige Prüfung der Kosten drängen, die seit der ersten Vorstellung des Plans im Jahr 2019 schon zweimal gestiegen sind.
Artikel teilen
Mehr zum Thema
Kontakt
Impressum
"""

DE_LIVE = """Bahnstreik im Liveticker: Was Reisende jetzt wissen müssen
Liveticker
13.45 Uhr
Gewerkschaft kündigt neue Gespräche an
Die Gewerkschaft will am Abend mit der Bahn über ein neues Angebot sprechen, teilte ein Sprecher mit.
13.20 Uhr
Fernverkehr fast vollständig eingestellt
Nach Angaben der Bahn fahren derzeit nur wenige Fernzüge, vor allem im Norden und im Osten des Landes.
12.55 Uhr
Pendler weichen auf das Auto aus
Auf den Autobahnen rund um die großen Städte hat sich der Verkehr am Mittag deutlich verdichtet.
12.30 Uhr
Fahrgastverband kritisiert den Streik
Der Verband nennt den Ausstand unverhältnismäßig und fordert eine Schlichtung der beiden Seiten.
12.05 Uhr
Streik hat begonnen
Seit Mittag stehen in vielen Bahnhöfen die Züge still, die Bahn rät von allen nicht nötigen Reisen ab.
"""


def _one_article(doc, title: str) -> None:
    assert doc.kind == "article" and len(doc.posts) == 1
    assert doc.posts[0].headline == title


def test_english_article_stays_one_post_with_its_title_and_no_chrome():
    doc = newsclean.parse(EN_ARTICLE, format="text")
    _one_article(doc, "Council approves new tram line after years of debate")
    text = doc.posts[0].text
    assert "Construction is expected to begin next spring" in text and "Opposition councillors" in text
    assert "Airport expansion plan delayed" not in text and "Terms of use" not in text
    removed = {r.text for r in doc.removed}
    assert {"Facebook", "Terms of use", "Airport expansion plan delayed"} <= removed  # recorded, not dropped
    assert doc.language == "en"


def test_german_article_stays_one_post_and_reads_as_german():
    doc = newsclean.parse(DE_ARTICLE, format="text")
    _one_article(doc, "Stadtrat beschließt neue Straßenbahnlinie zum Flughafen")
    assert "Die Opposition will weiter" in doc.posts[0].text and "Impressum" not in doc.posts[0].text
    assert doc.language == "de"


def test_timeline_inside_an_article_is_not_a_feed():
    # near miss: a short list of years inside the text is not a run of stamped posts
    lines = EN_ARTICLE.split("\n")
    at = lines.index("What happens next")
    timeline = ["Timeline:", "1998 First plans for a tram line presented",
                "2004 Plans shelved after the budget crisis", "2019 New plan presented to the public",
                "2024 Council approves the line"]
    doc = newsclean.parse("\n".join(lines[:at] + timeline + lines[at:]), format="text")
    _one_article(doc, "Council approves new tram line after years of debate")
    assert "2004 Plans shelved after the budget crisis" in doc.posts[0].text


def test_audio_player_inside_an_article_is_not_a_feed():
    # near miss: a player's clock lines ("0:00", "4:32", speed "1.50x") near the top
    lines = EN_ARTICLE.split("\n")
    at = lines.index("12 March 2024") + 1
    player = ["Listen to this article", "0:00", "4:32", "1.0x", "1.50x", "2.0x", "0:00 / 4:32"]
    doc = newsclean.parse("\n".join(lines[:at] + player + lines[at:]), format="text")
    _one_article(doc, "Council approves new tram line after years of debate")
    assert "Opposition councillors" in doc.posts[0].text


def test_stamp_cluster_in_an_article_is_called_an_article_with_a_warning():
    # near miss: three clock lines in one place (a schedule) above long prose stay one article,
    # and the document says why
    lines = EN_ARTICLE.split("\n")
    at = lines.index("12 March 2024") + 1
    schedule = ["Tuesday's session", "09:00", "Opening statements", "10:30", "Debate", "12:00", "Vote"]
    doc = newsclean.parse("\n".join(lines[:at] + schedule + lines[at:]), format="text")
    assert doc.kind == "article" and len(doc.posts) == 1
    assert any("article despite live signals" in w for w in doc.warnings)


def test_german_live_page_of_stamped_posts_is_live():
    doc = newsclean.parse(DE_LIVE, format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 5
    assert [p.headline for p in doc.posts][:2] == ["Gewerkschaft kündigt neue Gespräche an",
                                                    "Fernverkehr fast vollständig eingestellt"]
    assert all(p.published for p in doc.posts)
    assert not doc.warnings


def test_headline_shaped_sections_without_stamps_are_an_article():
    # near miss: subheadings over paragraphs look like headline-opened posts; an article with
    # a live word in its title but no run of stamps and no live header note stays an article
    page = EN_ARTICLE.replace("Council approves new tram line after years of debate",
                              "Council approves new tram line: live reaction")
    doc = newsclean.parse(page, format="text")
    assert doc.kind == "article" and len(doc.posts) == 1


def test_comments_with_times_out_of_order_are_not_a_feed():
    # near miss: reader comments under an article carry clock stamps, but not in time order
    comments = []
    for clock, text in (("07:52", "It is good to see the council finally make a decision on this after so long."),
                        ("07:47", "I think the buses would have been a better use of the money for most people."),
                        ("08:12", "The airport link is long overdue, every other city of this size has one."),
                        ("07:50", "Who is going to pay when the costs rise again, as they always do with these?"),
                        ("08:49", "My street is on the route and nobody has asked us anything about it yet."),
                        ("07:54", "Finally some good news for the people who commute from the east side.")):
        comments += [f"2 days ago at {clock}", text]
    lines = EN_ARTICLE.split("\n")
    at = lines.index("Share this article")
    doc = newsclean.parse("\n".join(lines[:at] + ["Comments"] + comments + lines[at:]), format="text")
    assert doc.kind == "article" and len(doc.posts) == 1
    assert any("article despite live signals" in w for w in doc.warnings)


def test_live_page_in_time_order_with_one_turn_at_midnight_is_live():
    # the other side of the order rule: newest first, crossing midnight once
    posts = []
    for clock, head in (("00:40", "Counting goes on through the night"), ("00:05", "First results are in"),
                        ("23:50", "Turnout higher than last time"), ("23:20", "Polls have closed"),
                        ("22:55", "Last voters in the queues")):
        posts += [clock, head, f"Our reporter says: {head.lower()}, and the mood at the count is tense tonight."]
    doc = newsclean.parse("Election night live\n" + "\n".join(posts) + "\n", format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 5


def test_three_posts_past_midnight_are_live():
    # three clocks, newest first, across midnight: the one step back to the evening is midnight's
    posts = []
    for clock, head in (("02:10", "Social Democrats are the largest party"), ("00:35", "First results from the south"),
                        ("22:00", "Polling stations have closed")):
        posts += [clock, head, f"Our reporter says: {head.lower()}, and the counting goes on in every district tonight."]
    doc = newsclean.parse("Election night live\n" + "\n".join(posts) + "\n", format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 3


def test_near_miss_a_chronology_of_named_days_is_not_a_midnight_turn():
    # "Jueves, 23:30" then "Viernes, 6:15": the days are named, so the jump back is no midnight of one day
    lines = ["72 horas que cambiaron la elección", "",
             "La cronología de los últimos tres días de campaña, día por día y hora por hora en todo el país.", ""]
    for stamp, text in (("Jueves, 14:00", "El candidato abrió la jornada con un acto en el conurbano bonaerense."),
                        ("Jueves, 23:30", "La encuesta nocturna mostró un empate técnico entre los dos candidatos."),
                        ("Viernes, 6:15", "El debate de la madrugada dejó más dudas que certezas entre los votantes."),
                        ("Viernes, 18:00", "El cierre de campaña reunió a miles de personas en la avenida principal."),
                        ("Sábado, 10:00", "La veda electoral empezó con calma y sin incidentes en todo el país.")):
        lines += [stamp, text, ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert doc.kind == "article" and len(doc.posts) == 1


def test_related_box_inside_an_article_is_removed_and_the_text_goes_on():
    # a "Related stories" box between paragraphs: its list goes, the paragraphs after it stay
    lines = EN_ARTICLE.split("\n")
    at = lines.index("What happens next")
    box = ["Related stories", "Bus fares to rise in April", "Airport expansion plan delayed"]
    doc = newsclean.parse("\n".join(lines[:at] + box + lines[at:]), format="text")
    _one_article(doc, "Council approves new tram line after years of debate")
    text = doc.posts[0].text
    assert "Opposition councillors" in text and "Bus fares to rise in April" not in text
    assert "Bus fares to rise in April" in {r.text for r in doc.removed}


def test_related_teasers_after_an_article_do_not_resume_it():
    # near miss: after the box, teasers alternate a title and one paragraph: not the article's text
    lines = EN_ARTICLE.split("\n")
    at = lines.index("Share this article")
    teasers = ["Related stories"]
    for title in ("Bus fares to rise in April", "Airport expansion plan delayed", "New cycle lanes for the centre"):
        teasers += [title, f"{title}: the council says the change follows a long review of the city's transport "
                           "budget and of the plans that residents sent in over the last two years."]
    doc = newsclean.parse("\n".join(lines[:at] + teasers + lines[at:]), format="text")
    _one_article(doc, "Council approves new tram line after years of debate")
    assert "New cycle lanes" not in doc.posts[0].text


def _chronology(header_stamp: str) -> str:
    lines = ["Изборният ден в хронология: ниска активност", "", header_stamp, "",
             "Изборите за Народно събрание на 9 юни преминаха при най-ниската активност досега в страната.", ""]
    for stamp, text in (("9 юни, 7:00 ч.", "Секционните избирателни комисии отвориха врати в цялата страна рано сутринта."),
                        ("9 юни, 13:00 ч.", "ЦИК обяви активност от 14,2% към обед, с три пункта по-малко от предходните избори."),
                        ("9 юни, 20:00 ч.", "Секциите затвориха и първите екзитполове дадоха ГЕРБ-СДС на първо място."),
                        ("10 юни, 10:30 ч.", "При 98% обработени протоколи ЦИК потвърди подреждането на партиите в парламента.")):
        lines += [stamp, "", text, ""]
    return "\n".join(lines)


def test_a_chronology_told_after_the_events_is_an_article():
    doc = newsclean.parse(_chronology("10 юни 2024, 12:15"), format="text")
    assert doc.kind == "article" and len(doc.posts) == 1


def test_near_miss_the_same_posts_under_their_start_are_live():
    # the header's stamp is the blog's start, before its posts: a live page in time order
    doc = newsclean.parse(_chronology("9 юни 2024, 6:45"), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
