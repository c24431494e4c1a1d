"""Score statement matching on a generated corpus (bench/generate.py) against its truth file.

    python bench/match_eval.py --articles 2000 --seed 1        # generate, ingest, score
    python bench/match_eval.py --corpus DIR                      # score a corpus already written

Prints: how many reports extraction found (with the right speaker), statement pair precision and
recall (a pair is two reports, in different articles, of one statement), recall by the variation
that separates the pair, the relation label accuracy of linked pairs, the stated-day accuracy, and
the ingest time.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import BRITISH, MEDIA, generate

from claims.api import ingest_paths, with_store
from claims.compare import compare
from claims.match import SURE

AMERICAN = {b: a for a, b in BRITISH.items()}


def expected_text_relation(ta: str, tb: str) -> str:
    """The text relation two reports should get, from their words as the generator wrote them: the
    same words (quote marks and closing punctuation aside), the same up to punctuation, case and the
    generator's British spellings, one a contiguous part of the other, reworded, or, when fewer than
    half the longer one's words are kept in order, a paraphrase."""
    def plain(t: str) -> list[str]:
        return t.rstrip(" ,.;:").replace("“", '"').replace("”", '"').replace("’", "'").split()

    def folded(t: str) -> list[str]:
        out = []
        for w in plain(t):
            w = w.lower().strip(",.;:!?\"'")
            for uk, us in AMERICAN.items():
                if w.startswith(uk):
                    w = us + w[len(uk):]
            out.extend(w.replace("-", " ").split())
        return out

    if plain(ta) == plain(tb):
        return "identical"
    fa, fb = folded(ta), folded(tb)
    if fa == fb:
        return "punctuation"
    short, long_ = sorted((fa, fb), key=len)
    if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return "contained"
    kept = sum(m.size for m in difflib.SequenceMatcher(a=fa, b=fb, autojunk=False).get_matching_blocks())
    return "reworded" if kept >= 0.5 * len(long_) else "paraphrase"  # most words changed


def expected_relation(ma: dict, mb: dict) -> str:
    """The headline relation of two reports: the first attribution detail both state differently
    (speaker, day, place or medium, intermediary), else their text relation."""
    if ma["speaker_shown_id"] != mb["speaker_shown_id"]:
        return "different speaker"
    if ma["stated_date"] and mb["stated_date"] and ma["stated_date"] != mb["stated_date"]:
        return "different date"
    city_a, city_b = (m["place"] if m["place"] not in MEDIA else None for m in (ma, mb))
    medium_a, medium_b = (m["place"] if m["place"] in MEDIA else None for m in (ma, mb))
    if (city_a and city_b and city_a != city_b) or (medium_a and medium_b and medium_a != medium_b):
        return "different place"
    if ma["via"] != mb["via"]:
        return "different intermediary"
    return expected_text_relation(ma["text"], mb["text"])


def pair_kind(va: set[str], vb: set[str]) -> str:
    diff = (va | vb) - {"verbatim"}
    for k in ("translation", "wrong_speaker", "swap", "truncated", "cut", "extra_clause", "different_day",
              "different_place", "spelling", "punctuation", "case"):
        if k in diff:
            return k
    return "verbatim"


