#!/usr/bin/env python3
"""newsclean beside trafilatura (and readability-lxml, when installed), in one process.

    python bench/run.py [--shared ../shared] [--repeat 5]

Corpora:
  live     the dev corpus's live-blog HTML pages (shared/corpus/dev/*.html)
  articles the article-extraction benchmark (shared/bench/article-extraction-benchmark, 181 pages)
  text     the shipped scraped-text example (examples/bbc-live.txt); newsclean only, since the
           others take HTML

For each corpus, systems alternate page by page, so machine noise hits all alike. The table
gives each system's median time per page, its total, the ratio to trafilatura, and peak memory
(tracemalloc, in a separate pass so tracing does not skew the timings). A second table shows how
newsclean's cost per byte grows when a live page, an article (the shipped Guardian fixture) and
the text example are grown to 20 MB by repeating their posts (or paragraphs). ``--only growth``
runs that table alone.
"""
from __future__ import annotations

import argparse
import gc
import gzip
import json
import platform
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402


def clear_caches() -> None:
    """newsclean memoises its line-shape tests, its class-string roles and its JSON key kinds;
    the benchmark parses the same pages again and again, so it starts every parse with empty
    caches to time a page seen for the first time. (Loaded data, CLDR names and phrase packs,
    stays: a worker loads it once.)"""
    from newsclean import html_roles, meta_bylines, script_state, shapes, text_times, times
    for module in (shapes, times, text_times, html_roles, script_state, meta_bylines):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def nc_html(page: bytes) -> str:
    clear_caches()
    return newsclean.parse(page, format="html").text


def nc_text(page: bytes) -> str:
    clear_caches()
    return newsclean.parse(page, format="text").text


def trafilatura_extract(page: bytes) -> str:
    import trafilatura
    return trafilatura.extract(page) or ""


def readability_extract(page: bytes) -> str:
    from lxml.html import fromstring
    from readability import Document
    return fromstring(Document(page).summary()).text_content()


def systems(html: bool) -> dict[str, Callable[[bytes], str]]:
    out: dict[str, Callable[[bytes], str]] = {"newsclean": nc_html if html else nc_text}
    if html:
        out["trafilatura"] = trafilatura_extract
        try:
            import readability  # noqa: F401
            out["readability"] = readability_extract
        except ImportError:
            pass
    return out


def load_corpora(shared: Path) -> dict[str, list[bytes]]:
    live = [p.read_bytes() for p in sorted((shared / "corpus/dev").glob("*.html")) if ".nojsonld." not in p.name]
    aeb = sorted((shared / "bench/article-extraction-benchmark/html").glob("*.html.gz"))
    articles = [gzip.decompress(p.read_bytes()) for p in aeb]
    text = [(ROOT / "examples/bbc-live.txt").read_bytes()]
    return {"live": live, "articles": articles, "text": text}


