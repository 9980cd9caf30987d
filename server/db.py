"""The corpus of each request, on Flask's `g`: taken from the app's idle connections (or
opened) on first use, and given back at teardown.

Keeping connections open between requests keeps SQLite's page cache and
prepared statements warm; a request still has a connection to itself.
"""

from __future__ import annotations

import threading

from flask import current_app, g

from .corpus import Corpus, open_corpus
from .read_threads import ReadThreads

IDLE_CORPORA = "quotetrail_idle_corpora"
READ_THREADS = "quotetrail_read_threads"


class IdleCorpora:
    """Open corpus connections no request is using, by file, `keep` at most."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self._idle: list[Corpus] = []
        self._lock = threading.Lock()

    def take(self, path: str) -> Corpus | None:
        with self._lock:
            for index, corpus in enumerate(self._idle):
                if corpus.path == path:
                    return self._idle.pop(index)
        return None

    def give_back(self, corpus: Corpus) -> None:
        """Keep `corpus` for a later request, or close it if enough are kept or it is mid-write."""
        with self._lock:
            if len(self._idle) < self.keep and not corpus.conn.in_transaction:
                self._idle.append(corpus)
                return
        corpus.close()

    def close(self) -> None:
        """Close every idle connection (the server is stopping)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for corpus in idle:
            corpus.close()


def read_threads(config: dict) -> ReadThreads | None:
    """The helper threads of `QUOTETRAIL_READ_THREADS` (none for 1 or 0)."""
    helpers = config["READ_THREADS"] - 1
    if helpers < 1:
        return None
    return ReadThreads(
        config["DB_PATH"],
        helpers,
        part_items=config["READ_PART_ITEMS"],
        busy_timeout_ms=config["SQLITE_BUSY_TIMEOUT_MS"],
        mmap_bytes=config["SQLITE_MMAP_BYTES"],
    )


def close_connections(app) -> None:
    """Stop the read helpers and close the idle connections: nothing is left open."""
    helpers = app.extensions[READ_THREADS]
    if helpers is not None:
        helpers.close()
    app.extensions[IDLE_CORPORA].close()


def get_corpus() -> Corpus:
    """The corpus of this request, taken or opened on first use."""
    if "corpus" not in g:
        path = current_app.config["DB_PATH"]
        corpus = _idle().take(path)
        if corpus is None:
            corpus = open_corpus(
                path,
                busy_timeout_ms=current_app.config["SQLITE_BUSY_TIMEOUT_MS"],
                mmap_bytes=current_app.config["SQLITE_MMAP_BYTES"],
            )
        corpus.read_threads = current_app.extensions[READ_THREADS]
        g.corpus = corpus
    return g.corpus


def close_corpus(exception: BaseException | None = None) -> None:
    corpus = g.pop("corpus", None)
    if corpus is None:
        return
    if exception is None:
        _idle().give_back(corpus)
    else:
        corpus.close()


def _idle() -> IdleCorpora:
    return current_app.extensions[IDLE_CORPORA]
