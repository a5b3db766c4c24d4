#!/usr/bin/env python3
"""``newsclean batch`` over every real page in the shared folders, at ``-j 1`` and ``-j 2``.

    python bench/corpus.py [--shared ../shared] [--jobs 1 2] [--timeout 60] [--markdown docs/benchmarks.md]

Inputs: ``corpus/``, ``golden/`` and ``bench/`` under the shared folder, as `newsclean batch`
discovers them (page files: .html, .htm, .txt, each maybe .gz; truth files and other tools'
outputs are passed over). For each worker count the table gives the pages, how many failed and
why (a crash, an internal error, would be a bug; a ParseError is a page refused with a reason; a
timeout is a page over budget), per-page CPU time (p50, p99, max, from ``--timings``), the peak
resident memory of the biggest worker, and pages per second of wall time for the whole run.
"""
from __future__ import annotations

import argparse
import collections
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("corpus", "golden", "bench")


def run_batch(inputs: list[str], jobs: int, timeout: float, work: Path) -> dict:
    out, timings = work / f"out-j{jobs}.jsonl", work / f"timings-j{jobs}.tsv"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "newsclean.cli", "batch", *inputs, "-o", str(out), "-j", str(jobs),
                        "--timeout", str(timeout), "--timings", str(timings), "--no-progress"],
                       capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t0
    rows = [line.split("\t") for line in timings.read_text(encoding="utf-8").splitlines()[1:]]
    cpu = sorted(float(r_[1]) for r_ in rows)
    peak: dict[str, float] = collections.defaultdict(float)
    for r_ in rows:
        peak[r_[3]] = max(peak[r_[3]], float(r_[4]))
    errors = [line for line in r.stderr.splitlines() if line.startswith("newsclean: ") and " written, " not in line]
    kinds = collections.Counter("crash" if "internal error" in e else "timeout" if "timed out" in e else "refused"
                                for e in errors)
    slowest = max(rows, key=lambda r_: float(r_[1]))
    return {"jobs": jobs, "pages": len(rows), "exit": r.returncode, "failed": dict(kinds), "errors": errors,
            "p50": statistics.median(cpu), "p99": cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))], "max": cpu[-1],
            "slowest": slowest[0], "peak_mib": max(peak.values()), "wall": wall, "pages_per_s": len(rows) / wall,
            "tail": r.stderr.splitlines()[-1:] }


def table(results: list[dict]) -> list[str]:
    lines = ["| jobs | pages | crashes | timeouts | refused | CPU ms p50 | p99 | max | peak MiB per worker | wall s | pages/s |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        f = r["failed"]
        lines.append(f"| {r['jobs']} | {r['pages']:,} | {f.get('crash', 0)} | {f.get('timeout', 0)} | {f.get('refused', 0)} | "
                     f"{r['p50'] * 1000:.0f} | {r['p99'] * 1000:.0f} | {r['max'] * 1000:.0f} | {r['peak_mib']:.0f} | "
                     f"{r['wall']:.0f} | {r['pages_per_s']:.1f} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--timeout", type=float, default=60.0, help="per-page budget in seconds (default 60)")
    ap.add_argument("--markdown", type=Path, help="rewrite the table between the corpus-table markers of this page")
    a = ap.parse_args(argv)
    inputs = [str(a.shared / f) for f in FOLDERS if (a.shared / f).is_dir()]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in a.jobs:
            r = run_batch(inputs, jobs, a.timeout, Path(tmp))
            results.append(r)
            print(f"-j {jobs}: {r['pages']} pages, exit {r['exit']}, failed {r['failed']}, "
                  f"slowest {r['slowest']} ({r['max']:.2f} s CPU), {r['tail']}", flush=True)
            for e in r["errors"]:
                print(f"  {e}")
    print("\n".join(table(results)))
    if a.markdown:
        import re
        text = a.markdown.read_text(encoding="utf-8")
        text = re.sub(r"<!-- corpus-table -->.*?<!-- /corpus-table -->",
                      "<!-- corpus-table -->\n" + "\n".join(table(results)) + "\n<!-- /corpus-table -->", text, flags=re.S)
        a.markdown.write_text(text, encoding="utf-8")
    return 1 if any(r["failed"].get("crash") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
