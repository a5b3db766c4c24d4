"""Text front: the template's slots on unseen live pages (small pages written for these tests).

- a post title in a script Unicode gives capitals its text never uses (Georgian) is a title;
- a role printed beside the name ("Name Journalist") takes no second role: the line under it is
  the post's title;
- a chrome row that closes two posts of three closes the last one too (its list stays its own);
- a source line under every post ("ABC / Agência") is furniture, not a credit taking the last
  paragraph as its caption;
- "– Name/Outlet.com" under a post's last sentence signs it off; under a quote it credits the quote;
- the page's dateline, in another shape than the posts' stamps, with its standfirst under the
  title, is header, not a first post.
"""
from support import text_page

import newsclean
from newsclean import shapes
from newsclean.text_lines import split_lines
from newsclean.text_post import dash_signature
from newsclean.text_sources import drop_source_rows
from newsclean.text_standfirst import page_dateline_first
from newsclean.writing_systems import caseless

BODIES = ["The regional council met again on Saturday evening to count the last of the postal ballots.",
          "Turnout reached sixty-one per cent by the afternoon, higher than at the previous election.",
          "The two largest parties both said they were confident of winning a majority of the seats.",
          "Polling stations opened at seven in the morning and queues formed outside several schools."]
HEADS = ["Council counts postal ballots", "Turnout above sixty per cent", "Both parties confident", "Polls open early"]
CLOCKS = ["21:40", "18:15", "14:30", "07:05"]


def parse(text: str) -> newsclean.Document:
    return newsclean.parse(text, format="text")


# --- Georgian titles -------------------------------------------------------------------------

KA_HEADS = ["მთავრობის სხდომა დასრულდა", "ქალაქში ახალი ხიდი გაიხსნა", "ამინდი გაუარესდება", "მეტრო დროებით დაიკეტა"]
KA_BODIES = ["მთავრობის სხდომაზე ბიუჯეტის ცვლილებები და ახალი პროექტები განიხილეს დღეს.",
             "ახალი ხიდი ქალაქის ორ უბანს აკავშირებს და მოძრაობას შეამსუბუქებს მნიშვნელოვნად.",
             "სინოპტიკოსების თქმით, ხვალ მთელ ქვეყანაში წვიმა და ძლიერი ქარი იქნება.",
             "მეტროს რამდენიმე სადგური ტექნიკური სამუშაოების გამო რამდენიმე საათით დაიკეტა."]


def test_georgian_letters_are_caseless():
    assert caseless("ქ") and shapes.is_headline_shaped(KA_HEADS[0])
    assert not caseless("q") and not caseless("Q")  # near miss: a cased script stays cased
    assert not shapes.is_headline_shaped("ქალაქში ახალი ხიდი გაიხსნა დღეს.")  # a sentence is no title


def test_georgian_post_titles_are_headlines():
    posts = [[c, h, b] for c, h, b in zip(CLOCKS, KA_HEADS, KA_BODIES)]
    doc = parse(text_page("არჩევნები – პირდაპირი ჩართვა და ახალი ამბები", "ყველა სიახლე ერთ გვერდზე დღეს.", posts))
    assert doc.kind == "liveblog" and len(doc.posts) == 4
    assert [p.headline for p in doc.posts] == KA_HEADS
    assert [p.text for p in doc.posts] == KA_BODIES


def test_georgian_post_without_title_keeps_its_text():
    # near miss: a post whose only line is its text has no headline
    posts = [[c, h, b] for c, h, b in zip(CLOCKS, KA_HEADS, KA_BODIES)]
    posts[1] = [CLOCKS[1], KA_BODIES[1]]
    doc = parse(text_page("არჩევნები – პირდაპირი ჩართვა და ახალი ამბები", "ყველა სიახლე ერთ გვერდზე დღეს.", posts))
    assert doc.posts[1].headline is None and doc.posts[1].text == KA_BODIES[1]


# --- role beside the name --------------------------------------------------------------------

def test_role_beside_name_leaves_the_title_line_to_the_headline():
    posts = [[CLOCKS[0], "Kari Nordmann Journalist", HEADS[0], BODIES[0]],
             [CLOCKS[1], "Ola Berg Journalist", HEADS[1], BODIES[1]],
             [CLOCKS[2], "Kari Nordmann Journalist", HEADS[2], BODIES[2]],
             [CLOCKS[3], "Ola Berg Journalist", HEADS[3], BODIES[3]]]
    doc = parse(text_page("Election night in the region, live", "Follow the count with us here tonight.", posts))
    assert [p.headline for p in doc.posts] == HEADS
    assert [(b.name, b.role) for b in doc.posts[0].bylines] == [("Kari Nordmann", "Journalist")]


