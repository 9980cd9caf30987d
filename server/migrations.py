"""The corpus schema as ordered migrations, applied on every open.

`PRAGMA user_version` holds how many have been applied. Each runs in its own
transaction, so a corpus is always at one version or the next, never between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from .core.keys import index_terms, speaker_key
from .core.normalize import content_hash, normalize
from .core.urls import canonical_url
from .errors import CorpusError

_INITIAL_SCHEMA = """
CREATE TABLE outlets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    homepage TEXT
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    outlet_id INTEGER NOT NULL REFERENCES outlets(id),
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_articles_content_hash ON articles(content_hash);
CREATE INDEX idx_articles_outlet_published ON articles(outlet_id, published);
CREATE TABLE quotations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    normalized TEXT NOT NULL,
    speaker TEXT,
    role TEXT,
    verb TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    parts TEXT NOT NULL,
    words INTEGER NOT NULL
);
CREATE INDEX idx_quotations_article ON quotations(article_id);
CREATE VIRTUAL TABLE quotations_fts USING fts5(
    normalized, content='quotations', content_rowid='id', tokenize='unicode61'
);
CREATE TRIGGER quotations_ai AFTER INSERT ON quotations BEGIN
    INSERT INTO quotations_fts(rowid, normalized) VALUES (new.id, new.normalized);
END;
CREATE TRIGGER quotations_ad AFTER DELETE ON quotations BEGIN
    INSERT INTO quotations_fts(quotations_fts, rowid, normalized)
        VALUES ('delete', old.id, old.normalized);
END;
CREATE TRIGGER quotations_au AFTER UPDATE ON quotations BEGIN
    INSERT INTO quotations_fts(quotations_fts, rowid, normalized)
        VALUES ('delete', old.id, old.normalized);
    INSERT INTO quotations_fts(rowid, normalized) VALUES (new.id, new.normalized);
