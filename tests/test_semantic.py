"""The optional semantic scorer: off by default, asked only where the other evidence makes a link likely,
and a clear error when it cannot be loaded. A stand-in scorer replaces a real model here."""

import pytest

from claims.errors import InputError
from claims.ingest import ingest
from claims.match import Candidate, link
from claims.normalize import normal
from claims.semantic import load
from claims.source import read_articles
from claims.store import Store

A = "We will not allow anyone to dictate terms to us in these talks."
B = "Nobody will impose their conditions on our people during the negotiations."


class Meaning:
    """Says that A and B mean the same, nothing else."""

    name = "test-model"

    def __init__(self):
        self.asked = []

    def similarity(self, a, b):
        self.asked.append((a, b))
        return 0.93 if {a, b} == {normal(A), normal(B)} else 0.1


def cand(i, speaker, text, day):
    return Candidate(i, speaker, normal(text), day, key=f"k{i}")


def test_semantic_links_one_speakers_translations_of_one_day_only():
    m = Meaning()
    assert link(cand(1, 7, A, 700), cand(2, 7, B, 700)) is None  # strings alone: apart
    lk = link(cand(1, 7, A, 700), cand(2, 7, B, 700), m)
    assert lk is not None and lk.kind == "same" and lk.test == "the same meaning by test-model (0.93)"
    assert lk.confidence < 0.8  # shown as "probably the same statement"
    m.asked.clear()
    assert link(cand(1, 7, A, 700), cand(2, 8, B, 700), m) is None  # other speaker
    assert link(cand(1, 7, A, 700), cand(2, 7, B, 709), m) is None  # other week
    assert m.asked == []  # and the model was not even asked


def test_ingest_with_a_scorer_joins_two_translations(tmp_path):
    for name, outlet, text in (("a.txt", "Ledger", f"Foreign Minister Dara Voss said on Monday: “{A}”\n"),
                               ("b.txt", "Courier", f"“{B}” Foreign Minister Dara Voss said on Monday.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    arts = read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    arts = [a.__class__(**{**a.__dict__, "published": "2020-05-05"}) for a in arts]
    counts = []
    for i, scorer in enumerate((None, Meaning())):
        store = Store.open(tmp_path / f"{i}.db")
        try:
            ingest(store, arts, semantic=scorer)
            counts.append(len(store.statements()))
        finally:
            store.close()
    assert counts == [2, 1]


def test_semantic_is_off_by_default_and_a_missing_library_is_one_clear_error():
    assert load(None) is None
    try:
        import sentence_transformers  # noqa: F401
        pytest.skip("sentence-transformers is installed here")
    except ImportError:
        pass
    with pytest.raises(InputError, match=r"--semantic some-model: sentence-transformers is not installed"):
        load("some-model")


def test_cli_semantic_without_the_library_stores_nothing(runner, db_path):
    try:
        import sentence_transformers  # noqa: F401
        pytest.skip("sentence-transformers is installed here")
    except ImportError:
        pass
    from conftest import SEEDS, invoke
    r = invoke(runner, ["ingest", str(SEEDS), "--db", str(db_path), "--semantic", "some-model"])
    assert r.exit_code == 1 and r.output.count("\n") == 1 and "claims[semantic]" in r.output
    assert not db_path.exists() or db_path.stat().st_size == 0
