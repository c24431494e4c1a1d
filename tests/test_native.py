"""The compiled extractor (mypyc, built by setup.py) and its source give the same output, and a stage edited
after the build runs from its source, never stale."""

from __future__ import annotations

import ast
import hashlib
import importlib.machinery
import json
import os
import random
import subprocess
import sys

import pytest
from conftest import POLNEAR, ROOT, SEEDS, invoke

from claims.extract import extract, native

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _built(folder, stages=native.STAGES, record=True):
    """A folder as a build leaves it: each stage's source, its compiled module, and the record of the source."""
    for s in native.STAGES:
        (folder / f"{s}.py").write_text(f"# the {s} stage\n")
    for s in stages:
        (folder / f"{s}{SUFFIX}").write_bytes(b"\x7fELF")
    if record:
        digests = {s: hashlib.sha256((folder / f"{s}.py").read_bytes()).hexdigest() for s in native.STAGES}
        (folder / native.RECORD).write_text(json.dumps(digests))
    return folder


def test_compiled_modules_built_from_the_current_source_are_used(tmp_path):
    assert native.why_source(_built(tmp_path), environ={}) is None


def test_a_stage_edited_after_the_build_loads_every_stage_from_source(tmp_path):
    folder = _built(tmp_path)
    with (folder / "tokens.py").open("a") as f:
        f.write("# edited\n")
    assert native.why_source(folder, environ={}) == \
        "tokens.py changed since the build (pip install -e . compiles it again)"


@pytest.mark.parametrize("stages, record, reason", [
    ((), False, "not compiled at install"),
    (native.STAGES, False, f"no record of the build ({native.RECORD})"),
    (tuple(s for s in native.STAGES if s != "speakers"), True, "speakers was not compiled"),
])
def test_an_incomplete_build_loads_from_source(tmp_path, stages, record, reason):
    assert native.why_source(_built(tmp_path, stages, record), environ={}) == reason


def test_claims_pure_asks_for_the_source(tmp_path):
    assert native.why_source(_built(tmp_path), environ={"CLAIMS_PURE": "1"}) == "CLAIMS_PURE is set"


def test_setup_compiles_the_stages_native_checks():
    tree = ast.parse((ROOT / "setup.py").read_text())
    stages = next(ast.literal_eval(n.value) for n in tree.body
                  if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "STAGES")
    assert tuple(stages) == native.STAGES
    assert all((ROOT / "claims" / "extract" / f"{s}.py").is_file() for s in stages)


def test_version_names_the_form_that_runs(runner):
    r = invoke(runner, ["--version"])
    assert r.exit_code == 0
    assert r.output.strip() == f"claims 0.1.0, extractor: {native.status()}"


@pytest.mark.skipif(not native.COMPILED, reason=f"extractor not compiled: {native.REASON}")
def test_compiled_and_source_extract_the_same():
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    files += [str(p) for p in sorted((POLNEAR / "data" / "train" / "text").glob("*.txt"))[:60]]  # (when present)
    cmd = [sys.executable, "-m", "cli.app", "extract", *files, "--json", "--indirect"]

    def run(**env):
        return subprocess.run(cmd, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, check=True)

    compiled, source = run(), run(CLAIMS_PURE="1")
    assert compiled.stdout.count("\"speaker\": ") > (500 if len(files) > 5 else 40)  # quotes, not just articles
    assert compiled.stdout == source.stdout


def _mangled(texts: list[str], n: int, seed: int = 1) -> list[str]:
    """Articles cut at random points, with quote marks dropped, paragraphs shuffled, or all in one case."""
    rng = random.Random(seed)
    out = ["", "\n\n", "“", "“”", "“a\n\nb", "said", "— X", "“Hi,” he said"]
    for _ in range(n):
        t = rng.choice(texts)
        op = rng.random()
        if op < 0.3:
            a = rng.randrange(len(t))
            t = t[a:rng.randrange(a, len(t) + 1)]
        elif op < 0.6:
            t = "".join(ch for ch in t if not (ch in "“”\"'‘’" and rng.random() < 0.3))
        elif op < 0.8:
            paras = t.split("\n")
            rng.shuffle(paras)
            t = "\n".join(paras)
        else:
            t = t.upper() if rng.random() < 0.5 else t.lower()
        out.append(t)
    return out


@pytest.mark.skipif(not native.COMPILED, reason=f"extractor not compiled: {native.REASON}")
def test_compiled_and_source_agree_on_mangled_articles(tmp_path):
    """No input makes the compiled stages raise where the source would not (mypyc checks types at run time)."""
    texts = _mangled([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))], 150)
    (tmp_path / "texts.json").write_text(json.dumps(texts))
    script = ("import json, sys; from claims.extract import extract; "
              "print(json.dumps([repr(extract(t)) for t in json.load(open(sys.argv[1]))]))")
    source = subprocess.run([sys.executable, "-c", script, str(tmp_path / "texts.json")], cwd=ROOT, check=True,
                            env={**os.environ, "CLAIMS_PURE": "1"}, capture_output=True, text=True)
    compiled = [repr(extract(t)) for t in texts]
    assert sum(r != "[]" for r in compiled) > 50
    assert compiled == json.loads(source.stdout)


def test_the_stages_type_check_as_mypyc_needs():
    """mypyc compiles only code that type-checks; a type error would leave installs running the slower source."""
    pytest.importorskip("mypy")
    stages = [f"claims/extract/{s}.py" for s in native.STAGES]
    r = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental", *stages],
                       cwd=ROOT, capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout
