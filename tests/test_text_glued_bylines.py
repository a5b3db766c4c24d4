"""A bare name closing a post, printed straight above the next post's stamp (no blank line
between), is the post's byline; a place closing it is its role. Near misses: names above every
stamp, the first included, head the posts below; a name standing as a paragraph of its own stays
text."""
import newsclean


POSTS = [("23:31", "Players celebrate with the fans",
          "The players went over to the end where the supporters stood to celebrate the title together.",
          "Laura Gómez Berlin"),
         ("23:12", "Rodri named player of the tournament",
          "The midfielder was named the best player of the championship by the organisers on Sunday.", None),
         ("22:58", "Spain are champions of Europe",
          "Spain won their fourth title after beating England with a late goal in the final minutes.",
          "Tomás Rey"),
         ("22:46", "Goal for Spain",
          "The striker met a low cross from the left and put the ball into the net four minutes from time.", None)]


def _page(glued: bool) -> str:
    lines = ["Euro final live: Spain against England", ""]
    for stamp, head, body, name in POSTS:
        lines += [stamp, "", head, "", body, ""]
        if name:
            if glued:
                lines.pop()  # the name stands straight above the next stamp
                lines += ["", name]
            else:
                lines += [name, ""]
    return "\n".join(lines).replace("\n\n23:12", "\n23:12").replace("\n\n22:46", "\n22:46")


def test_a_name_glued_above_the_next_stamp_closes_the_post():
    doc = newsclean.parse(_page(glued=True), format="text")
    assert [[(b.name, b.role) for b in p.bylines] for p in doc.posts] == [
        [("Laura Gómez", "Berlin")], [], [("Tomás Rey", None)], []]
    assert not any("Laura" in p.text or "Tomás" in p.text for p in doc.posts)


def test_a_name_in_a_paragraph_of_its_own_stays_text():
    doc = newsclean.parse(_page(glued=False).replace("\n23:12", "\n\n23:12").replace("\n22:46", "\n\n22:46"),
                          format="text")
    assert all(not p.bylines for p in doc.posts)


def test_names_above_every_stamp_head_the_posts_below():
    text = "\n".join(["Euro final live: Spain against England", "", "Ana Ruiz", "23:31", "", "Players celebrate",
                      "", POSTS[0][2], "", "Laura Gómez", "23:12", "", "Rodri named player", "", POSTS[1][2], "",
                      "Tomás Rey", "22:58", "", "Spain are champions", "", POSTS[2][2], "", "Ana Ruiz", "22:46",
                      "", "Goal for Spain", "", POSTS[3][2]])
    doc = newsclean.parse(text, format="text")
    assert len(doc.posts) == 4
    assert not any(b.name == "Laura Gómez" for b in doc.posts[0].bylines)


def _stamp_first(glued: str, first_glued: str = "") -> str:
    posts = [("24.02.2024 • 23:12 Uhr", "Kanada sagt weitere Hilfe zu",
              "Kanada will der Ukraine weitere Militärhilfe leisten, kündigte der Premierminister in Kiew an."),
             ("24.02.2024 • 21:47 Uhr", "Selenskyj nennt Zahl getöteter Soldaten",
              "Der Präsident hat erstmals eine offizielle Zahl getöteter Soldaten genannt, meldeten Agenturen."),
             ("24.02.2024 • 18:05 Uhr", "Scholz sichert Unterstützung zu",
              "Der Bundeskanzler hat der Ukraine weitere Unterstützung zugesichert, solange sie nötig sei."),
             ("24.02.2024 • 16:30 Uhr", "Gedenken in Kiew",
              "In Kiew haben Tausende Menschen der Opfer des Krieges gedacht, berichteten Reporter vor Ort.")]
    lines = ["Liveblog: Krieg gegen die Ukraine", ""]
    for k, (stamp, head, body) in enumerate(posts):
        if k == 0 and first_glued:
            lines.append(first_glued)
        if k == 2 and glued:
            lines.append(glued)
        lines += [stamp, "", head, "", body, ""]
    return "\n".join(lines)


def test_a_story_card_glued_above_the_next_stamp_is_removed():
    doc = newsclean.parse(_stamp_first("Zwei Jahre Krieg Wie die Ukraine den Jahrestag begeht"), format="text")
    assert [p.headline for p in doc.posts][2] == "Scholz sichert Unterstützung zu"
    assert not any("Jahrestag" in p.text for p in doc.posts)
    assert any(r.rule == "page.teaser" and "Jahrestag" in r.text for r in doc.removed)


def test_a_day_heading_glued_above_a_stamp_is_removed():
    doc = newsclean.parse(_stamp_first("Samstag, 24. Februar 2024", first_glued="Sonntag, 25. Februar 2024"), format="text")
    assert not any("Samstag" in p.text for p in doc.posts)
    assert any(r.rule == "page.day-heading" and r.text == "Samstag, 24. Februar 2024" for r in doc.removed)


def test_titles_glued_above_every_stamp_are_left_alone():
    # near miss: the first stamp has a title above it too: the page heads posts so
    doc = newsclean.parse(_stamp_first("Zwei Jahre Krieg Wie die Ukraine den Jahrestag begeht",
                                       first_glued="Was in der Nacht geschah"), format="text")
    assert not any(r.rule == "page.teaser" for r in doc.removed)
