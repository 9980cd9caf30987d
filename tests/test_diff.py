"""Tests for server.core.diff.word_diff: the word diff with moves."""

from __future__ import annotations

import random
import string
from collections import Counter

import pytest

from server.core.diff import MIN_CONTENT_WORD_LEN, word_diff
from server.core.models import DiffSegment
from server.core.normalize import tokens

SEED_A = (
    "I can only confirm to you that, indeed, about a year and a half ago "
    "they had a telephone conversation"
)
SEED_B = (
    "I can only confirm to you that, indeed, they had a telephone conversation "
    "about a year and a half ago"
)

OPS = {"equal", "insert", "delete", "replace", "move"}

SENTENCES = [
    SEED_A,
    "We shall fight on the beaches, we shall fight on the landing grounds, "
    "we shall fight in the fields and in the streets",
    "The economy grew faster than anyone expected, and that is good news for working families",
    "I have not spoken with the president since the summit in Geneva last year",
    "Our colour-coded warnings are there to help people, not to frighten them",
    "There is no evidence whatsoever that the vaccine caused the deaths, the agency said",
    "We are not going to raise taxes on the middle class, full stop",
    "It\u2019s a very, very difficult situation for everyone involved, and we don't "
    "yet know how long it will last",
    "The talks were constructive, but a great deal of work remains to be done "
    "before any agreement can be signed",
    "Frankly, the decision to close the plant was taken in London, not here",
]
EXTRA_TEXT = (
    "indeed really the of government today never Ukraine colour color a and not "
    "\u201cquite\u201d U.S. 1,000"
)
EXTRA_WORDS = EXTRA_TEXT.split()


def keys(text: str) -> list[str]:
    """The normalised word keys of a text."""
    return [token.key for token in tokens(text)]


def ops(segments: tuple[DiffSegment, ...]) -> list[str]:
    """The op of each segment."""
    return [segment.op for segment in segments]


def moved_texts(segments: tuple[DiffSegment, ...]) -> list[str]:
    """The text of every move segment, stripped of surrounding spaces and punctuation."""
    strip = string.whitespace + string.punctuation
    return [(segment.a or segment.b).strip(strip) for segment in segments if segment.op == "move"]


def assert_well_formed(a: str, b: str, segments: tuple[DiffSegment, ...], min_move_words=2):
    """Every property a diff must have, whatever its inputs."""
    assert "".join(segment.a for segment in segments) == a
    assert "".join(segment.b for segment in segments) == b
    for segment in segments:
        assert segment.op in OPS
        assert segment.a or segment.b
        assert (segment.move_id is not None) == (segment.op == "move")
    if keys(a) and keys(b):
        for segment in segments:
            assert_segment_consistent(segment)
    assert_moves_pair_up(segments, min_move_words)
    assert_merged(segments)


def assert_segment_consistent(segment: DiffSegment) -> None:
    """A segment's op agrees with its two texts (when both inputs have words)."""
    if segment.op == "equal":
        assert keys(segment.a) == keys(segment.b) != []
    elif segment.op == "delete":
        assert segment.b == "" and keys(segment.a)
    elif segment.op == "insert":
        assert segment.a == "" and keys(segment.b)
    elif segment.op == "replace":
        assert keys(segment.a) and keys(segment.b)
        assert keys(segment.a) != keys(segment.b)
    else:
        assert (segment.a == "") != (segment.b == "")


def assert_moves_pair_up(segments: tuple[DiffSegment, ...], min_move_words: int) -> None:
    """Each move id appears exactly twice, a-side then b-side or b-side then a-side."""
    moves = [segment for segment in segments if segment.op == "move"]
    counts = Counter(segment.move_id for segment in moves)
    assert all(count == 2 for count in counts.values())
    first_seen = list(dict.fromkeys(segment.move_id for segment in moves))
    assert first_seen == list(range(len(first_seen)))
    for move_id in counts:
        pair = [segment for segment in moves if segment.move_id == move_id]
        a_side = [segment for segment in pair if segment.a and not segment.b]
        b_side = [segment for segment in pair if segment.b and not segment.a]
        assert len(a_side) == len(b_side) == 1
        moved = keys(a_side[0].a)
        assert moved == keys(b_side[0].b)
        assert len(moved) >= min_move_words
        assert any(len(key) >= MIN_CONTENT_WORD_LEN for key in moved)


def assert_merged(segments: tuple[DiffSegment, ...]) -> None:
    """No two neighbouring segments could have been one."""
    for first, second in zip(segments, segments[1:], strict=False):
        if first.op == "move" or second.op == "move":
            continue
        assert (first.op == "equal") != (second.op == "equal")


