"""Short partial quotations (four or five words) on a corpus that `matching.py` built.

Reporters often quote a few words of a long statement: He called the plan "frankly
unaffordable for this county". A part that short is matched only word for word and only in its
own speaker's mouth. This measures both sides of that rule on a generated corpus:

- found: windows of four or five words (`--telling` of them, default four, not common ones)
  cut from corpus statements, with the statement's speaker: is the statement among the versions?
- false: such windows cut from new statements of a corpus story, each given one of the story's
  speakers (the same speaker on another point, reusing the story's phrases): share answered.

    .venv/bin/python benchmarks/short_parts.py --db .bench/corpus-6-1m.db --size 1m
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import matching  # noqa: E402
import newsgen  # noqa: E402
from matching import Query  # noqa: E402

from server import settings  # noqa: E402
from server.core.normalize import COMMON_WORDS, normalize, words  # noqa: E402
from server.corpus import open_corpus  # noqa: E402
from server.service import MatchPolicy  # noqa: E402


def window(text: str, rng: random.Random, telling: int) -> str | None:
    """Four or five words of `text`, `telling` of them or more telling, or None if none was
    hit."""
    tokens = text.split()
    for _ in range(20):
        length = rng.choice([4, 5])
        if len(tokens) < length + 4:
            return None
        at = rng.randrange(len(tokens) - length)
        cut = " ".join(tokens[at : at + length]).strip(",.;:")
        found = words(cut)
        if len(found) == length and sum(w not in COMMON_WORDS for w in found) >= telling:
            return cut
    return None


def part_queries(gen, articles: int, count: int, rng: random.Random, telling: int) -> list[Query]:
    queries = []
    while len(queries) < count:
        statement = rng.choice(gen.article(rng.randrange(articles)).quotes)
        cut = window(statement.text(), rng, telling)
        if cut and statement.speaker:
            source = normalize(statement.text())
            queries.append(Query("short part", cut, statement.speaker.name, source))
    return queries


def other_point_queries(
    gen, articles: int, count: int, rng: random.Random, telling: int
) -> list[Query]:
    queries = []
    while len(queries) < count:
        story = gen.story(rng.randrange(articles // newsgen.ARTICLES_PER_STORY))
        statement = gen.statement(rng, story)
        cut = window(statement.text(), rng, telling)
        if cut:  # a new statement has no speaker yet: one of the story's
            queries.append(Query("other point", cut, rng.choice(story.people).name, None))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--size", choices=sorted(matching.SIZES), required=True)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--telling", type=int, default=4, help="telling words a window holds")
    args = parser.parse_args()
    articles = matching.SIZES[args.size]
    gen = newsgen.NewsGenerator(args.seed)
    rng = random.Random(f"{args.seed}:short-parts:{articles}")
    queries = part_queries(gen, articles, args.count, rng, args.telling)
    queries += other_point_queries(gen, articles, args.count, rng, args.telling)
    policy = MatchPolicy.from_settings(settings.load())
    corpus = open_corpus(str(args.db))
    try:
        answered = {"short part": 0, "other point": 0}
        for query in queries:
            versions = matching.product_method(corpus, matching.as_quotation(query), policy)
            if query.source is None:
                answered[query.kind] += bool(versions)
            else:
                texts = {normalize(v.candidate.text) for v in versions}
                answered[query.kind] += query.source in texts
    finally:
        corpus.close()
    print("| quotations | short parts found | other points answered (false) |")
    print("| --- | ---: | ---: |")
    found, false = answered["short part"], answered["other point"]
    print(f"| {args.size} | {found / args.count:.3f} | {false / args.count:.3f} |")


if __name__ == "__main__":
    main()
