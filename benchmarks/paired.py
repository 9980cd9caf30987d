"""Paired timing in process: this checkout's code against another checkout's, same moment.

Two worker processes, one per checkout (`--base`: a directory holding another version of the
code, e.g. `git archive <commit> | tar -x -C DIR`), open the same corpus and answer in turn:
each quotation of `benchmarks/matching.py`'s query set (`versions_of`) and each of its pages of
20 (`match_page`), the two alternating which goes first. Prints p50/p95 of each and the median
of the item-by-item ratios base / this.

    .venv/bin/python benchmarks/paired.py --base DIR --db CORPUS.db --size 1m

`--base-env` and `--this-env` (NAME=VALUE, repeatable) set a worker's environment: the same code
with two settings (`--base .`), e.g. `--this-env QUOTETRAIL_READ_THREADS=2`. `--base-db` gives
the base its own copy of the corpus (older code refuses a newer schema).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def worker(root: Path, db: str, size: str, seed: int) -> None:
    """Answer "quote N" / "page N" lines on stdin with the seconds each took."""
    import time

    sys.path[:0] = [str(root), str(Path(__file__).resolve().parent)]
    # The code under `root` first: `matching` (this checkout's query set) finds it imported.
    from server import settings as settings_module
    from server.corpus import open_corpus
    from server.service import MatchPolicy, match_page, versions_of

    matching = importlib.import_module("matching")
    newsgen = importlib.import_module("newsgen")

    gen = newsgen.NewsGenerator(seed)
    policy = MatchPolicy.from_settings(settings_module.load())
    options = argparse.Namespace(per_kind=200, unrelated=1000, seed=seed)
    queries = matching.all_queries(gen, matching.SIZES[size], options)
    pages = matching.make_pages(queries, 100, seed)
    corpus = open_corpus(db)
    corpus.read_threads = _read_threads(settings_module.load({"DB_PATH": db}))
    print(json.dumps({"code": str(Path(sys.modules["server"].__file__).parent)}), file=sys.stderr)
    print(json.dumps({"quotes": len(queries), "pages": len(pages)}), flush=True)
    for line in sys.stdin:
        what, index = line.split()
        started = time.perf_counter()
        if what == "quote":
            versions_of(corpus, matching.as_quotation(queries[int(index)]), policy)
        else:
            match_page(corpus, pages[int(index)], policy)
        print(time.perf_counter() - started, flush=True)


def _read_threads(config: dict):
    """The read helpers `QUOTETRAIL_READ_THREADS` asks for, as the server starts them
    (none in code without them)."""
    try:
        from server.db import read_threads
    except ImportError:
        return None
    return read_threads(config)


def start(root: Path, db: str, args, settings: list[str]) -> subprocess.Popen:
    environment = dict(os.environ, PYTHONPATH=str(root))
    environment.update(setting.split("=", 1) for setting in settings)
    process = subprocess.Popen(
        [sys.executable, __file__, "--worker", str(root), "--db", db, "--size", args.size],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=environment,
    )
    return process


def ask(process: subprocess.Popen, request: str) -> float:
    process.stdin.write(request + "\n")
    process.stdin.flush()
    return float(process.stdout.readline())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path)
    parser.add_argument("--db", required=True)
    parser.add_argument("--base-db", help="the base's corpus (default: --db)")
    parser.add_argument("--size", default="1m")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--base-env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--this-env", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.db, args.size, args.seed)
        return
    workers = {
        "base": start(args.base.resolve(), args.base_db or args.db, args, args.base_env),
        "this": start(ROOT, args.db, args, args.this_env),
    }
    sizes = [json.loads(process.stdout.readline()) for process in workers.values()]
    times: dict[tuple[str, str], list[float]] = {}
    for round_ in range(args.rounds):
        for what in ("quote", "page"):
            for index in range(sizes[0][what + "s"]):
                order = ["base", "this"] if (index + round_) % 2 == 0 else ["this", "base"]
                for name in order:
                    times.setdefault((what, name), []).append(ask(workers[name], f"{what} {index}"))
    for process in workers.values():
        process.stdin.close()
        process.wait()
    for what in ("quote", "page"):
        base, this = times[what, "base"], times[what, "this"]
        ratio = statistics.median(b / t for b, t in zip(base, this, strict=True))
        print(
            f"{what}: base p50/p95 {percentile(base, 0.5):.2f} / {percentile(base, 0.95):.2f} ms,"
            f" this {percentile(this, 0.5):.2f} / {percentile(this, 0.95):.2f} ms;"
            f" base / this median ratio {ratio:.3f}, means {sum(base) / sum(this):.3f}"
        )


if __name__ == "__main__":
    main()
