"""Articles -> the database: store each article once, extract its quotes, link them into statements.

Each article is one transaction: the article, its quotes and every statement
change are stored together or not at all. All input is read and checked
(``source.read_articles``) before the first write, so a bad file stops the run
with nothing stored.
"""

from __future__ import annotations

from typing import Callable

from .extract import extract
from .match import Candidate, same_statement
from .model import Article, IngestResult
from .normalize import shingles, words
from .store import Store


def _proper(mention: str | None) -> bool:
    if not mention:
        return False
    first = mention.split()[0]
    return first[:1].isupper() and first.lower() not in ("he", "she", "it", "they", "we", "i", "the", "a", "an")


def link_quote(store: Store, quote_id: int, article_id: int, speaker_id: int | None, norm: str,
               hashes: set[int]) -> int:
    """Put a stored quote into the statement it renders (merging statements it bridges); returns that id."""
    me = Candidate(quote_id, article_id, speaker_id, norm)
    hits: set[int] = set()
    for cand in store.candidates(quote_id, hashes, speaker_id):
        same, _ = same_statement(me, cand)
        if same:
            sid = store.statement_of(cand.id)
            if sid is not None:
                hits.add(sid)
    if not hits:
        sid = store.new_statement(quote_id)
    else:
        sid = min(hits)
        store.merge_statements(sid, hits)
        store.join_statement(quote_id, sid)
    store.refresh_statement_speaker(sid)
    return sid


def ingest_article(store: Store, article: Article) -> tuple[bool, int, set[int]]:
    """Store one article with its quotes and statements: (stored?, quotes, statements touched)."""
    with store.atomic():
        if store.article_by_hash(article.content_hash) is not None:
            return False, 0, set()
        aid = store.add_article(article)
        touched: set[int] = set()
        quotes = extract(article.text, published=article.published)
        for q in quotes:
            spk = store.speaker_id(q.speaker)
            if spk is not None and _proper(q.speaker_mention):
                store.add_alias(spk, q.speaker_mention)
            ws = words(q.text)
            norm = " ".join(ws)  # normalize.normal, keeping the words for the shingles
            qid = store.add_quote(aid, q, spk, norm)
            hashes = shingles(ws)
            store.add_shingles(qid, hashes)
            touched.add(link_quote(store, qid, aid, spk, norm, hashes))
        return True, len(quotes), touched


def ingest(store: Store, articles: list[Article],
           progress: Callable[[Article, bool], None] | None = None) -> IngestResult:
    """Ingest articles in order; an article already stored (same text) is skipped and changes nothing."""
    new = skipped = nquotes = 0
    touched: set[int] = set()
    done: list[tuple[str, str]] = []
    warnings: list[str] = []
    for a in articles:
        warnings.extend(a.warnings)
        stored, n, t = ingest_article(store, a)
        if stored:
            new += 1
            nquotes += n
            touched |= t
        else:
            skipped += 1
        done.append((a.doc, "new" if stored else "already ingested"))
        if progress is not None:
            progress(a, stored)
    live = store.existing_statements(sorted(touched))
    return IngestResult(new=new, skipped=skipped, quotes=nquotes, statements_touched=len(live),
                        articles=tuple(done), warnings=tuple(warnings))
