"""Every removed line of a scraped text is recorded once: a line a rule removed inside the last
post's footer is not recorded again as footer (the audit counts what was cut)."""
import collections

import newsclean
from newsclean.text_closing_row import closing_row
from newsclean.text_lines import Line

POST = """{clock}
{title}

{body}

Share this post
Copy this link
"""


def _page() -> str:
    posts = [POST.format(clock=f"14:{50 - 7 * k:02d}", title=f"Council vote number {k} delayed again",
                         body=f"The council met for the {k + 1}th time on Tuesday and said the vote on the "
                              "new budget would wait until the spring, officials told reporters.")
             for k in range(5)]
    footer = "\nPage 1 of 5\nNavigate to the next page\nBack to top\nAbout us\nContact us\nCookies\n"
    return "City council live: budget vote\n\n" + "\n".join(posts) + footer


def test_each_removed_line_is_recorded_once():
    text = _page()
    doc = newsclean.parse(text, format="text")
    assert doc.kind == "liveblog" and len(doc.posts) == 5
    counts = collections.Counter(r.text for r in doc.removed)
    assert counts["Copy this link"] == text.count("Copy this link") == 5
    assert counts["Share this post"] == 5
    assert all("Copy this link" not in p.text for p in doc.posts)


def test_closing_row_ties_go_to_the_lowest_line():
    # two rows close every post as often: the one nearest the next post is the closing row
    texts = ["10:00", "Title one here", "Body one.", "Share", "Copy link"] * 5
    lines = [Line(no=i, para=i, text=t) for i, t in enumerate(texts)]
    starts = [i for i, t in enumerate(texts) if t == "10:00"]
    assert closing_row(lines, starts) == "Copy link"
