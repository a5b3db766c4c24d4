"""Text front: post stamps are read in the page's language (guessed from its text), so its own
day-period words count on a 12-hour clock: Welsh "10.30yh" is 22:30 ("yh", yr hwyr: evening;
"yb", y bore: morning, from CLDR). Near miss: the same clock on an English page has no such word
to read, and stays as printed."""
import newsclean

_WELSH = """Etholiad Cyffredinol 2024: y canlyniadau'n fyw

Mae'r pleidleisio wedi dod i ben ac mae'r cyfrif wedi dechrau ar draws Cymru gyfan heno.

{c1}

Y canlyniad cyntaf yng Nghymru

Mae'r canlyniad cyntaf wedi ei gyhoeddi yn y gogledd, ac mae'r blaid wedi cadw'r sedd gyda mwyafrif mawr.

{c2}

Y cyfrif yn dechrau yn Abertawe

Mae'r blychau pleidleisio wedi cyrraedd y ganolfan ac mae'r gwirfoddolwyr wedi dechrau ar y gwaith.

{c3}

Arolwg ymadael yn cael ei gyhoeddi

Mae'r arolwg yn awgrymu y bydd y blaid yn ennill mwyafrif mawr yn y senedd newydd heno.
"""


def test_welsh_day_periods_on_text_stamps_give_evening_clocks():
    doc = newsclean.parse(_WELSH.format(c1="11.45yh", c2="10.30yh", c3="10.00yh"), format="text")
    assert doc.kind == "liveblog" and doc.language == "cy"
    assert [p.published[-5:] for p in doc.posts] == ["23:45", "22:30", "22:00"]


def test_near_miss_morning_clocks_stay_morning():
    doc = newsclean.parse(_WELSH.format(c1="11.45yb", c2="10.30yb", c3="10.00yb"), format="text")
    assert [p.published[-5:] for p in doc.posts] == ["11:45", "10:30", "10:00"]
