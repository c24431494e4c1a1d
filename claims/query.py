"""Questions a reader asks of the database: who said it, how do two outlets differ, what is statement N."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .compare import compare
from .errors import NotFound
from .match import explain
from .model import Comparison, DiffReport, SearchHit, Statement, StoredQuote
from .store import Store

_RANK = {"identical": 0, "punctuation": 1, "contained": 2, "reworded": 3, "paraphrase": 4,
         "different intermediary": 5, "different place": 6, "different date": 7, "different speaker": 8}


@dataclass(frozen=True)
class SpeakerHits:
    speaker: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class Context:
    quote_id: int
    paragraph: str
    start: int  # of the quote within the paragraph
    end: int


@dataclass(frozen=True)
class StatementView:
    statement: Statement
    comparisons: tuple[Comparison, ...]  # each other member against the fullest wording
    contexts: tuple[Context, ...]


def who_said(store: Store, term: str, *, speaker: str | None = None, outlet: str | None = None,
             limit: int | None = None) -> list[SpeakerHits]:
    """Quotes matching ``term`` (stemmed full-text search), one entry per statement, grouped by speaker."""
    ids = store.search(term)
    if not ids:
        return []
    rank = {qid: i for i, qid in enumerate(ids)}
    matched = store.quotes(ids=ids, speaker=speaker, outlet=outlet)
    by_statement: dict[int, list[StoredQuote]] = {}
    for q in matched:
        if q.statement_id is not None:
            by_statement.setdefault(q.statement_id, []).append(q)
    statements = {s.id: s for s in store.statements(sorted(by_statement))}
    order = sorted(by_statement, key=lambda sid: (-len(statements[sid].article_ids),
                                                  min(rank[q.id] for q in by_statement[sid])))
    if limit:
        order = order[:limit]
    groups: dict[str, list[SearchHit]] = {}
    for sid in order:
        st = statements[sid]
        groups.setdefault(st.speaker or "unknown speaker", []).append(
            SearchHit(st, tuple(sorted(by_statement[sid], key=lambda q: rank[q.id]))))
    return [SpeakerHits(name, tuple(hits)) for name, hits in groups.items()]


def best_comparison(members_a: list[StoredQuote], members_b: list[StoredQuote]) -> Comparison:
    """The closest pair of reports between two sides of one statement: agreeing first, then the
    closest relation, then the most words in common (a two-word fragment says less than a sentence)."""
    best = None
    for a in members_a:
        for b in members_b:
            c = compare(a, b)
            shared = sum(len(op.text.split()) for op in c.diff if op.op == "equal") if c.diff else len(a.text.split())
            key = (not c.agree, _RANK.get(c.relation, 9), -shared, sum(1 for op in c.diff if op.op != "equal"))
            if best is None or key < best[0]:
                best = (key, c)
    assert best is not None
    return best[1]


def diff(store: Store, a: str, b: str) -> DiffReport:
    """What two outlets (or articles) both report, in the same or other words, and what only one reports."""
    label_a, ids_a = store.resolve_side(a)
    label_b, ids_b = store.resolve_side(b)
    if ids_a == ids_b:
        raise NotFound(f"{a!r} and {b!r} name the same articles; compare two different outlets or articles")
    agreements, discrepancies, only_a, only_b = [], [], [], []
    for st in store.statements(article_ids=ids_a | ids_b):
        ma = [m for m in st.members if m.article_id in ids_a]
        mb = [m for m in st.members if m.article_id in ids_b and m.article_id not in ids_a]
        if ma and mb:
            c = best_comparison(ma, mb)
            (agreements if c.agree else discrepancies).append(c)
        elif ma:
            only_a.append(st)
        elif mb:
            only_b.append(st)

    def pos(s: Statement, ids: set[int]) -> tuple[int, int]:
        m = min((x for x in s.members if x.article_id in ids), key=lambda x: (x.article_id, x.start))
        return m.article_id, m.start

    return DiffReport(
        a_label=label_a, b_label=label_b,
        agreements=tuple(sorted(agreements, key=lambda c: (c.a.article_id, c.a.start))),
        discrepancies=tuple(sorted(discrepancies, key=lambda c: (c.a.article_id, c.a.start))),
        only_a=tuple(sorted(only_a, key=lambda s: pos(s, ids_a))),
        only_b=tuple(sorted(only_b, key=lambda s: pos(s, ids_b))),
    )


def show(store: Store, statement_id: int) -> StatementView:
    """One statement: every report of it, how each differs from the fullest, and the paragraph around it."""
    found = store.statements([statement_id])
    if not found:
        raise NotFound(f"no statement {statement_id}; see `claims statements` for the ids")
    st = _explained(found[0])
    full = st.fullest
    comps = tuple(compare(full, m) for m in st.members if m.id != full.id)
    ctxs = tuple(Context(m.id, *store.context(m.article_id, m.start, m.end)) for m in st.members)
    return StatementView(st, comps, ctxs)


def _explained(st: Statement) -> Statement:
    """The statement with each member's evidence in words (``match.explain``)."""
    by_id = {m.id: m for m in st.members}
    return Statement(st.id, st.speaker, tuple(
        replace(m, evidence=explain(m.link_test or "", m, by_id[m.linked_to])) if m.linked_to in by_id else m
        for m in st.members))


def statements(store: Store, *, min_articles: int = 2, speaker: str | None = None,
               min_confidence: float = 0.0) -> list[Statement]:
    """Statements reported by at least ``min_articles`` articles, most widely reported first. With
    ``min_confidence``, a report that belongs less surely is left out (and a statement left with fewer
    than ``min_articles`` articles with it)."""
    found = store.statements(min_articles=min_articles, speaker=speaker)
    if min_confidence > 0:
        found = [Statement(s.id, s.speaker, tuple(m for m in s.members if (m.member_confidence or 1.0) >= min_confidence))
                 for s in found]
        found = [s for s in found if s.members and len(s.article_ids) >= min_articles]
    return sorted((_explained(s) for s in found), key=lambda s: (-len(s.article_ids), s.id))
