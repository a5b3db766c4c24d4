"""Bylines printed above each post's stamp ("From Outlet's Name" / clock) open that post; an
outlet's possessive goes with the lead word. Near misses: bylines closing posts stay with them."""
import newsclean
from newsclean.model import Byline
from newsclean.text_post import lead_byline


def test_an_outlets_possessive_is_no_part_of_the_name():
    assert lead_byline("From WXN’s Dana Reed") == ("From WXN’s", [Byline("Dana Reed")])
    lead, names = lead_byline("From WXN's Dana Reed and Omar Diaz")
    assert lead == "From WXN's" and [b.name for b in names] == ["Dana Reed", "Omar Diaz"]
    # near miss: a possessive that is no outlet before names stays a non-byline
    assert lead_byline("From Anna’s Kitchen") is None


def _page(byline_above: bool) -> str:
    posts = [("Dana Reed", "6:54 p.m. ET", "Vermont results are in",
              "The governor's candidate won the primary in Vermont, officials said, by a wide margin."),
             ("Omar Diaz", "6:40 p.m. ET", "Polls close in Texas",
              "Polls have now closed in most of Texas, where voters are choosing a Senate candidate."),
             ("Lee Park", "6:17 p.m. ET", "Campaign expects a speech tonight",
              "The former governor is expected to speak from his home tonight, a source said on Tuesday."),
             ("Ann Cole", "5:54 p.m. ET", "Turnout is running ahead of 2020",
              "More than 1.3 million voters had cast ballots by early afternoon, the state board said.")]
    lines = ["Primary night live updates: results", ""]
    for name, stamp, head, body in posts:
        if byline_above:
            lines += [f"From WXN’s {name}", stamp, "", head, "", body, "", "Share Facebook X Email"]
        else:
            lines += [stamp, "", head, "", body, "", f"By {name}", ""]
    return "\n".join(lines)


def test_bylines_above_the_stamps_belong_to_the_post_below():
    doc = newsclean.parse(_page(byline_above=True), format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Dana Reed"], ["Omar Diaz"], ["Lee Park"], ["Ann Cole"]]
    assert not any("WXN" in b.text for p in doc.posts for b in p.blocks)


def test_bylines_closing_posts_stay_with_them():
    doc = newsclean.parse(_page(byline_above=False), format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [["Dana Reed"], ["Omar Diaz"], ["Lee Park"], ["Ann Cole"]]


def _glued_page(role: bool, glued: bool = True) -> str:
    posts = [("Anna Sofie Schmidt", "00.47", "Frederiksen går til dronningen",
              "Statsministeren meddelte på Christiansborg, at hun vil aflevere afskedsbegæringen onsdag."),
             ("Jens Christian Bach", "23.32", "Løkke fejrer sit nye parti",
              "Lars Løkke Rasmussen kunne fejre, at Moderaterne ifølge optællingen får seksten mandater."),
             ("Anna Sofie Schmidt", "22.14", "Halvdelen af stemmerne er talt op",
              "Med halvdelen af stemmerne talt op har rød blok otteogfirs mandater, blå blok tooghalvfjerds."),
             ("Jens Christian Bach", "20.00", "Exitpoll giver rød blok flertal",
              "Exitpollen giver rød blok femogfirs mandater og blå blok treoghalvfjerds mandater i aften.")]
    lines = ["LIVE: Valgnatten minut for minut", "", "1. november 2022", ""]
    for name, stamp, head, body in posts:
        author = f"{name} politisk reporter" if role else name
        lines += [author, stamp] if glued else [author, "", stamp]
        lines += ["", head, "", body, "", "Del"]
    return "\n".join(lines)


def test_bare_names_glued_above_every_stamp_open_the_posts_below():
    doc = newsclean.parse(_glued_page(role=False), format="text")
    assert [[b.name for b in p.bylines] for p in doc.posts] == [
        ["Anna Sofie Schmidt"], ["Jens Christian Bach"], ["Anna Sofie Schmidt"], ["Jens Christian Bach"]]
    assert not any("Bach" in b.text or "Schmidt" in b.text for p in doc.posts for b in p.blocks)


def test_a_name_and_role_glued_above_the_stamp_gives_both():
    doc = newsclean.parse(_glued_page(role=True), format="text")
    assert [(b.name, b.role) for b in doc.posts[1].bylines] == [("Jens Christian Bach", "politisk reporter")]
