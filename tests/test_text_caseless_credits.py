"""Picture credits in scripts without case, and a labelled credit closed by a full stop:
"Caption (צילום: רויטרס)", "Caption (رويترز)", "Caption. Fotografia: ACN.". Near misses: a
sentence of the text with brackets or a closing full stop stays text."""
import newsclean
from newsclean.text_credits import split_labelled, split_shaped


def test_a_labelled_credit_closed_by_a_full_stop():
    assert split_labelled("Recompte de vots en un col·legi de Barcelona. Fotografia: ACN.") == (
        "Recompte de vots en un col·legi de Barcelona.", "Fotografia:", "ACN")
    # near miss: the label opens a sentence, not a credit
    assert split_labelled("Recompte de vots. Fotografia: una imatge que ho diu tot.") is None


def test_a_bracketed_labelled_credit_in_hebrew():
    assert split_shaped("יירוטים בשמי ירושלים (צילום: רויטרס)") == ("יירוטים בשמי ירושלים", "רויטרס")
    # near miss: brackets inside a sentence that ends as one
    assert split_shaped("הוא אמר כי המצב קשה מאוד (בראיון לרדיו).") is None


def test_a_bracketed_agency_after_an_arabic_caption():
    assert split_shaped("صواريخ اعتراضية في سماء القدس (رويترز)") == ("صواريخ اعتراضية في سماء القدس", "رويترز")
    # near misses: a long line (a paragraph's sentence) and a caption holding figures
    assert split_shaped("قال المتحدث باسم الجيش إن معظم المسيرات والصواريخ التي أطلقتها إيران تم اعتراضها فوق الأراضي (رويترز)") is None
    assert split_shaped("أطلقت إيران 300 مسيرة وصاروخ (رويترز)") is None


def test_a_caseless_credit_line_becomes_media_in_a_post():
    posts = []
    for clock, head in (("12:10", "הקבינט מתכנס"), ("09:30", "חזרה לשגרה"), ("04:45", "רוב האיומים יורטו")):
        posts += [clock, head, "", "יירוטים בשמי ירושלים (צילום: רויטרס)", "",
                  "הדובר אמר כי יותר משלוש מאות כטבמים וטילים שוגרו במהלך הלילה לעבר ישראל.", ""]
    doc = newsclean.parse("\n".join(["עדכונים שוטפים: המתקפה", "", "פורסם: 13.04.24, 23:15"] + posts), format="text")
    assert doc.posts and all(p.media and p.media[0].credit == "רויטרס" for p in doc.posts)
    assert not any("צילום" in p.text for p in doc.posts)


def test_a_bracketed_credit_closed_by_a_pack_suffix():
    from newsclean.text_credits import split_suffixed
    assert split_suffixed("侯友宜向支持者鞠躬。（記者張嘉明攝）") == ("侯友宜向支持者鞠躬", "記者張嘉明攝")
    # near misses: a bracket of the text, and the suffix alone
    assert split_suffixed("民眾黨候選人柯文哲表示，得票超過三百萬（含海外選票）") is None
    assert split_suffixed("侯友宜向支持者鞠躬。（攝）") is None
