"""Quotation extraction speed on real news prose, as a ratio against a baseline of the same run.

The prose is the gold article text of the shared development pages (not in this repository).
Baseline: QuoteTrail's normalisation of the same text (one regex pass with case and accent
folding), so the ratio says how many such passes extraction costs, whatever the machine's load.
Also times `quotetrail quotes --jsonl` end to end (process start, JSON in and out) on the texts
four times over (about 5 MB), so the 0.2 s of process start-up does not dominate.

With --against CHECKOUT (another checkout of QuoteTrail with its own .venv, e.g. main's), both
checkouts are timed in fresh processes, taking turns, for --rounds rounds: `find_quotations()`
(best of three passes per process) and the CLI. The table gives each one's median wall and CPU
seconds and this checkout's speed as a ratio of the other's, the figure that a loaded machine
leaves intact; CPU seconds leave out the time spent waiting for a core.

    .venv/bin/python benchmarks/quotes_speed.py [--data ../shared/data/extraction] [--rounds 3]
    .venv/bin/python benchmarks/quotes_speed.py --against ../main --rounds 7
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
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


def jsonl_lines(texts: list[str]) -> str:
    return "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))


def cli_seconds(lines: str, python: Path = Path(sys.executable)) -> float:
    """Seconds `quotetrail quotes --jsonl` of the environment of `python` takes over `lines`."""
    return cli_times(lines, python)[0]


def cli_times(lines: str, python: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `quotetrail quotes --jsonl` over `lines`; the CPU time (user and
    system) is what other jobs on a shared machine leave alone."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [str(python.parent / "quotetrail"), "quotes", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime


# Run by a checkout's own Python: its find_quotations() over the texts in a JSON file, best of
# three passes in one fresh process, in wall and in CPU seconds.
_EXTRACTION_SNIPPET = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from server.core.quotes import find_quotations
texts = json.load(open(sys.argv[2], encoding="utf-8"))
wall = cpu = float("inf")
for _ in range(3):
    started, used = time.perf_counter(), time.process_time()
    for text in texts:
        find_quotations(text)
    wall = min(wall, time.perf_counter() - started)
    cpu = min(cpu, time.process_time() - used)
print(wall, cpu)
"""

_STEPS = ("find_quotations()", "quotetrail quotes --jsonl")


def extraction_times(checkout: Path, texts_file: Path) -> tuple[float, float]:
    python = checkout / ".venv" / "bin" / "python"
    command = [str(python), "-c", _EXTRACTION_SNIPPET, str(checkout), str(texts_file)]
    wall, cpu = subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()
    return float(wall), float(cpu)


def compare(texts: list[str], against: Path, rounds: int, megabytes: float) -> None:
    """This checkout and `against`, taking turns in fresh processes; medians and ratios."""
    checkouts = {"this checkout": ROOT, str(against): against.resolve()}
    lines = jsonl_lines(texts * _CLI_REPEATS)
    times: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        texts_file = Path(folder) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        for round_number in range(rounds):
            order = list(checkouts.items())
            for name, checkout in order if round_number % 2 == 0 else reversed(order):
                python = checkout / ".venv" / "bin" / "python"
                times.setdefault((name, _STEPS[0]), []).append(
                    extraction_times(checkout, texts_file)
                )
                wall, cpu = cli_times(lines, python)
                times.setdefault((name, _STEPS[1]), []).append(
                    (wall / _CLI_REPEATS, cpu / _CLI_REPEATS)
                )
    print(f"{rounds} rounds, taking turns; median seconds per pass over {megabytes:.2f} MB\n")
    print("| step | checkout | wall s | CPU s | CPU MB/s | x other, wall | x other, CPU |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for step in _STEPS:
        medians = {
            name: [statistics.median(run[i] for run in times[(name, step)]) for i in (0, 1)]
            for name in checkouts
        }
        other = medians[str(against)]
        for name, (wall, cpu) in medians.items():
            print(
                f"| {step} | {name} | {wall:.3f} | {cpu:.3f} | {megabytes / cpu:.2f} "
                f"| {other[0] / wall:.2f} | {other[1] / cpu:.2f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, metavar="CHECKOUT", help="compare with this one")
    args = parser.parse_args()
    texts = articles(args.data)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    if args.against:
        compare(texts, args.against, args.rounds, megabytes)
        return
    quotes = sum(len(find_quotations(t)) for t in texts)
    baseline = best_seconds(normalize, texts, args.rounds)
    extraction = best_seconds(find_quotations, texts, args.rounds)
    end_to_end = cli_seconds(jsonl_lines(texts * _CLI_REPEATS)) / _CLI_REPEATS
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
