"""The local attack surface over real HTTP: DNS rebinding, cross-site requests, the token."""

from __future__ import annotations

import http.client

import pytest
from conftest import LiveServer

from server.app import create_app


def raw_request(live, method, path, headers, body=b""):
    """Send exactly these headers (urllib would fill in Host itself)."""
    port = int(live.url.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.putheader("Content-Length", str(len(body)))
    connection.endheaders(body)
    response = connection.getresponse()
    status, kind, data = response.status, response.getheader("Content-Type"), response.read()
    connection.close()
    return status, kind, data


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1:1",
        "localhost.evil.example:{port}",
        "192.168.1.20:{port}",
    ],
)
def test_foreign_host_names_are_refused(live, host):
    port = live.url.rsplit(":", 1)[1]
    for path in ("/api/v1/health", "/"):
        status, kind, data = raw_request(live, "GET", path, {"Host": host.format(port=port)})
        assert status == 421 and kind.startswith("application/json")
        assert b'"misdirected_request"' in data


def test_a_malformed_host_is_refused_and_named_as_sent(live):
    port = live.url.rsplit(":", 1)[1]
    host = f"127.0.0.1:{port}@evil.example"
    status, _, data = raw_request(live, "GET", "/api/v1/health", {"Host": host})
    assert status == 421
    assert f"not as {host}.".encode() in data


@pytest.mark.parametrize(
    "host", ["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "LOCALHOST:{port}"]
)
def test_loopback_names_of_our_port_are_served(live, host):
    port = live.url.rsplit(":", 1)[1]
    status, _, _ = raw_request(live, "GET", "/api/v1/health", {"Host": host.format(port=port)})
    assert status == 200


def test_extra_allowed_hosts_are_served(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "ALLOWED_HOSTS": "quotes.lan"}))
    try:
        port = server.url.rsplit(":", 1)[1]
        status, _, _ = raw_request(server, "GET", "/api/v1/health", {"Host": f"quotes.lan:{port}"})
        assert status == 200
    finally:
        server.stop()


@pytest.mark.parametrize("method", ["GET", "POST", "OPTIONS"])
def test_web_origins_are_refused_on_every_api_route(live, method):
    for path in ("/api/v1/health", "/api/v1/match", "/api/v1/articles"):
        answer = live.request(
            method,
            path,
            json_body={"text": "A text."} if method == "POST" else None,
            headers={"Origin": "https://evil.example"},
        )
        assert answer.status == 403 and answer.body["error"]["code"] == "forbidden_origin"
        assert "Access-Control-Allow-Origin" not in answer.headers


def test_cross_site_requests_without_origin_are_refused(live):
    answer = live.request("GET", "/api/v1/health", headers={"Sec-Fetch-Site": "cross-site"})
    assert answer.status == 403


def test_the_backends_own_page_may_call_the_api(live):
    answer = live.request(
        "POST",
        "/api/v1/match",
        json_body={"text": "A short text."},
        headers={"Origin": live.url, "Sec-Fetch-Site": "same-origin"},
    )
    assert answer.status == 200


def test_a_form_post_cannot_reach_the_api(live):
    answer = live.request(
        "POST",
        "/api/v1/match",
        body=b"text=hi",
        headers={"Content-Type": "text/plain", "Origin": live.url},
    )
    assert answer.status == 415


@pytest.fixture
def guarded(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "TOKEN": "s3cret-token"}))
    yield server
    server.stop()


def test_with_a_token_set_every_api_request_must_carry_it(guarded):
    for path in ("/api/v1/health", "/api/v1/articles"):
        answer = guarded.request("GET", path)
        assert answer.status == 401 and answer.body["error"]["code"] == "unauthorized"
        wrong = guarded.request("GET", path, headers={"X-QuoteTrail-Token": "guess"})
        assert wrong.status == 401
        right = guarded.request("GET", path, headers={"X-QuoteTrail-Token": "s3cret-token"})
        assert right.status == 200
    bearer = guarded.request(
        "POST",
        "/api/v1/match",
        json_body={"text": "A text."},
        headers={"Authorization": "Bearer s3cret-token"},
    )
    assert bearer.status == 200


def test_extension_preflight_needs_no_token_and_allows_the_token_header(guarded):
    answer = guarded.request(
        "OPTIONS",
        "/api/v1/match",
        headers={
            "Origin": "chrome-extension://abcdefghijklmnop",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, x-quotetrail-token",
        },
    )
    assert answer.status == 204
    assert "X-QuoteTrail-Token" in answer.headers["Access-Control-Allow-Headers"]


def test_the_backends_own_page_carries_the_token_it_needs(guarded):
    page = guarded.request("GET", "/")
    assert page.status == 200
    assert '<meta name="quotetrail-token" content="s3cret-token">' in page.body
    assert "X-QuoteTrail-Token" in guarded.request("GET", "/static/app.js").body