def diff(a: str, b: str, **kwargs) -> tuple[DiffSegment, ...]:
    """word_diff, checked for well-formedness."""
    segments = word_diff(a, b, **kwargs)
    assert_well_formed(a, b, segments, kwargs.get("min_move_words", 2))
    return segments


# --- Equal texts --------------------------------------------------------------------------


def test_identical_texts_give_one_equal_segment():
    assert diff(SEED_A, SEED_A) == (DiffSegment("equal", SEED_A, SEED_A),)


def test_punctuation_case_quotes_and_spelling_differences_are_equal():
    a = "\u201cIt\u2019s a Colour, not a flavour!\u201d she said \u2014 indeed."
    b = "it's a color not a FLAVOR she said - Indeed"
    assert diff(a, b) == (DiffSegment("equal", a, b),)


@pytest.mark.parametrize("other", ["fares rose 4.5 per cent", "Fares rose 4.5 percent"])
def test_a_per_cent_sign_and_per_cent_in_words_are_equal(other):
    assert diff("fares rose 4.5%", other) == (DiffSegment("equal", "fares rose 4.5%", other),)


def test_odd_spacing_and_punctuation_between_words_is_kept():
    a = "Well \u2014\n\tthat\u2019s   it!!  Done."
    b = "(that's it), well; done"
    assert diff(a, b, min_move_words=1) == (
        DiffSegment("move", "Well \u2014\n\t", "", 0),
        DiffSegment("equal", "that\u2019s   it!!  ", "(that's it), "),
        DiffSegment("move", "", "well; ", 0),
        DiffSegment("equal", "Done.", "done"),
    )


def test_leading_and_trailing_text_stays_in_the_segments():
    a = "  \u201cWe shall fight,\u201d  "
    b = "...we SHALL fight"
    assert diff(a, b) == (DiffSegment("equal", a, b),)


# --- Moves --------------------------------------------------------------------------------


def test_seed_clause_is_a_move_and_everything_else_is_equal():
    segments = diff(SEED_A, SEED_B)
    assert moved_texts(segments) == ["about a year and a half ago"] * 2
    head = "I can only confirm to you that, indeed, "
    clause = "they had a telephone conversation"
    assert segments == (
        DiffSegment("equal", head, head),
        DiffSegment("move", "about a year and a half ago ", "", 0),
        DiffSegment("equal", clause, clause + " "),
        DiffSegment("move", "", "about a year and a half ago", 0),
    )


def test_seed_move_is_found_from_either_side():
    segments = diff(SEED_B, SEED_A)
    assert set(ops(segments)) == {"equal", "move"}
    assert moved_texts(segments) == ["about a year and a half ago"] * 2


def test_move_plus_a_changed_word_elsewhere():
    b = SEED_B.replace("only", "just")
    segments = diff(SEED_A, b)
    assert moved_texts(segments) == ["about a year and a half ago"] * 2
    changed = [segment for segment in segments if segment.op not in ("equal", "move")]
    assert changed == [DiffSegment("replace", "only ", "just ")]


def test_move_with_changed_punctuation_inside_the_moved_clause():
    b = SEED_B.replace("about a year and a half ago", "About a year, and a half ago.")
    segments = diff(SEED_A, b)
    assert set(ops(segments)) == {"equal", "move"}
    assert moved_texts(segments) == ["about a year and a half ago", "About a year, and a half ago"]


def test_two_moves_get_ids_in_order_of_first_appearance():
    a = "last night in the capital the prime minister said clearly that the plan had failed"
    b = "the prime minister said that the plan had failed last night in the capital clearly too"
    segments = diff(a, b, min_move_words=1)
    moves = [segment for segment in segments if segment.op == "move"]
    assert [segment.move_id for segment in moves] == [0, 1, 0, 1]
    assert moved_texts(segments) == ["last night in the capital", "clearly"] * 2


def test_stop_word_pair_is_not_a_move():
    segments = diff("of the committee agreed", "committee agreed of the")
    assert segments == (
        DiffSegment("delete", "of the ", ""),
        DiffSegment("equal", "committee agreed", "committee agreed "),
        DiffSegment("insert", "", "of the"),
    )


def test_same_pair_with_a_content_word_is_a_move():
    segments = diff("of this committee agreed", "committee agreed of this")
    assert ops(segments) == ["move", "equal", "move"]
    assert moved_texts(segments) == ["of this"] * 2


def test_min_move_words_longer_than_the_clause_gives_delete_and_insert():
    segments = diff(SEED_A, SEED_B, min_move_words=8)
    assert ops(segments) == ["equal", "delete", "equal", "insert"]


