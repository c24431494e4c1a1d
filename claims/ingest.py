"""Articles -> the database: store each article once, extract its quotes, link them into statements.

Each article is one transaction: the article, its quotes and every statement
change are stored together or not at all. All input is read and checked
(``source.read_articles``) before the first write, so a bad file stops the run
with nothing stored.

Statements are grouped from links between quotes (``match.link``, ``match.group``). A new
quote is compared only with its candidates (a shared rare word 5-gram, or the same speaker
in the same week), and only the statements its links reach are grouped again, so adding an
article costs time in proportion to its own quotes, and any ingest order gives the same statements.
"""

from __future__ import annotations

from itertools import chain
from typing import Callable

from .errors import NotFound
from .extract import extract
from .extract.dates import parse_date
from .match import (
    OCCASION_DAYS,
    Candidate,
    Link,
    first_of_repeats,
    group_why,
    link,
    quote_key,
)
from .model import Article, IngestResult, Quote, SpeakerChange
from .normalize import shingles, words
from .semantic import Scorer
from .store import Store

# Same-speaker quotes said in one calendar week (match.OCCASION_DAYS) are compared even without a
# shared 5-gram; quotes of other weeks can only be linked as near-identical or contained words, and
# those share 5-grams.
BLOCK_DAYS = OCCASION_DAYS
# The version of the linking rules a database's statements were grouped with: when the rules change,
# the next ingest groups every stored quote again.
LINKS_VERSION = "5"
# Ingesting at least this many articles into a database without quotes stores them all first and then
# groups them in one pass (``relink``): the same statements, several times faster than one by one.
BULK_ARTICLES = 200


def _proper(mention: str | None) -> bool:
    if not mention:
        return False
    first = mention.split()[0]
    return first[:1].isupper() and first.lower() not in ("he", "she", "it", "they", "we", "i", "the", "a", "an")


def _day(q: Quote, published: str | None) -> int | None:
    """The day the words were said, as a date ordinal: the stated day, else the article's full date."""
    day = parse_date(q.said_on or published)
    return day.toordinal() if day else None


def _links(store: Store, new: list[tuple[Candidate, set[int]]], semantic: Scorer | None = None) -> list[Link]:
    """The links of quotes ``new`` (with their shingles) to their candidates: every pair once, a pair
    inside ``new`` by its later quote."""
    own = {c.id for c, _ in new}
    found = store.candidate_ids([(c.id, h, c.speaker_id, c.day) for c, h in new], BLOCK_DAYS)
    wanted = {c.id: sorted(i for i in found[c.id] if i not in own or i < c.id) for c, _ in new}
    stored = {c.id: c for c in store.candidates(sorted({i for ids in wanted.values() for i in ids}))}
    out: list[Link] = []
    for me, _ in new:
        first = first_of_repeats(wanted[me.id], stored)
        others = [first[me.repeat_key]] if me.repeat_key in first else first.values()
        out.extend(lk for i in others if (lk := link(me, stored[i], semantic)) is not None)
    return out


def regroup(store: Store, ids: set[int]) -> set[int]:
    """Group again the statements that the links of ``ids`` reach; returns the statements they form."""
    region = sorted(store.linked_region(ids))
    return store.assign_statements(*group_why(store.sizes(region), store.links_from(region)))


def relink_quotes(store: Store, ids: list[int]) -> set[int]:
    """Link quotes ``ids`` again (after their speaker changed) and regroup every statement that they or
    their old links touch; returns the statements formed."""
    before = store.linked_region(set(ids))
    store.drop_links(ids)
    hashes = store.shingles_of(ids)
    store.add_links(_links(store, [(c, hashes[c.id]) for c in store.candidates(ids)]))
    return regroup(store, before | set(ids))


def relink(store: Store, *, reshingle: bool = True, semantic: Scorer | None = None) -> None:
    """Link and group every stored quote from scratch, with the current rules (shingling them again
    first, unless they were just stored). Candidate pairs come from SQLite in one pass and each is
    scored once, so the cost grows with the number of pairs, not with quotes squared."""
    store.clear_statements(shingles=reshingle)
    quotes = store.all_candidates()
    order = sorted(quotes)
    if reshingle:
        for qid in order:
            store.add_shingles(qid, shingles(quotes[qid].words))
    first = first_of_repeats(order, quotes)
    repeats = [(q, f) for q in order if (f := first[quotes[q].repeat_key]) != q]
    del first, order
    # a word-for-word repeat is linked to its first alone; only the firsts are compared with each other
    links = [lk for a, b in chain(repeats, store.candidate_pairs(BLOCK_DAYS, skip=[q for q, _ in repeats]))
             if (lk := link(quotes[a], quotes[b], semantic)) is not None]
    del repeats
    sizes = {i: (len(c.words), c.key) for i, c in quotes.items()}
    del quotes
    links.sort(key=lambda lk: (lk.a, lk.b))  # written in key order: each page of the table is written once
    store.add_links(links)
    store.set_statements(*group_why(sizes, links))
    store.set_setting("links", LINKS_VERSION)


