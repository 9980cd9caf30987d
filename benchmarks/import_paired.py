"""Paired timing of `quotetrail import`: this checkout's against another's, taking turns.

Each round imports the same JSONL file into a new corpus with each `quotetrail` executable
(`--base`: another checkout's, e.g. /work/main/.venv/bin/quotetrail), the two taking turns at
going first. Prints a table of wall time, CPU time (user + system, worker processes included) and
load average per run, and the medians of the ratios base / this. With `--same-rows` it then
checks that the two corpora of the last round hold the same rows (timestamps left out).

    .venv/bin/python benchmarks/import_paired.py --base /work/main/.venv/bin/quotetrail \\
        --source articles.jsonl --work /tmp/import-bench --rounds 3 --same-rows
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

THIS = str(Path(sys.executable).parent / "quotetrail")

# What must be the same in the two corpora: every table's rows but the times they were written.
ROW_QUERIES = {
    "outlets": "SELECT id, name, homepage FROM outlets ORDER BY id",
    "articles": "SELECT id, url, outlet_id, title, published, language, author, canonical_url, "
    "text, content_hash, reprint_of FROM articles ORDER BY id",
    "article_urls": "SELECT url_key, article_id FROM article_urls ORDER BY url_key",
    "quotations": "SELECT * FROM quotations ORDER BY id",
    "keys (vocab)": "SELECT term, doc, cnt FROM quotation_keys_vocab ORDER BY term",
    "keys (rows)": "SELECT term, doc FROM temp.key_rows ORDER BY term, doc",
    "key_counts": "SELECT key, quotations FROM key_counts ORDER BY key",
}


@dataclass(frozen=True)
class Run:
    who: str
    round: int
    wall: float
    cpu: float
    load: float


def timed_import(who: str, executable: str, source: str, db: Path, round_: int) -> Run:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [executable, "import", source, "--db", str(db)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(who, round_, wall, cpu, load)


def row_digests(db: Path) -> dict[str, tuple[int, str]]:
    """Each table's row count and a digest of its rows, in a stable order."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute(
        "CREATE VIRTUAL TABLE temp.key_rows USING fts5vocab(main, quotation_keys, instance)"
    )
    found = {}
    for name, query in ROW_QUERIES.items():
        digest, count = hashlib.sha256(), 0
        for row in conn.execute(query):
            digest.update(repr(tuple(row)).encode())
            count += 1
        found[name] = (count, digest.hexdigest()[:16])
    conn.close()
    return found


def print_table(runs: list[Run]) -> None:
    print("| round | code | wall s | CPU s (user+sys) | CPU % | load before |")
    print("| --- | --- | --- | --- | --- | --- |")
    for run in runs:
        share = 100 * run.cpu / run.wall
        print(
            f"| {run.round} | {run.who} | {run.wall:.1f} | {run.cpu:.1f} | {share:.0f}% "
            f"| {run.load:.2f} |"
        )


def print_ratios(runs: list[Run]) -> None:
    by_round: dict[int, dict[str, Run]] = {}
    for run in runs:
        by_round.setdefault(run.round, {})[run.who] = run
    walls = [pair["base"].wall / pair["this"].wall for pair in by_round.values()]
    cpus = [pair["base"].cpu / pair["this"].cpu for pair in by_round.values()]
    print()
    print(
        f"base / this, wall: {' '.join(f'{r:.2f}' for r in walls)} (median "
        f"{statistics.median(walls):.2f})"
    )
    print(
        f"base / this, CPU:  {' '.join(f'{r:.2f}' for r in cpus)} (median "
        f"{statistics.median(cpus):.2f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the other checkout's quotetrail")
    parser.add_argument("--source", required=True, help="the JSONL file both import")
    parser.add_argument("--work", type=Path, required=True, help="a folder for the corpora")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--first-round", type=int, default=1, help="2: this checkout goes first")
    parser.add_argument("--same-rows", action="store_true", help="compare the last corpora")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    codes = {"base": args.base, "this": THIS}
    runs = []
    for round_ in range(args.first_round, args.first_round + args.rounds):
        order = ("base", "this") if round_ % 2 else ("this", "base")
        for who in order:
            db = args.work / f"{who}.db"
            runs.append(timed_import(who, codes[who], args.source, db, round_))
            print(f"  {runs[-1]}", file=sys.stderr, flush=True)
    print_table(runs)
    print_ratios(runs)
    if args.same_rows:
        base, this = row_digests(args.work / "base.db"), row_digests(args.work / "this.db")
        print()
        print("| table | rows | same |")
        print("| --- | --- | --- |")
        for name in ROW_QUERIES:
            print(f"| {name} | {this[name][0]:,} | {'yes' if base[name] == this[name] else 'NO'} |")


if __name__ == "__main__":
    main()
