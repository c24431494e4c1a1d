"""One function per command, for the CLI: each opens what it needs and returns records."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from . import query
from .extract import extract
from .ingest import ingest, merge_speakers, split_speaker
from .model import Article, IngestResult, Quote
from .semantic import load as load_semantic
from .source import Overrides, read_articles
from .store import Store

DEFAULT_DB = "claims.db"


def ingest_paths(db: str | Path, paths: list[str], *, overrides: Overrides = Overrides(),
                 stdin: bytes | None = None,
                 progress: Callable[[int], Callable[[Article, bool], None]] | None = None,
                 semantic: str | None = None) -> IngestResult:
    """Read and check every article first (and load the semantic model, if one is asked for), then store
    them one transaction each."""
    articles = read_articles(paths, overrides, stdin)
    scorer = load_semantic(semantic)
    store = Store.open(db)
    try:
        return ingest(store, articles, progress(len(articles)) if progress else None, semantic=scorer)
    finally:
        store.close()


def extract_paths(paths: list[str], *, stdin: bytes | None = None, indirect: bool = False,
                  overrides: Overrides = Overrides()) -> list[tuple[Article, list[Quote]]]:
    """Extraction only, no database: each article with its quotes (and claims, with ``indirect``)."""
    out = []
    for a in read_articles(paths, overrides, stdin):
        quotes = extract(a.text, published=a.published, indirect=indirect)
        out.append((a, quotes))
    return out


def with_store(db: str | Path, fn: Callable[[Store], object]):
    store = Store.open(db)
    try:
        return fn(store)
    finally:
        store.close()


__all__ = ["DEFAULT_DB", "Overrides", "extract_paths", "ingest_paths", "merge_speakers", "query",
           "split_speaker", "with_store"]
