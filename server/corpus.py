"""The corpus: outlets, articles and their quotations in one SQLite file.

Writes go through explicit transactions, one article (with its quotations) at a
time, so a write cut off at any moment leaves the corpus as it was before that
article. The file runs in WAL mode: the API keeps reading while an import
writes. Reads go through sqlite-utils, and the same file opens in sqlite-utils
or Datasette.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import sqlite_utils

from .core.keys import QuotationKeys, lookups, quotation_keys, speaker_key, speaker_keys
from .core.match import article_runs, elided_pieces, same_article_runs
from .core.models import Candidate, Quotation
from .core.normalize import content_hash, normalize
from .core.reprints import Copy, pick_original
from .core.text import blank_boilerplate
from .core.urls import canonical_url
from .errors import CorpusError
from .migrations import count_keys, index_text, migrate, optimize_key_index

if TYPE_CHECKING:
    from .read_threads import PartReader, ReadThreads

_MAX_COPY_CANDIDATES = 20
# Articles whose five-word runs are kept for the reprint check: a story's copies come close
# together in an import or a sync, and each is compared with every later one.
_RUNS_KEPT = 64
# What each lookup that finds a quotation adds to its weight besides its share (`_add_weights`).
_FOUND_BY_LOOKUP = 0.05
# What each of a lookup's quotations said by the looked-up quotation's own speaker weighs more,
# when that quotation's lookups each found more than can all be candidates (`_add_own_speakers`):
# among the many quotations holding a common run, the speaker's come first.
_SAID_BY_SPEAKER = 0.05
DEFAULT_LOOKUP_GROUPS = 6
DEFAULT_GROUP_ROWS = 100
# Every looked-up set of keys in one statement: for each AND expression of the JSON list, the
# ids of its first `:rows` quotations, as a JSON list of lists in the order of the expressions.
# One statement instead of one per set: a thread reading it gives Python's lock up for the whole
# statement, not at every row, so that another thread's statement runs meanwhile (`read_threads`).
_KEY_SETS_QUERY = (
    "SELECT json_group_array(json((SELECT json_group_array(rowid) FROM (SELECT rowid FROM "
    "quotation_keys WHERE quotation_keys MATCH expression.value LIMIT :rows)))) "
    "FROM json_each(:expressions) AS expression"
)

_LATEST_QUERY = (
    "SELECT json_group_array(json((SELECT json_group_array(rowid) FROM (SELECT rowid FROM "
    "quotation_keys WHERE quotation_keys MATCH expression.value ORDER BY rowid DESC "
    "LIMIT :rows)))) FROM json_each(:expressions) AS expression"
)


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One article as imported: text already extracted."""

    url: str
    outlet: str
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    canonical_url: str | None = None


@dataclass(frozen=True, slots=True)
class KnownArticle:
    """An article the corpus already holds, as sync needs to know it."""

    article_id: int
    url: str
    fetched_at: str | None
    imported_at: str


