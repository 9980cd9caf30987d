"""`quotetrail`: import, quotes, match and serve, over the same functions the API calls.

Expected failures print one line on stderr and exit 1 (2 for usage errors);
never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from . import settings as settings_module
from .errors import CorpusError, InputError, QuoteTrailError
from .lines import bounded_lines
from .service import (
    MatchPolicy,
    match_page,
    match_response,
    page_text,
    quotes_of,
    quotes_response,
)

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
_HIGHEST_PORT = 65535
EXTENSION_FOLDER = Path(__file__).resolve().parent.parent / "extension"


def extension_hint(url: str) -> str:
    """How to use the backend from a browser: the extension if it is there, else the page."""
    if (EXTENSION_FOLDER / "manifest.json").is_file():
        return (
            f"Load the extension: open chrome://extensions (or about:debugging in Firefox), turn "
            f"on developer mode and load {EXTENSION_FOLDER} unpacked."
        )
    return f"No browser extension in this checkout yet: paste an article into {url}"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        config = settings_module.load()
        if getattr(args, "db", None):
            config["DB_PATH"] = args.db
        return args.handler(args, config)
    except (QuoteTrailError, settings_module.SettingsError) as error:
        print(f"quotetrail: {getattr(error, 'message', error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say to it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:  # reading is checked where it happens: this is a write failing
        where = error.filename or "cannot write the output"
        print(f"quotetrail: {where}: {error.strerror or error}", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotetrail",
        description="Find quotations in news text and how other outlets worded them.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    db_help = "corpus SQLite file (default: $QUOTETRAIL_DB or ~/.local/share/quotetrail/corpus.db)"

    imp = commands.add_parser("import", help="import articles from JSONL files or folders")
    imp.add_argument("--db", help=db_help)
    imp.add_argument("sources", nargs="+", metavar="SOURCE", help="a JSONL file or a folder")
    imp.set_defaults(handler=_import)

    quotes = commands.add_parser("quotes", help="print the quotations of a text")
    quotes.add_argument("--jsonl", action="store_true", help='input lines {"id", "text"}')
    quotes.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    quotes.set_defaults(handler=_quotes)

    match = commands.add_parser("match", help="print other outlets' versions of a text's quotes")
    match.add_argument("--db", help=db_help)
    match.add_argument("--url", help="the text's own URL, never returned as a version")
    match.add_argument("--jsonl", action="store_true", help='input lines {"id", "url", "text"}')
    match.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    match.set_defaults(handler=_match)

    sync = commands.add_parser("sync", help="fetch new articles from outlets' feeds")
    sync.add_argument("--sources", required=True, metavar="FILE", help="TOML list of outlets")
    sync.add_argument("--db", help=db_help)
    sync.add_argument("--since", type=_date, metavar="DATE", help="skip entries published before")
    sync.add_argument(
        "--limit", type=_positive, metavar="N", help="fetch at most N article pages per outlet"
    )
    sync.set_defaults(handler=_sync)

    export = commands.add_parser("export", help="write the corpus as JSONL for `import`")
    export.add_argument("--db", help=db_help)
    export.add_argument("file", metavar="FILE.jsonl", help="where to write (- for stdout)")
    export.set_defaults(handler=_export)

    serve = commands.add_parser("serve", help="serve the API and the web page")
    serve.add_argument("--db", help=db_help)
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, help="port to listen on (default 8765)")
    serve.set_defaults(handler=_serve)
    return parser


# The commands that use the corpus or the importer import them: `quotes` needs neither, and
# loading them (sqlite_utils, hashlib) took a tenth of a second of every start-up.


def _stopped_import(articles: int) -> str:
    """What an import stopped by Ctrl-C says: what the corpus holds, and how to go on (the
    batch being written is rolled back, so every article in the corpus is whole)."""
    return (
        f"\nStopped. The corpus holds {articles} whole articles; run the same import again to "
        "go on (the articles already stored are skipped)."
    )


def _import(args, config: dict) -> int:
    from .corpus import holdings, open_corpus
    from .importer import Limits, import_sources

    corpus = open_corpus(config["DB_PATH"], busy_timeout_ms=config["SQLITE_BUSY_TIMEOUT_MS"])
    limits = Limits.from_settings(config)
    progress = ImportProgress(_count_lines(args.sources), sys.stderr)
    try:
        report = import_sources(corpus, args.sources, limits, on_article=progress.step)
        progress.done()
        articles, quotes = corpus.counts()
    except KeyboardInterrupt:
        print(_stopped_import(corpus.counts()[0]), file=sys.stderr)
        return 130
    finally:
        corpus.close()
    for failure in report.failed:
        print(f"skipped {failure}", file=sys.stderr)
    print(f"Imported into {config['DB_PATH']}: {report.summary()}.")
    print(holdings(articles, quotes))
    return 1 if report.failed and not (report.new or report.updated or report.unchanged) else 0


def _sync(args, config: dict) -> int:
    from .sync_cli import run_sync

    return run_sync(args, config)


def _export(args, config: dict) -> int:
    from .sync_cli import run_export

    _check_corpus_exists(config["DB_PATH"])
    return run_export(args, config)


def _check_corpus_exists(path: str) -> None:
    """`match` and `export` read a corpus: a path that holds none is a mistake, not a new one."""
    if not Path(path).exists():
        raise CorpusError(f"no corpus at {path}: `quotetrail import --db {path} SOURCE` makes one")


def _date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _positive(value: str) -> int:
    if not _is_whole_number(value) or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)


def _port(value: str) -> int:
    if not _is_whole_number(value) or not 1 <= int(value) <= _HIGHEST_PORT:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port (1 to {_HIGHEST_PORT})")
    return int(value)


def _is_whole_number(value: str) -> bool:
    """ASCII digits only: int() would also take "1_000", " 8 " and Arabic-Indic digits."""
    return value.isascii() and value.isdigit()


class ImportProgress:
    """A bar on a terminal, redrawn every 100 articles; a plain line every 10,000 otherwise."""

    WIDTH = 30

    def __init__(self, total: int, stream) -> None:
        self.total, self.stream, self.seen = max(total, 1), stream, 0
        self.terminal = stream.isatty()
        self.started = time.monotonic()

    def step(self, _where: str, _status: str) -> None:
        self.seen += 1
        if self.terminal and self.seen % 100 == 0:
            print(f"\r{self.line()}", end="", file=self.stream, flush=True)
        elif not self.terminal and self.seen % 10_000 == 0:
            print(self.line(), file=self.stream, flush=True)

    def done(self) -> None:
        if self.terminal and self.seen >= 100:
            print(f"\r{self.line()}", file=self.stream, flush=True)

    def line(self) -> str:
        share = min(self.seen / self.total, 1.0)
        filled = round(share * self.WIDTH)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.seen / elapsed
        left = max(self.total - self.seen, 0) / rate if rate else 0.0
        return (
            f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {share:4.0%} "
            f"{self.seen:,}/{self.total:,} articles  {rate:,.0f}/s  "
            f"{int(left // 60)}:{int(left % 60):02d} left"
        )


def _count_lines(sources: list[str]) -> int:
    """How many lines the sources hold (a folder's: its manifest's), to size the bar."""
    from .importer import MANIFEST

    total = 0
    for source in sources:
        path = Path(source)
        path = path / MANIFEST if path.is_dir() else path
        try:
            with path.open("rb") as handle:
                total += sum(
                    chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")
                )
        except OSError:
            continue
    return total


def _quotes(args, config: dict) -> int:
    policy = MatchPolicy.from_settings(config)
    if not args.jsonl:
        text = page_text(text=_read_all(args.file), html=None, max_chars=policy.max_text_chars)
        _print_json(quotes_response(quotes_of(text, policy)))
        return 0

    def answer(record: dict) -> dict:
        text = page_text(text=record.get("text"), html=None, max_chars=policy.max_text_chars)
        return quotes_response(quotes_of(text, policy))

    return _each_jsonl_line(args.file, answer, config["MAX_IMPORT_LINE_BYTES"])


def _match(args, config: dict) -> int:
    from .corpus import open_corpus

    policy = MatchPolicy.from_settings(config)
    _check_corpus_exists(config["DB_PATH"])
    corpus = open_corpus(config["DB_PATH"], busy_timeout_ms=config["SQLITE_BUSY_TIMEOUT_MS"])
    try:
        if not args.jsonl:
            text = page_text(text=_read_all(args.file), html=None, max_chars=policy.max_text_chars)
            _print_json(match_response(match_page(corpus, text, policy, url=args.url)))
            return 0

        def answer(record: dict) -> dict:
            url = record.get("url")
            if url is not None and not isinstance(url, str):
                raise InputError('"url" must be a string')
            text = page_text(text=record.get("text"), html=None, max_chars=policy.max_text_chars)
            return match_response(match_page(corpus, text, policy, url=url))

        return _each_jsonl_line(args.file, answer, config["MAX_IMPORT_LINE_BYTES"])
    finally:
        corpus.close()


def _each_jsonl_line(file: str, answer: Callable[[dict], dict], max_line_bytes: int) -> int:
    """Answer each input line; a bad line is reported on stderr and answered with an error."""
    failures = 0
    for number, line in _input_lines(file, max_line_bytes):
        if not isinstance(line, InputError) and not line.strip():
            continue
        try:
            if isinstance(line, InputError):
                raise line
            record = _json_object(line)
            result = {"id": record.get("id"), **answer(record)}
        except InputError as error:
            failures += 1
            print(f"quotetrail: line {number}: {error.message}", file=sys.stderr)
            continue
        _print_json(result, compact=True)
    return 1 if failures else 0


def _serve(args, config: dict) -> int:
    from werkzeug.serving import make_server

    from .app import create_app
    from .db import close_connections

    host = args.host or config["HOST"]
    port = args.port or config["PORT"]
    if not 1 <= port <= _HIGHEST_PORT:
        raise QuoteTrailError(f"QUOTETRAIL_PORT={port} is not a port (1 to {_HIGHEST_PORT})")
    overrides = {"DB_PATH": config["DB_PATH"]}
    if host not in LOOPBACK_HOSTS:
        overrides["ALLOWED_HOSTS"] = ",".join(filter(None, [config["ALLOWED_HOSTS"], host]))
    app = create_app(overrides)
    _check_can_listen(host, port)
    server = make_server(host, port, app, threaded=True)
    if config["WARM_KEY_INDEX"]:
        _start_reading_key_index(config["DB_PATH"])
    articles, quotes = _corpus_counts(config)
    print(f"Corpus: {config['DB_PATH']} ({articles} articles, {quotes} quotations)")
    url = f"http://{host}:{port}/"
    if host not in LOOPBACK_HOSTS:
        print(f"Warning: listening on {host}: other machines can reach this backend.", flush=True)
    print(f"QuoteTrail is serving on {url}  (Ctrl+C to stop)")
    print(extension_hint(url), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:  # werkzeug's serve_forever ends on Ctrl-C and closes its socket itself
        close_connections(app)
    return 0


def _start_reading_key_index(db_path: str) -> None:
    """Read the corpus's key index on a connection and a thread of its own (`read_key_index`):
    the server answers meanwhile, and an error here only leaves the index unread."""

    def read() -> None:
        import sqlite3

        from .corpus import open_corpus

        try:
            corpus = open_corpus(db_path)
            try:
                corpus.read_key_index()
            finally:
                corpus.close()
        except (CorpusError, sqlite3.Error):
            pass

    threading.Thread(target=read, name="quotetrail-read-key-index", daemon=True).start()


def _check_can_listen(host: str, port: int) -> None:
    """Fail with one clear line, before werkzeug prints its own, if the address is taken."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        hint = " (is QuoteTrail already running?)" if error.errno == errno.EADDRINUSE else ""
        raise QuoteTrailError(f"cannot listen on {host}:{port}: {error.strerror}{hint}") from None


