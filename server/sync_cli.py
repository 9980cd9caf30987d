"""`quotetrail sync` and `quotetrail export`: the commands around server.sync and the corpus.

Kept apart from cli.py so that the other commands start without loading
trafilatura and feedparser.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TextIO

from .core.sources import Outlet, SourcesError, read_sources
from .corpus import holdings, open_corpus
from .errors import InputError
from .fetch import FetchPolicy, PoliteFetcher
from .sync import OutletReport, SyncOptions, sync_outlets

_BAR_WIDTH = 20


def run_sync(args, config: dict) -> int:
    outlets = read_sources_file(args.sources)
    options = SyncOptions(
        max_text_chars=config["MAX_TEXT_CHARS"],
        min_quote_words=config["MIN_QUOTE_WORDS"],
        since=args.since,
        limit=args.limit,
    )
    corpus = open_corpus(config["DB_PATH"], busy_timeout_ms=config["SQLITE_BUSY_TIMEOUT_MS"])
    fetcher = PoliteFetcher(FetchPolicy.from_settings(config))
    progress = Progress(outlets, sys.stderr)
    try:
        reports = sync_outlets(corpus, outlets, fetcher, options, on_article=progress.article)
        articles, quotes = corpus.counts()
    finally:
        progress.finish()
        fetcher.close()
        corpus.close()
    print(f"Synced {len(outlets)} outlets into {config['DB_PATH']}:")
    for report in reports:
        print(f"  {report.name}: {report.summary()}")
        for failure in report.failed:
            print(f"    failed {failure}")
    print(holdings(articles, quotes))
    return 0 if any(report.succeeded for report in reports) or not _failures(reports) else 1


def _failures(reports: list[OutletReport]) -> int:
    return sum(len(report.failed) for report in reports)


def read_sources_file(path: str) -> list[Outlet]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror}") from None
    try:
        return read_sources(text)
    except SourcesError as error:
        raise InputError(f"{path}: {error}") from None


class Progress:
    """A bar redrawn in place on a terminal; one plain line per article otherwise."""

    def __init__(self, outlets: list[Outlet], stream: TextIO) -> None:
        self.names = [outlet.name for outlet in outlets]
        self.stream = stream
        self.on_terminal = stream.isatty()
        self.seen = 0
        self.failed = 0

    def article(self, outlet: str, url: str, status: str) -> None:
        self.seen += 1
        self.failed += status == "failed"
        if not self.on_terminal:
            print(f"{status:<9} {outlet}  {url}", file=self.stream, flush=True)
            return
        self._draw(self.names.index(outlet) if outlet in self.names else 0, outlet)

    def _draw(self, done: int, outlet: str) -> None:
        filled = _BAR_WIDTH * done // max(len(self.names), 1)
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        line = (
            f"[{bar}] {done}/{len(self.names)} outlets  {outlet[:30]}  "
            f"{self.seen} articles, {self.failed} failed"
        )
        print(f"\r{line[:120]:<120}", end="", file=self.stream, flush=True)

    def finish(self) -> None:
        """The bar full on a terminal, then a new line for the summary."""
        if self.on_terminal and self.seen:
            self._draw(len(self.names), "done")
            print(file=self.stream, flush=True)


def run_export(args, config: dict) -> int:
    corpus = open_corpus(config["DB_PATH"], busy_timeout_ms=config["SQLITE_BUSY_TIMEOUT_MS"])
    try:
        if args.file == "-":
            count = _write_jsonl(corpus, sys.stdout)
        else:
            count = _export_to_file(corpus, Path(args.file))
    finally:
        corpus.close()
    where = "standard output" if args.file == "-" else args.file
    print(f"Exported {count} articles from {config['DB_PATH']} to {where}.", file=sys.stderr)
    return 0


def _export_to_file(corpus, target: Path) -> int:
    """Write beside the target and rename: the file is whole or not there at all."""
    folder = target.resolve().parent
    if not folder.is_dir():
        raise InputError(f"{target}: no such folder {folder}")
    temporary = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=f".{target.name}.", delete=False
        ) as handle:
            temporary = handle.name
            count = _write_jsonl(corpus, handle)
        os.chmod(temporary, 0o666 & ~_current_umask())  # a temporary file is made 0600
        os.replace(temporary, target)
    except OSError as error:
        raise InputError(f"{target}: {error.strerror}") from None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
    return count


def _current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def _write_jsonl(corpus, stream: TextIO) -> int:
    count = 0
    for record in corpus.export_articles():
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
