"""Import articles into the corpus from JSONL files or folders with a manifest.

A JSONL line is one article: {"url", "outlet", "title"?, "published"?, "language"?,
"author"?, "canonical_url"?, "text" | "html"}, as `quotetrail export` writes it. A
folder holds `manifest.jsonl` whose lines name a "file" in the folder instead of
"text" or "html" (.html/.htm files are read as HTML).
A bad line is reported with its line number and skipped; every good line is
saved whole or not at all, in batches of lines committed together.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from .core.quotes import find_quotations
from .corpus import ArticleRecord, Corpus, PreparedArticle, normalize_published, prepare_article
from .errors import InputError
from .lines import bounded_lines
from .service import LONE_SURROGATE, page_text

MANIFEST = "manifest.jsonl"
_OPTIONAL_STRINGS = ("title", "published", "language", "author", "canonical_url")


@dataclass
class ImportReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed"
        )


@dataclass(frozen=True, slots=True)
class Limits:
    max_text_chars: int
    max_line_bytes: int
    min_quote_words: int
    max_html_tags: int | None = None  # None: no cap on the tags of an HTML record
    workers: int = 1  # processes finding quotations beside the writer; 1: the writer alone

    @classmethod
    def from_settings(cls, config: dict) -> Limits:
        """The limits of the settings table (`settings.load`); workers: one per core unless set."""
        return cls(
            max_text_chars=config["MAX_TEXT_CHARS"],
            max_line_bytes=config["MAX_IMPORT_LINE_BYTES"],
            min_quote_words=config["MIN_QUOTE_WORDS"],
            max_html_tags=config["MAX_HTML_TAGS"],
            workers=config["IMPORT_WORKERS"] or os.cpu_count() or 1,
        )


# Articles handed to a worker at a time (and saved in one transaction), and chunks in flight
# per worker.
_CHUNK = 32
_CHUNKS_PER_WORKER = 3
_PARENT_CHECK_S = 0.5  # how often a worker looks whether its import is still there


def import_sources(
    corpus: Corpus,
    sources: list[str],
    limits: Limits,
    on_article: Callable[[str, str], None] = lambda where, status: None,
) -> ImportReport:
    """Import every article of every source; report what happened to each, in file order.

    Quotations are found, and all else an article's rows need worked out
    (`prepare_article`), in `limits.workers` processes while this one writes,
    once an import is big enough to fill a chunk. Articles are saved in the
    order of the sources, a chunk of them in one transaction (`Corpus.batch`),
    each whole or not at all.
    """
    report = ImportReport()
    pending: deque[_Chunk] = deque()
    with _Finder(limits) as finder:
        for items in _chunks(_parsed(sources, limits)):
            pending.append(_Chunk.start(corpus, items, finder))
            if len(pending) > finder.in_flight:
                pending.popleft().save(corpus, limits, report, on_article)
        while pending:
            pending.popleft().save(corpus, limits, report, on_article)
    if report.new or report.updated:
        corpus.optimize_index()
    return report


def _parsed(sources: list[str], limits: Limits) -> Iterator[tuple[str, ArticleRecord | InputError]]:
    for source in sources:
        for where, record in _records(Path(source), limits):
            try:
                yield where, _article(record, limits)
            except InputError as error:
                yield where, error


def _chunks(items: Iterator) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _exit_with(parent: int) -> None:
    """In a worker: exit once the import that started it is gone.

    A killed import cannot stop its workers, and they would wait for work forever (each
    holds both ends of the pool's queue, so it never sees the queue close).
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_CHECK_S)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-import", daemon=True).start()


def prepare_all(articles: list[ArticleRecord], min_words: int) -> list[PreparedArticle]:
    """Each article with its quotations found and its rows worked out (what a worker runs)."""
    return [_prepared(article, min_words) for article in articles]


def _prepared(article: ArticleRecord, min_words: int) -> PreparedArticle:
    quotations = find_quotations(article.text, min_words=min_words)
    return prepare_article(article, quotations)


class _Finder:
    """Prepares articles (`prepare_all`): here for small imports, in a pool of processes for
    big ones."""

    def __init__(self, limits: Limits) -> None:
        self.workers = limits.workers
        self.min_words = limits.min_quote_words
        self.pool: ProcessPoolExecutor | None = None
        self.in_flight = max(1, self.workers * _CHUNKS_PER_WORKER)

    def __enter__(self) -> _Finder:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, articles: list[ArticleRecord]) -> Future:
        if self.pool is None and self.workers > 1 and len(articles) == _CHUNK:
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_exit_with,
                initargs=(os.getpid(),),
            )
        if self.pool is not None:
            return self.pool.submit(prepare_all, articles, self.min_words)
        done: Future = Future()
        done.set_result(prepare_all(articles, self.min_words))
        return done


