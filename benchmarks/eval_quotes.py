"""Quotation and speaker extraction measured against annotated real news.

For each source of benchmarks/gold/ (annotations of the gold_text of the shared development
pages in ../shared/data/extraction/, whose text stays out of this repository):

- an annotated quotation is *found* when the extracted quotations cover at least 80% of its
  letters; recall = found / annotated;
- an extracted quotation is *right* when at least 80% of its letters lie inside annotated
  quotations; precision = right / extracted (so scare quotes, titles and names in quotation marks
  count against it);
- speaker accuracy: among the found quotations, the share whose speaker (compared case- and
  accent-insensitively) is the one of the extracted quotation covering most of it;
- named wrongly: among the found quotations, the share given a name that is not the annotated
  speaker (a wrong hint, worse than none: an empty speaker where one is annotated is not counted).

Prints one table: each source, news (fiction pages apart) and overall. Speed is measured by
benchmarks/quotes_speed.py (`make eval` runs both).

The same table ends with development sources that have no gold text, annotated on the text the
HTML step makes of the page (as the blind set below): benchmarks/gold/trafilatura.jsonl, mostly
German, Spanish and French news pages of the shared trafilatura set, and
benchmarks/gold/trafilatura-2.jsonl, 35 more such pages (German, Spanish, Portuguese), annotated
without the extractor in session 8 and scored once before any rule was read off it (see
benchmarks/gold/trafilatura-2.md). Their rows stay out of the news and all rows, which keep
counting the three gold-text sources.

A second table scores benchmarks/gold/blind/: English news pages of the shared trafilatura set,
annotated by reading, without running the extractor, after its rules were written, and never
used to tune them. Those pages have no gold text: the text is what `server.extraction` (the
HTML step of `import` and the API) makes of the page, checked against the annotated text's
SHA-256 (a page whose text changed, with another trafilatura, is reported and skipped).

    .venv/bin/python benchmarks/eval_quotes.py [--data ../shared/data/extraction] [--misses N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
BLIND = GOLD / "blind"
COVERED = 0.8
# Pages of the gold set that are fiction (a novella's and a web serial's dialogue), not news:
# reported apart, since the targets are for news.
FICTION = frozenset({"readability:clean-links", "readability:royal-road"})
# Development annotations made on the text of the page's HTML (no gold text): file stem ->
# (the shared source of the pages, the row's name).
FROM_HTML = {
    "trafilatura": ("trafilatura", "trafilatura (dev, mostly non-English)"),
    "trafilatura-2": ("trafilatura", "trafilatura set 2 (dev since session 8; de, es, pt)"),
    "trafilatura-3": ("trafilatura", "trafilatura set 3 (dev since session 11; de, fr, pl)"),
}


COUNTS = ("annotated", "found", "extracted", "right", "speakers_right", "speakers_wrong")


@dataclass
class Tally:
    annotated: int = 0
    found: int = 0
    extracted: int = 0
    right: int = 0
    speakers_right: int = 0
    speakers_wrong: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)

    def row(self, name: str) -> str:
        precision = self.right / self.extracted if self.extracted else 1.0
        recall = self.found / self.annotated if self.annotated else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        speakers = self.speakers_right / self.found if self.found else 1.0
        wrong = self.speakers_wrong / self.found if self.found else 0.0
        return (
            f"| {name} | {self.annotated} | {self.extracted} | {precision:.3f} | "
            f"{recall:.3f} | {f1:.3f} | {speakers:.3f} | {wrong:.3f} |"
        )


def letters(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def same_speaker(a: str | None, b: str | None) -> bool:
    from server.core.normalize import fold

    return (a is None and b is None) or (a is not None and b is not None and fold(a) == fold(b))


def score_page(text: str, gold: list[dict], found: list[dict]) -> Tally:
    tally = Tally(annotated=len(gold), extracted=len(found))
    gold_letters = (
        set().union(*(letters(text, q["start"], q["end"]) for q in gold)) if gold else set()
    )
    found_spans = [
        (quote, set().union(*(letters(text, s, e) for s, e in quote["parts"]))) for quote in found
    ]
    for quote, covered in found_spans:
        if covered and len(covered & gold_letters) >= COVERED * len(covered):
            tally.right += 1
        elif covered:
            tally.misses.append(f"  extra: {quote['text'][:90]!r}")
    for annotation in gold:
        wanted = letters(text, annotation["start"], annotation["end"])
        best = max(found_spans, key=lambda pair: len(pair[1] & wanted), default=None)
        all_found = set().union(*(c for _, c in found_spans)) if found_spans else set()
        if wanted and len(all_found & wanted) >= COVERED * len(wanted):
            tally.found += 1
            if best and same_speaker(best[0]["speaker"], annotation["speaker"]):
                tally.speakers_right += 1
            else:
                got = best[0]["speaker"] if best else None
                tally.speakers_wrong += got is not None
                tally.misses.append(
                    f"  speaker {got!r} for {annotation['speaker']!r}: {annotation['text'][:70]!r}"
                )
        else:
            tally.misses.append(f"  missed: {annotation['text'][:90]!r}")
    return tally


def pages(data: Path, source: str) -> list[tuple[str, str, list[dict]]]:
    texts = {}
    for line in (data / f"{source}.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        texts[record["id"]] = record["gold_text"] or ""
    gold = [json.loads(line) for line in (GOLD / f"{source}.jsonl").open(encoding="utf-8")]
    return [(g["id"], texts[g["id"]], g["quotes"]) for g in gold]


def blind_pages(data: Path, source: str) -> list[tuple[str, str, list[dict]]]:
    """The blind set's pages with the text the HTML step makes of them, as annotated."""
    return html_pages(data, source, BLIND / f"{source}.jsonl")


