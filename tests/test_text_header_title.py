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


_BODY = ["Bei der Wahl im Land ist die Partei erstmals stärkste Kraft geworden. Nach dem vorläufigen Ergebnis kommt sie auf 31 Prozent.",
         "Die zweitstärkste Partei erreicht 24 Prozent, eine neue Liste aus dem Stand gut 15 Prozent der Stimmen.",
         "Eine Regierung ohne die Wahlsiegerin ist rechnerisch nur mit drei Partnern möglich, sagten Beobachter am Abend."]
_STANDFIRST = "Die Partei gewinnt die Wahl deutlich. Die Regierungsbildung wird schwierig."


def _article(middle: list[str]) -> str:
    return "\n\n".join(["Nachrichtenportal", "Wahl im Land: Partei wird erstmals stärkste Kraft", *middle, *_BODY])


def test_an_articles_standfirst_above_its_dateline_is_the_summary_not_the_body():
    doc = newsclean.parse(_article([_STANDFIRST + "\nVon Jana Beispiel 1. September 2024, 19:45 Uhr",
                                    "Wahlparty in der Landeshauptstadt © Max Muster/Bildagentur"]), format="text")
    assert doc.kind == "article" and doc.title == "Wahl im Land: Partei wird erstmals stärkste Kraft"
    post = doc.posts[0]
    assert post.headline == doc.title
    assert _STANDFIRST not in post.text and post.text.startswith(_BODY[0])
    assert _STANDFIRST in doc.summary
    assert [(m.caption, m.credit) for m in post.media] == [("Wahlparty in der Landeshauptstadt", "Max Muster/Bildagentur")]


def test_an_articles_first_paragraph_without_a_dateline_under_it_stays_body():
    # near miss: the line under the title is the first paragraph (no dated line follows it)
    doc = newsclean.parse(_article([_STANDFIRST]), format="text")
    assert _STANDFIRST in doc.posts[0].text
