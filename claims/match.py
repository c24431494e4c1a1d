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

import sys
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from .extract.dates import parse_date
from .model import StoredQuote
from .normalize import stem, words
from .semantic import SEMANTIC_MIN, Scorer

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
# Quotes said (or, without a stated day, published) in different calendar weeks (Monday to Sunday) are
# different utterances when they are short (under CROSS_SPEAKER_MIN_WORDS words) or of different
# speakers: "a two-way street" said in March and again in June is said twice. Longer quotes of one
# speaker weeks apart are linked only as near-identical words (or one contained in the other). Fixed weeks rather than
# "within 7 days": a phrase repeated every few days must not chain into one statement for months.
OCCASION_DAYS = 7
# One known speaker, said on the same day (or the next): a looser whole-text similarity suffices,
# for a different translation or rewording of one sentence. On generated data (bench/match_eval.py)
# it links 0.77 of translated pairs while the speaker's other sayings of that week stay apart.
PARAPHRASE_RATIO = 65
PARAPHRASE_DAYS = 1
# A whole-text match must also keep this share of the longer wording's words, in order: templates of
# one speaker ("our people cannot X, and the border crossing must Y") score high by characters while
# their content differs. On generated data (bench/generate.py, 2,000 articles) it drops 99 of the 112
# pairs of one speaker's different statements of one day that pass the ratio thresholds, and 197 of
# the 6,000 true pairs that only a ratio links (most stay linked through other reports).
MIN_SHARED_WORDS = 0.5
# One known speaker, same or next day, a rewording under PARAPHRASE_RATIO: linked when at least this many
# content words, and this share of the shorter's, are the same by stem. On generated data (2,000
# articles) it adds about 100 translated pairs for one pair of different statements.
STEMS_MIN = 4
STEMS_SHARE = 0.6
# The semantic scorer (when on) is asked about wordings of at least this many words.
SEMANTIC_MIN_WORDS = 5
# A link (or a statement member) below this confidence is shown as "probably the same statement".
SURE = 0.8
# Words too common to be evidence that two wordings share content.
_STOPWORDS = """a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those we our us you your he his him she her they their them i my me not no do does did
will would shall should can could may might must have has had there here what which who whom whose all
any every some so than then too very just also about over into out up down"""
STOPWORDS = frozenset(_STOPWORDS.split())
# partial_ratio is quadratic in the longer string; beyond this many characters it is cut.
PARTIAL_CAP = 600


@dataclass(frozen=True, slots=True)
class Candidate:
    """What matching needs to know of a quote."""

    id: int
    speaker_id: int | None
    norm: str  # normalised words joined by spaces
    day: int | None = None  # the day the words were said (stated, else published), as a date ordinal
    key: str = ""  # the same in every database and ingest order (article hash and offset): breaks ties
    words: tuple[str, ...] = ()  # ``norm`` split, computed once: a quote is compared with many others
    _stems: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if not self.words and self.norm:  # interned: a million quotes share one copy of each word
            object.__setattr__(self, "words", tuple(map(sys.intern, self.norm.split())))

    @property
    def repeat_key(self) -> tuple[int | None, int | None, str]:
        """Quotes with one key repeat each other word for word, by one speaker on one day: every test
        of ``link`` treats them alike, so only the first is compared with others and the rest are
        linked to it (a wire story carried by hundreds of outlets costs hundreds of links, not the
        square)."""
        return self.speaker_id, self.day, self.norm

    @property
    def stems(self) -> frozenset[str]:
        """The stems of its content words, computed the first time they are asked for."""
        if self._stems is None:
            object.__setattr__(self, "_stems", content_stems(self.words))
        return self._stems


@dataclass(frozen=True, slots=True)
class Link:
    """Two quotes that render one utterance: ``kind`` "same" (variants of each other) or "part"
    (``a`` is a fragment of the longer ``b``), with the score that decided it, how sure the link is
    (``confidence``, 0-1) and the text test it passed (``test``, in words). ``explain`` adds the
    rest of the evidence (speaker, days, shared words) from the two quotes when a reader asks."""

    a: int
    b: int
    kind: str
    score: float
    confidence: float = 1.0
    test: str = ""

    def __post_init__(self) -> None:  # interned: a million links share a few hundred texts
        object.__setattr__(self, "test", sys.intern(self.test))


def first_of_repeats(ids, quotes) -> dict[tuple, int]:
    """Of quotes ``ids`` (ids into ``quotes``, in the order to keep), the first of each set of word-for-word
    repeats, by ``Candidate.repeat_key``: only these are compared with other quotes."""
    first: dict[tuple, int] = {}
    for i in ids:
        first.setdefault(quotes[i].repeat_key, i)
    return first


def quote_key(article_hash: str, start: int) -> str:
    """A quote's ``Candidate.key``: the same in every database and ingest order (``store._KEY`` in SQL)."""
    return f"{article_hash}:{start:09d}"


