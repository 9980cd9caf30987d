"""Matching on real pages: which other pages' quotations does each page get as versions?

Every page of the shared extraction set (../shared/data/extraction: zyte, newspaper,
readability with their gold text; trafilatura through the HTML step, as `import` and the API
read a page) is imported into one corpus, each page its own outlet, by the real importer. Each
page is then matched against the others, as `POST /api/v1/match` matches it. A few of those
pages report the same statements (the same press release, interview or speech in two outlets);
all the rest are unrelated, so every other version shown is a wrong hint.

`benchmarks/gold/pairs/real.jsonl` holds the pairs judged by reading: a quotation of one page
(its offsets into that page's text) and one of another, `"same"` (one statement: a reader of
either page should see the other's) or `"same article"` (one article copied whole: the page's
own article, never shown). The pairs come from reading every version this script showed and
every pair of quotations of two pages that brute-force rapidfuzz (`token_set_ratio` >= 70 on
the normalised words, four words or more) put together; the texts stay in ../shared. Printed:
the judged pairs found in each direction, and each version shown that no judged pair accounts
for (`--show` prints their texts, to judge them).

    .venv/bin/python benchmarks/real_pairs.py [--data ../shared/data/extraction] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server import settings  # noqa: E402
from server.corpus import open_corpus  # noqa: E402
from server.extraction import article_text  # noqa: E402
from server.importer import Limits, import_sources  # noqa: E402
from server.service import MatchPolicy, match_page  # noqa: E402

JUDGED = ROOT / "benchmarks" / "gold" / "pairs" / "real.jsonl"
SOURCES = ("zyte", "newspaper", "readability", "trafilatura")
MIN_TEXT_CHARS = 200


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    text: str


@dataclass(frozen=True)
class Shown:
    """A version shown on page `page` for its quotation at `start`-`end`: `other`'s quotation."""

    page: str
    start: int
    end: int
    other: str
    relation: str
    quote: str
    version: str


def pages_of(data: Path) -> list[Page]:
    """The shared pages with text enough to quote from, each with a URL of its own."""
    pages = []
    for source in SOURCES:
        for line in (data / f"{source}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            text = record.get("gold_text") or ""
            if not text and record.get("html_path"):
                html = (data / record["html_path"]).read_text(encoding="utf-8", errors="replace")
                text = article_text(html)
            if len(text) >= MIN_TEXT_CHARS:
                digest = hashlib.sha1(record["id"].encode()).hexdigest()[:16]
                pages.append(Page(record["id"], f"https://{source}.pages.example/{digest}", text))
    return pages


def build_corpus(pages: list[Page], work: Path) -> str:
    source = work / "pages.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for page in pages:
            article = {"url": page.url, "outlet": page.id, "published": None, "text": page.text}
            out.write(json.dumps(article) + "\n")
    db = str(work / "corpus.db")
    corpus = open_corpus(db)
    try:
        report = import_sources(corpus, [str(source)], Limits.from_settings(settings.load()))
    finally:
        corpus.close()
    print(f"imported {report.new} pages ({len(report.failed)} failed)", file=sys.stderr)
    return db


def versions_shown(pages: list[Page], db: str) -> list[Shown]:
    policy = MatchPolicy.from_settings(settings.load())
    by_url = {page.url: page.id for page in pages}
    shown = []
    corpus = open_corpus(db)
    try:
        for page in pages:
            for quotation, versions in match_page(corpus, page.text, policy, url=page.url):
                shown += [
                    Shown(
                        page.id,
                        quotation.start,
                        quotation.end,
                        by_url[version.candidate.url],
                        version.relation,
                        quotation.text,
                        version.candidate.text,
                    )
                    for version in versions
                ]
    finally:
        corpus.close()
    return shown


def accounts_for(pair: dict, side: str, shown: Shown) -> bool:
    """Is `shown` the version of `pair` seen from its `side` ("a" or "b")?"""
    other = "b" if side == "a" else "a"
    start, end = pair[f"{side}_quote"]
    return (
        shown.page == pair[side]
        and shown.other == pair[other]
        and min(end, shown.end) - max(start, shown.start) > (end - start) / 2
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/extraction")
    parser.add_argument("--show", action="store_true", help="print the unjudged versions' texts")
    args = parser.parse_args()
    pages = pages_of(args.data)
    texts = {page.id: page.text for page in pages}
    judged = [json.loads(line) for line in JUDGED.open(encoding="utf-8")]
    for pair in judged:
        for side in "ab":
            digest = hashlib.sha256(texts[pair[side]].encode()).hexdigest()
            if digest != pair[f"{side}_sha256"]:
                print(f"{pair[side]}: its text is not the judged one", file=sys.stderr)
    with tempfile.TemporaryDirectory() as work:
        shown = versions_shown(pages, build_corpus(pages, Path(work)))
    report(pages, judged, shown, args.show)


def report(pages: list[Page], judged: list[dict], shown: list[Shown], show: bool) -> None:
    quotations = len({(s.page, s.start) for s in shown})
    print(f"{len(pages)} pages; {len(shown)} versions shown, on {quotations} quotations\n")
    print("| judged | pairs | found from a | found from b | found from both |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kind in ("same", "same article"):
        pairs = [pair for pair in judged if pair["judged"] == kind]
        found = [[any(accounts_for(p, side, s) for s in shown) for side in "ab"] for p in pairs]
        both = sum(a and b for a, b in found)
        row = (kind, len(pairs), sum(a for a, _ in found), sum(b for _, b in found), both)
        print("| " + " | ".join(map(str, row)) + " |")
    unjudged = [s for s in shown if not any(accounts_for(p, x, s) for p in judged for x in "ab")]
    print(f"\nversions shown that no judged pair accounts for: {len(unjudged)}")
    for s in unjudged:
        print(f"  {s.page} [{s.start}:{s.end}] -> {s.other} ({s.relation})")
        if show:
            print(f"    {s.quote!r}\n    {s.version!r}")
    for pair in judged:
        for side, other in (("a", "b"), ("b", "a")):
            if pair["judged"] == "same" and not any(accounts_for(pair, side, s) for s in shown):
                start, end = pair[f"{side}_quote"]
                print(f"missed: {pair[side]} [{start}:{end}] -> {pair[other]}")


if __name__ == "__main__":
    main()
