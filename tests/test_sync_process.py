"""`quotetrail sync` and `export` as a user runs them: real processes, real servers, SIGKILL."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import LiveServer
from sites import Site, newsroom

from server.app import create_app
from server.core.quotes import find_quotations
from server.core.sources import Outlet
from server.corpus import open_corpus
from server.fetch import FetchPolicy, PoliteFetcher
from server.sync import SyncOptions, sync_outlets
from server.sync_cli import Progress

ROOT = Path(__file__).resolve().parent.parent
QUOTETRAIL = str(Path(sys.executable).parent / "quotetrail")
FAST = {"QUOTETRAIL_SYNC_HOST_DELAY": "0", "QUOTETRAIL_SYNC_TIMEOUT": "5"}


def sources_file(tmp_path: Path, site: Site, *feeds: str) -> str:
    lines = ["[[outlets]]", 'name = "Test News"', f'homepage = "{site.url}/"']
    lines.append("feeds = [" + ", ".join(f'"{site.url}{feed}"' for feed in feeds) + "]")
    path = tmp_path / "sources.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def run(*args, env=None, command=(QUOTETRAIL,)):
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **FAST, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def site():
    server = Site()
    yield server
    server.stop()


def test_sync_prints_progress_lines_and_a_summary_per_outlet(tmp_path, site):
    links = newsroom(site, 3)
    sources = sources_file(tmp_path, site, "/feed", "/missing-feed")
    db = str(tmp_path / "corpus.db")
    first = run("sync", "--sources", sources, "--db", db)
    assert first.returncode == 0, first.stderr
    assert "Test News: 3 new, 0 updated, 0 unchanged, 1 failed" in first.stdout
    assert f"failed {site.url}/missing-feed: HTTP 404" in first.stdout
    assert "The corpus holds 3 articles" in first.stdout
    for link in links:  # not a terminal: one plain line per article
        assert f"new       Test News  {link}" in first.stderr
    script = (sys.executable, str(ROOT / "scripts" / "sync_corpus.py"))
    again = run("--sources", sources, "--db", db, command=script)
    assert again.returncode == 0, again.stderr
    assert "Test News: 0 new, 0 updated, 3 unchanged, 1 failed" in again.stdout


def test_a_bad_sources_file_or_argument_is_one_clear_line(tmp_path):
    db = str(tmp_path / "c.db")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[outlets]]\nname = 'X'\nfeed = ['https://x.example/rss']\n", encoding="utf-8")
    result = run("sync", "--sources", str(bad), "--db", db)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"quotetrail: {bad}: outlet 1 (X): unknown key 'feed'" in result.stderr
    missing = run("sync", "--sources", str(tmp_path / "none.toml"), "--db", db)
    assert missing.returncode == 1 and "No such file" in missing.stderr
    usage = run("sync", "--sources", str(bad), "--db", db, "--since", "yesterday")
    assert usage.returncode == 2 and "is not a date (YYYY-MM-DD)" in usage.stderr


def test_export_writes_what_import_reads_back_the_same(tmp_path, site):
    newsroom(site, 3)
    db, copy = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    assert (
        run("sync", "--sources", sources_file(tmp_path, site, "/feed"), "--db", db).returncode == 0
    )
    exported = tmp_path / "corpus.jsonl"
    result = run("export", "--db", db, str(exported))
    assert result.returncode == 0 and "Exported 3 articles" in result.stderr
    records = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in records] == [f"{site.url}/news/story-{n}" for n in range(3)]
    assert {"outlet", "title", "published", "language", "author", "text"} <= set(records[0])
    assert run("import", "--db", copy, str(exported)).returncode == 0
    again = run("export", "--db", copy, "-")
    assert [json.loads(line) for line in again.stdout.splitlines()] == records
    nowhere = run("export", "--db", db, str(tmp_path / "no" / "such" / "folder.jsonl"))
    assert nowhere.returncode == 1 and "no such folder" in nowhere.stderr


def test_a_sync_killed_at_any_moment_leaves_a_whole_corpus_and_the_next_run_finishes(
    tmp_path, site
):
    count = 30
    links = newsroom(site, count)
    sources = sources_file(tmp_path, site, "/feed")
    db = str(tmp_path / "corpus.db")
    env = {**os.environ, **FAST, "QUOTETRAIL_SYNC_HOST_DELAY": "0.05"}
    process = subprocess.Popen(
        [QUOTETRAIL, "sync", "--sources", sources, "--db", db],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while sum(path.startswith("/news/") for path in site.paths()) < 8:
            assert process.poll() is None, "the sync ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    saved = assert_whole(db)
    assert 0 < saved < count
    rerun = run("sync", "--sources", sources, "--db", db)
    assert rerun.returncode == 0, rerun.stderr
    assert assert_whole(db) == count
    with sqlite3.connect(db) as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM articles ORDER BY url")]
    assert urls == sorted(links)


def assert_whole(db: str) -> int:
    """The corpus passes SQLite's checks and every article has exactly its quotations."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO quotation_keys(quotation_keys) VALUES ('integrity-check')")
        articles = conn.execute(
            "SELECT a.text, (SELECT count(*) FROM quotations q WHERE q.article_id = a.id) "
            "FROM articles a"
        ).fetchall()
    for text, quotes in articles:
        assert quotes == len(find_quotations(text, min_words=4)) >= 1
    return len(articles)


