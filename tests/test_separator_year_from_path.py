"""Year-less day separators ("Samstag, 14. März") in a feed whose page states no date: the year
comes from the date the page's own address states (``dates.path_date``), never from a copyright
line; without either, the posts keep bare clocks."""
import datetime as dt

import newsclean
from newsclean.dates import path_date


def _page(canonical: str | None, footer: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    entries = []
    for day, clocks in (("Samstag, 14. März", ("21:40", "19:05", "17:30")), ("Freitag, 13. März", ("22:15", "18:50", "16:20"))):
        entries.append(f'<div class="tk-tag">{day}</div>')
        for i, c in enumerate(clocks):
            entries.append(
                f'<div class="tk-entry" id="e-{day[:2]}{i}"><span class="tk-time">{c}</span>'
                f'<p class="tk-titel"><b>Meldung {day[:2]} {i} zur Lage am Fluss</b></p>'
                f'<p>Die Pegel an der Messstelle steigen weiter, die Feuerwehr ist mit {i + 3} Zügen im Einsatz.</p>'
                f'<p>Anwohner sollen Keller räumen und Hinweise der Behörden im Radio verfolgen.</p></div>')
    return (f'<html lang="de"><head><title>Hochwasser: der Ticker</title>{link}</head><body>'
            f'<main><h1>Hochwasser: alle Entwicklungen im Ticker</h1><div class="tk-feed">{"".join(entries)}</div>'
            f'</main><footer>{footer}</footer></body></html>')


def test_path_date_reads_slashed_and_dashed_dates():
    assert path_date("/politik/2025/03/14/hochwasser-ticker") == dt.date(2025, 3, 14)
    assert path_date("/ticker/hochwasser-2025-03-14.html") == dt.date(2025, 3, 14)


def test_path_date_near_misses():
    assert path_date("/politik/2025/03/hochwasser") is None          # no day
    assert path_date("/artikel/20250314123") is None                   # an id, not a date
    assert path_date("/2025/13/14/x") is None                          # no such month
    assert path_date("/2025/03/14/vom-2024-12-01-x") is None           # two different dates
    assert path_date(None) is None


def test_separators_take_the_year_of_the_address_date():
    doc = newsclean.parse(_page("https://www.example.de/panorama/2026/03/14/hochwasser-liveticker/"), format="html")
    assert doc.kind == "liveblog"
    assert [p.published for p in doc.posts] == [
        "2026-03-14T21:40", "2026-03-14T19:05", "2026-03-14T17:30", "2026-03-13T22:15", "2026-03-13T18:50", "2026-03-13T16:20"]


def test_a_copyright_year_dates_no_separator():
    doc = newsclean.parse(_page("https://www.example.de/panorama/hochwasser-liveticker/", footer="© 2026 Example"),
                          format="html")
    assert doc.kind == "liveblog"
    assert all(p.published is None or "2026" not in p.published for p in doc.posts)
