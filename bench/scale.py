"""Matching at scale: group N quotes from scratch, then add one article, with time and peak memory.

    python bench/scale.py                       # 10,000, 100,000 and 1,000,000 quotes (about 25 minutes:
                                                # storing the million, 170,000 articles, takes 18)
    python bench/scale.py --quotes 10000 100000 # smaller sizes only
    python bench/scale.py --keep DIR            # keep the corpora and databases in DIR (a later run
                                                # with the same DIR matches them again without rebuilding)

For each size it generates a corpus (bench/generate.py, about 6 quotes per article), stores every
article and its quotes without linking them (extraction and storage, timed apart), then times the
stage the target is about, matching from scratch: ``ingest.relink`` (candidate pairs by shared rare
word 5-grams and by speaker and week, scoring, grouping, writing statements). Then it ingests one more
article into that database, as a user would, and times it. Each stage runs in its own process, so
the peak memory printed (ru_maxrss) is that stage's own.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

QUOTES_PER_ARTICLE = 6.0  # generate.py's articles hold 3-8 reports, and some reported speech


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stage_build(corpus: Path, db: Path, articles: int, seed: int) -> dict:
    """Generate the corpus and store its articles and quotes, unlinked."""
    from generate import generate

    from claims.ingest import ingest_article
    from claims.source import read_articles
    from claims.store import Store

    t0 = time.perf_counter()
    generate(corpus, articles, seed)
    t1 = time.perf_counter()
    store = Store.open(db)
    quotes = 0
    try:
        store.set_setting("links", "pending")
        for a in read_articles([str(corpus)]):
            quotes += ingest_article(store, a, link_now=False)[1]
    finally:
        store.close()
    t2 = time.perf_counter()
    return {"articles": articles, "quotes": quotes, "generate_s": t1 - t0, "store_s": t2 - t1, "peak_mb": _peak_mb()}


def stage_match(db: Path) -> dict:
    """Match every stored quote from scratch."""
    from claims.ingest import relink
    from claims.store import Store

    store = Store.open(db)
    try:
        t0 = time.perf_counter()
        with store.atomic():
            relink(store, reshingle=False)
        took = time.perf_counter() - t0
        counts = store.counts()
        links = store.q("SELECT count(*) FROM quote_links")[0][0]
    finally:
        store.close()
    return {"match_s": took, "statements": counts["statements"], "links": links, "peak_mb": _peak_mb()}


def stage_add(db: Path, extra: Path) -> dict:
    """Ingest one more article into the matched database, as ``claims ingest`` does."""
    from claims.ingest import ingest
    from claims.source import read_articles
    from claims.store import Store

    articles = read_articles([str(extra)])
    store = Store.open(db)
    try:
        t0 = time.perf_counter()
        res = ingest(store, articles[:1])
        took = time.perf_counter() - t0
    finally:
        store.close()
    return {"add_ms": took * 1000, "add_quotes": res.quotes, "peak_mb": _peak_mb()}


def _extra_article(folder: Path, seed: int) -> Path:
    """The article to add: of 200 generated with another seed, the one with the most quotes."""
    from generate import generate

    if not folder.exists():
        generate(folder, 200, seed)

    def quotes(p: Path) -> int:
        text = p.read_text(encoding="utf-8")
        return text.count("“") + text.count('"') // 2

    return max(sorted(folder.glob("*.txt")), key=quotes)


def _child(stage: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--stage", stage, *args], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quotes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write corpora and databases here (default: a temporary folder)")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.stage:  # one stage, in a child process: print its figures as JSON
        fn = {"build": lambda: stage_build(Path(a.args[0]), Path(a.args[1]), int(a.args[2]), int(a.args[3])),
              "match": lambda: stage_match(Path(a.args[0])),
              "add": lambda: stage_add(Path(a.args[0]), Path(a.args[1]))}[a.stage]
        print(json.dumps(fn()))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base = a.keep or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        extra = _extra_article(base / "extra", a.seed + 1000)
        print(f"{'quotes':>9} {'articles':>8} | {'store s':>7} | {'match s':>7} {'quotes/s':>8} {'peak MB':>7} "
              f"| {'links':>8} {'statements':>10} | {'+1 article ms':>13}")
        for n in a.quotes:
            articles = max(1, round(n / QUOTES_PER_ARTICLE))
            corpus, stored, db = base / f"corpus-{n}", base / f"stored-{n}.db", base / f"claims-{n}.db"
            built = base / f"stored-{n}.json"
            if built.exists() and stored.exists():  # kept from an earlier run (--keep): only match again
                build = json.loads(built.read_text())
            else:
                build = _child("build", str(corpus), str(stored), str(articles), str(a.seed))
                built.write_text(json.dumps(build))
            for p in db.parent.glob(db.name + "*"):
                p.unlink()
            shutil.copyfile(stored, db)
            match = _child("match", str(db))
            add = _child("add", str(db), str(extra))
            print(f"{build['quotes']:>9,} {articles:>8,} | {build['store_s']:>7.1f} | {match['match_s']:>7.1f} "
                  f"{build['quotes'] / match['match_s']:>8,.0f} {match['peak_mb']:>7,.0f} | {match['links']:>8,} "
                  f"{match['statements']:>10,} | {add['add_ms']:>13.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
