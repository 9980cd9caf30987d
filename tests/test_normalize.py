"""The one normalisation: typography, case, diacritics and British spellings folded."""

from __future__ import annotations

import unicodedata

import pytest

from server.core.normalize import _CHAR_FOLDS, fold, normalize, tokens, words


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("They analysed it", "they analyzed it"),
        ("modelling and travelling, labelled", "modeling and traveling labeled"),
        ("45 per cent of the enrolment", "45 percent of the enrollment"),
        ("fulfilment of the programme, centred", "fulfillment of the program centered"),
        ("grey mould, learnt", "gray mold learned"),
    ],
)
def test_british_spellings_fold_to_american(british, american):
    assert normalize(british) == american


@pytest.mark.parametrize(
    "written", ["wages fell 12% in a year", "wages fell 12 per cent in a year", "wages fell 12 %"]
)
def test_a_per_cent_sign_is_the_word_percent(written):
    assert normalize(written).startswith("wages fell 12 percent")


@pytest.mark.parametrize(
    ("signed", "written"),
    [
        ("saves us about $1.3 million a year", "saves us about 1.3 million dollars a year"),
        ("told to find \u00a32.4m in savings", "told to find 2.4 million pounds in savings"),
        ("told to find \u00a32.4million in savings", "told to find 2.4 million pounds in savings"),
        ("a \u20ac300k fine, US$5bn", "a 300 thousand euros fine, US 5 billion dollars"),
    ],
)
def test_a_currency_sign_reads_as_its_amount_then_its_currency(signed, written):
    assert normalize(signed) == normalize(written)


def test_a_currency_sign_with_no_amount_is_no_word():
    assert normalize("it costs $ and \u00a3 to run") == "it costs and to run"


def test_tokens_read_per_cent_and_its_sign_as_words_do():
    text = "up 4.5 per cent, then 3%"
    assert (
        [t.key for t in tokens(text)]
        == words(text)
        == ["up", "45", "percent", "then", "3"] + ["percent"]
    )
    assert [text[t.start : t.end] for t in tokens(text)][2:] == ["per cent", "then", "3", "%"]


def test_double_l_that_american_keeps_is_kept():
    assert normalize("compelled controlled excelled") == "compelled controlled excelled"


def _reference_fold(text: str) -> str:
    """fold() as first written, one character at a time."""
    text = unicodedata.normalize("NFKC", text).translate(_CHAR_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII, Mixed Case.",
        "\u201cCurly\u201d \u2014 quotes\u2019 dash\u2026",
        "Caf\u00e9 D\u00c9J\u00c0 \u0130stanbul \u00df",
    ],
)
def test_fold_takes_shortcuts_without_changing_its_answer(text):
    assert fold(text) == _reference_fold(text)
