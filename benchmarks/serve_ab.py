"""Two QuoteTrail servers side by side: the same pages posted to one then the other.

Compares two versions of the code (or two settings) over HTTP at the same moment, so the load
of a shared machine weighs on both alike: each page goes to both servers, alternating which
goes first, and the ratio of their times is taken page by page.

    git archive <commit> | tar -x -C /tmp/before    # the code to compare against
    cp corpus.db before.db                            # older code may refuse a newer schema:
                                                      # then lower PRAGMA user_version on the copy
    .venv/bin/python benchmarks/serve_ab.py --a-code /tmp/before --a-db before.db --b-db corpus.db

Pages are made as `matching.py` makes them (20 labelled variants of statements of the corpus of
`--articles` articles, seed `--seed`); with `--unrelated`, of 20 new statements that have no
version in the corpus, as most quotations of a real page have none. `--a-env` and `--b-env`
(NAME=VALUE, repeatable) set a server's environment: the same code with two settings, e.g.
`--b-env QUOTETRAIL_READ_THREADS=2`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import matching  # noqa: E402
import newsgen  # noqa: E402


def start(db: str, code: str | None, settings: list[str]) -> tuple[int, subprocess.Popen]:
    """`quotetrail serve` on `db`, running the code in `code` (a source tree) when given, with
    `settings` (NAME=VALUE) in its environment."""
    port = matching._free_port()
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    env.update(setting.split("=", 1) for setting in settings)
    if code:
        env["PYTHONPATH"] = code
    command = [str(matching.BIN / "quotetrail"), "serve", "--db", db, "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return port, process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a-db", required=True)
    parser.add_argument("--a-code", help="source tree of server A (default: this checkout)")
    parser.add_argument("--b-db", required=True)
    parser.add_argument("--b-code", help="source tree of server B (default: this checkout)")
    parser.add_argument("--a-env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--b-env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument(
        "--unrelated",
        action="store_true",
        help="pages of new statements with no version in the corpus, as most of a real page's",
    )
    args = parser.parse_args()
    gen = newsgen.NewsGenerator(args.seed)
    if args.unrelated:
        queries = matching.unrelated_queries(gen, 1000, args.seed)
    else:
        queries = matching.labelled_queries(gen, args.articles, 200, args.seed)
    pages = matching.make_pages(queries, args.pages, args.seed, labelled_only=not args.unrelated)
    servers = {
        "A": start(args.a_db, args.a_code, args.a_env),
        "B": start(args.b_db, args.b_code, args.b_env),
    }
    try:
        for port, _ in servers.values():
            matching._first_answer(port, pages[0], time.perf_counter())
        seconds: dict[str, list[float]] = {name: [] for name in servers}
        for index, page in enumerate(pages):
            for name in ("A", "B") if index % 2 == 0 else ("B", "A"):
                started = time.perf_counter()
                matching._post(servers[name][0], page)
                seconds[name].append(time.perf_counter() - started)
        for name, (_, process) in servers.items():
            times = seconds[name]
            print(
                f"{name}: page p50 {matching.ms(times, 0.5)} ms, p95 {matching.ms(times, 0.95)} "
                f"ms, peak resident {matching._resident_mb(process.pid):.0f} MB"
            )
        ratios = [a / b for a, b in zip(seconds["A"], seconds["B"], strict=True)]
        print(f"A's time over B's, median of {len(ratios)} pages: {statistics.median(ratios):.2f}")
    finally:
        for _, process in servers.values():
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
