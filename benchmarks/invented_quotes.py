"""Quotation and speaker extraction measured on invented news stories.

benchmarks/gold/invented/ holds sets of invented news stories (`NN.txt`, headline first) with
their direct quotations annotated in `gold.jsonl` (`{"id", "language", "quotes": [{"text",
"start", "end", "speaker", ...}]}`; a set without `language` is English): set8 (60 stories in
English, German, Spanish, French and Portuguese), set9 (50 stories, the same languages), set10
and set11 (45 stories each, 35 of them English), set12 (36 long stories, 30 of them English,
with the clutter an article extractor leaves in: headlines, captions, "Read more" lines), set13
(27 stories, 21 of them English), set14 (30 English stories, a third with page clutter),
set15 (25 English stories), set16 (25 English stories from outlets of ten countries), set17 (25
stories, 8 of them French, German or Spanish), set18 (24 stories, 6 of them German, French,
Spanish or Portuguese; scored blind in session 12, not read since but for a changed answer),
set19 and set20 (24 stories each, 8 and 10 of them in the other four languages; read in session
13), set21 (24 stories, 8 in other languages; scored blind in session 13, read in session 14),
set22 (24 stories, 7 in other languages; scored blind in session 14, read since), set23 (24
stories, 7 in other languages; scored blind in session 14, read in session 15), set24 and set25
(24 stories each, 10 in other languages; scored blind in session 15, read in session 16), set26
(24 stories, 12 in other languages; scored blind in session 16), set27, set28, set29 and set30 (24
stories each, 12 in other languages; scored blind in sessions 17, 18, 19 and 20, read since),
set31 (24 stories, 12 in other languages; scored blind in session 21, not read) and probes8 (45
English stories). Helpers who
never saw the extractor, its rules or its output wrote and annotated them by reading, following
the convention of benchmarks/gold/blind/README.md. Each set was scored once blind and has been a
development set since: its stories may be read to write rules. Each folder's README says how its
set was made, how it decided hard cases and its counts.

Every story goes through the real `quotetrail quotes --jsonl` and is scored as
benchmarks/eval_quotes.py scores a page (its `score_page`, `Tally` and `extract_all`): found,
right, speakers and named wrongly have the same meaning there. Prints one table: for each set,
a row per language and an "all" row.

    .venv/bin/python benchmarks/invented_quotes.py [--misses N]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INVENTED = ROOT / "benchmarks" / "gold" / "invented"
sys.path.insert(0, str(ROOT))

from benchmarks.eval_quotes import Tally, extract_all, score_page  # noqa: E402

HEADER = (
    "| set, language | annotated | extracted | precision | recall | F1 | speakers "
    "| named wrongly |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
)


@dataclass(frozen=True)
class Story:
    id: str
    language: str
    text: str
    quotes: list[dict]


def stories_of(folder: Path) -> list[Story]:
    """A set's stories with their annotations, in the order of its gold.jsonl."""
    stories = []
    for line in (folder / "gold.jsonl").open(encoding="utf-8"):
        gold = json.loads(line)
        text = (folder / f"{gold['id']}.txt").read_text(encoding="utf-8")
        stories.append(Story(gold["id"], gold.get("language", "en"), text, gold["quotes"]))
    return stories


def score_set(stories: list[Story]) -> dict[str, Tally]:
    """One tally per language, in the order the languages first appear."""
    answers = extract_all([story.text for story in stories])
    tallies: dict[str, Tally] = {}
    for story, found in zip(stories, answers, strict=True):
        page = score_page(story.text, story.quotes, found)
        page.misses = [f"{story.id}:\n{miss}" for miss in page.misses]
        tallies.setdefault(story.language, Tally()).add(page)
    return tallies


def print_set(name: str, tallies: dict[str, Tally], misses: int) -> None:
    total = Tally()
    for language, tally in tallies.items():
        print(tally.row(f"{name} {language}"))
        total.add(tally)
    print(total.row(f"**{name} all**"))
    if misses:
        print(f"{name}:", "\n".join(total.misses[:misses]), sep="\n", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per set")
    args = parser.parse_args()
    sets = sorted(path.parent for path in INVENTED.glob("*/gold.jsonl"))
    if not sets:
        sys.exit(f"no sets in {INVENTED}")
    print(HEADER)
    for folder in sets:
        print_set(folder.name, score_set(stories_of(folder)), args.misses)


if __name__ == "__main__":
    main()
