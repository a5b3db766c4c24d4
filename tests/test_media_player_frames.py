"""Media told by markup: a video-classed block holding a player frame drawn by script (its class
says player; the play button is gone before the walk) is a video with its caption and credit,
not body text; a credit element inside the caption leaves no separator closing the caption.
Near misses: a video-classed note holding no player is text; a separator inside the caption's
words stays. Hand-written markup in Estonian and Slovak, shaped like real templates."""
import newsclean

_FEED = ("<html lang='{lang}'><head><title>Otse: valimised</title></head><body><main><div class='otse'>{posts}"
         "</div></main></body></html>")


def _post(i: int, inner: str) -> str:
    return (f"<div class='otse-kanne' data-id='{i}'><div class='otse-aeg'>1{i}:0{i}</div>"
            f"<h2>Uudis number {i} valimisõhtult</h2><div class='otse-sisu'><p>Häälte lugemine jätkus kogu õhtu kõigis "
            f"ringkondades, teatas valimiskomisjon kell {i}.</p>{inner}</div></div>")


def _first(inner: str, lang: str = "et") -> newsclean.Post:
    return newsclean.parse(_FEED.format(lang=lang, posts=_post(3, inner) + _post(2, "") + _post(1, "")),
                           format="html").posts[0]


def _media(post):
    return [(m.type, m.caption, m.credit) for m in post.media]


def test_a_video_block_holding_a_script_player_frame_is_a_video():
    post = _first("<div class='kanne-video'><div class='err-player' data-id='A1B2C3'><button>Esita video</button></div>"
                  "<p class='kanne-video__pealkiri'>Valijad ootavad Tallinnas järjekorras</p>"
                  "<span class='kanne-video__credit'>Video: ERR</span></div>")
    assert _media(post) == [("video", "Valijad ootavad Tallinnas järjekorras", "ERR")]
    assert all("Valijad ootavad" not in b.text and "ERR" not in b.text for b in post.blocks)


def test_near_miss_a_video_classed_note_without_a_player_is_text():
    post = _first("<div class='kanne-video-info'><p>Valijad ootasid Tallinnas järjekorras terve pärastlõuna.</p></div>")
    assert not post.media
    assert any("Valijad ootasid" in b.text for b in post.blocks)


def test_a_credit_element_in_the_caption_leaves_no_separator_behind():
    post = _first("<figure class='kanne-foto'><img src='https://x.invalid/a.jpg' alt=''><figcaption>Voliči pred "
                  "volebnou miestnosťou v Košiciach – <span class='kanne-foto__credit'>Ján Novák/TASR</span>"
                  "</figcaption></figure>", lang="sk")
    assert _media(post) == [("image", "Voliči pred volebnou miestnosťou v Košiciach", "Ján Novák/TASR")]


def test_near_miss_a_dash_inside_the_caption_s_words_stays():
    post = _first("<figure class='kanne-foto'><img src='https://x.invalid/a.jpg' alt=''><figcaption>Košice - Sever "
                  "pred volebnou miestnosťou <span class='kanne-foto__credit'>Ján Novák/TASR</span>"
                  "</figcaption></figure>", lang="sk")
    assert _media(post) == [("image", "Košice - Sever pred volebnou miestnosťou", "Ján Novák/TASR")]


def test_the_brackets_a_credit_element_sat_in_are_left_off():
    post = _first("<figure class='kanne-foto'><img src='https://x.invalid/a.jpg' alt=''><figcaption>Voliči pred "
                  "volebnou miestnosťou (<span class='kanne-foto__credit'>TASR</span>)</figcaption></figure>", lang="sk")
    assert _media(post) == [("image", "Voliči pred volebnou miestnosťou", "TASR")]
