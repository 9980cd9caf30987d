"""Matching at scale: build generated corpora of 10k, 100k and 1M quotations and measure.

Corpora, labelled variants and unrelated quotations come from benchmarks/newsgen.py
(deterministic from --seed, no network). Each corpus is built with the real
`quotetrail import`; each method answers the same queries; brute-force rapidfuzz
(`process.cdist` with `fuzz.token_set_ratio`, `workers=-1`) runs in the same run
on the 100k corpus over a sample of the queries, and the speed ratio is taken
against it. The product is also measured as a user meets it: `quotetrail serve`
started on the corpus, pages of 20 quotations posted to /api/v1/match.

    .venv/bin/python benchmarks/matching.py [--sizes 10k,100k,1m] [--work .bench]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsgen  # noqa: E402

from server import settings as settings_module  # noqa: E402
from server.core.match import rank_versions  # noqa: E402
from server.core.models import Candidate, Quotation, Span  # noqa: E402
from server.core.normalize import COMMON_WORDS, normalize  # noqa: E402
from server.corpus import Corpus, open_corpus  # noqa: E402
from server.service import MatchPolicy, match_page, versions_of  # noqa: E402

SIZES = {"10k": 1_000, "100k": 10_000, "1m": 100_000}  # quotations -> articles
BIN = Path(sys.executable).parent
STOCK = {phrase.lower() for phrase in newsgen.v.STOCK_PHRASES}


@dataclass
class Query:
    kind: str
    text: str
    speaker: str | None
    source: str | None  # the normalised source statement; None for unrelated ones


@dataclass
class MethodResult:
    seconds: list[float] = field(default_factory=list)
    hits: dict[str, list[bool]] = field(default_factory=dict)
    page_seconds: list[float] = field(default_factory=list)


# --- corpora ---------------------------------------------------------------


def write_articles(gen: newsgen.NewsGenerator, count: int, path: Path) -> None:
    if path.exists():
        return
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for index in range(count):
            out.write(json.dumps(gen.article(index).record(), ensure_ascii=False) + "\n")
    partial.rename(path)


def timed_import(db: Path, source: Path) -> tuple[float, float]:
    """Seconds and peak resident MB of one `quotetrail import` process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(BIN / "quotetrail"), "import", "--db", str(db), str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"quotetrail import failed on {source}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def add_word_index(db: Path) -> float:
    """The foundation's FTS5 word index over the quotations, built for its row of the table."""
    started = time.perf_counter()
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS quotations_fts USING fts5(normalized, "
            "content='quotations', content_rowid='id', tokenize='unicode61')"
        )
        conn.execute("INSERT INTO quotations_fts(quotations_fts) VALUES ('rebuild')")
    finally:
        conn.close()
    return time.perf_counter() - started


