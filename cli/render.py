"""Rich renderables and JSON shapes built from claims' records. Nothing here decides anything."""

from __future__ import annotations

import re

from rich.console import Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from claims.match import SURE
from claims.model import (
    Comparison,
    DiffOp,
    DiffReport,
    IngestResult,
    Quote,
    Statement,
    StoredQuote,
)
from claims.query import SpeakerHits, StatementView

# What a quote's kind says beside it: reported speech had no quote marks, a transcript turn was a label's.
_KIND_NOTES = {"indirect": " (reported speech)", "transcript": " (transcript)"}


def _q(text: str, kind: str = "direct") -> str:
    """A quote's words in quote marks; reported speech (kind "indirect") was not quoted, so it has none."""
    return text.strip() if kind == "indirect" else f"“{text.strip()}”"


def _when(q: StoredQuote) -> str:
    bits = []
    if q.said_when:
        bits.append(f"{q.said_when} ({q.said_on})" if q.said_on else q.said_when)
    bits += [b for b in (q.place, q.via) if b]
    return ", ".join(bits)


# -- JSON --------------------------------------------------------------------------------------------
def member_json(q: StoredQuote) -> dict:
    return {"quote_id": q.id, "doc": q.doc, "article_id": q.article_id, "outlet": q.outlet,
            "published": q.published, "start": q.start, "end": q.end, "text": q.text, "speaker": q.speaker,
            "speaker_mention": q.speaker_mention, "cue": q.cue, "kind": q.kind,
            "confidence": round(q.confidence or 0, 3), "said_on": q.said_on, "said_when": q.said_when,
            "place": q.place, "via": q.via, "member_confidence": q.member_confidence,
            "evidence": list(q.evidence), "linked_to": q.linked_to}


def statement_json(s: Statement) -> dict:
    return {"id": s.id, "speaker": s.speaker, "outlets": list(s.outlets), "articles": len(s.article_ids),
            "confidence": s.confidence, "members": [member_json(m) for m in s.members]}


def comparison_json(c: Comparison) -> dict:
    return {"relation": c.relation, "text_relation": c.text_relation, "agree": c.agree,
            "substantive": c.substantive, "longer": c.longer, "missing": c.missing,
            "mostly_changed": c.mostly_changed, "shared": list(c.shared), "notes": list(c.notes),
            "statement_id": c.a.statement_id, "a": member_json(c.a), "b": member_json(c.b),
            "diff": [{"op": o.op, "text": o.text} for o in c.diff]}


def diff_json(r: DiffReport) -> dict:
    return {"a": r.a_label, "b": r.b_label,
            "agreements": [comparison_json(c) for c in r.agreements],
            "discrepancies": [comparison_json(c) for c in r.discrepancies],
            "only_a": [statement_json(s) for s in r.only_a],
            "only_b": [statement_json(s) for s in r.only_b],
            "tally": tally(r)}


def tally(r: DiffReport) -> dict:
    return {"agree": len(r.agreements), "differ": len(r.discrepancies), "only_a": len(r.only_a),
            "only_b": len(r.only_b)}


def extract_json(doc: str, quotes: list[Quote]) -> dict:
    return {"doc": doc, "quotes": [q.as_json() for q in quotes]}


def ingest_json(r: IngestResult) -> dict:
    return {"new": r.new, "skipped": r.skipped, "quotes": r.quotes, "statements_touched": r.statements_touched,
            "articles": [{"doc": d, "status": s} for d, s in r.articles], "warnings": list(r.warnings)}


# -- Rich ----------------------------------------------------------------------------------------------
def ingest_summary(r: IngestResult) -> Text:
    t = Text()
    t.append(f"{r.new} new", style="bold green")
    t.append(f" article{'s' if r.new != 1 else ''}, ")
    t.append(f"{r.skipped} already ingested", style="yellow" if r.skipped else "")
    t.append(f"; {r.quotes} quotes, {r.statements_touched} statements touched.")
    return t


def _highlight(text: str, words: tuple[str, ...]) -> Text:
    """``text`` with the given words (as ``compare.shared_words`` lists them, lower case) in bold."""
    t = Text(text)
    if words:
        want = set(words)
        for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", text):
            if m.group().lower().replace("’", "'") in want:
                t.stylize("bold underline", m.start(), m.end())
    return t


def word_diff(ops: tuple[DiffOp, ...]) -> Text:
    """Words only in the first wording in red and struck through, words only in the second in green."""
    t = Text()
    for op in ops:
        if t:
            t.append(" ")
        if op.op == "equal":
            t.append(op.text)
        elif op.op == "delete":
            t.append(op.text, style="red strike")
        else:
            t.append(op.text, style="green")
    return t


