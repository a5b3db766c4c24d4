"""The page title a text's header gives: a headline that names its date ("31 Mart 2024 ...:
Canlı anlatım") is the title, not a dateline, and a row of section names above it is none."""
import newsclean
from newsclean.text_header import _dated_title


def _live(header: list[str]) -> str:
    posts = []
    for clock, head, body in [("21.40", "Sonuçlar açıklanmaya başladı", "Yüksek Seçim Kurulu ilk sonuçları akşam saatlerinde paylaştı."),
                              ("20.15", "Sandıklar kapandı", "Oy verme işlemi saat 17.00 itibarıyla tüm illerde sona erdi ve sayım başladı."),
                              ("18.30", "Katılım oranı yüksek", "Seçmenlerin büyük bölümü sabah saatlerinde sandık başına gitti, kuyruklar oluştu.")]:
        posts += [clock, "", head, "", body, ""]
    return "\n".join(header + [""] + posts)


def test_a_headline_opening_with_its_date_is_the_title_not_the_nav_row_above_it():
    text = _live(["Haber Sitesi", "Son Dakika Gündem Politika Ekonomi Sağlık", "",
                  "31 Mart 2024 yerel seçim sonuçları: Canlı anlatım", "",
                  "Türkiye yerel seçim için sandık başına gitti. Sonuçları ve gelişmeleri buradan takip edebilirsiniz."])
    assert newsclean.parse(text, format="text").title == "31 Mart 2024 yerel seçim sonuçları: Canlı anlatım"


def test_dated_titles_and_datelines():
    assert _dated_title("31 Mart 2024 yerel seçim sonuçları: Canlı anlatım")
    # near misses: datelines (a clock, a byline, too few words, the date not first)
    assert not _dated_title("31 Mart 2024 Pazar 21:40 Haber Merkezi")
    assert not _dated_title("24 March 2020 Submitted By: News Desk No Comments")
    assert not _dated_title("Sunday 31 March 2024")
    assert not _dated_title("31 March 2024")
