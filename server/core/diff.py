"""Word-level diff of two wordings of a quotation, with moved clauses shown as moves.

Words are compared by their normalised keys (see `server.core.normalize`), so
case, diacritics, curly quotes, punctuation and British/American spelling never
count as differences. The result is a tuple of `DiffSegment`s whose `a` fields
join back to the first text and whose `b` fields join back to the second,
character for character.

The algorithm, in three steps:

1. Alignment. A longest common subsequence of the two key lists, weighed by
   letters rather than by words (ties go to the alignment with fewer, longer
   blocks). When two clauses swap places only one of them can stay aligned;
   weighing by letters keeps the one carrying more text in place and reports
   the lighter one (typically a clause of short words such as "about a year and
   a half ago") as moved. Plain word-count matching would do the opposite in
   the project's seed example.
2. Moves. Among the words left unaligned (deleted from `a` or inserted in `b`),
   the longest common contiguous runs of at least `min_move_words` words are
   taken greedily, longest first, as moves. A run needs one word of four or more
   characters, so a bare "of the" never counts as a move.
3. Segments. The alignment is walked in order; each word owns the text from its
   start to the next word's start (the first word also owns any leading text),
   so the segments' texts partition both inputs exactly. Adjacent segments of
   the same kind are merged, and move ids are numbered by first appearance.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from server.core.models import DiffSegment
from server.core.normalize import Token, tokens

# A moved run must hold at least one word with this many characters.
MIN_CONTENT_WORD_LEN = 4

_Block = tuple[int, int, int]  # (start in a, start in b, length in words)
_Opcode = tuple[str, int, int, int, int]  # (tag, a_lo, a_hi, b_lo, b_hi), as in difflib


@dataclass(frozen=True, slots=True)
class _Run:
    """A run of words of one side of the diff, in token indexes, before it becomes text."""

    op: str
    a_lo: int
    a_hi: int
    b_lo: int
    b_hi: int
    move: int | None = None


def word_diff(a: str, b: str, *, min_move_words: int = 2) -> tuple[DiffSegment, ...]:
    """Diff `a` (the page's quotation) against `b` (another outlet's version) word by word.

    A run of at least `min_move_words` words that stands in both texts at
    different places is reported as two "move" segments sharing a `move_id`.
    """
    if min_move_words < 1:
        raise ValueError("min_move_words must be at least 1")
    a_tokens, b_tokens = _tokens(a), _tokens(b)
    if not a_tokens or not b_tokens:
        return _wordless_diff(a, b, bool(a_tokens or b_tokens))
    a_keys = [token.key for token in a_tokens]
    b_keys = [token.key for token in b_tokens]
    opcodes = _opcodes(_alignment(a_keys, b_keys), len(a_keys), len(b_keys))
    a_moves, b_moves = _find_moves(a_keys, b_keys, opcodes, min_move_words)
    runs = _runs(opcodes, a_moves, b_moves)
    a_bounds, b_bounds = _span_bounds(a_tokens, len(a)), _span_bounds(b_tokens, len(b))
    segments = [
        DiffSegment(
            run.op,
            a[a_bounds[run.a_lo] : a_bounds[run.a_hi]],
            b[b_bounds[run.b_lo] : b_bounds[run.b_hi]],
            run.move,
        )
        for run in runs
    ]
    return tuple(_number_moves(_merge(segments)))


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[Token, ...]:
    """`tokens` of a text, the last few kept: a page's quotation is diffed with each version."""
    return tuple(tokens(text))


def _wordless_diff(a: str, b: str, has_words: bool) -> tuple[DiffSegment, ...]:
    """The diff when at least one side has no words at all (empty or only punctuation)."""
    if not a and not b:
        return ()
    if not a:
        return (DiffSegment("insert", "", b),)
    if not b:
        return (DiffSegment("delete", a, ""),)
    return (DiffSegment("replace" if has_words else "equal", a, b),)


# --- Step 1: alignment -----------------------------------------------------------------


