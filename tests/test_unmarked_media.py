"""Media drawn without figure markup: an image block whose caption is only caption-classed, a
video player drawn by script (no <video>, its controls gone), and the same blocks in article
mode, where their lines are no body. Hand-written markup shaped like real templates."""
import newsclean

_FEED = ("<html lang='{lang}'><head><title>Live: results</title></head><body><main><div class='live-list'>{posts}"
         "</div></main></body></html>")


def _post(i: int, inner: str) -> str:
    return (f"<div class='live-item' data-id='{i}'><div class='live-time'>2{i}:0{i}</div>"
            f"<h2>Update number {i} on the count</h2><div class='live-body'>{inner}"
            f"<p>The count went on through the evening in all districts, officials said at {i} o'clock.</p>"
            "</div></div>")


def _live(first: str, lang: str = "en") -> newsclean.Document:
    posts = _post(3, first) + _post(2, "") + _post(1, "")
    return newsclean.parse(_FEED.format(lang=lang, posts=posts), format="html")


def test_an_image_block_with_a_caption_class_is_a_figure():
    doc = _live("<div class='live-img'><img src='a.jpg'><p class='css-caption'>Party workers at the count "
                "(Photo: Jane Doe)</p></div>")
    post = doc.posts[0]
    assert [(m.type, m.caption, m.credit) for m in post.media] == [("image", "Party workers at the count", "Jane Doe")]
    assert all("Party workers" not in b.text for b in post.blocks)


def test_a_thai_credit_in_brackets_is_read_by_the_thai_pack():
    doc = _live("<div class='live-img'><img src='a.jpg'><p class='css-caption'>บรรยากาศที่ทำการพรรค "
                "(ภาพ: ไทยรัฐออนไลน์)</p></div>", lang="th")
    assert [(m.caption, m.credit) for m in doc.posts[0].media] == [("บรรยากาศที่ทำการพรรค", "ไทยรัฐออนไลน์")]


def test_near_miss_an_image_beside_a_plain_paragraph_is_no_figure():
    doc = _live("<div class='live-img'><img src='a.jpg'><p>Party workers gathered at the count in the capital "
                "as the first results came in from the east.</p></div>")
    post = doc.posts[0]
    assert any("Party workers gathered" in b.text for b in post.blocks)
    assert all(m.caption is None for m in post.media)


def test_a_player_drawn_by_script_is_a_video_with_its_title():
    doc = _live("<div class='media-still'><div class='srf-player' data-assetid='urn:x:video:1'>"
                "<button>Play video</button><span class='media-duration'>Duration 1:54</span></div>"
                "<div class='media-caption'><span class='media-caption__title'>The minister speaks to the press</span>"
                "</div></div>")
    post = doc.posts[0]
    assert [(m.type, m.caption) for m in post.media] == [("video", "The minister speaks to the press")]
    assert all("minister speaks" not in b.text and "1:54" not in b.text for b in post.blocks)


def test_near_miss_a_block_with_a_button_and_no_player_is_text():
    doc = _live("<div class='media-note'><p>Polling stations close at eight in the evening, and counting "
                "starts right away.</p><button>Share</button></div>")
    post = doc.posts[0]
    assert not post.media
    assert any("Polling stations close" in b.text for b in post.blocks)


_INTRO = ("Storm winds swept across the north on Friday, bringing gusts of up to seventy miles an hour and "
          "forcing the cancellation of dozens of trains and flights across the region.")
_MORE = ("The weather service issued an amber warning for wind, warning of a danger to life from flying "
         "debris, and asked people to stay at home where they could.")


def _article(middle: str) -> newsclean.Document:
    page = ("<html lang='en'><head><title>Storm hits the north</title></head><body><main><article>"
            f"<h1>Storm hits the north</h1><div class='body'><p>{_INTRO}</p>{middle}<p>{_MORE}</p>"
            f"<p>{_MORE.replace('amber', 'earlier')}</p></div></article></main></body></html>")
    return newsclean.parse(page, format="html")


def test_article_unmarked_figure_lines_are_no_body():
    doc = _article("<div class='img-group'><div class='img'><img src='1.jpg'></div>"
                   "<p class='imageCaption'>A fallen tree blocks a residential street on Friday morning</p>"
                   "<span class='imageCredit'>Jane Doe</span></div>")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert _INTRO in text and _MORE in text
    assert "fallen tree" not in text and "Jane Doe" not in text
    assert any(r.rule == "media.caption" and "fallen tree" in r.text for r in doc.removed)


