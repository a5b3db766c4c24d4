"""Readers' comment threads in scraped text (`text_stamp_roles.demote_counted_thread`): a counted
heading ("Hozzászólások (1243)", "Maoni 3") over stamps led by a commenter's name or handle is the
thread, cut from the article or the feed and recorded as ``page.comments``. Near misses: a
counted heading over the feed's own bare stamps, and a thread of one comment."""
import newsclean

BODY = [
    "A Tisza Párt 29,6 százalékot szerzett a vasárnapi európai parlamenti választáson, ezzel hét mandátumhoz jutott.",
    "A Fidesz–KDNP listája 44,8 százalékkal 11 mandátumot szerzett, ami a párt eddigi leggyengébb eredménye.",
    "Magyar Péter a Batthyány téren beszélt támogatói előtt, és azt mondta, hogy ez a vég kezdete.",
]
COMMENTS = [("kovacs_bela", "Na végre valami változás."),
            ("Szürke Macska", "A részvétel volt a meglepetés, 59 százalék fölött."),
            ("pesti_srac", "Kíváncsi vagyok, mi lesz ebből két év múlva.")]


def article(comments=COMMENTS) -> str:
    lines = ["Magyar Péter pártja a második helyen végzett", ""]
    for p in BODY:
        lines += [p, ""]
    lines += ["Hozzászólások (1243)", ""]
    for i, (who, text) in enumerate(comments):
        lines += [f"* {who} 2024. 06. 09. 23:{41 - i * 9:02d}", "", text, "", "Válasz"]
    return "\n".join(lines) + "\n"


def test_a_counted_comment_thread_under_an_article_is_cut_and_recorded():
    doc = newsclean.parse(article(), format="text")
    body = [b.text for b in doc.posts[0].blocks]
    assert doc.kind == "article" and body == BODY
    recorded = [r.text for r in doc.removed if r.rule == "page.comments"]
    assert "Hozzászólások (1243)" in recorded and "Na végre valami változás." in recorded


def test_near_miss_one_comment_is_no_thread():
    doc = newsclean.parse(article(COMMENTS[:1]), format="text")
    assert not any(r.rule == "page.comments" for r in doc.removed)


def test_near_miss_a_counted_heading_over_the_feeds_bare_stamps_cuts_nothing():
    lines = ["Election night live", ""]
    for clock, head in (("23:40", "Update 3"), ("23:10", "Counting goes on"), ("22:50", "First results"),
                        ("22:20", "Polls have closed")):
        lines += [clock, head, f"Our reporter says {head.lower()} and the mood at the count is tense tonight.", ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert not any(r.rule == "page.comments" for r in doc.removed)


def numbered_article(notice: str = "A hozzászólások az olvasók saját véleményét tükrözik.") -> str:
    """The thread numbered ("1. kovacs_bela ..."), a notice line under its heading, a sidebar's
    list of clocked links after it."""
    lines = ["Magyar Péter pártja a második helyen végzett", ""]
    for p in BODY:
        lines += [p, ""]
    lines += ["Hozzászólások (3)", "", notice, ""]
    for i, (who, text) in enumerate(COMMENTS):
        lines += [f"{i + 1}. {who} 2024. 06. 09. 23:{41 - i * 9:02d}", "", text, "", "Válasz Tetszik"]
    lines += ["Több hozzászólás", "", "* 9:45 Percről percre: a választás éjszakája", "* 8:30 Lezárultak az urnák"]
    return "\n".join(lines) + "\n"


def test_a_numbered_thread_under_a_notice_line_is_cut():
    doc = newsclean.parse(numbered_article(), format="text")
    assert doc.kind == "article" and [b.text for b in doc.posts[0].blocks] == BODY
    recorded = [r.text for r in doc.removed if r.rule == "page.comments"]
    assert "Hozzászólások (3)" in recorded and "Na végre valami változás." in recorded


def test_near_miss_a_counted_heading_over_two_sentences_is_no_thread():
    lines = ["Magyar Péter pártja a második helyen végzett", ""]
    for p in BODY:
        lines += [p, ""]
    lines += ["Eredmények (3)", "", BODY[0], "", BODY[1], ""]
    doc = newsclean.parse("\n".join(lines), format="text")
    assert not any(r.rule == "page.comments" for r in doc.removed)
