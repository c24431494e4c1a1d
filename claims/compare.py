"""A pair of reports of one statement -> how they relate, with a word diff.

Relations, from the text: ``identical`` (same words and punctuation, quote
marks aside), ``punctuation`` (same words; punctuation, case or spelling
differ), ``contained`` (one is a contiguous part of the other), ``reworded``.
Then from the attribution: ``different speaker``, ``different date`` (the
stated days resolve to different calendar days). A pair agrees when its text
relation is one of the first three and no attribution difference is found.
"""

from __future__ import annotations

import difflib
import re

from .extract.lexicon import MEDIA_WORDS
from .match import contains
from .match import shared_words as match_shared
from .model import Comparison, DiffOp, StoredQuote
from .normalize import _MARKS
from .normalize import words as norm_words

_TOKEN = re.compile(r"\S+")
_NEGATIONS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without",
              "n't", "dont", "don't", "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "didn't",
              "doesn't", "shouldn't", "wouldn't", "couldn't", "mustn't", "hasn't", "haven't", "hadn't"}
_MONTHS_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "yesterday", "today", "tomorrow"}
TEXT_AGREES = ("identical", "punctuation", "contained")


def _display_tokens(text: str) -> list[tuple[str, str]]:
    """(original token, comparable key) pairs: the key is the token's normalised words."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        key = " ".join(norm_words(tok))
        if key:
            out.append((tok, key))
    return out


def word_diff(a: str, b: str) -> tuple[DiffOp, ...]:
    """Word-level diff of two wordings: runs of equal words, words only in a (delete), only in b (insert)."""
    ta, tb = _display_tokens(a), _display_tokens(b)
    sm = difflib.SequenceMatcher(a=[k for _, k in ta], b=[k for _, k in tb], autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            ops.append(DiffOp("equal", " ".join(t for t, _ in tb[j1:j2])))
            continue
        if tag in ("delete", "replace"):
            ops.append(DiffOp("delete", " ".join(t for t, _ in ta[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(DiffOp("insert", " ".join(t for t, _ in tb[j1:j2])))
    return tuple(ops)


def substantive(ops: tuple[DiffOp, ...]) -> bool:
    """A changed word holds a negation, a number, a date or a name: the change a fact-checker sees first."""
    for op in ops:
        if op.op == "equal":
            continue
        for tok in op.text.split():
            bare = tok.strip(".,;:!?\"'“”‘’()[]")
            low = bare.lower().replace("’", "'")
            if low in _NEGATIONS or low.endswith("n't") or any(c.isdigit() for c in bare) or low in _MONTHS_DAYS:
                return True
            if bare[:1].isupper() and op is not ops[0]:
                return True
    return False


# The punctuation that closes a quote belongs to the reporting sentence ("…,” he said / X said: “….”), not
# to the words: it is set aside when two wordings are compared.
_CLOSING = re.compile(r"[\s,.;:]+$")


def text_relation(a: str, b: str) -> tuple[str, str | None]:
    """(relation, longer side) of two wordings by their text alone."""
    if _CLOSING.sub("", a.translate(_MARKS)).split() == _CLOSING.sub("", b.translate(_MARKS)).split():
        return "identical", None
    wa, wb = norm_words(a), norm_words(b)
    if wa == wb:
        return "punctuation", None
    if contains(wb, wa):
        return "contained", "b"
    if contains(wa, wb):
        return "contained", "a"
    return "reworded", None


def shared_words(a: str, b: str) -> tuple[str, ...]:
    """The content words of ``a`` and ``b`` whose stems both hold ("withdrawal" / "withdraw"), as written
    in either: what two translations of one sentence still have in common."""
    wa, wb = norm_words(a), norm_words(b)
    return tuple(dict.fromkeys(match_shared(wa, wb) + match_shared(wb, wa)))


_TOWN = re.compile(r"\b(?:in|at) ((?:[A-Z][\w'’.-]*\s?)+)$")


def _town(place: str | None) -> str | None:
    """The town of a place phrase: "Amman" of "in Amman" and of "at a news conference in Amman"."""
    m = _TOWN.search(place or "")
    return m.group(1).strip() if m else None


def _medium(place: str | None) -> tuple[frozenset[str], str | None] | None:
    """The kind of medium or occasion of a place phrase ({"conference"}, {"interview"}, {"twitter"}) and
    the outlet it names, if any: "in an interview with Reuters" -> ({"interview"}, "Reuters")."""
    words = (place or "").replace(",", " ").split()
    kinds = frozenset(w.lower() for w in words) & MEDIA_WORDS
    if words and words[0] == "told":
        kinds |= {"told"}
    if not kinds:
        return None
    target = next((words[i + 1] for i, w in enumerate(words[:-1]) if w in ("with", "told", "to")
                   and words[i + 1][:1].isupper()), None)
    return kinds, target


def _different_place(a: str | None, b: str | None) -> bool:
    """Two place phrases name different towns, or different media ("on Twitter" / "at a news conference";
    "in an interview with Reuters" / "... with Bloomberg"). Other wordings of one occasion ("a news
    conference" / "a press conference with his counterpart") do not differ."""
    ta, tb = _town(a), _town(b)
    if ta and tb and ta != tb:
        return True
    ma, mb = _medium(a), _medium(b)
    if ma and mb:
        return not (ma[0] & mb[0]) or (ma[1] is not None and mb[1] is not None and ma[1] != mb[1])
    return False


# A rewording that keeps fewer than this share of the longer wording's words is shown as two wordings.
MOSTLY_CHANGED = 0.5


def _shared_share(ops: tuple[DiffOp, ...]) -> float:
    count = {"equal": 0, "delete": 0, "insert": 0}
    for o in ops:
        count[o.op] += len(o.text.split())
    longer = max(count["equal"] + count["delete"], count["equal"] + count["insert"])
    return count["equal"] / longer if longer else 1.0


def compare(a: StoredQuote, b: StoredQuote) -> Comparison:
    """How report ``b`` of a statement relates to report ``a``: the text, then each attribution detail
    both reports state and state differently (speaker, day, place or medium, intermediary)."""
    rel, longer = text_relation(a.text, b.text)
    ops = word_diff(a.text, b.text) if rel in ("reworded", "contained", "punctuation") else ()
    notes: list[tuple[str, str]] = []
    if a.speaker and b.speaker and a.speaker != b.speaker:
        notes.append(("different speaker", f"different speaker: {a.speaker} / {b.speaker}"))
    if a.said_on and b.said_on and a.said_on != b.said_on:
        notes.append(("different date", f"different date: {a.said_on} ({a.said_when}) / {b.said_on} ({b.said_when})"))
    if _different_place(a.place, b.place):
        notes.append(("different place", f"different place: {a.place} / {b.place}"))
    if (a.via or b.via) and a.via != b.via:
        between = f"{a.via or 'none named'} / {b.via or 'none named'}"
        notes.append(("different intermediary", f"different intermediary: {between}"))
    if rel == "reworded" and _shared_share(ops) < MOSTLY_CHANGED:
        rel = "paraphrase"  # another translation or rewording: the two wordings, whole, say more than a diff
    missing = None
    if rel == "contained":
        side = "delete" if longer == "a" else "insert"
        missing = " … ".join(o.text for o in ops if o.op == side) or None
    return Comparison(a=a, b=b, relation=notes[0][0] if notes else rel, text_relation=rel,
                      agree=rel in TEXT_AGREES and not notes, diff=ops, longer=longer,
                      notes=tuple(n for _, n in notes), substantive=rel in ("reworded", "paraphrase") and substantive(ops),
                      missing=missing, shared=shared_words(a.text, b.text) if rel == "paraphrase" else ())