def sync_in_process(db: str, site: Site, *, host_delay: float = 0.0) -> None:
    corpus = open_corpus(db)
    fetcher = PoliteFetcher(FetchPolicy("QuoteTrail/0.1.0", 5.0, 1_000_000, host_delay, 30.0, 3))
    outlet = Outlet("Test News", (site.url + "/feed",), site.url)
    options = SyncOptions(max_text_chars=1_000_000, min_quote_words=4)
    try:
        sync_outlets(corpus, [outlet], fetcher, options)
    finally:
        fetcher.close()
        corpus.close()


def test_the_api_keeps_answering_while_a_sync_writes(tmp_path, site):
    newsroom(site, 20)
    db = str(tmp_path / "corpus.db")
    live = LiveServer(create_app({"DB_PATH": db}))
    writer = threading.Thread(target=sync_in_process, args=(db, site), kwargs={"host_delay": 0.02})
    counts, statuses = [], set()
    try:
        writer.start()
        while writer.is_alive() or not counts:
            health = live.request("GET", "/api/v1/health")
            statuses.add(health.status)
            counts.append(health.body["articles"])
            text = "“We have to finish plan number 3 before the end of this year,” she said."
            matched = live.request("POST", "/api/v1/match", json_body={"text": text})
            statuses.add(matched.status)
        writer.join()
        final = live.request("GET", "/api/v1/health").body["articles"]
    finally:
        live.stop()
    assert statuses == {200}
    assert counts == sorted(counts) and len(set(counts)) > 1
    assert final == 20


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_progress_is_one_bar_redrawn_in_place():
    outlets = [Outlet("One", ("https://one.example/rss",)), Outlet("Two", ("https://two/rss",))]
    screen = Terminal()
    progress = Progress(outlets, screen)
    progress.article("One", "https://one.example/a", "new")
    progress.article("Two", "https://two.example/b", "failed")
    progress.finish()
    frames = screen.getvalue().split("\r")[1:]
    assert frames[0].startswith("[" + "-" * 20 + "] 0/2 outlets  One  1 articles")
    assert frames[1].startswith("[" + "#" * 10 + "-" * 10 + "] 1/2 outlets  Two  2 articles")
    assert "1 failed" in frames[1]
    assert frames[2].startswith("[" + "#" * 20 + "] 2/2 outlets  done") and frames[2].endswith("\n")
