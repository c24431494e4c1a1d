"""Extraction speed, in one process, against the floor of merely reading the files and finding quote marks.

Usage:  python bench/extract_speed.py [FILES or FOLDERS ...] [--repeat N]
Default input: the PolNeAR dev split in ../shared/data/polnear/data/dev/text.
Prints articles/s and MB/s for (1) reading + scanning for quote marks, (2) full extraction.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extract import extract  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev" / "text"
MARKS = re.compile("[\"“”‘’'«»]")


def files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args or [str(DEFAULT)]:
        p = Path(a)
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def run(paths: list[Path], repeat: int, work) -> tuple[float, int]:
    best = float("inf")
    nbytes = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        nbytes = 0
        for p in paths:
            data = p.read_bytes()
            nbytes += len(data)
            work(data.decode("utf-8"))
        best = min(best, time.perf_counter() - t0)
    return best, nbytes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement; the best is reported")
    args = ap.parse_args()
    paths = files(args.paths)
    extract("warm up “the lexicon,” he said.")  # load the lexicon outside the timing
    rows = [("read + scan quote marks (floor)", lambda t: MARKS.findall(t)),
            ("extract (direct + indirect)", lambda t: extract(t)),
            ("extract (direct only)", lambda t: extract(t, indirect=False))]
    print(f"{len(paths)} articles, best of {args.repeat} runs")
    for label, fn in rows:
        secs, nbytes = run(paths, args.repeat, fn)
        print(f"{label:34s} {secs:8.3f} s  {len(paths) / secs:9.0f} articles/s  {nbytes / secs / 1e6:7.2f} MB/s")


if __name__ == "__main__":
    main()
