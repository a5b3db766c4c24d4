#!/usr/bin/env python3
"""An atheris fuzz target for newsclean.parse: any exception other than ParseError is a bug.

    python -m pip install atheris
    python bench/fuzz.py -max_total_time=600 -max_len=2000000   # ten minutes; findings are written as crash-*
    python bench/fuzz.py crash-<hash>                  # replay one

Each input is tried as sniffed, as HTML and as text. The seed corpus (bench/fuzz-seeds/, made on
first run from the shipped examples and fixtures, whole, and 300 of bench/mutate.py's mutations of
them) gives the fuzzer real page shapes to mutate.
"""
from __future__ import annotations

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

with atheris.instrument_imports():
    import newsclean

SEEDS = ROOT / "bench" / "fuzz-seeds"


def make_seeds() -> None:
    """Real pages (the shipped examples and fixtures, whole) and a few hundred mutations of them
    by bench/mutate.py, so the fuzzer starts from real page shapes rather than from nothing."""
    if SEEDS.exists():
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from mutate import load_seeds, make_input

    SEEDS.mkdir(parents=True)
    pages = load_seeds()
    for i, page in enumerate(pages):
        (SEEDS / f"page-{i}").write_bytes(page)
    for run_seed in range(300):
        data, _, names = make_input(run_seed, pages)
        if isinstance(data, bytes) and len(data) < 2_000_000:
            (SEEDS / f"mutant-{run_seed}-{'+'.join(names)}").write_bytes(data)


def test_one_input(data: bytes) -> None:
    for fmt in (None, "html", "text"):
        try:
            newsclean.parse(data, format=fmt)
        except newsclean.ParseError as e:
            if str(e).startswith("internal error"):  # parse() wraps its own bugs; re-raise the cause
                raise e.__cause__ from None


def main() -> None:
    args = list(sys.argv)
    if not any(not a.startswith("-") for a in args[1:]):
        make_seeds()
        args.append(str(SEEDS))
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