def test_name_alone_stays_whole():
    # near miss: a name with no role word after it is the whole name, the title still its own
    posts = [[CLOCKS[k], "Kari Nordmann", HEADS[k], BODIES[k]] for k in range(4)]
    doc = parse(text_page("Election night in the region, live", "Follow the count with us here tonight.", posts))
    assert [(b.name, b.role) for b in doc.posts[0].bylines] == [("Kari Nordmann", None)]
    assert [p.headline for p in doc.posts[:3]] == HEADS[:3]


def test_role_beside_name_on_three_posts():
    # (three posts: the names do not make a template slot; the role beside the name still tells)
    posts = [[CLOCKS[0], "Kari Nordmann Journalist", HEADS[0], BODIES[0]],
             [CLOCKS[1], "Ola Berg Journalist", BODIES[1]],
             [CLOCKS[2], "Kari Nordmann Journalist", HEADS[2], BODIES[2]]]
    doc = parse(text_page("Election night in the region, live", "Follow the count with us here tonight.", posts))
    assert [p.headline for p in doc.posts] == [HEADS[0], None, HEADS[2]]
    assert [(b.name, b.role) for b in doc.posts[2].bylines] == [("Kari Nordmann", "Journalist")]


# --- a chrome row closing three posts --------------------------------------------------------

def _three_posts(closing: str) -> str:
    posts = [[CLOCKS[0], HEADS[0], BODIES[0], closing], [CLOCKS[1], HEADS[1], BODIES[1], closing],
             [CLOCKS[2], HEADS[2], BODIES[2], "* Voters may bring any photo identity card",
              "* Results are due by midnight", closing, "Send us your pictures and tips by email", "Most read",
              "1. Weather for the weekend"]]
    return text_page("Election night in the region, live", "Follow the count with us here tonight.", posts)


def test_share_row_of_three_posts_ends_the_last():
    doc = parse(_three_posts("Share"))
    assert len(doc.posts) == 3
    assert "Results are due by midnight" in doc.posts[2].text
    assert "Send us your pictures" not in doc.posts[2].text


def test_kept_line_closing_two_posts_is_no_row():
    # near miss: a line no rule found chrome, under two posts of three, proves nothing
    doc = parse(_three_posts("The count goes on."))
    assert "Results are due by midnight" not in doc.posts[2].text


# --- source line under every post ------------------------------------------------------------

def _sourced(source: str, last_too: bool = True) -> str:
    posts = [[c, h, b, source] for c, h, b in zip(CLOCKS, HEADS, BODIES)]
    if not last_too:
        posts[1] = posts[1][:3]
        posts[2] = posts[2][:3]
    return text_page("Election night in the region, live", "Follow the count with us here tonight.", posts)


def test_source_line_under_every_post_is_removed():
    doc = parse(_sourced("ABC / Agência"))
    assert len(doc.posts) == 4
    assert [p.text for p in doc.posts] == BODIES
    assert all(not p.media for p in doc.posts)
    assert any(r.rule == "post.source-line" and r.text == "ABC / Agência" for r in doc.removed)


def test_source_rows_need_most_posts():
    lines = split_lines(_sourced("ABC / Agência", last_too=False))
    starts = [i for i, ln in enumerate(lines) if ln.text in CLOCKS]
    assert drop_source_rows(lines, starts) is None  # near miss: one post of three


def test_name_closing_posts_is_no_source():
    lines = split_lines(_sourced("Maria Silva"))
    starts = [i for i, ln in enumerate(lines) if ln.text in CLOCKS]
    assert drop_source_rows(lines, starts) is None  # near miss: a byline, read elsewhere


# --- dash signatures -------------------------------------------------------------------------

def test_dash_signature_with_outlet():
    assert dash_signature("– Ana Ruiz/Diario.com", "The count ended late.") == (["Ana Ruiz"], "/Diario.com")
    assert dash_signature("— Ana Ruiz", "The count ended late.") == (["Ana Ruiz"], "")


def test_dash_under_a_quote_credits_the_speaker():
    assert dash_signature("– Ana Ruiz", "“We will win this count.”") is None  # near miss: a quote's speaker
    assert dash_signature("– Ana Ruiz on her rival", "The count ended late.") is None
    assert dash_signature("– Ana Ruiz", "– the first item") is None  # a dashed list's last item


