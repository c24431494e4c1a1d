"""Build hook: compile the extraction stages with mypyc, the compiler that ships with mypy.

The compiled modules are the same Python source turned into C extensions: the same output, about twice as
fast. All metadata lives in pyproject.toml; this file only adds the extensions. When compiling is not
possible (no C compiler, or CLAIMS_PURE=1 set at install time) the install is pure Python and works the same,
slower. ``claims/extract/native.py`` decides at import which of the two runs: a stage edited after the
build runs from its source, never stale.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Kept in step with claims/extract/native.py's STAGES (a test checks that they agree).
STAGES = ("lexicon", "quotes", "tokens", "dates", "transcript", "speakers", "attribution", "pipeline")
PACKAGE = Path("claims", "extract")
RECORD = "compiled.json"  # which source each compiled module was built from


def _extensions() -> list:
    if os.environ.get("CLAIMS_PURE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("claims: mypyc is not installed; installing pure Python", file=sys.stderr)
        return []
    try:
        exts = mypycify([str(PACKAGE / f"{s}.py") for s in STAGES], opt_level="3", group_name="claims_extract")
    except SystemExit:  # a type error stops mypyc; the pure-Python install still works
        print("claims: mypyc could not compile the extractor; installing pure Python", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # a compiler failure leaves a pure-Python install, not a failed one
    return exts


class BuildExt(build_ext):
    """Build the extensions, then record the SHA-256 of each stage's source beside them."""

    def run(self) -> None:
        super().run()
        if not self.extensions:
            return
        record = {s: hashlib.sha256((PACKAGE / f"{s}.py").read_bytes()).hexdigest() for s in STAGES}
        for root in {Path(self.build_lib), Path(".")} if self.inplace else {Path(self.build_lib)}:
            if (root / PACKAGE).is_dir():
                (root / PACKAGE / RECORD).write_text(json.dumps(record, indent=1) + "\n")


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExt})
