"""Short quoted words (one to three) in news prose: a quotation when the sentence reports them as
somebody's words, a term, a name or a title when it does not."""

from __future__ import annotations

import pytest

from server.core.quotes import find_quotations

QUOTED = [
    pytest.param(
        "At the hearing, Senator Ruth Alvarez was heard calling the minister an "
        "\u201cincompetent\u201d manager of the port.",
        [("incompetent", "Ruth Alvarez")],
        id="calling-someone-a-word",
    ),
    pytest.param(
        'The tenant, Marco Villa, is alleging the landlord\'s "careless" and "unlawful" repairs '
        "flooded his flat.",
        [("careless", "Marco Villa"), ("unlawful", "Marco Villa")],
        id="alleging-with-two-words",
    ),
    pytest.param(
        "Councillor Jane Pike spoke after the vote, concluding that the chances of a new "
        "library were \u201cslim.\u201d",
        [("slim.", "Jane Pike")],
        id="participle-concluding-that",
    ),
    pytest.param(
        "Councillor Jane Pike spoke after the vote, concluding that the chances of a new "
        "library were \u201dslim.\u201d",
        [("slim.", "Jane Pike")],
        id="right-double-mark-opening-a-quotation",
    ),
    pytest.param(
        "The home coach was furious afterwards, going so far as to call the referee's decision "
        '"shameful."',
        [("shameful.", None)],
        id="call-something-a-word-ending-the-sentence",
    ),
    pytest.param(
        "The airline cut 40 jobs (it would not give the number but called it "
        "\u201cminor\u201d) and froze hiring.",
        [("minor", None)],
        id="called-it-a-word-in-brackets",
    ),
    pytest.param(
        "Without more staff, patients find the ward \u201cunbearable,\u201d and many leave "
        "early, the report says.",
        [("unbearable,", None)],
        id="one-word-ending-its-clause-in-a-sentence-closing-on-its-attribution",
    ),
    pytest.param(
        "The new rota is \u201cless stressful,\u201d and \u201cfairer\u201d than the old one, "
        "nurse Ana Weiss told me.",
        [("less stressful,", "Ana Weiss"), ("fairer", "Ana Weiss")],
        id="a-lone-word-joined-by-and-to-a-quotation",
    ),
    pytest.param(
        "Engineer Maya Reyes spoke on Monday. She gave no date for the launch, but said the crew "
        "would rehearse \u201ca lot\u201d before it.",
        [("a lot", "Maya Reyes")],
        id="she-did-one-thing-but-said-another",
    ),
    pytest.param(
        "Inspector Lena Ruiz said she had no complaint about the audit, but she did fear there "
        "would be \u201clegal trouble\u201d if it leaked.",
        [("legal trouble", "Lena Ruiz")],
        id="a-sentence-opening-on-a-person-saying",
    ),
    pytest.param(
        "A spokesman said the claims were \u201cbaseless.\u201d Officials told reporters the "
        "delay was \u201cregrettable,\u201d and promised a review.",
        [("baseless.", None), ("regrettable,", None)],
        id="a-word-ending-what-an-unnamed-speaker-said",
    ),
]

LEFT_OUT = [
    pytest.param(
        "The update adds what Apple is calling \u201cimmersive\u201d photos to the gallery.",
        id="what-a-company-is-calling-a-feature",
    ),
    pytest.param(
        "Astronomers still cannot see what physicists call \u201cdark\u201d matter.",
        id="what-scientists-call-a-term",
    ),
    pytest.param(
        'The "smart" meters were installed across the town last spring.',
        id="scare-quote-without-a-speaker",
    ),
    pytest.param(
        'The exchange of keys is called a "handshake." It takes a few milliseconds.',
        id="passive-called-names-a-term",
    ),
    pytest.param(
        "Opposition parties, who call it the \u201cgag law,\u201d walked out of the chamber.",
        id="call-it-the-name",
    ),
    pytest.param(
        "They met at a small bakery called \u201cthe oven\u201d near the station.",
        id="something-called-a-name-without-an-object",
    ),
    pytest.param(
        "The raid targeted \u201csmugglers\u201d in the port, an official said.",
        id="one-word-inside-its-clause-before-the-attribution",
    ),
    pytest.param(
        "The director, Tom Hale, blurred the credits. They leave only the words \u201cAnna\u201d "
        "and \u201cblue,\u201d Hale said.",
        id="words-named-as-words-and-their-sibling",
    ),
    pytest.param(
        "Readers searched for \u201cvegan\u201d and \u201cgluten free\u201d more than ever.",
        id="search-terms-joined-by-and",
    ),
    pytest.param(
        "Psychology tells us that the \u201cgut feeling\u201d moment comes before any reasoning.",
        id="a-science-telling-is-no-person-saying",
    ),
    pytest.param(
        "He said his deputy had dubbed the scheme \u201cthe big fix\u201d years before.",
        id="a-reported-sentence-that-names-something",
    ),
    pytest.param(
        "The minister, Ana Silva, denied that her office had run a \u201cshadow\u201d budget.",
        id="a-word-denied-is-the-accusers-not-the-deniers",
    ),
    pytest.param(
        "The engineer said the \u201creset\u201d button had been broken for weeks.",
        id="a-term-inside-what-was-said",
    ),
    pytest.param(
        "Neuroscience tells us when that \u201ceureka!\u201d moment comes.",
        id="an-exclamation-inside-a-term-does-not-end-the-clause",
    ),
    pytest.param(
        "A detective said the suspect had used a \u201cghost gun.\u201d",
        id="a-thing-named-in-what-an-unnamed-speaker-said",
    ),
    pytest.param(
        "He said the intruders had used \u201cransomware\u201d to lock the files.",
        id="a-thing-named-in-a-sentence-opening-on-saying",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_short_words_reported_as_said_are_quotations(text, expected):
    assert [(q.text, q.speaker) for q in find_quotations(text)] == expected


@pytest.mark.parametrize("text", LEFT_OUT)
def test_short_terms_and_names_stay_out(text):
    assert find_quotations(text) == []


def test_right_double_marks_on_both_sides_as_swedish_prints_them():
    text = (
        "\u201dVi kommer att \u00f6verklaga domen\u201d, sa advokaten. Han var "
        "\u201dtr\u00f6tt\u201d."
    )
    everything = find_quotations(text, include_scare_quotes=True)
    assert [q.text for q in everything] == ["Vi kommer att \u00f6verklaga domen", "tr\u00f6tt"]
