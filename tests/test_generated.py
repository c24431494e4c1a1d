"""The generated corpus (bench/generate.py): deterministic, and matched the same in any ingest order."""

from __future__ import annotations

import json
import random
import sys

from conftest import ROOT

from claims.ingest import ingest
from claims.source import read_articles
from claims.store import Store

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate


def test_same_seed_writes_the_same_corpus(tmp_path):
    generate(tmp_path / "a", 40, seed=7)
    generate(tmp_path / "b", 40, seed=7)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    for n in names:
        assert (tmp_path / "a" / n).read_bytes() == (tmp_path / "b" / n).read_bytes()


def test_truth_offsets_point_at_the_quoted_words(tmp_path):
    truth = generate(tmp_path, 40, seed=3)
    for st in truth["statements"]:
        for m in st["members"]:
            text = (tmp_path / m["file"]).read_text(encoding="utf-8")
            assert text[m["start"]:m["end"]] == m["text"]
            assert text[m["start"] - 1] in "“\"‘"  # the words open right after a quote mark


def _partition(db) -> set[frozenset]:
    store = Store.open(db)
    try:
        return {frozenset((q.doc, q.start) for q in s.members) for s in store.statements()}
    finally:
        store.close()


def test_any_ingest_order_gives_the_same_statements(tmp_path):
    corpus = tmp_path / "corpus"
    truth = generate(corpus, 60, seed=11)
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    assert sum(len(s["members"]) > 1 for s in truth["statements"]) > 10  # statements reported more than once
    orders = [files, files[::-1], random.Random(5).sample(files, len(files))]
    parts = []
    for i, order in enumerate(orders):
        store = Store.open(tmp_path / f"{i}.db")
        try:
            ingest(store, read_articles(order))
        finally:
            store.close()
        parts.append(_partition(tmp_path / f"{i}.db"))
    assert parts[0] == parts[1] == parts[2]
    assert any(len(p) > 1 for p in parts[0])
    json.dumps(truth)  # the truth file is plain JSON


def test_one_pass_grouping_gives_the_statements_of_one_by_one_ingest(tmp_path, monkeypatch):
    """A large first ingest stores every article, then groups all quotes in one pass (ingest.relink):
    the statements must be those that ingesting the articles one at a time builds."""
    from claims import ingest as ingest_mod

    corpus = tmp_path / "corpus"
    generate(corpus, 80, seed=13)
    articles = read_articles([str(corpus)])
    assert len(articles) >= 40
    parts = []
    for name, bulk_from in (("one.db", 10**9), ("bulk.db", 1)):
        monkeypatch.setattr(ingest_mod, "BULK_ARTICLES", bulk_from)
        store = Store.open(tmp_path / name)
        try:
            res = ingest(store, articles)
        finally:
            store.close()
        assert res.new == len(articles)
        parts.append(_partition(tmp_path / name))
    assert parts[0] == parts[1]
    assert sum(len(p) > 1 for p in parts[0]) > 10


def test_a_sentence_repeated_word_for_word_costs_one_link_per_report(tmp_path, monkeypatch):
    """A wire story carried by many outlets: each word-for-word repeat (one speaker, one day) is linked
    to the first report alone, n - 1 links rather than n squared, whether the articles come one by one
    or in one pass; all n are one statement, and one more outlet's copy adds one link."""
    from claims import ingest as ingest_mod

    folder = tmp_path / "wire"
    folder.mkdir()
    rows = ["file,outlet,date"]
    for i in range(31):
        (folder / f"{i:02d}.txt").write_text(
            f"Talks in Geneva, report {i}\n\n“We will not withdraw our advisers from the region before the "
            f"talks end,” Foreign Minister Anna Petrova said on Tuesday.\n\nOutlet {i} notes that "
            f"{i + 2} rounds of talks have failed.\n", encoding="utf-8")
        rows.append(f"{i:02d}.txt,Outlet {i},2018-02-14")
    (folder / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    articles = read_articles([str(folder)])
    for name, bulk_from in (("one.db", 10**9), ("bulk.db", 1)):
        monkeypatch.setattr(ingest_mod, "BULK_ARTICLES", bulk_from)
        store = Store.open(tmp_path / name)
        try:
            ingest(store, articles[:30])
            (st,) = [s for s in store.statements() if s.speaker == "Anna Petrova"]
            assert len(st.members) == 30
            assert store.q("SELECT count(*) FROM quote_links")[0][0] == 29
            ingest(store, articles[30:])
            (st,) = [s for s in store.statements() if s.speaker == "Anna Petrova"]
            assert len(st.members) == 31
            assert store.q("SELECT count(*) FROM quote_links")[0][0] == 30
        finally:
            store.close()