def content_stems(ws) -> frozenset[str]:
    """The Snowball stems of the words that are not stopwords."""
    return frozenset(stem(w) for w in ws if w not in STOPWORDS)


def shared_words(wa, wb) -> tuple[str, ...]:
    """The content words of ``wa`` (each once, in order) whose stem is a content stem of ``wb`` too."""
    sb = content_stems(wb)
    return tuple(dict.fromkeys(w for w in wa if w not in STOPWORDS and stem(w) in sb))


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


def _conf(a: Candidate, b: Candidate, confidence: float) -> float:
    if (a.speaker_id is None) != (b.speaker_id is None):
        confidence -= 0.05  # a speaker named on one side only
    return round(max(0.05, min(1.0, confidence)), 3)


def explain(test: str, a: StoredQuote, b: StoredQuote) -> tuple[str, ...]:
    """The evidence of a link in words: the text test it passed, then speaker, days and the content
    words both share (by stem), read from the two quotes."""
    ev = [test] if test else []
    if a.speaker and a.speaker == b.speaker:
        ev.append("same speaker")
    elif not a.speaker or not b.speaker:
        ev.append("speaker named on one side only")
    else:
        ev.append("different speakers named")
    da, db = parse_date(a.said_on or a.published), parse_date(b.said_on or b.published)
    if da and db:
        gap = abs((da - db).days)
        ev.append("said the same day" if gap == 0 else f"said {gap} day{'s' * (gap > 1)} apart")
    shared = shared_words(words(a.text), words(b.text))
    if shared:
        ev.append("shared words: " + ", ".join(shared[:8]) + (" …" if len(shared) > 8 else ""))
    return tuple(ev)


def link(a: Candidate, b: Candidate, semantic: Scorer | None = None) -> Link | None:
    """Whether two quotes render one utterance, and how; None when they do not.

    The cheap tests come first: most candidate pairs are different utterances, and each scorer is
    given the cutoff below which its exact value no longer matters. The evidence is put in words
    only for the pairs that link. A ``semantic`` scorer (``claims.semantic``, off by default) is asked
    only about one known speaker's wordings of one day that string similarity leaves apart."""
    wa, wb = a.words, b.words
    if (len(wa), a.key) > (len(wb), b.key):
        a, b, wa, wb = b, a, wb, wa  # a is the shorter
    n_short, n_long = len(wa), len(wb)
    far = a.day is not None and b.day is not None and a.day // OCCASION_DAYS != b.day // OCCASION_DAYS
    same_speaker = a.speaker_id is None or b.speaker_id is None or a.speaker_id == b.speaker_id
    long_enough = n_short >= CROSS_SPEAKER_MIN_WORDS
    if (far or not same_speaker) and not long_enough or (far and not same_speaker):
        return None
    if not same_speaker or far:  # another speaker, or the same one weeks apart: only near-identical words
        r = fuzz.ratio(a.norm, b.norm, processor=None, score_cutoff=CROSS_SPEAKER_RATIO)
        if r:  # with a cutoff, rapidfuzz gives the score itself, or 0 below it
            text = "identical words" if r == 100 else f"near-identical words ({r:.0f}/100)"
            return Link(a.id, b.id, "same", r, _conf(a, b, 0.85 if not same_speaker else 0.9), text)
        if set(wa) <= set(wb) and contains(wb, wa):  # a fragment of another speaker's (or week's) words
            return Link(a.id, b.id, "part", 70.0 if not same_speaker else 100.0,
                        _conf(a, b, 0.7), f"its {n_short} words occur in the longer report")
        return None
    bonus = 10 if a.speaker_id is not None and a.speaker_id == b.speaker_id else 0
    same_occasion = bonus and a.day is not None and b.day is not None and abs(a.day - b.day) <= PARAPHRASE_DAYS
    cutoff = PARAPHRASE_RATIO if same_occasion else SAME_RATIO
    whole = max(fuzz.ratio(a.norm, b.norm, processor=None, score_cutoff=cutoff),
                fuzz.token_sort_ratio(a.norm, b.norm, processor=None, score_cutoff=cutoff))
    if whole and LCSseq.similarity(wa, wb) >= MIN_SHARED_WORDS * n_long:
        if whole == 100:
            text, conf = "identical words", 0.99
        elif whole >= SAME_RATIO:
            text, conf = f"similar wording ({whole:.0f}/100)", 0.8 + 0.19 * (whole - SAME_RATIO) / (100 - SAME_RATIO)
        else:
            text, conf = f"another wording of one sentence, said within a day ({whole:.0f}/100)", 0.6 + \
                0.15 * (whole - PARAPHRASE_RATIO) / (SAME_RATIO - PARAPHRASE_RATIO)
        return Link(a.id, b.id, "same", whole + bonus, _conf(a, b, conf), text)
    short_set = set(wa)
    overlap = len(short_set & set(wb)) / len(short_set) if short_set else 0.0
    part = 0.0
    if overlap == 1.0 and n_short >= 2 and contains(wb, wa):
        part = 100.0
        text = f"its {n_short} words occur in the longer report"
    elif n_short >= CONTAINED_MIN_WORDS and overlap >= 0.5:  # aligned inside needs most of its words
        part = fuzz.partial_ratio(a.norm[:PARTIAL_CAP], b.norm[:PARTIAL_CAP * 4], processor=None,
                                  score_cutoff=CONTAINED_PARTIAL)
        text = f"close to a part of the longer report ({part:.0f}/100)"
    if part:
        variant = n_short >= VARIANT_SHARE * n_long
        # a fragment says less the shorter it is: two words of a long quote are weaker evidence than ten
        conf = (0.9 if variant else min(0.95, 0.55 + 0.05 * n_short)) - (0.0 if part == 100 else 0.05)
        return Link(a.id, b.id, "same" if variant else "part", part + bonus, _conf(a, b, conf), text)
    if not same_occasion:
        return None
    # one known speaker, one day, other words: another translation when most content words (by stem:
    # names, numbers, nouns and verbs) are the same
    sa, sb = a.stems, b.stems
    shared = len(sa & sb)
    if sa and sb and shared >= STEMS_MIN and shared >= STEMS_SHARE * min(len(sa), len(sb)):
        text = f"said within a day, {shared} of {min(len(sa), len(sb))} content words the same by stem"
        return Link(a.id, b.id, "same", 60.0 + bonus, _conf(a, b, 0.6), text)
    if semantic is not None and n_short >= SEMANTIC_MIN_WORDS:
        sim = semantic.similarity(a.norm, b.norm)
        if sim >= SEMANTIC_MIN:
            text = f"the same meaning by {semantic.name} ({sim:.2f})"
            return Link(a.id, b.id, "same", 100 * sim, _conf(a, b, 0.6 + 0.5 * (sim - SEMANTIC_MIN)), text)
    return None


