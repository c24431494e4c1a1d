"""The schema that numbered migrations build, from a blank database and on reopening."""

import sqlite3

from claims.migrations import migrations
from claims.store import Store

EXPECTED = {
    "sources": {"id", "name"},
    "articles": {"id", "hash", "doc", "path", "url", "title", "source_id", "published", "text", "ingested_at"},
    "speakers": {"id", "name", "kind"},
    "speaker_aliases": {"alias", "speaker_id"},
    "statements": {"id", "speaker_id"},
    "quotes": {"id", "article_id", "start_char", "end_char", "text", "norm", "kind", "speaker_mention",
               "speaker_start", "speaker_end", "speaker_id", "cue", "paragraph", "confidence", "rule", "said_on",
               "said_when", "place", "via"},
    "statement_members": {"quote_id", "statement_id"},
    "quote_shingles": {"hash", "quote_id"},
}


def columns(path) -> dict[str, set[str]]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: {r[1] for r in con.execute(f"PRAGMA table_info([{n}])")} for n in names}
    finally:
        con.close()


def test_blank_database_gets_every_table(db_path):
    Store.open(db_path).close()
    got = columns(db_path)
    for table, cols in EXPECTED.items():
        assert got[table] == cols, table
    assert "quotes_fts" in got


def test_reopening_applies_nothing_twice(db_path):
    Store.open(db_path).close()
    store = Store.open(db_path)
    applied = [m.name for m in migrations.applied(store.db)]
    store.close()
    assert applied == ["m001_initial"]
    assert migrations.pending(Store.open(db_path).db) == []


def test_fts_is_stemmed(db_path, seeds_db):
    store = Store.open(seeds_db)
    withdraw = {q.text for q in store.quotes(ids=store.search("withdraw"))}
    store.close()
    assert any("withdrawal" in t for t in withdraw)  # "withdraw" finds "withdrawal"
    assert any("withdraw its military" in t for t in withdraw)
