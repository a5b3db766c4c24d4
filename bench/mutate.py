#!/usr/bin/env python3
"""A mutation fuzzer over real pages: an "internal error" (``parse`` wraps any exception of its
own as a ``ParseError`` with the cause chained) or any other exception is a crash, and so is a
page that takes longer than ``--hang`` seconds of CPU time (a profiling timer: neighbours on a
shared machine do not ring it).

    python bench/mutate.py --runs 2000                 # seeded, reproducible
    python bench/mutate.py --seconds 600 --seed 7      # ten minutes
    python bench/mutate.py --replay 7000123 -o page.bin  # rebuild (and rerun) one run's input

Seeds are the shipped real pages (``examples/`` and ``tests/fixtures/``; ``--pages DIR`` adds
more). Each run draws one to three mutations from a generator seeded with the run's own number
(``seed * 1_000_000 + run``), so a crash report names the one number that rebuilds its input:
cuts, splices of two pages, control and odd bytes, unbalanced and unclosed tags, huge attributes,
deep nesting bursts, and encoding swaps (re-encoding, a lying charset declaration, a BOM).
The report gives the runs, the crashes (each with its run seed), and the slowest page, by the
CPU time of this process (on a shared machine wall time mostly measures the neighbours; the
wall time is given beside it).
"""
from __future__ import annotations

import argparse
import gzip
import random
import signal
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402

PAGE_NAMES = (".html", ".htm", ".txt", ".html.gz", ".txt.gz")


def load_seeds(extra: list[Path] = ()) -> list[bytes]:
    """The real pages shipped with the project (and any under ``extra``), decompressed."""
    pages = []
    for folder in (ROOT / "examples", ROOT / "tests" / "fixtures", *extra):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.name.lower().endswith(PAGE_NAMES):
                data = path.read_bytes()
                pages.append(gzip.decompress(data) if path.name.endswith(".gz") else data)
    return pages


# -- mutations: each takes (rng, page, seeds) and returns the new page ----------------------------

