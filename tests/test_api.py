"""The API over real HTTP on 127.0.0.1: the seed case, every route, every error status."""

from __future__ import annotations

import pytest
from conftest import MOSCOW_TIMES, MOSCOW_TIMES_URL, SPUTNIK, LiveServer

from server.app import create_app
from server.db import IDLE_CORPORA

PESKOV_START = "I can only confirm to you that, indeed,"


def match(live, text, **fields):
    return live.request("POST", "/api/v1/match", json_body={"text": text, **fields})


def assert_error(answer, status, code):
    assert answer.status == status
    assert answer.headers["Content-Type"].startswith("application/json")
    assert set(answer.body) == {"error"}
    assert answer.body["error"]["code"] == code
    assert isinstance(answer.body["error"]["message"], str) and answer.body["error"]["message"]
    assert "Traceback" not in answer.body["error"]["message"]


def test_health_counts_the_corpus(live):
    answer = live.request("GET", "/api/v1/health")
    assert (answer.status, answer.body) == (200, {"status": "ok", "articles": 2, "quotes": 3})


@pytest.mark.parametrize("url", [MOSCOW_TIMES_URL, None, "https://elsewhere.example/copy"])
def test_moscow_times_reader_sees_sputniks_wording_with_the_moved_clause(live, url):
    fields = {"url": url} if url else {}
    answer = match(live, MOSCOW_TIMES.read_text(encoding="utf-8"), **fields)
    assert answer.status == 200
    quotes = answer.body["quotes"]
    assert [(q["speaker"], len(q["versions"])) for q in quotes] == [
        ("Ian Bremmer", 0),
        ("Dmitry Peskov", 1),
    ]
    version = quotes[1]["versions"][0]
    assert (version["outlet"], version["relation"], version["speaker"]) == (
        "Sputnik",
        "reordered",
        "Dmitry Peskov",
    )
    assert set(version) >= {
        "text",
        "speaker",
        "outlet",
        "url",
        "title",
        "published",
        "score",
        "relation",
        "diff",
    }
    moved = [s for s in version["diff"] if s["op"] == "move"]
    assert len(moved) == 2
    assert {(s["a"] or s["b"]).strip(" ,") for s in moved} == {"about a year and a half ago"}
    assert "".join(s["b"] for s in version["diff"]) == version["text"]
    assert "".join(s["a"] for s in version["diff"]) == quotes[1]["text"]
    words = " ".join(q["text"] for q in quotes)
    assert "stabilized" not in words and "foreign agent" not in words


def test_sputnik_reader_sees_the_moscow_times_wording(live):
    answer = match(live, SPUTNIK.read_text(encoding="utf-8"))
    [quote] = answer.body["quotes"]
    assert quote["speaker"] == "Dmitry Peskov" and quote["text"].startswith(PESKOV_START)
    [version] = quote["versions"]
    assert (version["outlet"], version["relation"]) == ("The Moscow Times", "reordered")
    assert any(s["op"] == "move" for s in version["diff"])


def test_offsets_are_offsets_into_the_posted_text(live):
    text = MOSCOW_TIMES.read_text(encoding="utf-8")
    for quote in match(live, text).body["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_html_pages_are_matched_too(live):
    body = SPUTNIK.read_text(encoding="utf-8").split("\n")
    html = (
        "<html><body><nav>Menu</nav><article>"
        + "".join(f"<p>{line}</p>" for line in body)
        + "</article></body></html>"
    )
    answer = live.request("POST", "/api/v1/match", json_body={"html": html})
    assert [v["outlet"] for q in answer.body["quotes"] for v in q["versions"]] == [
        "The Moscow Times"
    ]


def test_html_pages_lose_their_comments_and_related_links(live):
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><main><article><h1>Dock workers walk out</h1>"
        "<p>Dock workers in Gdansk walked out on Monday over plans to automate the container "
        "terminal, the union said.</p><p>\u201cWe are not against machines, we are against being "
        "thrown away,\u201d Marta Zielinska, the union's chair, said.</p><p>The port authority "
        "said talks would resume on Thursday and that no jobs would be cut this year.</p>"
        "<div class='comments' id='comments'><h3>Comments</h3><div class='comment'><p>\u201cThey "
        "should all be fired and replaced with robots tomorrow,\u201d wrote one reader.</p></div>"
        "</div></article></main></body></html>"
    )
    answer = live.request("POST", "/api/v1/match", json_body={"html": html})
    assert [(q["speaker"], q["text"][:24]) for q in answer.body["quotes"]] == [
        ("Marta Zielinska", "We are not against machi")
    ]


def test_a_page_without_quotations_answers_an_empty_list(live):
    answer = match(live, "Nothing anyone said is quoted in this short text.")
    assert (answer.status, answer.body) == (200, {"quotes": []})


