"""Shared fixtures: a real corpus file and the real app served over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from server.app import create_app
from server.corpus import open_corpus
from server.db import close_connections
from server.importer import Limits, import_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
MOSCOW_TIMES = SEEDS / "000_250783dc01262731.txt"
SPUTNIK = SEEDS / "001_98f7716e441097b1.txt"
MOSCOW_TIMES_URL = (
    "https://www.themoscowtimes.com/2022/10/12/"
    "kremlin-musk-deny-meeting-before-controversial-ukraine-peace-plan-tweet-a79068"
)
LIMITS = Limits(max_text_chars=1_000_000, max_line_bytes=10_000_000, min_quote_words=4)


@pytest.fixture
def seed_db(tmp_path) -> str:
    """A corpus file holding the two seed articles."""
    path = str(tmp_path / "corpus.db")
    corpus = open_corpus(path)
    try:
        report = import_sources(corpus, [str(SEEDS)], LIMITS)
    finally:
        corpus.close()
    assert report.new == 2 and not report.failed
    return path


@dataclass
class Answer:
    status: int
    headers: dict
    body: object


class LiveServer:
    """The app on a real socket; `request` sends real HTTP and reads any status."""

    def __init__(self, app):
        self.app = app
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def request(self, method, path, *, body=None, json_body=None, headers=None) -> Answer:
        data = body
        sent_headers = dict(headers or {})
        if json_body is not None:
            data = json.dumps(json_body).encode()
            sent_headers.setdefault("Content-Type", "application/json")
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers=sent_headers
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as response:
                return self._answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return self._answer(error.code, error.headers, error.read())

    @staticmethod
    def _answer(status, headers, raw: bytes) -> Answer:
        kind = headers.get("Content-Type", "")
        body = json.loads(raw) if kind.startswith("application/json") else raw.decode()
        return Answer(status, dict(headers), body)

    def stop(self):
        """Stop serving, then close what the app holds open (lookup helpers, idle connections)."""
        self.server.shutdown()
        self.thread.join(timeout=10)
        self.server.server_close()
        close_connections(self.app)


@pytest.fixture
def live(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db}))
    yield server
    server.stop()
