"""Frozen records passed between the stages of the pipeline.

source -> Article -> Quote -> Statement -> Comparison. Each stage takes the
previous stage's records and returns new ones; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What a quote is: words inside quote marks; reported speech without them; a turn of an interview or a
# transcript ("Q: ...", "A: ...", "TAPPER: ..."), the speaker's own words without marks.
KINDS = ("direct", "indirect", "transcript")


@dataclass(frozen=True)
class Article:
    """One news article: its text exactly as read (offsets index into it) and metadata."""

    doc: str  # file name without extension, or "stdin"
    text: str
    content_hash: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    """An attributed utterance found in an article.

    ``start``/``end`` are character offsets of the quoted words (without the
    outer quote marks) into ``Article.text``. ``speaker_mention`` is the words
    in the article that name the speaker (``"he"``, ``"the think tank"``),
    ``speaker`` the entity they resolve to (``"Rex Tillerson"``).
    """

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    paragraph: int = 0
    confidence: float = 0.5
    rule: str = ""
    said_on: str | None = None  # the day the article says the words were spoken, ISO date
    said_when: str | None = None  # the words that state it ("on Monday")
    place: str | None = None  # where or through which medium ("in Amman", "on Twitter")
    via: str | None = None  # an intermediary ("according to Fars News")
    group: int | None = None  # quotes of one attribution share it ("“A,” he said. “B.”")

    def as_json(self) -> dict:
        """The shape ``claims extract --json`` prints for each quote."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "cue": self.cue,
            "kind": self.kind,
            "paragraph": self.paragraph,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "said_on": self.said_on,
            "said_when": self.said_when,
            "place": self.place,
            "via": self.via,
            "group": self.group,
        }


@dataclass(frozen=True)
class StoredQuote:
    """A quote as read back from the database, with its article's metadata."""

    id: int
    article_id: int
    doc: str
    outlet: str | None
    published: str | None
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    confidence: float
    statement_id: int | None = None
    said_on: str | None = None
    said_when: str | None = None
    place: str | None = None
    via: str | None = None
    rule: str = ""
    # why it belongs to its statement: the weakest step of its way in (None: the only member), the text
    # test of that link, the other quote of it, and (filled in by ``query``) the evidence in words
    member_confidence: float | None = None
    link_test: str | None = None
    linked_to: int | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """The same utterance as reported by one or more articles."""

    id: int
    speaker: str | None
    members: tuple[StoredQuote, ...]

    @property
    def fullest(self) -> StoredQuote:
        """The longest wording: the one that shows most of what was said."""
        return max(self.members, key=lambda q: (len(q.text), -q.id))

    @property
    def outlets(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for q in self.members:
            seen.setdefault(q.outlet or "unknown outlet", None)
        return tuple(seen)

    @property
    def article_ids(self) -> frozenset[int]:
        return frozenset(q.article_id for q in self.members)

    @property
    def confidence(self) -> float:
        """How sure it is that every member renders this one utterance: its least sure member's link."""
        return min((q.member_confidence for q in self.members if q.member_confidence is not None), default=1.0)


@dataclass(frozen=True)
class DiffOp:
    """One run of words in a word diff: ``op`` is "equal", "delete" (only in a) or "insert" (only in b)."""

    op: str
    text: str


@dataclass(frozen=True)
class Comparison:
    """How two reports of one statement relate.

    ``relation`` is the headline: different speaker, different date, different place, different
    intermediary, or else the text relation (identical, punctuation, contained, reworded, paraphrase: a
    rewording that changed most words, such as another translation).
    ``notes`` spells out each attribution difference. ``missing`` is what the shorter side of a
    contained pair leaves out; ``mostly_changed`` says a rewording changed most words, so the two
    wordings read better whole than as a word diff.
    """

    a: StoredQuote
    b: StoredQuote
    relation: str
    text_relation: str
    agree: bool
    diff: tuple[DiffOp, ...] = ()
    longer: str | None = None  # "a" or "b" when one is contained in the other
    notes: tuple[str, ...] = ()
    substantive: bool = False
    missing: str | None = None
    shared: tuple[str, ...] = ()  # for a paraphrase: the content words both wordings hold (by stem)

    @property
    def mostly_changed(self) -> bool:
        return self.text_relation == "paraphrase"


@dataclass(frozen=True)
class IngestResult:
    """What one ``ingest`` run did."""

    new: int = 0
    skipped: int = 0
    quotes: int = 0
    statements_touched: int = 0
    articles: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (doc, "new"|"already ingested")
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Speaker:
    id: int
    name: str
    aliases: tuple[str, ...]
    quotes: int
    articles: int
    outlets: int


@dataclass(frozen=True)
class Source:
    id: int
    name: str
    articles: int
    quotes: int


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    doc: str
    title: str | None
    outlet: str | None
    published: str | None
    path: str | None
    quotes: int


@dataclass(frozen=True)
class DiffReport:
    """Result of ``claims diff A B``."""

    a_label: str
    b_label: str
    agreements: tuple[Comparison, ...]
    discrepancies: tuple[Comparison, ...]
    only_a: tuple[Statement, ...]
    only_b: tuple[Statement, ...]


@dataclass(frozen=True)
class SearchHit:
    """One statement found by ``who-said``: its fullest wording and the others."""

    statement: Statement
    matched: tuple[StoredQuote, ...]  # the members whose words matched the search


@dataclass(frozen=True)
class SpeakerChange:
    """A user's correction of speakers: ``action`` "merge" (``other`` is now ``speaker``) or "split"
    (``other`` left ``speaker`` to be a speaker of its own); the quotes moved and statements regrouped."""

    action: str
    speaker: str
    other: str
    quotes: int
    statements: int