class StoredQuotation(NamedTuple):
    """A quotation as the corpus stores it: with its normalised text, its parts as JSON, its
    number of words and what the key index holds for it. A tuple: an import's worker processes
    send ten for each article to the writer, which unpickled a frozen dataclass 1.7x slower."""

    text: str
    normalized: str
    speaker: str | None
    role: str | None
    verb: str | None
    start: int
    end: int
    parts: str
    words: int
    index_text: str


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article with what saving it works out from its own fields alone: the hash of its
    text, the URL keys it is found by, its quotations as stored. Pure work, done before the
    write: an import does it in its worker processes, beside the one writer. (Not the five-word
    runs of the reprint check: sending them to the writer cost more than working them out.)"""

    article: ArticleRecord
    digest: str
    url_key: str
    named_url_key: str | None
    quotations: tuple[StoredQuotation, ...]


def prepare_article(article: ArticleRecord, quotations: list[Quotation]) -> PreparedArticle:
    """What `Corpus.save_prepared` writes of an article and its quotations."""
    return PreparedArticle(
        article=article,
        digest=content_hash(article.text),
        url_key=canonical_url(article.url),
        named_url_key=canonical_url(article.canonical_url) if article.canonical_url else None,
        quotations=tuple(_stored_quotation(quote) for quote in quotations),
    )


def _stored_quotation(quote: Quotation) -> StoredQuotation:
    normalized = normalize(quote.text)
    return StoredQuotation(
        text=quote.text,
        normalized=normalized,
        speaker=quote.speaker,
        role=quote.role,
        verb=quote.verb,
        start=quote.start,
        end=quote.end,
        parts=json.dumps([[p.start, p.end] for p in quote.parts]),
        words=len(normalized.split()),
        index_text=index_text(normalized, quote.speaker),
    )


def holdings(articles: int, quotations: int) -> str:
    """What the corpus holds, as `import` and `sync` end by saying it."""
    article_word = "article" if articles == 1 else "articles"
    quotation_word = "quotation" if quotations == 1 else "quotations"
    return f"The corpus holds {articles} {article_word} and {quotations} {quotation_word}."


def normalize_published(value: str | None) -> str | None:
    """ISO 8601 in, ISO 8601 out: dates stay dates, times become UTC (naive times taken as UTC)."""
    if value is None or value == "":
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.fromisoformat(text).date().isoformat()
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO 8601 date or time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


_PLAIN_WORDS = (
    ("locked", "another program is writing to it; try again when it has finished"),
    ("readonly", "the file is read-only"),
    ("not a database", "it is not a QuoteTrail corpus (not an SQLite database)"),
    ("disk is full", "the disk is full"),
    ("unable to open", "the file cannot be opened (check the path and its permissions)"),
)


def explain(error: sqlite3.Error) -> str:
    """SQLite's message in words a reader can act on, with SQLite's own after it."""
    message = str(error)
    for fragment, words in _PLAIN_WORDS:
        if fragment in message:
            return f"{words} ({message})"
    return message


def open_corpus(path: str, *, busy_timeout_ms: int = 5000, mmap_bytes: int = 0) -> Corpus:
    """Open (creating if absent) and migrate the corpus at `path`; with `mmap_bytes`, reads
    of the file's first `mmap_bytes` go through memory mapping instead of copies."""
    location = Path(path)
    try:
        location.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            location,
            timeout=busy_timeout_ms / 1000,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA mmap_size={int(mmap_bytes)}")
        migrate(conn)
    except sqlite3.DatabaseError as error:
        raise CorpusError(f"Cannot open the corpus {location}: {explain(error)}") from error
    except OSError as error:
        raise CorpusError(f"Cannot create the corpus {location}: {error.strerror}") from error
    return Corpus(conn, str(location))


def open_reader(
    path: str, *, busy_timeout_ms: int = 5000, mmap_bytes: int = 0
) -> sqlite3.Connection:
    """A connection that only reads the corpus at `path` (created and migrated already: it is
    not created here), for the one thread that opens it: SQLite's check that no other thread
    uses a connection stays on."""
    conn = sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=rw",
        uri=True,
        timeout=busy_timeout_ms / 1000,
        isolation_level=None,
    )
    conn.execute("PRAGMA query_only=ON")
    conn.execute(f"PRAGMA mmap_size={int(mmap_bytes)}")
    return conn


