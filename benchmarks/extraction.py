"""Article extraction quality on real news pages: token precision, recall and F1 against gold.

Reads the shared development pages (../shared/data/extraction/, not part of this repository),
runs each extractor on each page, and prints one table with a row per source and extractor,
scored as the benchmarks score (bag of whitespace tokens, averaged over pages). The extractors:
the core's BeautifulSoup reduction (`core.text.html_to_text`, the fallback when trafilatura finds
no article) and trafilatura as sync, `import` and the API call it (`server.extraction`); both then
have the seed-style
boilerplate blanked. Time is given against the BeautifulSoup extractor's, measured in the same
run. For the snippet set it prints the share of must-have snippets found and of must-not snippets
avoided.

    .venv/bin/python benchmarks/extraction.py [--data ../shared/data/extraction]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.core.text import blank_boilerplate, html_to_text  # noqa: E402
from server.extraction import article_text  # noqa: E402

GOLD_SOURCES = ("zyte", "readability", "newspaper")
EXTRACTORS = {"beautifulsoup": html_to_text, "trafilatura": article_text}


def kept_words(extractor, html: str) -> str:
    """What QuoteTrail keeps of a page: its article paragraphs, boilerplate blanked."""
    return " ".join(blank_boilerplate(extractor(html)).split())


def token_scores(found: str, gold: str) -> tuple[float, float, float]:
    got, want = Counter(found.split()), Counter(gold.split())
    shared = sum((got & want).values())
    precision = shared / max(sum(got.values()), 1)
    recall = shared / max(sum(want.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def read_page(data: Path, row: dict) -> str:
    return (data / row["html_path"]).read_bytes().decode("utf-8", errors="replace")


def gold_table(data: Path) -> list[str]:
    lines = [
        "| source | pages | extractor | precision | recall | F1 | time x beautifulsoup |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for source in GOLD_SOURCES:
        rows = [json.loads(line) for line in (data / f"{source}.jsonl").open(encoding="utf-8")]
        pages = [read_page(data, row) for row in rows]
        baseline = None
        for name, extractor in EXTRACTORS.items():
            started = time.perf_counter()
            found = [kept_words(extractor, page) for page in pages]
            seconds = time.perf_counter() - started
            baseline = baseline or seconds
            scores = [
                token_scores(text, row["gold_text"]) for text, row in zip(found, rows, strict=True)
            ]
            mean = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
            lines.append(
                f"| {source} | {len(rows)} | {name} | {mean[0]:.3f} | {mean[1]:.3f} "
                f"| {mean[2]:.3f} | {seconds / baseline:.1f} |"
            )
    return lines


def snippet_table(data: Path) -> list[str]:
    rows = [json.loads(line) for line in (data / "trafilatura.jsonl").open(encoding="utf-8")]
    pages = [read_page(data, row) for row in rows]
    lines = [
        "| source | pages | extractor | must-have found | must-not avoided |",
        "| --- | ---: | --- | ---: | ---: |",
    ]
    for name, extractor in EXTRACTORS.items():
        found_with = total_with = avoided = total_without = 0
        for page, row in zip(pages, rows, strict=True):
            text = kept_words(extractor, page)
            for snippet in row["gold_with"]:
                total_with += 1
                found_with += " ".join(snippet.split()) in text
            for snippet in row["gold_without"]:
                total_without += 1
                avoided += " ".join(snippet.split()) not in text
        lines.append(
            f"| trafilatura | {len(rows)} | {name} | {found_with / total_with:.3f} "
            f"| {avoided / total_without:.3f} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"no extraction data at {args.data}")
    print("\n".join(gold_table(args.data)))
    print()
    print("\n".join(snippet_table(args.data)))


if __name__ == "__main__":
    main()
