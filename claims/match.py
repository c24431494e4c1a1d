"""Quotes -> statements: do two quotes render the same utterance?

Scoring uses rapidfuzz on the normalised text (``normalize.normal``):
``fuzz.ratio`` for rewording of the whole, ``fuzz.partial_ratio`` (its input
capped, since it degrades on long strings) for a short quote inside a longer
one, ``fuzz.token_sort_ratio`` for reordered words. WRatio is not used: it
scores unrelated quotes on one topic as high as real variants. The processor
is passed explicitly (rapidfuzz 3 does not lowercase by default); our input is
already case-folded, so it is ``None``.

Thresholds were chosen on the sample articles (``seeds/``): every gold pair
there is contained or scores >= 89 (ratio or token_sort), and every pair of
different utterances by one speaker scores <= 58, so the thresholds sit in
that gap with room on both sides.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz


# Whole-text similarity (0-100) above which two quotes of one speaker are one statement.
SAME_RATIO = 75
# The shorter quote aligned inside the longer one: above this it is contained in it.
CONTAINED_PARTIAL = 90
# Containment needs this many words in the shorter quote; shorter fragments must match exactly.
CONTAINED_MIN_WORDS = 4
# A contained quote with at least this share of the longer one's words is a variant of it; a shorter
# one is a fragment: it joins the one statement it fits best and never bridges two statements.
VARIANT_SHARE = 0.6
# Different (both known) speakers: only near-identical long quotes are linked, as a speaker discrepancy.
CROSS_SPEAKER_RATIO = 92
CROSS_SPEAKER_MIN_WORDS = 8
# Quotes said (or, without a stated day, published) more than this many days apart are different
# utterances when they are short (under CROSS_SPEAKER_MIN_WORDS words) or of different speakers:
# "a two-way street" said in March and again in June is said twice.
SAME_OCCASION_DAYS = 7
# One known speaker, said on the same day (or the next): a looser whole-text similarity suffices,
# for a different translation or rewording of one sentence. On generated data (bench/match_eval.py)
# it links 0.77 of translated pairs while the speaker's other sayings of that week stay apart.
PARAPHRASE_RATIO = 65
PARAPHRASE_DAYS = 1
# partial_ratio is quadratic in the longer string; beyond this many characters it is cut.
PARTIAL_CAP = 600


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of a quote."""

    id: int
    speaker_id: int | None
    norm: str  # normalised words joined by spaces
    day: int | None = None  # the day the words were said (stated, else published), as a date ordinal
    key: str = ""  # the same in every database and ingest order (article hash and offset): breaks ties


@dataclass(frozen=True)
class Link:
    """Two quotes that render one utterance: ``kind`` "same" (variants of each other) or "part"
    (``a`` is a fragment of the longer ``b``), with the score that decided it."""

    a: int
    b: int
    kind: str
    score: float


@dataclass(frozen=True)
class Score:
    ratio: float
    partial: float
    token_sort: float
    contained: bool  # the shorter's words occur, in order and contiguous, in the longer
    shorter_words: int
    longer_words: int


def contains(longer: list[str], shorter: list[str]) -> bool:
    """True when ``shorter`` occurs as a contiguous run of words in ``longer``."""
    n, m = len(longer), len(shorter)
    if m == 0 or m > n:
        return False
    first = shorter[0]
    for i in range(n - m + 1):
        if longer[i] == first and longer[i:i + m] == shorter:
            return True
    return False


def score(a: str, b: str) -> Score:
    """Similarity of two normalised texts."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    s_short, s_long = (a, b) if len(wa) <= len(wb) else (b, a)
    ratio = fuzz.ratio(a, b, processor=None)
    partial = fuzz.partial_ratio(s_short[:PARTIAL_CAP], s_long[:PARTIAL_CAP * 4], processor=None) \
        if len(short) >= CONTAINED_MIN_WORDS else 0.0
    token_sort = fuzz.token_sort_ratio(a, b, processor=None)
    return Score(ratio, partial, token_sort, contains(long_, short), len(short), len(long_))


def link(a: Candidate, b: Candidate) -> Link | None:
    """Whether two quotes render one utterance, and how; None when they do not."""
    if (len(a.norm.split()), a.key) > (len(b.norm.split()), b.key):
        a, b = b, a  # a is the shorter
    s = score(a.norm, b.norm)
    far = a.day is not None and b.day is not None and abs(a.day - b.day) > SAME_OCCASION_DAYS
    same_speaker = a.speaker_id is None or b.speaker_id is None or a.speaker_id == b.speaker_id
    long_enough = s.shorter_words >= CROSS_SPEAKER_MIN_WORDS
    if far and not (same_speaker and long_enough):
        return None
    if not same_speaker:
        if long_enough and s.ratio >= CROSS_SPEAKER_RATIO:
            return Link(a.id, b.id, "same", s.ratio)
        if long_enough and s.contained:  # a fragment of another speaker's words: a weak pull only
            return Link(a.id, b.id, "part", s.partial - 30)
        return None
    bonus = 10 if a.speaker_id is not None and a.speaker_id == b.speaker_id else 0
    whole = max(s.ratio, s.token_sort)
    if whole >= SAME_RATIO:
        return Link(a.id, b.id, "same", whole + bonus)
    same_occasion = bonus and a.day is not None and b.day is not None and abs(a.day - b.day) <= PARAPHRASE_DAYS
    if same_occasion and whole >= PARAPHRASE_RATIO:
        return Link(a.id, b.id, "same", whole + bonus)
    part = (s.contained and s.shorter_words >= 2) or \
        (s.shorter_words >= CONTAINED_MIN_WORDS and s.partial >= CONTAINED_PARTIAL)
    if not part:
        return None
    variant = s.shorter_words >= VARIANT_SHARE * s.longer_words
    return Link(a.id, b.id, "same" if variant else "part", max(s.partial, 100.0 * s.contained) + bonus)


def group(sizes: dict[int, tuple[int, str]], links: list[Link]) -> list[list[int]]:
    """Quotes -> statements, from the links among them, whatever order they came in.

    ``sizes`` gives each quote's (number of words, stable key). Variants ("same" links) chain into
    one statement; a fragment ("part" link) then pulls its whole statement into the best-scoring
    longer statement it is part of, only one, so a short fragment never glues two statements.
    """
    parent = {i: i for i in sizes}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for lk in links:
        if lk.kind == "same":
            ra, rb = find(lk.a), find(lk.b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    size: dict[int, tuple[int, str]] = {}
    for i in sizes:
        r = find(i)
        if r not in size or sizes[i] > size[r]:
            size[r] = sizes[i]
    into: dict[int, tuple[float, tuple[int, str], int]] = {}
    for lk in links:
        if lk.kind != "part":
            continue
        ca, cb = find(lk.a), find(lk.b)
        if ca == cb or size[cb] <= size[ca]:
            continue  # a statement is only pulled into a longer one: no cycles
        best = (lk.score, size[cb], cb)
        if ca not in into or best > into[ca]:
            into[ca] = best

    def final(c: int) -> int:
        while c in into:
            c = into[c][2]
        return c

    groups: dict[int, list[int]] = {}
    for i in sorted(sizes):
        groups.setdefault(final(find(i)), []).append(i)
    return list(groups.values())