def test_single_word_move_needs_min_move_words_one():
    a = "frankly we cannot accept this offer"
    b = "we cannot accept this offer frankly"
    assert ops(diff(a, b)) == ["delete", "equal", "insert"]
    segments = diff(a, b, min_move_words=1)
    assert ops(segments) == ["move", "equal", "move"]
    assert moved_texts(segments) == ["frankly"] * 2


def test_min_move_words_below_one_is_rejected():
    with pytest.raises(ValueError):
        word_diff("a b", "b a", min_move_words=0)


def test_move_out_of_a_replaced_stretch_leaves_the_rest_replaced():
    a = "we will certainly meet them in Brussels next week"
    b = "we will meet them in Paris certainly next week"
    assert diff(a, b, min_move_words=1) == (
        DiffSegment("equal", "we will ", "we will "),
        DiffSegment("move", "certainly ", "", 0),
        DiffSegment("equal", "meet them in ", "meet them in "),
        DiffSegment("replace", "Brussels ", "Paris "),
        DiffSegment("move", "", "certainly ", 0),
        DiffSegment("equal", "next week", "next week"),
    )


# --- Plain edits --------------------------------------------------------------------------


def test_single_changed_word_is_a_replace():
    segments = diff("We will win this war, he said", "We will lose this war, he said")
    assert segments == (
        DiffSegment("equal", "We will ", "We will "),
        DiffSegment("replace", "win ", "lose "),
        DiffSegment("equal", "this war, he said", "this war, he said"),
    )


def test_deleted_clause_is_a_delete():
    segments = diff("We will, if necessary, fight on the beaches", "We will fight on the beaches")
    assert segments == (
        DiffSegment("equal", "We will, ", "We will "),
        DiffSegment("delete", "if necessary, ", ""),
        DiffSegment("equal", "fight on the beaches", "fight on the beaches"),
    )


def test_inserted_clause_is_an_insert():
    segments = diff("We will fight on the beaches", "We will, if necessary, fight on the beaches")
    assert ops(segments) == ["equal", "insert", "equal"]
    assert segments[1] == DiffSegment("insert", "", "if necessary, ")


def test_fragment_is_delete_equal_delete():
    a = "The talks were constructive, but a great deal of work remains to be done today"
    b = "a great deal of work remains"
    segments = diff(a, b)
    assert ops(segments) == ["delete", "equal", "delete"]
    assert segments[1].b == b
    assert keys(segments[1].a) == keys(b)


def test_extended_version_is_insert_equal_insert():
    a = "a great deal of work remains"
    b = "Still, a great deal of work remains to be done."
    assert ops(diff(a, b)) == ["insert", "equal", "insert"]


def test_totally_different_texts_are_one_replace():
    segments = diff("Apples grow slowly", "Markets fell sharply today")
    assert segments == (DiffSegment("replace", "Apples grow slowly", "Markets fell sharply today"),)


def test_repeated_words_align_as_one_block():
    assert diff("very very very good", "very good") == (
        DiffSegment("delete", "very very ", ""),
        DiffSegment("equal", "very good", "very good"),
    )
    assert diff("the cat the dog", "the dog") == (
        DiffSegment("delete", "the cat ", ""),
        DiffSegment("equal", "the dog", "the dog"),
    )


def test_repeated_short_words_are_not_a_move():
    segments = diff("no, no, no, no, we will not", "no we will not, no, no")
    assert segments == (
        DiffSegment("delete", "no, no, no, ", ""),
        DiffSegment("equal", "no, we will not", "no we will not, "),
        DiffSegment("insert", "", "no, no"),
    )


def test_move_with_a_repeated_clause_and_b_side_first():
    a = "the rates will rise, the rates will rise again next year"
    b = "next year the rates will rise again"
    assert diff(a, b) == (
        DiffSegment("delete", "the rates will rise, ", ""),
        DiffSegment("move", "", "next year ", 0),
        DiffSegment("equal", "the rates will rise again ", "the rates will rise again"),
        DiffSegment("move", "next year", "", 0),
    )


# --- Degenerate inputs --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", ()),
        ("", "hello world", (DiffSegment("insert", "", "hello world"),)),
        ("hello world", "", (DiffSegment("delete", "hello world", ""),)),
        ("  ", "", (DiffSegment("delete", "  ", ""),)),
        ("...", "!", (DiffSegment("equal", "...", "!"),)),
        ("\u2014", "yes we can", (DiffSegment("replace", "\u2014", "yes we can"),)),
        ("yes we can", "?!", (DiffSegment("replace", "yes we can", "?!"),)),
    ],
)
def test_empty_and_wordless_inputs(a, b, expected):
    assert diff(a, b) == expected


