"""`import` of JSONL files and folders: bad lines reported by number and skipped, the rest saved."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

from conftest import LIMITS

from server.corpus import open_corpus
from server.importer import Limits, import_sources

STORY = (
    "Dock workers in Gdynia walked out on Monday.\n\n\u201cWe are not against machines, we are "
    "against being thrown away,\u201d union leader Marta Zielinska told reporters."
)


def write_jsonl(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def run_import(tmp_path, sources, limits=LIMITS):
    corpus = open_corpus(str(tmp_path / "corpus.db"))
    try:
        return import_sources(corpus, sources, limits), corpus.counts()
    finally:
        corpus.close()


def record(**fields):
    values = {"url": "https://news.example/a", "outlet": "Example News", "text": STORY}
    return json.dumps({**values, **fields})


def test_bad_lines_are_reported_by_number_and_the_rest_imported(tmp_path):
    source = write_jsonl(
        tmp_path / "articles.jsonl",
        [
            record(),
            "{not json",
            json.dumps(["a", "list"]),
            record(url="https://news.example/b", outlet=""),
            record(url="https://news.example/c", published="last Tuesday"),
            json.dumps({"url": "https://news.example/d", "outlet": "X"}),
            record(url="https://news.example/e", title=7),
            "",
            record(url="https://news.example/f", html="<p>Both</p>"),
            record(url="https://news.example/g"),
        ],
    )
    report, counts = run_import(tmp_path, [source])
    assert (report.new, counts) == (2, (2, 2))
    failed = "\n".join(report.failed)
    for number, reason in [
        (2, "invalid JSON"),
        (3, "JSON object"),
        (4, '"outlet" is required'),
        (5, "ISO 8601"),
        (6, '"text" or "html"'),
        (7, '"title" must be'),
        (9, '"text" or "html"'),
    ]:
        assert f"articles.jsonl:{number}: " in failed and reason in failed, (number, reason)
    assert len(report.failed) == 7


def test_importing_the_same_url_again_updates_and_never_duplicates(tmp_path):
    first = write_jsonl(tmp_path / "one.jsonl", [record()])
    second = write_jsonl(tmp_path / "two.jsonl", [record(title="Strike", text=STORY + " More.")])
    report, counts = run_import(tmp_path, [first, first, second])
    assert (report.new, report.unchanged, report.updated, counts) == (1, 1, 1, (1, 1))


def test_html_records_are_reduced_to_the_article(tmp_path):
    html = (
        "<html><body><nav><p>Home \u201cand a quoted menu item that is long\u201d</p></nav>"
        "<article><p>Dock workers walked out.</p><p>\u201cWe are not against machines, we are "
        "against being thrown away,\u201d Marta Zielinska said.</p></article></body></html>"
    )
    source = write_jsonl(
        tmp_path / "pages.jsonl",
        [json.dumps({"url": "https://news.example/h", "outlet": "Example", "html": html})],
    )
    _, counts = run_import(tmp_path, [source])
    corpus = open_corpus(str(tmp_path / "corpus.db"))
    stored = corpus.get_article(1)["text"]
    corpus.close()
    assert counts == (1, 1) and "Home" not in stored


def test_a_line_over_the_limit_is_skipped_without_being_read_whole(tmp_path):
    source = write_jsonl(
        tmp_path / "big.jsonl",
        [
            record(url="https://news.example/big", text="word " * 5000),
            record(),
        ],
    )
    limits = Limits(max_text_chars=1_000_000, max_line_bytes=4096, min_quote_words=4)
    report, counts = run_import(tmp_path, [source], limits)
    assert report.failed == [f"{source}:1: line longer than 4096 bytes"]
    assert counts == (1, 1)


def test_text_over_the_limit_is_refused(tmp_path):
    source = write_jsonl(tmp_path / "long.jsonl", [record(text="word " * 100)])
    limits = Limits(max_text_chars=200, max_line_bytes=10_000, min_quote_words=4)
    report, _ = run_import(tmp_path, [source], limits)
    assert "longer than 200 characters" in report.failed[0]


def test_lines_that_are_not_utf8_are_reported(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(record().encode() + b"\n" + '{"url": "caf\xe9"}'.encode("latin-1") + b"\n")
    report, counts = run_import(tmp_path, [str(path)])
    assert counts[0] == 1 and report.failed == [f"{path}:2: not UTF-8 text"]


def test_a_line_nested_too_deep_is_reported_and_the_rest_imported(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    source = write_jsonl(tmp_path / "deep.jsonl", [deep, record()])
    report, counts = run_import(tmp_path, [source])
    assert report.failed == [f"{source}:1: invalid JSON: nested too deep"]
    assert counts == (1, 1)


def test_half_of_a_utf16_pair_in_a_field_is_reported_and_the_rest_imported(tmp_path):
    # json.dumps escapes a lone surrogate ("\\ud800"), as other tools' JSON may; SQLite cannot
    # store one. "text" gets U+FFFD in its place (`page_text`); any other field is refused.
    source = write_jsonl(
        tmp_path / "surrogates.jsonl",
        [
            record(url="https://news.example/\ud800"),
            record(url="https://news.example/b", outlet="Ex\udc00ample"),
            record(url="https://news.example/c", title="\ud83d half an emoji"),
            record(url="https://news.example/d"),
        ],
    )
    report, counts = run_import(tmp_path, [source])
    assert counts == (1, 1)
    reason = "holds half of a UTF-16 surrogate pair, which is no character"
    assert report.failed == [
        f'{source}:1: "url" {reason}',
        f'{source}:2: "outlet" {reason}',
        f'{source}:3: "title" {reason}',
    ]


def test_folders_need_a_manifest_naming_files_inside_them(tmp_path):
    folder = tmp_path / "bundle"
    folder.mkdir()
    report, _ = run_import(tmp_path, [str(folder)])
    assert report.failed == [f"{folder}: no manifest.jsonl in this folder"]
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    (folder / "page.html").write_text(f"<article><p>{STORY}</p></article>", encoding="utf-8")
    write_jsonl(
        folder / "manifest.jsonl",
        [
            json.dumps({"file": "story.txt", "url": "https://a.example/1", "outlet": "A"}),
            json.dumps({"file": "page.html", "url": "https://b.example/1", "outlet": "B"}),
            json.dumps({"file": "missing.txt", "url": "https://c.example/1", "outlet": "C"}),
            json.dumps({"file": "../outside.txt", "url": "https://d.example/1", "outlet": "D"}),
            json.dumps({"url": "https://e.example/1", "outlet": "E"}),
        ],
    )
    report, counts = run_import(tmp_path, [str(folder)])
    assert counts == (2, 2) and len(report.failed) == 3
    assert "cannot read missing.txt" in report.failed[0]
    assert "outside the folder" in report.failed[1]
    assert '"file"' in report.failed[2]


def test_a_missing_source_is_reported(tmp_path):
    report, _ = run_import(tmp_path, [str(tmp_path / "nope.jsonl")])
    assert report.failed == [f"{tmp_path / 'nope.jsonl'}: no such file or folder"]


def test_worker_processes_find_the_same_quotations_and_keep_the_file_order(tmp_path):
    lines = [record(url=f"https://news.example/{i}", title=f"Story {i}") for i in range(70)]
    lines.insert(40, record(url="https://news.example/5", text=STORY + " Updated."))
    source = write_jsonl(tmp_path / "many.jsonl", lines)
    results = []
    for workers in (1, 2):
        corpus = open_corpus(str(tmp_path / f"corpus-{workers}.db"))
        try:
            seen = []
            report = import_sources(
                corpus,
                [source],
                replace(LIMITS, workers=workers),
                on_article=lambda where, status, seen=seen: seen.append(where),
            )
            rows = corpus.conn.execute(
                "SELECT a.url, a.text, q.text FROM quotations q JOIN articles a "
                "ON a.id = q.article_id ORDER BY a.url"
            ).fetchall()
        finally:
            corpus.close()
        assert seen == [f"{source}:{n}" for n in range(1, 72)]
        results.append((report.new, report.updated, rows))
    assert results[0] == results[1]
    assert results[0][:2] == (70, 1)
    assert ("https://news.example/5", STORY + " Updated.") in {r[:2] for r in results[0][2]}


def test_an_import_run_again_takes_no_write_lock(tmp_path):
    lines = [record(url=f"https://news.example/{i}", title=f"Story {i}") for i in range(70)]
    source = write_jsonl(tmp_path / "many.jsonl", lines)
    assert run_import(tmp_path, [source])[0].new == 70
    holder = sqlite3.connect(tmp_path / "corpus.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer, busy for longer than the import waits
    try:
        corpus = open_corpus(str(tmp_path / "corpus.db"), busy_timeout_ms=50)
        try:
            report = import_sources(corpus, [source], LIMITS)
        finally:
            corpus.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (report.new, report.unchanged, report.failed) == (0, 70, [])
