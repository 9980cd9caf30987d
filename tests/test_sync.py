"""Corpus sync against real HTTP servers on 127.0.0.1 serving feeds and pages written here."""

from __future__ import annotations

import pytest
from sites import Site, article_page, atom, json_feed, rss091, rss1, rss2, story

from server.core.quotes import find_quotations
from server.core.sources import Outlet
from server.corpus import open_corpus
from server.fetch import FetchPolicy, PoliteFetcher
from server.sync import SyncOptions, sync_outlets

AGENT = "QuoteTrail/0.1.0"
POLICY = FetchPolicy(
    user_agent=AGENT,
    timeout=1.0,
    max_bytes=300_000,
    host_delay=0.0,
    max_crawl_delay=30.0,
    max_redirects=3,
)
OPTIONS = SyncOptions(max_text_chars=1_000_000, min_quote_words=4)

BRIDGE = story(
    "bridge-repairs",
    "Mayor Anna Berg",
    "We will rebuild the bridge before winter comes, whatever it costs",
)
MEALS = story(
    "school-meals", "Councillor Tom Hale", "Every child in this city deserves a warm meal at school"
)
PARKS = story(
    "park-closures",
    "Parks chief Lena Ortiz",
    "No park will close while I am in charge of this department",
)


@pytest.fixture
def site():
    server = Site()
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    yield server
    server.stop()


@pytest.fixture
def corpus(tmp_path):
    store = open_corpus(str(tmp_path / "corpus.db"))
    yield store
    store.close()


def publish(site: Site, item, *, path: str | None = None, canonical: bool = True) -> str:
    """Serve a story's page; return the address a feed links to."""
    path = path or f"/news/{item.slug}"
    site.add(
        path, article_page(item, canonical=f"{site.url}/news/{item.slug}" if canonical else None)
    )
    return site.url + path


def sync(corpus, *outlets: Outlet, options: SyncOptions = OPTIONS, policy: FetchPolicy = POLICY):
    fetcher = PoliteFetcher(policy)
    try:
        return sync_outlets(corpus, list(outlets), fetcher, options)
    finally:
        fetcher.close()


def outlet(site: Site, *feeds: str, name: str = "Test News") -> Outlet:
    return Outlet(name=name, feeds=tuple(site.url + feed for feed in feeds), homepage=site.url)


def stored(corpus) -> list[dict]:
    return list(
        corpus.db.query(
            "SELECT a.id, a.url, o.name AS outlet, a.title, a.published, a.language, a.author, "
            "a.canonical_url, a.reprint_of, a.text FROM articles a "
            "JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id"
        )
    )


@pytest.mark.parametrize(
    ("format_name", "write_feed", "content_type", "dated"),
    [
        ("rss 2.0", rss2, "application/rss+xml", True),
        ("rss 0.91", rss091, "text/xml", False),
        ("rss 1.0", rss1, "application/rdf+xml", True),
        ("atom", atom, "application/atom+xml", True),
        ("json feed", json_feed, "application/feed+json", True),
    ],
)
def test_each_feed_format_brings_its_articles_with_text_metadata_and_quotations(
    site, corpus, format_name, write_feed, content_type, dated
):
    links = [publish(site, BRIDGE), publish(site, MEALS)]
    site.add(
        "/feed",
        write_feed(site.url, list(zip([BRIDGE, MEALS], links, strict=True))),
        content_type=content_type,
    )
    [report] = sync(corpus, outlet(site, "/feed"))
    assert (report.new, report.failed) == (2, []), format_name
    articles = stored(corpus)
    assert [a["url"] for a in articles] == links
    for article, item in zip(articles, [BRIDGE, MEALS], strict=True):
        assert article["title"] == item.title
        assert article["outlet"] == "Test News" and article["language"] == "en"
        # the feed's time; an undated feed leaves the page's date
        assert article["published"] == (item.published if dated else item.published[:10])
        assert article["author"] == item.author
        assert item.paragraphs[1].split("”")[0].strip("“") in article["text"]
        assert "Home" not in article["text"] and "All rights reserved" not in article["text"]
    quotes = corpus.conn.execute("SELECT speaker, text FROM quotations ORDER BY id").fetchall()
    assert [speaker for speaker, _ in quotes] == ["Anna Berg", "Tom Hale"]