def _corpus_counts(config: dict) -> tuple[int, int]:
    from .corpus import open_corpus

    corpus = open_corpus(config["DB_PATH"])
    try:
        return corpus.counts()
    finally:
        corpus.close()


def _read_all(file: str) -> str:
    try:
        if file == "-":
            return sys.stdin.buffer.read().decode("utf-8")
        with open(file, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError:
        raise InputError(f"{file}: not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"{file}: {error.strerror}") from None


def _json_object(line: bytes) -> dict:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deep") from None
    if not isinstance(record, dict):
        raise InputError("a line must be a JSON object")
    return record


def _input_lines(file: str, max_bytes: int) -> Iterator[tuple[int, bytes | InputError]]:
    """The input's lines as bytes: each is decoded on its own, so one bad line costs one line;
    a line over `max_bytes` is an error, not read into memory."""
    try:
        handle = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115
    except OSError as error:
        raise InputError(f"{file}: {error.strerror}") from None
    with handle:
        yield from enumerate(bounded_lines(handle, max_bytes), start=1)


def _print_json(value: dict, *, compact: bool = False) -> None:
    """Print as UTF-8; a value holding half a UTF-16 pair (an `id` given as "\\ud800") is
    printed with JSON's escapes instead, as it came."""
    indent = None if compact else 2
    printed = json.dumps(value, ensure_ascii=False, indent=indent)
    if not _is_utf8_text(printed):
        printed = json.dumps(value, indent=indent)
    print(printed, flush=True)


def _is_utf8_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
