"""Quotation extraction on written news prose: every mark style and attribution pattern."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from conftest import MOSCOW_TIMES, SPUTNIK

from server.core.quotes import find_quotations

CASES = json.loads(
    (Path(__file__).parent / "cases" / "quotes_cases.json").read_text(encoding="utf-8")
)["cases"]
# Floors of the quality gate on the written cases: they only ever rise.
ROLE_FLOOR = 824  # of 846


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_written_case_quotations_and_speakers(case):
    found = find_quotations(case["text"])
    assert [q.text for q in found] == [q["text"] for q in case["quotes"]]
    assert [q.speaker for q in found] == [q["speaker"] for q in case["quotes"]]


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_offsets_point_at_the_quotation_in_the_input(case):
    text = case["text"]
    for quote in find_quotations(text):
        assert quote.start == quote.parts[0].start and quote.end == quote.parts[-1].end
        assert " ".join(text[p.start : p.end] for p in quote.parts) == quote.text
        if len(quote.parts) == 1:
            assert text[quote.start : quote.end] == quote.text


def test_roles_floor():
    right = sum(
        found.role == expected.get("role")
        for case in CASES
        for found, expected in zip(find_quotations(case["text"]), case["quotes"], strict=False)
    )
    assert right >= ROLE_FLOOR


def test_the_cases_cover_every_style_and_pattern_of_the_foundation():
    tags = Counter(tag for case in CASES for tag in case["covers"])
    for tag in (
        "straight",
        "curly",
        "single-curly",
        "guillemets",
        "german-lowhigh",
        "nested",
        "multi-paragraph",
        "interrupted",
        "split",
        "said-after",
        "said-inverted",
        "told-reporters",
        "according-to",
        "colon-intro",
        "pronoun",
        "role-resolution",
        "distractor-scare",
        "distractor-title",
        "apostrophes",
        "unknown-speaker",
    ):
        assert tags[tag] >= 2, tag


def test_moscow_times_seed():
    text = MOSCOW_TIMES.read_text(encoding="utf-8")
    found = find_quotations(text)
    assert [(q.speaker, q.role, q.verb) for q in found] == [
        ("Ian Bremmer", "Eurasia Group founder", "said"),
        ("Dmitry Peskov", "Kremlin spokesman", "told"),
    ]
    assert found[1].text == (
        "I can only confirm to you that, indeed, about a year and a half ago they had a "
        "telephone conversation,"
    )
    assert text[found[1].start : found[1].end] == found[1].text


def test_sputnik_seed():
    found = find_quotations(SPUTNIK.read_text(encoding="utf-8"))
    assert [(q.speaker, q.role) for q in found] == [("Dmitry Peskov", "Kremlin spokesman")]


def test_scare_quotes_are_left_out_unless_asked_for():
    text = MOSCOW_TIMES.read_text(encoding="utf-8")
    everything = [q.text for q in find_quotations(text, include_scare_quotes=True)]
    assert "stabilized," in everything
    assert "stabilized," not in [q.text for q in find_quotations(text)]


def test_boilerplate_yields_no_quotation_even_when_asked_for_scare_quotes():
    text = MOSCOW_TIMES.read_text(encoding="utf-8")
    everything = [q.text for q in find_quotations(text, include_scare_quotes=True)]
    assert "foreign agent" not in everything


def test_min_words_is_the_callers_policy():
    text = "He called the plan \u201ca grave mistake\u201d on Monday."
    assert find_quotations(text) == []
    assert [q.text for q in find_quotations(text, min_words=3)] == ["a grave mistake"]


def test_apostrophes_do_not_open_or_close_single_quotes():
    text = (
        "O\u2019Brien, who played in the \u201990s, said the players\u2019 union would "
        "\u2018never accept a deal that the owners don\u2019t honour in full\u2019, "
        "his spokesman said."
    )
    found = find_quotations(text)
    assert [q.text for q in found] == [
        "never accept a deal that the owners don\u2019t honour in full"
    ]


@pytest.mark.parametrize("mark", ["'", "\u2019"])
def test_a_closing_mark_after_s_before_another_quotation_closes(mark):
    opening = "'" if mark == "'" else "\u2018"
    text = (
        f"Darragh O{mark}Brien said the government would {opening}do whatever it takes{mark} to "
        f"support businesses. {opening}The people of Cork have been through enough,{mark} he added."
    )
    assert [q.text for q in find_quotations(text)] == [
        "do whatever it takes",
        "The people of Cork have been through enough,",
    ]


def test_unclosed_quotation_is_not_guessed():
    text = "\u201cWe will never give up on this town, the mayor said.\n\nThe council met at noon."
    assert find_quotations(text) == []


def test_empty_and_markless_text():
    assert find_quotations("") == []
    assert find_quotations("No quotation marks at all in this sentence.") == []


@pytest.mark.parametrize(
    "text",
    [
        'The sign read "Closed until further notice" and the doors were locked.',
        'A placard said "Hands off our hospital" in big red letters.',
        'Their T-shirts read "Not in our name, not ever again."',
    ],
)
def test_what_a_sign_reads_is_no_quotation(text):
    assert find_quotations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Set the header first.\n\nUSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Firefox/65.0"',
        'The payload holds:\n\n"Relative Location": "between place of work and usual bus stop",',
        'def test_qunit(self):\n\n"""Load the QUnit tests and check for failures."""',
        "# Printed a first time since module 'a' calls 'print f()' at the end",
    ],
)
def test_a_string_in_a_line_of_code_is_no_quotation(text):
    assert find_quotations(text) == []


@pytest.mark.parametrize("colon", ["", ":"])
def test_a_title_after_titled_is_no_quotation(colon):
    text = (
        f"The journal published the findings in a paper titled{colon} \u201cA limited-preview "
        "filtered B-spline approach to tracking control of a 3D printer.\u201d"
    )
    assert find_quotations(text) == []


@pytest.mark.parametrize("lead", ["a concept called", "a new technique named", "an app called"])
def test_a_thing_introduced_by_its_name_is_no_quotation(lead):
    text = f"Smith said the compiler can remove the copies through {lead} \u201cloop fusion\u201d."
    assert find_quotations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Pick a long passphrase. Something like "Do not worry, this is my first CA, friend!"',
        "If you\u2019re wondering \u201cWhat about JIT? Can\u2019t it do this for me?\u201d, "
        "it can.",
    ],
)
def test_an_example_or_a_readers_thought_is_no_quotation(text):
    assert find_quotations(text) == []


def test_an_example_lead_with_a_speaker_is_still_a_quotation():
    text = 'Smith said something like "we will look at it again next year" and left.'
    assert [q.text for q in find_quotations(text)] == ["we will look at it again next year"]


def test_words_in_brackets_are_no_call():
    text = 'Smith said the talks went well. "We will see (and hope) for the best now," he added.'
    assert [q.text for q in find_quotations(text)] == ["We will see (and hope) for the best now,"]


def test_a_name_and_a_colon_before_a_quotation_is_not_code():
    text = 'Smith: "We will open the school again next week, whatever the council says."'
    assert [q.text for q in find_quotations(text)] == [
        "We will open the school again next week, whatever the council says."
    ]


def test_what_a_statement_reads_is_a_quotation():
    text = 'The statement read: "We deeply regret the decision to close the plant."'
    assert [q.text for q in find_quotations(text)] == [
        "We deeply regret the decision to close the plant."
    ]