def test_articles_list_and_one_article(live):
    listed = live.request("GET", "/api/v1/articles?limit=10").body["articles"]
    assert sorted(a["outlet"] for a in listed) == ["Sputnik", "The Moscow Times"]
    sputnik = next(a for a in listed if a["outlet"] == "Sputnik")
    assert sputnik["quotes"] == 1
    one = live.request("GET", f"/api/v1/articles/{sputnik['id']}").body
    assert one["text"] == SPUTNIK.read_text(encoding="utf-8")


def test_the_page_for_people_without_the_extension(live):
    page = live.request("GET", "/")
    assert page.status == 200 and "QuoteTrail" in page.body
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    script = live.request("GET", "/static/app.js")
    assert script.status == 200 and "javascript" in script.headers["Content-Type"]
    for shared in ("render.js", "view.js", "quotes.css"):  # copies of extension/lib/
        assert live.request("GET", f"/static/{shared}").status == 200, shared


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{not json", "bad_request"),
        (b"[1, 2]", "bad_request"),
        (b"{}", "bad_request"),
        (b'{"text": 12}', "bad_request"),
        (b'{"text": "a", "html": "<p>b</p>"}', "bad_request"),
        (b'{"text": "   "}', "bad_request"),
        (b'{"text": "A quote.", "url": 5}', "bad_request"),
        (b'{"text": "caf\xe9"}', "bad_request"),
    ],
)
def test_malformed_bodies_get_400(live, body, code):
    answer = live.request(
        "POST", "/api/v1/match", body=body, headers={"Content-Type": "application/json"}
    )
    assert_error(answer, 400, code)


def test_bodies_that_are_not_json_get_415(live):
    answer = live.request(
        "POST",
        "/api/v1/match",
        body=b"text=hello",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_error(answer, 415, "unsupported_media_type")


def test_too_large_bodies_get_413(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "MAX_REQUEST_BYTES": 10_000}))
    try:
        answer = match(server, "word " * 5_000)
        assert_error(answer, 413, "too_large")
        assert server.request("GET", "/api/v1/health").status == 200
    finally:
        server.stop()


def test_text_over_the_character_limit_gets_413(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "MAX_TEXT_CHARS": 100}))
    try:
        assert_error(match(server, "word " * 50), 413, "too_large")
    finally:
        server.stop()


def test_unknown_routes_get_404_and_wrong_methods_405(live):
    assert_error(live.request("GET", "/api/v1/nothing-here"), 404, "not_found")
    assert_error(live.request("GET", "/api/v1/articles/999"), 404, "not_found")
    assert_error(live.request("GET", "/api/v1/match"), 405, "method_not_allowed")
    assert_error(live.request("DELETE", "/api/v1/health"), 405, "method_not_allowed")


@pytest.mark.parametrize("query", ["limit=abc", "limit=0", "limit=100000", "offset=-1"])
def test_bad_list_parameters_get_400(live, query):
    assert_error(live.request("GET", f"/api/v1/articles?{query}"), 400, "bad_request")


@pytest.mark.parametrize(
    "origin",
    ["chrome-extension://abcdefghijklmnop", "moz-extension://0b6f0d3e-1111-2222-3333-444455556666"],
)
def test_extension_origins_get_a_cors_grant(live, origin):
    answer = live.request(
        "OPTIONS",
        "/api/v1/match",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert answer.status == 204
    assert answer.headers["Access-Control-Allow-Origin"] == origin
    posted = match(live, "A short text.", **{})
    assert "Access-Control-Allow-Origin" not in posted.headers


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "http://127.0.0.1.evil.example", "null"]
)
def test_web_origins_get_no_cors_grant(live, origin):
    answer = live.request(
        "POST", "/api/v1/match", json_body={"text": "A text."}, headers={"Origin": origin}
    )
    assert "Access-Control-Allow-Origin" not in answer.headers


def test_an_unreadable_corpus_is_a_json_error_not_a_crash(tmp_path, seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db}))
    try:
        server.app.config["DB_PATH"] = str(tmp_path / "gone" / "x.db")
        (tmp_path / "gone").write_text("a file where the folder should be")
        assert_error(server.request("GET", "/api/v1/health"), 503, "corpus_unavailable")
        server.app.config["DB_PATH"] = seed_db
        assert server.request("GET", "/api/v1/health").status == 200
    finally:
        server.stop()


def test_a_pasted_sentence_finds_the_article_it_came_from(live):
    sentence = (
        '"I can only confirm to you that, indeed, they had a telephone conversation about a year '
        'and a half ago," Peskov told reporters.'
    )
    [quote] = match(live, sentence).body["quotes"]
    relations = {v["outlet"]: v["relation"] for v in quote["versions"]}
    assert relations == {"Sputnik": "verbatim", "The Moscow Times": "reordered"}


