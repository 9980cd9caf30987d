"""Why the matching benchmark's misses are missed: one line per missed labelled query.

For each labelled query of `benchmarks/matching.py` that QuoteTrail does not answer with its
source first, says where the source was lost:

- `index`: no key group of the query found the source (the index never returns it);
- `rank N`: found, but ranked N-th by `_ranked`, beyond the candidates the matcher sees;
- `matcher`: among the candidates, but `compare_wordings` says it is another statement;
- `speaker`: compared as a version, dropped by the other-speaker rule;
- `order`: kept as a version, but another version is shown first.

    .venv/bin/python benchmarks/misses.py --db CORPUS.db --size 100k [--kinds reworded,ellipsis]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsgen  # noqa: E402
from matching import SIZES, _judge, as_quotation, labelled_queries, product_method  # noqa: E402

from server import settings as settings_module  # noqa: E402
from server.core.match import Wording, _other_speakers_variant, compare_wordings  # noqa: E402
from server.corpus import _add_weights, _keys_of, _ranked, open_corpus  # noqa: E402
from server.service import MatchPolicy  # noqa: E402


def lookup_sets(text: str, corpus, stretches: int) -> list[tuple[list[str], int]]:
    """The index queries of a quotation, by this checkout's code (`lookups`), or by the code
    before it (`key_groups` read by `rarest_keys`) when run on an older checkout."""
    from server.core import keys as core_keys

    found = _keys_of(text)
    keys = found.keys if hasattr(found, "keys") else found
    counts = corpus._key_counts(keys)
    if hasattr(core_keys, "lookups"):
        return core_keys.lookups(found, counts, stretches=stretches)
    groups = core_keys.key_groups(keys, stretches=stretches)
    return [(core_keys.rarest_keys(group, counts), 1) for group in groups]


def source_ids(corpus, source: str) -> set[int]:
    rows = corpus.conn.execute("SELECT id FROM quotations WHERE normalized = ?", (source,))
    return {row[0] for row in rows}


def cause(corpus, query, policy) -> str:
    sources = source_ids(corpus, query.source)
    lookups = lookup_sets(query.text, corpus, policy.lookup_groups)
    found = corpus._index_hits([keys for keys, _ in lookups], policy.group_rows)
    weight: dict[int, float] = {}
    for quote_ids, (_, times) in zip(found, lookups, strict=True):
        _add_weights(weight, quote_ids, times)
    ranked = _ranked(weight, len(weight))
    places = [place for place, qid in enumerate(ranked, 1) if qid in sources]
    if not places:
        return "index"
    if places[0] > policy.candidates_per_quote:
        return f"rank {places[0]}"
    quotation = as_quotation(query)
    page = Wording.of(query.text)
    source_id = ranked[places[0] - 1]
    candidate = corpus._quotation_rows([source_id])[source_id]
    other = Wording.of(candidate.text, candidate.normalized)
    found = compare_wordings(
        page,
        other,
        score_cutoff=policy.score_cutoff,
        min_fragment_words=policy.min_fragment_words,
    )
    if found is None:
        return "matcher"
    if _other_speakers_variant(quotation, candidate, found, page, other):
        return "speaker"
    return "order"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--size", default="100k")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--kinds", default=",".join(newsgen.VARIANT_KINDS))
    args = parser.parse_args()
    gen = newsgen.NewsGenerator(args.seed)
    policy = MatchPolicy.from_settings(settings_module.load())
    queries = labelled_queries(gen, SIZES[args.size], args.per_kind, args.seed)
    kinds = args.kinds.split(",")
    corpus = open_corpus(str(args.db))
    tally: Counter[tuple[str, str]] = Counter()
    try:
        for query in queries:
            if query.kind not in kinds:
                continue
            versions = product_method(corpus, as_quotation(query), policy)
            if _judge(query, versions):
                continue
            why = cause(corpus, query, policy)
            tally[query.kind, why.split()[0]] += 1
            print(f"{query.kind}\t{why}\t{query.text}\t|| {query.source}")
    finally:
        corpus.close()
    for (kind, why), count in sorted(tally.items()):
        print(f"# {kind}: {why} {count}")


if __name__ == "__main__":
    main()
