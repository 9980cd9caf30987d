"""Load: clients posting real articles to a real backend while a sync writes to its corpus.

1. A corpus is built from the seeds and the gold text of the shared zyte and newspaper pages.
2. `quotetrail serve` runs on a free 127.0.0.1 port; a local site (tests/sites.py) serves a feed
   of generated stories that `quotetrail sync` fetches and writes, in its own process.
3. Baseline phase: the clients alone. Load phase: the clients while the sync writes.

Every answer is checked: status 200, the quotations exactly those the extractor finds in the
posted text, and every version's diff rebuilding its text. Prints one table.

    .venv/bin/python benchmarks/load.py [--clients 8] [--seconds 60] [--baseline-seconds 15]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from sites import Site, free_port, newsroom  # noqa: E402

from server.core.quotes import find_quotations  # noqa: E402

QUOTETRAIL = str(Path(sys.executable).parent / "quotetrail")
STORIES = 4000


@dataclass
class Phase:
    latencies: list[float] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    lock = threading.Lock()

    def add(self, seconds: float, problem: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if problem:
                self.wrong.append(problem)


def real_articles(data: Path) -> list[dict]:
    articles = []
    for source in ("zyte", "newspaper"):
        for line in (data / f"{source}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            if (record["gold_text"] or "").strip():
                articles.append(
                    {
                        "url": f"https://{source}.example/{len(articles)}",
                        "outlet": source,
                        "text": record["gold_text"],
                    }
                )
    return articles


def start_backend(db: str, env: dict) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [QUOTETRAIL, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the backend did not start")


def check(answer: dict, expected: list[tuple]) -> str | None:
    got = [(q["text"], q["start"], q["end"]) for q in answer["quotes"]]
    if got != expected:
        return "quotations differ from the extractor's"
    for quote in answer["quotes"]:
        for version in quote["versions"]:
            if "".join(s["b"] for s in version["diff"]) != version["text"]:
                return "a diff does not rebuild its version"
    return None


def client(port: int, payloads: list[tuple[bytes, list]], phase: Phase, stop: float) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    index = 0
    while time.monotonic() < stop:
        body, expected = payloads[index % len(payloads)]
        index += 1
        started = time.perf_counter()
        try:
            connection.request(
                "POST", "/api/v1/match", body=body, headers={"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            raw = response.read()
            problem = None if response.status == 200 else f"{response.status}: {raw[:200]!r}"
            problem = problem or check(json.loads(raw), expected)
        except (OSError, http.client.HTTPException, ValueError) as error:
            problem = f"{type(error).__name__}: {error}"
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        phase.add(time.perf_counter() - started, problem)


def run_phase(port: int, payloads, clients: int, seconds: float) -> Phase:
    phase = Phase()
    stop = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, payloads[i:] + payloads[:i], phase, stop))
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return phase


def articles_in(db: str) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
        return reader.execute("SELECT count(*) FROM articles").fetchone()[0]


def row(name: str, phase: Phase, seconds: float) -> str:
    ms = sorted(x * 1000 for x in phase.latencies)
    p95 = ms[int(len(ms) * 0.95) - 1] if ms else 0
    locked = sum("locked" in w for w in phase.wrong)
    return (
        f"| {name} | {len(ms)} | {len(ms) / seconds:.1f} | {statistics.median(ms):.0f} | "
        f"{p95:.0f} | {ms[-1]:.0f} | {len(phase.wrong)} | {locked} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--baseline-seconds", type=float, default=15)
    args = parser.parse_args()
    env = {**os.environ, "QUOTETRAIL_SYNC_HOST_DELAY": "0"}
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "corpus.db")
        articles = real_articles(args.data)
        source = Path(folder) / "articles.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        subprocess.run(
            [QUOTETRAIL, "import", "--db", db, str(ROOT / "seeds"), str(source)],
            check=True,
            capture_output=True,
            env=env,
        )
        texts = [a["text"] for a in articles[:60]]
        payloads = [
            (
                json.dumps({"text": t}).encode(),
                [(q.text, q.start, q.end) for q in find_quotations(t)],
            )
            for t in texts
        ]
        backend, port = start_backend(db, env)
        site = Site()
        try:
            newsroom(site, STORIES)
            sources = Path(folder) / "sources.toml"
            sources.write_text(
                f'[[outlets]]\nname = "Load News"\nhomepage = "{site.url}/"\n'
                f'feeds = ["{site.url}/feed"]\n',
                encoding="utf-8",
            )
            baseline = run_phase(port, payloads, args.clients, args.baseline_seconds)
            before = articles_in(db)
            sync = subprocess.Popen(
                [QUOTETRAIL, "sync", "--sources", str(sources), "--db", db],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
            loaded = run_phase(port, payloads, args.clients, args.seconds)
            written = articles_in(db) - before
            sync.terminate()
            sync.wait()
        finally:
            site.stop()
            backend.terminate()
            backend.wait()
    print(
        f"{args.clients} clients, {len(payloads)} real articles posted in turn "
        f"({sum(len(e) for _, e in payloads)} quotations); the sync wrote {written} articles "
        f"during the load phase.\n"
    )
    print("| phase | requests | per s | p50 ms | p95 ms | max ms | wrong answers | locked |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(row(f"clients alone ({args.baseline_seconds:.0f} s)", baseline, args.baseline_seconds))
    print(row(f"clients + sync ({args.seconds:.0f} s)", loaded, args.seconds))
    ratio = statistics.median(loaded.latencies) / statistics.median(baseline.latencies)
    print(f"\np50 with the sync writing: {ratio:.2f} x the clients-alone p50 of the same run.")
    for problem in sorted(set(baseline.wrong + loaded.wrong))[:10]:
        print("wrong:", problem)


if __name__ == "__main__":
    main()
