"""The pure parts of sync: URL keys, sources, JSON Feed, robots rules, pacing, reprints."""

from __future__ import annotations

import json

import pytest

from server.core.feeds import FeedEntry, FeedError, entries_to_fetch, json_feed_entries
from server.core.pacing import HostPacer
from server.core.reprints import Copy, pick_original
from server.core.robots import RobotsRules
from server.core.sources import SourcesError, read_sources
from server.core.urls import canonical_url, clean_url, is_web_url, language_tag, same_site

ARTICLE = "https://www.news.example/2024/03/05/bridge-repairs"


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example/2024/03/05/bridge-repairs/",
        "http://NEWS.example/2024/03/05/bridge-repairs?utm_source=rss&utm_medium=feed",
        "https://www.news.example/2024/03/05/bridge-repairs#comments",
        "https://www.news.example/amp/2024/03/05/bridge-repairs",
        "https://www.news.example/2024/03/05/bridge-repairs/amp",
        "https://amp.news.example/2024/03/05/bridge-repairs?amp=1",
        "https://news.example/2024/03/05/bridge-repairs?outputType=amp&fbclid=x",
    ],
)
def test_addresses_of_one_page_share_one_key(address):
    assert canonical_url(address) == canonical_url(ARTICLE)


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example/2024/03/05/bridge-repairs?page=2",
        "https://news.example/2024/03/05/bridge-repairs-2",
        "https://other.example/2024/03/05/bridge-repairs",
        "https://news.example/2024/03/05/ampere-record",
    ],
)
def test_other_pages_keep_other_keys(address):
    assert canonical_url(address) != canonical_url(ARTICLE)


def test_clean_url_keeps_the_address_but_not_its_tracking():
    assert (
        clean_url("HTTPS://News.example/a/B?id=3&utm_source=x#top")
        == "https://news.example/a/B?id=3"
    )
    assert same_site("https://www.news.example/a", "http://news.example/b")
    assert not same_site("https://news.example/a", "https://wire.example/a")
    assert [
        is_web_url(u) for u in ("https://x.example/", "ftp://x.example/", "file:///etc", "/a")
    ] == [
        True,
        False,
        False,
        False,
    ]


def test_language_tags_are_reduced_to_the_language():
    assert [language_tag(v) for v in ("en-GB", "ru_RU", "DE", "fr-x-y", "", None, "123")] == [
        "en",
        "ru",
        "de",
        "fr",
        None,
        None,
        None,
    ]


def test_a_sources_file_is_read_in_order():
    outlets = read_sources(
        """
[[outlets]]
name = "The Moscow Times"
homepage = "https://www.themoscowtimes.com/"
feeds = ["https://www.themoscowtimes.com/rss/news"]

[[outlets]]
name = " Sputnik "
feeds = ["https://sputnikglobe.com/export/rss2/archive/index.xml", "https://x.example/atom"]
"""
    )
    assert [(o.name, len(o.feeds), o.homepage) for o in outlets] == [
        ("The Moscow Times", 1, "https://www.themoscowtimes.com/"),
        ("Sputnik", 2, None),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = 'x'", "no [[outlets]] tables"),
        ("[[outlets]\n", "not valid TOML"),
        ("[[outlets]]\nfeeds = ['https://x.example/rss']", 'outlet 1: "name" is required'),
        ("[[outlets]]\nname = 'X'", 'outlet 1 (X): "feeds" must be a non-empty list'),
        ("[[outlets]]\nname = 'X'\nfeeds = []", '"feeds" must be a non-empty list'),
        ("[[outlets]]\nname = 'X'\nfeeds = ['javascript:alert(1)']", "is not an http(s) address"),
        ("[[outlets]]\nname = 'X'\nfeeds = ['https://x/rss']\nhomepage = 3", '"homepage" must be'),
        ("[[outlets]]\nname = 'X'\nfeed = ['https://x.example/rss']", "unknown key 'feed'"),
        (
            "[[outlets]]\nname = 'X'\nfeeds = ['https://x/a']\n[[outlets]]\nname = 'X'\n"
            "feeds = ['https://x/b']",
            "outlet named twice: X",
        ),
    ],
)
def test_a_bad_sources_file_names_its_problem(text, message):
    with pytest.raises(SourcesError) as raised:
        read_sources(text)
    assert message in str(raised.value)


