"""A page's index lookups read side by side: on the request's connection and on helper threads'.

SQLite runs a statement without Python's lock (the GIL), so connections on several threads read
the key index at the same time, on several cores. A page's distinct key sets are cut into one
part per connection, each part read by one statement (`read_key_sets`: one per part, not one
per set, so that a thread takes Python's lock twice per part rather than at every row). The
connection that claims a part first reads it: the request's connection claims parts until none
is left, then waits for those a helper is reading. A helper busy with another request's page, or
slow to wake, leaves its part to the request's connection; a part a helper could not read is read
by the request's connection too. A helper's trouble costs time, never an answer.

Read consistency: a helper reads in a transaction of its own, begun after the request's (WAL
mode), so it may see a later commit, an import or a sync that wrote meanwhile. A quotation it
finds that the request's transaction does not hold has no row there and is left out of the
candidates (`Corpus.candidate_quotations_of` keeps the ids it reads rows for); one deleted
meanwhile is missing from the helper's part, as if the page had come a moment later; an id that
a newer quotation took over reads the older one's row, a candidate the matcher compares like
any other. The rows, texts and articles of an answer all come from the request's transaction.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading

from .corpus import open_reader, read_key_sets

log = logging.getLogger(__name__)


class LookupThreads:
    """`helpers` threads, each with a reading connection of its own that only it uses; started
    by the first page read, stopped by `close`."""

    def __init__(self, path: str, helpers: int, *, busy_timeout_ms: int, mmap_bytes: int) -> None:
        self._path = path
        self._helpers = helpers
        self._busy_timeout_ms = busy_timeout_ms
        self._mmap_bytes = mmap_bytes
        self._pages: queue.SimpleQueue[_Parts | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def read(
        self, conn: sqlite3.Connection, key_sets: list[tuple[str, ...]], group_rows: int
    ) -> list[list[int]]:
        """`read_key_sets(conn, key_sets, group_rows)`, read by `conn` and the helpers."""
        if len(key_sets) < 2 or not self._running():
            return read_key_sets(conn, key_sets, group_rows)
        parts = _Parts(key_sets, self._helpers + 1, group_rows)
        for _ in range(self._helpers):
            self._pages.put(parts)
        parts.read_on(conn)
        return parts.found(conn)

    def close(self) -> None:
        """Stop the helpers; each closes its connection. Pages read afterwards are read by
        their request's connection alone."""
        with self._lock:
            self._closed = True
            threads, self._threads = self._threads, []
        for _ in threads:
            self._pages.put(None)
        for thread in threads:
            thread.join()

    def _running(self) -> bool:
        with self._lock:
            if self._closed:
                return False
            while len(self._threads) < self._helpers:
                name = f"quotetrail-lookups-{len(self._threads) + 1}"
                thread = threading.Thread(target=self._help, name=name, daemon=True)
                thread.start()
                self._threads.append(thread)
            return True

    def _help(self) -> None:
        """A helper: read parts of pages on its own connection until `close`. Without a
        connection (the file cannot be opened) it only takes the pages, so none wait for it."""
        conn = self._open()
        try:
            while (parts := self._pages.get()) is not None:
                if conn is not None:
                    _read_part(parts, conn)
        finally:
            if conn is not None:
                conn.close()

    def _open(self) -> sqlite3.Connection | None:
        try:
            return open_reader(
                self._path, busy_timeout_ms=self._busy_timeout_ms, mmap_bytes=self._mmap_bytes
            )
        except sqlite3.Error as error:
            log.warning("A lookup helper cannot open the corpus %s: %s", self._path, error)
            return None


def _read_part(parts: _Parts, conn: sqlite3.Connection) -> None:
    """A helper's share of a page; what it cannot read is left to the request's connection."""
    try:
        parts.read_on(conn)
    except Exception:  # noqa: BLE001 - the request's connection reads the part instead
        log.warning("A lookup helper could not read the index", exc_info=True)


class _Parts:
    """A page's key sets cut into parts, every `count`th set in one (a mix of a page's kinds of
    lookup, so of their costs), each read once by the connection that claims it."""

    def __init__(self, key_sets: list[tuple[str, ...]], count: int, group_rows: int) -> None:
        self._parts = [key_sets[first::count] for first in range(count)]
        self._group_rows = group_rows
        self._found: list[list[list[int]] | None] = [None] * count
        self._claimed = 0
        self._reading = 0
        self._settled = threading.Condition()

    def read_on(self, conn: sqlite3.Connection) -> None:
        """Claim parts and read them on `conn` until none is left."""
        while (index := self._claim()) is not None:
            try:
                self._found[index] = read_key_sets(conn, self._parts[index], self._group_rows)
            finally:
                self._release()

    def found(self, conn: sqlite3.Connection) -> list[list[int]]:
        """Each key set's ids, in the order given: waits for the parts helpers are reading, and
        reads on `conn` those a helper could not."""
        with self._settled:
            self._settled.wait_for(lambda: self._reading == 0)
        count = len(self._parts)
        every = [[] for _ in range(sum(len(part) for part in self._parts))]
        for first, (part, found) in enumerate(zip(self._parts, self._found, strict=True)):
            if found is None:
                found = read_key_sets(conn, part, self._group_rows)
            every[first::count] = found
        return every

    def _claim(self) -> int | None:
        with self._settled:
            if self._claimed == len(self._parts):
                return None
            self._claimed += 1
            self._reading += 1
            return self._claimed - 1

    def _release(self) -> None:
        with self._settled:
            self._reading -= 1
            self._settled.notify_all()
