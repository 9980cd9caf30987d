"""The keys a quotation is looked up by in the corpus index.

A key is a run of three normalised words holding a telling one (a word not in
`COMMON_WORDS`), written "word_word_word". Order counts inside a
key and nowhere else, so a clause moved, a part quoted, a few words changed or
a middle cut leave most keys of a statement in place. Runs of common words
only ("we will not") are never keys, and a group of keys that many quotations
hold is read only so far (the corpus's `find_candidates`): a common phrase
cannot flood the candidates.

Two keys that follow one another make a run key of their four words
("word-word-word-word"), which the index holds too: keys read together that
follow one another in the quotation are read by their run keys, far rarer
than the keys themselves.

A quotation whose speaker is known holds its speaker key too: the speaker's surname after a
dash ("-peskov"), which no key or run key starts with. A quotation whose groups of keys each
found many quotations is looked up again with its speaker key: its own speaker's quotations
among them, however far down the rows read (the corpus's `candidate_quotations_of`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from .normalize import COMMON_WORDS, words

_STRETCH = 3  # keys in a stretch: five words
_SHORT_STRETCH = 2
_SHORT_KEYS = 12
_LOOKUP_KEYS = 3  # keys a group is looked up by: its rarest
_KEY_WORDS = 3
_SPREAD_PARTS = 3  # parts a quotation is cut into for its pairs of distant keys
# Where a clause ends: punctuation before a space, or a dash between spaces.
_CLAUSE_END = re.compile(r"(?<=[,;:.!?\u2014\u2013])\s+|\s+[\u2014\u2013-]+\s+")
# The halves are cut at the clause end nearest the middle if one lies this near it (a share of
# the words from either end), else at the middle.
_HALF_CUT_SHARE = 0.25
# A speaker key's first character: no word, so no key or run key, starts with it.
_SPEAKER_MARK = "-"


@dataclass(frozen=True, slots=True)
class QuotationKeys:
    """A quotation's distinct keys, those of each of its halves cut where a clause ends (none
    when no clause ends near the middle), and the run key of each two keys that follow one another
    in it (`index_terms`)."""

    keys: list[str]
    halves: list[list[str]]
    runs: dict[tuple[str, str], str] = field(default_factory=dict)


def speaker_key(speaker: str | None) -> str | None:
    """The key of a speaker's surname, the last word of the name ("Dmitry Peskov", "Peskov":
    "-peskov"), as the matcher tells speakers apart; None for an unknown speaker."""
    keys = speaker_keys(speaker)
    return keys[0] if keys else None


def speaker_keys(speaker: str | None) -> list[str]:
    """The keys a speaker's quotations may be indexed under: their `speaker_key`, and for a
    name of two words the key of the first word as well ("Takamura Hiroshi" is "Hiroshi
    Takamura" elsewhere)."""
    found = words(speaker) if speaker else []
    keys = [f"{_SPEAKER_MARK}{found[-1]}"] if found else []
    if len(found) == 2:
        keys.append(f"{_SPEAKER_MARK}{found[0]}")
    return keys


def lookup_keys(words: Sequence[str]) -> list[str]:
    """The distinct keys of a quotation's normalised words, in order."""
    return list(dict.fromkeys(key for _, key in _placed_keys(words)))


def index_terms(words: Sequence[str]) -> list[str]:
    """What the index holds for a quotation's normalised words: its distinct keys
    (`lookup_keys`), then its distinct run keys: each run of four words whose two runs of three
    are keys, written "word-word-word-word".

    Two keys that follow one another in a quotation overlap in two words: a quotation holds
    both there when it holds their run of four. So a stretch of keys is read by the run keys it
    is made of (`by_runs`), each far rarer than its keys: the quotations holding the stretch's
    words in a row, not all those holding its keys anywhere.
    """
    placed = _placed_keys(words)
    keys = dict.fromkeys(key for _, key in placed)
    runs = dict.fromkeys(run for _, run in _runs_of(words, placed))
    return [*keys, *runs]


def _runs_of(
    words: Sequence[str], placed: list[tuple[int, str]]
) -> list[tuple[tuple[str, str], str]]:
    """Each pair of keys that follow one another in `words` (`placed`: its keys, each with the
    place of its first word), with their run key."""
    return [
        ((key, following_key), "-".join(words[at : at + _KEY_WORDS + 1]))
        for (at, key), (following, following_key) in zip(placed, placed[1:], strict=False)
        if following == at + 1
    ]


def _placed_keys(words: Sequence[str]) -> list[tuple[int, str]]:
    """Each key of `words` with the place of its first word."""
    return [
        (at, "_".join(run))
        for at, run in enumerate(zip(words, words[1:], words[2:], strict=False))
        if not (run[0] in COMMON_WORDS and run[1] in COMMON_WORDS and run[2] in COMMON_WORDS)
    ]


def quotation_keys(pieces: Sequence[str]) -> QuotationKeys:
    """The keys of a quotation given as the `pieces` of text between its ellipses: no key runs
    over a cut (the other outlet's whole wording holds them all).

    Its halves are cut where a clause ends nearest the middle: outlets quote a
    sentence or a clause of a statement, add one, or move one to the front, so
    each clause's keys are more often held whole by a version than the keys of
    an arbitrary half. No key runs over that cut either. Without a clause end
    near the middle, the halves are those of `key_groups`.
    """
    keyed: list[tuple[int, str]] = []  # (the place of its first word, a key)
    runs: dict[tuple[str, str], str] = {}
    clause_starts: list[int] = []
    place = 0
    for piece in pieces:
        piece_words: list[str] = []
        for clause in _CLAUSE_END.split(piece):
            found = words(clause)
            if found:
                clause_starts.append(place + len(piece_words))
                piece_words += found
        placed = _placed_keys(piece_words)
        keyed += [(place + at, key) for at, key in placed]
        runs.update(_runs_of(piece_words, placed))
        place += len(piece_words)
    keys = list(dict.fromkeys(key for _, key in keyed))
    cut = _half_cut(clause_starts[1:], place)
    if cut is None:
        return QuotationKeys(keys, [], runs)
    first = dict.fromkeys(key for at, key in keyed if at + _KEY_WORDS <= cut)
    second = dict.fromkeys(key for at, key in keyed if at >= cut)
    halves = [list(half) for half in (first, second) if len(half) > _STRETCH]
    return QuotationKeys(keys, halves, runs)


def _half_cut(clause_starts: list[int], count: int) -> int | None:
    """The clause start nearest the middle of `count` words, if one is near enough."""
    low, high = _HALF_CUT_SHARE * count, (1 - _HALF_CUT_SHARE) * count
    near = [at for at in clause_starts if low <= at <= high]
    return min(near, key=lambda at: abs(2 * at - count)) if near else None


def key_groups(
    keys: Sequence[str], *, stretches: int, halves: Sequence[Sequence[str]] | None = None
) -> list[list[str]]:
    """The groups of keys a quotation is looked up by: a quotation found by a group holds
    every key of it.

    Each half (`halves`, or the first and second half of the keys) finds the
    versions that keep most of the keys (the same words, spelled or printed
    otherwise, a longer version, a clause of it); the whole quotation is a
    group only when it has no two halves (what holds the whole holds both).
    Stretches of three keys (five words; two keys, four words, in a quotation
    of up to `_SHORT_KEYS` keys, where a changed word leaves less intact),
    `stretches` of them spread over the quotation, find the ones that keep
    only some (a part, a cut, a few words changed, a clause moved). A
    quotation of one stretch or less is one group.
    """
    keys = list(keys)
    size = _SHORT_STRETCH if len(keys) <= _SHORT_KEYS else _STRETCH
    if len(keys) <= size:
        return [keys] if keys else []
    runs = [keys[i : i + size] for i in range(0, len(keys) - size + 1, size)]
    if len(keys) % size:
        runs.append(keys[-size:])
    if len(runs) > stretches:
        runs = [runs[round(i * (len(runs) - 1) / (stretches - 1))] for i in range(stretches)]
    if halves is None:
        half = len(keys) // 2
        halves = [keys[:half], keys[half:]] if half > _STRETCH else []
    if len(halves) == 2:
        return [*[list(half) for half in halves], *runs]
    return [keys, *[list(half) for half in halves], *runs]


def rarest_keys(group: Sequence[str], counts: dict[str, int]) -> list[str]:
    """The keys a group is looked up by: its `_LOOKUP_KEYS` rarest, in the group's order.

    A quotation holding every key of the group holds these, and the index reads
    the few quotations that hold a rare key much faster than the many that hold
    a common one. `counts` holds how many quotations hold each common key; a
    key it lacks is a rare one, and a group holding one is looked up by it alone
    (the other keys would cost more to read than they leave out).
    """
    order = sorted(range(len(group)), key=lambda index: (counts.get(group[index], 0), index))
    if order and group[order[0]] not in counts:
        return [group[order[0]]]  # a rare key: the few quotations holding it are all read
    if len(group) <= _LOOKUP_KEYS:
        return list(group)
    return [group[index] for index in sorted(order[:_LOOKUP_KEYS])]


def lookups(
    quotation: QuotationKeys, counts: dict[str, int], *, stretches: int
) -> list[tuple[list[str], int]]:
    """The AND queries a quotation is looked up by, each once, with how many groups it stands
    for: each of its `key_groups` by its `rarest_keys` (groups holding one rare key are often
    read by the same one), then its `distant_pairs`; keys that follow one another in the
    quotation are read by their run keys (`by_runs`)."""
    groups = key_groups(quotation.keys, stretches=stretches, halves=quotation.halves or None)
    found = Counter(tuple(by_runs(rarest_keys(group, counts), quotation.runs)) for group in groups)
    for pair in distant_pairs(quotation.keys, counts):
        found.setdefault(tuple(by_runs(pair, quotation.runs)), 1)
    return [(list(lookup), times) for lookup, times in found.items()]


def by_runs(lookup: list[str], runs: dict[tuple[str, str], str]) -> list[str]:
    """What the index reads for `lookup`: the run keys of its keys when each key follows the
    one before it in the quotation (`runs`: the run key of each such pair), else its keys."""
    pairs = list(zip(lookup, lookup[1:], strict=False))
    if pairs and all(pair in runs for pair in pairs):
        return [runs[pair] for pair in pairs]
    return lookup


def distant_pairs(keys: Sequence[str], counts: dict[str, int]) -> list[list[str]]:
    """Pairs of keys from different thirds of the quotation, each third's rarest common key.

    A few words changed (another translation) break every key and stretch they
    touch; what is left intact is often runs that many of the story's
    statements share ("it is cynical that", "before the election"), each read
    only so far. Two of them far apart are held together by few quotations.
    Only common keys (in `counts`) are paired: a rare key is read alone by the
    groups already, and a run that few quotations hold is often a changed one.
    """
    if len(keys) < 2 * _SPREAD_PARTS:
        return []
    picked = []
    for part in range(_SPREAD_PARTS):
        third = keys[part * len(keys) // _SPREAD_PARTS : (part + 1) * len(keys) // _SPREAD_PARTS]
        common = [key for key in third if key in counts]
        if common:
            picked.append(min(common, key=lambda key: counts[key]))
    return [[first, second] for first, second in combinations(picked, 2)]
