"""The ``claims`` command line: parse options, call one claims function, render the result.

No logic and no SQL here. Every library error (``ClaimsError``) becomes one
line on stderr and exit code 1; ``--json`` output is written as plain JSON,
never through Rich.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path
from typing import Annotated, Callable, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

import claims
from claims import api
from claims.errors import ClaimsError
from claims.extract.native import status as extraction_form
from claims.model import KINDS
from claims.source import Overrides

from . import render

app = typer.Typer(
    help="Track who said what, and how each outlet reported it.\n\n"
         "Example: claims ingest seeds/ && claims diff \"Times of Israel\" RFE",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

# Options every command shares, declared once.
DbOpt = Annotated[Path, typer.Option("--db", envvar="CLAIMS_DB", show_envvar=True,
                                     help="SQLite database file (default ./claims.db, or $CLAIMS_DB).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (one object per line) instead of tables.")]
DEFAULT_DB = Path(api.DEFAULT_DB)


def _version(show: bool) -> None:
    if show:
        out.print(f"claims {claims.__version__}, extractor: {extraction_form()}", soft_wrap=True)
        raise typer.Exit()


@app.callback()
def _options(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                   help="Print the version and the extractor's form, then exit.")]
             = False) -> None:
    """Track who said what, and how each outlet reported it."""


def _emit_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def handle_errors(fn: Callable) -> Callable:
    """Turn a ClaimsError into one red line on stderr and exit code 1, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ClaimsError as e:
            err.print(f"[red]Error:[/red] {escape(str(e))}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            err.print("Interrupted; every article stored so far is complete.")
            raise typer.Exit(130) from None

    return wrapper


def _stdin(paths: list[str]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in paths else None


@app.command()
@handle_errors
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders (searched recursively), or - for stdin.")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
    outlet: Annotated[Optional[str], typer.Option(help="Outlet of these articles, where sources.csv names none.")] = None,
    date: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD), where sources.csv gives none.")] = None,
    title: Annotated[Optional[str], typer.Option(help="Title, where sources.csv gives none.")] = None,
    semantic: Annotated[Optional[str], typer.Option(
        envvar="CLAIMS_SEMANTIC", show_envvar=True, metavar="MODEL",
        help="Also link translations by meaning, with this local sentence-embedding model "
             "(needs pip install 'claims[semantic]'; off by default).")] = None,
) -> None:
    """Store articles, extract their quotes and link them into statements.

    Each article is stored once (by content); repeating one changes nothing.
    Outlet, date and title come from a sources.csv beside the articles, then
    these options, then what the text itself states.

    Example: claims ingest seeds/ --db news.db
    """
    def progress(total: int):
        bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=err, transient=True, disable=not err.is_terminal or total < 20)
        bar.start()
        task = bar.add_task("ingest", total=total)

        def step(article, stored):
            bar.advance(task)
            if bar.finished:
                bar.stop()
        return step

    result = api.ingest_paths(db, paths, overrides=Overrides(outlet=outlet, date=date, title=title),
                              stdin=_stdin(paths), progress=progress, semantic=semantic)
    for w in result.warnings:
        err.print(f"[yellow]Warning:[/yellow] {w}", markup=True, soft_wrap=True)
    if as_json:
        _emit_json(render.ingest_json(result))
        return
    for doc, status in result.articles:
        if status != "new":
            out.print(f"{doc}: {status}")
    out.print(render.ingest_summary(result))