def index_bytes(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        conn.close()
    return dict(rows)


# --- queries ---------------------------------------------------------------


def labelled_queries(gen, articles: int, per_kind: int, seed: int) -> list[Query]:
    rng = random.Random(f"{seed}:queries:{articles}")
    queries = []
    for kind in newsgen.VARIANT_KINDS:
        made = 0
        while made < per_kind:
            index = rng.randrange(articles)
            article = gen.article(index)
            statement = rng.choice(article.quotes)
            if statement.text().lower() in STOCK:
                continue
            story = gen.story(index // newsgen.ARTICLES_PER_STORY)
            text = newsgen.variant(kind, statement, rng, gen, story)
            if text is None:
                continue
            source = normalize(statement.text())
            queries.append(Query(kind, text, statement.speaker.name, source))
            made += 1
    return queries


def unrelated_queries(gen, count: int, seed: int) -> list[Query]:
    """New statements of other stories: no version of them is in any corpus."""
    rng = random.Random(f"{seed}:unrelated")
    queries = []
    for index in range(count):
        story = gen.unrelated_story(index)
        statement = gen.statement(rng, story)
        queries.append(Query("unrelated", statement.text(), story.people[0].name, None))
    return queries


def same_story_queries(gen, articles: int, count: int, seed: int) -> list[Query]:
    """New statements of a corpus story's own speakers on its topic: shared words, other points."""
    rng = random.Random(f"{seed}:same-story:{articles}")
    queries = []
    for _ in range(count):
        story = gen.story(rng.randrange(articles // newsgen.ARTICLES_PER_STORY))
        statement = gen.statement(rng, story)
        queries.append(Query("same story", statement.text(), rng.choice(story.people).name, None))
    return queries


def common_phrase_queries(count: int, seed: int) -> list[Query]:
    rng = random.Random(f"{seed}:common")
    return [
        Query("common phrase", rng.choice(newsgen.v.STOCK_PHRASES), None, None)
        for _ in range(count)
    ]


def as_quotation(query: Query) -> Quotation:
    return Quotation(query.text, 0, len(query.text), (Span(0, len(query.text)),), query.speaker)


# --- methods ---------------------------------------------------------------


def foundation_candidates(corpus: Corpus, text: str, limit: int) -> list[Candidate]:
    """The foundation's lookup: an FTS5 OR-query of the distinct non-common words, bm25."""
    distinct = dict.fromkeys(w for w in normalize(text).split() if w not in COMMON_WORDS)
    chosen = sorted(distinct, key=len, reverse=True)[:24]
    if not chosen:
        return []
    rows = corpus.conn.execute(
        "SELECT q.id, q.article_id, q.text, q.speaker, o.name, a.url, a.title, a.published "
        "FROM quotations_fts JOIN quotations q ON q.id = quotations_fts.rowid "
        "JOIN articles a ON a.id = q.article_id JOIN outlets o ON o.id = a.outlet_id "
        "WHERE quotations_fts MATCH ? ORDER BY bm25(quotations_fts) LIMIT ?",
        (" OR ".join(f'"{w}"' for w in chosen), limit),
    ).fetchall()
    return [Candidate(*row) for row in rows]


def foundation_method(corpus: Corpus, quotation: Quotation, policy: MatchPolicy):
    candidates = foundation_candidates(corpus, quotation.text, policy.candidates_per_quote)
    return rank_versions(
        quotation,
        candidates,
        score_cutoff=policy.score_cutoff,
        min_fragment_words=policy.min_fragment_words,
        limit=policy.max_versions,
    )


def product_method(corpus: Corpus, quotation: Quotation, policy: MatchPolicy):
    """What `POST /api/v1/match` does for one quotation."""
    return versions_of(corpus, quotation, policy)[: policy.max_versions]


FOUNDATION = "foundation: FTS5 words, bm25"
PRODUCT = "QuoteTrail: 3-word key groups"
BRUTE = "brute force rapidfuzz (sample)"
METHODS: dict[str, Callable] = {FOUNDATION: foundation_method, PRODUCT: product_method}


def _megabytes(sizes: dict[str, int], prefix: str) -> float:
    return sum(size for name, size in sizes.items() if name.startswith(prefix)) / 1e6


def run_method(method, corpus, queries, policy) -> MethodResult:
    result = MethodResult()
    for query in queries:
        started = time.perf_counter()
        versions = method(corpus, as_quotation(query), policy)
        result.seconds.append(time.perf_counter() - started)
        result.hits.setdefault(query.kind, []).append(_judge(query, versions))
    return result


def _judge(query: Query, versions) -> bool:
    """Labelled: the first version shown is the source. Unrelated: nothing shown."""
    if query.source is None:
        return bool(versions)
    return bool(versions) and normalize(versions[0].candidate.text) == query.source


def run_pages(method, corpus, pages: list[str], policy) -> list[float]:
    """Seconds per page in process: quotations found and matched. The product's page is
    `match_page` (what the API calls: one lookup for all of the page's quotations); the
    foundation's, its quotations matched one by one."""
    from server.core.quotes import find_quotations

    seconds = []
    for page in pages:
        started = time.perf_counter()
        if method is product_method:
            match_page(corpus, page, policy)
        else:
            for quotation in find_quotations(page, min_words=policy.min_quote_words):
                method(corpus, quotation, policy)
        seconds.append(time.perf_counter() - started)
    return seconds


def make_pages(
    queries: list[Query], count: int, seed: int, *, labelled_only: bool = True
) -> list[str]:
    """`count` pages of 20 of the queries (the labelled ones, unless `labelled_only` is off),
    each quoted and attributed to its speaker by surname."""
    rng = random.Random(f"{seed}:pages")
    labelled = [q for q in queries if q.source is not None or not labelled_only]
    pages = []
    for _ in range(count):
        chosen = rng.sample(labelled, 20)
        paragraphs = ["Reporters gathered outside the ministry on Tuesday morning."]
        for query in chosen:
            surname = query.speaker.split()[-1]
            paragraphs.append(f"\u201c{query.text},\u201d {surname} said.")
        pages.append("\n\n".join(paragraphs))
    return pages


# --- brute force -----------------------------------------------------------


def brute_force(db: Path, queries: list[Query], cutoff: float) -> tuple[MethodResult, int]:
    """rapidfuzz cdist of every query against every corpus quotation (normalised both sides)."""
    from rapidfuzz import fuzz, process

    conn = sqlite3.connect(db)
    corpus_texts = [row[0] for row in conn.execute("SELECT normalized FROM quotations")]
    conn.close()
    result = MethodResult()
    for query in queries:
        started = time.perf_counter()
        scores = process.cdist(
            [normalize(query.text)], corpus_texts, scorer=fuzz.token_set_ratio, workers=-1
        )[0]
        best = int(scores.argmax())
        result.seconds.append(time.perf_counter() - started)
        if query.source is None:
            hit = bool(scores[best] >= cutoff)
        else:
            hit = bool(corpus_texts[best] == query.source)
        result.hits.setdefault(query.kind, []).append(hit)
    return result, len(corpus_texts)


# --- the served product ----------------------------------------------------


def serve_and_measure(db: Path, pages: list[str], port: int) -> dict:
    """Start `quotetrail serve`, time start-up to first answer, then each page; read its memory."""
    started = time.perf_counter()
    server = subprocess.Popen(
        [str(BIN / "quotetrail"), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        first = _first_answer(port, pages[0], started)
        seconds = []
        for page in pages:
            begun = time.perf_counter()
            _post(port, page)
            seconds.append(time.perf_counter() - begun)
        memory = _resident_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {"startup": first, "page_seconds": seconds, "rss_mb": memory}


def _post(port: int, text: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/v1/match",
        data=json.dumps({"text": text}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def _first_answer(port: int, page: str, started: float) -> float:
    deadline = started + 60
    while time.perf_counter() < deadline:
        try:
            _post(port, page)
            return time.perf_counter() - started
        except OSError:
            time.sleep(0.01)
    raise SystemExit("quotetrail serve did not answer within 60 s")


def _resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the table -------------------------------------------------------------


def ms(values: list[float], share: float) -> str:
    if not values:
        return "—"
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000:.2f}"


def rate(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f}" if hits else "—"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--unrelated", type=int, default=1000)
    parser.add_argument(
        "--brute-per-kind", type=int, default=15, help="0 skips brute force (quick runs)"
    )
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--methods", default="|".join(METHODS))
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure corpora an earlier run built in --work (their import figures are that "
        "run's) instead of importing them again",
    )
    parser.add_argument(
        "--foundation", default="10k,100k", help="sizes the slow foundation lookup runs at"
    )
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    gen = newsgen.NewsGenerator(args.seed)
    policy = MatchPolicy.from_settings(settings_module.load())
    rows = []
    for size in args.sizes.split(","):
        rows.extend(measure_size(gen, size, args, policy))
    print_table(rows, args)
    (args.work / "results.json").write_text(json.dumps(rows, indent=1))


def measure_size(gen, size: str, args, policy) -> list[dict]:
    articles = SIZES[size]
    source = args.work / f"articles-{args.seed}-{articles}.jsonl"
    write_articles(gen, articles, source)
    db = args.work / f"corpus-{args.seed}-{size}.db"
    build_seconds, import_mb, built_on = build_corpus(db, source, reuse=args.reuse)
    again_seconds, _ = timed_import(db, source)
    common = {
        "size": size,
        "reimport_s": again_seconds,
        "file_mb": db.stat().st_size / 1e6,
        "raw_mb": source.stat().st_size / 1e6,
        "import_rss_mb": import_mb,
        "built_on": built_on,
    }
    methods = [m for m in args.methods.split("|") if m != FOUNDATION or size in args.foundation]
    word_index_seconds = add_word_index(db) if FOUNDATION in methods else 0.0
    sizes = index_bytes(db)
    builds = {
        FOUNDATION: (build_seconds + word_index_seconds, _megabytes(sizes, "quotations_fts")),
        PRODUCT: (build_seconds, _megabytes(sizes, "quotation_keys")),
    }
    _say(f"[{size}] imported in {build_seconds:.1f} s, again in {again_seconds:.1f} s")
    queries = all_queries(gen, articles, args)
    pages = make_pages(queries, args.pages, args.seed)
    rows = []
    corpus = open_corpus(str(db), mmap_bytes=settings_module.load()["SQLITE_MMAP_BYTES"])
    try:
        for name in methods:
            result = run_method(METHODS[name], corpus, queries, policy)
            result.page_seconds = run_pages(METHODS[name], corpus, pages, policy)
            build_s, index_mb = builds[name]
            rows.append(
                {**common, "method": name, "build_s": build_s, "index_mb": index_mb}
                | summary(result)
            )
            _say(f"[{size}] {name}: done")
    finally:
        corpus.close()
    rows[-1].update(served_summary(serve_and_measure(db, pages, _free_port())))
    if size == "100k" and args.brute_per_kind:
        rows.append(brute_force_row(db, queries, args, policy, common))
    return rows


def build_corpus(db: Path, source: Path, *, reuse: bool) -> tuple[float, float, str | None]:
    """Import `source` into a new `db`: seconds, peak MB, and None. With `reuse`, a corpus built
    by an earlier run is kept (migrated by its first open) and that run's figures are returned
    with the day it was built, which the table prints beside them."""
    figures = db.with_name(db.name + ".import.json")
    if reuse and db.exists() and figures.exists():
        recorded = json.loads(figures.read_text())
        _say(f"[{db.name}] reused, built {recorded['built']}")
        return recorded["seconds"], recorded["peak_mb"], recorded["built"]
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    seconds, peak_mb = timed_import(db, source)
    built = {"seconds": seconds, "peak_mb": peak_mb, "built": date.today().isoformat()}
    figures.write_text(json.dumps(built))
    return seconds, peak_mb, None


def all_queries(gen, articles: int, args) -> list[Query]:
    queries = labelled_queries(gen, articles, args.per_kind, args.seed)
    queries += unrelated_queries(gen, args.unrelated, args.seed)
    queries += same_story_queries(gen, articles, args.unrelated // 2, args.seed)
    return queries + common_phrase_queries(50, args.seed)


def brute_force_row(db: Path, queries: list[Query], args, policy, common: dict) -> dict:
    sample = [q for q in queries if q.kind in newsgen.VARIANT_KINDS]
    sample = _per_kind_sample(sample, args.brute_per_kind)
    sample += [q for q in queries if q.kind == "unrelated"][: args.brute_per_kind * 4]
    brute, _ = brute_force(db, sample, policy.score_cutoff)
    _say(f"[brute force] {len(sample)} queries")
    return {**common, "method": BRUTE, "build_s": 0.0, "built_on": None, "index_mb": 0.0} | summary(
        brute
    )


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _per_kind_sample(queries: list[Query], per_kind: int) -> list[Query]:
    taken: dict[str, int] = {}
    sample = []
    for query in queries:
        if taken.get(query.kind, 0) < per_kind:
            taken[query.kind] = taken.get(query.kind, 0) + 1
            sample.append(query)
    return sample


def summary(result: MethodResult) -> dict:
    return {
        "quote_p50": ms(result.seconds, 0.5),
        "quote_p95": ms(result.seconds, 0.95),
        "quote_mean_s": statistics.mean(result.seconds),
        "page_p50": ms(result.page_seconds, 0.5),
        "page_p95": ms(result.page_seconds, 0.95),
        "recall": {kind: rate(h) for kind, h in result.hits.items()},
        "queries": sum(len(h) for h in result.hits.values()),
    }


def served_summary(served: dict) -> dict:
    return {
        "http_page_p50": ms(served["page_seconds"], 0.5),
        "http_page_p95": ms(served["page_seconds"], 0.95),
        "startup_s": served["startup"],
        "rss_mb": served["rss_mb"],
    }


def print_table(rows: list[dict], args) -> None:
    kinds = list(newsgen.VARIANT_KINDS)
    print(
        f"Matching benchmark, {date.today()}, {platform.machine()}, {os.cpu_count()} cores, "
        f"seed {args.seed}, {args.per_kind} queries per variant kind, "
        f"{args.unrelated} unrelated, {args.unrelated // 2} same-story, 50 common phrases\n"
    )
    print(
        "| method | quotations | build | file MB (raw MB) | index MB | memory MB "
        "| quote p50/p95 ms "
        "| page p50/p95 ms | " + " | ".join(kinds) + " | false: unrelated | false: same story "
        "| common phrase answered | x brute force |"
    )
    print(
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | "
        + " | ".join("---:" for _ in kinds)
        + " | ---: | ---: | ---: | ---: |"
    )
    brute = {r["size"]: r["quote_mean_s"] for r in rows if r["method"].startswith("brute")}
    for row in rows:
        print(_table_row(row, kinds, brute))
    for row in rows:
        if "http_page_p50" in row:
            print(
                f"\n{row['size']}: served over HTTP, page of 20 quotations p50 "
                f"{row['http_page_p50']} ms, p95 {row['http_page_p95']} ms; start-up to first "
                f"answer {row['startup_s']:.2f} s; server peak resident {row['rss_mb']:.0f} MB; "
                f"import {_build_time(row)}, again {row['reimport_s']:.0f} s"
            )


def _build_time(row: dict) -> str:
    """The build time of a row, said to be an earlier run's when the corpus was reused."""
    seconds = f"{row['build_s']:.0f} s"
    return f"{seconds} (reused: built {row['built_on']})" if row.get("built_on") else seconds


def _table_row(row: dict, kinds: list[str], brute: dict) -> str:
    recall = row["recall"]
    ratio = "—"
    if row["size"] in brute and not row["method"].startswith("brute"):
        ratio = f"{brute[row['size']] / row['quote_mean_s']:.0f}"
    memory = f"{row['rss_mb']:.0f}" if "rss_mb" in row else "—"
    cells = [
        row["method"],
        row["size"],
        _build_time(row),
        f"{row['file_mb']:.0f} ({row['raw_mb']:.0f})",
        f"{row['index_mb']:.1f}",
        memory,
        f"{row['quote_p50']} / {row['quote_p95']}",
        f"{row['page_p50']} / {row['page_p95']}",
        *[recall.get(kind, "—") for kind in kinds],
        recall.get("unrelated", "—"),
        recall.get("same story", "—"),
        recall.get("common phrase", "—"),
        ratio,
    ]
    return "| " + " | ".join(str(c) for c in cells) + " |"


if __name__ == "__main__":
    main()
