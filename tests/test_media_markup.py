"""Media told by markup: a video embed block with its caption (its class says embed and video),
a player drawn by script whose own element carries the video id, a copyright sign before the
credit, a ``<cite>`` closing a caption. Each has a near miss. Hand-written markup shaped like
real templates (WordPress embed blocks, player divs)."""
import newsclean

_FEED = ("<html lang='en'><head><title>Live: results</title></head><body><main><div class='live-list'>{posts}"
         "</div></main></body></html>")


def _post(i: int, inner: str) -> str:
    return (f"<div class='live-item' data-id='{i}'><div class='live-time'>2{i}:0{i}</div>"
            f"<h2>Update number {i} on the count</h2><div class='live-body'>{inner}"
            f"<p>The count went on through the evening in all districts, officials said at {i} o'clock.</p>"
            "</div></div>")


def _first(inner: str) -> newsclean.Post:
    doc = newsclean.parse(_FEED.format(posts=_post(3, inner) + _post(2, "") + _post(1, "")), format="html")
    return doc.posts[0]


def _media(post: newsclean.Post) -> list[tuple[str, str | None, str | None]]:
    return [(m.type, m.caption, m.credit) for m in post.media]


def test_a_video_embed_block_with_a_caption_is_a_video():
    post = _first("<figure class='wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube'>"
                  "<div class='wp-block-embed__wrapper'><iframe src='https://www.youtube.com/embed/x'></iframe></div>"
                  "<figcaption>Voters queue in Leeds</figcaption></figure>")
    assert _media(post) == [("video", "Voters queue in Leeds", None)]
    assert not any(b.type == "embed" for b in post.blocks)


def test_near_miss_a_social_embed_block_with_a_caption_stays_an_embed():
    post = _first("<figure class='wp-block-embed is-type-rich is-provider-instagram'><div class='wp-block-embed__wrapper'>"
                  "<blockquote class='instagram-media'><a href='https://instagram.com/p/x'>View</a></blockquote></div>"
                  "<figcaption>Voters queue in Leeds</figcaption></figure>")
    assert not post.media
    assert any(b.type == "embed" for b in post.blocks)


def test_near_miss_a_video_embed_block_without_caption_stays_an_embed():
    post = _first("<figure class='wp-block-embed is-type-video is-provider-youtube'><div class='wp-block-embed__wrapper'>"
                  "<iframe src='https://www.youtube.com/embed/x'></iframe></div></figure>")
    assert not post.media


def test_a_player_whose_own_element_carries_the_video_id_is_a_video_with_its_title():
    post = _first("<div class='video-player' data-video-id='123'><div class='video-title'>Voters queue in Leeds</div></div>")
    assert _media(post) == [("video", "Voters queue in Leeds", None)]
    assert all("Voters queue" not in b.text for b in post.blocks)


def test_near_miss_a_video_classed_note_without_a_player_is_text():
    post = _first("<div class='video-note'><p>Voters queued in Leeds all afternoon, and the count began at ten.</p></div>")
    assert not post.media
    assert any("Voters queued" in b.text for b in post.blocks)


def test_a_copyright_sign_sets_the_credit_apart():
    post = _first("<figure><img src='a.jpg'><figcaption>Voters queue in Leeds © AFP</figcaption></figure>")
    assert _media(post) == [("image", "Voters queue in Leeds", "AFP")]
    post = _first("<figure><img src='a.jpg'><figcaption>Voters queue in Leeds <span class='credit'>© 2024 Jane Doe</span>"
                  "</figcaption></figure>")
    assert _media(post) == [("image", "Voters queue in Leeds", "Jane Doe")]


def test_near_miss_a_copyright_sign_inside_the_caption_before_words():
    post = _first("<figure><img src='a.jpg'><figcaption>A poster with the © sign painted on the wall</figcaption></figure>")
    assert _media(post) == [("image", "A poster with the © sign painted on the wall", None)]


def test_a_cite_closing_the_caption_is_its_credit():
    post = _first("<figure><img src='a.jpg'><figcaption>Voters queue in Leeds<cite>Jane Doe/Reuters</cite></figcaption></figure>")
    assert _media(post) == [("image", "Voters queue in Leeds", "Jane Doe/Reuters")]


def test_near_miss_a_cite_inside_the_captions_sentence():
    post = _first("<figure><img src='a.jpg'><figcaption>As <cite>The Times</cite> reported, voters queued</figcaption></figure>")
    assert _media(post) == [("image", "As The Times reported, voters queued", None)]


def test_a_caption_classed_line_after_a_captionless_figure_is_its_caption():
    post = _first("<figure><img src='a.jpg'></figure><p class='image-caption'>Voters queue in Leeds. Photo: Jane Doe</p>")
    assert _media(post) == [("image", "Voters queue in Leeds.", "Jane Doe")]
    assert all("Voters queue" not in b.text for b in post.blocks)


def test_a_line_closed_by_a_labelled_credit_after_an_image_paragraph_is_its_caption():
    post = _first("<p><img src='a.jpg'></p><p><em>Voters queue in Leeds (Foto: Jane Doe)</em></p>")
    assert _media(post) == [("image", "Voters queue in Leeds", "Jane Doe")]
    assert all("Voters queue" not in b.text for b in post.blocks)


def test_near_miss_a_paragraph_after_a_captionless_figure_stays_the_posts_text():
    post = _first("<figure><img src='a.jpg'></figure><p>Voters queued in Leeds all afternoon, officials said.</p>")
    assert _media(post) == [("image", None, None)]
    assert any("Voters queued in Leeds" in b.text for b in post.blocks)


def test_near_miss_a_description_classed_lead_after_a_figure_is_no_caption():
    post = _first("<figure><img src='a.jpg'></figure><p class='post-description'>Voters queued in Leeds all afternoon</p>")
    assert _media(post) == [("image", None, None)]
    assert any("Voters queued in Leeds" in b.text for b in post.blocks)


def test_near_miss_a_captioned_figure_takes_no_second_caption():
    post = _first("<figure><img src='a.jpg'><figcaption>Voters queue in Leeds</figcaption></figure>"
                  "<p class='caption'>Counting in York. Photo: Jane Doe</p>")
    assert _media(post)[0] == ("image", "Voters queue in Leeds", None)


def test_a_caption_after_a_line_break_under_the_image_is_its_caption():
    post = _first("<p><img src='a.jpg'><br>Voters queue in Leeds. Photo: Jane Doe</p>")
    assert _media(post) == [("image", "Voters queue in Leeds.", "Jane Doe")]
    assert all("Voters queue" not in b.text for b in post.blocks)


def test_near_miss_text_after_a_line_break_without_a_credit_stays_the_posts_text():
    post = _first("<p><img src='a.jpg'><br>Voters queued in Leeds all afternoon, officials said.</p>")
    assert _media(post) == [("image", None, None)]
    assert any("Voters queued in Leeds" in b.text for b in post.blocks)
