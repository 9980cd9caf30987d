"""The annotated sets of benchmarks/gold/ (the blind set apart): offsets that fit their pages.

`make eval` scores against these offsets; a span that has drifted from its page would score
a wrong quotation silently. The pages stay in ../shared: where they are absent, only the form
of the annotations is checked.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from server.extraction import article_text

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "benchmarks" / "gold").glob("*.jsonl"))
DATA = ROOT.parent / "shared" / "data" / "extraction"


def annotated_pages(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda path: path.stem)
def test_each_page_once_with_sorted_disjoint_trimmed_spans(path):
    pages = annotated_pages(path)
    assert len({page["id"] for page in pages}) == len(pages)
    for page in pages:
        previous_end = 0
        for quote in page["quotes"]:
            assert previous_end <= quote["start"] < quote["end"], (page["id"], quote)
            assert quote["end"] - quote["start"] == len(quote["text"]), (page["id"], quote)
            assert quote["text"] == quote["text"].strip(), (page["id"], quote)
            for field in ("speaker", "verb"):
                value = quote[field]
                assert value is None or (value and value == value.strip()), (page["id"], quote)
            previous_end = quote["end"]


def page_texts(path: Path) -> dict[str, str]:
    """Each page's text as annotated: its gold text, or the HTML step's text of its page (a
    second set of a source's pages is named after it: "trafilatura-2")."""
    records = {}
    source = path.stem.split("-", 1)[0]
    for line in (DATA / f"{source}.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        records[record["id"]] = record
    texts = {}
    for page in annotated_pages(path):
        record = records[page["id"]]
        if "text_sha256" in page:
            text = html_step_text(DATA / record["html_path"], page["text_sha256"])
        else:
            text = record["gold_text"] or ""
        texts[page["id"]] = text
    return texts


def html_step_text(path: Path, sha256: str) -> str:
    """The HTML step's text of a page, as annotated: of the HTML read as UTF-8 or, for a page
    in another encoding, of its bytes; it must be the text the annotation's hash names."""
    html = path.read_text(encoding="utf-8", errors="replace")
    text = article_text(html)
    if "\ufffd" in html and hashlib.sha256(text.encode("utf-8")).hexdigest() != sha256:
        text = article_text(path.read_bytes())
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == sha256, path
    return text


@pytest.mark.skipif(not DATA.is_dir(), reason="the shared pages are not here")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda path: path.stem)
def test_every_span_is_its_text_in_the_annotated_page(path):
    texts = page_texts(path)
    for page in annotated_pages(path):
        text = texts[page["id"]]
        for quote in page["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"], (page["id"], quote)


PAIRS = ROOT / "benchmarks" / "gold" / "pairs" / "real.jsonl"
JUDGEMENTS = {"same", "same article"}


def test_each_judged_pair_joins_two_pages_by_spans_that_are_not_empty():
    pairs = annotated_pages(PAIRS)
    assert pairs and {pair["judged"] for pair in pairs} == JUDGEMENTS
    for pair in pairs:
        assert pair["a"] != pair["b"], pair
        for side in "ab":
            start, end = pair[f"{side}_quote"]
            assert 0 <= start < end and len(pair[f"{side}_sha256"]) == 64, pair


@pytest.mark.skipif(not DATA.is_dir(), reason="the shared pages are not here")
def test_the_judged_pairs_pages_are_the_judged_texts():
    """The text `benchmarks/real_pairs.py` reads of each page: its gold text, or the HTML
    step's text of its page."""
    records = {}
    for source in {pair[side].split(":")[0] for pair in annotated_pages(PAIRS) for side in "ab"}:
        for line in (DATA / f"{source}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            records[record["id"]] = record
    for pair in annotated_pages(PAIRS):
        for side in "ab":
            record = records[pair[side]]
            text = record.get("gold_text") or article_text(
                (DATA / record["html_path"]).read_text(encoding="utf-8", errors="replace")
            )
            assert hashlib.sha256(text.encode("utf-8")).hexdigest() == pair[f"{side}_sha256"]
            assert pair[f"{side}_quote"][1] <= len(text)


INVENTED = ROOT / "benchmarks" / "gold" / "invented"


@pytest.mark.parametrize("folder", sorted(INVENTED.iterdir()), ids=lambda folder: folder.name)
def test_each_invented_span_is_its_text_in_its_story(folder):
    stories = annotated_pages(folder / "gold.jsonl")
    assert stories
    for story in stories:
        text = (folder / f"{story['id']}.txt").read_text(encoding="utf-8")
        previous_end = 0
        for quote in story["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"], (story["id"], quote)
            assert previous_end <= quote["start"], (story["id"], quote)
            previous_end = quote["end"]


@pytest.mark.parametrize("name", [f"invented{number}" for number in range(8, 16)])
def test_each_invented_pair_quotes_its_two_articles(name):
    folder = ROOT / "benchmarks" / "gold" / "pairs" / name
    texts = {a["url"]: a["text"] for a in annotated_pages(folder / "corpus.jsonl")}
    pairs = annotated_pages(folder / "judged.jsonl")
    assert {pair["judgement"] for pair in pairs} == {"same", "different"}
    for pair in pairs:
        for side in (pair["a"], pair["b"]):
            text = texts[side["url"]]
            pieces = [text[start:end] for start, end in side.get("spans", [])]
            if len(pieces) > 1:  # a quotation split by its attribution: each piece in the quote
                assert all(piece.strip(" ,.") in side["quote"] for piece in pieces), (name, side)
            else:
                assert side["quote"] in text, (name, side)
