"""Compiled or source: which of the two forms of the extraction stages runs.

An install compiles the stages with mypyc (see setup.py) when it can: the same code as C extensions, about
twice as fast. Python imports a compiled module before its source, so a stage edited after the build would
run stale. ``claims.extract`` imports this module first, and every stage loads from its source unless all of
them are compiled from the source as it is now (their SHA-256 is recorded at build time). It is all or none:
compiled stages call each other directly, not through their modules. ``CLAIMS_PURE=1`` asks for the source.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from importlib.machinery import ModuleSpec
from pathlib import Path

STAGES = ("lexicon", "quotes", "tokens", "dates", "transcript", "speakers", "attribution", "pipeline")
RECORD = "compiled.json"
GROUP_LIBRARY = "claims_extract__mypyc"  # the compiled code the stages' modules share
HERE = Path(__file__).resolve().parent


def why_source(folder: Path = HERE, environ: dict[str, str] | None = None) -> str | None:
    """Why the stages in ``folder`` must load from source, or None when their compiled modules are current."""
    if (environ if environ is not None else os.environ).get("CLAIMS_PURE"):
        return "CLAIMS_PURE is set"
    compiled = {s for s in STAGES
                if any((folder / f"{s}{suffix}").is_file() for suffix in importlib.machinery.EXTENSION_SUFFIXES)}
    if not compiled:
        return "not compiled at install"
    try:
        record = json.loads((folder / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"no record of the build ({RECORD})"
    for s in STAGES:
        if s not in compiled:
            return f"{s} was not compiled"
        if record.get(s) != hashlib.sha256((folder / f"{s}.py").read_bytes()).hexdigest():
            return f"{s}.py changed since the build (pip install -e . compiles it again)"
    return None


class _FromSource(importlib.abc.MetaPathFinder):
    """Finds each stage's ``.py`` file before its compiled module."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> ModuleSpec | None:
        package, _, stage = fullname.rpartition(".")
        if package != __package__ or stage not in STAGES:
            return None
        return importlib.util.spec_from_file_location(fullname, HERE / f"{stage}.py")


REASON = why_source()
if REASON is None and importlib.util.find_spec(GROUP_LIBRARY) is None:
    REASON = f"the compiled library {GROUP_LIBRARY} is missing"
if REASON is not None and not any(isinstance(f, _FromSource) for f in sys.meta_path):
    sys.meta_path.insert(0, _FromSource())
COMPILED = REASON is None


def status() -> str:
    """One line for --version and the benchmarks: which form runs, and why not the compiled one."""
    return "compiled (mypyc)" if COMPILED else f"Python source ({REASON})"
