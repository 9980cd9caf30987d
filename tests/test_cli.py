"""The `quotetrail` command as a user runs it: a real process, real files, real output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import MOSCOW_TIMES, MOSCOW_TIMES_URL, SEEDS, SPUTNIK
from sites import free_port

QUOTETRAIL = str(Path(sys.executable).parent / "quotetrail")


def run(*args, stdin=None, env=None):
    return subprocess.run(
        [QUOTETRAIL, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def assert_clean_failure(result, fragment):
    assert result.returncode != 0
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_import_prints_a_summary_and_is_idempotent(tmp_path):
    db = str(tmp_path / "c.db")
    first = run("import", "--db", db, str(SEEDS))
    assert first.returncode == 0, first.stderr
    assert "2 new, 0 updated, 0 unchanged, 0 failed" in first.stdout
    assert "2 articles and 3 quotations" in first.stdout
    second = run("import", "--db", db, str(SEEDS))
    assert "0 new, 0 updated, 2 unchanged, 0 failed" in second.stdout


def test_import_reports_bad_lines_and_keeps_the_good(tmp_path):
    source = tmp_path / "a.jsonl"
    good = {"url": "https://x.example/1", "outlet": "X", "text": "Some text here."}
    source.write_text(json.dumps(good) + "\n{oops\n", encoding="utf-8")
    result = run("import", "--db", str(tmp_path / "c.db"), str(source))
    assert result.returncode == 0
    assert f"skipped {source}:2: invalid JSON" in result.stderr
    assert "1 new" in result.stdout
    assert "The corpus holds 1 article and 0 quotations." in result.stdout


def test_import_with_nothing_importable_fails(tmp_path):
    assert_clean_failure(
        run("import", "--db", str(tmp_path / "c.db"), "nope.jsonl"), "no such file or folder"
    )


def test_the_db_can_come_from_the_environment(tmp_path):
    db = tmp_path / "from-env.db"
    result = run("import", str(SEEDS), env={"QUOTETRAIL_DB": str(db)})
    assert result.returncode == 0 and db.exists() and str(db) in result.stdout


def test_quotes_of_a_file_and_of_stdin():
    from_file = json.loads(run("quotes", str(MOSCOW_TIMES)).stdout)
    text = MOSCOW_TIMES.read_text(encoding="utf-8")
    from_stdin = json.loads(run("quotes", "-", stdin=text).stdout)
    assert from_file == from_stdin
    assert [(q["speaker"]) for q in from_file["quotes"]] == ["Ian Bremmer", "Dmitry Peskov"]
    for quote in from_file["quotes"]:
        assert set(quote) >= {"text", "start", "end", "speaker"}
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_quotes_jsonl_answers_each_line_and_reports_bad_ones():
    lines = "\n".join(
        [
            json.dumps({"id": "mt", "text": MOSCOW_TIMES.read_text(encoding="utf-8")}),
            "not json",
            json.dumps(
                {"id": 7, "text": "\u201cWe will build the bridge by spring,\u201d she said."}
            ),
        ]
    )
    result = run("quotes", "--jsonl", stdin=lines)
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["mt", 7]
    assert len(answers[0]["quotes"]) == 2 and answers[1]["quotes"][0]["speaker"] is None
    assert "line 2: invalid JSON" in result.stderr and result.returncode == 1


def test_jsonl_lines_over_the_line_limit_are_reported_unread_and_the_rest_answered():
    short = json.dumps({"id": "short", "text": "\u201cWe will build the bridge,\u201d she said."})
    long = json.dumps({"id": "long", "text": "word " * 100})
    env = {"QUOTETRAIL_MAX_IMPORT_LINE_BYTES": "200"}
    result = run("quotes", "--jsonl", stdin="\n".join([long, short]) + "\n", env=env)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["short"]
    assert "line 1: line longer than 200 bytes" in result.stderr and result.returncode == 1


def test_match_gives_the_seed_case(tmp_path):
    db = str(tmp_path / "c.db")
    run("import", "--db", db, str(SEEDS))
    result = run("match", "--db", db, "--url", MOSCOW_TIMES_URL, str(MOSCOW_TIMES))
    quotes = json.loads(result.stdout)["quotes"]
    assert [(q["speaker"], [v["outlet"] for v in q["versions"]]) for q in quotes] == [
        ("Ian Bremmer", []),
        ("Dmitry Peskov", ["Sputnik"]),
    ]
    version = quotes[1]["versions"][0]
    assert version["relation"] == "reordered"
    assert any(
        s["op"] == "move" and "about a year and a half ago" in s["b"] for s in version["diff"]
    )


def test_match_jsonl_from_the_sputnik_side(tmp_path):
    db = str(tmp_path / "c.db")
    run("import", "--db", db, str(SEEDS))
    line = json.dumps({"id": "s", "url": None, "text": SPUTNIK.read_text(encoding="utf-8")})
    result = run("match", "--db", db, "--jsonl", stdin=line + "\n")
    [answer] = [json.loads(x) for x in result.stdout.splitlines()]
    assert answer["id"] == "s"
    assert [v["outlet"] for v in answer["quotes"][0]["versions"]] == ["The Moscow Times"]


def test_bad_input_gets_one_clear_line(tmp_path):
    assert_clean_failure(run("quotes", str(tmp_path / "missing.txt")), "No such file")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 \u201cquoted\u201d".encode("latin-1", "replace"))
    assert_clean_failure(run("quotes", str(tmp_path / "latin1.txt")), "not UTF-8")
    assert_clean_failure(run("quotes", "-", stdin=""), "no text")
    (tmp_path / "bad.db").write_text("not a database " * 100)
    assert_clean_failure(
        run("match", "--db", str(tmp_path / "bad.db"), "-", stdin="Text."), "Cannot open the corpus"
    )
    bad_setting = run("quotes", "-", stdin="Text.", env={"QUOTETRAIL_MAX_TEXT_CHARS": "lots"})
    assert_clean_failure(bad_setting, "QUOTETRAIL_MAX_TEXT_CHARS='lots' is not a valid int")
    usage = run("frobnicate")
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


@pytest.fixture
def served(tmp_path):
    db = str(tmp_path / "c.db")
    run("import", "--db", db, str(SEEDS))
    port = free_port()
    process = subprocess.Popen(
        [QUOTETRAIL, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield process, port, db
    process.terminate()
    process.wait(timeout=10)


def wait_for_health(port: int) -> dict:
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/health") as answer:
                return json.loads(answer.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError("the server never answered")


def test_serve_listens_on_loopback_and_says_where_the_corpus_is(served):
    process, port, db = served
    assert wait_for_health(port) == {"status": "ok", "articles": 2, "quotes": 3}
    process.terminate()
    out, err = process.communicate(timeout=10)
    assert "Traceback" not in err  # the key index is read in the background without a fault
    assert f"Corpus: {db} (2 articles, 3 quotations)" in out
    assert f"http://127.0.0.1:{port}/" in out and "extension" in out


def test_serve_stopped_with_ctrl_c_after_helpers_read_a_page_stops_cleanly(tmp_path):
    db = str(tmp_path / "c.db")
    run("import", "--db", db, str(SEEDS))
    port = free_port()
    environment = {**os.environ, "QUOTETRAIL_READ_THREADS": "3", "QUOTETRAIL_READ_PART_ITEMS": "1"}
    process = subprocess.Popen(
        [QUOTETRAIL, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        wait_for_health(port)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/match",
            data=json.dumps({"text": SPUTNIK.read_text(encoding="utf-8")}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            assert any(quote["versions"] for quote in json.loads(answer.read())["quotes"])
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert process.returncode == 0 and "QuoteTrail is serving" in out
    assert "Traceback" not in err and "helper" not in err


def test_serve_on_a_busy_port_says_so(served):
    _, port, db = served
    wait_for_health(port)
    result = run("serve", "--db", db, "--port", str(port))
    assert_clean_failure(result, f"cannot listen on 127.0.0.1:{port}")


def test_import_progress_is_a_bar_with_counts_and_plain_lines_off_a_terminal():
    import io

    from server.cli import ImportProgress

    stream = io.StringIO()
    progress = ImportProgress(20_000, stream)
    for _ in range(10_000):
        progress.step("file:1", "new")
    [line] = stream.getvalue().splitlines()
    assert line.startswith("[" + "#" * 15 + "-" * 15 + "]") and "10,000/20,000 articles" in line
    assert line.endswith("left")


LONE_SURROGATE_LINE = (
    r'{"id": "lone \ud800", "text": "He said \"this is \udc00 a broken character\" today."}'
)


def test_jsonl_lines_with_a_lone_surrogate_are_answered_as_valid_utf8():
    result = run("quotes", "--jsonl", stdin=LONE_SURROGATE_LINE + "\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    [answer] = [json.loads(line) for line in result.stdout.splitlines()]
    assert answer["id"] == "lone \ud800"  # given back as it came, escaped
    [quote] = answer["quotes"]
    assert quote["text"] == "this is \ufffd a broken character"  # the offsets still hold
    assert (quote["start"], quote["end"]) == (9, 9 + len(quote["text"]))


def test_an_imported_text_with_a_lone_surrogate_is_kept_and_the_next_line_too(tmp_path):
    source = tmp_path / "a.jsonl"
    lines = [
        r'{"url": "https://x.example/1", "outlet": "X", "text": "Lone \ud800 here."}',
        json.dumps({"url": "https://x.example/2", "outlet": "X", "text": "Fine text."}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("import", "--db", str(tmp_path / "c.db"), str(source))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "2 new, 0 updated, 0 unchanged, 0 failed" in result.stdout


@pytest.mark.parametrize("port", ["99999", "0", "-5", "http", "\u0663\u0663\u0663\u0663"])
def test_serve_on_a_port_that_cannot_be_is_a_usage_error(tmp_path, port):
    result = run("serve", "--db", str(tmp_path / "c.db"), "--port", port)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "argument --port" in result.stderr and "1 to 65535" in result.stderr


def test_a_port_that_cannot_be_in_the_environment_is_one_clear_line(tmp_path):
    result = run("serve", "--db", str(tmp_path / "c.db"), env={"QUOTETRAIL_PORT": "70000"})
    assert_clean_failure(result, "QUOTETRAIL_PORT=70000 is not a port (1 to 65535)")


def test_serve_on_an_unknown_host_says_so_without_blaming_another_server(tmp_path):
    port = free_port()
    db = str(tmp_path / "c.db")
    result = run("serve", "--db", db, "--host", "no such host.invalid", "--port", str(port))
    assert_clean_failure(result, f"cannot listen on no such host.invalid:{port}")
    assert "already running" not in result.stderr


MIXED_JSONL = b"\n".join(
    [
        b'{"id": 1, "text": "He said \\"this is a fine quote here\\" now."}',
        b'{"id": 2, "text": "He said \\"caf\xe9 is not UTF-8 at all\\" now."}',
        b'{"id": 3, "text": "She said \\"this is another fine quote\\" then."}',
        b"[" * 100_000 + b"]" * 100_000,
    ]
)


@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_jsonl_line_not_utf8_or_nested_too_deep_is_reported_and_the_others_answered(
    tmp_path, from_stdin
):
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(MIXED_JSONL)
    result = subprocess.run(
        [QUOTETRAIL, "quotes", "--jsonl", "-" if from_stdin else str(source)],
        input=MIXED_JSONL if from_stdin else None,
        capture_output=True,
        timeout=60,
    )
    answers = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [a["id"] for a in answers] == [1, 3]
    assert result.stderr.decode().splitlines() == [
        "quotetrail: line 2: not UTF-8 text",
        "quotetrail: line 4: invalid JSON: nested too deep",
    ]
    assert result.returncode == 1


def test_output_cut_short_by_a_closed_pipe_or_a_full_disk_is_one_line(tmp_path):
    lines = "\n".join(
        json.dumps({"id": n, "text": "He said \u201cthis is a fine quote here\u201d now."})
        for n in range(2000)
    )
    closed = subprocess.Popen(
        [QUOTETRAIL, "quotes", "--jsonl", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    closed.stdout.close()  # the reader went away, as `| head -1` does
    _, err = closed.communicate(lines.encode(), timeout=60)
    assert closed.returncode != 0 and b"Traceback" not in err
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [QUOTETRAIL, "quotes", str(MOSCOW_TIMES)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == "quotetrail: cannot write the output: No space left on device\n"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("QUOTETRAIL_MAX_IMPORT_LINE_BYTES", "-1"),  # read every line as the end of the file
        ("QUOTETRAIL_SCORE_CUTOFF", "-inf"),
        ("QUOTETRAIL_SCORE_CUTOFF", "nan"),
        ("QUOTETRAIL_MAX_QUOTES_PER_PAGE", "-1"),
    ],
)
def test_a_negative_or_endless_limit_is_one_clear_line_before_any_work(tmp_path, variable, value):
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"url": "https://x.example/1", "outlet": "X", "text": "T."}))
    db = str(tmp_path / "c.db")
    imported = run("import", "--db", db, str(source), env={variable: value})
    assert_clean_failure(imported, f"{variable}={value!r} must be a number, 0 or more")
    matched = run("match", "--db", db, str(MOSCOW_TIMES), env={variable: value})
    assert_clean_failure(matched, f"{variable}={value!r} must be a number, 0 or more")


@pytest.mark.parametrize("token", ["s\u00e9cret", "\u79d8\u5bc6", "two words ", "tab\there"])
def test_a_token_that_cannot_travel_in_a_header_is_refused_at_start(tmp_path, token):
    port = str(free_port())
    result = run(
        "serve", "--db", str(tmp_path / "c.db"), "--port", port, env={"QUOTETRAIL_TOKEN": token}
    )
    assert_clean_failure(result, "QUOTETRAIL_TOKEN must be printable ASCII")


@pytest.mark.parametrize("command", [["match", "-"], ["export", "-"]])
def test_a_corpus_that_is_not_there_is_said_so_not_made_empty(tmp_path, command):
    db = tmp_path / "typo.db"
    name, *rest = command
    result = run(
        name, "--db", str(db), *rest, stdin="He said \u201cthis is the text to match\u201d."
    )
    assert_clean_failure(result, f"no corpus at {db}")
    assert not db.exists()


def test_an_exported_file_gets_the_same_permissions_as_any_new_file(tmp_path):
    db = str(tmp_path / "c.db")
    run("import", "--db", db, str(SEEDS))
    exported = tmp_path / "corpus.jsonl"
    assert run("export", "--db", db, str(exported)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert exported.stat().st_mode & 0o777 == 0o666 & ~umask  # not the temporary file's 0600
