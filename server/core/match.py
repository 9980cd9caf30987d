"""Rank the candidates of a quotation: is each the same statement, and how is it worded?

The policy is in keyword arguments (`score_cutoff`, `min_fragment_words`,
`limit`); nothing is preprocessed behind the caller's back but the one
normalisation of `normalize`. Candidates keep their ids through matching.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .diff import word_diff
from .models import Candidate, Quotation, Version
from .normalize import COMMON_WORDS, words

VERBATIM, REORDERED, FRAGMENT, EXTENDED, VARIANT = (
    "verbatim",
    "reordered",
    "fragment",
    "extended",
    "variant",
)
DEFAULT_SCORE_CUTOFF = 80.0
DEFAULT_MIN_FRAGMENT_WORDS = 6
# A part shorter than this share of the whole must be long in its own right to count.
_MIN_FRAGMENT_SHARE = 0.25
_LONG_FRAGMENT_WORDS = 12
_FRAGMENT_CUTOFF = 92.0
# A fragment needs this many words that are not common ones: "a year and a half ago" is not one.
_MIN_FRAGMENT_CONTENT_WORDS = 4
_RELATION_STRENGTH = {"verbatim": 4, "reordered": 3, "extended": 2, "fragment": 1, "variant": 0}
_SHINGLE_WORDS = 5
_SAME_ARTICLE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    relation: str


def compare(
    a: str,
    b: str,
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
) -> Comparison | None:
    """How `b` (another outlet's wording) relates to `a` (the page's); None if another statement.

    - verbatim: the same words in the same order, once normalised (score 100).
    - reordered: the same words in another order (score 100: every word is shared).
    - fragment: `b` is a part of `a`; extended: `a` is a part of `b` (score: partial ratio).
    - variant: words changed, the whole still at least `score_cutoff` alike (the better of the
      Levenshtein ratio and the token sort ratio of the normalised words).
    """
    words_a, words_b = words(a), words(b)
    if not words_a or not words_b:
        return None
    if words_a == words_b:
        return Comparison(100.0, VERBATIM)
    if Counter(words_a) == Counter(words_b):
        return Comparison(100.0, REORDERED)
    part = _part_relation(words_a, words_b, min_fragment_words)
    if part is not None:
        return part
    joined_a, joined_b = " ".join(words_a), " ".join(words_b)
    score = max(fuzz.ratio(joined_a, joined_b), fuzz.token_sort_ratio(joined_a, joined_b))
    if score >= score_cutoff:
        return Comparison(round(score, 1), VARIANT)
    return None


def _part_relation(words_a: list[str], words_b: list[str], min_words: int) -> Comparison | None:
    """fragment or extended, when the shorter wording stands (nearly) whole inside the longer."""
    shorter, longer = sorted((words_a, words_b), key=len)
    if len(shorter) == len(longer) or len(shorter) < min_words:
        return None
    if sum(word not in COMMON_WORDS for word in shorter) < _MIN_FRAGMENT_CONTENT_WORDS:
        return None
    share = len(shorter) / len(longer)
    if share < _MIN_FRAGMENT_SHARE and len(shorter) < _LONG_FRAGMENT_WORDS:
        return None
    score = fuzz.partial_ratio(" ".join(shorter), " ".join(longer))
    if score < _FRAGMENT_CUTOFF:
        return None
    relation = FRAGMENT if shorter is words_b else EXTENDED
    return Comparison(round(score, 1), relation)


def rank_versions(
    quotation: Quotation,
    candidates: Iterable[Candidate],
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
    exclude: Callable[[Candidate], bool] = lambda candidate: False,
    limit: int | None = None,
) -> list[Version]:
    """The candidates that are versions of `quotation`, one per article, grouped by outlet
    with the earliest outlet first and each outlet's versions earliest first."""
    best: dict[int, Version] = {}
    for candidate in candidates:
        if exclude(candidate):
            continue
        comparison = compare(
            quotation.text,
            candidate.text,
            score_cutoff=score_cutoff,
            min_fragment_words=min_fragment_words,
        )
        if comparison is None:
            continue
        kept = best.get(candidate.article_id)
        if kept is None or _strength(comparison) > _strength(kept):
            best[candidate.article_id] = Version(candidate, comparison.score, comparison.relation)
    ordered = order_by_outlet(best.values())[:limit]
    return [_with_diff(quotation, version) for version in ordered]


def _strength(found: Comparison | Version) -> tuple[float, int]:
    return (found.score, _RELATION_STRENGTH[found.relation])


def _with_diff(quotation: Quotation, version: Version) -> Version:
    diff = word_diff(quotation.text, version.candidate.text)
    return Version(version.candidate, version.score, version.relation, diff)


def order_by_outlet(versions: Iterable[Version]) -> list[Version]:
    """Grouped by outlet, the outlet that published first leading; undated versions last."""
    by_outlet: dict[str, list[Version]] = {}
    for version in sorted(versions, key=_published_key):
        by_outlet.setdefault(version.candidate.outlet, []).append(version)
    return [version for group in by_outlet.values() for version in group]


def _published_key(version: Version) -> tuple[bool, str, float]:
    published = version.candidate.published
    return (published is None, published or "", -version.score)


def same_article(a: str, b: str) -> bool:
    """Are these two texts one article (as extracted twice, or reprinted whole)?

    True when the five-word runs they share are at least half of the longer text's: two
    articles quoting the same statement share only that quotation's runs, and a snippet
    pasted from an article is a small share of it, so neither counts as the same article.
    """
    runs_a, runs_b = _shingles(a), _shingles(b)
    if not runs_a or not runs_b:
        return False
    shared = len(runs_a & runs_b)
    return shared / max(len(runs_a), len(runs_b)) >= _SAME_ARTICLE_SHARE


def _shingles(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + _SHINGLE_WORDS]) for i in range(len(found) - _SHINGLE_WORDS + 1)}
