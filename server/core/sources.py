"""The sync's list of outlets: a TOML file read and checked before anything is fetched.

[[outlets]]
name = "The Moscow Times"
homepage = "https://www.themoscowtimes.com/"
feeds = ["https://www.themoscowtimes.com/rss/news"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from .urls import is_web_url

_KEYS = {"name", "homepage", "feeds"}


class SourcesError(ValueError):
    """The sources file says something sync cannot follow; the message says where."""


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    feeds: tuple[str, ...]
    homepage: str | None = None


def read_sources(text: str) -> list[Outlet]:
    """Every outlet of a sources file, in file order; SourcesError names the first problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SourcesError(f"not valid TOML: {error}") from None
    tables = document.get("outlets")
    if not isinstance(tables, list) or not tables:
        raise SourcesError("no [[outlets]] tables: each outlet needs name and feeds")
    outlets = [_outlet(number, table) for number, table in enumerate(tables, start=1)]
    names = [outlet.name for outlet in outlets]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise SourcesError(f"outlet named twice: {', '.join(duplicated)}")
    return outlets


def _outlet(number: int, table: object) -> Outlet:
    where = f"outlet {number}"
    if not isinstance(table, dict):
        raise SourcesError(f"{where}: must be a table")
    name = table.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f'{where}: "name" is required and must be a non-empty string')
    where = f"outlet {number} ({name.strip()})"
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise SourcesError(f"{where}: unknown key {unknown[0]!r} (known: feeds, homepage, name)")
    homepage = table.get("homepage")
    if homepage is not None and (not isinstance(homepage, str) or not is_web_url(homepage)):
        raise SourcesError(f'{where}: "homepage" must be an http(s) address')
    feeds = table.get("feeds")
    if not isinstance(feeds, list) or not feeds:
        raise SourcesError(f'{where}: "feeds" must be a non-empty list of addresses')
    for feed in feeds:
        if not isinstance(feed, str) or not is_web_url(feed):
            raise SourcesError(f"{where}: feed {feed!r} is not an http(s) address")
    return Outlet(name=name.strip(), feeds=tuple(f.strip() for f in feeds), homepage=homepage)
