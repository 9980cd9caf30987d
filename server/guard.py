"""Who may talk to the backend: this machine by its own names, its own page, the extension.

Every web page the reader opens can send requests to 127.0.0.1. Three checks keep them out:

- Host: a request must name a loopback host and this server's port. A hostile site whose
  name it rebinds to 127.0.0.1 (DNS rebinding) sends its own name, and is refused (421).
- Origin: on API routes, a browser request from any web origin but the backend's own page is
  refused (403), whatever the method; extension origins are served. A plain HTML form cannot
  post JSON either: bodies must be application/json (415, in the routes).
- Token: when QUOTETRAIL_TOKEN is set, every API request must carry it (401 otherwise), in
  `X-QuoteTrail-Token` or `Authorization: Bearer`.
"""

from __future__ import annotations

import hmac

from flask import current_app, request

from .errors import QuoteTrailError

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
EXTENSION_ORIGIN_SCHEMES = ("chrome-extension://", "moz-extension://")
TOKEN_HEADER = "X-QuoteTrail-Token"


class MisdirectedRequest(QuoteTrailError):
    status = 421
    code = "misdirected_request"


class ForbiddenOrigin(QuoteTrailError):
    status = 403
    code = "forbidden_origin"


class Unauthorized(QuoteTrailError):
    status = 401
    code = "unauthorized"


def check_request() -> None:
    """Run before every request; raises the named error that answers a refused one."""
    _check_host()
    if request.path.startswith("/api/"):
        _check_origin()
        if request.method != "OPTIONS":
            _check_token()


def check_token_setting(token: str) -> None:
    """A token must survive an HTTP header: browsers send bytes over 0xFF not at all, curl sends
    UTF-8, and servers strip spaces at a value's ends, so only printable ASCII matches alike."""
    if token and not (token.isascii() and token.isprintable() and token == token.strip()):
        raise QuoteTrailError(
            "QUOTETRAIL_TOKEN must be printable ASCII without spaces at its ends "
            "(it travels in an HTTP header)"
        )


def is_extension_origin(origin: str) -> bool:
    return origin.startswith(EXTENSION_ORIGIN_SCHEMES)


def _check_host() -> None:
    name, port = split_host(request.host)
    allowed = LOOPBACK_NAMES | allowed_extra_hosts()
    server_port = request.environ.get("SERVER_PORT", "")
    if name not in allowed or (port or "80") != server_port:
        raise MisdirectedRequest(
            f"This QuoteTrail backend answers only as 127.0.0.1:{server_port} or "
            f"localhost:{server_port}, not as {request.headers.get('Host', '')}."
        )


def split_host(host: str) -> tuple[str, str | None]:
    """("::1", "8765") from "[::1]:8765"; ("localhost", None) from "localhost"."""
    host = host.lower()
    if host.startswith("["):
        name, _, rest = host[1:].partition("]")
        return name, rest[1:] or None
    name, _, port = host.partition(":")
    return name, port or None


def allowed_extra_hosts() -> frozenset[str]:
    extra = current_app.config.get("ALLOWED_HOSTS") or ""
    return frozenset(name.strip().lower() for name in extra.split(",") if name.strip())


def _check_origin() -> None:
    origin = request.headers.get("Origin")
    if origin is not None and not is_extension_origin(origin) and origin != _own_origin():
        raise ForbiddenOrigin(f"Requests from {origin} are not allowed.")
    if origin is None and request.headers.get("Sec-Fetch-Site") == "cross-site":
        raise ForbiddenOrigin("Requests from other sites are not allowed.")


def _own_origin() -> str:
    return f"{request.scheme}://{request.host}"


def _check_token() -> None:
    token = current_app.config.get("TOKEN") or ""
    if not token:
        return
    given = request.headers.get(TOKEN_HEADER, "")
    bearer = request.headers.get("Authorization", "")
    if bearer.startswith("Bearer "):
        given = given or bearer.removeprefix("Bearer ")
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise Unauthorized(
            f"This backend needs its token: send it in the {TOKEN_HEADER} header "
            "(set it in the extension's options)."
        )
