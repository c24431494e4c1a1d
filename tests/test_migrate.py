"""The schema that numbered migrations build, from a blank database and on reopening."""

import sqlite3

from claims.migrations import migrations
from claims.store import Store

EXPECTED = {
    "sources": {"id", "name"},
    "articles": {"id", "hash", "doc", "path", "url", "title", "source_id", "published", "text", "ingested_at"},
    "speakers": {"id", "name", "kind", "key"},
    "speaker_aliases": {"alias", "speaker_id"},
    "statements": {"id", "speaker_id"},
    "quotes": {"id", "article_id", "start_char", "end_char", "text", "norm", "kind", "speaker_mention",
               "speaker_start", "speaker_end", "speaker_id", "cue", "paragraph", "confidence", "rule", "said_on",
               "said_when", "place", "via", "day", "words", "speaker_name"},
    "statement_members": {"quote_id", "statement_id", "confidence", "evidence", "linked_to"},
    "quote_shingles": {"hash", "quote_id"},
    "quote_links": {"a", "b", "kind", "score", "confidence", "evidence"},
    "settings": {"key", "value"},
    "speaker_corrections": {"name", "action", "target"},
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
    assert applied == ["m001_initial", "m002_links", "m003_speaker_keys", "m004_evidence"]
    assert migrations.pending(Store.open(db_path).db) == []


def test_fts_is_stemmed(db_path, seeds_db):
    store = Store.open(seeds_db)
    withdraw = {q.text for q in store.quotes(ids=store.search("withdraw"))}
    store.close()
    assert any("withdrawal" in t for t in withdraw)  # "withdraw" finds "withdrawal"
    assert any("withdraw its military" in t for t in withdraw)


def test_a_database_of_the_first_schema_is_upgraded_and_regrouped(tmp_path):
    """A database written before links existed: its quotes get days and lengths, and the next ingest
    groups its statements again with the current rules, keeping every quote."""
    from conftest import SEEDS
    from sqlite_utils import Database

    from claims.ingest import ingest
    from claims.source import read_articles

    old = tmp_path / "old.db"
    db = Database(old)
    migrations.apply(db, stop_before="m002_links")
    seeds = sorted(SEEDS.glob("*.txt"))
    articles = read_articles([str(p) for p in seeds])
    for i, a in enumerate(articles[:2], 1):  # as the first schema stored them: quotes, no statements
        db.execute("INSERT INTO articles (id, hash, doc, text, published, ingested_at) VALUES (?, ?, ?, ?, ?, '')",
                   (i, a.content_hash, a.doc, a.text, a.published))
        db.execute("INSERT INTO quotes (article_id, start_char, end_char, text, norm, kind) "
                   "VALUES (?, 0, 5, 'withdraw its military', 'withdraw its military', 'direct')", (i,))
    db.conn.commit()
    db.close()
    store = Store.open(old)
    try:
        assert store.q("SELECT count(*) FROM quotes WHERE words = 3")[0][0] == 2
        ingest(store, articles[2:3])
        # the two old quotes (same words, no speaker) are now one statement
        groups = [s for s in store.statements() if any(m.text == "withdraw its military" for m in s.members)]
        assert len(groups) == 1 and len(groups[0].members) == 2
        assert store.setting("links") is not None
    finally:
        store.close()
