"""An author chip's parts: a name and its designation in two spans are one byline with its role
(in any script), two names stay two bylines; a chip that prints no name gives the one its
photo's alt text holds. Hand-written chips shaped like regional live-blog templates."""
from newsclean import html_front
from newsclean.html_roles import Ctx
from newsclean.post_bylines import bylines
from newsclean.sites import rules_for


def chips(markup: str, language: str = "en") -> list[tuple[str, str | None]]:
    el = html_front.parse_tree(f"<html><body>{markup}</body></html>").find(".//div")
    out: list = []
    bylines(el, out, Ctx(rules_for(None, language), language=language))
    return [(b.name, b.role) for b in out]


def test_a_designation_span_is_the_role():
    # "desig": the class names a designation (Kannada chip: name, then "special correspondent")
    assert chips('<div class="author-chip"><img src="a.jpg" alt=""><div><span class="author-name">ಅನಿಲ್ ಶೆಟ್ಟಿ</span>'
                 '<span class="author-desig">ವಿಶೇಷ ವರದಿಗಾರ</span></div></div>', "kn") == [("ಅನಿಲ್ ಶೆಟ್ಟಿ", "ವಿಶೇಷ ವರದಿಗಾರ")]


def test_a_job_title_in_the_second_author_span_is_the_role():
    # the second span's class names no role; its words are a job title of the packs
    assert chips('<div class="byline-box"><span class="author-a">Maria Lopes</span>'
                 '<span class="author-b">Senior reporter</span></div>') == [("Maria Lopes", "Senior reporter")]
    assert chips('<div class="byline-box"><span class="author-a">ಅನಿಲ್ ಶೆಟ್ಟಿ</span>'
                 '<span class="author-b">ವರದಿಗಾರ</span></div>', "kn") == [("ಅನಿಲ್ ಶೆಟ್ಟಿ", "ವರದಿಗಾರ")]


def test_near_miss_two_names_in_two_author_spans_stay_two_bylines():
    assert chips('<div class="byline-box"><span class="author-a">Maria Lopes</span>'
                 '<span class="author-b">Tom Becker</span></div>') == [("Maria Lopes", None), ("Tom Becker", None)]


def test_a_photo_only_chip_gives_the_alt_name():
    assert chips('<div class="feed-item__author"><img class="rounded" src="a.jpg" alt="شیلان ئەحمەد" '
                 'title="شیلان ئەحمەد"></div>', "ckb") == [("شیلان ئەحمەد", None)]
    assert chips('<div class="post-author"><img src="a.jpg" title="Ruth Okafor"></div>') == [("Ruth Okafor", None)]


def test_near_miss_an_alt_that_is_no_name_gives_no_byline():
    assert chips('<div class="post-author"><img src="a.jpg" alt="Author photo"></div>') == []
    assert chips('<div class="post-author"><img src="a.jpg" alt="Reporter"></div>') == []


def test_near_miss_a_chip_with_a_printed_name_ignores_the_alt():
    assert chips('<div class="post-author"><img src="a.jpg" alt="Photo: Jon Berg Hansen">'
                 '<span class="author-name">Kari Nilsen</span></div>') == [("Kari Nilsen", None)]


def test_near_miss_a_photo_beside_a_printed_name_adds_no_second_name():
    from newsclean import html_front as hf
    row = hf.parse_tree('<html><body><div class="chip"><div class="author-photo"><img src="a.jpg" alt="Kari J. Nilsen">'
                        '</div><div class="author-name">Kari Nilsen</div></div></body></html>')
    ctx = Ctx(rules_for(None, "en"), language="en")
    out: list = []
    for el in row.iter("div"):
        if "author" in (el.get("class") or ""):
            bylines(el, out, ctx)
    assert [b.name for b in out] == ["Kari Nilsen"]
