"""A page's reads side by side: on the request's connection and on helper threads' own.

SQLite runs a statement without Python's lock (the GIL), so connections on several threads read
at the same time: on several cores, and, for rows not in memory, several reads from the disk at
once. A page's index lookups, its candidates' rows and their articles are each cut into one part
per connection, each part read by one statement (`read_key_sets`, `read_quotation_rows`,
`read_article_rows`: one per part, not one per item, so that a thread takes Python's lock back
once per part rather than at every row). The connection that claims a part first reads it: the
request's connection claims parts until none is left, then waits for those a helper is reading.
A helper busy with another request's page, or slow to wake, leaves its part to the request's
connection; a part a helper could not read is read by the request's connection too. A helper's
trouble costs time, never an answer.

Read consistency: a helper reads in a transaction of its own, begun after the request's (WAL
mode), so it may see a later commit, an import or a sync that wrote meanwhile. Nothing breaks:
a quotation the helper finds in the index that the request's transaction does not hold has no
row there and is left out of the candidates, and a row whose article the request cannot read
is left out with it (`Corpus.with_articles`); a quotation deleted meanwhile (its article
updated) is missing from the helper's part, as if the page had come a moment later; an id that a
newer quotation took over reads as that quotation, a candidate the matcher compares like any
other; an article updated meanwhile may show its newer title or URL. Each candidate's text,
speaker and article come from one row each. With the corpus unchanged, the answers are the same
whatever the number of connections.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from .corpus import open_reader

log = logging.getLogger(__name__)

# Reads a part of the items on a connection: one result per item, in their order.
PartReader = Callable[[sqlite3.Connection, list[Any]], list[Any]]


class ReadThreads:
    """`helpers` threads, each with a reading connection of its own that only it uses; started
    by the first page read, stopped by `close`. A read is cut in parts of `part_items` items at
    least: a thread woken for fewer costs more than it saves."""

    def __init__(
        self,
        path: str,
        helpers: int,
        *,
        part_items: int,
        busy_timeout_ms: int,
        mmap_bytes: int,
    ) -> None:
        self._path = path
        self._helpers = helpers
        self._part_items = max(1, part_items)
        self._busy_timeout_ms = busy_timeout_ms
        self._mmap_bytes = mmap_bytes
        self._pages: queue.SimpleQueue[_Parts | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def read(self, conn: sqlite3.Connection, items: list, read: PartReader) -> list:
        """`read(conn, items)`, each part of `items` read by `conn` or a helper's connection."""
        count = min(self._helpers + 1, len(items) // self._part_items)
        if count < 2 or not self._running():
            return read(conn, items)
        parts = _Parts(items, count, read)
        for _ in range(count - 1):
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
                name = f"quotetrail-reads-{len(self._threads) + 1}"
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
            log.warning("A read helper cannot open the corpus %s: %s", self._path, error)
            return None


def _read_part(parts: _Parts, conn: sqlite3.Connection) -> None:
    """A helper's share of a page; what it cannot read is left to the request's connection."""
    try:
        parts.read_on(conn)
    except Exception:  # noqa: BLE001 - the request's connection reads the part instead
        log.warning("A read helper could not read the corpus", exc_info=True)


class _Parts:
    """A page's items cut into parts, every `count`th item in one (a mix of a page's kinds of
    lookup, so of their costs), each read once by the connection that claims it."""

    def __init__(self, items: list, count: int, read: PartReader) -> None:
        self._parts = [items[first::count] for first in range(count)]
        self._read = read
        self._found: list[list | None] = [None] * count
        self._claimed = 0
        self._reading = 0
        self._settled = threading.Condition()

    def read_on(self, conn: sqlite3.Connection) -> None:
        """Claim parts and read them on `conn` until none is left."""
        while (index := self._claim()) is not None:
            try:
                self._found[index] = self._read(conn, self._parts[index])
            finally:
                self._release()

    def found(self, conn: sqlite3.Connection) -> list:
        """Each item's result, in the order given: waits for the parts helpers are reading, and
        reads on `conn` those a helper could not."""
        with self._settled:
            self._settled.wait_for(lambda: self._reading == 0)
        count = len(self._parts)
        every: list = [None] * sum(len(part) for part in self._parts)
        for first, (part, found) in enumerate(zip(self._parts, self._found, strict=True)):
            every[first::count] = self._read(conn, part) if found is None else found
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