def test_a_second_run_downloads_nothing_unchanged(site, corpus):
    links = [publish(site, BRIDGE), publish(site, MEALS)]
    site.add(
        "/feed",
        rss2(site.url, list(zip([BRIDGE, MEALS], links, strict=True))),
        content_type="application/rss+xml",
        etag='"feed-v1"',
    )
    site.add(
        "/plain-feed", atom(site.url, [(BRIDGE, links[0])]), content_type="application/atom+xml"
    )
    first = sync(corpus, outlet(site, "/feed", "/plain-feed"))
    assert (first[0].new, first[0].unchanged) == (2, 1)
    before = len(site.requests)

    [second] = sync(corpus, outlet(site, "/feed", "/plain-feed"))
    seen = site.paths()[before:]
    assert seen == ["/robots.txt", "/feed", "/plain-feed"]  # no article page again
    conditional = site.requests[before + 1][1]
    assert conditional["If-None-Match"] == '"feed-v1"'
    assert (second.new, second.updated, second.unchanged, second.failed) == (0, 0, 1, [])
    assert second.feeds_not_modified == 1
    assert corpus.counts()[0] == 2


def test_an_entry_updated_after_it_was_fetched_is_fetched_again(site, corpus):
    link = publish(site, BRIDGE)
    site.add("/feed", atom(site.url, [(BRIDGE, link)]), content_type="application/atom+xml")
    sync(corpus, outlet(site, "/feed"))
    later = story("bridge-repairs", "Mayor Anna Berg", "The bridge will be rebuilt by spring")
    later.published = "2999-01-01T00:00:00+00:00"  # the feed's <updated> says: changed since
    publish(site, later)
    site.add("/feed", atom(site.url, [(later, link)]), content_type="application/atom+xml")
    [report] = sync(corpus, outlet(site, "/feed"))
    assert (report.updated, report.new) == (1, 0)
    assert "rebuilt by spring" in stored(corpus)[0]["text"]


def test_one_article_through_tracking_parameters_amp_and_redirects(site, corpus):
    publish(site, BRIDGE)
    amp = publish(site, BRIDGE, path="/amp/news/bridge-repairs", canonical=False)
    site.add("/go/123", status=301, headers={"Location": "/news/bridge-repairs?utm_source=feed"})
    publish(site, BRIDGE, path="/news/bridge-repairs?utm_source=feed")
    links = [f"{site.url}/news/bridge-repairs?utm_medium=rss", amp, f"{site.url}/go/123"]
    site.add("/feed", rss2(site.url, [(BRIDGE, link) for link in links]))
    [report] = sync(corpus, outlet(site, "/feed"))
    assert report.failed == [] and report.new == 1
    [article] = stored(corpus)
    assert article["url"] == f"{site.url}/news/bridge-repairs"
    before = len(site.requests)
    sync(corpus, outlet(site, "/feed"))
    assert site.paths()[before:] == ["/robots.txt", "/feed"]


def test_another_outlets_wire_copy_is_marked_as_a_reprint(site, corpus):
    wire = Site()
    try:
        original = publish(site, BRIDGE)
        site.add("/feed", rss2(site.url, [(BRIDGE, original)]))
        copy = wire.url + "/wire/bridge"
        wire.add("/wire/bridge", article_page(BRIDGE, canonical=original))
        same_text = wire.url + "/wire/bridge-2"
        wire.add("/wire/bridge-2", article_page(BRIDGE))
        wire.add("/feed", rss2(wire.url, [(BRIDGE, copy), (BRIDGE, same_text)]))
        reports = sync(corpus, outlet(site, "/feed"), outlet(wire, "/feed", name="Wire Daily"))
    finally:
        wire.stop()
    assert [(r.new, r.unchanged) for r in reports] == [(1, 0), (1, 1)]  # same text, one article
    first, second = stored(corpus)
    assert (first["url"], first["reprint_of"]) == (original, None)
    assert (second["outlet"], second["reprint_of"]) == ("Wire Daily", first["id"])
    assert second["canonical_url"] == original


def test_robots_txt_is_obeyed_and_the_user_agent_is_named(site, corpus):
    allowed, private = publish(site, BRIDGE), publish(site, MEALS, path="/private/school-meals")
    site.add("/feed", rss2(site.url, [(BRIDGE, allowed), (MEALS, private)]))
    [report] = sync(corpus, outlet(site, "/feed"))
    assert report.new == 1
    assert report.failed == [f"{private}: disallowed by robots.txt"]
    assert site.hits("/private/school-meals") == 0
    assert {headers["User-Agent"] for _, headers in site.requests} == {AGENT}