def html_pages(data: Path, source: str, annotations: Path) -> list[tuple[str, str, list[dict]]]:
    """Pages annotated on the text the HTML step makes of them, checked against its SHA-256."""
    from server.extraction import article_text

    html_paths = {}
    for line in (data / f"{source}.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        html_paths[record["id"]] = data / record["html_path"]
    found = []
    for line in annotations.open(encoding="utf-8"):
        gold = json.loads(line)
        text = annotated_html_text(html_paths[gold["id"]], gold["text_sha256"], article_text)
        if text is None:
            print(f"skipped {gold['id']}: its text is not the annotated one", file=sys.stderr)
            continue
        found.append((gold["id"], text, gold["quotes"]))
    return found


def annotated_html_text(path: Path, sha256: str, article_text) -> str | None:
    """The HTML step's text of the page as annotated: of its HTML read as UTF-8 or, for a page
    in another encoding (set 3's auto-presse.de, die-tagespost.de), of its bytes, which the
    HTML step decodes itself; None when neither is the annotated text."""
    html = path.read_text(encoding="utf-8", errors="replace")
    for given in (html, path.read_bytes()) if "\ufffd" in html else (html,):
        text = article_text(given)
        if hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256:
            return text
    return None


def score_source(records, misses: int, fiction: Tally | None = None, news: Tally | None = None):
    """One source's tally; pages also added to `fiction` or `news` when given."""
    answers = extract_all([text for _, text, _ in records])
    tally = Tally()
    for (page_id, text, gold), found in zip(records, answers, strict=True):
        page = score_page(text, gold, found)
        page.misses = [f"{page_id}:\n{m}" for m in page.misses]
        tally.add(page)
        if news is not None:
            (fiction if page_id in FICTION else news).add(page)
    if misses:
        print("\n".join(tally.misses[:misses]), file=sys.stderr)
    return tally


def extract_all(texts: list[str]) -> list[list[dict]]:
    """Run the real `quotetrail quotes --jsonl` over the texts: each text's quotations."""
    lines = "".join(
        json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts) if t.strip()
    )
    result = subprocess.run(
        [str(Path(sys.executable).parent / "quotetrail"), "quotes", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        check=False,
    )
    answers = {a["id"]: a["quotes"] for a in map(json.loads, result.stdout.splitlines())}
    return [answers.get(i, []) for i in range(len(texts))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per source")
    args = parser.parse_args()
    sources = sorted(p.stem for p in GOLD.glob("*.jsonl") if p.stem not in FROM_HTML)
    if not sources or not args.data.is_dir():
        sys.exit(f"need annotations in {GOLD} and the pages in {args.data}")
    header = (
        "| source | annotated | extracted | precision | recall | F1 | speakers | named wrongly |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    print(header)
    total, news, fiction = Tally(), Tally(), Tally()
    for source in sources:
        tally = score_source(pages(args.data, source), args.misses, fiction, news)
        print(tally.row(source))
        total.add(tally)
    print(news.row("**news** (all but fiction)"))
    print(fiction.row("fiction (2 pages)"))
    print(total.row("all"))
    for stem, (source, name) in FROM_HTML.items():
        annotations = GOLD / f"{stem}.jsonl"
        if annotations.exists():
            tally = score_source(html_pages(args.data, source, annotations), args.misses)
            print(tally.row(name))
    blind = sorted(p.stem for p in BLIND.glob("*.jsonl"))
    if blind:
        print("\nAnnotated blind (its pages never read to write rules):\n")
        print(header)
        for source in blind:
            tally = score_source(blind_pages(args.data, source), misses=0)  # stays blind
            print(tally.row(f"{source} (blind)"))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
