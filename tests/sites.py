"""News sites for the sync tests: real HTTP servers on 127.0.0.1 serving feeds and pages
written here, counting every request they see."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0  # seconds before answering
    stream_bytes: int = 0  # send this many bytes with no Content-Length instead of `body`


class Site:
    """One outlet's web server. `requests` lists (path, headers) in the order they came."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def add(self, path: str, body: str | bytes = b"", **route) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **route)
        return self.url + path

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for seen, _ in self.requests if seen == path)

    def paths(self) -> list[str]:
        with self._lock:
            return [seen for seen, _ in self.requests]

    def record(self, path: str, headers: dict) -> None:
        with self._lock:
            self.requests.append((path, headers))

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


def _handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    return type("SiteHandler", (_Handler,), {"site": site})


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.site.record(self.path, dict(self.headers))
        routes = self.site.routes
        route = routes.get(self.path) or routes.get(self.path.split("?")[0])
        if route is None:
            return self._answer(Route(body=b"not here", status=404))
        if route.delay:
            time.sleep(route.delay)
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            return self._answer(Route(status=304, etag=route.etag))
        if route.stream_bytes:
            return self._stream(route)
        return self._answer(route)

    def _answer(self, route: Route) -> None:
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.etag:
            self.send_header("ETag", route.etag)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if "Content-Length" not in route.headers:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        self.wfile.write(route.body)

    def _stream(self, route: Route) -> None:
        """Send `stream_bytes` of page with no length announced, until the client hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", route.content_type)
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_000 + b"</p>\n"
        try:
            for _ in range(route.stream_bytes // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True


@dataclass
class Story:
    """An article written for the tests: a headline and paragraphs with a quotation."""

    slug: str
    title: str
    paragraphs: list[str]
    published: str = "2024-03-05T09:30:00+00:00"
    author: str = "Jane Reporter"


def story(slug: str, speaker: str, words: str, title: str | None = None) -> Story:
    return Story(
        slug=slug,
        title=title or f"{speaker} speaks about {slug.replace('-', ' ')}",
        paragraphs=[
            f"The city council met on Tuesday to discuss {slug.replace('-', ' ')} again.",
            f"“{words},” {speaker} told reporters after the meeting.",
            "The council will vote on the plan next month, officials said.",
        ],
    )


def article_page(item: Story, *, canonical: str | None = None, lang: str = "en") -> str:
    canonical_link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in item.paragraphs)
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{escape(item.title)} | Test News</title>
{canonical_link}
<meta name="author" content="{escape(item.author)}">
<meta property="article:published_time" content="{item.published}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<main><article><h1>{escape(item.title)}</h1>
{paragraphs}
</article></main>
<footer><p>© 2024 Test News. All rights reserved.</p></footer>
</body></html>"""


def rss2(site_url: str, items: list[tuple[Story, str]]) -> str:
    entries = "".join(
        f"<item><title>{escape(s.title)}</title><link>{escape(link)}</link>"
        f"<pubDate>{_rfc822(s.published)}</pubDate>"
        f"<dc:creator>{escape(s.author)}</dc:creator></item>"
        for s, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Test News</title><link>{site_url}/</link><language>en-gb</language>"
        f"{entries}</channel></rss>"
    )


def rss091(site_url: str, items: list[tuple[Story, str]]) -> str:
    entries = "".join(
        f"<item><title>{escape(s.title)}</title><link>{escape(link)}</link></item>"
        for s, link in items
    )
    return (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="0.91"><channel>'
        f"<title>Test News</title><link>{site_url}/</link><description>News</description>"
        f"<language>en</language>{entries}</channel></rss>"
    )


def rss1(site_url: str, items: list[tuple[Story, str]]) -> str:
    refs = "".join(f'<rdf:li rdf:resource="{escape(link)}"/>' for _, link in items)
    entries = "".join(
        f'<item rdf:about="{escape(link)}"><title>{escape(s.title)}</title>'
        f"<link>{escape(link)}</link><dc:date>{s.published}</dc:date></item>"
        for s, link in items
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{site_url}/rss"><title>Test News</title><link>{site_url}/</link>'
        f"<description>News</description><items><rdf:Seq>{refs}</rdf:Seq></items></channel>"
        f"{entries}</rdf:RDF>"
    )


def atom(site_url: str, items: list[tuple[Story, str]]) -> str:
    entries = "".join(
        f'<entry><title>{escape(s.title)}</title><link href="{escape(link)}"/>'
        f"<id>{escape(link)}</id><published>{s.published}</published>"
        f"<updated>{s.published}</updated><author><name>{escape(s.author)}</name></author>"
        "</entry>"
        for s, link in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Test News</title><id>{site_url}/</id><updated>2024-03-05T10:00:00Z</updated>"
        f'<link href="{site_url}/"/>{entries}</feed>'
    )


def json_feed(site_url: str, items: list[tuple[Story, str]]) -> str:
    import json

    return json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "Test News",
            "home_page_url": f"{site_url}/",
            "language": "en",
            "items": [
                {
                    "id": link,
                    "url": link,
                    "title": s.title,
                    "date_published": s.published,
                    "authors": [{"name": s.author}],
                }
                for s, link in items
            ],
        }
    )


def _rfc822(iso: str) -> str:
    from datetime import datetime

    return format_datetime(datetime.fromisoformat(iso))


NEWSROOM_SPEAKERS = ["Mayor Anna Berg", "Councillor Tom Hale", "Parks chief Lena Ortiz"]


def newsroom(site: Site, count: int) -> list[str]:
    """`count` stories with a quotation each, behind an RSS feed at /feed; their addresses."""
    items = []
    for number in range(count):
        item = story(
            f"story-{number}",
            NEWSROOM_SPEAKERS[number % len(NEWSROOM_SPEAKERS)],
            f"We have to finish plan number {number} before the end of this year",
            title=f"Plan {number} has to be finished this year",
        )
        site.add(f"/news/story-{number}", article_page(item))
        items.append((item, f"{site.url}/news/story-{number}"))
    site.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    site.add("/feed", rss2(site.url, items), content_type="application/rss+xml")
    return [link for _, link in items]


def free_port() -> int:
    """A port nothing listens on at this moment, on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
