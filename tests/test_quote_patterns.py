"""Attribution patterns beyond the written case file: dashes, headlines, appositives, languages."""

from __future__ import annotations

import pytest

from server.core.quotes import find_quotations

PATTERNS = [
    pytest.param(
        "Kremlin spokesman Dmitry Peskov \u2014 \u201cWe see no grounds for such claims at the "
        "moment.\u201d",
        [("We see no grounds for such claims at the moment.", "Dmitry Peskov", None)],
        id="dash-introduction",
    ),
    pytest.param(
        "Prime Minister Anna Lindqvist: 'We will not be blackmailed by anyone'",
        [("We will not be blackmailed by anyone", "Anna Lindqvist", None)],
        id="headline-colon",
    ),
    pytest.param(
        "The minister, Jan Berg, said he was \u201cdeeply disappointed by the court's decision "
        "today\u201d.",
        [("deeply disappointed by the court's decision today", "Jan Berg", "said")],
        id="appositive-subject-partial-quote",
    ),
    pytest.param(
        "Manager Sean O'Brien was blunt. 'We were second best in every department today,' he "
        "said. 'It's the players' fault and mine, nobody else's.'",
        [
            (
                "We were second best in every department today, It's the players' fault and mine, "
                "nobody else's.",
                "Sean O'Brien",
                "said",
            )
        ],
        id="british-straight-singles-with-apostrophes",
    ),
    pytest.param(
        "The rock 'n' roll star Lena Marsh, who rose to fame in the '90s, said: 'I never wanted "
        "any of this fame.'",
        [("I never wanted any of this fame.", "Lena Marsh", "said")],
        id="elisions-are-not-marks",
    ),
    pytest.param(
        "\u00ab Nous allons faire appel de cette d\u00e9cision \u00bb, a annonc\u00e9 l'avocat "
        "Jean Dupont.",
        [("Nous allons faire appel de cette d\u00e9cision", "Jean Dupont", "annonc\u00e9")],
        id="french-inverted",
    ),
    pytest.param(
        "\u201eWir werden das Urteil anfechten, so schnell es geht\u201c, sagte Anw\u00e4ltin "
        "Petra Huber.",
        [("Wir werden das Urteil anfechten, so schnell es geht", "Petra Huber", "sagte")],
        id="german-inverted-role-noun",
    ),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov spoke on Wednesday. \u201cThere was no such "
        "conversation at all,\u201d he denied.",
        [("There was no such conversation at all,", "Dmitry Peskov", "denied")],
        id="verb-kept-as-written",
    ),
    pytest.param(
        "\u201cThe figures speak for themselves this quarter,\u201d the Interior Ministry said in "
        "a statement.",
        [("The figures speak for themselves this quarter,", "Interior Ministry", "said")],
        id="body-as-speaker",
    ),
    pytest.param(
        'The house was designed by the architect Marwan Haddad.\n\n"I used limestone for the '
        'courtyard floor and most of the walls," the architect says.',
        [
            (
                "I used limestone for the courtyard floor and most of the walls,",
                "Marwan Haddad",
                "says",
            )
        ],
        id="role-standing-for-a-person",
    ),
    pytest.param(
        '"We worked on the architecture of the spacecraft and its power budget," explains team '
        "leader Ines Castro.",
        [
            (
                "We worked on the architecture of the spacecraft and its power budget,",
                "Ines Castro",
                "explains",
            )
        ],
        id="present-tense-inverted",
    ),
    pytest.param(
        "Director Anna Banks came to dinner. \u201cWould it be all right if I show the children "
        "the garden?\u201d she politely asks Joe.",
        [("Would it be all right if I show the children the garden?", "Anna Banks", "asks")],
        id="adverb-between-subject-and-verb",
    ),
    pytest.param(
        '\u201cThey told us the file was called "final-final" and nothing more,\u201d '
        "archivist Mara Quint said.",
        [
            (
                'They told us the file was called "final-final" and nothing more,',
                "Mara Quint",
                "said",
            )
        ],
        id="straight-marks-nested-in-curly",
    ),
    pytest.param(
        '\u201cOur results reflected broad growth across the business," chairman Craig Menear '
        "said.",
        [("Our results reflected broad growth across the business,", "Craig Menear", "said")],
        id="curly-opened-straight-closed",
    ),
    pytest.param(
        "The Drug Enforcement Administration (DEA) seized the shipment on Monday.\n\n"
        "\u201cThis is the largest seizure at the port in a decade,\u201d the DEA said.",
        [
            (
                "This is the largest seizure at the port in a decade,",
                "Drug Enforcement Administration",
                "said",
            )
        ],
        id="acronym-spelled-out-earlier",
    ),
    pytest.param(
        "Director Joe Banks came to dinner with the board. \u201cWould it be all right if I "
        "showed the children the garden?\u201d she asked.",
        [("Would it be all right if I showed the children the garden?", None, "asked")],
        id="she-is-not-joe",
    ),
    pytest.param(
        "Kremlin spokeswoman Alex Marin met reporters. Defence chief Tom Ortiz stood beside her."
        "\n\n\u201cWe see no grounds at all for these claims,\u201d she said.",
        [("We see no grounds at all for these claims,", "Alex Marin", "said")],
        id="she-skips-a-later-man-to-a-spokeswoman",
    ),
    pytest.param(
        "She said the plan was \u201ca waste of public money from start to finish\u201d.",
        [("a waste of public money from start to finish", None, "said")],
        id="pronoun-with-no-one-to-refer-to-stays-null",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PATTERNS)
def test_pattern(text, expected):
    assert [(q.text, q.speaker, q.verb) for q in find_quotations(text)] == expected


def test_a_title_attributed_to_nobody_is_not_a_quotation():
    text = "The band's new album, \u201cNights Over Lisbon And Porto,\u201d is out on Friday."
    assert find_quotations(text) == []
