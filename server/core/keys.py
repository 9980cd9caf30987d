"""The keys a quotation is looked up by in the corpus index.

A key is a run of three normalised words holding a telling one (a word not in
`COMMON_WORDS`), written "word_word_word". Order counts inside a
key and nowhere else, so a clause moved, a part quoted, a few words changed or
a middle cut leave most keys of a statement in place. Runs of common words
only ("we will not") are never keys, and a group of keys that many quotations
hold is read only so far (the corpus's `find_candidates`): a common phrase
cannot flood the candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from .normalize import COMMON_WORDS

_STRETCH = 3  # keys in a stretch: five words
_SHORT_STRETCH = 2
_SHORT_KEYS = 12
_LOOKUP_KEYS = 3  # keys a group is looked up by: its rarest


def lookup_keys(words: Sequence[str]) -> list[str]:
    """The distinct keys of a quotation's normalised words, in order."""
    keys: dict[str, None] = {}
    for run in zip(words, words[1:], words[2:], strict=False):
        if not (run[0] in COMMON_WORDS and run[1] in COMMON_WORDS and run[2] in COMMON_WORDS):
            keys["_".join(run)] = None
    return list(keys)


def key_groups(keys: Sequence[str], *, stretches: int) -> list[list[str]]:
    """The groups of keys a quotation is looked up by: a quotation found by a group holds
    every key of it.

    The whole quotation and each half find the versions that keep most of its
    keys (the same words, spelled or printed otherwise, or a longer version);
    stretches of three keys (five words; two keys, four words, in a quotation
    of up to `_SHORT_KEYS` keys, where a changed word leaves less intact),
    `stretches` of them spread over the quotation, find the ones that keep
    only some (a part, a cut, a few words changed, a clause moved). A quotation
    of one stretch or less is one group.
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
    half = len(keys) // 2
    halves = [keys[:half], keys[half:]] if half > _STRETCH else []
    return [keys, *halves, *runs]


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