@app.command()
@handle_errors
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, or - for stdin.")],
    as_json: JsonOpt = False,
    indirect: Annotated[bool, typer.Option("--indirect", help="Also report claims without quote marks (kind \"indirect\") and the turns of interviews and transcripts (kind \"transcript\").")] = False,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Extract attributed quotes from articles without storing anything.

    With --json: one object per article, {"doc", "quotes": [{"start", "end", "text",
    "speaker", "speaker_start", "speaker_end", "cue", "kind", ...}]}, offsets into
    the file's text (UTF-8) and text without the outer quote marks. --db is unused.

    Example: claims extract seeds/*.txt --json > quotes.jsonl
    """
    results = api.extract_paths(paths, stdin=_stdin(paths), indirect=indirect)
    for a, quotes in results:
        for w in a.warnings:
            err.print(f"[yellow]Warning:[/yellow] {escape(w)}", markup=True, soft_wrap=True)
        if as_json:
            _emit_json(render.extract_json(a.doc, quotes))
    if not as_json:
        rows = [(a.doc, q) for a, qs in results for q in qs]
        out.print(render.quotes_table([q for _, q in rows], docs=[d for d, _ in rows]))


@app.command()
@handle_errors
def statements(
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
    all_: Annotated[bool, typer.Option("--all", help="Include statements reported by one article only.")] = False,
    speaker: Annotated[Optional[str], typer.Option(help="Only statements of speakers whose name holds this.")] = None,
    min_confidence: Annotated[float, typer.Option(
        "--min-confidence", min=0.0, max=1.0,
        help="Leave out reports that belong to their statement less surely than this (0-1; below 0.8 a "
             "report is 'probably' the same statement).")] = 0.0,
) -> None:
    """List statements: the same utterance as reported by several articles.

    Example: claims statements --speaker Lavrov --min-confidence 0.8
    """
    items = api.with_store(db, lambda s: api.query.statements(s, min_articles=1 if all_ else 2, speaker=speaker,
                                                              min_confidence=min_confidence))
    if as_json:
        for st in items:
            _emit_json(render.statement_json(st))
        return
    out.print(render.statements_table(items))


@app.command("who-said")
@handle_errors
def who_said(
    term: Annotated[str, typer.Argument(help="Words to search for in quotes (stemmed: withdraw finds withdrawal).")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
    speaker: Annotated[Optional[str], typer.Option(help="Only speakers whose name holds this.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only outlets whose name holds this.")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="At most this many statements.")] = None,
) -> None:
    """Who said it: matching statements grouped by speaker, each once, with its outlets and wordings.

    Example: claims who-said withdraw --speaker Tillerson
    """
    groups = api.with_store(db, lambda s: api.query.who_said(s, term, speaker=speaker, outlet=outlet, limit=limit))
    if as_json:
        for g in groups:
            for h in g.hits:
                _emit_json({"speaker": g.speaker, "statement_id": h.statement.id,
                            "fullest": h.statement.fullest.text, "outlets": list(h.statement.outlets),
                            "members": [render.member_json(m) for m in h.statement.members]})
        return
    if not groups:
        out.print(f"No quote matches {term!r}.")
        return
    out.print(render.who_said(groups, term))


@app.command()
@handle_errors
def diff(
    a: Annotated[str, typer.Argument(help="An outlet (name or unique prefix) or an article (id or file name).")],
    b: Annotated[str, typer.Argument(help="Another outlet or article.")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """Compare two outlets or articles: agreements, discrepancies (with a word diff), and what only one reports.

    Example: claims diff "Times of Israel" RFE
    """
    report = api.with_store(db, lambda s: api.query.diff(s, a, b))
    if as_json:
        _emit_json(render.diff_json(report))
        return
    out.print(render.diff_report(report))


@app.command()
@handle_errors
def quotes(
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
    speaker: Annotated[Optional[str], typer.Option(help="Only speakers whose name or alias holds this.")] = None,
    outlet: Annotated[Optional[str], typer.Option(help="Only outlets whose name holds this.")] = None,
    kind: Annotated[Optional[str], typer.Option(help="direct, indirect or transcript.")] = None,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Only quotes at least this sure.")] = 0.0,
    limit: Annotated[Optional[int], typer.Option(min=1, help="At most this many quotes.")] = None,
) -> None:
    """List stored quotes, filtered by speaker, outlet, kind or confidence.

    Example: claims quotes --speaker Zarif --kind direct
    """
    if kind is not None and kind not in KINDS:
        raise typer.BadParameter(f"use {', '.join(KINDS[:-1])} or {KINDS[-1]}", param_hint="--kind")
    items = api.with_store(db, lambda s: s.quotes(speaker=speaker, outlet=outlet, kind=kind,
                                                   min_confidence=min_confidence, limit=limit))
    if as_json:
        for q in items:
            _emit_json(render.member_json(q))
        return
    out.print(render.quotes_table(items))


speakers_app = typer.Typer(
    help="List speakers; merge two names of one person, or split a name off a speaker.\n\n"
         "Example: claims speakers merge \"Muammar Gaddafi\" \"Moammar Qaddafi\"",
    invoke_without_command=True, rich_markup_mode=None)
app.add_typer(speakers_app, name="speakers")


@speakers_app.callback()
@handle_errors
def speakers(
    ctx: typer.Context,
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """List speakers with how often they are quoted, in how many articles and outlets, and their aliases.

    Example: claims speakers --json
    """
    if ctx.invoked_subcommand is not None:
        return
    items = api.with_store(db, lambda s: s.speakers())
    if as_json:
        for sp in items:
            _emit_json({"id": sp.id, "name": sp.name, "aliases": list(sp.aliases), "quotes": sp.quotes,
                        "articles": sp.articles, "outlets": sp.outlets})
        return
    out.print(render.speakers_table(items))


def _change(change, as_json: bool) -> None:
    if as_json:
        _emit_json(render.speaker_change_json(change))
    else:
        out.print(render.speaker_change(change))


@speakers_app.command("merge")
@handle_errors
def speakers_merge(
    keep: Annotated[str, typer.Argument(help="The speaker to keep (name or alias).")],
    other: Annotated[str, typer.Argument(help="Another name of the same person, merged into KEEP.")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """Make two speakers one person; later ingests follow the correction.

    Example: claims speakers merge "Volodymyr Zelensky" "Zelenskyy"
    """
    _change(api.with_store(db, lambda s: api.merge_speakers(s, keep, other)), as_json)


@speakers_app.command("split")
@handle_errors
def speakers_split(
    name: Annotated[str, typer.Argument(help="A name (or alias) whose quotes become a speaker of their own.")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """Give the quotes that name NAME a speaker of their own; later ingests follow the correction.

    Example: claims speakers split "Igor Petrov"
    """
    _change(api.with_store(db, lambda s: api.split_speaker(s, name)), as_json)


@app.command()
@handle_errors
def sources(
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """List outlets with their numbers of articles and quotes.

    Example: claims sources
    """
    items = api.with_store(db, lambda s: s.sources())
    if as_json:
        for so in items:
            _emit_json({"id": so.id, "name": so.name, "articles": so.articles, "quotes": so.quotes})
        return
    out.print(render.sources_table(items))


@app.command()
@handle_errors
def show(
    statement_id: Annotated[int, typer.Argument(metavar="ID", help="A statement id (see `claims statements`).")],
    db: DbOpt = DEFAULT_DB,
    as_json: JsonOpt = False,
) -> None:
    """Show one statement: every report of it, its outlet, the paragraph around it, and how it differs.

    Example: claims show 7
    """
    view = api.with_store(db, lambda s: api.query.show(s, statement_id))
    if as_json:
        _emit_json({**render.statement_json(view.statement),
                    "comparisons": [render.comparison_json(c) for c in view.comparisons],
                    "contexts": [{"quote_id": c.quote_id, "paragraph": c.paragraph, "start": c.start, "end": c.end}
                                 for c in view.contexts]})
        return
    out.print(render.statement_view(view))


def main() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()


if __name__ == "__main__":
    main()