class Corpus:
    """The SQLite store behind QuoteTrail."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._runs: OrderedDict[str, set[tuple[str, ...]]] = OrderedDict()  # by text
        self._batch: _Batch | None = None
        self._outlet_ids: dict[str, int] = {}
        # Helper threads that read part of each page's lookups and rows (`db.get_corpus` sets it).
        self.read_threads: ReadThreads | None = None

    def close(self) -> None:
        self.conn.close()

    def counts(self) -> tuple[int, int]:
        """How many articles and quotations the corpus holds."""
        return self.db["articles"].count, self.db["quotations"].count

    def save_article(
        self,
        article: ArticleRecord,
        quotations: list[Quotation],
        *,
        aliases: tuple[str, ...] = (),
        fetched_at: str | None = None,
        same_text_same_article: bool = False,
    ) -> str:
        """Insert or update one article with its quotations, all or nothing.

        The article is found again by its URL, by any URL it was reached by
        before (`aliases` adds more: a feed link, a redirect), and with
        `same_text_same_article` as the same text from the same outlet (sync
        asks for it; an import keeps the URLs it is given). A new article that
        is another outlet's text is marked as a reprint of the original.
        Returns "new", "updated" or "unchanged".
        """
        return self.save_prepared(
            prepare_article(article, quotations),
            aliases=aliases,
            fetched_at=fetched_at,
            same_text_same_article=same_text_same_article,
        )

    def save_prepared(
        self,
        prepared: PreparedArticle,
        *,
        aliases: tuple[str, ...] = (),
        fetched_at: str | None = None,
        same_text_same_article: bool = False,
    ) -> str:
        """`save_article` of an article prepared beforehand (`prepare_article`)."""
        article, digest = prepared.article, prepared.digest
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            alias_keys = (canonical_url(url) for url in aliases)
            keys = tuple(dict.fromkeys((prepared.url_key, *alias_keys)))
            row = self._existing_row(article.url, keys)
            twin = None
            if row is None and same_text_same_article:
                twin = self._same_text_in_outlet(article.outlet, digest)
            if twin is not None:  # the same page under another address: nothing to write
                status, article_id = "unchanged", twin
            else:
                status, article_id = self._write_article(prepared, now, row)
            self._remember_urls(article_id, keys)
            if fetched_at is not None:
                self.conn.execute(
                    "UPDATE articles SET fetched_at = ? WHERE id = ?", (fetched_at, article_id)
                )
            if status == "new":
                self._mark_reprints(article_id, prepared)
        return status

    def is_unchanged(self, article: ArticleRecord) -> bool:
        """Is this article stored already with the same text, outlet, title, date and language?"""
        row = self.conn.execute(
            "SELECT a.text, o.name, a.title, a.published, a.language FROM articles a "
            "JOIN outlets o ON o.id = a.outlet_id WHERE a.url = ?",
            (article.url,),
        ).fetchone()
        fields = (article.text, article.outlet, article.title, article.published, article.language)
        return row is not None and tuple(row) == fields

    def _write_article(
        self, prepared: PreparedArticle, now: str, row: tuple | None
    ) -> tuple[str, int]:
        article, digest = prepared.article, prepared.digest
        outlet_id = self._outlet_id(article.outlet)
        fields = (
            outlet_id,
            article.title,
            article.published,
            article.language,
            article.author,
            article.canonical_url,
        )
        if row is not None and tuple(row[1:]) == (*fields, digest):
            return "unchanged", row[0]
        if row is None:
            article_id = self.conn.execute(
                "INSERT INTO articles (url, outlet_id, title, published, language, author, "
                "canonical_url, text, content_hash, imported_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.url, *fields, article.text, digest, now, now),
            ).lastrowid
        else:
            article_id = row[0]
            self.conn.execute(
                "UPDATE articles SET outlet_id = ?, title = ?, published = ?, language = ?, "
                "author = ?, canonical_url = ?, text = ?, content_hash = ?, updated_at = ? "
                "WHERE id = ?",
                (*fields, article.text, digest, now, article_id),
            )
            self._delete_quotations(article_id)
        self._insert_quotations(article_id, prepared.quotations)
        return ("new" if row is None else "updated"), article_id

    def _existing_row(self, url: str, url_keys: tuple[str, ...]) -> tuple | None:
        """The stored article at this URL or at an address it was reached by before."""
        columns = (
            "SELECT a.id, a.outlet_id, a.title, a.published, a.language, a.author, "
            "a.canonical_url, a.content_hash FROM articles a "
        )
        marks = ", ".join("?" * len(url_keys))
        lookups = (
            ("WHERE a.url = ?", (url,)),
            (f"JOIN article_urls u ON u.article_id = a.id WHERE u.url_key IN ({marks})", url_keys),
        )
        for condition, parameters in lookups:
            row = self.conn.execute(columns + condition + " LIMIT 1", parameters).fetchone()
            if row is not None:
                return tuple(row)
        return None

    def _same_text_in_outlet(self, outlet: str, digest: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM articles WHERE outlet_id = ? AND content_hash = ? LIMIT 1",
            (self._outlet_id(outlet), digest),
        ).fetchone()
        return row[0] if row else None

    def _remember_urls(self, article_id: int, url_keys: tuple[str, ...]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_urls (url_key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in url_keys],
        )

    def _mark_reprints(self, article_id: int, prepared: PreparedArticle) -> None:
        """Link the copies of this text in other outlets to the original among them."""
        article, digest = prepared.article, prepared.digest
        copies = [Copy(article_id, article.url, article.canonical_url, article.published)]
        for row in self._copy_candidates(article_id, prepared):
            same_text = row["content_hash"] == digest or row["named"]
            if same_text or same_article_runs(
                self._article_runs(article.text), self._article_runs(row["text"])
            ):
                copies.append(Copy(row["id"], row["url"], row["canonical_url"], row["published"]))
        if len(copies) < 2:
            return
        original = pick_original(copies).article_id
        self.conn.executemany(
            "UPDATE articles SET reprint_of = ? WHERE id = ?",
            [(None if c.article_id == original else original, c.article_id) for c in copies],
        )

    def _article_runs(self, text: str) -> set[tuple[str, ...]]:
        """The five-word runs of a text without boilerplate, kept for the next few articles
        (by the text itself: comparing two texts costs less than hashing one)."""
        runs = self._runs.get(text)
        if runs is None:
            runs = article_runs(blank_boilerplate(text))
            self._runs[text] = runs
            if len(self._runs) > _RUNS_KEPT:
                self._runs.popitem(last=False)
        else:
            self._runs.move_to_end(text)
        return runs

    def _copy_candidates(self, article_id: int, prepared: PreparedArticle) -> list:
        """Other outlets' articles with this text, this title, or at the URL this one names.

        Three indexed look-ups, never a scan of the corpus.
        """
        columns = (
            "SELECT a.id, a.url, a.canonical_url, a.published, a.content_hash, a.text, "
            "a.outlet_id FROM articles a "
        )
        article = prepared.article
        lookups = [("WHERE a.content_hash = ?", prepared.digest, False)]
        if article.title:
            lookups.append(("WHERE a.title = ? COLLATE NOCASE", article.title, False))
        if prepared.named_url_key is not None:
            named = "JOIN article_urls u ON u.article_id = a.id WHERE u.url_key = ?"
            lookups.append((named, prepared.named_url_key, True))
        own_outlet = self._outlet_id(article.outlet)
        found: dict[int, dict] = {}
        for condition, value, is_named in lookups:
            query = f"{columns}{condition} LIMIT {_MAX_COPY_CANDIDATES}"
            for row in self.conn.execute(query, (value,)):
                keys = ("id", "url", "canonical_url", "published", "content_hash", "text")
                record = dict(zip(keys, row[:6], strict=True))
                if record["id"] != article_id and row[6] != own_outlet:
                    previous = found.get(record["id"], {"named": False})
                    found[record["id"]] = {**record, "named": previous["named"] or is_named}
        return list(found.values())

    def _outlet_id(self, name: str) -> int:
        """The outlet's id, the outlet added if new. Kept: an outlet is never deleted, and the
        ids are forgotten when a write is rolled back (it may have added the outlet)."""
        outlet_id = self._outlet_ids.get(name)
        if outlet_id is None:
            self.conn.execute("INSERT OR IGNORE INTO outlets (name) VALUES (?)", (name,))
            query = "SELECT id FROM outlets WHERE name = ?"
            outlet_id = self.conn.execute(query, (name,)).fetchone()[0]
            self._outlet_ids[name] = outlet_id
        return outlet_id

    def _insert_quotations(self, article_id: int, quotations: tuple[StoredQuotation, ...]) -> None:
        self.conn.executemany(
            "INSERT INTO quotations (article_id, text, normalized, speaker, role, verb, start, "
            '"end", parts, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                (article_id, q.text, q.normalized, q.speaker, q.role, q.verb, q.start, q.end)
                + (q.parts, q.words)
                for q in quotations
            ],
        )
        index_texts = {(q.normalized, q.speaker): q.index_text for q in quotations}
        stored = self.conn.execute(
            "SELECT id, normalized, speaker FROM quotations WHERE article_id = ?", (article_id,)
        )
        self.conn.executemany(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (?, ?)",
            [(qid, index_texts[normalized, speaker]) for qid, normalized, speaker in stored],
        )

    def known_article(self, url: str) -> KnownArticle | None:
        """The article the corpus holds under this URL or any address it was reached by."""
        row = self.conn.execute(
            "SELECT a.id, a.url, a.fetched_at, a.imported_at FROM article_urls u "
            "JOIN articles a ON a.id = u.article_id WHERE u.url_key = ?",
            (canonical_url(url),),
        ).fetchone()
        return KnownArticle(*row) if row else None

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified a feed answered with last time it was read through."""
        row = self.conn.execute(
            "SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_feed_validators(
        self, url: str, outlet: str, etag: str | None, last_modified: str | None
    ) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._transaction():
            outlet_id = self._outlet_id(outlet)
            self.conn.execute(
                "INSERT INTO feeds (url, outlet_id, etag, last_modified, checked_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET outlet_id = ?, "
                "etag = ?, last_modified = ?, checked_at = ?",
                (url, outlet_id, etag, last_modified, now, outlet_id, etag, last_modified, now),
            )

    def save_outlet(self, name: str, homepage: str | None) -> None:
        with self._transaction():
            outlet_id = self._outlet_id(name)
            if homepage:
                self.conn.execute(
                    "UPDATE outlets SET homepage = ? WHERE id = ?", (homepage, outlet_id)
                )

    def export_articles(self) -> Iterator[dict]:
        """Every article in the import format, oldest first."""
        rows = self.conn.execute(
            "SELECT a.url, o.name, a.title, a.published, a.language, a.author, a.canonical_url, "
            "a.text FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id"
        )
        keys = ("url", "outlet", "title", "published", "language", "author", "canonical_url")
        for row in rows:
            record = {k: v for k, v in zip(keys, row[:7], strict=True) if v is not None}
            yield {**record, "text": row[7]}

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several writes in one transaction, committed together at its end. A write that
        fails within it rolls the whole batch back, even if the caller goes on: the corpus is
        never left with part of an article. (Not a savepoint for each write: FTS5 writes its
        pending keys to a new segment of the key index at every savepoint, as at a commit.)
        An import writes its articles in batches: a commit for each was a fifth of its
        writer's time."""
        with self._transaction():
            self._batch = _Batch()
            try:
                yield
                if self._batch.failed:
                    raise CorpusError(f"Could not write to the corpus {self.path}: rolled back")
            finally:
                self._batch = None

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._batch is not None:
            try:
                with self._write_errors():
                    yield
            except BaseException:
                self._batch.failed = True
                raise
            return
        with self._write_errors():
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
            except BaseException:
                self._outlet_ids.clear()
                raise

    @contextmanager
    def _write_errors(self) -> Iterator[None]:
        """SQLite's errors as CorpusError, in words a reader can act on."""
        try:
            yield
        except sqlite3.Error as error:
            raise CorpusError(
                f"Could not write to the corpus {self.path}: {explain(error)}"
            ) from error

    def _delete_quotations(self, article_id: int) -> None:
        """Delete an article's quotations and their keys (the key index keeps no text)."""
        rows = self.conn.execute(
            "SELECT id, normalized, speaker FROM quotations WHERE article_id = ?", (article_id,)
        ).fetchall()
        self.conn.executemany(
            "INSERT INTO quotation_keys(quotation_keys, rowid, keys) VALUES ('delete', ?, ?)",
            [(quote_id, index_text(normalized, speaker)) for quote_id, normalized, speaker in rows],
        )
        self.conn.execute("DELETE FROM quotations WHERE article_id = ?", (article_id,))

    def read_key_index(self) -> int:
        """Read the whole key index and the key counts once, so that the operating system keeps
        them in memory for the lookups (a corpus file not read lately is on disk: a page's
        lookups then wait for many small reads). Returns the bytes of index read. SQLite's own
        cache keeps none of it: the server's memory does not grow."""
        with self.reading():
            (index_bytes,) = self.conn.execute(
                "SELECT coalesce(sum(length(block)), 0) FROM quotation_keys_data"
            ).fetchone()
            self.conn.execute("SELECT count(*) FROM quotation_keys_idx").fetchone()
            self.conn.execute("SELECT count(*), sum(quotations) FROM key_counts").fetchone()
        return index_bytes

    def optimize_index(self) -> None:
        """Merge the key index into one segment and count its common keys again: done after an
        import, lookups read less."""
        try:
            optimize_key_index(self.conn)
        except sqlite3.Error as error:
            raise CorpusError(f"Could not write to the corpus {self.path}: {error}") from error
        with self._transaction():
            count_keys(self.conn)

    def find_candidates(
        self,
        text: str,
        *,
        limit: int,
        groups: int = DEFAULT_LOOKUP_GROUPS,
        group_rows: int = DEFAULT_GROUP_ROWS,
    ) -> list[Candidate]:
        """The corpus quotations found by the most of `text`'s key groups, most first.

        Each lookup (`lookups`: the key groups by their rarest keys, and pairs
        of distant keys) is an AND query of the key index, read for
        `group_rows` quotations at most, so a common phrase costs no more than
        a rare one. Candidates come most telling first (`_ranked`), `limit` at
        most. Reads the index, never the corpus.
        """
        return self.find_candidates_of([text], limit=limit, groups=groups, group_rows=group_rows)[0]

    def find_candidates_of(
        self,
        texts: list[str],
        *,
        limit: int,
        groups: int = DEFAULT_LOOKUP_GROUPS,
        group_rows: int = DEFAULT_GROUP_ROWS,
    ) -> list[list[Candidate]]:
        """`find_candidates` of each of `texts` (a page's quotations), with their articles."""
        found = self.candidate_quotations_of(
            texts, limit=limit, groups=groups, group_rows=group_rows
        )
        return self.with_articles(found)

    def candidate_quotations_of(
        self,
        texts: list[str],
        *,
        limit: int,
        groups: int = DEFAULT_LOOKUP_GROUPS,
        group_rows: int = DEFAULT_GROUP_ROWS,
        speakers: list[str | None] | None = None,
    ) -> list[list[Candidate]]:
        """`find_candidates_of` without the articles: each candidate's outlet and URL are
        empty, its title and date None (`with_articles` reads them for the few a caller
        keeps). In one read transaction: the key counts, each distinct group of keys once,
        the quotations found. With `speakers` (each text's speaker, or None), a text whose
        lookups each found none or many (`_hidden`) has them read again for its speaker's
        quotations (`_add_own_speakers`)."""
        spoken_by = [speaker_key(speaker) for speaker in speakers or [None] * len(texts)]
        with self.reading():
            queries = self._lookups(texts, groups)
            found = self._index_hits([group for _, group, _ in queries], group_rows)
            weights: list[dict[int, float]] = [{} for _ in texts]
            for (at, _, times), quote_ids in zip(queries, found, strict=True):
                _add_weights(weights[at], quote_ids, times)
            hidden = _hidden(queries, found, spoken_by, limit, group_rows)
            self._add_own_speakers(queries, found, weights, spoken_by, hidden, group_rows)
            chosen = [_ranked(weight, limit) for weight in weights]
            rows = self._quotation_rows(list(dict.fromkeys(qid for ids in chosen for qid in ids)))
        return [[rows[qid] for qid in ids if qid in rows] for ids in chosen]

    def latest_of_speakers(
        self, speakers: list[str], rows: int, *, known: list[set[int]]
    ) -> list[list[Candidate]]:
        """Each speaker's `rows` latest quotations in the corpus, as candidates without their
        articles (as `candidate_quotations_of`), by their speaker key (and, for a name of two
        words, its first word's: "Takamura Hiroshi" is "Hiroshi Takamura" elsewhere); those in
        `known` (each speaker's, by id) left out."""
        keys_of = [speaker_keys(speaker) for speaker in speakers]
        every = list(dict.fromkeys(key for keys in keys_of for key in keys))
        if not every:
            return [[] for _ in speakers]
        with self.reading():
            read = dict(zip(every, read_latest(self.conn, every, rows), strict=True))
            ids = [
                [q for q in dict.fromkeys(q for key in keys for q in read[key]) if q not in seen]
                for keys, seen in zip(keys_of, known, strict=True)
            ]
            found = self._quotation_rows(list(dict.fromkeys(q for each in ids for q in each)))
        return [[found[qid] for qid in each if qid in found] for each in ids]

    def _lookups(self, texts: list[str], groups: int) -> list[tuple[int, list[str], int]]:
        """Each lookup of the texts: which text, the keys it reads, how many groups it stands
        for (`lookups`, by the key counts)."""
        keys_of = [_keys_of(text) for text in texts]
        every_key = (key for keys in keys_of for key in keys.keys)
        counts = self._key_counts(list(dict.fromkeys(every_key)))
        return [
            (at, lookup, times)
            for at, keys in enumerate(keys_of)
            for lookup, times in lookups(keys, counts, stretches=groups)
        ]

    def _add_own_speakers(
        self,
        queries: list[tuple[int, list[str], int]],
        found: list[list[int]],
        weights: list[dict[int, float]],
        spoken_by: list[str | None],
        hidden: set[int],
        group_rows: int,
    ) -> None:
        """Each lookup that found quotations for a text in `hidden` (more than can all be
        candidates), read again with the text's speaker key (`speaker_key`): its speaker's
        quotations there weigh a little more, and those past the rows read (`group_rows`)
        weigh in as if read (`_add_own_weights`)."""
        again = [
            (index, [*group, spoken_by[at]])
            for index, ((at, group, _), quote_ids) in enumerate(zip(queries, found, strict=True))
            if at in hidden and quote_ids
        ]
        if not again:
            return
        read = self._index_hits([group for _, group in again], group_rows)
        for (index, _), own_ids in zip(again, read, strict=True):
            at, _, times = queries[index]
            _add_own_weights(weights[at], found[index], times, own_ids)

    def with_articles(self, candidates: list[list[Candidate]]) -> list[list[Candidate]]:
        """The candidates (of `candidate_quotations_of`) with their articles' outlet, URL,
        title and date, read in one query for all; those whose article is gone are left out."""
        articles = self._article_rows(
            list(dict.fromkeys(c.article_id for found in candidates for c in found))
        )
        return [
            [replace(c, **articles[c.article_id]) for c in found if c.article_id in articles]
            for found in candidates
        ]

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction for several queries (within a caller's transaction: that one):
        they see one state of the corpus, and take its read lock once."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    def _index_hits(self, lookups: list[list[str]], group_rows: int) -> list[list[int]]:
        """The ids of the quotations holding every key of each group, `group_rows` at most per
        group, in the order of `lookups`. A set of keys that several groups are looked up by is
        read once."""
        key_sets = list(dict.fromkeys(tuple(group) for group in lookups))
        read = self._read_parts(key_sets, partial(read_key_sets, group_rows=group_rows))
        found = dict(zip(key_sets, read, strict=True))
        return [found[tuple(group)] for group in lookups]

    def _read_parts(self, items: list, read: PartReader) -> list:
        """`read(self.conn, items)`; with `read_threads`, the helpers' connections read parts
        of `items` meanwhile."""
        if self.read_threads is None:
            return read(self.conn, items)
        return self.read_threads.read(self.conn, items, read)

    def _key_counts(self, keys: list[str]) -> dict[str, int]:
        """How many quotations hold each of `keys` that is a common one (`count_keys`)."""
        rows = self.conn.execute(
            "SELECT key, quotations FROM key_counts WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),),
        )
        return dict(rows.fetchall())

    def _quotation_rows(self, quote_ids: list[int]) -> dict[int, Candidate]:
        """The quotations by id, as candidates without their articles (`with_articles`)."""
        rows = self._read_parts(quote_ids, read_quotation_rows)
        return {
            row[0]: Candidate(row[0], row[1], row[2], row[3], "", "", None, None, row[4])
            for row in rows
            if row is not None
        }

    def quotations_in_articles(self, article_ids: list[int]) -> list[Candidate]:
        """Every quotation of the given articles, as candidates without their articles (as
        `candidate_quotations_of`), in the articles' order."""
        if not article_ids:
            return []
        rows = self.conn.execute(
            "SELECT id, article_id, text, speaker, normalized FROM quotations "
            "WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, id",
            (json.dumps(article_ids),),
        )
        return [Candidate(r[0], r[1], r[2], r[3], "", "", None, None, r[4]) for r in rows]

    def _article_rows(self, article_ids: list[int]) -> dict[int, dict]:
        """What a version shows of each article (outlet, URL, title, date), by article id."""
        if not article_ids:  # no candidate relates to the quotations: nothing to read
            return {}
        rows = self._read_parts(article_ids, read_article_rows)
        fields = ("outlet", "url", "title", "published")
        return {row[0]: dict(zip(fields, row[1:], strict=True)) for row in rows if row is not None}

    def article_texts(self, article_ids: set[int]) -> dict[int, str]:
        """The texts of the given articles by id."""
        if not article_ids:
            return {}
        marks = ", ".join("?" * len(article_ids))
        rows = self.conn.execute(
            f"SELECT id, text FROM articles WHERE id IN ({marks})", tuple(article_ids)
        )
        return dict(rows.fetchall())

    def list_articles(self, *, limit: int, offset: int = 0) -> list[dict]:
        """Articles, newest first, with their outlet and number of quotations."""
        rows = self.db.query(
            "SELECT a.id, a.url, o.name AS outlet, a.title, a.published, "
            "(SELECT count(*) FROM quotations q WHERE q.article_id = a.id) AS quotes "
            "FROM articles a JOIN outlets o ON o.id = a.outlet_id "
            "ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return list(rows)

    def get_article(self, article_id: int) -> dict | None:
        rows = list(
            self.db.query(
                "SELECT a.id, a.url, o.name AS outlet, a.title, a.published, a.language, a.text "
                "FROM articles a JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?",
                (article_id,),
            )
        )
        return rows[0] if rows else None


@dataclass
class _Batch:
    """Writes in one transaction (`Corpus.batch`): has one of them failed?"""

    failed: bool = False


def _add_weights(weight: dict[int, float], quote_ids: list[int], times: int) -> None:
    """Weigh each quotation a lookup found by one over the quotations it found, once for each
    of the `times` groups it was the lookup of (a stretch that three quotations hold tells
    more than one a hundred hold), and `_FOUND_BY_LOOKUP` more.

    That little more ranks a quotation found by several lookups of common runs above one found
    by a single slightly rarer one: a few words changed leave intact, far apart, runs that
    many of the story's statements share ("it is cynical that", "before the election"); the
    source holds several of them, another statement of the story one of them and the changed
    words' ("will increase"). The share of a lookup of 20 quotations or fewer still outweighs
    it.
    """
    if not quote_ids:
        return
    share = times / len(quote_ids) + _FOUND_BY_LOOKUP
    for quote_id in quote_ids:
        weight[quote_id] = weight.get(quote_id, 0.0) + share


def _add_own_weights(
    weight: dict[int, float], quote_ids: list[int], times: int, own_ids: list[int]
) -> None:
    """Weigh the quotations of a lookup's `own_ids` (the looked-up quotation's own speaker's)
    `_SAID_BY_SPEAKER` more, and those it did not read (`quote_ids`: it was capped) its share
    besides, as if it had read them."""
    read = set(quote_ids)
    share = times / len(quote_ids) + _FOUND_BY_LOOKUP
    for quote_id in own_ids:
        more = _SAID_BY_SPEAKER if quote_id in read else share + _SAID_BY_SPEAKER
        weight[quote_id] = weight.get(quote_id, 0.0) + more


def _hidden(
    queries: list[tuple[int, list[str], int]],
    found: list[list[int]],
    spoken_by: list[str | None],
    limit: int,
    group_rows: int,
) -> set[int]:
    """The texts whose speaker is known (`spoken_by`: their speaker keys) and none of whose
    lookups found `limit` quotations or fewer (and all it holds): each found none, or more than
    can all be candidates (a few words changed often leave intact only runs the whole story
    shares, each read only so far), so the source may lie past the rows read. A text a lookup
    finds in few quotations has candidates its own words tell (most quotations, and most of
    those with no version elsewhere: each lookup read again costs as much as several others)."""
    told = {
        at
        for (at, _, _), quote_ids in zip(queries, found, strict=True)
        if 0 < len(quote_ids) <= limit and len(quote_ids) < group_rows
    }
    return {at for at, key in enumerate(spoken_by) if key is not None and at not in told}


def _ranked(weight: dict[int, float], limit: int) -> list[int]:
    """The `limit` quotation ids of most weight (`_add_weights`), newest first among equals.

    Only the ids weighing as much as the `limit`th weight are paired and sorted (sorting the
    bare weights is far cheaper than a heap of pairs)."""
    least = sorted(weight.values(), reverse=True)[limit - 1] if len(weight) > limit else 0.0
    most = sorted(
        [(weighs, quote_id) for quote_id, weighs in weight.items() if weighs >= least],
        reverse=True,
    )
    return [quote_id for _, quote_id in most[:limit]]


def _keys_of(text: str) -> QuotationKeys:
    """The keys of a quotation and of its halves (`quotation_keys`)."""
    return quotation_keys(elided_pieces(text))


def read_key_sets(
    conn: sqlite3.Connection, key_sets: list[tuple[str, ...]], group_rows: int
) -> list[list[int]]:
    """The ids of the first `group_rows` quotations holding every key of each set, in the
    order of `key_sets`: one statement for all of them (`_KEY_SETS_QUERY`)."""
    if not key_sets:
        return []
    expressions = [" AND ".join(f'"{key}"' for key in keys) for keys in key_sets]
    (found,) = conn.execute(
        _KEY_SETS_QUERY, {"rows": group_rows, "expressions": json.dumps(expressions)}
    ).fetchone()
    return json.loads(found)


def read_latest(conn: sqlite3.Connection, keys: list[str], rows: int) -> list[list[int]]:
    """The ids of the `rows` latest quotations holding each key, newest first."""
    expressions = [f'"{key}"' for key in keys]
    (found,) = conn.execute(
        _LATEST_QUERY, {"rows": rows, "expressions": json.dumps(expressions)}
    ).fetchone()
    return json.loads(found)


def read_quotation_rows(conn: sqlite3.Connection, quote_ids: list[int]) -> list[tuple | None]:
    """Each quotation's id, article id, text, speaker and normalised words, in the order of
    `quote_ids`; None for one the corpus does not hold."""
    return _rows_by_id(
        conn,
        "SELECT id, article_id, text, speaker, normalized FROM quotations "
        "WHERE id IN (SELECT value FROM json_each(?))",
        quote_ids,
    )


def read_article_rows(conn: sqlite3.Connection, article_ids: list[int]) -> list[tuple | None]:
    """Each article's id, outlet, URL, title and date, in the order of `article_ids`; None for
    one the corpus does not hold."""
    return _rows_by_id(
        conn,
        "SELECT a.id, o.name, a.url, a.title, a.published FROM articles a "
        "JOIN outlets o ON o.id = a.outlet_id WHERE a.id IN (SELECT value FROM json_each(?))",
        article_ids,
    )


def _rows_by_id(conn: sqlite3.Connection, query: str, ids: list[int]) -> list[tuple | None]:
    """The rows of `query` (its first column the id, its one parameter a JSON list of `ids`)
    in the order of `ids`; None for an id with no row."""
    rows = conn.execute(query, (json.dumps(ids),)).fetchall()
    by_id = {row[0]: row for row in rows}
    return [by_id.get(one) for one in ids]
