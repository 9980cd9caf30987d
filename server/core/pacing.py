"""Politeness in time: requests to one host never closer together than its delay."""

from __future__ import annotations

import time
from collections.abc import Callable


class HostPacer:
    """Waits before each request until the host's delay since its last request has passed."""

    def __init__(
        self,
        delay: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay = delay
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, host: str, delay: float | None = None) -> None:
        """Block until `host` may be asked again; `delay` overrides the default (Crawl-delay)."""
        gap = self.delay if delay is None else max(delay, self.delay)
        last = self._last.get(host)
        if last is not None:
            remaining = last + gap - self._clock()
            if remaining > 0:
                self._sleep(remaining)
        self._last[host] = self._clock()
