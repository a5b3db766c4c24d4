"""A pack's picture label set off by a dash inside the brackets that close a caption, as Sinhala
and Burmese pages print it: "(ඡායාරූපය - Name)", "(ဓာတ်ပုံ - ဒေသခံ)"."""
from __future__ import annotations

import newsclean
from newsclean import text_credits

PARA = "<p>Voting closed at four in the afternoon and counting began at the centres across the district tonight.</p>"


def _page(caption: str) -> bytes:
    posts = []
    for i, hour in enumerate((21, 19, 17, 15)):
        figure = (f'<figure><img src="https://example.org/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
                  if i == 1 else "")
        posts.append(f'<div class="live-entry"><time datetime="2024-09-21T{hour}:10:00+05:30">{hour}:10</time>'
                     f'<h2>Update number {i} from the count</h2>{figure}{PARA}</div>')
    return (f'<html lang="si"><head><title>Live: results</title></head><body><h1>Live: results</h1>'
            f'<div class="live-feed">{"".join(posts)}</div></body></html>').encode()


def _figure(doc):
    media = [m for p in doc.posts for m in p.media]
    assert len(media) == 1
    return media[0]


def test_a_dashed_pack_label_in_brackets_gives_the_credit():
    doc = newsclean.parse(_page("ඡන්ද පෙට්ටි රැගෙන යයි (ඡායාරූපය - ඉෂාර කොඩිකාර)"))
    fig = _figure(doc)
    assert (fig.caption, fig.credit) == ("ඡන්ද පෙට්ටි රැගෙන යයි", "ඉෂාර කොඩිකාර")


def test_near_miss_a_dash_between_two_words_no_pack_labels_stays_in_the_caption():
    doc = newsclean.parse(_page("Supporters gather in the square (Colombo - Kandy road)"))
    assert _figure(doc).caption == "Supporters gather in the square (Colombo - Kandy road)"


def test_text_caption_with_a_dashed_label():
    assert text_credits.split_shaped("ပင်လောင်းမြို့နယ်ရှိ ရေဘေးသင့်ရွာတစ်ရွာ (ဓာတ်ပုံ - ဒေသခံ)") == \
        ("ပင်လောင်းမြို့နယ်ရှိ ရေဘေးသင့်ရွာတစ်ရွာ", "ဒေသခံ")
    # near miss: a dash after a word no pack knows as a label is no credit
    assert text_credits.split_shaped("Ships wait outside the harbour (Hargeysa - Berbera)") is None
