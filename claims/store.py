"""The only SQL in claims: one SQLite file through sqlite-utils, FTS5 for search.

``Store.open`` checks that the file is a claims database (or new), applies the
migrations, and hands back a Store whose methods read and write records of
``model.py``. Callers group writes with ``store.atomic()``.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from . import migrations
from .errors import DatabaseError, NotFound
from .match import Candidate, Link
from .normalize import name_key
from .model import Article, ArticleInfo, Quote, Source, Speaker, Statement, StoredQuote

SQLITE_HEADER = b"SQLite format 3\x00"
# A shingle shared by more quotes than this is a stock phrase ("the united states and"): it finds no
# particular quote, so candidate generation ignores it.
COMMON_SHINGLE = 20

_MEMBER_SELECT = """
SELECT q.id, q.article_id, a.doc, s.name AS outlet, a.published, q.start_char, q.end_char, q.text, q.kind,
       sp.name AS speaker, q.speaker_mention, q.cue, q.confidence, m.statement_id, q.said_on, q.said_when,
       q.place, q.via, q.rule, m.confidence, m.evidence, m.linked_to
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN speakers sp ON sp.id = q.speaker_id
LEFT JOIN statement_members m ON m.quote_id = q.id
"""

# A quote's stable key (``match.quote_key``) in SQL, and what matching reads of a quote (``match.Candidate``).
_KEY = "a.hash || ':' || printf('%09d', q.start_char)"
_CANDIDATES = f"SELECT q.id, q.speaker_id, q.norm, q.day, {_KEY} FROM quotes q JOIN articles a ON a.id = q.article_id"


def _stored(row: tuple) -> StoredQuote:
    return StoredQuote(id=row[0], article_id=row[1], doc=row[2], outlet=row[3], published=row[4], start=row[5],
                       end=row[6], text=row[7], kind=row[8], speaker=row[9], speaker_mention=row[10], cue=row[11],
                       confidence=row[12], statement_id=row[13], said_on=row[14], said_when=row[15],
                       place=row[16], via=row[17], rule=row[18] or "", member_confidence=row[19],
                       link_test=row[20], linked_to=row[21])


def _without_initials(name: str) -> str:
    """A name without its middle initials: "Donald J. Trump" -> "Donald Trump" ("George H. W. Bush" -> "George
    Bush": only ever compared with a name that has none)."""
    parts = name.split()
    return " ".join(parts[:1] + [p for p in parts[1:-1] if len(p.rstrip(".")) > 1] + parts[-1:])


def _personal(name: str) -> bool:
    """A name shaped like a person's ("Sergei Lavrov"), not an organisation's ("Times of Israel")."""
    parts = name.split()
    return 2 <= len(parts) <= 4 and all(p[:1].isupper() for p in parts) and not \
        any(p.lower() in ("news", "times", "group", "agency", "ministry", "party", "post", "daily") for p in parts)


def fts_query(term: str) -> str:
    """A user's search words as a safe FTS5 query: every word must occur, operators are plain words."""
    words = re.findall(r"[^\W_]+", term)
    if not words:
        raise NotFound(f"search term {term!r} has no words to search for; give at least one word")
    return " ".join('"' + w.replace('"', "") + '"' for w in words)


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        """Open (or create) a claims database and bring its schema up to date."""
        p = Path(path)
        if p.is_dir():
            raise DatabaseError(f"--db {path}: is a folder; give a database file name")
        if p.exists() and p.stat().st_size > 0:
            with p.open("rb") as fh:
                if fh.read(16) != SQLITE_HEADER:
                    raise DatabaseError(f"--db {path}: not a SQLite database; give a new file name or a claims database")
        elif not p.parent.exists():
            raise DatabaseError(f"--db {path}: folder {p.parent} does not exist; create it first")
        try:
            db = Database(p)
            tables = set(db.table_names())
            if tables and "_sqlite_migrations" not in tables:
                raise DatabaseError(f"--db {path}: a SQLite database of another program, not of claims; "
                                    "give a new file name")
            db.execute("PRAGMA foreign_keys = ON")
            # write-ahead log: a commit per article costs no flush of the whole file; still crash-safe
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            # sorting and de-duplicating candidate pairs (``candidate_pairs``) in memory, not in temp files
            db.execute("PRAGMA temp_store = MEMORY")
            db.execute("PRAGMA cache_size = -131072")  # 128 MB of pages
            migrations.apply(db)
        except sqlite3.DatabaseError as e:
            raise DatabaseError(f"--db {path}: cannot be used ({e}); give a new file name") from None
        return cls(db)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: everything inside is stored, or nothing is."""
        with self.db.atomic():
            yield

    def q(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        return self.db.execute(sql, params).fetchall()

    def q_in(self, sql: str, values: list, chunk: int = 500) -> list[tuple]:
        """Rows of ``sql`` whose one ``IN ({})`` takes ``values``, asked ``chunk`` values at a time
        (SQLite caps the number of parameters of one statement)."""
        rows: list[tuple] = []
        for i in range(0, len(values), chunk):
            part = values[i:i + chunk]
            rows.extend(self.q(sql.format(",".join("?" * len(part))), part))
        return rows

    # -- articles and sources ------------------------------------------------------------------
    def article_by_hash(self, content_hash: str) -> int | None:
        rows = self.q("SELECT id FROM articles WHERE hash = ?", (content_hash,))
        return rows[0][0] if rows else None

    def source_id(self, name: str | None) -> int | None:
        if not name:
            return None
        rows = self.q("SELECT id FROM sources WHERE name = ? COLLATE NOCASE", (name,))
        if rows:
            return rows[0][0]
        return self.db.execute("INSERT INTO sources (name) VALUES (?)", (name,)).lastrowid

    def add_article(self, a: Article) -> int:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        cur = self.db.execute(
            "INSERT INTO articles (hash, doc, path, url, title, source_id, published, text, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.content_hash, a.doc, a.path, a.url, a.title, self.source_id(a.outlet), a.published, a.text, now))
        return cur.lastrowid

    def articles(self) -> list[ArticleInfo]:
        rows = self.q("""SELECT a.id, a.doc, a.title, s.name, a.published, a.path,
                                (SELECT count(*) FROM quotes q WHERE q.article_id = a.id)
                         FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id""")
        return [ArticleInfo(*r) for r in rows]

    def sources(self) -> list[Source]:
        rows = self.q("""SELECT s.id, s.name, count(DISTINCT a.id), count(q.id)
                         FROM sources s LEFT JOIN articles a ON a.source_id = s.id
                         LEFT JOIN quotes q ON q.article_id = a.id
                         GROUP BY s.id ORDER BY s.name COLLATE NOCASE""")
        return [Source(*r) for r in rows]

    def resolve_side(self, label: str) -> tuple[str, set[int]]:
        """An outlet (name, case-insensitive, or unique prefix) or an article (id or file name) -> article ids."""
        if label.isdigit():
            rows = self.q("SELECT id, doc FROM articles WHERE id = ?", (int(label),))
            if rows:
                return f"article {rows[0][0]} ({rows[0][1]})", {rows[0][0]}
        stem = Path(label).stem if Path(label).suffix.lower() in (".txt", ".text", ".md", ".html", ".htm") else label
        rows = self.q("SELECT id, doc FROM articles WHERE doc = ?", (stem,))
        if rows:
            return (f"article {rows[0][0]} ({rows[0][1]})" if len(rows) == 1 else stem), {r[0] for r in rows}
        sources = self.q("SELECT id, name FROM sources")
        want = label.casefold().strip()

        def bare(s: str) -> str:
            s = s.casefold().strip()
            return s[4:] if s.startswith("the ") else s

        for test in (lambda n: n.casefold() == want, lambda n: n.casefold().startswith(want),
                     lambda n: bare(n).startswith(bare(want)), lambda n: want in n.casefold()):
            hits = [(i, n) for i, n in sources if test(n)]
            if len(hits) == 1:
                sid, name = hits[0]
                ids = {r[0] for r in self.q("SELECT id FROM articles WHERE source_id = ?", (sid,))}
                return name, ids
            if len(hits) > 1:
                names = ", ".join(sorted(n for _, n in hits))
                raise NotFound(f"{label!r} names several outlets ({names}); give more of the name")
        raise NotFound(f"{label!r} is no outlet, article id or file name in this database; "
                       "see `claims sources` and `claims quotes`")

    # -- speakers ---------------------------------------------------------------------------------
    def speaker_id(self, name: str | None) -> int | None:
        """The speaker a resolved name stands for, across articles; created when new.

        A user's correction (``merge_speakers``, ``split_speaker``) decides first. Otherwise a name
        joins the speaker of that name or alias; a one-word name joins the one speaker whose full name
        ends with it ("Lavrov" -> "Sergei Lavrov"); a full name takes over a one-word speaker met first,
        and joins the one speaker whose name is a transliteration of it ("Yasmin Zaky" -> "Yasmin
        Zaki", ``normalize.name_key``), or the same name with or without a middle initial ("Donald J. Trump" ->
        "Donald Trump"). Descriptions ("a Jordanian official") only ever match themselves.
        """
        if not name:
            return None
        fix = self.q("SELECT action, target FROM speaker_corrections WHERE name = ?", (name,))
        if fix:
            action, target = fix[0]
            rows = self.q("SELECT id FROM speakers WHERE name = ?", (target if action == "merge" else name,))
            if rows:
                return rows[0][0]
            if action == "split":  # its own speaker, whatever else the name resembles
                return self._new_speaker(name, "name")
        rows = self.q("SELECT id FROM speakers WHERE name = ?", (name,))
        if rows:
            return rows[0][0]
        rows = self.q("SELECT speaker_id FROM speaker_aliases WHERE alias = ?", (name,))
        if len({r[0] for r in rows}) == 1:
            return rows[0][0]
        proper = all(w[:1].isupper() for w in name.split() if w.lower() not in ("of", "the", "for", "al", "bin", "de"))
        parts = name.split()
        if proper and len(parts) == 1:
            rows = [r for r in self.q("SELECT id, name FROM speakers WHERE kind = 'name' AND name LIKE ?",
                                      ("% " + name,)) if _personal(r[1])]
            if len(rows) == 1:
                self.add_alias(rows[0][0], name)
                return rows[0][0]
        key = name_key(name) if proper and _personal(name) else None
        if proper and len(parts) >= 2:
            rows = self.q("SELECT id FROM speakers WHERE kind = 'name' AND name = ?", (parts[-1],))
            if rows:
                sid = rows[0][0]
                self.db.execute("UPDATE speakers SET name = ?, key = ? WHERE id = ?", (name, key, sid))
                self.add_alias(sid, parts[-1])
                return sid
        if key:
            rows = self.q("SELECT id FROM speakers WHERE key = ?", (key,))
            if len(rows) == 1:
                self.add_alias(rows[0][0], name)
                return rows[0][0]
            # a middle initial written or left out ("Donald J. Trump", "Donald Trump"): the one such speaker
            # (GLOB with a literal prefix, and "=", search the index on name; LIKE would read every speaker)
            rows = [] if any(c in name for c in "*?[]") else \
                [r for r in self.q("SELECT id, name FROM speakers WHERE kind = 'name' AND " +
                                   ("name GLOB ?" if len(parts) == 2 else "name = ?"),
                                   (f"{parts[0]} * {parts[-1]}" if len(parts) == 2 else f"{parts[0]} {parts[-1]}",))
                 if _without_initials(r[1]) == _without_initials(name)]
            if len(rows) == 1:
                self.add_alias(rows[0][0], name)
                return rows[0][0]
        return self._new_speaker(name, "name" if proper else "description", key)

    def _new_speaker(self, name: str, kind: str, key: str | None = None) -> int:
        return self.db.execute("INSERT INTO speakers (name, kind, key) VALUES (?, ?, ?)", (name, kind, key)).lastrowid

    def find_speaker(self, label: str) -> tuple[int, str]:
        """A speaker named on the command line (its name or an alias, any case) -> (id, name)."""
        rows = self.q("SELECT id, name FROM speakers WHERE name = ? COLLATE NOCASE", (label,))
        if not rows:
            rows = self.q("""SELECT DISTINCT sp.id, sp.name FROM speaker_aliases al JOIN speakers sp
                             ON sp.id = al.speaker_id WHERE al.alias = ? COLLATE NOCASE""", (label,))
        if len(rows) > 1:
            raise NotFound(f"{label!r} names several speakers ({', '.join(r[1] for r in rows)}); give the full name")
        if not rows:
            raise NotFound(f"{label!r} is no speaker in this database; see `claims speakers`")
        return rows[0][0], rows[0][1]

    def merge_speakers(self, keep: int, gone: int) -> list[int]:
        """Make speaker ``gone`` one with ``keep`` (quotes, statements, aliases), and remember it for
        later ingests; returns the ids of the quotes now ``keep``'s."""
        (gone_name,), = self.q("SELECT name FROM speakers WHERE id = ?", (gone,))
        (keep_name,), = self.q("SELECT name FROM speakers WHERE id = ?", (keep,))
        self.db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (keep, gone))
        self.db.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", (keep, gone))
        for (alias,) in self.q("SELECT alias FROM speaker_aliases WHERE speaker_id = ?", (gone,)) + [(gone_name,)]:
            self.add_alias(keep, alias)
            self.db.execute("INSERT OR REPLACE INTO speaker_corrections (name, action, target) VALUES (?, 'merge', ?)",
                            (alias, keep_name))
        self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (gone,))
        self.db.execute("DELETE FROM speakers WHERE id = ?", (gone,))
        return self.speaker_quote_ids(keep)

    def speaker_quote_ids(self, speaker_id: int) -> list[int]:
        return [r[0] for r in self.q("SELECT id FROM quotes WHERE speaker_id = ?", (speaker_id,))]

    def split_speaker(self, name: str) -> tuple[int, str, list[int]]:
        """Give the quotes whose article named ``name`` a speaker of their own (undoing a merge, made by
        claims or by a user), and remember it; returns the speaker they leave and the quotes moved."""
        rows = self.q("""SELECT q.speaker_id, sp.name, count(*) FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id
                         WHERE q.speaker_name = ? COLLATE NOCASE GROUP BY q.speaker_id""", (name,))
        if not rows:
            raise NotFound(f"no quote names {name!r}; see `claims speakers` for the names and aliases in use")
        old, old_name, _ = max(rows, key=lambda r: r[2])
        exact = self.q("SELECT DISTINCT speaker_name FROM quotes WHERE speaker_name = ? COLLATE NOCASE", (name,))[0][0]
        others = self.q("""SELECT speaker_name, count(*) FROM quotes WHERE speaker_id = ? AND speaker_name != ?
                           GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name""", (old, exact))
        if not others:
            raise NotFound(f"{name!r} is already a speaker of its own; nothing to split")
        moved = [r[0] for r in self.q("SELECT id FROM quotes WHERE speaker_id = ? AND speaker_name = ?", (old, exact))]
        if old_name == exact:  # the speaker's own name leaves: it goes on under its next most used name
            self.db.execute("UPDATE speakers SET name = ? WHERE id = ?", (others[0][0], old))
        new = self._new_speaker(exact, "name")
        self.q_in(f"UPDATE quotes SET speaker_id = {new} WHERE id IN ({{}})", moved)
        self.db.execute("DELETE FROM speaker_aliases WHERE speaker_id = ? AND alias = ?", (old, exact))
        self.db.execute("INSERT OR REPLACE INTO speaker_corrections (name, action, target) VALUES (?, 'split', NULL)",
                        (exact,))
        return old, self.q("SELECT name FROM speakers WHERE id = ?", (old,))[0][0], moved

    def add_alias(self, speaker_id: int, alias: str | None) -> None:
        if alias:
            self.db.execute("INSERT OR IGNORE INTO speaker_aliases (alias, speaker_id) VALUES (?, ?)",
                            (alias, speaker_id))

    def speakers(self) -> list[Speaker]:
        rows = self.q("""SELECT sp.id, sp.name, count(q.id), count(DISTINCT q.article_id),
                                count(DISTINCT a.source_id)
                         FROM speakers sp LEFT JOIN quotes q ON q.speaker_id = sp.id
                         LEFT JOIN articles a ON a.id = q.article_id
                         GROUP BY sp.id HAVING count(q.id) > 0 ORDER BY count(q.id) DESC, sp.name""")
        aliases: dict[int, list[str]] = {}
        for alias, sid in self.q("SELECT alias, speaker_id FROM speaker_aliases ORDER BY alias"):
            aliases.setdefault(sid, []).append(alias)
        return [Speaker(r[0], r[1], tuple(a for a in aliases.get(r[0], []) if a != r[1]), r[2], r[3], r[4])
                for r in rows]

    # -- quotes -------------------------------------------------------------------------------------
    def add_quote(self, article_id: int, q: Quote, speaker_id: int | None, norm: str, day: int | None) -> int:
        cur = self.db.execute(
            """INSERT INTO quotes (article_id, start_char, end_char, text, norm, kind, speaker_mention,
                   speaker_start, speaker_end, speaker_id, cue, paragraph, confidence, rule, said_on,
                   said_when, place, via, day, words, speaker_name)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (article_id, q.start, q.end, q.text, norm, q.kind, q.speaker_mention, q.speaker_start, q.speaker_end,
             speaker_id, q.cue, q.paragraph, q.confidence, q.rule, q.said_on, q.said_when, q.place, q.via,
             day, len(norm.split()), q.speaker))
        return cur.lastrowid

    def add_shingles(self, quote_id: int, hashes: set[int]) -> None:
        self.db.conn.executemany("INSERT INTO quote_shingles (hash, quote_id) VALUES (?, ?)",
                                 [(h, quote_id) for h in sorted(hashes)])

    def candidate_ids(self, quotes: list[tuple[int, set[int], int | None, int | None]],
                      days: int) -> dict[int, set[int]]:
        """For each (quote id, shingles, speaker, day): the quotes that could render the same utterance,
        those sharing a rare shingle with it, or of the same speaker in the same period of ``days`` days
        (weeks, counted from the first date ordinal) or undated. Of a speaker's word-for-word repeats
        only the first is a candidate. Symmetric: b is a's candidate when a is b's."""
        holders: dict[int, list[int]] = {}
        for h in sorted(set().union(*(h for _, h, _, _ in quotes))):  # a common one is not read to its end
            ids = [r[0] for r in self.q("SELECT quote_id FROM quote_shingles WHERE hash = ? LIMIT ?",
                                        (h, COMMON_SHINGLE + 1))]
            if len(ids) <= COMMON_SHINGLE:
                holders[h] = ids
        near: dict[tuple[int, int | None], list[int]] = {}
        out: dict[int, set[int]] = {}
        for qid, hashes, speaker_id, day in quotes:
            ids = {i for h in hashes for i in holders.get(h, ())}
            if speaker_id is not None:
                week = None if day is None else day // days  # one query per speaker and week, not per day
                if (speaker_id, week) not in near:
                    # the first of each set of word-for-word repeats (``match.Candidate.repeat_key``)
                    if week is None:
                        rows = self.q("SELECT min(id) FROM quotes WHERE speaker_id = ? GROUP BY day, norm",
                                      (speaker_id,))
                    else:
                        rows = self.q("""SELECT min(id) FROM quotes WHERE speaker_id = ? AND day BETWEEN ? AND ?
                                         GROUP BY day, norm
                                         UNION ALL SELECT min(id) FROM quotes WHERE speaker_id = ? AND day IS NULL
                                         GROUP BY norm""",
                                      (speaker_id, week * days, week * days + days - 1, speaker_id))
                    near[(speaker_id, week)] = [r[0] for r in rows]
                ids.update(near[(speaker_id, week)])
            ids.discard(qid)
            out[qid] = ids
        return out

    def candidates(self, ids: list[int]) -> list[Candidate]:
        return [Candidate(*r) for r in self.q_in(_CANDIDATES + " WHERE q.id IN ({})", ids)]

    # -- links and statements ------------------------------------------------------------------------
    def add_links(self, links: list[Link]) -> None:
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO quote_links (a, b, kind, score, confidence, evidence) VALUES (?, ?, ?, ?, ?, ?)",
            [(lk.a, lk.b, lk.kind, lk.score, lk.confidence, lk.test) for lk in links])

    def drop_links(self, ids: list[int]) -> None:
        """Forget every link of quotes ``ids`` (to link them again)."""
        for col in ("a", "b"):
            self.q_in(f"DELETE FROM quote_links WHERE {col} IN ({{}})", ids)

    def shingles_of(self, ids: list[int]) -> dict[int, set[int]]:
        out: dict[int, set[int]] = {i: set() for i in ids}
        for h, qid in self.q_in("SELECT hash, quote_id FROM quote_shingles WHERE quote_id IN ({})", ids):
            out[qid].add(h)
        return out

    def linked_region(self, ids: set[int]) -> set[int]:
        """Every quote reachable from ``ids`` through links: the quotes whose statements may change."""
        seen, frontier = set(ids), sorted(ids)
        while frontier:
            nxt = {r[0] for r in self.q_in("SELECT b FROM quote_links WHERE a IN ({})", frontier)}
            nxt |= {r[0] for r in self.q_in("SELECT a FROM quote_links WHERE b IN ({})", frontier)}
            frontier = sorted(nxt - seen)
            seen |= nxt
        return seen

    def links_from(self, ids: list[int]) -> list[Link]:
        return [Link(a, b, kind, score, 1.0 if conf is None else conf, test or "")
                for a, b, kind, score, conf, test in self.q_in(
                    "SELECT a, b, kind, score, confidence, evidence FROM quote_links WHERE a IN ({})", ids)]

    def sizes(self, ids: list[int]) -> dict[int, tuple[int, str]]:
        """Each quote's (number of words, stable key), the order in which ``match.group`` ranks them."""
        return {r[0]: (r[1], r[2]) for r in self.q_in(
            f"SELECT q.id, q.words, {_KEY} FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.id IN ({})", ids)}

    @staticmethod
    def _member_row(q: int, sid: int, why: dict[int, Link]) -> tuple:
        lk = why.get(q)
        if lk is None:
            return q, sid, None, None, None
        other = lk.a if lk.b == q else lk.b  # a pulled-in quote names the quote of the statement it joined
        return q, sid, lk.confidence, lk.test, other

    def assign_statements(self, groups: list[list[int]], why: dict[int, Link]) -> set[int]:
        """Make each group of quotes one statement, keeping the ids of statements that go on; returns them.
        ``why`` gives each member's surest link to another member (``match.memberships``)."""
        members = sorted(q for g in groups for q in g)
        old = dict(self.q_in("SELECT quote_id, statement_id FROM statement_members WHERE quote_id IN ({})", members))
        used: set[int] = set()
        rows = []
        for g in sorted(groups, key=min):
            olds = sorted({old[q] for q in g if q in old} - used)
            sid = olds[0] if olds else self.db.execute("INSERT INTO statements (speaker_id) VALUES (NULL)").lastrowid
            used.add(sid)
            rows.extend(self._member_row(q, sid, why) for q in g)
        self.db.conn.executemany("""INSERT OR REPLACE INTO statement_members
                                    (quote_id, statement_id, confidence, evidence, linked_to) VALUES (?, ?, ?, ?, ?)""",
                                 rows)
        self.q_in("DELETE FROM statements WHERE id IN ({})", sorted(set(old.values()) - used))
        self.refresh_statement_speakers(sorted(used))
        return used

    def all_candidates(self) -> dict[int, Candidate]:
        return {r[0]: Candidate(*r) for r in self.db.execute(_CANDIDATES)}  # streamed: no list of a million rows

    def candidate_pairs(self, days: int, skip: list[int] = ()) -> Iterator[tuple[int, int]]:
        """Every pair (later, earlier) of stored quotes that ``candidate_ids`` would compare, once each,
        computed by SQLite in one pass: for grouping a whole database from scratch. Quotes ``skip``
        are in no pair."""
        self.db.execute("DROP TABLE IF EXISTS temp.skipped")
        self.db.execute("CREATE TEMP TABLE skipped (id INTEGER PRIMARY KEY)")
        self.db.conn.executemany("INSERT INTO temp.skipped VALUES (?)", ((i,) for i in skip))
        self.db.execute("DROP TABLE IF EXISTS temp.pair_shingles")
        self.db.execute("""CREATE TEMP TABLE pair_shingles AS SELECT hash, quote_id FROM quote_shingles
                           WHERE hash IN (SELECT hash FROM quote_shingles GROUP BY hash
                                          HAVING count(*) BETWEEN 2 AND :common)
                             AND quote_id NOT IN temp.skipped""", {"common": COMMON_SHINGLE})
        self.db.execute("CREATE INDEX temp.pair_shingles_hash ON pair_shingles(hash, quote_id)")
        yield from self.db.execute("""
            WITH q AS (SELECT id, speaker_id, day FROM quotes WHERE id NOT IN temp.skipped)
            SELECT s1.quote_id, s2.quote_id FROM pair_shingles s1
              JOIN pair_shingles s2 ON s2.hash = s1.hash AND s2.quote_id < s1.quote_id
            UNION
            SELECT q1.id, q2.id FROM q q1 JOIN q q2 ON q2.speaker_id = q1.speaker_id
              AND q2.day BETWEEN q1.day / :days * :days AND q1.day / :days * :days + :days - 1 AND q2.id < q1.id
            UNION
            SELECT q1.id, q2.id FROM q q1 JOIN q q2 ON q2.speaker_id = q1.speaker_id AND q2.id < q1.id
            WHERE q1.day IS NULL AND q1.speaker_id IS NOT NULL
            UNION
            SELECT q1.id, q2.id FROM q q2 JOIN q q1 ON q1.speaker_id = q2.speaker_id AND q2.id < q1.id
            WHERE q2.day IS NULL AND q2.speaker_id IS NOT NULL""", {"days": days})
        for t in ("skipped", "pair_shingles"):  # held in memory (temp_store) until dropped
            self.db.execute(f"DROP TABLE temp.{t}")

    def set_statements(self, groups: list[list[int]], why: dict[int, Link]) -> None:
        """Store ``groups`` as the statements (after ``clear_statements``), each numbered by its first quote."""
        self.db.conn.executemany("INSERT INTO statements (id) VALUES (?)", [(min(g),) for g in groups])
        self.db.conn.executemany("""INSERT INTO statement_members (quote_id, statement_id, confidence, evidence,
                                    linked_to) VALUES (?, ?, ?, ?, ?)""",
                                 [self._member_row(q, min(g), why) for g in groups for q in g])
        self.refresh_statement_speakers()

    def clear_statements(self, *, shingles: bool = True) -> None:
        """Forget every link and statement, and the shingles unless told not to (quotes stay), to group
        them again."""
        for t in ("quote_shingles",) * shingles + ("quote_links", "statement_members", "statements"):
            self.db.execute(f"DELETE FROM {t}")

    def setting(self, key: str) -> str | None:
        rows = self.q("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_setting(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    def refresh_statement_speakers(self, ids: list[int] | None = None) -> None:
        """Each statement's speaker (of ``ids``, or all): the one most of its members name."""
        sql = """UPDATE statements SET speaker_id = (
                     SELECT q.speaker_id FROM statement_members m JOIN quotes q ON q.id = m.quote_id
                     WHERE m.statement_id = statements.id AND q.speaker_id IS NOT NULL
                     GROUP BY q.speaker_id ORDER BY count(*) DESC, min(q.id) LIMIT 1)"""
        if ids is None:
            self.db.execute(sql)
        else:
            self.q_in(sql + " WHERE id IN ({})", ids)

    def existing_statements(self, ids: list[int]) -> set[int]:
        """Those of ``ids`` that are still statements (a merge deletes the statements it absorbs)."""
        return {r[0] for r in self.q_in("SELECT id FROM statements WHERE id IN ({})", ids)}

    def statements(self, ids: list[int] | None = None, *, min_articles: int = 1,
                   speaker: str | None = None, article_ids: set[int] | None = None) -> list[Statement]:
        """Statements with their members (in article order): all, those of ``ids``, or those with a
        member in ``article_ids``."""
        where, params = [], []
        if ids is not None:
            if not ids:
                return []
            where.append(f"m.statement_id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        if article_ids is not None:
            if not article_ids:
                return []
            where.append(f"""m.statement_id IN (SELECT m3.statement_id FROM statement_members m3
                             JOIN quotes q3 ON q3.id = m3.quote_id
                             WHERE q3.article_id IN ({','.join('?' * len(article_ids))}))""")
            params.extend(sorted(article_ids))
        if min_articles > 1:
            where.append("""m.statement_id IN (SELECT m2.statement_id FROM statement_members m2
                            JOIN quotes q2 ON q2.id = m2.quote_id GROUP BY m2.statement_id
                            HAVING count(DISTINCT q2.article_id) >= ?)""")
            params.append(min_articles)
        sql = _MEMBER_SELECT + (" WHERE " + " AND ".join(where) if where else "") + \
            " ORDER BY m.statement_id, q.article_id, q.start_char"
        groups: dict[int, list[StoredQuote]] = {}
        for row in self.q(sql, params):
            if row[13] is not None:
                groups.setdefault(row[13], []).append(_stored(row))
        names = dict(self.q("""SELECT st.id, sp.name FROM statements st LEFT JOIN speakers sp
                               ON sp.id = st.speaker_id"""))
        out = [Statement(sid, names.get(sid), tuple(members)) for sid, members in groups.items()]
        if speaker:
            want = speaker.casefold()
            out = [s for s in out if any(want in (m.speaker or "").casefold() for m in s.members)]
        return out

    def quotes(self, *, speaker: str | None = None, outlet: str | None = None, kind: str | None = None,
               min_confidence: float = 0.0, article_ids: set[int] | None = None,
               ids: list[int] | None = None, limit: int | None = None) -> list[StoredQuote]:
        where, params = ["coalesce(q.confidence, 1) >= ?"], [min_confidence]
        if speaker:
            where.append("""(sp.name LIKE ? OR q.speaker_id IN
                            (SELECT speaker_id FROM speaker_aliases WHERE alias LIKE ?))""")
            params += [f"%{speaker}%", f"%{speaker}%"]
        if outlet:
            where.append("s.name LIKE ?")
            params.append(f"%{outlet}%")
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        if article_ids is not None:
            where.append(f"q.article_id IN ({','.join('?' * len(article_ids)) or 'NULL'})")
            params.extend(sorted(article_ids))
        if ids is not None:
            where.append(f"q.id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params.extend(ids)
        sql = _MEMBER_SELECT + " WHERE " + " AND ".join(where) + " ORDER BY q.article_id, q.start_char"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_stored(r) for r in self.q(sql, params)]

    def search(self, term: str) -> list[int]:
        """Ids of quotes whose words match a search term (stemmed), best match first."""
        try:
            rows = self.q("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank", (fts_query(term),))
        except sqlite3.OperationalError as e:
            raise NotFound(f"search term {term!r} cannot be searched ({e}); use plain words") from None
        return [r[0] for r in rows]

    def context(self, article_id: int, start: int, end: int) -> tuple[str, int, int]:
        """The paragraph around a quote and the quote's offsets within it."""
        text = self.q("SELECT text FROM articles WHERE id = ?", (article_id,))[0][0]
        a = text.rfind("\n", 0, start) + 1
        b = text.find("\n", end)
        b = len(text) if b < 0 else b
        return text[a:b], start - a, end - a

    def counts(self) -> dict[str, int]:
        return {t: self.q(f"SELECT count(*) FROM {t}")[0][0]
                for t in ("articles", "quotes", "statements", "speakers", "sources")}
