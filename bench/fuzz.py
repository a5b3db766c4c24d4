#!/usr/bin/env python3
"""An atheris fuzz target for newsclean.parse: any exception other than ParseError is a bug.

    python -m pip install atheris
    python bench/fuzz.py -max_total_time=600           # ten minutes; findings are written as crash-*
    python bench/fuzz.py crash-<hash>                  # replay one

Each input is tried as sniffed, as HTML and as text. The seed corpus (bench/fuzz-seeds/, made on
first run from the shipped examples and fixtures) gives the fuzzer real page shapes to mutate.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

with atheris.instrument_imports():
    import newsclean

SEEDS = ROOT / "bench" / "fuzz-seeds"


def make_seeds() -> None:
    if SEEDS.exists():
        return
    SEEDS.mkdir(parents=True)
    for i, path in enumerate(sorted((ROOT / "tests" / "fixtures").iterdir())):
        if path.suffix in (".gz", ".txt"):
            data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            (SEEDS / f"seed-{i}").write_bytes(data[:20_000])


def test_one_input(data: bytes) -> None:
    for fmt in (None, "html", "text"):
        try:
            newsclean.parse(data, format=fmt)
        except newsclean.ParseError:
            pass


def main() -> None:
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        make_seeds()
        args.append(str(SEEDS))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