def group_why(sizes: dict[int, tuple[int, str]], links: list[Link]) -> tuple[list[list[int]], dict[int, Link]]:
    """Quotes -> statements, from the links among them, whatever order they came in; with why each
    quote belongs to its statement.

    ``sizes`` gives each quote's (number of words, stable key). Variants ("same" links) chain into
    one statement; a fragment ("part" link) then pulls its whole statement into the best-scoring
    longer statement it is part of, only one, so a short fragment never glues two statements.

    A member's reason is the weakest step on its way into the statement: its surest variant link,
    and each fragment link that pulled its group in. A two-word fragment repeated twice is as weakly
    part of the statement as the fragment link says, however identical the two are.
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
    for i, sz in sizes.items():
        r = find(i)
        if r not in size or sz > size[r]:
            size[r] = sz
    into: dict[int, tuple[float, tuple[int, str], int, Link]] = {}
    for lk in links:
        if lk.kind != "part":
            continue
        ca, cb = find(lk.a), find(lk.b)
        if ca == cb or size[cb] <= size[ca]:
            continue  # a statement is only pulled into a longer one: no cycles
        if ca not in into or (lk.score, size[cb], cb) > into[ca][:3]:
            into[ca] = (lk.score, size[cb], cb, lk)

    def final(c: int) -> int:
        while c in into:
            c = into[c][2]
        return c

    groups: dict[int, list[int]] = {}
    for i in sorted(sizes):
        groups.setdefault(final(find(i)), []).append(i)
    # why: the surest variant link of each quote, then the weakest of it and its group's pulls
    surest: dict[int, Link] = {}
    for lk in links:
        if lk.kind == "same" and find(lk.a) == find(lk.b):
            for q in (lk.a, lk.b):
                if q not in surest or (lk.confidence, -lk.a, -lk.b) > (surest[q].confidence, -surest[q].a, -surest[q].b):
                    surest[q] = lk
    why: dict[int, Link] = {}
    cores: set[int] = set()
    for i in sizes:
        steps = [surest[i]] if i in surest else []
        c = find(i)
        while c in into:
            steps.append(into[c][3])
            c = into[c][2]
        if steps:
            why[i] = min(steps, key=lambda lk: lk.confidence)
        else:
            cores.add(i)
    if cores:  # the core of a statement others were pulled into: its surest link within the statement
        for lk in links:
            for q in (lk.a, lk.b):
                if q in cores and final(find(lk.a)) == final(find(lk.b)) and \
                        (q not in why or (lk.confidence, -lk.a, -lk.b) > (why[q].confidence, -why[q].a, -why[q].b)):
                    why[q] = lk
    return list(groups.values()), why


def group(sizes: dict[int, tuple[int, str]], links: list[Link]) -> list[list[int]]:
    """``group_why`` without the reasons."""
    return group_why(sizes, links)[0]
