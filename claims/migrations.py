"""Numbered schema migrations, applied in order on every open (sqlite-utils ``Migrations``).

Each step runs in a transaction with the record of it having been applied; a
new schema change is a new function ``mNNN_...`` at the end, never an edit of
an old one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("claims")

_M001 = [
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX sources_name ON sources(name COLLATE NOCASE)",
    """CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        doc TEXT NOT NULL,
        path TEXT,
        url TEXT,
        title TEXT,
        source_id INTEGER REFERENCES sources(id),
        published TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_doc ON articles(doc)",
    "CREATE INDEX articles_source ON articles(source_id)",
    """CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'name'
    )""",
    "CREATE UNIQUE INDEX speakers_name ON speakers(name)",
    """CREATE TABLE speaker_aliases (
        alias TEXT NOT NULL,
        speaker_id INTEGER NOT NULL REFERENCES speakers(id),
        PRIMARY KEY (alias, speaker_id)
    )""",
    """CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        speaker_id INTEGER REFERENCES speakers(id)
    )""",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        kind TEXT NOT NULL,
        speaker_mention TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_id INTEGER REFERENCES speakers(id),
        cue TEXT,
        paragraph INTEGER,
        confidence REAL,
        rule TEXT,
        said_on TEXT,
        said_when TEXT,
        place TEXT,
        via TEXT
    )""",
    "CREATE INDEX quotes_article ON quotes(article_id)",
    "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
    """CREATE TABLE statement_members (
        quote_id INTEGER PRIMARY KEY REFERENCES quotes(id),
        statement_id INTEGER NOT NULL REFERENCES statements(id)
    )""",
    "CREATE INDEX statement_members_statement ON statement_members(statement_id)",
    """CREATE TABLE quote_shingles (
        hash INTEGER NOT NULL,
        quote_id INTEGER NOT NULL REFERENCES quotes(id)
    )""",
    "CREATE INDEX quote_shingles_hash ON quote_shingles(hash)",
    # Full-text search over quote words, stemmed: "withdraw" finds "withdrawal".
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotes_au AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]


@migrations()
def m001_initial(db: Database) -> None:
    """Sources, articles, speakers and aliases, quotes (with FTS5), statements and their members."""
    for sql in _M001:
        db.execute(sql)


@migrations()
def m002_links(db: Database) -> None:
    """Quote links (variant or fragment, with their score) from which statements are grouped, and each
    quote's day (a date ordinal: stated day, else the article's date) and length, for blocking.

    Statements are regrouped from links on the next ingest (``ingest.relink``), so existing
    databases keep working."""
    db.execute("ALTER TABLE quotes ADD COLUMN day INTEGER")
    db.execute("ALTER TABLE quotes ADD COLUMN words INTEGER")
    db.execute("""UPDATE quotes SET day = (
                      SELECT CAST(julianday(coalesce(quotes.said_on, a.published)) - 1721424.5 AS INTEGER)
                      FROM articles a WHERE a.id = quotes.article_id),
                  words = length(norm) - length(replace(norm, ' ', '')) + (norm != '')""")
    db.execute("CREATE INDEX quotes_speaker_day ON quotes(speaker_id, day)")
    db.execute("""CREATE TABLE quote_links (
        a INTEGER NOT NULL REFERENCES quotes(id),
        b INTEGER NOT NULL REFERENCES quotes(id),
        kind TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (a, b)
    )""")
    db.execute("CREATE INDEX quote_links_b ON quote_links(b)")
    db.execute("""CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT
    )""")


@migrations()
def m003_speaker_keys(db: Database) -> None:
    """Speakers get a transliteration key (``normalize.name_key``) so that "Zaki" and "Zaky" meet; quotes
    keep the name extraction resolved (before speakers merge), and users' corrections to speakers
    (``claims speakers merge / split``) are kept apart so that later ingests follow them."""
    from .normalize import name_key

    db.execute("ALTER TABLE speakers ADD COLUMN key TEXT")
    db.execute("ALTER TABLE quotes ADD COLUMN speaker_name TEXT")
    for sid, name, kind in db.execute("SELECT id, name, kind FROM speakers").fetchall():
        db.execute("UPDATE speakers SET key = ? WHERE id = ?", (name_key(name) if kind == "name" else None, sid))
    db.execute("UPDATE quotes SET speaker_name = (SELECT name FROM speakers WHERE id = quotes.speaker_id)")
    db.execute("CREATE INDEX speakers_key ON speakers(key)")
    db.execute("""CREATE TABLE speaker_corrections (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        action TEXT NOT NULL,
        target TEXT
    )""")


@migrations()
def m004_evidence(db: Database) -> None:
    """Each link keeps how sure it is and the text test it passed (``match.Link``, in column evidence);
    each statement member keeps the weakest step of its way in: its confidence, test and other quote."""
    db.execute("ALTER TABLE quote_links ADD COLUMN confidence REAL")
    db.execute("ALTER TABLE quote_links ADD COLUMN evidence TEXT")
    db.execute("ALTER TABLE statement_members ADD COLUMN confidence REAL")
    db.execute("ALTER TABLE statement_members ADD COLUMN evidence TEXT")
    db.execute("ALTER TABLE statement_members ADD COLUMN linked_to INTEGER")


def apply(db: Database) -> None:
    """Bring a database up to the current schema."""
    migrations.apply(db)
