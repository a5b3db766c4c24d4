"""The text front's time adapter: stamps in other clock conventions, lead-ins, leading clocks,
match minutes (each with a near miss)."""
from newsclean import text_times


def test_letter_clock_stamp_with_short_date_tokens():
    mark, lead = text_times.stamp("vr 03 jul. 23u32")
    assert (mark.hour, mark.minute, lead) == (23, 32, "")
    mark, lead = text_times.stamp("sam. 4 nov. 16h56")
    assert (mark.hour, mark.minute) == (16, 56)


def test_a_letter_clock_reads_like_a_colon_clock():
    # "23u30" and "20h30" are judged as "23:30" and "20:30" would be, in a line or a sentence
    for letter, colon in (("Het optreden start om 23u30 op de Main Stage", "Het optreden start om 23:30 op de Main Stage"),
                          ("Le concert commence à 20h30 ce soir", "Le concert commence à 20:30 ce soir"),
                          ("za 04 jul. 01u29", "za 04 jul. 01:29")):
        got, want = text_times.stamp(letter), text_times.stamp(colon)
        assert (got is None) == (want is None)
        if got is not None:
            assert (got[0].hour, got[0].minute, got[1]) == (want[0].hour, want[0].minute, want[1])
    assert text_times.stamp("za 04 jul. 01u29") is not None


def test_lead_in_before_a_stamp_is_returned_apart():
    mark, lead = text_times.stamp("Gepubliceerd: za 04 jul. 01u29")
    assert (mark.hour, mark.minute, lead) == (1, 29, "Gepubliceerd:")
    mark, lead = text_times.stamp("Veröffentlicht: 12:30")
    assert (mark.hour, lead) == (12, "Veröffentlicht:")


def test_a_lead_in_with_digits_is_not_a_stamp_lead_in():
    found = text_times.stamp("Top 10: 12:30")
    assert found is None or found[1] == ""


def test_leading_clock_splits_off_the_headline():
    mark, rest = text_times.split_leading_clock("7:12 am: Gilead’s potential treatment gets FDA’s orphan drug label")
    assert (mark.hour, mark.minute) == (7, 12)
    assert rest == "Gilead’s potential treatment gets FDA’s orphan drug label"
    mark, rest = text_times.split_leading_clock("14.05 – Regering valt")
    assert (mark.hour, rest) == (14, "Regering valt")


def test_no_leading_clock_near_misses():
    assert text_times.split_leading_clock("7:12 am") is None                     # no headline
    assert text_times.split_leading_clock("The 7:12 am train was cancelled") is None
    assert text_times.split_leading_clock("3-2: Romero kopt raak") is None        # a score, not a clock


def test_minute_marks_are_labels():
    assert text_times.minute_mark("120+4'") == "120+4'"
    assert text_times.minute_mark("45’") == "45’"
    assert text_times.minute_mark("90 + 3'") == "90 + 3'"


def test_minute_mark_near_misses():
    assert text_times.minute_mark("45+2") is None          # no minute sign
    assert text_times.minute_mark("2024'") is None         # four digits
    assert text_times.minute_mark("45' Geel voor Montiel") is None
