"""The audit view: rendered with escaping, and looked at in a real browser."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean.api import inspect
from newsclean.audit import render_audit
from support import FIXTURES, load_fixture

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_audit_of_the_seed_page_shows_cards_lines_and_removals():
    doc, html = inspect(FIXTURES / "bbc-live-2024-05-17.txt", source_name="bbc-live")
    assert html.count('class="post-card"') == 20
    assert 'data-rule="scraper.figure-credit"' in html
    assert html.count('class="boundary"') == 20  # post boundaries in the line view
    assert "line-through" in html and 'class="ln post removed"' in html


def test_hostile_text_appears_as_literal_text():
    page = ("Live: <script>alert(1)</script> updates\n\n10:00\n\n<img src=x onerror=alert(2)> headline here\n\n"
            "The police said <script>alert(3)</script> the road was closed after the storm.\n\n"
            "09:00\n\nSecond post\n\nMore news from the scene this morning, officials said.\n\n"
            "08:00\n\nThird post\n\nEven more news from the scene this morning, officials said.\n")
    doc, html = inspect(page, format="text")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html


def test_notebook_view_is_the_compact_audit():
    doc = newsclean.parse(load_fixture("mirror-live-2024-08-05-uk-riots.html.gz"))
    html = doc._repr_html_()
    assert "30 posts" in html and "… 20 more" in html and "<html" not in html
    assert render_audit(doc, compact=True) == html


def test_inspect_command_writes_the_page(tmp_path):
    out = tmp_path / "audit.html"
    r = subprocess.run([sys.executable, "-m", "newsclean.cli", "inspect",
                        str(FIXTURES / "mirror-live-2024-08-05-uk-riots.html.gz"), "-o", str(out)],
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.read_text().count('class="post-card"') == 30


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed here (CI installs it: apt-get install chromium)")
@pytest.mark.parametrize("name, cards, rule, count", [
    ("bbc-live-2024-05-17.txt", 20, "scraper.figure-credit", 20),
    ("guardian-live-2023-05-15-russia-ukraine.nojsonld.html.gz", 10, None, None),
])
def test_audit_page_in_headless_chromium(tmp_path, name, cards, rule, count):
    sync_api = pytest.importorskip("playwright.sync_api")
    _, html = inspect(FIXTURES / name, source_name=name)
    page_file = tmp_path / "audit.html"
    page_file.write_text(html, encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1800})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())
        assert page.locator(".post-card").count() == cards
        if rule:
            row = page.locator(f'#summary tr[data-rule="{rule}"]')
            assert row.locator("td.count").inner_text() == str(count)
        page.screenshot(path=str(ARTIFACTS / f"audit-{name.split('.')[0]}.png"))
        browser.close()
    assert errors == []
    assert all(u.startswith("file:") for u in requests)  # self-contained: nothing fetched from a network
    assert os.path.getsize(ARTIFACTS / f"audit-{name.split('.')[0]}.png") > 10_000
