"""Speakers of quotations in news prose: who is named, and who is left unnamed.

Written cases (invented texts) for the attribution rules of issue 5 beyond the foundation's:
appositives between the speaker and the verb, people "of" a place or a body, and the cases where
a wrong name would be worse than none.
"""

from __future__ import annotations

import pytest

from server.core.quotes import find_quotations

SPEAKERS = [
    pytest.param(
        "Senator Ada Whitlow of Nebraska called the measure \u201ca gift to the lobbyists who "
        "wrote it.\u201d",
        [("a gift to the lobbyists who wrote it.", "Ada Whitlow", "called")],
        id="person-of-a-state-before-the-verb",
    ),
    pytest.param(
        "Ruth Okafor, chairwoman of the Harbor Port Authority, told reporters: \u201cWe will not "
        "reopen the terminal until every crane is inspected.\u201d",
        [
            (
                "We will not reopen the terminal until every crane is inspected.",
                "Ruth Okafor",
                "told",
            )
        ],
        id="appositive-role-of-a-body-before-the-verb",
    ),
    pytest.param(
        "Senator Paul Dalby voted against the bill.\n\nMr. Dalby, the Vermont Democrat, called "
        "the deal \u201ca surrender dressed up as a compromise.\u201d",
        [("a surrender dressed up as a compromise.", "Paul Dalby", "called")],
        id="appositive-the-state-party-is-not-the-speaker",
    ),
    pytest.param(
        "\u201cThe model simply does not hold up under scrutiny,\u201d says Lena Marsh of the "
        "Institute for Fiscal Studies.",
        [("The model simply does not hold up under scrutiny,", "Lena Marsh", "says")],
        id="inverted-person-of-a-body",
    ),
    pytest.param(
        "Omar Haddad, chief executive of Lumen Robotics, said the firm would hire 200 engineers."
        " \u201cWe are only getting started here,\u201d he said.",
        [("We are only getting started here,", "Omar Haddad", "said")],
        id="pronoun-skips-the-company-in-the-appositive",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker(text, expected):
    assert [(q.text, q.speaker, q.verb) for q in find_quotations(text)] == expected
