"""Polite HTTP for corpus sync: robots.txt, a delay per host, timeouts and a size cap.

Every request goes through `PoliteFetcher.get`: the host's robots.txt is read
once and obeyed (Crawl-delay too), requests to one host are spaced by the
delay, redirects are followed by hand and only to http(s), and no response is
read past the size cap or the timeout. Anything that goes wrong is a
FetchError whose message is the reason the summary prints.
"""

from __future__ import annotations

import codecs
import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3

from .core.pacing import HostPacer
from .core.robots import RobotsRules
from .core.urls import absolute_url, is_web_url

_REDIRECTS = (301, 302, 303, 307, 308)
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A request that gave nothing usable; `message` is the reason shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    user_agent: str
    timeout: float
    max_bytes: int
    host_delay: float
    max_crawl_delay: float
    max_redirects: int

    @classmethod
    def from_settings(cls, settings: dict) -> FetchPolicy:
        return cls(
            user_agent=settings["SYNC_USER_AGENT"],
            timeout=settings["SYNC_TIMEOUT"],
            max_bytes=settings["SYNC_MAX_RESPONSE_BYTES"],
            host_delay=settings["SYNC_HOST_DELAY"],
            max_crawl_delay=settings["SYNC_MAX_CRAWL_DELAY"],
            max_redirects=settings["SYNC_MAX_REDIRECTS"],
        )


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # where the body came from, after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes
    redirected_from: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def html(self) -> str:
        """The body as an HTML page's text; FetchError when it is not one or cannot be decoded."""
        if self.content_type and self.content_type not in HTML_TYPES:
            raise FetchError(f"not an HTML page ({self.content_type})")
        charset = _declared_charset(self.headers.get("content-type", ""), self.body) or "utf-8"
        try:
            codecs.lookup(charset)
        except LookupError:
            raise FetchError(f"unknown character set {charset!r}") from None
        try:
            return self.body.decode(charset)
        except UnicodeDecodeError as error:
            raise FetchError(f"bad encoding: not valid {charset} at byte {error.start}") from None


def _declared_charset(content_type: str, body: bytes) -> str | None:
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii") if found else None


class PoliteFetcher:
    """One HTTP client for a whole sync: one connection pool, one robots.txt per host."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self._pool = urllib3.PoolManager(
            retries=False, timeout=urllib3.Timeout(connect=policy.timeout, read=policy.timeout)
        )
        self._headers = {"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"}
        self._pacer = HostPacer(policy.host_delay)
        self._robots: dict[str, RobotsRules] = {}

    def close(self) -> None:
        self._pool.clear()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET `url` as robots.txt allows, following redirects to http(s) only."""
        return self._follow(url, headers or {}, obey_robots=True)

    def _follow(self, url: str, headers: dict[str, str], *, obey_robots: bool) -> Response:
        passed: list[str] = []
        for _ in range(self.policy.max_redirects + 1):
            if not is_web_url(url):
                raise FetchError(f"redirected to {url[:80]!r}, not an http(s) address")
            delay = self._allowed_delay(url) if obey_robots else None
            response = self._request(url, headers, delay)
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                return Response(
                    response.url, response.status, response.headers, response.body, tuple(passed)
                )
            passed.append(url)
            url = absolute_url(url, location)
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    def _allowed_delay(self, url: str) -> float | None:
        """The Crawl-delay for this host, after checking robots.txt lets us fetch `url`."""
        rules = self._rules_for(url)
        agent = self.policy.user_agent
        if not rules.allows(url, agent):
            raise FetchError("disallowed by robots.txt")
        delay = rules.crawl_delay(agent)
        if delay is not None and delay > self.policy.max_crawl_delay:
            raise FetchError(
                f"robots.txt asks for {delay:g} s between requests, more than "
                f"QUOTETRAIL_SYNC_MAX_CRAWL_DELAY ({self.policy.max_crawl_delay:g} s)"
            )
        return delay

    def _rules_for(self, url: str) -> RobotsRules:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in self._robots:
            try:
                answer = self._follow(f"{origin}/robots.txt", {}, obey_robots=False)
                text = answer.body.decode("utf-8", errors="replace")
                self._robots[origin] = RobotsRules.from_answer(answer.status, text)
            except FetchError:
                self._robots[origin] = RobotsRules.from_answer(None)
        return self._robots[origin]

    def _request(self, url: str, headers: dict[str, str], delay: float | None) -> Response:
        self._pacer.wait(urlsplit(url).netloc.lower(), delay)
        try:
            raw = self._pool.request(
                "GET",
                url,
                headers={**self._headers, **headers},
                redirect=False,
                preload_content=False,
            )
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"timed out after {self.policy.timeout:g} s") from None
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(f"cannot connect: {_reason(error)}") from None
        try:
            names = {name.lower(): value for name, value in raw.headers.items()}
            body = self._read_capped(raw, names)
        finally:
            raw.release_conn()
        return Response(url, raw.status, names, body)

    def _read_capped(self, raw, headers: dict[str, str]) -> bytes:
        cap = self.policy.max_bytes
        announced = headers.get("content-length", "")
        if announced.isdigit() and int(announced) > cap:
            raw.close()
            raise FetchError(f"larger than {cap} bytes ({announced} announced)")
        deadline = time.monotonic() + self.policy.timeout
        chunks, size = [], 0
        try:
            for chunk in raw.stream(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raw.close()
                    raise FetchError(f"larger than {cap} bytes")
                if time.monotonic() > deadline:
                    raw.close()
                    raise FetchError(f"took longer than {self.policy.timeout:g} s to arrive")
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"timed out after {self.policy.timeout:g} s") from None
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(f"broken response: {_reason(error)}") from None
        return b"".join(chunks)


def _reason(error: Exception) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason).split(": ", 1)[-1][:200]
