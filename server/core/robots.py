"""robots.txt decisions: may this agent fetch this address, and how often?

Protego (the parser Scrapy uses) reads the rules: groups by user agent, the
longest matching Allow/Disallow, `*` and `$` wildcards, Crawl-delay. What a
missing or failing robots.txt means follows RFC 9309: a 4xx answer allows
everything, a 5xx answer or no answer at all forbids everything for now.
"""

from __future__ import annotations

from protego import Protego


class RobotsRules:
    """The rules of one host for one user agent."""

    def __init__(self, parsed: Protego | None, *, allow_all: bool) -> None:
        self._parsed = parsed
        self._allow_all = allow_all

    @classmethod
    def from_text(cls, text: str) -> RobotsRules:
        return cls(Protego.parse(text), allow_all=False)

    @classmethod
    def from_answer(cls, status: int | None, text: str = "") -> RobotsRules:
        """The rules a robots.txt request implies: its text, or its absence."""
        if status is not None and 200 <= status < 300:
            return cls.from_text(text)
        unavailable = status is not None and 400 <= status < 500
        return cls(None, allow_all=unavailable)

    def allows(self, url: str, agent: str) -> bool:
        if self._parsed is None:
            return self._allow_all
        return self._parsed.can_fetch(url, agent)

    def crawl_delay(self, agent: str) -> float | None:
        if self._parsed is None:
            return None
        delay = self._parsed.crawl_delay(agent)
        return float(delay) if delay is not None else None
