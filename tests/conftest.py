"""Shared fixtures: real sample articles, real SQLite files in temp folders, a pinned-width CLI runner."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.ingest import ingest
from claims.source import read_articles
from claims.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
POLNEAR = SHARED / "data" / "polnear"
ENV = {"COLUMNS": "120", "TERM": "dumb", "NO_COLOR": "1"}

needs_shared = pytest.mark.skipif(not GOLD.exists(), reason="../shared (gold annotation, PolNeAR) not present")


@pytest.fixture(autouse=True)
def _db_env(tmp_path, monkeypatch):
    """No test ever touches ./claims.db: the default database lives in the test's temp folder."""
    monkeypatch.setenv("CLAIMS_DB", str(tmp_path / "default.db"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """A database with the five sample articles ingested (read-only for tests: copy before writing)."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    store = Store.open(path)
    ingest(store, read_articles([str(SEEDS)]))
    store.close()
    return path


@pytest.fixture
def seeds_copy(seeds_db, tmp_path) -> Path:
    dest = tmp_path / "copy.db"
    shutil.copy(seeds_db, dest)
    return dest


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def invoke(runner: CliRunner, args: list[str], input: bytes | str | None = None):
    from cli.app import app
    return runner.invoke(app, args, env=ENV, input=input, prog_name="claims")


def load_eval(name: str):
    """Import one of ../shared/eval's scripts as a module."""
    path = SHARED / "eval" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