def score(corpus: Path, db: Path) -> dict:
    truth = json.loads((corpus / "truth.json").read_text(encoding="utf-8"))
    speakers = {s["id"]: s for s in truth["speakers"]}
    members = []  # (statement index, member)
    for si, st in enumerate(truth["statements"]):
        for m in st["members"]:
            members.append((si, st, m))

    stored = {q.id: q for q in with_store(db, lambda store: store.quotes())}
    by_doc = collections.defaultdict(list)
    for q in stored.values():
        by_doc[q.doc].append(q)
    found = right_speaker = 0
    pred_of: dict[int, tuple] = {}  # member index -> matched stored quote
    for k, (si, st, m) in enumerate(members):
        doc = m["file"].removesuffix(".txt")
        best = None
        for q in by_doc.get(doc, []):
            inter = min(q.end, m["end"]) - max(q.start, m["start"])
            if inter > 0 and inter >= 0.5 * max(q.end - q.start, m["end"] - m["start"]):
                best = (q.id, q.statement_id, q.said_on, q.speaker)
        if best is not None:
            found += 1
            pred_of[k] = best
            who = speakers[m["speaker_shown_id"]]
            lasts = {who["last"], who["variant"]} - {None}  # either spelling names the person
            if best[3] and any(best[3].split()[-1] == last or last in best[3] for last in lasts):
                right_speaker += 1
    # pairs across articles
    truth_pairs, pred_pairs = set(), set()
    kinds: dict[tuple[int, int], str] = {}
    by_statement = collections.defaultdict(list)
    for k, (si, st, m) in enumerate(members):
        by_statement[si].append(k)
    for si, ks in by_statement.items():
        for a, b in itertools.combinations(ks, 2):
            if members[a][2]["file"] != members[b][2]["file"]:
                truth_pairs.add((a, b))
                kinds[(a, b)] = pair_kind(set(members[a][2]["variations"]), set(members[b][2]["variations"]))
    by_pred = collections.defaultdict(list)
    for k, (qid, sid, _, _) in pred_of.items():
        if sid is not None:
            by_pred[sid].append(k)
    for ks in by_pred.values():
        for a, b in itertools.combinations(sorted(ks), 2):
            if members[a][2]["file"] != members[b][2]["file"]:
                pred_pairs.add((a, b))
    tp = truth_pairs & pred_pairs
    # how sure: pairs whose two reports both belong surely (match.SURE) against the rest
    sure_of = {k: (stored[v[0]].member_confidence or 1.0) >= SURE for k, v in pred_of.items()}
    by_sure = {True: [0, 0], False: [0, 0]}
    for a, b in pred_pairs:
        bucket = by_sure[sure_of[a] and sure_of[b]]
        bucket[0] += 1
        bucket[1] += (a, b) in truth_pairs
    false_kinds = collections.Counter()
    for a, b in pred_pairs - truth_pairs:
        sa, sb = members[a][1], members[b][1]
        false_kinds["stock phrase" if "stock" in (sa["kind"], sb["kind"]) else
                    "same speaker" if sa["speaker"] == sb["speaker"] else "different speakers"] += 1
    by_kind = collections.Counter(kinds[p] for p in truth_pairs)
    hit_kind = collections.Counter(kinds[p] for p in tp)
    # stated days
    day_total = day_ok = 0
    for k, (si, st, m) in enumerate(members):
        if m["stated_date"] and k in pred_of:
            day_total += 1
            day_ok += pred_of[k][2] == m["stated_date"]
    # relation labels of linked true pairs (text relation)
    rel_total = rel_ok = full_ok = 0
    confusion = collections.Counter()
    full_confusion = collections.Counter()
    for a, b in tp:
        qa, qb = stored.get(pred_of[a][0]), stored.get(pred_of[b][0])
        if qa is None or qb is None:
            continue
        cmp = compare(qa, qb)
        ma, mb = members[a][2], members[b][2]
        want = expected_text_relation(ma["text"], mb["text"])
        rel_total += 1
        rel_ok += cmp.text_relation == want
        if cmp.text_relation != want:
            confusion[(want, cmp.text_relation)] += 1
        want_full = expected_relation(ma, mb)
        full_ok += cmp.relation == want_full
        if cmp.relation != want_full:
            full_confusion[(want_full, cmp.relation)] += 1
    p = len(tp) / len(pred_pairs) if pred_pairs else 0.0
    r = len(tp) / len(truth_pairs) if truth_pairs else 0.0
    return {
        "reports": len(members), "found": found, "right_speaker": right_speaker,
        "truth_pairs": len(truth_pairs), "pred_pairs": len(pred_pairs), "true_pairs": len(tp),
        "pair_precision": p, "pair_recall": r, "false_pairs": false_kinds.most_common(),
        "recall_by_variation": {k: (hit_kind[k] / n, n) for k, n in by_kind.most_common()},
        "relation_accuracy": rel_ok / rel_total if rel_total else 0.0, "relation_pairs": rel_total,
        "relation_errors": confusion.most_common(8),
        "label_accuracy": full_ok / rel_total if rel_total else 0.0, "label_errors": full_confusion.most_common(8),
        "stated_day_accuracy": day_ok / day_total if day_total else 0.0, "stated_days": day_total,
        "speakers": len(speakers),
        "sure_pairs": by_sure[True], "probable_pairs": by_sure[False],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="a corpus already generated (default: generate one)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if args.corpus is None:
            generate(corpus, args.articles, args.seed)
        db = Path(tmp) / "claims.db"
        t0 = time.perf_counter()
        res = ingest_paths(db, [str(corpus)])
        took = time.perf_counter() - t0
        out = score(corpus, db)
    print(f"corpus: {res.new} articles, {out['reports']} reports of {out['speakers']} speakers; "
          f"ingest {took:.1f} s ({res.new / took:.0f} articles/s)")
    print(f"reports found {out['found'] / out['reports']:.3f}, with the named speaker "
          f"{out['right_speaker'] / out['reports']:.3f}")
    print(f"statement pairs: truth {out['truth_pairs']}, predicted {out['pred_pairs']}, right {out['true_pairs']}"
          f" -> precision {out['pair_precision']:.3f} recall {out['pair_recall']:.3f}")
    print(f"wrong pairs by kind: {out['false_pairs']}")
    for label, (n, right) in ((f"both reports belong surely (>= {SURE})", out["sure_pairs"]),
                              ("a report belongs only probably", out["probable_pairs"])):
        print(f"  pairs where {label}: {n}, precision {right / n if n else 0:.3f}")
    print("pair recall by variation: " + ", ".join(
        f"{k} {v:.3f} ({n})" for k, (v, n) in out["recall_by_variation"].items()))
    print(f"text relation accuracy {out['relation_accuracy']:.3f} over {out['relation_pairs']} linked pairs; "
          f"errors (want, got): {out['relation_errors']}")
    print(f"relation label accuracy (speaker, day, place, intermediary, then text) {out['label_accuracy']:.3f}; "
          f"errors (want, got): {out['label_errors']}")
    print(f"stated-day accuracy {out['stated_day_accuracy']:.3f} over {out['stated_days']} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