def test_dash_signature_on_a_page():
    names = ["Ana Ruiz", "Luis Pardo", "Ana Ruiz", "Marta Gil"]
    posts = [[c, h, b, f"– {n}/Diario.com"] for c, h, b, n in zip(CLOCKS, HEADS, BODIES, names)]
    doc = parse(text_page("Election night in the region, live", "Follow the count with us here tonight.", posts))
    assert [[b.name for b in p.bylines] for p in doc.posts] == [[n] for n in names]
    assert [p.text for p in doc.posts] == BODIES


# --- the page's dateline over its standfirst -------------------------------------------------

def _dated(first_stamp: str) -> str:
    lines = ["Regional News", "", "Election night in the region, live", "", first_stamp, "",
             "The count continues across the region tonight, with results expected by midnight.", ""]
    for c, h, b in zip(CLOCKS, HEADS, BODIES):
        lines += [f"{c} 07/09/2024", "", h, "", b, "", "Share"]
    return "\n".join(lines)


def test_page_dateline_in_its_own_shape_is_header():
    doc = parse(_dated("07/09/2024 07:30 GMT+7"))
    assert len(doc.posts) == 4 and [p.headline for p in doc.posts] == HEADS
    assert doc.title == "Election night in the region, live"
    assert doc.summary and doc.summary[0].startswith("The count continues")


def test_first_stamp_in_the_posts_shape_stays_a_post():
    doc = parse(_dated("06:50 07/09/2024"))  # near miss: stamped like the posts: an untitled first post
    assert len(doc.posts) == 5 and doc.posts[0].headline is None


def test_dateline_check_needs_the_title_above():
    lines = split_lines(_dated("07/09/2024 07:30 GMT+7").replace("Election night in the region, live",
                                                                 "The count went on late into the night, officials said."))
    from newsclean.text_lines import mark_times
    mark_times(lines)
    starts = [i for i, ln in enumerate(lines) if ln.mark is not None and not ln.mark.lead]
    assert not page_dateline_first(lines, starts)  # near miss: prose above, no title


# --- a badge under a match minute ------------------------------------------------------------

def _match(badge_lines: list[str]) -> str:
    lines = ["Minute by minute: the visitors win it late in the final group game", "",
             "The home side held out until the closing minutes at the national stadium.", "",
             "90+4'", "", "Full time! The visitors win one-nil and the hosts must now beat the group leaders to go through.", "",
             "88'", *badge_lines,
             "The striker reacts first to a loose ball after a corner and beats the goalkeeper at the near post.", "",
             "He had come on as a substitute at the start of the second half of the match.", "",
             "71'", "", "Substitution for the hosts: the captain makes way for the young forward from the bench.", "",
             "52'", "", "Yellow card for the left back after a late challenge on the winger near the halfway line.", ""]
    return "\n".join(lines)


def test_badge_under_the_minute_labels_the_post():
    doc = parse(_match(["GOAL", "", "Late winner for the visitors", ""]))
    post = next(p for p in doc.posts if p.headline == "Late winner for the visitors")
    assert post.label == "GOAL"
    assert "88'" not in post.text and "GOAL" not in post.text


def test_minute_stays_the_label_without_a_title_under_the_badge():
    # near miss: a capitalised word straight over the text is no badge over a title
    doc = parse(_match(["", "Late winner for the visitors", ""]))
    post = next(p for p in doc.posts if p.headline == "Late winner for the visitors")
    assert post.label == "88'"


# --- a quoted sentence alone in a titled page's post -----------------------------------------

def _quoted(line: str) -> str:
    posts = [[c, h, b] for c, h, b in zip(CLOCKS, HEADS, BODIES)]
    posts.insert(2, ["16:20", line])
    return text_page("Election night in the region, live", "Follow the count with us here tonight.", posts)


def test_quoted_sentence_alone_stays_text():
    doc = parse(_quoted("Mayor Lind: „This is a great sign of trust. We will not waste it.“"))
    post = doc.posts[2]
    assert post.headline is None and post.text.startswith("Mayor Lind:")


def test_title_alone_in_a_titled_page_is_its_headline():
    # near miss: a title-shaped line with no sentence end is the photo post's title
    doc = parse(_quoted("Crowds gather outside the town hall"))
    assert doc.posts[2].headline == "Crowds gather outside the town hall"


def test_source_line_the_posts_quote_stays():
    # near miss: words one of the posts' own sentences uses are the posts' text
    page = _sourced("ABC / Agência").replace(BODIES[1], "The count, ABC / Agência reported, is nearly done in the city.")
    assert not any(r.rule == "post.source-line" for r in parse(page).removed)