def _side(q: StoredQuote) -> Text:
    t = Text()
    t.append(q.outlet or "unknown outlet", style="bold")
    t.append(f" · {q.doc}", style="dim")
    if q.speaker:
        t.append(f" · {q.speaker}", style="cyan")
    extra = _when(q)
    if extra:
        t.append(f" · {extra}", style="dim")
    return t


def comparison(c: Comparison, index: int | None = None) -> Group:
    head = Text()
    if index is not None:
        head.append(f"[{c.a.statement_id}] ", style="dim")
    head.append(c.relation, style="green" if c.agree else "bold red" if c.substantive else "yellow")
    if c.substantive:
        head.append(" (substantive)", style="bold red")
    if c.longer:
        head.append(f" — the {'first' if c.longer == 'a' else 'second'} is longer", style="dim")
    parts: list = [head]
    for note in c.notes:
        parts.append(Text("  " + note, style="magenta"))
    if c.missing:
        parts.append(Text(f"  the {'second' if c.longer == 'a' else 'first'} leaves out: {c.missing}", style="dim"))
    parts.append(Padding(Group(_side(c.a), _highlight(_q(c.a.text, c.a.kind), c.shared)), (0, 0, 0, 2)))
    parts.append(Padding(Group(_side(c.b), _highlight(_q(c.b.text, c.b.kind), c.shared)), (0, 0, 0, 2)))
    if c.mostly_changed:
        parts.append(Text("  most words differ (another translation or rewording): the two wordings are shown "
                          "whole, the words they share in bold", style="dim"))
    elif c.diff and c.text_relation != "identical":
        parts.append(Padding(Group(Text("word diff:", style="dim"), word_diff(c.diff)), (0, 0, 0, 2)))
    return Group(*parts, Text(""))


def statement_line(s: Statement, ids: set[int] | None = None) -> Group:
    members = [m for m in s.members if ids is None or m.article_id in ids]
    q = max(members, key=lambda m: len(m.text))
    head = Text()
    head.append(f"[{s.id}] ", style="dim")
    head.append(q.speaker or "unknown speaker", style="cyan")
    if q.kind in _KIND_NOTES:
        head.append(_KIND_NOTES[q.kind], style="dim")
    return Group(head, Padding(Text(_q(q.text, q.kind)), (0, 0, 0, 2)))


def diff_report(r: DiffReport) -> Group:
    parts: list = []
    parts.append(Text(f"Agreements: {len(r.agreements)}", style="bold green"))
    parts.extend(comparison(c, 1) for c in r.agreements)
    parts.append(Text(f"Discrepancies: {len(r.discrepancies)}", style="bold red"))
    parts.extend(comparison(c, 1) for c in r.discrepancies)
    parts.append(Text(f"Only in {r.a_label}: {len(r.only_a)}", style="bold"))
    parts.extend(statement_line(s) for s in r.only_a)
    parts.append(Text(f"Only in {r.b_label}: {len(r.only_b)}", style="bold"))
    parts.extend(statement_line(s) for s in r.only_b)
    t = tally(r)
    parts.append(Text(f"agree {t['agree']} / differ {t['differ']} / only {r.a_label} {t['only_a']} / "
                      f"only {r.b_label} {t['only_b']}", style="bold"))
    return Group(*parts)


def who_said(groups: list[SpeakerHits], term: str) -> Tree:
    root = Tree(Text(f"who said “{term}”", style="bold"))
    for g in groups:
        branch = root.add(Text(g.speaker, style="bold cyan"))
        for hit in g.hits:
            st = hit.statement
            full = st.fullest
            label = Text()
            label.append(f"[{st.id}] ", style="dim")
            label.append(_q(full.text, full.kind))
            if full.kind in _KIND_NOTES:
                label.append(_KIND_NOTES[full.kind], style="dim")
            node = branch.add(label)
            node.add(Text(f"carried by {len(st.outlets)} outlet{'s' if len(st.outlets) != 1 else ''}: "
                          + ", ".join(st.outlets), style="green"))
            others = [m for m in st.members if m.id != full.id and m.text.strip() != full.text.strip()]
            for m in others:
                node.add(Text.assemble((f"{m.outlet or 'unknown outlet'}: ", "bold"), _q(m.text, m.kind)))
    return root