def test_a_robots_txt_that_fails_with_a_server_error_forbids_the_host(site, corpus):
    site.add("/robots.txt", "down", status=503, content_type="text/plain")
    site.add("/feed", rss2(site.url, [(BRIDGE, publish(site, BRIDGE))]))
    [report] = sync(corpus, outlet(site, "/feed"))
    assert report.failed == [f"{site.url}/feed: disallowed by robots.txt"]
    assert site.paths() == ["/robots.txt"]


def test_each_failing_page_is_reported_and_skipped_and_the_rest_goes_on(site, corpus):
    good = publish(site, BRIDGE)
    pages = {
        "/gone": ("HTTP 404", {}),
        "/slow": ("timed out after 1 s", {"delay": 2.0}),
        "/huge": ("larger than 300000 bytes", {"stream_bytes": 50_000_000}),
        "/announced": ("larger than 300000 bytes (50000000 announced)", {}),
        "/report.pdf": ("not an HTML page (application/pdf)", {"content_type": "application/pdf"}),
        "/latin": ("bad encoding: not valid utf-8 at byte", {}),
        "/escape": ("not an http(s) address", {}),
        "/loop": ("more than 3 redirects", {}),
    }
    for path, (_, route) in pages.items():
        if path not in ("/gone", "/announced", "/latin", "/escape", "/loop"):
            site.add(path, b"%PDF-1.7 ..." if path == "/report.pdf" else b"", **route)
    site.add("/announced", headers={"Content-Length": "50000000"})
    site.add("/latin", "<html><body><p>Café, déjà vu</p></body></html>".encode("latin-1"))
    site.add("/escape", status=302, headers={"Location": "file:///etc/passwd"})
    site.add("/loop", status=302, headers={"Location": "/loop"})
    links = [site.url + path for path in pages]
    site.add("/feed", rss2(site.url, [(BRIDGE, link) for link in [*links[:4], good, *links[4:]]]))
    [report] = sync(corpus, outlet(site, "/feed"))
    assert report.new == 1 and len(report.failed) == len(pages)
    for failure, (path, (reason, _)) in zip(report.failed, pages.items(), strict=True):
        assert failure.startswith(f"{site.url}{path}: ") and reason in failure, failure
    assert [a["url"] for a in stored(corpus)] == [good]


def test_a_malformed_or_missing_feed_fails_alone(site, corpus):
    site.add("/broken", "<rss><channel><title>Oops", content_type="application/rss+xml")
    site.add("/not-a-feed", "<html><body><p>Hello</p></body></html>")
    site.add("/feed", rss2(site.url, [(BRIDGE, publish(site, BRIDGE))]))
    reports = sync(
        corpus,
        outlet(site, "/broken", "/not-a-feed", "/missing", name="Broken News"),
        outlet(site, "/feed"),
    )
    broken, good = reports
    reasons = [failure.split(": ", 1)[1] for failure in broken.failed]
    assert reasons[0].startswith("malformed feed: ")
    assert reasons[1] == "not a feed (text/html; charset=utf-8)"
    assert reasons[2] == "HTTP 404"
    assert good.new == 1 and good.failed == []


def test_limit_and_since_leave_the_rest_for_the_next_run(site, corpus):
    old = story("old-news", "Mayor Anna Berg", "This old story should never be fetched by the sync")
    old.published = "2020-01-01T00:00:00+00:00"
    items = [(item, publish(site, item)) for item in (BRIDGE, MEALS, PARKS, old)]
    site.add("/feed", rss2(site.url, items), etag='"v1"')
    limited = SyncOptions(max_text_chars=1_000_000, min_quote_words=4, since="2024-01-01", limit=2)
    [first] = sync(corpus, outlet(site, "/feed"), options=limited)
    assert first.new == 2
    [second] = sync(corpus, outlet(site, "/feed"), options=limited)
    assert (second.new, second.unchanged, second.feeds_not_modified) == (1, 2, 0)
    [third] = sync(corpus, outlet(site, "/feed"), options=limited)
    assert third.feeds_not_modified == 1
    assert site.hits("/news/old-news") == 0 and corpus.counts()[0] == 3


def test_every_article_is_whole_with_its_quotations(site, corpus):
    items = [(item, publish(site, item)) for item in (BRIDGE, MEALS, PARKS)]
    site.add("/feed", rss2(site.url, items))
    sync(corpus, outlet(site, "/feed"))
    for article in stored(corpus):
        expected = find_quotations(article["text"], min_words=4)
        count = corpus.conn.execute(
            "SELECT count(*) FROM quotations WHERE article_id = ?", (article["id"],)
        ).fetchone()[0]
        assert count == len(expected) >= 1
