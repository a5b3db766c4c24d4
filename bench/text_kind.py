#!/usr/bin/env python3
"""Live or article, in scraped text: how often the text front door calls an article a live blog.

    PYTHONPATH=src python bench/text_kind.py [--shared ../shared] [--limit N] [-v]

Article pages (HTML with truth) are turned into text the way the corpus's .txt files were made
(inscriptis, one block a line; ``pip install inscriptis`` for this script only, newsclean does
not depend on it), then parsed with ``newsclean.parse(text, format="text")``. Live text pages
(``corpus/dev/*.txt`` and ``golden/*.txt``) are parsed as they are. Printed: false-live (an
article called a live blog), missed-live (a live page called an article), and the article body
token F1 against the truth's body (the tokenizer of ``eval/score.py``).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import newsclean

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                        "\u2013": "-", "\u2014": "-"})
TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(s: str | None) -> list[str]:
    s = unicodedata.normalize("NFKC", s or "").translate(QUOTES)
    return TOKEN.findall(s.lower())


def f1(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def to_text(html: str) -> str:
    from inscriptis import get_text
    return get_text(html)


def _blocks_text(post: dict) -> str:
    out = []
    for b in post.get("blocks") or []:
        out.append(b if isinstance(b, str) else ("\n".join(b["items"]) if b.get("items") else b.get("text") or ""))
    return "\n".join(out)


def article_cases(shared: Path):
    """(name, html, truth body or None, truth kind)."""
    for exp in sorted((shared / "corpus/dev/articles").glob("*.html.expected.json")):
        d = json.loads(exp.read_text())
        html = exp.with_name(exp.name[: -len(".expected.json")]).read_text(errors="replace")
        yield "dev/" + exp.name, html, "\n".join(_blocks_text(p) for p in d["posts"]), d.get("kind", "article")
    for exp in sorted((shared / "bench/fundus-articles").glob("*/*.expected.json")):
        d = json.loads(exp.read_text())
        page = exp.with_name(exp.name[: -len(".expected.json")] + ".html.gz")
        yield "fundus/" + exp.parent.name + "/" + page.name, gzip.open(page, "rt", errors="replace").read(), \
            d.get("body"), d.get("kind", "article")
    aeb = shared / "bench/article-extraction-benchmark"
    truth = json.loads((aeb / "ground-truth.json").read_text())
    for key, d in sorted(truth.items()):
        page = aeb / "html" / (key + ".html.gz")
        if page.exists():
            yield "aeb/" + key[:12], gzip.open(page, "rt", errors="replace").read(), d.get("articleBody"), "article"


def live_cases(shared: Path):
    for txt in sorted((shared / "corpus/dev").glob("*.txt")) + sorted((shared / "golden").glob("*.txt")):
        yield txt.parent.name + "/" + txt.name, txt.read_text()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--dump", help="write each article's body F1 here (JSON), to compare runs")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    false_live, missed_live, n_art, n_live = [], [], 0, 0
    f1s: list[float] = []
    per_page: dict[str, float] = {}
    spent = 0.0
    for k, (name, html, body, kind) in enumerate(article_cases(shared)):
        if args.limit and k >= args.limit:
            break
        text = to_text(html)
        t0 = time.perf_counter()
        doc = newsclean.parse(text, format="text")
        spent += time.perf_counter() - t0
        if kind == "liveblog":
            n_live += 1
            if doc.kind != "liveblog":
                missed_live.append(name)
            continue
        n_art += 1
        if doc.kind == "liveblog":
            false_live.append((name, len(doc.posts)))
        if body:
            got = "\n".join(p.text for p in doc.posts)
            f1s.append(f1(tokens(body), tokens(got)))
            per_page[name] = round(f1s[-1], 4)
            if args.verbose and f1s[-1] < 0.5:
                print(f"  low F1 {f1s[-1]:.2f} {name} (kind={doc.kind}, posts={len(doc.posts)})")
    for name, text in live_cases(shared):
        n_live += 1
        doc = newsclean.parse(text, format="text")
        if doc.kind != "liveblog":
            missed_live.append(name)
    if args.verbose:
        for name, n in false_live:
            print(f"  false live: {name} ({n} posts)")
        for name in missed_live:
            print(f"  missed live: {name}")
    if args.dump:
        Path(args.dump).write_text(json.dumps(per_page, indent=0))
    mean = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"articles={n_art} false_live={len(false_live)}  live={n_live} missed_live={len(missed_live)}  "
          f"article_body_f1={mean:.4f} (n={len(f1s)})  article_parse_s={spent:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
