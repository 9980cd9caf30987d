"""The keys quotations are looked up by: runs of three words, the rarest of each stretch."""

from __future__ import annotations

from server.core.keys import key_groups, lookup_keys, rarest_keys
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


def test_groups_are_the_whole_the_halves_and_stretches_of_three_keys():
    keys = [f"k{i}" for i in range(14)]
    groups = key_groups(keys, stretches=8)
    assert groups[0] == keys and groups[1:3] == [keys[:7], keys[7:]]
    assert groups[3:] == [keys[0:3], keys[3:6], keys[6:9], keys[9:12], keys[11:14]]


def test_a_short_quotation_has_stretches_of_two_keys():
    keys = [f"k{i}" for i in range(7)]
    assert key_groups(keys, stretches=8) == [
        keys,
        keys[0:2],
        keys[2:4],
        keys[4:6],
        keys[5:7],
    ]


def test_stretches_are_spread_over_a_long_quotation():
    keys = [f"k{i}" for i in range(60)]
    stretches = key_groups(keys, stretches=4)[3:]
    assert stretches == [keys[0:3], keys[18:21], keys[39:42], keys[57:60]]


def test_a_short_quotation_is_one_group():
    assert key_groups(["a", "b"], stretches=8) == [["a", "b"]]
    assert key_groups([], stretches=8) == []


def test_a_group_is_looked_up_by_its_three_rarest_keys_in_its_own_order():
    group = ["common_a", "rare_b", "common_c", "rare_d", "common_e"]
    counts = {"common_a": 900, "rare_b": 12, "common_c": 5000, "rare_d": 40, "common_e": 700}
    assert rarest_keys(group, counts) == ["rare_b", "rare_d", "common_e"]
    assert rarest_keys(group[:3], counts) == group[:3]  # a stretch is looked up whole


def test_a_group_holding_a_key_too_rare_to_be_counted_is_looked_up_by_it_alone():
    counts = {"common_a": 900, "common_c": 5000}
    assert rarest_keys(["common_a", "uncounted_b", "common_c"], counts) == ["uncounted_b"]
