"""The keys quotations are looked up by: runs of three words, the rarest of each stretch."""

from __future__ import annotations

from server.core.keys import (
    QuotationKeys,
    by_runs,
    distant_pairs,
    index_terms,
    key_groups,
    lookup_keys,
    lookups,
    quotation_keys,
    rarest_keys,
    speaker_key,
)
from server.core.match import elided_pieces
from server.core.normalize import words

EXTENDED = (
    "52 percent of families have joined the protests, our members plan to negotiate their "
    "current program this winter"
)


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


def test_groups_are_the_halves_and_stretches_of_three_keys():
    keys = [f"k{i}" for i in range(14)]
    groups = key_groups(keys, stretches=8)
    assert groups[:2] == [keys[:7], keys[7:]]
    assert groups[2:] == [keys[0:3], keys[3:6], keys[6:9], keys[9:12], keys[11:14]]


def test_the_whole_is_looked_up_only_when_there_are_not_two_halves():
    keys = [f"k{i}" for i in range(14)]
    assert keys not in key_groups(keys, stretches=8)  # what holds the whole holds both halves
    groups = key_groups(keys, stretches=8, halves=[keys[:9]])  # the other half was too short
    assert groups[:2] == [keys, keys[:9]]


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
    stretches = key_groups(keys, stretches=4)[2:]
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


def test_halves_are_cut_where_a_clause_ends_nearest_the_middle():
    found = quotation_keys([EXTENDED])
    assert found.keys == lookup_keys(words(EXTENDED))
    assert found.halves == [
        lookup_keys(words("52 percent of families have joined the protests")),
        lookup_keys(words("our members plan to negotiate their current program this winter")),
    ]
    assert "the_protests_our" in found.keys  # over the comma: in the whole, in neither half


def test_a_clause_end_near_either_end_does_not_cut_the_halves():
    text = "Frankly, the harbour strike will cost the region its ferries and its summer trade"
    assert quotation_keys([text]).halves == []  # key_groups cuts them at the middle


def test_a_half_too_short_to_tell_is_dropped():
    found = quotation_keys(["Since the election, 68 percent of parents have lost their jobs"])
    assert found.halves == [lookup_keys(words("68 percent of parents have lost their jobs"))]


def test_no_key_runs_over_an_ellipsis():
    pieces = elided_pieces("We are not against machines \u2026 we are against being thrown away")
    assert len(pieces) == 2
    keys = quotation_keys(pieces).keys
    assert "against_machines_we" not in keys and "machines_we_are" not in keys
    assert "not_against_machines" in keys and "being_thrown_away" in keys


def test_distant_pairs_join_the_rarest_common_key_of_each_third():
    keys = ["a1", "a2", "b1", "b2", "c1", "c2"]
    counts = {"a1": 500, "a2": 90, "b1": 40, "c1": 3000, "c2": 700}  # b2: rare or a changed run
    assert distant_pairs(keys, counts) == [["a2", "b1"], ["a2", "c2"], ["b1", "c2"]]


def test_a_third_without_a_common_key_gives_no_pair():
    keys = ["a1", "a2", "b1", "b2", "c1", "c2"]
    assert distant_pairs(keys, {"a1": 500, "c2": 70}) == [["a1", "c2"]]
    assert distant_pairs(keys[:5], dict.fromkeys(keys, 50)) == []  # too short to have thirds


def test_each_lookup_is_read_once_and_weighs_for_the_groups_it_stands_for():
    keys = [f"k{i}" for i in range(7)]  # too short for halves: the whole and 2-key stretches
    counts = {"k0": 100, "k1": 50, "k2": 30, "k3": 60, "k4": 20, "k6": 10}  # k5 is rare
    found = lookups(QuotationKeys(keys, []), counts, stretches=8)
    assert found == [
        (["k5"], 3),  # the whole, k4-k5 and k5-k6 are all read by their rare key
        (["k0", "k1"], 1),
        (["k2", "k3"], 1),
        (["k1", "k2"], 1),
        (["k1", "k6"], 1),
        (["k2", "k6"], 1),
    ]


def test_the_index_holds_the_keys_then_the_runs_of_four_words_of_two_keys_in_a_row():
    found = words("We will not accept any deal, we will not")
    assert index_terms(found) == [
        *lookup_keys(found),
        # not "we will not accept" nor "deal we will not": "we will not" is no key
        "will-not-accept-any",
        "not-accept-any-deal",
        "accept-any-deal-we",
        "any-deal-we-will",
    ]


def test_a_speaker_key_is_the_surname_after_a_dash_which_no_key_starts_with():
    assert speaker_key("Dmitry Peskov") == speaker_key("peskov") == "-peskov"
    assert speaker_key("Zo\u00eb O\u2019Brien") == "-obrien"
    assert speaker_key(None) is None and speaker_key("") is None and speaker_key("...") is None
    found = words("-peskov said the -peskov plan")
    assert not any(term.startswith("-") for term in index_terms(found))


def test_keys_that_follow_one_another_are_read_by_their_runs():
    found = quotation_keys(["the harbor strike has delayed every crossing"])
    stretch = ["harbor_strike_has", "strike_has_delayed", "has_delayed_every"]
    assert by_runs(stretch, found.runs) == [
        "harbor-strike-has-delayed",
        "strike-has-delayed-every",
    ]
    apart = ["the_harbor_strike", "has_delayed_every"]  # not in a row: read by the keys
    assert by_runs(apart, found.runs) == apart
    assert by_runs(["harbor_strike_has"], found.runs) == ["harbor_strike_has"]


def test_no_run_key_runs_over_an_ellipsis():
    found = quotation_keys(elided_pieces("the harbor strike ... has delayed every crossing"))
    assert found.runs == {
        ("has_delayed_every", "delayed_every_crossing"): "has-delayed-every-crossing"
    }
