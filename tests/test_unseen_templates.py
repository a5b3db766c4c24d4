"""Live-blog templates of publishers, languages and layouts that the dev corpus does not hold
(CNN, Sky News, AP, Al Jazeera, Le Monde, tagesschau, SPIEGEL, El País, ANSA, g1, NOS, Onet, a
WordPress live-blog plugin, an AS minute-by-minute; since then The Washington Post, ABC News
Australia, Deutsche Welle, franceinfo, La Repubblica with microdata, Público, Yle, a TV 2 football
timeline, an rp.pl flat ticker and the Times of Israel; then Kathimerini with a pinned copy and
WordPress captions, Telex with its date in a header row and an n-tv ticker with '+++' headings), hand-written after the real templates in
``fixtures/unseen/``, each with the expectation of what a reader sees (``*.expected.json``, in
the corpus format): posts in order, headline, time, label, bylines, media, and the boilerplate
that must not survive."""
from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from support import token_f1

import newsclean

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
CASES = sorted(p.name for p in UNSEEN.glob("*.expected.json"))
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def norm(s):
    return None if s is None else " ".join(unicodedata.normalize("NFKC", s).translate(_QUOTES).split())


def same_time(gold: str | None, got: str | None) -> bool:
    """The scorer's rule: the same instant when both carry an offset, else the same wall clock."""
    if gold is None:
        return True
    if not got:
        return False
    a, b = dt.datetime.fromisoformat(gold), dt.datetime.fromisoformat(got)
    if a.tzinfo and b.tzinfo:
        return a == b.replace(second=a.second)
    return got[:16] == gold[:16]


def body(post: dict) -> str:
    return "\n".join(b if isinstance(b, str) else (b.get("text") or "\n".join(b.get("items") or []))
                     for b in post["blocks"])


def parsed(case: str):
    exp = json.loads((UNSEEN / case).read_text(encoding="utf-8"))
    doc = newsclean.parse((UNSEEN / exp["input"]).read_bytes(), url=exp["url"])
    return exp, doc.to_dict()


@pytest.mark.parametrize("case", CASES)
def test_unseen_template_posts(case):
    exp, got = parsed(case)
    assert got["kind"] == "liveblog"
    gold, pred = exp["posts"], got["posts"]
    assert len(pred) == len(gold)
    for g, p in zip(gold, pred):
        assert token_f1(body(g), p["text"]) >= 0.9
        assert norm(p["headline"]) == norm(g["headline"])
        assert same_time(g.get("published"), p["published"]), (g.get("published"), p["published"])
        if g.get("label"):
            assert p["label"] == g["label"]
        assert [(norm(b["name"]), norm(b["role"])) for b in p["bylines"]] == \
            [(norm(b["name"]), norm(b["role"])) for b in g["bylines"]]
        assert [(m["type"], norm(m["credit"]), norm(m["caption"])) for m in p["media"]] == \
            [(m["type"], norm(m["credit"]), norm(m["caption"])) for m in g["media"]]


@pytest.mark.parametrize("case", CASES)
def test_unseen_template_leaves_no_boilerplate(case):
    exp, got = parsed(case)
    shown = "\n".join([got["title"] or ""] + [
        "\n".join([p["headline"] or "", p["label"] or "", p["text"]]
                  + [b["name"] + " " + (b["role"] or "") for b in p["bylines"]]
                  + [(m["caption"] or "") + " " + (m["credit"] or "") for m in p["media"]])
        for p in got["posts"]])
    assert [s for s in exp["must_remove"] if norm(s) in norm(shown)] == []
    if "timezone" in exp:
        assert got["timezone"] == exp["timezone"]
