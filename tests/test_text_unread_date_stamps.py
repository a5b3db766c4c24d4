"""Scraped text: a stamp whose date no reader knows ("19 Nofembarka 2024 | 16h10", a month word
no CLDR language writes) still opens a post by its clock (Somali "Nofeembar", CLDR "Noofeembar",
is read: `calendar_any`); a share row behind a label no pack
knows ("La wadaag: Facebook WhatsApp Twitter") is a share row."""
from __future__ import annotations

import newsclean
from newsclean import times

ENTRIES = [
    ("16h10", "Cirro oo ku guuleystay doorashada",
     "Guddiga doorashooyinka ayaa ku dhawaaqay in musharaxa uu helay inta badan codadka la dhiibtay maanta."),
    ("14h45", "Taageerayaal isugu soo baxay magaalada",
     "Kumanaan taageerayaal ah ayaa isugu soo baxay bartamaha magaalada si ay u dabaaldegaan guusha."),
    ("11h30", "Guddiga oo dib u dhigay shir jaraa'id",
     "Guddiga ayaa sheegay in shirka jaraa'id ee natiijada lagu dhawaaqayo uu dhici doono galabta."),
    ("09h05", "Madaxweynaha oo sheegay in uu aqbali doono",
     "Madaxweynaha ayaa sheegay in uu aqbali doono natiijada guddiga doorashooyinku soo saaraan."),
]


def _page(stamp: str) -> str:
    lines = ["TOOS: Natiijada doorashada madaxtooyada", "",
             "Guddiga doorashooyinka ayaa maanta soo bandhigaya natiijada doorashadii madaxtooyada.", ""]
    for clock, title, body in ENTRIES:
        lines += [stamp.format(clock=clock), "", title, "", body, ""]
    lines += ["La wadaag: Facebook WhatsApp Twitter", ""]
    return "\n".join(lines)


def test_a_stamp_whose_date_no_reader_knows_opens_posts_by_its_clock():
    # (a month word no CLDR language writes, however spelled)
    doc = newsclean.parse(_page("19 Nofembarka 2024 | {clock}"), format="text")
    assert doc.kind == "liveblog"
    assert [p.headline for p in doc.posts] == [t for _, t, _ in ENTRIES]
    assert [p.published for p in doc.posts][:2] == ["16:10", "14:45"]  # (no date read: no day given)


def test_a_somali_month_spelled_with_one_vowel_for_two_dates_the_clocks():
    # CLDR writes "Noofeembar"; pages print "Nofeembar" (`calendar_any`: doubled letters once)
    doc = newsclean.parse(_page("19 Nofeembar 2024 | {clock}"), format="text")
    assert [p.headline for p in doc.posts] == [t for _, t, _ in ENTRIES]
    assert [p.published for p in doc.posts][:2] == ["2024-11-19T16:10", "2024-11-19T14:45"]


def test_a_share_row_behind_an_unknown_label_is_removed():
    doc = newsclean.parse(_page("19 Nofeembar 2024 | {clock}"), format="text")
    assert any(r.rule == "chrome.share" and r.text.startswith("La wadaag") for r in doc.removed)
    assert all("wadaag" not in b.text for p in doc.posts for b in p.blocks)


def test_near_miss_a_date_shaped_lead_needs_a_day_a_word_and_a_year():
    assert times.UNREAD_DATE.match("19 Nofeembar 2024 |")
    assert not times.UNREAD_DATE.match("Hargeysa Online |")         # no day, no year
    assert not times.UNREAD_DATE.match("Cirro oo ku guuleystay 2024")  # a sentence, not a date


def test_near_miss_a_label_before_names_that_are_no_networks_stays():
    page = _page("19 Nofeembar 2024 | {clock}").replace("La wadaag: Facebook WhatsApp Twitter",
                                                        "Ilaha: Reuters iyo AFP")
    doc = newsclean.parse(page, format="text")
    assert not any(r.rule == "chrome.share" for r in doc.removed)
