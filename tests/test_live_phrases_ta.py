"""Tamil titles calling a page live with "நேரலை" and a word for updates/news after it."""
from newsclean.live_phrases import title_says_live


def test_tamil_live_updates_titles():
    assert title_says_live("மதுரை வெள்ளம்: நேரலை தகவல்கள்")
    assert title_says_live("நேரலை செய்திகள் - சட்டப்பேரவைக் கூட்டத்தொடர்")


def test_near_miss_live_word_inside_a_sentence():
    assert not title_says_live("நேரலை நிகழ்ச்சி ரத்து செய்யப்பட்டது")
