"""Feed entries: what sync needs of each item of a feed, whatever the feed's format.

RSS and Atom are read by feedparser in the sync adapter (feedparser brings its
own network code); JSON Feed, which feedparser 6 does not read, is read here.
Both give FeedEntry records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from .urls import absolute_url, is_web_url

JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/"


class FeedError(ValueError):
    """The document is not a feed sync can read; the message says why."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str
    title: str | None = None
    published: str | None = None  # ISO 8601, UTC
    updated: str | None = None  # ISO 8601, UTC
    author: str | None = None


def looks_like_json_feed(body: bytes, content_type: str) -> bool:
    kind = content_type.split(";")[0].strip().lower()
    return kind in ("application/feed+json", "application/json") or body.lstrip()[:1] == b"{"


def json_feed_entries(body: bytes, feed_url: str) -> tuple[list[FeedEntry], str | None]:
    """The entries of a JSON Feed (1.0 or 1.1) and its language."""
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FeedError(f"not a readable JSON Feed: {error}") from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        JSON_FEED_VERSION_PREFIX
    ):
        raise FeedError("JSON without a JSON Feed version")
    items = document.get("items")
    if not isinstance(items, list):
        raise FeedError('a JSON Feed needs an "items" list')
    entries = [_json_item(item, feed_url) for item in items if isinstance(item, dict)]
    language = document.get("language") if isinstance(document.get("language"), str) else None
    return [entry for entry in entries if entry is not None], language


def _json_item(item: dict, feed_url: str) -> FeedEntry | None:
    link = item.get("url") or item.get("external_url")
    if not isinstance(link, str) or not link.strip():
        return None
    authors = item.get("authors") or (
        [item["author"]] if isinstance(item.get("author"), dict) else []
    )
    names = [
        a.get("name") for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)
    ]
    return FeedEntry(
        link=absolute_url(feed_url, link),
        title=_string(item.get("title")),
        published=_rfc3339_utc(item.get("date_published")),
        updated=_rfc3339_utc(item.get("date_modified")),
        author=", ".join(names) or None,
    )


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _rfc3339_utc(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat()


def utc_from_struct(value) -> str | None:
    """feedparser's parsed dates (UTC struct_time) as ISO 8601."""
    if value is None:
        return None
    return datetime(*value[:6], tzinfo=UTC).isoformat()


def entries_to_fetch(
    entries: list[FeedEntry], *, since: str | None = None
) -> tuple[list[FeedEntry], list[str]]:
    """Web entries published on or after `since` (a date), each link once; and the rejected links.

    An entry with no date is kept: a feed that dates nothing is still read.
    """
    kept, rejected, seen = [], [], set()
    for entry in entries:
        if not is_web_url(entry.link):
            rejected.append(entry.link)
            continue
        if since and entry.published and entry.published[:10] < since:
            continue
        if entry.link not in seen:
            seen.add(entry.link)
            kept.append(entry)
    return kept, rejected
