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
# Different (both known) speakers: only near-identical long quotes are linked, as a speaker discrepancy.
CROSS_SPEAKER_RATIO = 92
CROSS_SPEAKER_MIN_WORDS = 8
# partial_ratio is quadratic in the longer string; beyond this many characters it is cut.
PARTIAL_CAP = 600


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of a quote."""

    id: int
    article_id: int
    speaker_id: int | None
    norm: str  # normalised words joined by spaces


@dataclass(frozen=True)
class Score:
    ratio: float
    partial: float
    token_sort: float
    contained: bool  # the shorter's words occur, in order and contiguous, in the longer
    shorter_words: int


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
    return Score(ratio, partial, token_sort, contains(long_, short), len(short))


def same_statement(a: Candidate, b: Candidate) -> tuple[bool, Score]:
    """Whether two quotes render one utterance, with the score that decided it."""
    s = score(a.norm, b.norm)
    same_speaker = a.speaker_id is None or b.speaker_id is None or a.speaker_id == b.speaker_id
    if same_speaker:
        if s.contained and s.shorter_words >= 2:
            return True, s
        if max(s.ratio, s.token_sort) >= SAME_RATIO:
            return True, s
        if s.shorter_words >= CONTAINED_MIN_WORDS and s.partial >= CONTAINED_PARTIAL:
            return True, s
        return False, s
    long_enough = s.shorter_words >= CROSS_SPEAKER_MIN_WORDS
    return long_enough and (s.ratio >= CROSS_SPEAKER_RATIO or (s.contained and s.partial >= 99)), s
