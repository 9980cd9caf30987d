"""The keys a quotation is looked up by in the corpus index.

A key is a run of three normalised words holding a telling one (a word not in
`COMMON_WORDS`), written "word_word_word". Order counts inside a
key and nowhere else, so a clause moved, a part quoted, a few words changed or
a middle cut leave most keys of a statement in place. Runs of common words
only ("we will not") are never keys, and keys that many quotations hold are
read last or not at all (`rarest_keys`): a common phrase cannot flood the
candidates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .normalize import COMMON_WORDS


def lookup_keys(words: Sequence[str]) -> list[str]:
    """The distinct keys of a quotation's normalised words, in order."""
    keys: dict[str, None] = {}
    for run in zip(words, words[1:], words[2:], strict=False):
        if not (run[0] in COMMON_WORDS and run[1] in COMMON_WORDS and run[2] in COMMON_WORDS):
            keys["_".join(run)] = None
    return list(keys)


def rarest_keys(counts: Mapping[str, int], *, max_keys: int, max_postings: int) -> list[str]:
    """The keys to look up: the rarest of each stretch of the quotation, within a budget.

    `counts` holds each key (in the quotation's order) with how many corpus
    quotations hold it. Keys the corpus lacks are left out (they find nothing).
    The rest are cut into `max_keys` stretches in order and the rarest of each
    taken, so a version that holds only the start or the end of the quotation
    is found too; they are read rarest first until the next would pass
    `max_postings` index entries in all. A quotation whose rarest key alone
    passes the budget is too common a wording to look up: no keys.
    """
    present = [key for key, count in counts.items() if count > 0]
    parts = min(max_keys, len(present))
    size = len(present)
    stretches = [present[i * size // parts : (i + 1) * size // parts] for i in range(parts)]
    picked = sorted(
        {min(stretch, key=lambda k: (counts[k], k)) for stretch in stretches},
        key=lambda k: (counts[k], k),
    )
    chosen: list[str] = []
    total = 0
    for key in picked:
        if total + counts[key] > max_postings:
            break
        chosen.append(key)
        total += counts[key]
    return chosen


def enough_shared(chosen: int) -> int:
    """How many of the `chosen` keys a candidate must hold to be compared at all: two (one
    when only one was looked up). A version keeps most of its keys; a quotation on another
    point shares one by chance."""
    return min(2, chosen)
