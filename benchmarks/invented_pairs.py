"""Matching measured on invented multi-outlet reports with judged pairs of quotations.

benchmarks/gold/pairs/ holds twenty sets of invented stories, each reported by two to five
outlets:
invented8 (96 articles, 342 judged pairs), invented9 (90 articles, 453), invented10 (90
articles, 468, heavy on translation), invented11 (90 articles of English outlets, 664),
invented12 (72 articles of English outlets, 580), invented13 (72 articles, 622, many short
fragments), invented14 (72 articles of English outlets, 835), invented15 (60 articles, 635),
invented16 (60 articles, 603, weighted to short fragments and parts sharing no word) and
invented17 (60 articles, 674), invented18 (67 articles, 943; scored blind in session 12, not
read since), invented19 (62 articles, 908, three stories translated; scored blind in session
13, read since), invented20 (67 articles, 1,091, one story translated; scored blind in session
14, read since), invented21 (65 articles, 1,034, four stories translated; scored blind in
session 15, read in session 16), invented22 (66 articles, 631, four stories translated and
one in Spanish; scored blind in session 16, not read), invented23 (68 articles, 1,120, three
stories with an outlet in German, Spanish or French; scored blind in session 17, not read) and
invented24 (68 articles, 853, heavy on reworded, cut, moved and longer renderings, three
stories with an outlet in German, Spanish or Portuguese; scored blind in session 18, read in
session 19) and invented25 (72 articles, 947, with stock phrases, denials, echoes and last
year's statements among its different pairs; scored blind in session 19, not read) and invented26
(75 articles, 1,282, eight stories translated by each outlet; scored blind in session 20, not
read) and invented27 (79 articles, 1,260, statements in 15 other languages; scored blind in
session 21, not read). A pair is two
quotations from two articles of one story, judged "same" (one statement: a reader of either
article should be shown the other's) or "different" (close in words, but another statement, which
must not be shown as a version). Helpers wrote and judged them without reading the matcher and
froze the judgements before running it; each set was scored once blind and has been a development
set since (see each folder's README for how it was made).

For each set, `corpus.jsonl` is imported into a fresh temporary SQLite file by the real
`quotetrail import`, and every article is matched against it by the real `quotetrail match
--jsonl` (with its own URL, never shown as a version). Then, for each judged pair in both
directions (a -> b):

- a's quotations are the extracted quotations of a's article covering at least half of the
  characters of a's judged quotation;
- a version of one of them shows b when it is an extracted quotation of b's article (the same
  words) that covers at least half of b's judged quotation or, for a "same" pair, of another
  quotation of b's article judged the same statement as a's;
- a "different" direction is shown *through a joined quotation* when the version, or a's
  quotation, also holds a quotation judged the same statement as the other side's: the extractor
  joined two statements (`"X," she said. "Y."`) into one quotation, so the version does hold the
  reader's statement, with another sentence attached.

Prints one table: per set, the "same" directions found (recall) and the "different" directions
shown (wrong versions), with those shown through a joined quotation counted apart.

    .venv/bin/python benchmarks/invented_pairs.py
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "benchmarks" / "gold" / "pairs"
SETS = (
    "invented8",
    "invented9",
    "invented10",
    "invented11",
    "invented12",
    "invented13",
    "invented14",
    "invented15",
    "invented16",
    "invented17",
    "invented18",
    "invented19",
    "invented20",
    "invented21",
    "invented22",
    "invented23",
    "invented24",
    "invented25",
    "invented26",
    "invented27",
)
HALF = 0.5


@dataclass(frozen=True)
class Quote:
    """A judged quotation: its article and its character spans in the article's text."""

    url: str
    spans: tuple[tuple[int, int], ...]


@dataclass
class Counts:
    same: int = 0
    found: int = 0
    different: int = 0
    shown: int = 0
    joined: int = 0

    def row(self, name: str) -> str:
        recall = self.found / self.same if self.same else 1.0
        wrong = self.shown / self.different if self.different else 0.0
        return (
            f"| {name} | {self.found}/{self.same} | {recall:.3f} | "
            f"{self.shown}/{self.different} | {wrong:.3f} | {self.joined} |"
        )


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower()))


def parts(quotation: dict) -> list[tuple[int, int]]:
    return [tuple(p) for p in quotation.get("parts") or [(quotation["start"], quotation["end"])]]


def covers(spans: list[tuple[int, int]], quote: Quote) -> bool:
    """Do `spans` (in the quote's article) cover at least half of the quote's characters?"""
    inside = sum(max(0, min(e, qe) - max(s, qs)) for s, e in spans for qs, qe in quote.spans)
    return inside >= HALF * sum(qe - qs for qs, qe in quote.spans)


