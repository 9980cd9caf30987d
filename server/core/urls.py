"""URLs as identities: one article reached through several addresses has one key.

`canonical_url` strips what changes an address but not the page: scheme, case of
the host, `www.`, the fragment, tracking parameters, a trailing slash, and the
AMP markers outlets put on the mobile copy of an article (`/amp/` segments, an
`amp.` host, `?amp=1`, `.amp.html`).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "mc_", "ref", "cmpid", "ocid")
_AMP_QUERY = {("amp", "1"), ("amp", "true"), ("amp", ""), ("outputtype", "amp")}
_AMP_SEGMENT = re.compile(r"/amp(?=/|$)", re.IGNORECASE)
_AMP_SUFFIX = re.compile(r"[./]amp(?=\.html?$)", re.IGNORECASE)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")


def canonical_url(url: str) -> str:
    """The key of an address: equal for every URL that shows the same page."""
    parts = urlsplit(url.strip())
    path = _AMP_SUFFIX.sub("", _AMP_SEGMENT.sub("", parts.path))
    path = path.rstrip("/") or "/"
    return urlunsplit(("", host_key(url), path, _query_without_tracking(parts.query), ""))


def clean_url(url: str) -> str:
    """The address as a reader would share it: no tracking parameters, no fragment."""
    parts = urlsplit(url.strip())
    query = _query_without_tracking(parts.query)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, query, ""))


def _query_without_tracking(query: str) -> str:
    kept = [
        (key, value)
        for key, value in parse_qsl(query, keep_blank_values=True)
        if not key.lower().startswith(_TRACKING_PREFIXES)
        and (key.lower(), value.lower()) not in _AMP_QUERY
    ]
    return urlencode(kept)


def host_key(url: str) -> str:
    """The site of an address: the host (and port) without `www.` or an AMP `amp.` prefix."""
    netloc = urlsplit(url.strip()).netloc.lower().rsplit("@", 1)[-1]
    for prefix in ("www.", "amp."):
        netloc = netloc.removeprefix(prefix)
    return netloc


def same_site(first: str, second: str) -> bool:
    return host_key(first) == host_key(second)


def is_web_url(url: str) -> bool:
    """An absolute http(s) address with a host: the only kind sync ever requests."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def absolute_url(base: str, link: str) -> str:
    """`link` resolved against the page or feed it was found in."""
    return urljoin(base, link.strip())


def language_tag(value: str | None) -> str | None:
    """The primary language subtag of a declared language: 'en-GB' -> 'en', 'ru_RU' -> 'ru'."""
    if not value:
        return None
    found = _LANGUAGE.match(value.strip())
    return found.group().lower() if found else None