def test_a_json_feed_gives_its_entries_with_absolute_links_and_utc_dates():
    feed = {
        "version": "https://jsonfeed.org/version/1",
        "language": "en-US",
        "items": [
            {
                "id": "1",
                "url": "/news/a",
                "title": " A ",
                "date_published": "2024-03-05T11:30:00+02:00",
                "date_modified": "2024-03-06T00:00:00Z",
                "author": {"name": "Jo"},
            },
            {"id": "2", "external_url": "https://wire.example/b"},
            {"id": "3", "content_text": "no address"},
            "not an item",
        ],
    }
    entries, language = json_feed_entries(json.dumps(feed).encode(), "https://news.example/feed")
    assert language == "en-US"
    assert entries == [
        FeedEntry(
            link="https://news.example/news/a",
            title="A",
            published="2024-03-05T09:30:00+00:00",
            updated="2024-03-06T00:00:00+00:00",
            author="Jo",
        ),
        FeedEntry(link="https://wire.example/b"),
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not a readable JSON Feed"),
        (b'{"items": []}', "without a JSON Feed version"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', 'needs an "items" list'),
    ],
)
def test_a_broken_json_feed_is_a_feed_error(body, message):
    with pytest.raises(FeedError, match=message):
        json_feed_entries(body, "https://news.example/feed")


def test_entries_to_fetch_drop_old_repeated_and_non_web_links():
    entries = [
        FeedEntry("https://x.example/new", published="2024-03-05T09:00:00+00:00"),
        FeedEntry("https://x.example/old", published="2023-12-31T23:59:00+00:00"),
        FeedEntry("https://x.example/undated"),
        FeedEntry("https://x.example/new", published="2024-03-05T09:00:00+00:00"),
        FeedEntry("mailto:desk@x.example"),
    ]
    kept, rejected = entries_to_fetch(entries, since="2024-01-01")
    assert [e.link for e in kept] == ["https://x.example/new", "https://x.example/undated"]
    assert rejected == ["mailto:desk@x.example"]


ROBOTS = """
User-agent: *
Disallow: /

User-agent: QuoteTrail
Disallow: /private/
Allow: /private/open-letter$
Crawl-delay: 2
"""


def test_robots_rules_pick_our_group_and_the_longest_match():
    rules = RobotsRules.from_answer(200, ROBOTS)
    agent = "QuoteTrail/0.1.0"
    assert rules.allows("https://x.example/news/a", agent)
    assert not rules.allows("https://x.example/private/a", agent)
    assert rules.allows("https://x.example/private/open-letter", agent)
    assert not rules.allows("https://x.example/news/a", "OtherBot/1.0")
    assert rules.crawl_delay(agent) == 2.0


def test_a_missing_robots_txt_allows_and_a_failing_one_forbids():
    assert RobotsRules.from_answer(404).allows("https://x.example/a", "QuoteTrail/0.1.0")
    assert not RobotsRules.from_answer(503).allows("https://x.example/a", "QuoteTrail/0.1.0")
    assert not RobotsRules.from_answer(None).allows("https://x.example/a", "QuoteTrail/0.1.0")


class Clock:
    """Time that passes only when the pacer sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_the_pacer_spaces_requests_to_one_host_only():
    clock = Clock()
    pacer = HostPacer(1.0, clock=lambda: clock.now, sleep=clock.sleep)
    pacer.wait("a.example")
    pacer.wait("b.example")
    pacer.wait("a.example")
    clock.now += 0.25
    pacer.wait("a.example")
    pacer.wait("a.example", delay=3.0)  # robots.txt's Crawl-delay
    pacer.wait("b.example", delay=0.1)  # never shorter than our own delay
    assert clock.slept == [1.0, 0.75, 3.0]


def test_the_original_is_the_copy_others_name_then_the_earliest():
    wire = Copy(1, "https://wire.example/a", None, "2024-03-05T10:00:00+00:00")
    paper = Copy(
        2, "https://paper.example/a", "https://wire.example/a", "2024-03-05T08:00:00+00:00"
    )
    other = Copy(3, "https://other.example/a", None, "2024-03-05T09:00:00+00:00")
    assert pick_original([paper, other, wire]) == wire
    assert pick_original([paper, other]) == paper
    undated = Copy(4, "https://late.example/a")
    assert pick_original([undated, Copy(5, "https://later.example/a")]) == undated


def test_the_example_sources_file_is_valid_and_names_the_seed_outlets():
    from pathlib import Path

    example = Path(__file__).resolve().parent.parent / "sources.example.toml"
    outlets = read_sources(example.read_text(encoding="utf-8"))
    assert len(outlets) >= 12
    assert {"The Moscow Times", "Sputnik"} <= {outlet.name for outlet in outlets}
