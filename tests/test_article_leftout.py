"""Article mode records what the extractor left out between the story's blocks
(`article_leftout`): a block inside the story's span that the body does not hold and no rule
recorded is listed as ``article.not_extracted``; the page's chrome around the story is not."""
from __future__ import annotations

import gzip
from pathlib import Path

from lxml import html as lxml_html

import newsclean
from newsclean.article_body import preclean
from newsclean.article_check import Line
from newsclean.article_leftout import RULE, record_left_out
from newsclean.model import Removal

FIXTURES = Path(__file__).parent / "fixtures"

PARAS = [
    "Die Stadtverwaltung hat am Montag neue Pläne für den Ausbau des Straßenbahnnetzes vorgestellt.",
    "Die ersten Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa drei Jahre dauern.",
    "Anwohner können die Pläne in den kommenden Wochen bei öffentlichen Versammlungen kommentieren.",
]
PAGE = f"""<html><body><nav><p>Startseite Politik Wirtschaft Sport Kultur</p></nav>
<article><h1>Neue Straßenbahnlinien für drei Stadtteile geplant</h1>
<p>{PARAS[0]}</p><p>Jetzt teilen: Facebook WhatsApp E-Mail</p><p>{PARAS[1]}</p>
<p>{PARAS[2]} (dpa)</p></article>
<footer><p>Impressum Datenschutz Kontakt</p></footer></body></html>"""


def _run(body: list[str], removed: list[Removal]) -> list[Removal]:
    tree = lxml_html.fromstring(PAGE)
    page = preclean(tree, removed)
    record_left_out([Line(t) for t in body], "", page, removed)
    return [r for r in removed if r.rule == RULE]


def test_block_between_story_lines_left_out_is_recorded():
    got = _run([PARAS[0], PARAS[1], PARAS[2] + " (dpa)"], [])
    assert [r.text for r in got] == ["Jetzt teilen: Facebook WhatsApp E-Mail"]


def test_chrome_before_and_after_the_story_is_not_listed():
    got = _run([PARAS[0], PARAS[1], PARAS[2] + " (dpa)"], [])
    assert not any("Impressum" in r.text or "Startseite" in r.text for r in got)


def test_block_a_rule_shortened_or_recorded_is_not_listed_again():
    # the last paragraph came out without its agency mark, the share row was recorded by a rule
    got = _run([PARAS[0], PARAS[1], PARAS[2]], [Removal("chrome.share", "Jetzt teilen: Facebook WhatsApp E-Mail")])
    assert got == []


def test_one_line_of_output_has_no_span():
    assert _run([PARAS[1]], []) == []


def test_real_article_lists_what_the_extractor_dropped_and_keeps_it_out_of_the_body():
    raw = gzip.decompress((FIXTURES / "guardian-article-2024-02-24-valencia-fire.html.gz").read_bytes())
    doc = newsclean.parse(raw)
    left = [r.text for r in doc.removed if r.rule == RULE]
    assert "after newsletter promotion" in left
    body = "\n".join(b.text for b in doc.posts[0].blocks)
    assert all(t not in body for t in left)