def time_corpus(pages: list[bytes], fns: dict[str, Callable[[bytes], str]], repeat: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {n: [] for n in fns}
    for _ in range(repeat):
        for page in pages:
            for name, fn in fns.items():
                gc.disable()
                t0 = time.perf_counter()
                fn(page)
                times[name].append(time.perf_counter() - t0)
                gc.enable()
    return times


def peak_memory(pages: list[bytes], fn: Callable[[bytes], str]) -> float:
    tracemalloc.start()
    for page in pages:
        fn(page)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


SIZES = (100_000, 300_000, 1_000_000, 3_000_000, 10_000_000, 20_000_000)


def scaled_live_page(page: bytes, target: int) -> bytes:
    """The page grown to about ``target`` bytes by repeating its feed's posts (times and all)."""
    import math

    from lxml import html as lxml_html

    from newsclean.feed import find_post_containers
    from newsclean.html_front import parse_tree
    tree = parse_tree(page.decode("utf-8", "replace"))
    posts = find_post_containers(tree)
    assert posts, "the scaling page must be a live blog"
    parent = posts[0].getparent()
    serialized = [lxml_html.tostring(p) for p in posts]
    rounds = max(0, math.ceil((target - len(page)) / sum(map(len, serialized))))
    for i in range(rounds):
        for html in serialized:
            parent.append(_distinct(lxml_html.fromstring(html), i))
    return lxml_html.tostring(tree, encoding="utf-8")


def scaled_article(page: bytes, target: int) -> bytes:
    """An article grown to about ``target`` bytes: one long body, its paragraphs repeated."""
    import copy
    import math

    from lxml import html as lxml_html

    from newsclean.bigpage import main_container
    from newsclean.html_front import parse_tree
    tree = parse_tree(page.decode("utf-8", "replace"))
    body = main_container(tree)
    assert body is not None, "the scaling page must have an article body"
    paragraphs = [p for p in body if p.tag == "p"]
    grow = sum(len(lxml_html.tostring(p)) for p in paragraphs)
    for i in range(max(0, math.ceil((target - len(page)) / grow))):
        for p in paragraphs:
            body.append(_distinct(copy.deepcopy(p), i))
    return lxml_html.tostring(tree, encoding="utf-8")


def _distinct(el, i: int):
    """A copy made distinct (no memo carries over between copies)."""
    el.text = f"({i}) {el.text or ''}"
    return el


def scaled_text(page: bytes, target: int) -> bytes:
    """The text example with its feed (everything from the first post on) repeated to ``target`` bytes."""
    text = page.decode("utf-8")
    head, sep, feed = text.partition("What's been happening?")
    copies = []
    for i in range(max(1, round(target / len(page)))):  # each copy's body lines made distinct
        lines = (sep + feed).split("\n")
        copies.append("\n".join(f"{line} (copy {i})" if len(line) > 60 else line for line in lines))
    return (head + "\n".join(copies)).encode("utf-8")


def cost_per_byte(page: bytes, scale: Callable[[bytes, int], bytes], fn: Callable[[bytes], str],
                  repeat: int) -> list[tuple[float, int, float, float]]:
    """Rows (scale, bytes, median seconds, cost per byte relative to the page as it is) for the page
    as it is and grown to each of `SIZES` (20 MB at most), best of 3 runs (of 2 from 3 MB up, of 10
    for the page as it is)."""
    rows = []
    base = None
    for target in (0, *(t for t in SIZES if t > len(page) * 1.5)):
        data = scale(page, target) if target else page
        runs = []
        # the 1x time is every ratio's denominator: best of 10 (a disturbed best-of-3 flattered them)
        for _ in range(10 if not target else max(3, repeat) if len(data) < 3_000_000 else 2):
            t0 = time.process_time()  # CPU time: on a shared machine, wall time measures the neighbours
            fn(data)
            runs.append(time.process_time() - t0)
        best = min(runs)  # the least disturbed run, as timeit takes it
        per_byte = best / len(data)
        base = base or per_byte
        rows.append((len(data) / len(page), len(data), best, per_byte / base))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3, help="passes over each corpus (default 3)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--markdown", type=Path, help="rewrite the tables between the markers of this page")
    ap.add_argument("--only", choices=["speed", "growth"], help="run one of the two tables")
    a = ap.parse_args(argv)
    corpora = load_corpora(a.shared)
    import trafilatura
    print(f"machine: {platform.machine()}, {platform.processor() or platform.system()}, Python {platform.python_version()}, "
          f"newsclean {newsclean.__version__}, trafilatura {trafilatura.__version__}")
    report: dict = {"corpora": {}, "scaling": {}}
    print(f"\n{'corpus':9} {'pages':>5} {'system':12} {'median ms':>10} {'total s':>8} {'vs traf.':>8} {'peak MiB':>9}")
    for corpus, pages in corpora.items() if a.only != "growth" else ():
        if not pages:
            print(f"{corpus:9} (not found under {a.shared})")
            continue
        fns = systems(html=corpus != "text")
        # A first pass over every page loads what a process loads once (imports, dateparser's
        # locales for htmldate, each language's rule matchers): timed apart, as the cold pass.
        cold = time_corpus(pages, fns, 1)
        if "trafilatura" in cold:
            print(f"{corpus:9} first pass, one-time loads included: newsclean {sum(cold['newsclean']):.2f} s, "
                  f"trafilatura {sum(cold['trafilatura']):.2f} s ({sum(cold['newsclean']) / sum(cold['trafilatura']):.2f}x)")
            report.setdefault("first_pass_vs_trafilatura", {})[corpus] = (
                sum(cold["newsclean"]) / sum(cold["trafilatura"]))
        times = time_corpus(pages, fns, a.repeat if corpus != "text" else max(a.repeat, 50))
        base = sum(times["trafilatura"]) if "trafilatura" in times else None
        for name, ts in times.items():
            med = statistics.median(ts) * 1000
            total = sum(ts) / (a.repeat if corpus != "text" else max(a.repeat, 50))
            ratio = f"{sum(ts) / base:.2f}x" if base else "-"
            mem = peak_memory(pages, fns[name])
            print(f"{corpus:9} {len(pages):5} {name:12} {med:10.2f} {total:8.2f} {ratio:>8} {mem:9.1f}")
            report["corpora"].setdefault(corpus, {})[name] = {"median_ms": med, "total_s": total,
                                                              "vs_trafilatura": sum(ts) / base if base else None,
                                                              "peak_mib": mem}
    print("\ncost per byte as input grows (newsclean; 1.00 = cost per byte at 1x)")
    print(f"{'input':7} {'scale':>7} {'bytes':>10} {'CPU ms':>10} {'per byte':>9}")
    # a page that is mostly its feed, so that repeating posts grows the whole input
    live_page = next((p for p in corpora.get("live", ()) if b"article__body--liveblog" in p), corpora["live"][0] if corpora.get("live") else None)
    article_page = gzip.decompress((ROOT / "tests/fixtures/guardian-article-2024-02-24-valencia-fire.html.gz").read_bytes())
    cases = [("article", article_page, scaled_article, nc_html), ("text", corpora["text"][0], scaled_text, nc_text)]
    if a.only == "speed":
        cases = []
    elif live_page:
        cases.insert(0, ("live", live_page, scaled_live_page, nc_html))
    for label, page, scale, fn in cases:
        for k, size, secs, rel in cost_per_byte(page, scale, fn, a.repeat):
            print(f"{label:7} {k:6.0f}x {size:10} {secs * 1000:10.1f} {rel:8.2f}x", flush=True)
            report["scaling"].setdefault(label, []).append({"scale": k, "bytes": size, "ms": secs * 1000, "per_byte": rel})
    if a.json:
        a.json.write_text(json.dumps(report, indent=2))
    if a.markdown:
        write_markdown(a.markdown, report, {name: len(pages) for name, pages in corpora.items()})
    return 0


