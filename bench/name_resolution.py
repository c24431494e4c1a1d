"""How often a speaker named by surname alone resolves to the full name the article gives that person.

    python bench/name_resolution.py                 # PolNeAR dev, direct quotes only
    python bench/name_resolution.py --split train -v

PolNeAR annotates the source mention of each quote, not the person it refers to, so the resolved
``speaker`` name has no gold of its own. This measures one part of it that can be checked: among the
extracted quotes that match a gold quote whose annotated source is a bare surname ("Sanders", "Mr.
Comey"), those whose article writes exactly one "First [M.] Surname" for it ("Bernie Sanders"), the
share whose resolved speaker is that full name (with or without a suffix: "Jr.", "III"). ``-v`` lists the
misses, most frequent first.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extract import extract

SHARED = ROOT.parent / "shared"
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+")
_SURNAME = re.compile(r"[A-Z][a-zA-Z’'\-]+")
_SUFFIX = re.compile(r",? (?:Jr\.?|Sr\.?|II|III|IV)$")  # a generation's suffix after the full name
# capitalised words that stand before a surname without being a first name
_NOT_FIRST = {
    "The", "But", "And", "When", "As", "If", "In", "On", "At", "For", "Neither", "Said", "Says", "While", "Then",
    "So", "Now", "Former", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "President", "Senator", "Secretary",
    "Governor", "Director", "Chairman", "Speaker", "Leader", "Judge", "Candidate", "Republican", "Democrat",
    "Democratic", "Pastor", "Mayor", "Chief", "Host", "Attorney", "Justice", "Adviser", "Aide", "Professor",
    "Spokesman", "Spokeswoman", "Ambassador", "Minister", "Rival",
}


def load_eval():
    spec = importlib.util.spec_from_file_location("polnear_eval", SHARED / "eval" / "polnear_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def full_name(text: str, surname: str) -> str | None:
    """The one "First [M.] Surname" the article writes for ``surname``, if there is exactly one."""
    found = set(re.findall(r"\b([A-Z][a-z]+(?: [A-Z]\.)? " + re.escape(surname) + r")\b(?!['’]s)", text))
    found = {f for f in found if f.split()[0] not in _NOT_FIRST}
    return found.pop() if len(found) == 1 else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = ap.parse_args()
    ev = load_eval()
    docs = ev.Corpus(str(SHARED / "data" / "polnear")).load_split(args.split)
    checked = right = 0
    misses: collections.Counter = collections.Counter()
    for d in docs:
        text = d["text"]
        golds = ev.gold_direct_quotes(text, d["attributions"])
        preds = [q.as_json() for q in extract(text, indirect=False)]
        pf = [ev.trim_frags(text, [(q["start"], q["end"])]) for q in preds]
        gf = [ev.trim_frags(text, [(g["start"], g["end"])]) for g in golds]
        for i, j in ev.greedy_match(pf, gf).items():
            spans = golds[j]["speaker_spans"]
            if not spans:
                continue
            source = _HONORIFIC.sub("", text[spans[0][0]:spans[-1][1]].strip())
            if not _SURNAME.fullmatch(source) or (want := full_name(text, source)) is None:
                continue
            checked += 1
            if _SUFFIX.sub("", preds[i]["speaker"] or "") == want:  # ("Joseph R. Biden Jr." is Joseph R. Biden)
                right += 1
            else:
                misses[(source, want, preds[i]["speaker"])] += 1
    print(f"PolNeAR {args.split}: {checked} matched quotes whose source is a surname the article names in full once;"
          f" {right} resolved to that full name ({right / max(checked, 1):.3f})")
    if args.verbose:
        for (source, want, got), n in misses.most_common():
            print(f"{n:4d}  {source!r}: want {want!r}, got {got!r}")


if __name__ == "__main__":
    main()