def test_article_video_player_title_is_no_body():
    doc = _article("<div class='video-container'><div class='video-js'><button>Play Video</button>"
                   "<span>Duration 0:45</span></div><p class='video-title'>Moment a tree crashes onto a car</p></div>")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert "tree crashes" not in text and _MORE in text


def test_near_miss_article_paragraph_beside_an_image_stays():
    doc = _article("<div class='img-group'><img src='1.jpg'><p>Residents said the fallen trees blocked streets "
                   "in several districts until the afternoon.</p></div>")
    text = "\n".join(b.text for b in doc.posts[0].blocks)
    assert "Residents said the fallen trees" in text


def test_an_image_block_inside_the_post_body_leaves_the_only_paragraph_to_the_body():
    # div.body > (div.img > img + p.caption) + p: the body block is no figure, its image block is
    doc = _live_one("<div class='live-content'><div class='live-img'><img src='a.jpg'>"
                    "<p class='img-caption'>Party workers at the count (Photo: Jane Doe)</p></div>"
                    "<p>The minister thanked the voters for their trust in a short speech.</p></div>")
    post = doc.posts[0]
    assert [(m.caption, m.credit) for m in post.media] == [("Party workers at the count", "Jane Doe")]
    assert [b.text for b in post.blocks] == ["The minister thanked the voters for their trust in a short speech."]


def test_a_flat_block_with_a_caption_and_a_plain_paragraph_keeps_the_paragraph():
    doc = _live_one("<div class='live-content'><img src='a.jpg'><p class='img-caption'>Party workers at the count</p>"
                    "<p>The minister thanked the voters for their trust in a short speech.</p></div>")
    assert any("The minister thanked" in b.text for b in doc.posts[0].blocks)


def test_near_miss_a_caption_and_a_credit_line_beside_an_image_stay_one_figure():
    doc = _live_one("<div class='live-content'><img src='a.jpg'><p class='img-caption'>Party workers at the count</p>"
                    "<p>Foto: Jane Doe</p></div>")
    post = doc.posts[0]
    assert [(m.caption, m.credit) for m in post.media] == [("Party workers at the count", "Jane Doe")]
    assert not post.blocks


def _live_one(body: str) -> newsclean.Document:
    post = (f"<div class='live-item' data-id='3'><div class='live-time'>23:03</div>"
            f"<h2>Update number 3 on the count</h2>{body}</div>")
    return newsclean.parse(_FEED.format(lang="en", posts=post + _post(2, "") + _post(1, "")), format="html")


def test_an_image_block_whose_classes_say_nothing_is_a_figure_when_a_labelled_credit_closes_its_line():
    # class names in the page's own language ("llun", "capsiwn", "hawlfraint"): the credit's label
    # and brackets say it is a caption
    doc = _live("<div class='llun'><img src='a.jpg' alt=''><p class='capsiwn'>Staff opening the boxes in the hall "
                "<span class='hawlfraint'>(Llun: Huw Evans)</span></p></div>", lang="cy")
    post = doc.posts[0]
    assert [(m.type, m.caption, m.credit) for m in post.media] == [("image", "Staff opening the boxes in the hall",
                                                                     "Huw Evans")]
    assert all("Huw Evans" not in b.text for b in post.blocks)


def test_a_label_without_colon_after_the_caption_sentence_sets_the_credit_apart():
    # Mongolian prints "Гэрэл зургийг" (the photo) before the name, no colon, the patronymic's initial glued on
    doc = _live("<div class='news-img'><img src='a.jpg' alt=''><div class='img-desc'>Хэсгийн хороонд санал тоолж "
                "буй нь. Гэрэл зургийг Б.Энхжаргал</div></div>", lang="mn")
    post = doc.posts[0]
    assert [(m.caption, m.credit) for m in post.media] == [("Хэсгийн хороонд санал тоолж буй нь.", "Б.Энхжаргал")]
    assert all("Гэрэл" not in b.text for b in post.blocks)


def test_near_miss_an_image_beside_a_paragraph_closed_by_a_bracket_without_label_is_no_figure():
    doc = _live("<div class='llun'><img src='a.jpg' alt=''><p>Staff opened the boxes in the hall at midnight "
                "(the count took four hours)</p></div>")
    post = doc.posts[0]
    assert any("Staff opened the boxes" in b.text for b in post.blocks)
    assert all(m.caption is None for m in post.media)


def test_near_miss_a_label_word_after_a_sentence_before_more_words_is_no_credit():
    doc = _live("<div class='llun'><img src='a.jpg' alt=''><p>Staff opened the boxes in the hall. Photo shows "
                "the crowd waiting outside</p></div>")
    post = doc.posts[0]
    assert any("Photo shows the crowd" in b.text for b in post.blocks)
    assert all(m.credit is None for m in post.media)