def judged_quote(side: dict, texts: dict[str, str]) -> Quote:
    """invented8 gives a quotation's spans; invented9 its text, found in the article."""
    if "spans" in side:
        return Quote(side["url"], tuple(tuple(span) for span in side["spans"]))
    start = texts[side["url"]].find(side["quote"])
    if start < 0:
        sys.exit(f"judged quotation not in {side['url']}: {side['quote']!r}")
    return Quote(side["url"], ((start, start + len(side["quote"])),))


def quotetrail(*args: str, stdin: str | None = None) -> str:
    """Run the real CLI of this environment; stop on failure."""
    command = [str(Path(sys.executable).parent / "quotetrail"), *args]
    result = subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)
    if result.returncode:
        sys.exit(f"quotetrail {args[0]} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def match_corpus(corpus_path: Path, articles: list[dict]) -> dict[str, list[dict]]:
    """Each article's extracted quotations with their versions, from a fresh corpus."""
    with tempfile.TemporaryDirectory() as work:
        db = str(Path(work) / "corpus.db")
        quotetrail("import", "--db", db, str(corpus_path))
        lines = "".join(
            json.dumps({"id": a["url"], "url": a["url"], "text": a["text"]}) + "\n"
            for a in articles
        )
        output = quotetrail("match", "--db", db, "--jsonl", stdin=lines)
    answers = {answer["id"]: answer["quotes"] for answer in map(json.loads, output.splitlines())}
    missing = [a["url"] for a in articles if a["url"] not in answers]
    if missing:
        sys.exit(f"no match output for {len(missing)} articles, e.g. {missing[0]}")
    return answers


@dataclass
class Judged:
    """A set's match output and its judged "same" statements."""

    answers: dict[str, list[dict]]
    same_as: dict[Quote, set[Quote]]

    def extracted(self, quote: Quote) -> list[dict]:
        return [q for q in self.answers[quote.url] if covers(parts(q), quote)]

    def located(self, version: dict) -> list[dict]:
        """The extracted quotations of the version's article that have its words."""
        wanted = words(version["text"])
        return [q for q in self.answers.get(version["url"], []) if words(q["text"]) == wanted]

    def holds_same(self, quotation: dict, url: str, quote: Quote) -> bool:
        """Does `quotation`, in the article at `url`, cover a quotation judged same as `quote`?"""
        return any(s.url == url and covers(parts(quotation), s) for s in self.same_as[quote])

    def shown(self, a: Quote, b: Quote) -> Iterator[tuple[dict, dict]]:
        """(a's quotation, b's article's quotation) for each version of a's from b's article."""
        for mine in self.extracted(a):
            for version in mine.get("versions", []):
                if version["url"] == b.url:
                    for theirs in self.located(version):
                        yield mine, theirs


def found_same(judged: Judged, a: Quote, b: Quote) -> bool:
    return any(
        covers(parts(theirs), b) or judged.holds_same(theirs, b.url, a)
        for _, theirs in judged.shown(a, b)
    )


def shown_different(judged: Judged, a: Quote, b: Quote) -> tuple[bool, bool]:
    """Is b shown for a, and is every such version owed to a joined quotation?"""
    hits = [(mine, theirs) for mine, theirs in judged.shown(a, b) if covers(parts(theirs), b)]
    joined = all(
        judged.holds_same(theirs, b.url, a) or judged.holds_same(mine, a.url, b)
        for mine, theirs in hits
    )
    return bool(hits), bool(hits) and joined


def score_set(folder: Path) -> Counts:
    corpus_path = folder / "corpus.jsonl"
    articles = [json.loads(line) for line in corpus_path.open(encoding="utf-8")]
    texts = {a["url"]: a["text"] for a in articles}
    pairs = [json.loads(line) for line in (folder / "judged.jsonl").open(encoding="utf-8")]
    quoted = [(judged_quote(p["a"], texts), judged_quote(p["b"], texts), p) for p in pairs]
    same_as = defaultdict(set)
    for a, b, pair in quoted:
        if pair["judgement"] == "same":
            same_as[a].add(b)
            same_as[b].add(a)
    judged = Judged(match_corpus(corpus_path, articles), same_as)
    counts = Counts()
    for a, b, pair in quoted:
        for x, y in ((a, b), (b, a)):
            if pair["judgement"] == "same":
                counts.same += 1
                counts.found += found_same(judged, x, y)
            else:
                shown, joined = shown_different(judged, x, y)
                counts.different += 1
                counts.shown += shown
                counts.joined += joined
    return counts


def main() -> None:
    print(
        "| set | same: found | rate | different: shown | rate | of them through a joined "
        "quotation |\n| --- | ---: | ---: | ---: | ---: | ---: |"
    )
    for name in SETS:
        print(score_set(PAIRS / name).row(name))


if __name__ == "__main__":
    main()
