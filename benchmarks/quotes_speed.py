"""Quotation extraction speed on real news prose, as a ratio against a baseline of the same run.

The prose is the gold article text of the shared development pages (not in this repository).
Baseline: QuoteTrail's normalisation of the same text (one regex pass with case and accent
folding), so the ratio says how many such passes extraction costs, whatever the machine's load.
Also times `quotetrail quotes --jsonl` end to end (process start, JSON in and out) on the texts
four times over (about 5 MB), so the 0.2 s of process start-up does not dominate.

    .venv/bin/python benchmarks/quotes_speed.py [--data ../shared/data/extraction] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CLI_REPEATS = 4
sys.path.insert(0, str(ROOT))

from server.core.normalize import normalize  # noqa: E402
from server.core.quotes import find_quotations  # noqa: E402


def articles(data: Path) -> list[str]:
    texts = []
    for source in ("zyte", "readability", "newspaper"):
        for line in (data / f"{source}.jsonl").open(encoding="utf-8"):
            text = json.loads(line)["gold_text"]
            if text.strip():
                texts.append(text)
    return texts


def best_seconds(work, texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            work(text)
        best = min(best, time.perf_counter() - started)
    return best


def cli_seconds(texts: list[str]) -> float:
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    started = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "quotetrail"), "quotes", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = articles(args.data)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    quotes = sum(len(find_quotations(t)) for t in texts)
    baseline = best_seconds(normalize, texts, args.rounds)
    extraction = best_seconds(find_quotations, texts, args.rounds)
    end_to_end = cli_seconds(texts * _CLI_REPEATS) / _CLI_REPEATS
    print(f"{len(texts)} articles, {megabytes:.2f} MB of text, {quotes} quotations found\n")
    print("| step | seconds | MB/s | x baseline |")
    print("| --- | ---: | ---: | ---: |")
    for name, seconds in [
        ("baseline: normalize()", baseline),
        ("find_quotations()", extraction),
        ("quotetrail quotes --jsonl", end_to_end),
    ]:
        print(f"| {name} | {seconds:.2f} | {megabytes / seconds:.2f} | {seconds / baseline:.1f} |")


if __name__ == "__main__":
    main()