def statements_table(items: list[Statement]) -> Table:
    t = Table(show_lines=False)
    t.add_column("id", justify="right")
    t.add_column("speaker", style="cyan")
    t.add_column("outlets")
    t.add_column("sure", justify="right")
    t.add_column("fullest wording")
    for s in items:
        sure = Text(f"{s.confidence:.2f}", style="green" if s.confidence >= SURE else "yellow")
        if s.confidence < SURE:
            sure.append("\nprobably", style="yellow")
        t.add_row(str(s.id), s.speaker or "?", "\n".join(s.outlets), sure, _q(s.fullest.text, s.fullest.kind))
    return t


def quotes_table(quotes: list[StoredQuote] | list[Quote], docs: list[str] | None = None) -> Table:
    t = Table()
    if docs is not None:
        t.add_column("doc")
    else:
        t.add_column("id", justify="right")
        t.add_column("outlet")
    t.add_column("speaker", style="cyan")
    t.add_column("cue")
    t.add_column("kind")
    t.add_column("conf", justify="right")
    t.add_column("text")
    for i, q in enumerate(quotes):
        first = [docs[i]] if docs is not None else [str(q.id), q.outlet or "?"]  # type: ignore[union-attr]
        t.add_row(*first, q.speaker or "?", q.cue or "", q.kind, f"{(q.confidence or 0):.2f}", _q(q.text, q.kind))
    return t


def speakers_table(items) -> Table:
    t = Table()
    for c in ("id", "speaker", "quotes", "articles", "outlets", "aliases"):
        t.add_column(c, justify="right" if c in ("id", "quotes", "articles", "outlets") else "left")
    for s in items:
        t.add_row(str(s.id), s.name, str(s.quotes), str(s.articles), str(s.outlets), "; ".join(s.aliases))
    return t


def speaker_change_json(c) -> dict:
    return {"action": c.action, "speaker": c.speaker, "other": c.other, "quotes": c.quotes,
            "statements": c.statements}


def speaker_change(c) -> Text:
    if c.action == "merge":
        head = f"{c.other} is now {c.speaker}"
    else:
        head = f"{c.other} is now a speaker of its own, apart from {c.speaker}"
    tail = f": {c.quotes} quotes, {c.statements} statements regrouped. Later ingests follow this."
    return Text.assemble((head, "bold"), (tail, ""))


def sources_table(items) -> Table:
    t = Table()
    for c in ("id", "outlet", "articles", "quotes"):
        t.add_column(c, justify="right" if c != "outlet" else "left")
    for s in items:
        t.add_row(str(s.id), s.name, str(s.articles), str(s.quotes))
    return t


def statement_view(v: StatementView) -> Group:
    st = v.statement
    full = st.fullest
    parts: list = [Text.assemble((f"Statement {st.id}", "bold"), " · ", (st.speaker or "unknown speaker", "cyan"),
                                 f" · {len(st.members)} report{'s' if len(st.members) != 1 else ''} in "
                                 f"{len(st.outlets)} outlet{'s' if len(st.outlets) != 1 else ''}")]
    ctx = {c.quote_id: c for c in v.contexts}
    comps = {c.b.id: c for c in v.comparisons}
    for m in st.members:
        c = ctx[m.id]
        para = Text(c.paragraph)
        para.stylize("bold yellow", c.start, c.end)
        body: list = [para]
        if m.member_confidence is not None:
            sure = m.member_confidence >= SURE
            other = next((x for x in st.members if x.id == m.linked_to), None)
            body.append(Text.assemble(
                ("the same statement" if sure else "probably the same statement", "green" if sure else "yellow"),
                (f" ({m.member_confidence:.2f})", "dim"),
                (f" as the report in {other.outlet or other.doc}" if other else "", "dim"),
                (": " + "; ".join(m.evidence), "dim")))
        if m.id == full.id:
            body.append(Text("fullest wording", style="dim"))
        elif m.id in comps:
            cmp = comps[m.id]
            line = Text.assemble(("against the fullest: ", "dim"),
                                 (cmp.relation, "green" if cmp.agree else "yellow"))
            body.append(line)
            for note in cmp.notes:
                body.append(Text(note, style="magenta"))
            if cmp.missing:
                body.append(Text(f"leaves out: {cmp.missing}", style="dim"))
            if cmp.mostly_changed:
                body.append(Text("most words differ from the fullest wording", style="dim"))
            elif cmp.diff and cmp.text_relation != "identical":
                body.append(word_diff(cmp.diff))
        title = _side(m)
        parts.append(Panel(Group(*body), title=title, title_align="left"))
    return Group(*parts)