def test_identical_whitespace_only_inputs_are_equal():
    assert diff(" ", " ") == (DiffSegment("equal", " ", " "),)


# --- Generated pairs ----------------------------------------------------------------------


def mutate(sentence: str, rng: random.Random) -> str:
    """A realistic other outlet's wording: clauses moved, cut, words changed, punctuation."""
    words = sentence.split()
    for _ in range(rng.randint(1, 3)):
        words = rng.choice(MUTATIONS)(words, rng)
    text = " ".join(words)
    if rng.random() < 0.3:
        text = text.replace(",", "").replace("'", "\u2019")
    if rng.random() < 0.2:
        text = text.upper() if rng.random() < 0.5 else text.lower()
    if rng.random() < 0.2:
        text = rng.choice(["", " ", "\u201c", "... "]) + text + rng.choice(["", ".", "\u201d", " "])
    return text


def move_clause(words: list[str], rng: random.Random) -> list[str]:
    """Move a run of up to eight words elsewhere."""
    if len(words) < 3:
        return words
    start = rng.randrange(len(words))
    end = rng.randint(start + 1, min(len(words), start + 8))
    clause, rest = words[start:end], words[:start] + words[end:]
    at = rng.randint(0, len(rest))
    return rest[:at] + clause + rest[at:]


def cut(words: list[str], rng: random.Random) -> list[str]:
    """Keep only a contiguous part (possibly empty)."""
    start = rng.randrange(len(words) + 1)
    return words[start : rng.randint(start, len(words))]


def replace_words(words: list[str], rng: random.Random) -> list[str]:
    """Replace one to three words by others."""
    words = list(words)
    for _ in range(rng.randint(1, 3)):
        if words:
            words[rng.randrange(len(words))] = rng.choice(EXTRA_WORDS)
    return words


def insert_words(words: list[str], rng: random.Random) -> list[str]:
    """Insert one to four words at one place."""
    at = rng.randint(0, len(words))
    return words[:at] + rng.sample(EXTRA_WORDS, rng.randint(1, 4)) + words[at:]


def shuffle_words(words: list[str], rng: random.Random) -> list[str]:
    """Shuffle all the words."""
    return rng.sample(words, len(words))


MUTATIONS = [move_clause, move_clause, cut, replace_words, insert_words, shuffle_words]


def generated_pairs(count: int, seed: int = 1234) -> list[tuple[str, str]]:
    """`count` (a, b) pairs of realistic sentences and their mutations, reproducibly."""
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        a = rng.choice(SENTENCES)
        b = mutate(a, rng)
        if rng.random() < 0.2:
            a, b = b, a
        if rng.random() < 0.1:
            a = mutate(a, rng)
        pairs.append((a, b))
    return pairs


def test_generated_pairs_are_well_formed():
    pairs = generated_pairs(300)
    assert len(set(pairs)) > 250
    move_count = 0
    for a, b in pairs:
        segments = diff(a, b)
        move_count += ops(segments).count("move")
    assert move_count > 50  # the generator really exercises moves


@pytest.mark.parametrize("min_move_words", [1, 3])
def test_generated_pairs_are_well_formed_for_other_min_move_words(min_move_words):
    for a, b in generated_pairs(100, seed=99):
        diff(a, b, min_move_words=min_move_words)


def test_planted_move_of_distinct_words_is_the_only_change():
    rng = random.Random(1234)
    vocabulary = sorted({key for sentence in SENTENCES for key in keys(sentence) if len(key) >= 4})
    for _ in range(300):
        words = rng.sample(vocabulary, rng.randint(8, 20))
        size = rng.randint(2, 4)
        start = rng.randrange(len(words) - size + 1)
        clause, rest = words[start : start + size], words[:start] + words[start + size :]
        at = rng.choice([i for i in range(len(rest) + 1) if abs(i - start) >= 2])
        jumped = rest[min(at, start) : max(at, start)]
        a, b = " ".join(words), " ".join(rest[:at] + clause + rest[at:])
        segments = diff(a, b)
        assert set(ops(segments)) == {"equal", "move"}
        moved = moved_texts(segments)
        assert len(moved) == 2
        assert moved[0].split() in (clause, jumped)


def test_long_and_repetitive_quotations_keep_the_invariants():
    rng = random.Random(1234)
    long_a = " ".join((" ".join(SENTENCES).split() * 2)[:200])
    diff(long_a, " ".join(rng.sample(long_a.split(), 200)))
    diff(long_a, mutate(long_a, rng))
    diff("the " * 200, "the " * 150)
    diff("very good " * 100, "good very " * 100, min_move_words=1)
