"""The keys quotations are looked up by: runs of three words, the rarest of each stretch."""

from __future__ import annotations

from server.core.keys import enough_shared, lookup_keys, rarest_keys
from server.core.normalize import words


def test_keys_are_word_runs_that_hold_a_telling_word():
    keys = lookup_keys(words("We will not accept any deal that leaves our farmers worse off"))
    assert "not_accept_any" in keys and "leaves_our_farmers" in keys
    assert "we_will_not" not in keys  # three common words tell nothing
    assert len(keys) == len(set(keys))


def test_a_common_phrase_has_no_keys():
    assert lookup_keys(words("we will do it if we can")) == []


def test_typography_and_spelling_give_the_same_keys():
    american = lookup_keys(words("We don't favor the labor program, 45 percent"))
    british = lookup_keys(words("We don\u2019t FAVOUR the labour programme \u2014 45 per cent"))
    assert american == british


def test_the_rarest_key_of_each_stretch_is_looked_up_rarest_first():
    counts = {"a": 5, "b": 0, "c": 2, "d": 9, "e": 1, "f": 7}
    assert rarest_keys(counts, max_keys=2, max_postings=100) == ["e", "c"]
    assert rarest_keys(counts, max_keys=8, max_postings=100) == ["e", "c", "a", "f", "d"]


def test_the_budget_of_index_entries_stops_the_lookup():
    counts = {"a": 3000, "b": 1500, "c": 1000}
    assert rarest_keys(counts, max_keys=8, max_postings=2600) == ["c", "b"]
    assert rarest_keys({"a": 6000}, max_keys=8, max_postings=5000) == []


def test_a_candidate_must_share_two_keys_unless_one_was_looked_up():
    assert [enough_shared(n) for n in (1, 2, 8)] == [1, 2, 2]