def ingest_article(store: Store, article: Article, *, link_now: bool = True,
                   semantic: Scorer | None = None) -> tuple[bool, int, set[int]]:
    """Store one article with its quotes and statements: (stored?, quotes, statements touched).
    Without ``link_now`` the quotes are stored unlinked, for a ``relink`` to group."""
    with store.atomic():
        if store.article_by_hash(article.content_hash) is not None:
            return False, 0, set()
        aid = store.add_article(article)
        quotes = extract(article.text, published=article.published)
        new: list[tuple[Candidate, set[int]]] = []
        for q in quotes:
            spk = store.speaker_id(q.speaker)
            if spk is not None and _proper(q.speaker_mention):
                store.add_alias(spk, q.speaker_mention)
            ws = words(q.text)
            norm = " ".join(ws)  # normalize.normal, keeping the words for the shingles
            day = _day(q, article.published)
            qid = store.add_quote(aid, q, spk, norm, day)
            hashes = shingles(ws)
            store.add_shingles(qid, hashes)
            new.append((Candidate(qid, spk, norm, day, quote_key(article.content_hash, q.start)), hashes))
        if not link_now:
            return True, len(quotes), set()
        store.add_links(_links(store, new, semantic))
        touched = regroup(store, {c.id for c, _ in new}) if new else set()
        return True, len(quotes), touched


def ingest(store: Store, articles: list[Article], progress: Callable[[Article, bool], None] | None = None,
           semantic: Scorer | None = None) -> IngestResult:
    """Ingest articles in order; an article already stored (same text) is skipped and changes nothing."""
    bulk = len(articles) >= BULK_ARTICLES and store.counts()["quotes"] == 0
    if bulk:
        store.set_setting("links", "pending")  # until the one pass at the end has run
    elif store.setting("links") != LINKS_VERSION:
        with store.atomic():
            relink(store, semantic=semantic)
    new = skipped = nquotes = 0
    touched: set[int] = set()
    done: list[tuple[str, str]] = []
    warnings: list[str] = []
    for a in articles:
        warnings.extend(a.warnings)
        stored, n, t = ingest_article(store, a, link_now=not bulk, semantic=semantic)
        if stored:
            new += 1
            nquotes += n
            touched |= t
        else:
            skipped += 1
        done.append((a.doc, "new" if stored else "already ingested"))
        if progress is not None:
            progress(a, stored)
    if bulk:
        with store.atomic():
            relink(store, reshingle=False, semantic=semantic)
        n_touched = store.counts()["statements"]
    else:
        n_touched = len(store.existing_statements(sorted(touched)))
    return IngestResult(new=new, skipped=skipped, quotes=nquotes, statements_touched=n_touched,
                        articles=tuple(done), warnings=tuple(warnings))


def merge_speakers(store: Store, keep: str, other: str) -> SpeakerChange:
    """Speaker ``other`` is ``keep`` under another name: one speaker from now on, in later ingests too.
    The quotes of both are linked again, so that their statements follow."""
    with store.atomic():
        keep_id, keep_name = store.find_speaker(keep)
        other_id, other_name = store.find_speaker(other)
        if keep_id == other_id:
            raise NotFound(f"{keep!r} and {other!r} are already one speaker ({keep_name})")
        ids = store.merge_speakers(keep_id, other_id)
        touched = relink_quotes(store, ids)
    return SpeakerChange("merge", keep_name, other_name, len(ids), len(touched))


def split_speaker(store: Store, name: str) -> SpeakerChange:
    """The quotes whose articles named ``name`` get a speaker of their own, in later ingests too; their
    statements are regrouped."""
    with store.atomic():
        left_id, left, moved = store.split_speaker(name)
        touched = relink_quotes(store, moved + store.speaker_quote_ids(left_id))
    return SpeakerChange("split", left, name, len(moved), len(touched))
