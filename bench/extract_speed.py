"""Extraction speed, in one process, against the floor of merely reading the files and finding quote marks.

Usage:  python bench/extract_speed.py [FILES or FOLDERS ...] [--repeat N]   (default N: 30)
Default input: the PolNeAR dev split in ../shared/data/polnear/data/dev/text.
Prints articles/s and MB/s for (1) reading + scanning for quote marks, (2) full extraction, and which form of
the extractor ran: compiled (mypyc, as installed) or its Python source (CLAIMS_PURE=1 asks for it).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extract import extract, native  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev" / "text"
MARKS = re.compile("[\"“”‘’'«»]")


def files(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args or [str(DEFAULT)]:
        p = Path(a)
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def run(paths: list[Path], repeat: int, work) -> tuple[float, float, int]:
    """Best wall-clock and best CPU seconds over ``repeat`` runs, and the bytes read per run.

    Wall-clock time on a shared machine includes time the process was not running at all; CPU
    time does not, so it is the steadier figure of the two."""
    best_wall = best_cpu = float("inf")
    nbytes = 0
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        nbytes = 0
        for p in paths:
            data = p.read_bytes()
            nbytes += len(data)
            work(data.decode("utf-8"))
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, nbytes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=30, help="runs per measurement; the best is reported")
    args = ap.parse_args()
    paths = files(args.paths)
    extract("warm up “the lexicon,” he said.")  # load the lexicon outside the timing
    rows = [("read + scan quote marks (floor)", lambda t: MARKS.findall(t)),
            ("extract (direct + indirect)", lambda t: extract(t)),
            ("extract (direct only)", lambda t: extract(t, indirect=False))]
    print(f"{len(paths)} articles, best of {args.repeat} runs; wall-clock, then CPU time; extractor: {native.status()}")
    for label, fn in rows:
        wall, cpu, nbytes = run(paths, args.repeat, fn)
        print(f"{label:34s} wall {wall:6.3f} s {len(paths) / wall:8.0f} articles/s {nbytes / wall / 1e6:6.2f} MB/s"
              f" | cpu {cpu:6.3f} s {len(paths) / cpu:8.0f} articles/s")


if __name__ == "__main__":
    main()