@dataclass
class _Chunk:
    """Articles read in a row, and those not stored yet being prepared."""

    items: list[tuple[str, ArticleRecord | InputError]]
    to_prepare: list[int]
    prepared: Future

    @classmethod
    def start(cls, corpus: Corpus, items: list, finder: _Finder) -> _Chunk:
        to_prepare = [
            i
            for i, (_, article) in enumerate(items)
            if isinstance(article, ArticleRecord) and not corpus.is_unchanged(article)
        ]
        return cls(items, to_prepare, finder.submit([items[i][1] for i in to_prepare]))

    def save(self, corpus: Corpus, limits: Limits, report: ImportReport, on_article) -> None:
        prepared = dict(zip(self.to_prepare, self.prepared.result(), strict=True))
        saved = []
        # Articles stored already, as in an import run again, take no write lock: any of them
        # found changed now is saved in its own transaction.
        with corpus.batch() if self.to_prepare else nullcontext():
            for index, (where, article) in enumerate(self.items):
                if isinstance(article, InputError):
                    report.failed.append(f"{where}: {article.message}")
                    saved.append((where, "failed"))
                    continue
                status = _save(corpus, article, prepared.get(index), limits)
                report.count(status)
                saved.append((where, status))
        for where, status in saved:
            on_article(where, status)


def _save(
    corpus: Corpus, article: ArticleRecord, prepared: PreparedArticle | None, limits: Limits
) -> str:
    """Save one article. One found stored word for word when read is looked at again now (an
    earlier line of the import may have changed it), and prepared only if needed."""
    if prepared is None:
        if corpus.is_unchanged(article):
            return "unchanged"
        prepared = _prepared(article, limits.min_quote_words)
    return corpus.save_prepared(prepared)


def _records(source: Path, limits: Limits) -> Iterator[tuple[str, dict | InputError]]:
    if source.is_dir():
        manifest = source / MANIFEST
        if not manifest.is_file():
            yield str(source), InputError(f"no {MANIFEST} in this folder")
            return
        for where, record in _jsonl_lines(manifest, limits):
            yield where, _with_file_contents(record, source)
        return
    if not source.is_file():
        yield str(source), InputError("no such file or folder")
        return
    yield from _jsonl_lines(source, limits)


def _jsonl_lines(path: Path, limits: Limits) -> Iterator[tuple[str, dict | InputError]]:
    try:
        handle = path.open("rb")
    except OSError as error:
        yield str(path), InputError(f"cannot read: {error.strerror}")
        return
    with handle:
        for number, raw in enumerate(bounded_lines(handle, limits.max_line_bytes), start=1):
            where = f"{path}:{number}"
            if isinstance(raw, InputError):
                yield where, raw
            elif raw.strip():
                yield where, _parse_line(raw)


def _parse_line(raw: bytes) -> dict | InputError:
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return InputError("not UTF-8 text")
    except json.JSONDecodeError as error:
        return InputError(f"invalid JSON: {error.msg} at column {error.colno}")
    except RecursionError:
        return InputError("invalid JSON: nested too deep")
    if not isinstance(value, dict):
        return InputError("a line must be a JSON object")
    return value


def _with_file_contents(record: dict | InputError, folder: Path) -> dict | InputError:
    if isinstance(record, InputError):
        return record
    name = record.get("file")
    if not isinstance(name, str) or not name:
        return InputError('a manifest line needs "file", the article\'s file in the folder')
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents:
        return InputError(f"{name!r} is outside the folder")
    try:
        contents = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return InputError(f"cannot read {name}: {getattr(error, 'strerror', None) or error}")
    key = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    return {**{k: v for k, v in record.items() if k != "file"}, key: contents}


def _article(record: dict | InputError, limits: Limits) -> ArticleRecord:
    if isinstance(record, InputError):
        raise record
    return article_from_fields(
        record, max_text_chars=limits.max_text_chars, max_html_tags=limits.max_html_tags
    )


def article_from_fields(
    record: dict, *, max_text_chars: int, max_html_tags: int | None = None
) -> ArticleRecord:
    """Check one article's fields and extract its text; InputError says what is wrong."""
    for name in ("url", "outlet"):
        if not isinstance(record.get(name), str) or not record[name].strip():
            raise InputError(f'"{name}" is required and must be a non-empty string')
    for name in _OPTIONAL_STRINGS:
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f'"{name}" must be a string')
    for name in ("url", "outlet", *_OPTIONAL_STRINGS):
        # The text gets U+FFFD in its place (`page_text`); a URL, an outlet or a title so broken
        # is refused, as a wrong character there would file the article under another name.
        if record.get(name) is not None and LONE_SURROGATE.search(record[name]):
            raise InputError(
                f'"{name}" holds half of a UTF-16 surrogate pair, which is no character'
            )
    text = page_text(
        text=record.get("text"),
        html=record.get("html"),
        max_chars=max_text_chars,
        max_tags=max_html_tags,
    )
    if not text.strip():
        raise InputError("the html holds no article text")
    try:
        published = normalize_published(record.get("published"))
    except ValueError as error:
        raise InputError(str(error)) from None
    return ArticleRecord(
        url=record["url"].strip(),
        outlet=record["outlet"].strip(),
        text=text,
        title=record.get("title"),
        published=published,
        language=record.get("language"),
        author=record.get("author"),
        canonical_url=record.get("canonical_url"),
    )