END;
"""


def _statements(script: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current)
        if line.rstrip().endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements


def _initial(conn: sqlite3.Connection) -> None:
    for statement in _statements(_INITIAL_SCHEMA):
        conn.execute(statement)


_SYNC_SCHEMA = """
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
ALTER TABLE articles ADD COLUMN author TEXT;
ALTER TABLE articles ADD COLUMN reprint_of INTEGER REFERENCES articles(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN fetched_at TEXT;
CREATE INDEX idx_articles_title ON articles(title COLLATE NOCASE);
CREATE TABLE article_urls (
    url_key TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX idx_article_urls_article ON article_urls(article_id);
CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    outlet_id INTEGER NOT NULL REFERENCES outlets(id),
    etag TEXT,
    last_modified TEXT,
    checked_at TEXT NOT NULL
);
"""


def _sync_tables(conn: sqlite3.Connection) -> None:
    """Corpus sync: author, canonical URL, reprints, every URL an article was reached by, feeds."""
    for statement in _statements(_SYNC_SCHEMA):
        conn.execute(statement)
    rows = conn.execute("SELECT id, url FROM articles ORDER BY id").fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO article_urls (url_key, article_id) VALUES (?, ?)",
        [(canonical_url(url), article_id) for article_id, url in rows],
    )


# Candidates come from word-run keys (server/core/keys.py), not from single words: the word
# index read long posting lists for every quotation and answered in milliseconds per quotation
# at 100,000 (docs/benchmarks.md). Contentless, no positions: the keys are derived from
# `quotations.normalized` and `speaker`, which the corpus writes and deletes them from. Keys
# ("a_b_c"), run keys ("a-b-c-d", `index_text`) and speaker keys ("-surname") are one token each.
_KEYS_INDEX = """
DROP TRIGGER IF EXISTS quotations_ai;
DROP TRIGGER IF EXISTS quotations_ad;
DROP TRIGGER IF EXISTS quotations_au;
DROP TABLE IF EXISTS quotations_fts;
DROP TABLE IF EXISTS quotation_keys_vocab;
DROP TABLE IF EXISTS quotation_keys;
CREATE VIRTUAL TABLE quotation_keys USING fts5(
    keys, content='', detail=none, columnsize=0, tokenize="unicode61 tokenchars '_-'"
);
CREATE VIRTUAL TABLE quotation_keys_vocab USING fts5vocab(quotation_keys, 'row');
"""
_BATCH = 10_000


def _keys_index(conn: sqlite3.Connection) -> None:
    for statement in _statements(_KEYS_INDEX):
        conn.execute(statement)
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, normalized, speaker FROM quotations WHERE id > ? ORDER BY id LIMIT ?",
            (last, _BATCH),
        ).fetchall()
        if not rows:
            return
        conn.executemany(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (?, ?)",
            [(quote_id, index_text(normalized, speaker)) for quote_id, normalized, speaker in rows],
        )
        last = rows[-1][0]


# How many quotations hold each common key: a lookup reads a group of keys by its rarest ones
# (docs/benchmarks.md, issue 6). Keys fewer than COUNTED_KEY_QUOTATIONS quotations hold are not
# stored, so the table stays small: a key missing from it is a rare one. `count_keys` refreshes
# it after an import; between imports new keys count as rare, which only costs time.
COUNTED_KEY_QUOTATIONS = 8


def _key_counts(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE key_counts (key TEXT PRIMARY KEY, quotations INTEGER NOT NULL) WITHOUT ROWID"
    )
    count_keys(conn)


def count_keys(conn: sqlite3.Connection) -> None:
    """Count again the quotations holding each common key of the key index (not its run keys
    nor its speaker keys, which hold a dash: a lookup chooses among keys only)."""
    conn.execute("DELETE FROM key_counts")
    conn.execute(
        "INSERT INTO key_counts (key, quotations) SELECT term, doc FROM quotation_keys_vocab "
        "WHERE doc >= ? AND instr(term, '-') = 0",
        (COUNTED_KEY_QUOTATIONS,),
    )


# The key index's leaf pages, in bytes, as `optimize_key_index` writes them (FTS5's `pgsz`). A
# key's list of quotations spanning four leaves or more gets a leaf index, so an AND of a rare key
# with common ones skips to the leaves it needs instead of reading the common keys' lists from
# the start: the index lookups of a page of quotations took about a third less time at 1M, for
# an index of 60 MB instead of 49 (the file 1% larger; docs/benchmarks.md, issue 6). The small
# segments each write makes between two optimizations keep FTS5's default leaves: small leaves
# there made an import slower.
KEY_INDEX_PAGE_BYTES = 256
_FTS5_PAGE_BYTES = 4050


def _key_index_pages(conn: sqlite3.Connection) -> None:
    """Write the key index again in leaves of `KEY_INDEX_PAGE_BYTES`: 3 s at 1M quotations.

    'optimize' rewrites an index of two segments or more: a row put in and taken out again
    (rowid 0, which no quotation has) makes the second.
    """
    conn.execute("INSERT INTO quotation_keys(rowid, keys) VALUES (0, 'rewrite')")
    conn.execute(
        "INSERT INTO quotation_keys(quotation_keys, rowid, keys) VALUES ('delete', 0, 'rewrite')"
    )
    optimize_key_index(conn)


def optimize_key_index(conn: sqlite3.Connection) -> None:
    """Merge the key index into one segment of leaves of `KEY_INDEX_PAGE_BYTES` (nothing to do
    when it is one segment already); later writes go back to FTS5's default leaves."""
    set_size = "INSERT INTO quotation_keys(quotation_keys, rank) VALUES ('pgsz', ?)"
    conn.execute(set_size, (KEY_INDEX_PAGE_BYTES,))
    conn.execute("INSERT INTO quotation_keys(quotation_keys) VALUES ('optimize')")
    conn.execute(set_size, (_FTS5_PAGE_BYTES,))


def _run_keys(conn: sqlite3.Connection) -> None:
    """Write the key index again with each quotation's run keys beside its keys (`index_text`),
    count its common keys and write it in small leaves: 99 s at 1M quotations (79 s of CPU)."""
    _keys_index(conn)
    count_keys(conn)
    _key_index_pages(conn)


def _speaker_keys(conn: sqlite3.Connection) -> None:
    """Write the key index again with each quotation's speaker key beside its keys and run keys
    (`index_text`), count its common keys and write it in small leaves, as `_run_keys`."""
    _run_keys(conn)


def index_text(normalized: str, speaker: str | None = None) -> str:
    """What the key index holds for a quotation: its keys, its run keys and its speaker's key
    (`speaker_key`, when the speaker is known), space-separated."""
    terms = index_terms(normalized.split())
    spoken_by = speaker_key(speaker)
    return " ".join(terms if spoken_by is None else [*terms, spoken_by])


# The signs `normalize` reads as words: "%" (and the fullwidth "％", which NFKC makes "%", and
# the Arabic "٪") as "percent" since schema 8; "$", "£", "€", "¥" before an amount as its
# currency after it since schema 9.
_PERCENT_SIGNS = ("%", "\uff05", "\u066a")
_CURRENCY_SIGNS = ("$", "\u00a3", "\u20ac", "\u00a5")
# Since schema 10: "₦", "₹", "₱" before an amount, "KSh"/"Rs" before one ("KSh3 million", "Rs
# 3,120 crore") and "5pc" for "5 per cent".
_MORE_CURRENCY_SIGNS = ("\u20a6", "\u20b9", "\u20b1")
_GLUED_AMOUNTS = (
    "*[Kk][Ss][Hh][0-9]*",
    "*[Kk][Ss][Hh] [0-9]*",
    "*[Rr][Ss][0-9]*",
    "*[Rr][Ss] [0-9]*",
    "*[0-9][Pp][Cc]*",
)
# Since schema 11: the rand's "R" and the naira's "N" before an amount with its magnitude ("R47
# million", "N2.3bn"); the GLOBs hold more (every "R40"), which normalise as before.
_RAND_AND_NAIRA_AMOUNTS = ("*[Rr][0-9]*", "*[Nn][0-9]*")


def _percent_signs(conn: sqlite3.Connection) -> None:
    _normalize_again(conn, _PERCENT_SIGNS)


def _currency_signs(conn: sqlite3.Connection) -> None:
    _normalize_again(conn, _CURRENCY_SIGNS)


def _more_currencies(conn: sqlite3.Connection) -> None:
    _normalize_again(conn, _MORE_CURRENCY_SIGNS, _GLUED_AMOUNTS)


def _rand_and_naira(conn: sqlite3.Connection) -> None:
    _normalize_again(conn, (), _RAND_AND_NAIRA_AMOUNTS)


def _normalize_again(
    conn: sqlite3.Connection, signs: tuple[str, ...], patterns: tuple[str, ...] = ()
) -> None:
    """Normalise again (`normalize`) the quotations and articles that hold one of `signs` or
    match one of the GLOB `patterns`: their normalised words, their keys and the articles'
    content hashes are written again, the rest is left alone (a quotation written "12 per
    cent" already read "12 percent")."""
    tests = [f"instr(text, '{sign}')" for sign in signs]
    tests += [f"text GLOB '{pattern}'" for pattern in patterns]
    holds_a_sign = "(" + " OR ".join(tests) + ")"
    quotations = conn.execute(
        f"SELECT id, text, normalized, speaker FROM quotations WHERE {holds_a_sign}"
    ).fetchall()
    changed = [(row, normalize(row[1])) for row in quotations if normalize(row[1]) != row[2]]
    for (quote_id, _, old, speaker), new in changed:
        conn.execute(
            "INSERT INTO quotation_keys(quotation_keys, rowid, keys) VALUES ('delete', ?, ?)",
            (quote_id, index_text(old, speaker)),
        )
        conn.execute(
            "UPDATE quotations SET normalized = ?, words = ? WHERE id = ?",
            (new, len(new.split()), quote_id),
        )
        conn.execute(
            "INSERT INTO quotation_keys(rowid, keys) VALUES (?, ?)",
            (quote_id, index_text(new, speaker)),
        )
    articles = conn.execute(f"SELECT id, text FROM articles WHERE {holds_a_sign}")
    conn.executemany(
        "UPDATE articles SET content_hash = ? WHERE id = ?",
        [(content_hash(text), article_id) for article_id, text in articles.fetchall()],
    )
    if changed:
        count_keys(conn)
        optimize_key_index(conn)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _initial,
    _sync_tables,
    _keys_index,
    _key_counts,
    _key_index_pages,
    _run_keys,
    _speaker_keys,
    _percent_signs,
    _currency_signs,
    _more_currencies,
    _rand_and_naira,
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this corpus lacks; return how many were applied.

    `conn` must be in autocommit mode (isolation_level=None): each migration
    opens and commits its own transaction.
    """
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise CorpusError(
            f"The corpus has schema version {current}, newer than this QuoteTrail knows "
            f"({SCHEMA_VERSION}): upgrade QuoteTrail to open it."
        )
    for version in range(current, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except sqlite3.Error as error:
            if conn.in_transaction:  # SQLite rolls back by itself when the disk is full
                conn.execute("ROLLBACK")
            raise CorpusError(f"Could not update the corpus schema: {error}") from error
        conn.execute("COMMIT")
    return SCHEMA_VERSION - current
