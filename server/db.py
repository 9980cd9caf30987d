"""One corpus connection per request, kept on Flask's `g` and closed at teardown."""

from __future__ import annotations

from flask import current_app, g

from .corpus import Corpus, open_corpus


def get_corpus() -> Corpus:
    """The corpus of this request, opened on first use."""
    if "corpus" not in g:
        g.corpus = open_corpus(
            current_app.config["DB_PATH"],
            busy_timeout_ms=current_app.config["SQLITE_BUSY_TIMEOUT_MS"],
        )
    return g.corpus


def close_corpus(_exception: BaseException | None = None) -> None:
    corpus = g.pop("corpus", None)
    if corpus is not None:
        corpus.close()
