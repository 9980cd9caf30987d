"""Every setting and limit of QuoteTrail in one table.

Each is read from the environment variable named beside it, falls back to its
default, and is documented in README.md from this table (a test checks that
every one is there).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from . import __version__


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    env: str
    default: object
    help: str


def default_db_path() -> str:
    """$XDG_DATA_HOME/quotetrail/corpus.db, or ~/.local/share/quotetrail/corpus.db."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "quotetrail" / "corpus.db")


def quotetrail_version() -> str:
    return __version__


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "DB_PATH",
        "QUOTETRAIL_DB",
        None,
        "Corpus SQLite file; `--db` overrides it. Default: "
        "`$XDG_DATA_HOME/quotetrail/corpus.db` (`~/.local/share/quotetrail/corpus.db`).",
    ),
    Setting(
        "HOST",
        "QUOTETRAIL_HOST",
        "127.0.0.1",
        "Address `quotetrail serve` listens on; `--host` overrides it.",
    ),
    Setting("PORT", "QUOTETRAIL_PORT", 8765, "Port `quotetrail serve` listens on; `--port`."),
    Setting(
        "TOKEN",
        "QUOTETRAIL_TOKEN",
        "",
        "Shared secret every API request must carry (X-QuoteTrail-Token header) when set; "
        "empty: none asked. Printable ASCII (it travels in a header).",
    ),
    Setting(
        "ALLOWED_HOSTS",
        "QUOTETRAIL_ALLOWED_HOSTS",
        "",
        "Host names, comma-separated, the backend answers to besides 127.0.0.1, localhost and "
        "[::1]; `serve --host` adds its own.",
    ),
    Setting(
        "MAX_REQUEST_BYTES",
        "QUOTETRAIL_MAX_REQUEST_BYTES",
        2_000_000,
        "Largest request body the API reads; larger ones get 413 unread.",
    ),
    Setting(
        "MAX_TEXT_CHARS",
        "QUOTETRAIL_MAX_TEXT_CHARS",
        1_000_000,
        "Longest article text (after HTML extraction) matched or imported.",
    ),
    Setting(
        "MAX_HTML_TAGS",
        "QUOTETRAIL_MAX_HTML_TAGS",
        100_000,
        "Most tags an HTML page may have; more (deep or endless nesting) gets 413 unparsed.",
    ),
    Setting(
        "MAX_QUOTES_PER_PAGE",
        "QUOTETRAIL_MAX_QUOTES_PER_PAGE",
        200,
        "Most quotations of one page that are matched; the rest are returned unmatched.",
    ),
    Setting(
        "MAX_VERSIONS_PER_QUOTE",
        "QUOTETRAIL_MAX_VERSIONS_PER_QUOTE",
        20,
        "Most versions returned for one quotation.",
    ),
    Setting(
        "CANDIDATES_PER_QUOTE",
        "QUOTETRAIL_CANDIDATES_PER_QUOTE",
        20,
        "How many candidates the index hands the matcher for each quotation, most telling first.",
    ),
    Setting(
        "LOOKUP_GROUPS",
        "QUOTETRAIL_LOOKUP_GROUPS",
        6,
        "Stretches of five words of one quotation looked up in the index, spread over it (with "
        "each half, or the whole, and pairs of distant keys).",
    ),
    Setting(
        "GROUP_ROWS",
        "QUOTETRAIL_GROUP_ROWS",
        100,
        "Most quotations read from the index for one looked-up stretch: more hold a common "
        "phrase, and reading no further keeps it from flooding the candidates.",
    ),
    Setting(
        "COMMON_PHRASE_SPEAKERS",
        "QUOTETRAIL_COMMON_PHRASE_SPEAKERS",
        3,
        "Words that this many other speakers are quoted saying are a common phrase: only the "
        "quotation's own speaker's versions of them are shown.",
    ),
    Setting(
        "OWN_SPEAKER_ROWS",
        "QUOTETRAIL_OWN_SPEAKER_ROWS",
        10,
        "A quotation of a known speaker that no candidate relates to is compared with this many "
        "of the speaker's latest quotations (another translation of their words may share no "
        "words with it); 0 for none.",
    ),
    Setting(
        "MIN_QUOTE_WORDS",
        "QUOTETRAIL_MIN_QUOTE_WORDS",
        4,
        "Quoted text with fewer words is a scare quote or a term, not a statement.",
    ),
    Setting(
        "SCORE_CUTOFF",
        "QUOTETRAIL_SCORE_CUTOFF",
        80.0,
        "Lowest similarity (0-100) for a reworded version to count as the same statement.",
    ),
    Setting(
        "OWN_SPEAKER_SCORE_CUTOFF",
        "QUOTETRAIL_OWN_SPEAKER_SCORE_CUTOFF",
        70.0,
        "Lowest similarity (0-100) for a reworded version of the quotation's own speaker (known "
        "on both sides, as another translation of their words) to count as the same statement.",
    ),
    Setting(
        "MIN_FRAGMENT_WORDS",
        "QUOTETRAIL_MIN_FRAGMENT_WORDS",
        6,
        "Fewest words a fragment must have to be matched inside a longer quotation.",
    ),
    Setting(
        "OTHER_PART_WORDS",
        "QUOTETRAIL_OTHER_PART_WORDS",
        3,
        "Fewest words a quotation and another outlet's other part of the same statement (both "
        "parts of a fuller version in a third article: relation `part`) must each have.",
    ),
    Setting(
        "OTHER_PART_ARTICLES",
        "QUOTETRAIL_OTHER_PART_ARTICLES",
        12,
        "Most articles of the page's story (those holding a version of one of its quotations) "
        "whose quotations are read for other parts of a statement, for the versions of "
        "quotations too short for the index and for the same speakers' other wordings; 0 for "
        "none.",
    ),
    Setting(
        "MAX_IMPORT_LINE_BYTES",
        "QUOTETRAIL_MAX_IMPORT_LINE_BYTES",
        10_000_000,
        "Longest JSONL line `quotetrail import`, `quotes --jsonl` and `match --jsonl` read; a "
        "longer one is reported and skipped.",
    ),
    Setting(
        "IMPORT_WORKERS",
        "QUOTETRAIL_IMPORT_WORKERS",
        0,
        "Processes that find quotations while `quotetrail import` writes (0: one per core; 1: "
        "the writer alone). Small imports never start them.",
    ),
    Setting(
        "SQLITE_BUSY_TIMEOUT_MS",
        "QUOTETRAIL_SQLITE_BUSY_TIMEOUT_MS",
        5_000,
        "How long a request waits for a writer (an import or sync) to release the corpus.",
    ),
    Setting(
        "SQLITE_IDLE_CONNECTIONS",
        "QUOTETRAIL_SQLITE_IDLE_CONNECTIONS",
        4,
        "Corpus connections the server keeps open between requests (their page cache stays "
        "warm); 0 opens one for every request.",
    ),
    Setting(
        "SQLITE_MMAP_BYTES",
        "QUOTETRAIL_SQLITE_MMAP_BYTES",
        0,
        "Bytes of the corpus file the server reads through memory mapping (SQLite mmap_size): "
        "a little faster, but the mapped pages count as the server's resident memory.",
    ),
    Setting(
        "READ_THREADS",
        "QUOTETRAIL_READ_THREADS",
        2,
        "Connections that read a page's index lookups, its candidates' rows and their articles "
        "side by side, each on a thread of its own (SQLite reads without Python's lock, and "
        "rows not in memory come from the disk several at once): 1 reads them on the request's "
        "connection alone, as before; 2 adds a helper (faster on a corpus larger than memory).",
    ),
    Setting(
        "READ_PART_ITEMS",
        "QUOTETRAIL_READ_PART_ITEMS",
        32,
        "Fewest items (looked-up key sets, rows) a helper thread of `QUOTETRAIL_READ_THREADS` "
        "is given to read: a smaller read is done by the request's connection alone.",
    ),
    Setting(
        "WARM_KEY_INDEX",
        "QUOTETRAIL_WARM_KEY_INDEX",
        1,
        "1: `quotetrail serve` reads the key index once as it starts, in the background, so the "
        "first pages do not wait for the disk (60 MB at 1M quotations); 0: it does not.",
    ),
    Setting(
        "SYNC_USER_AGENT",
        "QUOTETRAIL_SYNC_USER_AGENT",
        f"QuoteTrail/{quotetrail_version()}",
        "User agent `quotetrail sync` sends, and the name it looks for in robots.txt.",
    ),
    Setting(
        "SYNC_TIMEOUT",
        "QUOTETRAIL_SYNC_TIMEOUT",
        20.0,
        "Seconds `quotetrail sync` waits to connect, for each read, and for a whole response.",
    ),
    Setting(
        "SYNC_MAX_RESPONSE_BYTES",
        "QUOTETRAIL_SYNC_MAX_RESPONSE_BYTES",
        5_000_000,
        "Largest feed, page or robots.txt `quotetrail sync` reads; a larger one is skipped.",
    ),
    Setting(
        "SYNC_HOST_DELAY",
        "QUOTETRAIL_SYNC_HOST_DELAY",
        1.0,
        "Fewest seconds between two requests `quotetrail sync` sends to one host.",
    ),
    Setting(
        "SYNC_MAX_CRAWL_DELAY",
        "QUOTETRAIL_SYNC_MAX_CRAWL_DELAY",
        30.0,
        "Longest robots.txt Crawl-delay `quotetrail sync` waits; a host asking more is skipped.",
    ),
    Setting(
        "SYNC_MAX_REDIRECTS",
        "QUOTETRAIL_SYNC_MAX_REDIRECTS",
        5,
        "Most redirects `quotetrail sync` follows for one address (only to http and https).",
    ),
)


class SettingsError(ValueError):
    """A setting's environment variable holds a value of the wrong kind."""


def load(overrides: dict | None = None) -> dict:
    """Every setting: its override if given, else its environment variable, else its default."""
    values = {}
    for setting in SETTINGS:
        raw = os.environ.get(setting.env)
        values[setting.name] = setting.default if raw is None else _parse(setting, raw)
    if values["DB_PATH"] is None:
        values["DB_PATH"] = default_db_path()
    values.update(overrides or {})
    return values


def _parse(setting: Setting, raw: str) -> object:
    if setting.default is None or isinstance(setting.default, str):
        return raw
    try:
        value = type(setting.default)(raw)
    except ValueError:
        kind = type(setting.default).__name__
        raise SettingsError(f"{setting.env}={raw!r} is not a valid {kind}") from None
    if not 0 <= value < math.inf:  # every number here is a size, a count, a time or a score
        raise SettingsError(f"{setting.env}={raw!r} must be a number, 0 or more")
    return value
