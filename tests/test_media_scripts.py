"""Media credits in caseless scripts and new caption forms, chrome links inside a figure, and a
reporter's avatar that is no media item. Small hand-written figures shaped like real templates;
each rule has a near miss that must not fire."""
from lxml import etree

from newsclean import html_front
from newsclean.html_media import is_avatar, media
from newsclean.html_roles import DROP_TAGS, Ctx
from newsclean.sites import rules_for


def figures(*markups: str, language: str | None = "en"):
    tree = html_front.parse_tree("<html><body><div id='feed'>" + "".join(markups) + "</div></body></html>")
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)
    ctx = Ctx(rules_for(None, language), language=language)
    feed = tree.get_element_by_id("feed")
    return [media(c, ctx) for c in feed if isinstance(c.tag, str)], ctx


def test_agency_in_brackets_in_arabic_script_is_the_credit():
    (m,), _ = figures('<figure><img src="a.jpg"><figcaption>صواريخ في سماء المدينة (رويترز)</figcaption></figure>',
                      language="ar")
    assert (m.caption, m.credit) == ("صواريخ في سماء المدينة", "رويترز")


def test_near_miss_other_bracket_in_arabic_caption_stays_caption():
    # one caption, a bracketed word that names no agency: part of the sentence, not a credit
    (m,), _ = figures('<figure><img src="a.jpg"><figcaption>الرئيس يصافح الوزير (يسار)</figcaption></figure>',
                      language="ar")
    assert (m.caption, m.credit) == ("الرئيس يصافح الوزير (يسار)", None)


def test_credit_element_holding_caption_and_labelled_bracket():
    (m,), ctx = figures('<div class="imageWrapper"><img src="a.jpg"><div class="imageCredit">'
                        'יירוטים בשמי העיר <span>(צילום: רויטרס)</span></div></div>', language="he")
    assert (m.caption, m.credit) == ("יירוטים בשמי העיר", "רויטרס")


def test_near_miss_credit_element_without_label_keeps_its_text_as_credit():
    (m,), _ = figures('<div class="imageWrapper"><img src="a.jpg"><div class="imageCredit">'
                      'Jane Doe (Archive)</div></div>')
    assert m.credit == "Jane Doe (Archive)"


def test_credit_loses_the_sentence_period_but_not_an_initial():
    (a, b), _ = figures('<figure><img src="a.jpg"><figcaption>Votes counted in a school. Photo: ACN.</figcaption></figure>',
                        '<figure><img src="b.jpg"><figcaption>Votes counted in a school. Photo: Jane D.</figcaption></figure>')
    assert a.credit == "ACN"
    assert b.credit == "Jane D."


def test_licensing_link_in_figcaption_is_chrome():
    (m,), ctx = figures('<figure><img src="a.jpg"><figcaption><span class="caption">Smoke over the city.</span> '
                        '<span class="credit">REUTERS/Jane Doe</span> <a href="/l">Purchase Licensing Rights</a>'
                        '</figcaption></figure>')
    assert (m.caption, m.credit) == ("Smoke over the city.", "REUTERS/Jane Doe")
    assert any(r.text == "Purchase Licensing Rights" for r in ctx.removed)


def test_near_miss_ordinary_link_in_caption_is_kept():
    (m,), ctx = figures('<figure><img src="a.jpg"><figcaption>Smoke over <a href="/c">the city</a>.</figcaption></figure>')
    assert m.caption == "Smoke over the city."
    assert not ctx.removed


def test_avatar_in_author_chip_is_no_media():
    (m, n), _ = figures('<div class="news-meta"><img class="avatar" src="a.png"><span>Jane Doe</span></div>',
                        '<div class="author-chip"><span><img src="b.png"></span></div>')
    assert m is None and n is None


def test_small_image_is_an_avatar_large_is_not():
    tree = html_front.parse_tree('<html><body><img id="s" src="s.png" width="48" height="48">'
                                 '<img id="l" src="l.png" width="640" height="360"></body></html>')
    assert is_avatar(tree.get_element_by_id("s"))
    assert not is_avatar(tree.get_element_by_id("l"))


def test_label_after_an_agency_closing_a_square_bracket_credit():
    (m, n), _ = figures('<figure><img src="a.jpg"><figcaption>Leaders watch the exit poll [REUTERS photo]</figcaption></figure>',
                        '<figure><img src="b.jpg"><figcaption>Leaders watch the exit poll [Reuters file photo]</figcaption></figure>')
    assert (m.caption, m.credit) == ("Leaders watch the exit poll", "REUTERS")
    # near miss: what comes before the label is no agency or name ("file" describes the picture)
    assert n.credit == "Reuters file photo"


def test_byline_lead_opening_a_bracket_makes_it_the_credit():
    (m, n), _ = figures('<figure><img src="a.jpg"><figcaption>Floats on the seafront (By Jane Doe)</figcaption></figure>',
                        '<figure><img src="b.jpg"><figcaption>Floats on the seafront (by the pier)</figcaption></figure>')
    assert (m.caption, m.credit) == ("Floats on the seafront", "By Jane Doe")
    # near miss: a lower-case word after the lead is part of the sentence
    assert (n.caption, n.credit) == ("Floats on the seafront (by the pier)", None)


def test_fullwidth_brackets_close_a_caption_like_ascii_ones():
    (m,), _ = figures('<figure><img src="a.jpg"><figcaption>候选人向支持者致意。（路透社）</figcaption></figure>', language="zh")
    assert (m.caption, m.credit) == ("候选人向支持者致意。", "路透社")


def test_caption_in_a_caseless_script_is_no_player_label():
    (m,), _ = figures('<div class="photo"><img src="a.jpg"><p>候选人向支持者致意</p></div>', language="zh")
    assert m is None or m.caption != ""
    (v,), ctx = figures('<div class="video-box"><video src="v.mp4"></video><span>WATCH</span></div>')
    assert any(r.rule == "media.player-label" and r.text == "WATCH" for r in ctx.removed)