def _alignment(a_keys: Sequence[str], b_keys: Sequence[str]) -> list[_Block]:
    """The aligned words as blocks (i, j, size), in order, adjacent blocks joined.

    Two wordings with the same words, or one standing once whole inside the
    other, align as one block without the quadratic search.
    """
    shorter, longer = sorted((a_keys, b_keys), key=len)
    at = _only_place(shorter, longer)
    if at is not None:
        return [(0, at, len(shorter))] if shorter is a_keys else [(at, 0, len(shorter))]
    return _join_adjacent([(i, j, 1) for i, j in _best_matches(a_keys, b_keys)])


def _only_place(part: Sequence[str], whole: Sequence[str]) -> int | None:
    """Where `part` stands in `whole` as a run, if it stands there exactly once."""
    size = len(part)
    places = [
        start
        for start in range(len(whole) - size + 1)
        if whole[start] == part[0] and whole[start : start + size] == part
    ]
    return places[0] if len(places) == 1 else None


def _best_matches(a_keys: Sequence[str], b_keys: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs of a common subsequence with the most letters, then the fewest blocks.

    A weighted longest common subsequence: each aligned word scores its length
    times `scale`, and each block (run of consecutive aligned pairs) costs 1, so
    the block count only breaks ties between equally heavy alignments. Two
    tables hold the best score of a[i:] against b[j:], `opening` when a match at
    (i, j) would open a block and `continuing` when it would extend one.
    """
    n, m = len(a_keys), len(b_keys)
    scale = min(n, m) + 1
    opening = [[0] * (m + 1) for _ in range(n + 1)]
    continuing = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        key, open_row, cont_row = a_keys[i], opening[i], continuing[i]
        open_below, cont_below = opening[i + 1], continuing[i + 1]
        weight = len(key) * scale
        for j in range(m - 1, -1, -1):  # max() spelled out: this loop is the diff's cost
            below, right = open_below[j], open_row[j + 1]
            skip = below if below > right else right
            if key == b_keys[j]:
                gain = weight + cont_below[j + 1]
                open_row[j] = skip if skip > gain - 1 else gain - 1
                cont_row[j] = skip if skip > gain else gain
            else:
                open_row[j] = cont_row[j] = skip
    return _trace_matches(a_keys, b_keys, opening, continuing, scale)


def _trace_matches(
    a_keys: Sequence[str],
    b_keys: Sequence[str],
    opening: list[list[int]],
    continuing: list[list[int]],
    scale: int,
) -> list[tuple[int, int]]:
    """Walk the tables of `_best_matches` from the start, taking matches whenever best."""
    matches: list[tuple[int, int]] = []
    i = j = 0
    in_block = False
    while i < len(a_keys) and j < len(b_keys):
        if a_keys[i] == b_keys[j]:
            best = (continuing if in_block else opening)[i][j]
            gain = len(a_keys[i]) * scale + continuing[i + 1][j + 1] - (0 if in_block else 1)
            if best == gain:
                matches.append((i, j))
                i, j, in_block = i + 1, j + 1, True
                continue
        in_block = False
        if opening[i + 1][j] >= opening[i][j + 1]:
            i += 1
        else:
            j += 1
    return matches


def _join_adjacent(blocks: list[_Block]) -> list[_Block]:
    """Join blocks that continue one another in both texts (sorted input)."""
    joined: list[_Block] = []
    for i, j, size in blocks:
        if joined and joined[-1][0] + joined[-1][2] == i and joined[-1][1] + joined[-1][2] == j:
            last_i, last_j, last_size = joined.pop()
            joined.append((last_i, last_j, last_size + size))
        else:
            joined.append((i, j, size))
    return joined


def _opcodes(blocks: list[_Block], a_len: int, b_len: int) -> list[_Opcode]:
    """difflib-style opcodes (equal/delete/insert/replace) from sorted matching blocks."""
    result: list[_Opcode] = []
    i = j = 0
    for block_i, block_j, size in [*blocks, (a_len, b_len, 0)]:
        if i < block_i and j < block_j:
            result.append(("replace", i, block_i, j, block_j))
        elif i < block_i:
            result.append(("delete", i, block_i, j, j))
        elif j < block_j:
            result.append(("insert", i, i, j, block_j))
        if size:
            result.append(("equal", block_i, block_i + size, block_j, block_j + size))
        i, j = block_i + size, block_j + size
    return result


# --- Step 2: moves ---------------------------------------------------------------------


def _find_moves(
    a_keys: Sequence[str], b_keys: Sequence[str], opcodes: list[_Opcode], min_words: int
) -> tuple[list[int | None], list[int | None]]:
    """Mark moved runs among the unaligned words; returns a move index (or None) per word."""
    a_free, b_free = [False] * len(a_keys), [False] * len(b_keys)
    for tag, a_lo, a_hi, b_lo, b_hi in opcodes:
        if tag != "equal":
            a_free[a_lo:a_hi] = [True] * (a_hi - a_lo)
            b_free[b_lo:b_hi] = [True] * (b_hi - b_lo)
    a_moves: list[int | None] = [None] * len(a_keys)
    b_moves: list[int | None] = [None] * len(b_keys)
    candidates = [
        (-size, i, j)
        for i, j, size in _common_runs(a_keys, b_keys, a_free, b_free)
        if _is_movable(a_keys[i : i + size], min_words)
    ]
    heapq.heapify(candidates)
    move_count = 0
    while candidates:
        negative_size, i, j = heapq.heappop(candidates)
        size = -negative_size
        pieces = _still_free_pieces(i, j, size, a_moves, b_moves)
        if pieces == [(i, j, size)]:  # untouched since it was queued: the longest left
            a_moves[i : i + size] = [move_count] * size
            b_moves[j : j + size] = [move_count] * size
            move_count += 1
            continue
        for p_i, p_j, p_size in pieces:
            if _is_movable(a_keys[p_i : p_i + p_size], min_words):
                heapq.heappush(candidates, (-p_size, p_i, p_j))
    return a_moves, b_moves


def _common_runs(
    a_keys: Sequence[str], b_keys: Sequence[str], a_free: list[bool], b_free: list[bool]
) -> list[_Block]:
    """Every maximal run of equal keys between free words of `a` and free words of `b`.

    Costs one step per pair of equal free keys, so at worst len(a) * len(b).
    """
    b_index: dict[str, list[int]] = defaultdict(list)
    for j, key in enumerate(b_keys):
        if b_free[j]:
            b_index[key].append(j)

    def continues(i: int, j: int) -> bool:
        in_range = 0 <= i < len(a_keys) and 0 <= j < len(b_keys)
        return in_range and a_free[i] and b_free[j] and a_keys[i] == b_keys[j]

    runs: list[_Block] = []
    for i, key in enumerate(a_keys):
        if not a_free[i]:
            continue
        for j in b_index.get(key, ()):
            if continues(i - 1, j - 1):
                continue  # not the start of a run
            size = 1
            while continues(i + size, j + size):
                size += 1
            runs.append((i, j, size))
    return runs


def _still_free_pieces(
    i: int, j: int, size: int, a_moves: list[int | None], b_moves: list[int | None]
) -> list[_Block]:
    """The maximal parts of the run (i, j, size) whose words are not yet part of a move."""
    pieces: list[_Block] = []
    start = None
    for offset in range(size + 1):
        free = offset < size and a_moves[i + offset] is None and b_moves[j + offset] is None
        if free and start is None:
            start = offset
        elif not free and start is not None:
            pieces.append((i + start, j + start, offset - start))
            start = None
    return pieces


def _is_movable(keys: Sequence[str], min_words: int) -> bool:
    """Whether a common run is long and meaningful enough to be reported as a move."""
    return len(keys) >= min_words and any(len(key) >= MIN_CONTENT_WORD_LEN for key in keys)


# --- Step 3: segments ------------------------------------------------------------------


def _runs(
    opcodes: list[_Opcode], a_moves: list[int | None], b_moves: list[int | None]
) -> list[_Run]:
    """The alignment as runs in reading order of both texts, moves split out."""
    runs: list[_Run] = []
    for tag, a_lo, a_hi, b_lo, b_hi in opcodes:
        if tag == "equal":
            runs.append(_Run("equal", a_lo, a_hi, b_lo, b_hi))
            continue
        a_side = [
            _Run("delete" if move is None else "move", lo, hi, b_lo, b_lo, move)
            for lo, hi, move in _split_by_move(a_moves, a_lo, a_hi)
        ]
        b_side = [
            _Run("insert" if move is None else "move", a_lo, a_lo, lo, hi, move)
            for lo, hi, move in _split_by_move(b_moves, b_lo, b_hi)
        ]
        runs.extend(_interleave(a_side, b_side))
    return runs


def _split_by_move(moves: list[int | None], lo: int, hi: int) -> list[tuple[int, int, int | None]]:
    """Split the words lo..hi into maximal (lo, hi, move) pieces of one move index (or None)."""
    pieces: list[tuple[int, int, int | None]] = []
    for index in range(lo, hi):
        if pieces and pieces[-1][2] == moves[index]:
            pieces[-1] = (pieces[-1][0], index + 1, moves[index])
        else:
            pieces.append((index, index + 1, moves[index]))
    return pieces


def _interleave(a_side: list[_Run], b_side: list[_Run]) -> list[_Run]:
    """Merge the a-side and b-side runs of one changed stretch, each kept in its own order.

    Unmoved a-runs are put next to unmoved b-runs where possible so that they
    merge into a "replace"; moves wait until the other side's unmoved run is out.
    """
    merged: list[_Run] = []
    a_at = b_at = 0
    while a_at < len(a_side) or b_at < len(b_side):
        a_head = a_side[a_at] if a_at < len(a_side) else None
        b_head = b_side[b_at] if b_at < len(b_side) else None
        take_a = a_head is not None and (
            a_head.move is None or b_head is None or b_head.move is not None
        )
        if take_a:
            merged.append(a_head)
            a_at += 1
        else:
            merged.append(b_head)
            b_at += 1
    return merged


def _span_bounds(text_tokens: Sequence[Token], text_len: int) -> list[int]:
    """Where each word's share of the text starts, plus the text's end.

    A word owns the text from its start up to the next word's start; the first
    word also owns whatever precedes it, so the shares partition the text.
    """
    return [0, *(token.start for token in text_tokens[1:]), text_len]


def _merge(segments: list[DiffSegment]) -> list[DiffSegment]:
    """Join neighbouring segments of the same kind: equal with equal, changes with changes.

    A delete next to an insert (or a replace) becomes one replace. Moves never merge.
    """
    merged: list[DiffSegment] = []
    for segment in segments:
        last = merged[-1] if merged else None
        if last is None or not _same_kind(last, segment):
            merged.append(segment)
            continue
        a_text, b_text = last.a + segment.a, last.b + segment.b
        merged[-1] = DiffSegment(_change_op(a_text, b_text, last.op), a_text, b_text)
    return merged


def _same_kind(first: DiffSegment, second: DiffSegment) -> bool:
    """Whether two neighbouring segments may be merged into one."""
    if first.move_id is not None or second.move_id is not None:
        return False
    return (first.op == "equal") == (second.op == "equal")


def _change_op(a_text: str, b_text: str, op: str) -> str:
    """The op of a merged segment: equal stays equal, changes by which sides have text."""
    if op == "equal":
        return "equal"
    if not b_text:
        return "delete"
    if not a_text:
        return "insert"
    return "replace"


def _number_moves(segments: list[DiffSegment]) -> list[DiffSegment]:
    """Renumber move ids 0, 1, ... in the order the moves first appear."""
    numbers: dict[int, int] = {}
    result = []
    for segment in segments:
        if segment.move_id is None:
            result.append(segment)
            continue
        number = numbers.setdefault(segment.move_id, len(numbers))
        result.append(DiffSegment("move", segment.a, segment.b, number))
    return result