def write_markdown(path: Path, report: dict, pages: dict[str, int]) -> None:
    import re

    speed = ["| corpus | pages | system | median ms | total s | vs trafilatura | peak MiB |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: |"]
    for corpus, by_system in report["corpora"].items():
        for name, v in by_system.items():
            ratio = f"{v['vs_trafilatura']:.2f}x" if v["vs_trafilatura"] else "-"
            speed.append(f"| {corpus} | {pages[corpus]} | {name} | {v['median_ms']:.2f} | {v['total_s']:.2f} | "
                         f"{ratio} | {v['peak_mib']:.1f} |")
    scaling = ["| input | scale | bytes | CPU ms (best run) | cost per byte vs 1x |", "| --- | ---: | ---: | ---: | ---: |"]
    for label, rows in report["scaling"].items():
        for r in rows:
            scaling.append(f"| {label} | {r['scale']:.0f}x | {r['bytes']:,} | {r['ms']:.1f} | {r['per_byte']:.2f}x |")
    text = path.read_text(encoding="utf-8")
    for marker, table in (("speed-table", speed), ("scaling-table", scaling)):
        if len(table) == 2:  # not run this time: keep the page's table
            continue
        text = re.sub(rf"<!-- {marker} -->.*?<!-- /{marker} -->",
                      f"<!-- {marker} -->\n" + "\n".join(table) + f"\n<!-- /{marker} -->", text, flags=re.S)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
