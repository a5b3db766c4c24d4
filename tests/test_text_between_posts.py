"""What stands between a post's closing row (the share row every post ends with) and the next
post is the page's (a subscription box, a promotion), not the post's. Near misses: a page whose
posts go on past the row keeps it all; a stamp after the row still opens its post."""
import newsclean


def _page(promo: list[str], after_row: list[str] | None = None) -> str:
    posts = [("9:36 p.m. EST", "Speech ends with a call for unity",
              "The president closed his address by returning to the theme of his campaign, aides said."),
             ("9:12 p.m. EST", "Protesters block the avenue",
              "Demonstrators blocked the avenue near the Capitol, forcing the motorcade to take a longer route."),
             ("8:50 p.m. EST", "Lawmakers arrive for the address",
              "Members of both chambers filed into the chamber ahead of the speech on Thursday evening."),
             ("8:31 p.m. EST", "Guests take their seats",
              "Invited guests included union leaders and the families of hostages, the White House said."),
             ("8:02 p.m. EST", "Security tightens around the Capitol",
              "Police closed several streets around the Capitol hours before the address began."),
             ("7:45 p.m. EST", "What to watch tonight",
              "The president is expected to speak about the economy, the border and foreign policy.")]
    lines = ["State of the Union live updates", ""]
    for k, (stamp, head, body) in enumerate(posts):
        lines += [stamp, "", head, "", body, "", "Share Copy link Comments"]
        lines += after_row or []
        if k == 1:
            lines += promo
    return "\n".join(lines)


PROMO = ["", "You’re a dedicated reader", "",
         "We’re really pleased that you’ve read five of our articles this month. Join us today.", "",
         "Join Our Community"]


def test_a_promotion_after_the_closing_row_is_removed():
    doc = newsclean.parse(_page(PROMO), format="text")
    assert len(doc.posts) == 6
    assert not any("dedicated reader" in p.text or "Join Our" in p.text for p in doc.posts)
    assert [r.text for r in doc.removed if r.rule == "page.between-posts"] == [
        "You’re a dedicated reader", PROMO[3], "Join Our Community"]


def test_posts_that_go_on_past_the_row_keep_it_all():
    # near miss: every post prints a line after the row: the row closes nothing
    doc = newsclean.parse(_page(PROMO, after_row=["", "The speech drew praise from allies and criticism from rivals on the night."]), format="text")
    assert any("dedicated reader" in p.text for p in doc.posts)
    assert not any(r.rule == "page.between-posts" for r in doc.removed)