def test_requests_reuse_the_corpus_connections_they_leave_idle(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "SQLITE_MMAP_BYTES": 1 << 20}))
    try:
        idle = server.app.extensions[IDLE_CORPORA]
        assert server.request("GET", "/api/v1/health").status == 200
        kept = idle.take(seed_db)
        assert kept is not None and idle.take(seed_db) is None
        assert kept.conn.execute("PRAGMA mmap_size").fetchone()[0] == 1 << 20
        idle.give_back(kept)
        page = {"text": SPUTNIK.read_text(encoding="utf-8")}
        answer = server.request("POST", "/api/v1/match", json_body=page)
        assert answer.status == 200 and answer.body["quotes"]
        assert idle.take(seed_db) is kept
    finally:
        server.stop()


def test_with_no_idle_connections_each_request_opens_its_own(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "SQLITE_IDLE_CONNECTIONS": 0}))
    try:
        assert server.request("GET", "/api/v1/health").status == 200
        assert server.app.extensions[IDLE_CORPORA].take(seed_db) is None
    finally:
        server.stop()


def test_a_lone_surrogate_comes_back_as_a_replacement_character_at_the_same_offsets(live):
    body = rb'{"text": "He said \"this is \ud800 a broken character\" today."}'
    answer = live.request(
        "POST", "/api/v1/match", body=body, headers={"Content-Type": "application/json"}
    )
    assert answer.status == 200
    [quote] = answer.body["quotes"]
    assert quote["text"] == "this is \ufffd a broken character"
    assert (quote["start"], quote["end"]) == (9, 9 + len(quote["text"]))


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b'{"text": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001],
)
def test_json_nested_too_deep_is_a_400_and_the_server_goes_on(live, body):
    answer = live.request(
        "POST", "/api/v1/match", body=body, headers={"Content-Type": "application/json"}
    )
    assert_error(answer, 400, "bad_request")
    assert live.request("GET", "/api/v1/health").status == 200


@pytest.mark.parametrize("body", [b"null", b"5", b'"text"', b"true"])
def test_json_that_is_not_an_object_is_told_so(live, body):
    answer = live.request(
        "POST", "/api/v1/match", body=body, headers={"Content-Type": "application/json"}
    )
    assert_error(answer, 400, "bad_request")
    assert answer.body["error"]["message"] == "The request body must be a JSON object."


def test_a_chunked_body_over_the_limit_gets_413_not_a_parse_error(seed_db):
    server = LiveServer(create_app({"DB_PATH": seed_db, "MAX_REQUEST_BYTES": 10_000}))
    try:
        padded = b'{"text": "A sentence."}' + b" " * 20_000  # valid JSON when cut at the limit
        answer = server.request(
            "POST",
            "/api/v1/match",
            body=iter([padded]),
            headers={"Content-Type": "application/json"},
        )
        assert_error(answer, 413, "too_large")
    finally:
        server.stop()


@pytest.mark.parametrize("query", ["limit=1_0", "limit=%D9%A3", "limit=%201", "offset=+1"])
def test_list_parameters_are_ascii_digits_only(live, query):
    assert_error(live.request("GET", f"/api/v1/articles?{query}"), 400, "bad_request")


def test_an_outlet_quoting_the_statement_from_further_on_is_an_overlap(tmp_path):
    import json

    from conftest import LIMITS

    from server.corpus import open_corpus
    from server.importer import import_sources

    said = (
        "the council says the whole cost will be paid by the tolls of heavy lorries alone, "
        "without a penny from the people who live here"
    )
    article = {
        "url": "https://valley.example/bridge",
        "outlet": "Valley Post",
        "published": "2026-03-02",
        "text": f'Ann Lowe said it would open in May. "{said[0].upper()}{said[1:]}," she added.',
    }
    source = tmp_path / "valley.jsonl"
    source.write_text(json.dumps(article) + "\n", encoding="utf-8")
    db = str(tmp_path / "corpus.db")
    corpus = open_corpus(db)
    try:
        assert import_sources(corpus, [str(source)], LIMITS).new == 1
    finally:
        corpus.close()
    page = (
        'Ann Lowe, the council leader, said: "The new toll bridge will cut the journey to the '
        "capital by half an hour, and the council says the whole cost will be paid by the tolls "
        'of heavy lorries alone."'
    )
    server = LiveServer(create_app({"DB_PATH": db}))
    try:
        [quote] = match(server, page).body["quotes"]
    finally:
        server.stop()
    [version] = quote["versions"]
    assert version["outlet"] == "Valley Post" and version["relation"] == "overlap"
    assert "".join(segment["a"] for segment in version["diff"]) == quote["text"]
    assert "".join(segment["b"] for segment in version["diff"]) == version["text"]
    ops = [segment["op"] for segment in version["diff"]]
    assert ops[0] == "delete" and "insert" in ops and "equal" in ops  # what only each one says
