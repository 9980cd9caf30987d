"""A page's reads on helper threads: the same answers, and nothing left behind."""

from __future__ import annotations

import os
import sqlite3
import threading
from functools import partial
from pathlib import Path

import pytest
from conftest import SPUTNIK, LiveServer

from server.app import create_app
from server.core.keys import lookups
from server.corpus import _keys_of, open_corpus, read_key_sets, read_quotation_rows
from server.read_threads import ReadThreads, _Parts

PAGE = SPUTNIK.read_text(encoding="utf-8")


def page_key_sets(corpus) -> list[tuple[str, ...]]:
    """The distinct key sets the seed page's quotations are looked up by."""
    from server.core.quotes import find_quotations

    keys_of = [_keys_of(quote.text) for quote in find_quotations(PAGE)]
    counts = corpus._key_counts([key for keys in keys_of for key in keys.keys])
    sets = (tuple(group) for keys in keys_of for group, _ in lookups(keys, counts, stretches=6))
    return list(dict.fromkeys(sets))


def helper_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("quotetrail-reads")]


def open_descriptors(path: str) -> list[str]:
    """This process's open files that are the corpus or its WAL files."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(path):
            found.append(target)
    return found


def read_one_by_one(corpus, key_sets, rows: int) -> list[list[int]]:
    query = "SELECT rowid FROM quotation_keys WHERE quotation_keys MATCH ? LIMIT ?"
    return [
        [row for (row,) in corpus.conn.execute(query, (" AND ".join(map(quoted, keys)), rows))]
        for keys in key_sets
    ]


def quoted(key: str) -> str:
    return f'"{key}"'


def test_one_statement_reads_each_key_set_as_a_query_of_its_own(seed_db):
    corpus = open_corpus(seed_db)
    try:
        key_sets = [*page_key_sets(corpus), ("no_such_key",)]
        for rows in (1, 100):
            assert read_key_sets(corpus.conn, key_sets, rows) == read_one_by_one(
                corpus, key_sets, rows
            )
        every = read_key_sets(corpus.conn, key_sets, 100)
        assert max(map(len, every)) > 1 and every[-1] == []
        assert read_key_sets(corpus.conn, [], 100) == []
    finally:
        corpus.close()


def test_rows_come_in_the_order_asked_and_a_missing_one_as_none(seed_db):
    corpus = open_corpus(seed_db)
    try:
        ids = [quote_id for (quote_id,) in corpus.conn.execute("SELECT id FROM quotations")]
        asked = [ids[-1], 10_000_000, *ids[:-1]]
        rows = read_quotation_rows(corpus.conn, asked)
        assert [row[0] if row else None for row in rows] == [ids[-1], None, *ids[:-1]]
        assert (
            rows[0][2]
            == corpus.conn.execute(
                "SELECT text FROM quotations WHERE id = ?", (ids[-1],)
            ).fetchone()[0]
        )
    finally:
        corpus.close()


def test_a_part_a_helper_could_not_read_is_read_by_the_request_connection(seed_db, tmp_path):
    corpus = open_corpus(seed_db)
    elsewhere = sqlite3.connect(tmp_path / "not-a-corpus.db")  # no key index: its reads fail
    try:
        key_sets = page_key_sets(corpus)
        parts = _Parts(key_sets, 3, partial(read_key_sets, group_rows=100))
        with pytest.raises(sqlite3.OperationalError):
            parts.read_on(elsewhere)  # claims the first part and fails
        assert parts.found(corpus.conn) == read_key_sets(corpus.conn, key_sets, 100)
    finally:
        elsewhere.close()
        corpus.close()


def test_helpers_that_cannot_open_the_corpus_leave_the_page_to_the_request(seed_db, tmp_path):
    corpus = open_corpus(seed_db)
    helpers = ReadThreads(
        str(tmp_path / "absent.db"), 2, part_items=1, busy_timeout_ms=100, mmap_bytes=0
    )
    try:
        key_sets = page_key_sets(corpus)
        read = partial(read_key_sets, group_rows=100)
        for _ in range(3):
            assert helpers.read(corpus.conn, key_sets, read) == read(corpus.conn, key_sets)
        assert not Path(tmp_path / "absent.db").exists()
    finally:
        helpers.close()
        corpus.close()
    assert helper_threads() == []


def test_two_threads_answer_as_one_over_http_and_leave_nothing_behind(seed_db):
    answers = {}
    for threads in (1, 3):
        app = create_app({"DB_PATH": seed_db, "READ_THREADS": threads, "READ_PART_ITEMS": 1})
        server = LiveServer(app)
        try:
            answer = server.request("POST", "/api/v1/match", json_body={"text": PAGE})
            assert answer.status == 200
            answers[threads] = answer.body
            assert len(helper_threads()) == threads - 1
        finally:
            server.stop()
        assert helper_threads() == []
        assert open_descriptors(seed_db) == []
    assert any(quote["versions"] for quote in answers[1]["quotes"])
    assert answers[3] == answers[1]


def test_a_read_smaller_than_two_parts_wakes_no_helper(seed_db):
    app = create_app({"DB_PATH": seed_db, "READ_THREADS": 4, "READ_PART_ITEMS": 1_000})
    server = LiveServer(app)
    try:
        answer = server.request("POST", "/api/v1/match", json_body={"text": PAGE})
        assert answer.status == 200 and answer.body["quotes"]
        assert helper_threads() == []
    finally:
        server.stop()