def cut(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """Truncate the page, or take a slice out of its middle (tags cut in half included)."""
    if not page:
        return page
    a = rng.randrange(len(page))
    if rng.random() < 0.5:
        return page[:a]
    b = min(len(page), a + rng.randrange(1, 1 + max(1, len(page) // 4)))
    return page[:a] + page[b:]


def splice(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """The head of this page joined to the tail of another, at arbitrary bytes."""
    other = rng.choice(seeds)
    return page[:rng.randrange(len(page) + 1)] + other[rng.randrange(len(other) + 1):]


ODD_BYTES = [bytes([b]) for b in (*range(0, 9), 11, 12, *range(14, 32), 0x7F)] + [
    b"\xed\xa0\x80",          # a UTF-8-encoded lone surrogate
    b"\xef\xbf\xbe", b"\xef\xbf\xbf",  # U+FFFE, U+FFFF
    b"\xc2\x85", b"\xc3", b"\xff\xfe", b"\x80", b"&#0;", b"&#xD800;", b"&#x1;", b"&#xFFFE;",
]


def control_bytes(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """Control characters, NULs, broken UTF-8 and numeric references to forbidden characters,
    dropped at random places (some inside text, some inside tags)."""
    out = bytearray(page)
    for _ in range(rng.randint(1, 40)):
        pos = rng.randrange(len(out) + 1)
        out[pos:pos] = rng.choice(ODD_BYTES) * rng.choice((1, 1, 1, 3, 50))
    return bytes(out)


BROKEN_TAGS = [b"<div>", b"</div>", b"<p>", b"</p>", b"<table>", b"<tr><td>", b"</td></tr>", b"<li>", b"</ul>",
               b"<!--", b"-->", b"<script>", b"</script>", b"<style>", b"<![CDATA[", b"<time datetime='",
               b"<article class='post'>", b"</article>", b"<h2>", b"<a href='", b"<svg><math>", b"<template>",
               b"<noscript>", b"<plaintext>", b"<textarea>", b"<title>", b"<iframe>", b"<", b">", b"</", b"<!DOCTYPE",
               b"<?xml version='1.0'?>", b"<html>", b"</body>", b"<frameset>", b"<select><option>"]


def broken_tags(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """Unbalanced, unclosed and misplaced tags, comments and raw-text elements."""
    out = bytearray(page)
    for _ in range(rng.randint(1, 30)):
        pos = rng.randrange(len(out) + 1)
        out[pos:pos] = rng.choice(BROKEN_TAGS)
    return bytes(out)


def huge_attribute(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """An element with an attribute (or a class list) of up to a few megabytes."""
    n = rng.choice((10_000, 300_000, 2_000_000))
    value = rng.choice((b"a", b"x ", b"&amp;", b"\xc3\xa9", b"live-post ")) * (n // 5)
    tag = rng.choice((b"div", b"article", b"time", b"img", b"a"))
    attr = rng.choice((b"class", b"data-x", b"datetime", b"src", b"style"))
    pos = rng.randrange(len(page) + 1)
    closing = b"" if rng.random() < 0.3 else b'">text</' + tag + b">"
    return page[:pos] + b"<" + tag + b" " + attr + b'="' + value + closing + page[pos:]


def deep_nesting(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """A burst of thousands of nested (and maybe never closed) elements."""
    depth = rng.choice((300, 3_000, 30_000))
    tag = rng.choice((b"div", b"b", b"span", b"blockquote", b"li", b"table", b"article"))
    pos = rng.randrange(len(page) + 1)
    inner = b"<" + tag + b">" + b"text " * rng.randint(0, 3)
    close = b"</" + tag + b">" if rng.random() < 0.5 else b""
    return page[:pos] + inner * depth + close * depth + page[pos:]


ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "shift_jis", "koi8-r", "gb18030",
             "utf-8-sig")


def encoding_swap(rng: random.Random, page: bytes, seeds: list[bytes]) -> bytes:
    """Re-encode the page, declare a charset it is not in, or add a byte-order mark."""
    choice = rng.randrange(3)
    if choice == 0:
        text = page.decode("utf-8", "replace")
        return text.encode(rng.choice(ENCODINGS), "replace")
    if choice == 1:
        decl = b'<meta charset="' + rng.choice(ENCODINGS + ("nonsense-8", "")).encode() + b'">'
        return decl + page
    return rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00")) + page


MUTATIONS: dict[str, Callable[[random.Random, bytes, list[bytes]], bytes]] = {
    f.__name__: f for f in (cut, splice, control_bytes, broken_tags, huge_attribute, deep_nesting, encoding_swap)}
MAX_PAGE = 8 * 1024 * 1024


def make_input(run_seed: int, seeds: list[bytes]) -> tuple[bytes | str, str | None, list[str]]:
    """The input of one run, its format argument, and the mutations applied, from its seed alone."""
    rng = random.Random(run_seed)
    page = rng.choice(seeds)
    names = rng.sample(sorted(MUTATIONS), rng.randint(1, 3))
    for name in names:
        page = MUTATIONS[name](rng, page, seeds)[:MAX_PAGE]
    fmt = rng.choice((None, None, "html", "text"))
    if rng.random() < 0.2:  # str input skips byte decoding: lone surrogates arrive as they are
        return page.decode("utf-8", "surrogateescape"), fmt, names
    return page, fmt, names


class Hang(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only on a hang
    raise Hang()


@dataclass
class Report:
    runs: int = 0
    parse_errors: int = 0
    crashes: list[tuple[int, str, list[str]]] = field(default_factory=list)
    slowest: tuple[float, float, int, int] = (0.0, 0.0, 0, 0)  # CPU seconds, wall seconds, run seed, bytes
    seconds: float = 0.0

    def line(self) -> str:
        cpu, wall, s, n = self.slowest
        return (f"mutate: {self.runs} runs in {self.seconds:.0f} s, {len(self.crashes)} crashes, "
                f"{self.parse_errors} ParseErrors, slowest page {cpu:.2f} s CPU ({wall:.2f} s wall; "
                f"run seed {s}, {n:,} bytes)")


def run(seeds: list[bytes], *, seed: int = 0, runs: int | None = None, seconds: float | None = None,
        hang: float = 60.0, log: Callable[[str], None] | None = None) -> Report:
    """Mutate and parse until ``runs`` or ``seconds`` is reached; never raises for a crash."""
    report = Report()
    start = time.perf_counter()
    use_alarm = hang > 0 and hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGPROF, _alarm)
    try:
        i = 0
        while (runs is None or i < runs) and (seconds is None or time.perf_counter() - start < seconds):
            run_seed = seed * 1_000_000 + i
            i += 1
            data, fmt, names = make_input(run_seed, seeds)
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_PROF, hang)
                newsclean.parse(data, format=fmt)
            except newsclean.ParseError as e:
                if not str(e).startswith("internal error"):
                    report.parse_errors += 1
                elif isinstance(e.__cause__, Hang):  # the alarm rang inside parse(), which wrapped it
                    report.crashes.append((run_seed, f"hang: over {hang} s of CPU", names))
                else:  # parse() wraps a bug as "internal error": still a crash to the fuzzer
                    where = traceback.extract_tb(e.__cause__.__traceback__)[-1]
                    report.crashes.append((run_seed, f"{e} ({where.filename}:{where.lineno})", names))
            except Hang:
                report.crashes.append((run_seed, f"hang: over {hang} s of CPU", names))
            except Exception as e:  # noqa: BLE001 - that is what we are looking for
                where = traceback.extract_tb(e.__traceback__)[-1]
                report.crashes.append((run_seed, f"{type(e).__name__}: {e} ({where.filename}:{where.lineno})", names))
            finally:
                if use_alarm:
                    signal.setitimer(signal.ITIMER_PROF, 0)
            cpu, wall = time.process_time() - c0, time.perf_counter() - t0
            report.runs += 1
            if cpu > report.slowest[0]:
                report.slowest = (cpu, wall, run_seed, len(data))
            if log and report.crashes and report.crashes[-1][0] == run_seed:
                log(f"crash: run seed {run_seed} ({'+'.join(names)}): {report.crashes[-1][1]}")
            if log and report.runs % 500 == 0:
                report.seconds = time.perf_counter() - start
                log(report.line())
    finally:
        if use_alarm:
            signal.signal(signal.SIGPROF, previous)
    report.seconds = time.perf_counter() - start
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=0, help="base seed (default 0)")
    ap.add_argument("--runs", type=int, help="stop after this many runs")
    ap.add_argument("--seconds", type=float, help="stop after this long")
    ap.add_argument("--hang", type=float, default=60.0, help="a parse using more CPU seconds than this is a crash (default 60)")
    ap.add_argument("--pages", type=Path, action="append", default=[], help="another folder of seed pages")
    ap.add_argument("--replay", type=int, help="rebuild and parse the input of this run seed")
    ap.add_argument("-o", "--output", type=Path, help="with --replay: write the input here")
    a = ap.parse_args(argv)
    seeds = load_seeds(a.pages)
    if a.replay is not None:
        data, fmt, names = make_input(a.replay, seeds)
        print(f"run seed {a.replay}: {'+'.join(names)}, format={fmt}, {len(data):,} {type(data).__name__}")
        if a.output:
            a.output.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogateescape"))
        try:
            newsclean.parse(data, format=fmt)
        except newsclean.ParseError as e:
            print(f"ParseError: {e}")
        return 0
    if a.runs is None and a.seconds is None:
        a.runs = 1000
    report = run(seeds, seed=a.seed, runs=a.runs, seconds=a.seconds, hang=a.hang,
                 log=lambda s: print(s, flush=True))
    print(report.line())
    for run_seed, what, names in report.crashes:
        print(f"  crash: run seed {run_seed} ({'+'.join(names)}): {what}")
    return 1 if report.crashes else 0


if __name__ == "__main__":
    sys.exit(main())
