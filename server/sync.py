"""Corpus sync: outlets' feeds -> article pages -> articles with quotations in the corpus.

For each outlet of the sources file, each feed is fetched (conditionally, with
the ETag and Last-Modified it answered with last time), read with feedparser
(RSS 0.9x/1.0/2.0, Atom) or as a JSON Feed, and each entry's link is followed
to the article page unless the corpus already holds the article under that
address (and the feed says nothing changed since it was fetched). Text and
metadata come from trafilatura; each article is saved with its quotations in
its own transaction. A failing feed or page is reported and skipped.

A feed's validators are saved only once every entry of it was handled, so a
sync killed half-way reads the feed again next time and finishes the job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import feedparser

from .core.feeds import (
    FeedEntry,
    FeedError,
    entries_to_fetch,
    json_feed_entries,
    looks_like_json_feed,
    utc_from_struct,
)
from .core.quotes import find_quotations
from .core.sources import Outlet
from .core.urls import clean_url, is_web_url, language_tag, same_site
from .corpus import Corpus
from .errors import InputError
from .extraction import extract_page
from .fetch import FetchError, PoliteFetcher, Response
from .importer import article_from_fields

# (outlet, address, what happened: "new", "updated", "unchanged" or "failed")
ProgressCallback = Callable[[str, str, str], None]


@dataclass(frozen=True, slots=True)
class SyncOptions:
    max_text_chars: int
    min_quote_words: int
    since: str | None = None  # a date, YYYY-MM-DD
    limit: int | None = None  # most article pages fetched per outlet


@dataclass
class OutletReport:
    name: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    feeds_not_modified: int = 0
    fetched: int = 0  # article pages requested, against --limit

    def summary(self) -> str:
        line = (
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed"
        )
        if self.feeds_not_modified:
            line += f" ({self.feeds_not_modified} feed(s) not modified)"
        return line

    @property
    def succeeded(self) -> bool:
        return bool(self.new or self.updated or self.unchanged or self.feeds_not_modified)


@dataclass(frozen=True, slots=True)
class Feed:
    entries: list[FeedEntry]
    language: str | None


def sync_outlets(
    corpus: Corpus,
    outlets: list[Outlet],
    fetcher: PoliteFetcher,
    options: SyncOptions,
    on_article: ProgressCallback = lambda outlet, url, status: None,
) -> list[OutletReport]:
    """Sync every outlet in turn; the report of each says what happened to every address."""
    return _Sync(corpus, fetcher, options, on_article).run(outlets)


@dataclass
class _Sync:
    corpus: Corpus
    fetcher: PoliteFetcher
    options: SyncOptions
    on_article: ProgressCallback

    def run(self, outlets: list[Outlet]) -> list[OutletReport]:
        reports = []
        for outlet in outlets:
            self.corpus.save_outlet(outlet.name, outlet.homepage)
            report = OutletReport(outlet.name)
            for feed_url in outlet.feeds:
                self._feed(outlet, feed_url, report)
            reports.append(report)
        return reports

    def _failed(self, report: OutletReport, url: str, reason: str) -> None:
        report.failed.append(f"{url}: {reason}")
        self.on_article(report.name, url, "failed")

    def _feed(self, outlet: Outlet, feed_url: str, report: OutletReport) -> None:
        etag, last_modified = self.corpus.feed_validators(feed_url)
        try:
            response = self.fetcher.get(feed_url, _conditional_headers(etag, last_modified))
            if response.status == 304:
                report.feeds_not_modified += 1
                return
            feed = read_feed(response)
        except (FetchError, FeedError) as error:
            self._failed(report, feed_url, str(error))
            return
        entries, rejected = entries_to_fetch(feed.entries, since=self.options.since)
        for link in rejected:
            self._failed(report, link, "not an http(s) address")
        if self._entries(outlet, entries, feed, report) and not rejected:
            self.corpus.save_feed_validators(
                feed_url,
                outlet.name,
                response.headers.get("etag"),
                response.headers.get("last-modified"),
            )

    def _entries(self, outlet, entries, feed, report) -> bool:
        """Handle each entry; True when every one is in the corpus now."""
        complete = True
        for entry in entries:
            try:
                status = self._entry(outlet, entry, feed, report)
            except (FetchError, InputError) as error:
                self._failed(report, entry.link, getattr(error, "message", str(error)))
                complete = False
                continue
            if status is None:  # --limit reached: the rest waits for the next run
                return False
            setattr(report, status, getattr(report, status) + 1)
            self.on_article(outlet.name, entry.link, status)
        return complete

    def _entry(self, outlet, entry, feed, report) -> str | None:
        """ "new", "updated" or "unchanged"; None when --limit is reached."""
        known = self.corpus.known_article(entry.link)
        if known is not None and not _changed_since_fetched(entry, known):
            return "unchanged"
        if self.options.limit is not None and report.fetched >= self.options.limit:
            return None
        report.fetched += 1
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        page = self.fetcher.get(entry.link)
        if page.status != 200:
            raise FetchError(f"HTTP {page.status}")
        article = _article(outlet, entry, feed, page, self.options)
        quotations = find_quotations(article.text, min_words=self.options.min_quote_words)
        aliases = (entry.link, *page.redirected_from, page.url)
        return self.corpus.save_article(
            article, quotations, aliases=aliases, fetched_at=fetched_at, same_text_same_article=True
        )


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def read_feed(response: Response) -> Feed:
    """The entries of an RSS, Atom or JSON feed; FeedError if it is none of them."""
    if response.status != 200:
        raise FeedError(f"HTTP {response.status}")
    content_type = response.headers.get("content-type", "")
    if looks_like_json_feed(response.body, content_type):
        entries, language = json_feed_entries(response.body, response.url)
        return Feed(entries, language_tag(language))
    parsed = feedparser.parse(
        response.body,
        response_headers={"content-type": content_type, "content-location": response.url},
    )
    if not parsed.entries and not parsed.version:
        raise FeedError(f"not a feed ({response.headers.get('content-type') or 'no type'})")
    if not parsed.entries and parsed.bozo:
        raise FeedError(f"malformed feed: {parsed.get('bozo_exception')}")
    entries = [_feedparser_entry(entry) for entry in parsed.entries]
    language = language_tag(parsed.feed.get("language"))
    return Feed([entry for entry in entries if entry is not None], language)


def _feedparser_entry(entry) -> FeedEntry | None:
    link = entry.get("link") or entry.get("id")
    if not link:
        return None
    # dict.get: feedparser's own get() answers the published date when no update is given
    updated = dict.get(entry, "updated_parsed")
    return FeedEntry(
        link=link.strip(),
        title=entry.get("title") or None,
        # RSS 1.0 dates an item with dc:date, which feedparser reads as `updated`
        published=utc_from_struct(entry.get("published_parsed") or updated),
        updated=utc_from_struct(updated),
        author=entry.get("author") or None,
    )


def _changed_since_fetched(entry: FeedEntry, known) -> bool:
    """The feed dates a change of the article after the corpus last fetched it."""
    last_seen = known.fetched_at or known.imported_at
    return entry.updated is not None and entry.updated > last_seen


def _article(outlet: Outlet, entry: FeedEntry, feed: Feed, page: Response, options):
    extracted = extract_page(page.html(), url=page.url)
    declared = extracted.canonical_url
    if declared and is_web_url(declared) and same_site(declared, page.url):
        url = clean_url(declared)
    else:
        url = clean_url(page.url)
    record = {
        "url": url,
        "outlet": outlet.name,
        "text": extracted.text,
        "title": extracted.title or entry.title,
        "published": entry.published or extracted.published,
        "language": extracted.language or feed.language,
        "author": extracted.author or entry.author,
        "canonical_url": declared if declared and is_web_url(declared) else None,
    }
    return article_from_fields(record, max_text_chars=options.max_text_chars)
