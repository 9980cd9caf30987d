"""Which of several outlets' copies of one article is the original, and which are reprints.

A copy that names another as its canonical page (a syndicated wire story often
does) points at its original. Otherwise the copy published first is the
original, and between copies of equal or unknown date the one stored first.
"""

from __future__ import annotations

from dataclasses import dataclass

from .urls import canonical_url


@dataclass(frozen=True, slots=True)
class Copy:
    article_id: int
    url: str
    canonical_url: str | None = None
    published: str | None = None


def pick_original(copies: list[Copy]) -> Copy:
    """The original among copies of one text from different outlets."""
    if not copies:
        raise ValueError("no copies to choose from")
    by_key = {canonical_url(copy.url): copy for copy in copies}
    named = [
        by_key[canonical_url(copy.canonical_url)]
        for copy in copies
        if copy.canonical_url and canonical_url(copy.canonical_url) in by_key
    ]
    named = [copy for copy in named if _names_itself(copy)]
    if named:
        return min(named, key=lambda copy: copy.article_id)
    return min(copies, key=lambda copy: (copy.published or "9999", copy.article_id))


def _names_itself(copy: Copy) -> bool:
    return copy.canonical_url is None or canonical_url(copy.canonical_url) == canonical_url(
        copy.url
    )
