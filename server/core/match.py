"""Rank the candidates of a quotation: is each the same statement, and how is it worded?

The policy is in keyword arguments (`score_cutoff`, `min_fragment_words`,
`limit`); nothing is preprocessed behind the caller's back but the one
normalisation of `normalize`. Candidates keep their ids through matching.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from .diff import word_diff
from .models import Candidate, Quotation, Version
from .normalize import COMMON_WORDS, CURRENCY_WORDS, MAGNITUDES, fold, words
from .speakers import names_a_firm_or_body
from .units import may_write_otherwise, written_alike

VERBATIM, REORDERED, FRAGMENT, EXTENDED, VARIANT, OVERLAP, PART = (
    "verbatim",
    "reordered",
    "fragment",
    "extended",
    "variant",
    "overlap",
    "part",
)
RELATIONS = (VERBATIM, REORDERED, FRAGMENT, EXTENDED, VARIANT, OVERLAP, PART)
# Words a quotation and another part of the fuller version it stands in hold each, at least:
# shorter parts are too often a phrase of the story, not of the one statement.
DEFAULT_OTHER_PART_WORDS = 3
# Words of another part that its fuller version may not hold, a spelling or a number written
# otherwise: more and it is not worth comparing (`_mostly_inside`).
_WORDS_NOT_INSIDE = 2
DEFAULT_SCORE_CUTOFF = 80.0
# A wording of the quotation's own speaker (known on both sides) counts as a variant from this
# score: another translation of their words changes more of them than an outlet's rewording.
DEFAULT_OWN_SPEAKER_CUTOFF = 70.0
DEFAULT_MIN_FRAGMENT_WORDS = 6
# A part shorter than this share of the whole must be long in its own right to count.
_MIN_FRAGMENT_SHARE = 0.25
_LONG_FRAGMENT_WORDS = 10
_FRAGMENT_CUTOFF = 92.0
# A part this long may have one word inside it put for another (`_one_word_changed_inside`).
_ONE_WORD_CHANGED_PART_WORDS = 8
# A part leaves out at least this many of the whole's words, or the first or last word alone:
# one word more or less inside ("won't" and "will not", "He [Putin] has") is a wording changed,
# a variant if anything.
_PART_LEAVES_OUT = 2
# A part this short counts only word for word, in its own speaker's mouth.
_SHORT_PART_WORDS = 4
# Within one story's reports, a part of the same speaker's words this short: one word the
# speaker is quoted with ("called it "madness"") in their whole sentence ("Dropping a player of
# her class ... is madness"), as "next best thing"; too short for the index, found in the story.
_STORY_OWN_PART_WORDS = 1
# Words not common ones that a part in its own speaker's mouth must hold: two, in a long part
# ("We will not let one judgment stop us": judgment, stop) as in a short one (four or five
# words, word for word: "we are data dependent", not "and it is unaffordable").
_OWN_PART_CONTENT_WORDS = 2
# Within one story's reports, a part of four words or more word for word needs one telling word
# ("That is a closure for them", "That is forcing us"): the story says it is the statement.
_STORY_PART_TELLING_WORDS = 1
# How alike a part in its own speaker's mouth must be to the stretch of the whole it stands for,
# when not word for word ("faster than anything I have seen", "... I've seen in my ...").
_OWN_PART_CUTOFF = 85.0
# A run the same person's two wordings share, and its telling words, to be one statement.
_OWN_OVERLAP_WORDS = 6
_OWN_OVERLAP_CONTENT_WORDS = 3
_OWN_OVERLAP_SHARE = 0.5
# First names spelled two ways ("Dmitri", "Dmitry") agree in this many letters.
_FIRST_NAME_LETTERS = 3
# A fragment needs this many words that are not common ones: "a year and a half ago" is not one.
_MIN_FRAGMENT_CONTENT_WORDS = 4
_WORD_FOR_WORD_PART_WORDS = 7  # a part this long, word for word, needs a telling word less
_RELATION_STRENGTH = {
    "verbatim": 5,
    "reordered": 4,
    "extended": 3,
    "fragment": 2,
    "variant": 1,
    "overlap": 0,
    "part": -1,
}
# Two outlets quoting overlapping stretches of one statement share a run of at least this many
# words, this many of them not common ones (more when the wordings part ways after or before
# it), and at least this share of the shorter wording (`_overlap_relation`).
_OVERLAP_RUN_WORDS = 10
_OVERLAP_CONTENT_WORDS = 6
_PARTING_CONTENT_WORDS = 8
_OVERLAP_SHARE = 1 / 3
_SHINGLE_WORDS = 5
# Where one sentence of a quotation ends and the next starts: after a full stop, a question or
# an exclamation mark (not an ellipsis's last dot), and after a comma, semicolon or colon
# before a capital, where the quotation finder joined two parts.
_SENTENCE_BREAK = re.compile(r"(?<=[^.][.!?])\s+|(?<=[,;:])\s+(?=[A-Z])")
_STEM_LETTERS = 5  # letters a telling word is known by in `_keeps_telling_words`
# The same person's two renderings of a statement have this many words each at least
# (`_another_translation`).
_TRANSLATION_MIN_WORDS = 8
_SENTENCE_SHARED_WORDS = 3  # telling words a candidate shares, to be compared by its sentences
_SAME_ARTICLE_SHARE = 0.5
# A version attributed to another known speaker must be this alike, and a part of it this
# long (in words, or as a share of the whole).
_OTHER_SPEAKER_CUTOFF = 95.0
_OTHER_SPEAKER_PART_WORDS = 12
_OTHER_SPEAKER_PART_SHARE = 0.5
# A phrase this short, with fewer telling words, is anyone's to say: the same words from two
# known speakers are two statements ("We will see", "Thank you very much").
_STOCK_PHRASE_WORDS = 4
_STOCK_PHRASE_TELLING = 3
# So many other speakers quoted saying the same words make them a common phrase.
DEFAULT_COMMON_PHRASE_SPEAKERS = 3
# Words that deny what a statement says (normalised: "can't" is "cant"), in the languages the
# quotation finder reads. "We will fund it" and "we won't fund it" are two statements.
_NEGATIONS = frozenset(
    """not no never nobody nothing none neither nor nowhere cannot cant wont dont doesnt didnt
    isnt arent wasnt werent hasnt havent hadnt shouldnt wouldnt couldnt mustnt neednt aint
    nicht kein keine keinen keinem keiner keines nie niemals niemand nichts
    nunca nadie nada jamas nao non jamais rien""".split()
)
_DIGIT = re.compile(r"\d")
# "not" contracted, as `normalize` writes it (its apostrophe folded away), and written apart:
# the English denials of `_NEGATIONS` that end in "nt" ("hasnt": "has not"), but those whose
# verb changes ("wont": "will not") or that stand for none ("aint").
_NOT_WRITTEN_APART = {"wont": ("will", "not"), "cant": ("can", "not"), "cannot": ("can", "not")}
_NOT_CONTRACTIONS = {
    **{
        word: (word.removesuffix("nt"), "not")
        for word in _NEGATIONS
        if word.endswith("nt") and word != "aint"
    },
    **_NOT_WRITTEN_APART,
}
_NOT_CONTRACTED = frozenset(_NOT_CONTRACTIONS)
# Numbers as words, the way outlets spell what another writes in digits ("five years", "5
# years"). Not "one": a pronoun as often as a number.
_UNITS = "two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {
    word: str(value)
    for value, word in [
        *enumerate(_UNITS, 2),
        *enumerate(_TEENS, 10),
        *zip(range(20, 100, 10), _TENS, strict=True),
        *(  # "twenty-five" is one word, its hyphen folded away
            (10 * at + value, tens + unit)
            for at, tens in enumerate(_TENS, 2)
            for value, unit in enumerate(["one", *_UNITS], 1)
        ),
    ]
}
_NUMBER_WORD_SET = frozenset(_NUMBER_WORDS)
# Units a number is written with in one word once its hyphen is folded away ("15minute").
_UNIT_WORDS = (
    "minute hour day week month year mile metre meter storey story point kilometre kilometer "
    "kilogram kilo megawatt kilowatt gigawatt acre hectare degree inch foot"
).split()
_UNITS_OF_COUNT = "(?:" + "|".join(_UNIT_WORDS) + ")s?"
# A spelled number with its unit, the hyphen folded away ("fifteenminute"), and the same in
# digits ("15minute"): a set to test all of a wording's words at once.
_SPELLED_UNITS = {
    f"{word}{unit}{plural}": f"{value}{unit}{plural}"
    for word, value in _NUMBER_WORDS.items()
    for unit in _UNIT_WORDS
    for plural in ("", "s")
}
_SPELLED_UNIT_SET = frozenset(_SPELLED_UNITS)
# How outlets write a number's magnitude after its digits ("$2bn", "$2 billion").
_HUNDRED = 100
_MAGNITUDE_VALUES = {
    "thousand": 10**3,
    "grand": 10**3,  # "fifty grand", after a number only
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "crore": 10**7,  # "Rs 45 crore": 450 million rupees
    "crores": 10**7,
    "lakh": 10**5,  # "Rs 2 lakh": 200,000 rupees
    "lakhs": 10**5,
}
# Magnitudes `normalize` does not know: it writes the currency before them ("Rs 45 crore": "45
# rupees crore"), and the magnitude is read first.
_MAGNITUDES_AFTER_CURRENCY = frozenset(("crore", "crores", "lakh", "lakhs"))
# A share written as a fraction ("four out of five", "one in four"): its percent, as another
# outlet writes it ("80%", "25 per cent"); a fraction of up to this denominator (not "two in
# 2024").
_FRACTION_DENOMINATOR = 100
_PERCENT = 100
# A duration in weeks or fortnights, read in days ("three weeks", "21 days").
_DAYS_IN = {"week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14}
_FORTNIGHTS = frozenset(("fortnight", "fortnights"))
_FRACTION_TOPS = {**_NUMBER_WORDS, "one": "1"}  # "one in four"
_SUFFIXED = re.compile(r"^(\d+)(" + "|".join(MAGNITUDES) + ")$")
# A number written with its unit ("30ft", "12km", "15-minute", "250-megawatt", "40-mile-an-hour"
# with its hyphens folded away): the number of "30 feet", "a 15 minute call", "40 mph".
_WITH_UNIT = re.compile(
    rf"^(\d+)(?:ft|km|kms|cm|mm|mg|mi|kg|lb|lbs|oz|mph|kph|kmh|kw|kwh|mw|mwh|gw|gwh|ha|feet|x|"
    rf"milesanhour|mileanhour|milesperhour|{_UNITS_OF_COUNT})$"
)
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[\u2026\]|\.{3}|\u2026)\s*")


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    relation: str


@dataclass(frozen=True, slots=True)
class Wording:
    """A quotation's normalised words, and the words of each part between its ellipses."""

    words: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, text: str, normalized: str | None = None) -> Wording:
        """The wording of `text`, given its normalised words or not (then they are worked out
        once for the last few texts: a page's quotation is compared again and again)."""
        if normalized is None:
            return _text_wording(text)
        return cls._of_words(text, tuple(normalized.split()))

    @classmethod
    def _of_words(cls, text: str, found: tuple[str, ...]) -> Wording:
        """The wording of `text`, whose normalised words are `found`."""
        if not _may_be_elided(text):  # most texts: no need to look for ellipses
            return cls(found, (found,))
        pieces = elided_pieces(text)
        if len(pieces) == 1:
            return cls(found, (found,))
        parts = tuple(tuple(words(piece)) for piece in pieces)
        return cls(found, tuple(part for part in parts if part))


@lru_cache(maxsize=256)
def _text_wording(text: str) -> Wording:
    """`Wording.of` a text without its stored words."""
    return Wording._of_words(text, tuple(words(text)))


def elided_pieces(text: str) -> list[str]:
    """The text between its ellipses ("...", "\u2026", "[...]"); the whole text if it has none."""
    if not _may_be_elided(text) or not _ELLIPSIS.search(text):
        return [text]
    return _ELLIPSIS.split(text)


def _may_be_elided(text: str) -> bool:
    return "..." in text or "\u2026" in text or ". ." in text


def compare(
    a: str,
    b: str,
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
) -> Comparison | None:
    """How `b` (another outlet's wording) relates to `a` (the page's); None if another statement.

    - verbatim: the same words in the same order, once normalised (score 100).
    - reordered: the same words in another order (score 100: every word is shared).
    - fragment: `b` is a part of `a`; extended: `a` is a part of `b` (score: partial ratio).
      A wording cut with an ellipsis ("...", "[...]") is a part of the other when each of its
      pieces stands in the other, in order.
    - variant: words changed, the whole still at least `score_cutoff` alike (the better of the
      Levenshtein ratio and the token sort ratio of the normalised words).
    """
    return compare_wordings(
        Wording.of(a),
        Wording.of(b),
        score_cutoff=score_cutoff,
        min_fragment_words=min_fragment_words,
    )


def compare_wordings(
    a: Wording,
    b: Wording,
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
    variant_score: float | None = None,
) -> Comparison | None:
    """`compare` on wordings already normalised (the corpus keeps its quotations' words).

    `variant_score`, when given, is what `variant_scores` found for the pair: the score a
    variant is judged by, worked out for many candidates at once.
    """
    words_a, words_b = a.words, b.words
    if not words_a or not words_b:
        return None
    if words_a == words_b:
        return Comparison(100.0, VERBATIM)
    if len(words_a) == len(words_b) and Counter(words_a) == Counter(words_b):
        return Comparison(100.0, REORDERED)
    found = _part_or_variant(a, b, score_cutoff, min_fragment_words, variant_score)
    if found is None or found.relation != VERBATIM:
        alike = _numbers_alike(a, b)
        if alike is not None:  # "sixty percent of", "eight hundred and fifty homes", "18km"
            alike_a, alike_b = alike
            if alike_a.words == alike_b.words:  # the same words but for how numbers are written
                return Comparison(100.0, VARIANT)
            if found is None or not _numbers_agree(words_a, words_b):
                as_written = found
                found = _part_or_variant(alike_a, alike_b, score_cutoff, min_fragment_words)
                if found is None and as_written is not None:
                    return None  # alike as written, but for numbers that differ
                words_a, words_b = alike_a.words, alike_b.words
    if found is None:
        return _overlap_relation(a, b)
    if not _numbers_agree(words_a, words_b):
        return None
    if found.relation == VARIANT and not _negations_agree(a, b):
        return None
    return found


def _part_with_nots_apart(
    words_a: tuple[str, ...], words_b: tuple[str, ...], min_fragment_words: int
) -> Comparison | None:
    """fragment or extended once "not" is written apart in both wordings ("hasn't looked at
    where demand will be" of "... has not looked at where demand will be in 2030"); None when
    neither contracts one (most wordings) or they are no part of each other even so."""
    contracted_a = _NOT_CONTRACTED.intersection(words_a)
    contracted_b = _NOT_CONTRACTED.intersection(words_b)
    if contracted_a == contracted_b:
        return None  # neither contracts one, or both the same: written apart, no nearer
    if not (contracted_a and contracted_b) and "not" not in (words_b if contracted_a else words_a):
        return None  # the other writes no "not" apart either
    return _part_relation(_nots_apart(words_a), _nots_apart(words_b), min_fragment_words)


def _nots_apart(found: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for each in found for word in _NOT_CONTRACTIONS.get(each, (each,)))


def _part_or_variant(
    a: Wording,
    b: Wording,
    score_cutoff: float,
    min_fragment_words: int,
    variant_score: float | None = None,
) -> Comparison | None:
    """fragment, extended or variant, before the numbers are checked (most candidates are
    none of them, and the check costs more than finding that out)."""
    part = _part_relation(a.words, b.words, min_fragment_words)
    if part is None and len(a.parts) + len(b.parts) > 2:
        part = _elided_relation(a, b, min_fragment_words)
    if part is not None:
        return part
    if variant_score is None:
        variant_score = variant_scores(a, [b], score_cutoff)[0]
    if variant_score and variant_score >= score_cutoff:
        return Comparison(round(variant_score, 1), VARIANT)
    return _part_with_nots_apart(a.words, b.words, min_fragment_words)


def _numbers_written_otherwise(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """Does one wording write in digits more numbers than the other, which spells one, or do
    both write one and spell another ("Five years ago we had 12", "5 years ago we had twelve")?"""
    spelled_a, spelled_b = _spells_a_number(words_a), _spells_a_number(words_b)
    if not spelled_a and not spelled_b:
        return False  # most wordings spell no number
    digits_a = sum(1 for word in words_a if _DIGIT.search(word))
    digits_b = sum(1 for word in words_b if _DIGIT.search(word))
    if digits_a == digits_b:
        return digits_a > 0 and spelled_a and spelled_b
    return spelled_a if digits_a < digits_b else spelled_b


def _numbers_alike(a: Wording, b: Wording) -> tuple[Wording, Wording] | None:
    """Both wordings with their numbers written alike, when one writes a number otherwise:
    spelled out in the other's digits (`_in_digits`), or with its unit, time, ordinal or
    quarter written another way (`units.written_alike`: "18km", "18 kilometres"; "6.42am",
    "6:42 a.m."). None when neither does: most wordings."""
    given_a, given_b = a, b
    if _numbers_written_otherwise(a.words, b.words):
        a, b = _in_digits(a), _in_digits(b)
    elif not (may_write_otherwise(a.words) or may_write_otherwise(b.words)):
        return None
    words_a, words_b = frozenset(a.words), frozenset(b.words)
    alike_a, alike_b = _units_alike(a, words_b), _units_alike(b, words_a)
    if alike_a.words == a.words and alike_b.words == b.words and a is given_a and b is given_b:
        return None  # a digit here and there, nothing written otherwise
    return alike_a, alike_b


def _units_alike(wording: Wording, other: frozenset[str]) -> Wording:
    """The wording (each part between its ellipses too) as `units.written_alike` writes it."""
    written = written_alike(wording.words, other)
    if len(wording.parts) == 1:
        return Wording(written, (written,))
    return Wording(written, tuple(written_alike(part, other) for part in wording.parts))


def _spells_a_number(found: Sequence[str]) -> bool:
    return (
        not _NUMBER_WORD_SET.isdisjoint(found)
        or "hundred" in found
        or not _SPELLED_UNIT_SET.isdisjoint(found)
    )


def _in_digits(wording: Wording) -> Wording:
    """The wording with the numbers it spells written in digits ("twelve thousand nurses":
    "12000 nurses"), to be compared with one that writes them so; each part between its
    ellipses too."""
    written = _words_in_digits(wording.words)
    if len(wording.parts) == 1:
        return Wording(written, (written,))
    return Wording(written, tuple(_words_in_digits(part) for part in wording.parts))


def _spelled_read(found: Sequence[str]) -> Sequence[str]:
    """The words with hundreds and numbers glued to their units written in digits
    (`_hundreds_read`, `_unit_in_digits`); most wordings have neither, and come back as
    they are."""
    if "hundred" in found:
        found = _hundreds_read(tuple(found))
    if not _SPELLED_UNIT_SET.isdisjoint(found):
        found = [_unit_in_digits(word) for word in found]
    return found


def _unit_in_digits(word: str) -> str:
    """ "fifteenminute" (from "fifteen-minute") as "15minute"; any other word as it is."""
    return _SPELLED_UNITS.get(word, word)


def _hundreds_read(found: Sequence[str]) -> Sequence[str]:
    """The words with each spelled number of hundreds written in digits: "eight hundred and
    fifty" is "850", "a hundred and fifty" "150", "one hundred" "100"."""
    read: list[str] = []
    at = 0
    while at < len(found):
        word = found[at]
        count = 1 if word in ("a", "one") else int(_NUMBER_WORDS.get(word, 0))
        if not count or count >= _HUNDRED or found[at + 1 : at + 2] != ("hundred",):
            read.append(word)
            at += 1
            continue
        value, at = count * _HUNDRED, at + 2
        rest = (
            _NUMBER_WORDS.get(found[at + 1])
            if found[at : at + 1] == ("and",) and at + 1 < len(found)
            else None
        )
        if rest is not None and int(rest) < _HUNDRED:
            value, at = value + int(rest), at + 2
        read.append(str(value))
    return read


def _words_in_digits(found: Sequence[str]) -> tuple[str, ...]:
    found = _spelled_read(found)
    written: list[str] = []
    spelled: list[str] = []  # the words of the number being read
    for word in (*found, ""):
        if word in _NUMBER_WORDS or spelled and (word == "hundred" or word in _MAGNITUDE_VALUES):
            spelled.append(word)
            continue
        if spelled:
            written.extend(str(value) for value in _numbers(spelled).elements())
            spelled = []
        if word:
            written.append(word)
    return tuple(written)


def variant_scores(a: Wording, others: Sequence[Wording], score_cutoff: float) -> list[float]:
    """How alike each of `others` is to `a` as a whole: the better of the Levenshtein ratio
    and the token sort ratio of the normalised words, 0 below `score_cutoff`.

    One call of each ratio for all of `others`: `a` is prepared once, not for each. Only
    the wordings whose length lets them reach the cutoff are scored (`_may_reach`).
    """
    page = " ".join(a.words)
    joined = [" ".join(other.words) for other in others]
    near = [at for at, other in enumerate(joined) if _may_reach(page, other, score_cutoff)]
    scores = [0.0] * len(others)
    if not near:
        return scores
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        alike = process.extract(
            page, [joined[at] for at in near], scorer=scorer, limit=None, score_cutoff=score_cutoff
        )
        for _, score, index in alike:
            at = near[index]
            scores[at] = max(scores[at], score)
    return scores


def _may_reach(a: str, b: str, score_cutoff: float) -> bool:
    """Can two texts this long score `score_cutoff` by either ratio? Both are 100 times one
    less the edit distance (insertions and deletions) over the summed lengths, and that
    distance is at least the difference of the lengths (the token sort ratio's sorted words
    are as long as the text)."""
    shorter, longer = sorted((len(a), len(b)))
    return 200 * shorter >= score_cutoff * (shorter + longer)


def _numbers_agree(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """The shorter wording's numbers all stand in the other (each's in the other's, when they
    are as long): "82 percent" is not "88 percent", and "five years" is "5 years", "$2bn" is
    "$2 billion". Wordings without digits are left to the scores: their number words are
    words like any other."""
    if not _DIGIT.search(" ".join(words_a)) and not _DIGIT.search(" ".join(words_b)):
        return True
    shorter, longer = sorted((words_a, words_b), key=len)
    if not _numbers_stand_in(shorter, longer):
        return False
    return len(shorter) < len(longer) or _numbers_stand_in(longer, shorter)


def _numbers_stand_in(words: Sequence[str], other: Sequence[str]) -> bool:
    """Does `other` hold every number of `words`? A 1 may be a "one" there ("1 per cent",
    "one per cent"): "one" is no number word."""
    missing = _numbers(words) - _numbers(other)
    if set(missing) == {1}:
        return missing[1] <= other.count("one")
    return not missing


def _numbers(found: Sequence[str]) -> Counter:
    """The numbers of a wording by value, however written: "12000", "12 thousand" and "twelve
    thousand" are 12000, "$2bn", "$2 billion" and "two billion" are 2000000000, "three hundred
    billion" is "300 billion"."""
    numbers: list[int | str] = []
    pending: int | None = None  # a number read, which a magnitude after it may multiply
    for word in _as_values(_spelled_read(found)):
        if pending is not None and word == "hundred" and pending < _HUNDRED:
            pending *= _HUNDRED
            continue
        if pending is not None and word in _MAGNITUDE_VALUES:
            pending *= _MAGNITUDE_VALUES[word]
            continue
        if word in _DAYS_IN and (pending is not None or word in _FORTNIGHTS):
            numbers.append((pending or 1) * _DAYS_IN[word])  # "three weeks": 21 days
            pending = None  # "a fortnight": 14; not "last week"
            continue
        if pending is not None:
            numbers.append(pending)
            pending = None
        suffixed = _SUFFIXED.match(word)
        with_unit = _WITH_UNIT.match(word)
        if suffixed:
            numbers.append(int(suffixed[1]) * _MAGNITUDE_VALUES[MAGNITUDES[suffixed[2]]])
        elif with_unit:
            numbers.append(int(with_unit[1]))
        elif word.isdigit():
            pending = int(word)
        elif _DIGIT.search(word):
            numbers.append(word)  # "3rd", "6pm", "covid19": kept as written
        elif word in _NUMBER_WORDS:
            pending = int(_NUMBER_WORDS[word])
    if pending is not None:
        numbers.append(pending)
    return Counter(numbers)


def _as_values(found: Sequence[str]) -> list[str]:
    """The words with a magnitude read before the currency `normalize` put first ("45 rupees
    crore": "45 crore rupees") and a fraction as its percent ("four out of five", "one in
    four": "80", "25"), for `_numbers`."""
    read = list(found)
    if not _MAGNITUDES_AFTER_CURRENCY.isdisjoint(read):
        for at in range(len(read) - 2):
            if read[at + 1] in CURRENCY_WORDS and read[at + 2] in _MAGNITUDES_AFTER_CURRENCY:
                read[at + 1], read[at + 2] = read[at + 2], read[at + 1]
    if "out" not in read and "in" not in read:
        return read
    for at in range(len(read) - 2):
        of = 1 if read[at + 1 : at + 3] == ["out", "of"] else 0
        if read[at + 1] not in ("out", "in") or at + 2 + of >= len(read):
            continue
        share = _fraction(read[at], read[at + 2 + of])
        if share is not None:
            read[at : at + 3 + of] = [share] + [""] * (2 + of)
    return [word for word in read if word]


def _fraction(top: str, bottom: str) -> str | None:
    """The percent a share "top in bottom" makes, in digits; None for no such share."""
    value = _FRACTION_TOPS.get(top, top)
    of = _NUMBER_WORDS.get(bottom, bottom)
    if not (value.isdigit() and of.isdigit()):
        return None
    if not 0 < int(value) < int(of) <= _FRACTION_DENOMINATOR:
        return None
    return str(round(_PERCENT * int(value) / int(of)))


def _negations_agree(a: Wording, b: Wording) -> bool:
    """Both wordings deny as often ("we have not ever" is "we have never"): a word changed into
    or out of a denial ("will fund" and "won't sign") makes another statement, however alike
    the rest. Parts are not held to it, nor a wording cut with an ellipsis: the denial may
    lie in what is left out."""
    if len(a.parts) + len(b.parts) > 2:
        return True
    return _denials(a.words) == _denials(b.words)


def _denials(found: Sequence[str]) -> int:
    return sum(word in _NEGATIONS for word in found)


def _is_telling_part(shorter: Sequence[str], min_words: int, word_for_word: bool = False) -> bool:
    """Long enough to stand for the whole: `min_words` words, four of them not common ones
    (three when it stands word for word in the whole and is seven words long: "no evidence
    that any patient has been harmed"; not "a year and a half ago")."""
    if len(shorter) < min_words:
        return False
    telling = _telling_count(shorter)
    longer_word_for_word = word_for_word and len(shorter) >= _WORD_FOR_WORD_PART_WORDS
    return telling >= _MIN_FRAGMENT_CONTENT_WORDS - longer_word_for_word


def _part_relation(
    words_a: Sequence[str], words_b: Sequence[str], min_words: int
) -> Comparison | None:
    """fragment or extended, when the shorter wording stands (nearly) whole inside the longer."""
    shorter, longer = (words_b, words_a) if len(words_b) < len(words_a) else (words_a, words_b)
    if not _may_be_part(shorter, longer, min_words):
        return None
    score = fuzz.partial_ratio(" ".join(shorter), " ".join(longer), score_cutoff=_FRAGMENT_CUTOFF)
    if score < _FRAGMENT_CUTOFF and _one_word_changed_inside(shorter, longer):
        score = _FRAGMENT_CUTOFF  # "the biggest insulation scheme this country has seen ..."
    if score < _FRAGMENT_CUTOFF or not _is_telling_part(shorter, min_words, score == 100.0):
        return None
    if _runs_over_a_denial(longer, shorter) or _runs_over_a_denial(shorter, longer):
        return None
    if _denials(shorter) and not _denials(longer):  # "no public interest in", "a clear public"
        return None
    relation = FRAGMENT if shorter is words_b else EXTENDED
    return Comparison(round(score, 1), relation)


def _one_word_changed_inside(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """Does `shorter`, long enough, stand in `longer` word for word but for one word put for
    another ("the biggest insulation scheme this country has seen in a generation" in "... It
    is the biggest insulation program this country has seen in a generation")? A long word
    changed costs a part's letters more than `_FRAGMENT_CUTOFF` allows."""
    size = len(shorter)
    if size < _ONE_WORD_CHANGED_PART_WORDS:
        return False
    for start in range(len(longer) - size + 1):
        window = longer[start : start + size]
        changed = [at for at in range(size) if window[at] != shorter[at]]
        if len(changed) == 1 and 0 < changed[0] < size - 1:
            return _a_word_put_for_another(window[changed[0]], shorter[changed[0]])
    return False


def _a_word_put_for_another(word: str, other: str) -> bool:
    """Two words, neither a denial nor a number (those are read by their own rules: "31" and
    "thirty-one" agree, "will" and "won't" do not)."""
    pair = (word, other)
    return (
        word.isalpha()
        and other.isalpha()
        and _NEGATIONS.isdisjoint(pair)
        and not _spells_a_number(pair)
    )


def _runs_over_a_denial(words: Sequence[str], other: Sequence[str]) -> bool:
    """Do the words around a denial in `words` (two on each side, three at least) stand side
    by side in `other`? Then `other` says that place without denying it: "we will open the
    school" is not a part of "we will not open the school", though "open the school" is."""
    joined = f" {' '.join(other)} "
    for at in range(1, len(words) - 1):
        if words[at] in _NEGATIONS:
            around = [*words[max(0, at - 2) : at], *words[at + 1 : at + 3]]
            if len(around) >= 3 and f" {' '.join(around)} " in joined:
                return True
    return False


def _may_be_part(shorter: Sequence[str], longer: Sequence[str], min_words: int) -> bool:
    """Could `shorter` be a part of `longer` (`_part_relation`), by the counts of their words?"""
    if len(shorter) < min_words or len(shorter) == len(longer):
        return False
    if len(longer) - len(shorter) < _PART_LEAVES_OUT and not _all_but_an_end(shorter, longer):
        return False
    share = len(shorter) / len(longer)
    if share < _MIN_FRAGMENT_SHARE and len(shorter) < _LONG_FRAGMENT_WORDS:
        return False
    # more words missing than a part scoring _FRAGMENT_CUTOFF ever lacks
    return len(set(shorter).difference(longer)) <= len(shorter) // 5


def _all_but_an_end(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """Is `shorter` the whole of `longer` but its first or its last word?"""
    return tuple(shorter) in (tuple(longer[1:]), tuple(longer[:-1]))


def _overlap_relation(a: Wording, b: Wording) -> Comparison | None:
    """overlap: two outlets quoted overlapping stretches of one statement ("X, Y" and "Y, Z").

    The wordings share a run of words, at least `_OVERLAP_SHARE` of the shorter one, and each
    goes on past it (else the part rules decide). When the run ends one wording and starts
    the other, it needs `_OVERLAP_RUN_WORDS` words, `_OVERLAP_CONTENT_WORDS` of them not
    common ones; when it starts both or ends both (they part ways), `_PARTING_CONTENT_WORDS`;
    a phrase that two statements hold in their middles is not one statement. Where both go
    on past the run on the same side, what they say there must hold the same numbers and deny
    as often. Score: the share of the shorter wording that the run is.
    """
    if len(a.parts) + len(b.parts) > 2 or not _may_overlap(telling_words(a.words), b.words):
        return None
    start_a, start_b, length = longest_shared_run(a.words, b.words)
    shorter = min(len(a.words), len(b.words))
    before = a.words[:start_a], b.words[:start_b]
    after = a.words[start_a + length :], b.words[start_b + length :]
    if length < max(_OVERLAP_RUN_WORDS, shorter * _OVERLAP_SHARE) or length == shorter:
        return None
    parting = all(before) or all(after)  # both go on past the run on one side
    if all(before) and all(after):  # the run in the middle of both
        return None
    telling = _telling_count(a.words[start_a : start_a + length])
    if telling < (_PARTING_CONTENT_WORDS if parting else _OVERLAP_CONTENT_WORDS):
        return None
    if not all(_alternatives_agree(*side) for side in (before, after)):
        return None
    return Comparison(round(100 * length / shorter, 1), OVERLAP)


def _telling_count(found: Sequence[str]) -> int:
    """How many of a wording's words are not common ones (each time it is written)."""
    return sum(word not in COMMON_WORDS for word in found)


def telling_words(found: Sequence[str]) -> frozenset[str]:
    """The distinct words of a wording that are not common ones."""
    return frozenset(found).difference(COMMON_WORDS)


def _may_overlap(telling_a: frozenset[str], words_b: Sequence[str]) -> bool:
    """Could wordings share a run long enough for `_overlap_relation`, by their words? Given
    the first's `telling_words` (worked out once for many others) and the second's words."""
    if len(telling_a) < _OVERLAP_CONTENT_WORDS or len(words_b) <= _OVERLAP_RUN_WORDS:
        return False
    return len(telling_a.intersection(words_b)) >= _OVERLAP_CONTENT_WORDS


def _alternatives_agree(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """What two wordings say in one place (one of them may say nothing there): numbers and
    denials agree when both say something."""
    if not words_a or not words_b:
        return True
    return _numbers_agree(words_a, words_b) and _denials(words_a) == _denials(words_b)


def longest_shared_run(words_a: Sequence[str], words_b: Sequence[str]) -> tuple[int, int, int]:
    """Where the longest run of words that both hold in the same order starts in each, and its
    length: (start in a, start in b, length); the first such run of `words_b`."""
    places: dict[str, list[int]] = {}
    for at, word in enumerate(words_a):
        places.setdefault(word, []).append(at)
    best = (0, 0, 0)
    ending: dict[int, int] = {}  # where in a a run ending at the previous word of b ends: length
    for at_b, word in enumerate(words_b):
        now = {}
        for at_a in places.get(word, ()):
            length = now[at_a] = ending.get(at_a - 1, 0) + 1
            if length > best[2]:
                best = (at_a - length + 1, at_b - length + 1, length)
        ending = now
    return best


def _plainly_another(
    page: Wording, other: Wording, min_words: int, page_telling: frozenset[str]
) -> bool:
    """Is `other` another statement whatever else `compare_wordings` checks, given that it is
    not alike enough as a whole (no variant score)? Neither is cut with an ellipsis, their
    lengths differ (neither the same words nor the same words reordered), neither can be a
    part of the other, and they share too few words to overlap. Most candidates are such:
    they skip the rest of the comparison."""
    if len(page.parts) + len(other.parts) > 2 or len(page.words) == len(other.words):
        return False
    if len(other.words) < len(page.words):
        part = _may_be_part(other.words, page.words, min_words)
    else:
        part = _may_be_part(page.words, other.words, min_words)
    return not part and not _may_overlap(page_telling, other.words)


def _elided_relation(a: Wording, b: Wording, min_words: int) -> Comparison | None:
    """fragment or extended for a wording cut with ellipses: its pieces, in order, in the other."""
    elided, whole = (a, b) if len(a.parts) > len(b.parts) else (b, a)
    if len(elided.words) >= len(whole.words) or not _is_telling_part(elided.words, min_words):
        return None
    rest = " ".join(whole.words)
    scores = []
    for piece in elided.parts:
        found = fuzz.partial_ratio_alignment(" ".join(piece), rest)
        if found is None or found.score < _FRAGMENT_CUTOFF:
            return None
        scores.append(found.score)
        rest = rest[found.dest_end :]
    relation = EXTENDED if elided is a else FRAGMENT
    return Comparison(round(min(scores), 1), relation)


def same_speaker(a: str | None, b: str | None) -> bool:
    """Both speakers known and the same person by surname ("Peskov", "Dmitry Peskov"), however
    it is transliterated ("Lavrentyev", "Lavrentiev"; "Zelensky", "Zelenskyy")."""
    return a is not None and b is not None and _surname(a) == _surname(b)


def same_person(a: str | None, b: str | None) -> bool:
    """`same_speaker`, and when both names give a first name, the same one in another spelling
    ("Dmitri", "Dmitry") or its initial ("D. Peskov"): "Hunter Biden" is not "Joe Biden"."""
    if a is None or b is None:
        return False
    return _same_key(_name_key(a), _name_key(b))


def said_by(speaker: str | None, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates whose speaker is `speaker` (`same_person`), in their order."""
    same = _same_people(speaker, {candidate.speaker for candidate in candidates})
    return [candidate for candidate in candidates if candidate.speaker in same]


def _of_the_same_person(speaker: str | None, candidates: list[Candidate]) -> list[bool]:
    """`same_person` of the speaker and each candidate's."""
    same = _same_people(speaker, {candidate.speaker for candidate in candidates})
    return [candidate.speaker in same for candidate in candidates]


def _same_people(speaker: str | None, names: set[str | None]) -> set[str]:
    """The `names` that are `speaker`'s (`same_person`), the speaker's name read once and each
    name once (candidates repeat a speaker)."""
    if speaker is None:
        return set()
    key = _name_key(speaker)
    return {
        name
        for name in names
        if name is not None and (name == speaker or _same_key(key, _name_key(name)))
    }


def _same_key(key_a: tuple[str, str], key_b: tuple[str, str]) -> bool:
    (surname_a, first_a), (surname_b, first_b) = key_a, key_b
    if surname_a != surname_b:
        if not first_a or not first_b:  # "Danielle" for "Danielle Mercer", as her family's
            # stories name her; not two one-word names
            return bool(first_a or first_b) and {surname_a, surname_b} & {first_a, first_b} != set()
        return (first_a, surname_a) == (surname_b, first_b)  # the other order: "Takamura Hiroshi"
    if not first_a or not first_b:
        return True
    first_a, first_b = sorted((first_a, first_b), key=len)
    if len(first_a) == 1:
        return first_b.startswith(first_a)
    return first_a[:_FIRST_NAME_LETTERS] == first_b[:_FIRST_NAME_LETTERS]


def _surname(name: str) -> str:
    return _name_key(name)[0]


@lru_cache(maxsize=65536)
def _name_key(name: str) -> tuple[str, str]:
    """A speaker's surname and first name (empty for a name of one word), folded and
    `_transliterated`: a page's speakers are compared with many candidates' (and the same
    few names come back)."""
    found = [word.translate(_NAME_PUNCTUATION) for word in fold(name).split()]
    found = [word for word in found if word]
    while len(found) > 1 and found[-1] in _LEGAL_FORMS:
        found.pop()  # "Sideline Media Ltd" is "Sideline Media"
    if not found:
        return "", ""
    named_first = len(found) > 1 and found[0] not in _SURNAME_PARTICLES  # not "De Kuyper"
    first = _transliterated(found[0]) if named_first else ""
    return _transliterated(found[-1]), first


# A firm's legal form after its name, folded: a name with it and one without are one body.
_LEGAL_FORMS = frozenset(
    "ltd limited inc llc plc corp gmbh ag sa sas sarl spa srl ltda pty pte bhd sdn nv bv".split()
)
# Words that open a surname, not a first name, when a name starts with them ("De Kuyper",
# "Le Pen"); not "Al", a first name too ("Al Smith").
_SURNAME_PARTICLES = frozenset("de da di du van von der den ter ten le la del".split())
# What a name's words lose to be compared: "O'Neill" is "oneill", "Jean-Paul" "jeanpaul".
_NAME_PUNCTUATION = str.maketrans("", "", ".,;:'\u2019\u2018\"\u201c\u201d()-\u2013\u2014")


def _transliterated(name: str) -> str:
    """A folded name with the letters that transliterations of one name differ in made one:
    "yevgeny" and "evgeny", "lavrentyev" and "lavrentiev", "zelenskyy" and "zelensky",
    "mykhailo" and "mikhail" (to their first letters), "lazarev" and "lasarew" (German)."""
    if name.startswith("ye"):
        name = name[1:]
    name = name.replace("kh", "h").replace("y", "i").replace("z", "s")
    name = name[:1] + name[1:].replace("w", "v")
    return name.replace("ii", "i").replace("ie", "e")


def rank_versions(
    quotation: Quotation,
    candidates: Iterable[Candidate],
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
    exclude: Callable[[Candidate], bool] = lambda candidate: False,
    limit: int | None = None,
    common_phrase_speakers: int = DEFAULT_COMMON_PHRASE_SPEAKERS,
    own_speaker_cutoff: float = DEFAULT_OWN_SPEAKER_CUTOFF,
) -> list[Version]:
    """The candidates that are versions of `quotation`, one per article.

    Versions of the quotation's own speaker come first when speakers are known;
    within each group, grouped by outlet with the earliest outlet first and each
    outlet's versions earliest first. A wording that `common_phrase_speakers`
    or more other speakers are quoted saying is a common phrase, not one
    statement: only its own speaker's versions are kept.
    """
    related = related_versions(
        quotation,
        (candidate for candidate in candidates if not exclude(candidate)),
        score_cutoff=score_cutoff,
        min_fragment_words=min_fragment_words,
        own_speaker_cutoff=own_speaker_cutoff,
    )
    return rank_related(
        quotation, related, limit=limit, common_phrase_speakers=common_phrase_speakers
    )


def related_versions(
    quotation: Quotation,
    candidates: Iterable[Candidate],
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
    own_speaker_cutoff: float = DEFAULT_OWN_SPEAKER_CUTOFF,
) -> list[Version]:
    """Each candidate that relates to `quotation`, with its score and relation (no diff yet).

    The comparison reads the candidates' own words and speaker, nothing of their
    articles: a store can read the articles (outlet, URL, date) of these few only, and
    `rank_related` on them gives what `rank_versions` gives on all the candidates. A
    candidate of the quotation's own speaker (known on both sides) is a variant from
    `own_speaker_cutoff`, and a part of theirs word for word needs fewer telling words
    (`_own_speakers_part`).
    """
    page = Wording.of(quotation.text)
    candidates = list(candidates)
    others = [Wording.of(candidate.text, candidate.normalized) for candidate in candidates]
    own = _of_the_same_person(quotation.speaker, candidates)
    scores = _variant_scores_by_speaker(page, others, own, score_cutoff, own_speaker_cutoff)
    page_telling = telling_words(page.words)
    page_stems = _stems(page_telling)
    policy = {"score_cutoff": score_cutoff, "min_fragment_words": min_fragment_words}
    page_sentences: tuple[Wording, ...] | None = None  # for the first candidate asking
    related = []
    own_parts: dict[Wording, list[Version]] = {}  # by the statement they stand in
    for candidate, other, score, is_own in zip(candidates, others, scores, own, strict=True):
        comparison = None
        if score or not _plainly_another(page, other, min_fragment_words, page_telling):
            comparison = _compared((quotation, page), (candidate, other), score, is_own, **policy)
        if comparison is not None:
            related.append(Version(candidate, comparison.score, comparison.relation))
            continue
        shared = len(page_telling.intersection(other.words))
        if is_own and shared >= _OWN_PART_CONTENT_WORDS:
            part = _own_speakers_part(page, other, min_fragment_words)
            if part is not None and part.relation == FRAGMENT:  # a part of the page's words
                related.append(Version(candidate, part.score, part.relation))
                continue
            if part is not None:
                own_parts.setdefault(other, []).append(
                    Version(candidate, part.score, part.relation)
                )
                continue
        translated = (
            _another_translation(page, page_stems, other, own_speaker_cutoff) if is_own else None
        )
        if translated is not None:
            related.append(Version(candidate, translated.score, translated.relation))
            continue
        if is_own and shared >= _SENTENCE_SHARED_WORDS:
            if page_sentences is None:
                page_sentences = _sentences_and_parts(quotation, min_fragment_words)
            sentence = _sentence_relation(
                (page, page_sentences),
                (other, sentence_wordings(candidate.text, min_fragment_words)),
                **policy,
            )
            if sentence is not None:
                related.append(Version(candidate, sentence.score, sentence.relation))
    statements = [(wording, versions[0].candidate.text) for wording, versions in own_parts.items()]
    if _one_statement(statements, **policy):  # in several: a stock phrase of the speaker's
        related.extend(version for versions in own_parts.values() for version in versions)
    return related


@lru_cache(maxsize=4096)
def sentence_wordings(text: str, min_words: int) -> tuple[Wording, ...]:
    """The wordings of a quotation's sentences of `min_words` words or more; none when it is
    one sentence. A quotation may hold several statements: the quotation finder joins the
    parts of '"X," she said. "Y."' into "X, Y.", and an outlet quotes one of them."""
    pieces = _SENTENCE_BREAK.split(text)
    if len(pieces) < 2:
        return ()
    found = (Wording.of(piece) for piece in pieces)
    return tuple(wording for wording in found if len(wording.words) >= min_words)


def _sentences_and_parts(quotation: Quotation, min_words: int) -> tuple[Wording, ...]:
    """`sentence_wordings` of the page's quotation, and the wording of each of its parts when
    its attribution cuts it ('"We will keep hiring engineers," Odum wrote, "and we expect ..."':
    another outlet quotes the first part with another sentence after it)."""
    sentences = sentence_wordings(quotation.text, min_words)
    if len(quotation.parts) < 2:
        return sentences
    parts, at = [], 0
    for span in quotation.parts:
        length = span.end - span.start
        parts.append(Wording.of(quotation.text[at : at + length]))
        at += length + 1  # the parts are joined by one space
    more = [part for part in parts if len(part.words) >= min_words and part not in sentences]
    return (*sentences, *more)


def _sentence_relation(
    page: tuple[Wording, tuple[Wording, ...]],
    other: tuple[Wording, tuple[Wording, ...]],
    *,
    score_cutoff: float,
    min_fragment_words: int,
) -> Comparison | None:
    """How the own speaker's wording `other` relates to the page's by their sentences
    (`sentence_wordings`, each given with its whole) when the wholes do not: a sentence of one
    is the other whole, a part of it or a variant by the usual cutoff ("We expect inflation to
    return to 2%" and "We expect inflation to come back to 2%, We expect growth of 1.2%"), or
    two sentences are one (not merely alike). A candidate holding the page's quotation and
    more extends it; one the page's quotation holds with more is a fragment; else an overlap.

    Only in the speaker's own mouth: one sentence ("88 percent of drivers have applied for
    help") recurs in other people's statements."""
    (page_whole, page_sentences), (other_whole, other_sentences) = page, other
    pairs = [
        *((page_whole, sentence, EXTENDED) for sentence in other_sentences),
        *((sentence, other_whole, FRAGMENT) for sentence in page_sentences),
        *((mine, theirs, OVERLAP) for mine in page_sentences for theirs in other_sentences),
    ]
    for mine, theirs, holding in pairs:
        if len(telling_words(mine.words).intersection(theirs.words)) < _OWN_PART_CONTENT_WORDS:
            continue
        found = compare_wordings(
            mine, theirs, score_cutoff=score_cutoff, min_fragment_words=min_fragment_words
        ) or _own_speakers_part(mine, theirs, min_fragment_words)
        if found is None or holding == OVERLAP and found.relation == VARIANT:
            continue
        whole = found.relation in (VERBATIM, REORDERED, VARIANT, holding)
        return Comparison(found.score, holding if whole else OVERLAP)
    return None


def sharing_telling_words(quotation: Quotation, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates sharing a telling word with the quotation: a cheap test before comparing
    many (a speaker's latest quotations). Of the others, only a wording of common words alone
    could be a version, which the index does not look up either."""
    page_telling = telling_words(Wording.of(quotation.text).words)
    return [
        candidate
        for candidate in candidates
        if not page_telling.isdisjoint(Wording.of(candidate.text, candidate.normalized).words)
    ]


def _own_variant(page: Wording, other: Wording, score: float) -> Comparison | None:
    """variant for the own speaker's wording that the usual comparison left (no part, no
    overlap) and that scores `own_speaker_cutoff` (`_variant_scores_by_speaker` gave `score`):
    when its numbers agree and it denies as often."""
    if not _numbers_agree(page.words, other.words) or not _negations_agree(page, other):
        return None
    return Comparison(round(score, 1), VARIANT)


def _variant_scores_by_speaker(
    page: Wording,
    others: list[Wording],
    own: list[bool],
    score_cutoff: float,
    own_speaker_cutoff: float,
) -> list[float]:
    """`variant_scores`, from `own_speaker_cutoff` for the quotation's own speaker's wordings
    (`own`) and from `score_cutoff` for the others'."""
    scores = variant_scores(page, others, score_cutoff)
    again = [
        at
        for at, (score, is_own) in enumerate(zip(scores, own, strict=True))
        if is_own and not score
    ]
    if again and own_speaker_cutoff < score_cutoff:
        lower = variant_scores(page, [others[at] for at in again], own_speaker_cutoff)
        for at, score in zip(again, lower, strict=True):
            scores[at] = score
    return scores


def _one_statement(
    wordings: list[tuple[Wording, str]], *, score_cutoff: float, min_fragment_words: int
) -> bool:
    """Are these wordings (each with its text) one statement, each a version of the first as
    outlets print it, or sharing a sentence with it ("X, Y" and "X. Z": the quotation finder
    joins what a speaker said around an attribution)?"""
    if not wordings:
        return False
    policy = {"score_cutoff": score_cutoff, "min_fragment_words": min_fragment_words}
    (first, first_text), *others = wordings
    first_sentences = sentence_wordings(first_text, min_fragment_words)
    return all(
        compare_wordings(first, other, **policy)
        or _a_sentence_in_both(first_sentences, sentence_wordings(text, min_fragment_words), policy)
        for other, text in others
    )


def _a_sentence_in_both(
    sentences: Sequence[Wording], others: Sequence[Wording], policy: dict
) -> bool:
    """Does a sentence of one stand in the other, the same words or reworded as a whole?"""
    return any(
        (found := compare_wordings(mine, theirs, **policy)) is not None
        and found.relation in (VERBATIM, REORDERED, VARIANT)
        for mine in sentences
        for theirs in others
    )


def _own_speakers_part(page: Wording, other: Wording, min_words: int) -> Comparison | None:
    """fragment or extended for a wording the part rules leave (too short, or with too few
    telling words), when it stands word for word in the other and both are the same person's
    words: four words at least, with telling words enough ("We will not let one judgment stop
    us", "tunnel plan is frankly unaffordable"). (`related_versions` keeps a part of the page's
    quotation as it is, and the page's quotation as a part of the speaker's only when those
    stand in one statement.)"""
    return _own_part_in_digits(*_digits_alike(page, other), min_words)


def _own_part_in_digits(page: Wording, other: Wording, min_words: int) -> Comparison | None:
    """`_own_speakers_part` of wordings whose numbers are already written alike."""
    ends = _short_and_long(page, other, _SHORT_PART_WORDS)
    if ends is None:
        return None
    short, long = ends
    long_part = len(short.words) >= min_words
    relation = FRAGMENT if short is other else EXTENDED
    if _word_for_word(short, long):
        return Comparison(100.0, relation)
    if not long_part or not _keeps_telling_words(short.words, long.words):
        return _own_speakers_overlap(page, other)  # a short part counts word for word only
    joined = " ".join(long.words)
    aligned = fuzz.partial_ratio_alignment(
        " ".join(short.words), joined, score_cutoff=_OWN_PART_CUTOFF
    )
    if aligned is None:
        return _own_speakers_overlap(page, other)
    stretch = joined[aligned.dest_start : aligned.dest_end].split()
    if _denials(stretch) == _denials(short.words) and _numbers_agree(short.words, long.words):
        return Comparison(round(aligned.score, 1), relation)  # "faster than anything I've seen"
    return _own_speakers_overlap(page, other)


def _compared(
    page: tuple[Quotation, Wording],
    other: tuple[Candidate, Wording],
    score: float,
    is_own: bool,
    *,
    score_cutoff: float,
    min_fragment_words: int,
) -> Comparison | None:
    """How a candidate relates to the page's quotation by the usual rules, given its variant
    `score`; for the quotation's own speaker (`is_own`), another translation of their words, or
    a part of them word for word rather than a variant."""
    (quotation, page_words), (candidate, other_words) = page, other
    usual = score if score >= score_cutoff else 0.0
    comparison = _comparison(
        quotation, page_words, candidate, other_words, usual, score_cutoff, min_fragment_words
    )
    if comparison is None and is_own and score:  # another translation of their words
        comparison = _own_variant(page_words, other_words, score)
    if comparison is not None and comparison.relation == VARIANT and is_own:
        part = _word_for_word_part(page_words, other_words, min_fragment_words)
        comparison = part or comparison
    return comparison


def _word_for_word_part(page: Wording, other: Wording, min_words: int) -> Comparison | None:
    """The same person's part taken word for word (`_own_speakers_part` at 100), as a variant
    of theirs may also be: "no plans to close the brewery" in "... or cut jobs"; not a wording
    as long, a number written otherwise ("the fifty grand", "the 50,000")."""
    in_digits = _digits_alike(page, other)
    if in_digits != (page, other) and len(in_digits[0].words) == len(in_digits[1].words):
        return None  # one wording, its number written otherwise: a variant still
    part = _own_part_in_digits(*in_digits, min_words)
    return part if part is not None and part.score == 100.0 else None


def story_parts(quotation: Quotation, candidates: Iterable[Candidate]) -> list[Version]:
    """The candidates that stand word for word inside the page's quotation, or it inside
    them, from articles already known to report the same story (the caller's choice: articles
    that hold a version of another quotation of the page): four words at least, one of them
    telling ("the blots were too clean", "That is a closure for them"), two words when both are
    the same speaker's ("the next best thing"), the same denials, and no other known speaker's. The
    part rules ask more of a short part anywhere else, where it may be a common phrase; within
    one story's reports it is the statement quoted again."""
    page = Wording.of(quotation.text)
    found = []
    for candidate in candidates:
        if _another_known_speaker(quotation.speaker, candidate.speaker):
            continue
        own = same_speaker(quotation.speaker, candidate.speaker)
        other = Wording.of(candidate.text, candidate.normalized)
        part = _verbatim_part(page, other, _STORY_OWN_PART_WORDS if own else _SHORT_PART_WORDS)
        if part is not None:
            found.append(Version(candidate, part.score, part.relation))
    return found


def other_parts(
    quotation: Quotation,
    fuller: Iterable[Version],
    candidates: Iterable[Candidate],
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
    own_speaker_cutoff: float = DEFAULT_OWN_SPEAKER_CUTOFF,
    min_words: int = DEFAULT_OTHER_PART_WORDS,
) -> list[Version]:
    """The candidates that are another part of a fuller version of the quotation (one of
    `fuller`, whose relation is `extended`): one outlet quoted "This community deserves the
    truth", another "in March that the unit was safe", a third the whole statement. Each is a
    `fragment` of that fuller version by `related_versions`' rules, holds `min_words` words as
    the quotation does, gives no number that contradicts the quotation's, and is no other known
    speaker's; the relation is `part`, the score the fragment's."""
    if len(words(quotation.text)) < min_words:
        return []
    candidates = list(candidates)
    policy = _comparing(score_cutoff, min_fragment_words, own_speaker_cutoff)
    page = words(quotation.text)
    found: dict[int, tuple[int, Version]] = {}
    for version in fuller:
        whole = version.candidate
        statement = Quotation(whole.text, 0, len(whole.text), (), speaker=whole.speaker)
        inside = _mostly_inside(whole, candidates, min_words)
        for part in related_versions(statement, inside, **policy):
            other = part.candidate
            if part.relation != FRAGMENT or other.quote_id in found:
                continue
            if _another_known_speaker(quotation.speaker, other.speaker):
                continue
            if not _numbers_differ(page, words(other.text)):
                apart = _distance_in(whole.text, quotation.text, other.text)
                found[other.quote_id] = (apart, Version(other, part.score, PART))
    # nearest first: of two parts one article printed ("This government promised ..." and
    # "not a rainy-day decision"), the one beside the page's words in the whole ("it is a
    # decision to let it rain on our kids") is the article's version (of equals, the first)
    return [version for _, version in sorted(found.values(), key=lambda one: one[0])]


def _comparing(
    score_cutoff: float, min_fragment_words: int, own_speaker_cutoff: float
) -> dict[str, float | int]:
    """The keyword arguments of `related_versions` that a step of matching passes on."""
    return {
        "score_cutoff": score_cutoff,
        "min_fragment_words": min_fragment_words,
        "own_speaker_cutoff": own_speaker_cutoff,
    }


_WHOLE_WORDINGS = (VERBATIM, REORDERED, VARIANT)
# Versions a step is taken through: a verbatim or reordered one has the quotation's own words,
# its versions are the quotation's own candidates.
_STEPS_THROUGH = (VARIANT, FRAGMENT, EXTENDED)
_THROUGH_SHARED_WORDS = 2  # telling words a version of a version shares with it, at least


def versions_through(
    quotation: Quotation,
    versions: Iterable[Version],
    candidates: Iterable[Candidate],
    *,
    score_cutoff: float = DEFAULT_SCORE_CUTOFF,
    min_fragment_words: int = DEFAULT_MIN_FRAGMENT_WORDS,
    own_speaker_cutoff: float = DEFAULT_OWN_SPEAKER_CUTOFF,
) -> list[Version]:
    """The candidates that are versions of the quotation's `versions` (found already), though
    not of the quotation as compared with it: another outlet's translation of the whole
    statement the quotation is a part of (the quotation `fragment` of one outlet's wording,
    another outlet's wording a `variant` of that), or a part of another wording of it. One
    step is always a whole wording (`verbatim`, `reordered`, `variant`): two parts of one
    statement are `other_parts`' to find, by their place in it. Each step scores
    `score_cutoff` at least (the own speaker's lower cutoff is not taken twice over), and no
    candidate is another known speaker's than the quotation's or the version's. The relation
    is the step that is not a whole wording (`variant` when both are), the score the lower
    of the two."""
    candidates = list(candidates)
    policy = _comparing(score_cutoff, min_fragment_words, own_speaker_cutoff)
    steps = [v for v in versions if v.score >= score_cutoff and v.relation in _STEPS_THROUGH]
    found: dict[int, Version] = {}
    for version in steps:
        through = version.candidate
        others = _sharing_words(through, quotation.speaker, candidates)
        statement = Quotation(through.text, 0, len(through.text), (), speaker=through.speaker)
        for step in related_versions(statement, others, **policy):
            relation = _through(version.relation, step.relation)
            score = min(version.score, step.score)
            known = found.get(step.candidate.quote_id)
            if relation and score >= score_cutoff and (known is None or known.score < score):
                found[step.candidate.quote_id] = Version(step.candidate, score, relation)
    return list(found.values())


def _sharing_words(
    through: Candidate, speaker: str | None, candidates: list[Candidate]
) -> list[Candidate]:
    """The candidates a version of `through` may be, by the cheap tests: no other known
    speaker's than `speaker` and `through`'s, and sharing two of its telling words (or all of a
    wording with fewer)."""
    telling = telling_words(_word_set(_normalized_words(through))[1])
    needed = min(_THROUGH_SHARED_WORDS, len(telling))
    return [
        candidate
        for candidate in candidates
        if len(telling.intersection(_word_set(_normalized_words(candidate))[1])) >= needed
        and not _another_known_speaker(speaker, candidate.speaker)
        and not _another_known_speaker(through.speaker, candidate.speaker)
    ]


def _through(first: str, second: str) -> str | None:
    """The relation to the quotation of a version of its version (`versions_through`)."""
    if first in _WHOLE_WORDINGS and second in _WHOLE_WORDINGS:
        return VERBATIM if first == second == VERBATIM else VARIANT
    if first in _WHOLE_WORDINGS and second in (FRAGMENT, EXTENDED):
        return second
    if first in (FRAGMENT, EXTENDED) and second in _WHOLE_WORDINGS:
        return first
    return None


def _distance_in(whole: str, page: str, part: str) -> int:
    """How many characters apart the two stand in the whole, each where it fits best."""
    folded = whole.casefold()
    at = fuzz.partial_ratio_alignment(page.casefold(), folded).dest_start
    return abs(fuzz.partial_ratio_alignment(part.casefold(), folded).dest_start - at)


def _mostly_inside(
    whole: Candidate, candidates: Iterable[Candidate], min_words: int
) -> list[Candidate]:
    """The candidates of other articles, `min_words` words long at least, whose words `whole`
    holds, all but two at most (a spelling, a number written otherwise): a cheap test, by the
    stored normalised words, that leaves `related_versions` a few to compare."""
    holder = _word_set(_normalized_words(whole))[1]
    most = len(holder) + _WORDS_NOT_INSIDE
    inside = []
    for candidate in candidates:
        count, found = _word_set(_normalized_words(candidate))
        if min_words > count or len(found) > most or candidate.article_id == whole.article_id:
            continue
        if len(found - holder) <= _WORDS_NOT_INSIDE:
            inside.append(candidate)
    return inside


def _normalized_words(candidate: Candidate) -> str:
    if candidate.normalized is not None:
        return candidate.normalized
    return " ".join(words(candidate.text))


@lru_cache(maxsize=8192)
def _word_set(normalized: str) -> tuple[int, frozenset[str]]:
    """How many words a normalised wording has, and its distinct words, once for each (a page
    compares the same quotations of its story with each fuller version)."""
    found = normalized.split()
    return len(found), frozenset(found)


def _numbers_differ(words_a: Sequence[str], words_b: Sequence[str]) -> bool:
    """Do two parts of one statement give numbers that stand in neither ("14% fewer migraine
    days", "40% fewer migraine days"): another figure, maybe another statement? Parts with
    numbers on one side only do not differ."""
    if not _DIGIT.search(" ".join(words_a)) or not _DIGIT.search(" ".join(words_b)):
        return False
    return not _numbers_stand_in(words_a, words_b) and not _numbers_stand_in(words_b, words_a)


def _another_known_speaker(speaker: str | None, other: str | None) -> bool:
    """Are both speakers known, neither the same person nor a body and someone for it?"""
    if speaker is None or other is None or same_speaker(speaker, other):
        return False
    return not _a_body_and_a_person(speaker, other)


def _verbatim_part(page: Wording, other: Wording, min_words: int) -> Comparison | None:
    """fragment or extended when the shorter wording stands word for word in the longer
    (`_short_and_long`, with `min_words` words); numbers spelled out in one are read in digits
    ("closer to two thousand roles", "2,000")."""
    page, other = _digits_alike(page, other)
    ends = _short_and_long(page, other, min_words, _STORY_PART_TELLING_WORDS)
    if ends is None or len(ends[0].words) == len(ends[1].words) or not _word_for_word(*ends):
        return None
    return Comparison(100.0, FRAGMENT if ends[0] is other else EXTENDED)


def _digits_alike(page: Wording, other: Wording) -> tuple[Wording, Wording]:
    """Both wordings with their numbers written alike (`_numbers_alike`) when one writes a
    number otherwise; as they are otherwise."""
    return _numbers_alike(page, other) or (page, other)


def _short_and_long(
    page: Wording, other: Wording, min_words: int, telling: int = _OWN_PART_CONTENT_WORDS
) -> tuple[Wording, Wording] | None:
    """(shorter, longer) of two wordings when the shorter may be a part of the longer taken
    word for word: `min_words` words, one part each, `telling` telling words,
    and no denial of the longer left out ("we will open the school" in "we will not open the
    school"); None otherwise."""
    short, long = (other, page) if len(other.words) < len(page.words) else (page, other)
    if len(short.words) < min_words or len(short.parts) > 1 or len(long.parts) > 1:
        return None
    if _telling_count(short.words) < telling:
        return None
    if _runs_over_a_denial(long.words, short.words):
        return None
    return short, long


def _word_for_word(short: Wording, long: Wording) -> bool:
    return f" {' '.join(short.words)} " in f" {' '.join(long.words)} "


def _stems(found: Iterable[str]) -> frozenset[str]:
    return frozenset(word[:_STEM_LETTERS] for word in found)


def _another_translation(
    page: Wording, mine: frozenset[str], other: Wording, cutoff: float
) -> Comparison | None:
    """variant for the same person's words rendered another way (two translations of one
    statement: "We offered Corvane a ready-made site, a grid connection and 160 million euros
    in subsidies", "We offered Corvane a finished plot, a grid hookup and €160M in funding"):
    of the telling words of both, by their stems, a share that scores `cutoff` (the own
    speaker's) in common; the numbers and denials alike. `mine`: the stems of the page's
    telling words, worked out once for all its candidates."""
    if min(len(page.words), len(other.words)) < _TRANSLATION_MIN_WORDS:
        return None
    theirs = _stems(telling_words(other.words))
    if not mine or not theirs:
        return None
    shared = len(mine & theirs) / max(len(mine), len(theirs))
    if 100 * shared < cutoff or not _numbers_agree(page.words, other.words):
        return None
    if _denials(page.words) != _denials(other.words):
        return None
    return Comparison(round(100 * shared, 1), VARIANT)


def _keeps_telling_words(short: Sequence[str], long: Sequence[str]) -> bool:
    """Does `long` hold the telling words of `short`, all but one in four? A part worded a
    little apart changes a common word or a telling one's ending ("I've seen", "I have ever
    seen"), not what it is about: "Thank you very much to my team" is no part of "Thank you very
    much to everyone who came today". A word counts by its first `_STEM_LETTERS` letters
    ("retiring", "retirement")."""
    telling = [word for word in short if word not in COMMON_WORDS]
    stems = {word[:_STEM_LETTERS] for word in long}
    missing = sum(word[:_STEM_LETTERS] not in stems for word in telling)
    return missing <= len(telling) // 4


def _own_speakers_overlap(page: Wording, other: Wording) -> Comparison | None:
    """overlap for the same person's wordings sharing a run shorter than `_overlap_relation`
    asks: six words, three of them telling, half of the shorter wording, that ends one of them
    and starts the other ("I have dreamed of this moment since I was six years old" and "Since
    I was six years old I dreamed of this moment, ..."). Two wordings that go on past the run
    on one side part ways there: two statements sharing a phrase ("no patient will wait more
    than eighteen weeks for treatment" and "... for a scan")."""
    if len(telling_words(page.words).intersection(other.words)) < _OWN_OVERLAP_CONTENT_WORDS:
        return None  # the run would hold fewer telling words (but for one said twice in it)
    start_a, start_b, length = longest_shared_run(page.words, other.words)
    shorter = min(len(page.words), len(other.words))
    if length < max(_OWN_OVERLAP_WORDS, shorter * _OWN_OVERLAP_SHARE):
        return None
    run = page.words[start_a : start_a + length]
    if _telling_count(run) < _OWN_OVERLAP_CONTENT_WORDS:
        return None
    before = page.words[:start_a], other.words[:start_b]
    after = page.words[start_a + length :], other.words[start_b + length :]
    if all(before) or all(after):
        return None  # both go on past the run on one side: they part ways there
    return Comparison(round(100 * length / shorter, 1), OVERLAP)


def rank_related(
    quotation: Quotation,
    related: Iterable[Version],
    *,
    exclude: Callable[[Candidate], bool] = lambda candidate: False,
    limit: int | None = None,
    common_phrase_speakers: int = DEFAULT_COMMON_PHRASE_SPEAKERS,
    diffs: bool = True,
) -> list[Version]:
    """`rank_versions` of candidates already compared (`related_versions`), with their articles.

    Without `diffs`, the versions come without their word diffs: a caller that drops some
    of them still (`with_diffs`) diffs only those it keeps.
    """
    by_article: dict[int, list[Version]] = {}
    for version in related:
        if not exclude(version.candidate):
            by_article.setdefault(version.candidate.article_id, []).append(version)
    joined = bool(by_article) and (
        len(quotation.parts) > 1 or _SENTENCE_BREAK.search(quotation.text) is not None
    )
    kept = [
        version
        for versions in by_article.values()
        for version in _kept(versions, joined, quotation.speaker)
    ]
    found = _without_common_phrase(quotation.speaker, kept, common_phrase_speakers)
    ordered = order_by_speaker(quotation.speaker, found)[:limit]
    return with_diffs(quotation, ordered) if diffs else ordered


def _kept(versions: list[Version], joined: bool, speaker: str | None) -> list[Version]:
    """An article's version of a quotation: its strongest (`_own_words_first`); and for a
    quotation of several
    sentences or parts (the quotation finder joins '"X," she said. "Y."'), each other quotation
    of the article that is a fragment of it or overlaps it, as an outlet that printed "X" and
    "Y" apart, or "X" with more after it, has."""
    strongest = max(versions, key=lambda version: _own_words_first(version, speaker))
    if not joined:
        return [strongest]
    parts = {
        version.candidate.quote_id: version
        for version in versions
        if version.relation in (FRAGMENT, OVERLAP)
        and version.candidate.quote_id != strongest.candidate.quote_id
    }
    return [strongest, *parts.values()]


def _comparison(
    quotation: Quotation,
    page: Wording,
    candidate: Candidate,
    other: Wording,
    variant_score: float,
    score_cutoff: float,
    min_fragment_words: int,
) -> Comparison | None:
    """How the candidate (worded `other`) relates to the page's quotation; None if it is not
    a version."""
    comparison = compare_wordings(
        page,
        other,
        score_cutoff=score_cutoff,
        min_fragment_words=min_fragment_words,
        variant_score=variant_score,
    )
    if comparison is None or _other_speakers_variant(quotation, candidate, comparison, page, other):
        return None
    return comparison


def _other_speakers_variant(
    quotation: Quotation,
    candidate: Candidate,
    comparison: Comparison,
    page: Wording,
    other: Wording,
) -> bool:
    """Is this a loose likeness to another known speaker's words, not a version?

    Statements of one story read alike, and one clause ("88 percent of drivers
    have applied for help") recurs inside other people's statements. Put in
    another speaker's mouth, a version must be nearly word for word, a part
    must be half of the whole or twelve words long, and an overlap is none; the
    same words of common words only ("We will see") are two people's.
    """
    speakers = quotation.speaker, candidate.speaker
    if None in speakers or same_speaker(*speakers) or _a_body_and_a_person(*speakers):
        return False
    if comparison.score == 100.0 and comparison.relation in (VERBATIM, REORDERED):
        return _a_stock_phrase(page.words)  # "We will see", "Thank you very much": anyone's
    if comparison.score < _OTHER_SPEAKER_CUTOFF or comparison.relation == OVERLAP:
        return True
    if comparison.relation not in (FRAGMENT, EXTENDED):
        return False
    short, long = sorted((page.words, other.words), key=len)
    if _telling_count(short) < _MIN_FRAGMENT_CONTENT_WORDS:
        return True  # a part with three telling words is one only in its own speaker's mouth
    return (
        len(short) < _OTHER_SPEAKER_PART_WORDS
        and len(short) < len(long) * _OTHER_SPEAKER_PART_SHARE
    )


def _a_stock_phrase(found: Sequence[str]) -> bool:
    """Few words and fewer telling ones, as anyone may say them ("We will see", "Thank you very
    much"): no part long enough to stand for a statement."""
    return len(found) <= _STOCK_PHRASE_WORDS and _telling_count(found) < _STOCK_PHRASE_TELLING


def _a_body_and_a_person(first: str, second: str) -> bool:
    """Is one speaker a body ("Renmore Residents' Association") and the other not: perhaps
    the one who speaks for it ("Declan Moran, chairman of the Renmore Residents'
    Association"), as unknown to each other as an unnamed speaker is?"""
    return names_a_firm_or_body(first) != names_a_firm_or_body(second)


def _without_common_phrase(
    speaker: str | None, versions: list[Version], common_phrase_speakers: int
) -> list[Version]:
    others = {
        _surname(v.candidate.speaker)
        for v in versions
        if v.candidate.speaker and not same_speaker(speaker, v.candidate.speaker)
    }
    if len(others) < common_phrase_speakers:
        return versions
    return [v for v in versions if same_speaker(speaker, v.candidate.speaker)]


def order_by_speaker(speaker: str | None, versions: Iterable[Version]) -> list[Version]:
    """The quotation's own speaker's versions first, each group ordered by outlet."""
    versions = list(versions)
    own = [v for v in versions if same_speaker(speaker, v.candidate.speaker)]
    others = [v for v in versions if not same_speaker(speaker, v.candidate.speaker)]
    return order_by_outlet(own) + order_by_outlet(others)


def _strength(found: Comparison | Version) -> tuple[float, int]:
    return (found.score, _RELATION_STRENGTH[found.relation])


def _own_words_first(version: Version, speaker: str | None) -> tuple[bool, bool, float, int]:
    """`_strength`, a version of the quotation's own words before another part of its
    statement ("no plans to close the brewery or cut jobs", 83, before "nothing that drinkers
    love is going to change", another part of it, 100), and one in no other known speaker's
    mouth than the quotation's `speaker` before one in another's (the owners' "We are not
    against workers getting paid more" before the union's echo of it, "They say they are not
    against workers getting paid more")."""
    return (
        version.relation != PART,
        not _another_known_speaker(speaker, version.candidate.speaker),
        *_strength(version),
    )


def with_diffs(quotation: Quotation, versions: Iterable[Version]) -> list[Version]:
    """The versions, each with its word diff against the quotation."""
    return [
        Version(v.candidate, v.score, v.relation, word_diff(quotation.text, v.candidate.text))
        for v in versions
    ]


def order_by_outlet(versions: Iterable[Version]) -> list[Version]:
    """Grouped by outlet, the outlet that published first leading; undated versions last."""
    by_outlet: dict[str, list[Version]] = {}
    for version in sorted(versions, key=_published_key):
        by_outlet.setdefault(version.candidate.outlet, []).append(version)
    return [version for group in by_outlet.values() for version in group]


def _published_key(version: Version) -> tuple[bool, str, float]:
    published = version.candidate.published
    return (published is None, published or "", -version.score)


def same_article(a: str, b: str) -> bool:
    """Are these two texts one article (as extracted twice, or reprinted whole)?

    True when the five-word runs they share are at least half of the longer text's: two
    articles quoting the same statement share only that quotation's runs, and a snippet
    pasted from an article is a small share of it, so neither counts as the same article.
    """
    return same_article_runs(article_runs(a), article_runs(b))


def same_article_runs(runs_a: set[tuple[str, ...]], runs_b: set[tuple[str, ...]]) -> bool:
    """`same_article` on the texts' `article_runs`, for comparing one page with many texts."""
    if not runs_a or not runs_b:
        return False
    shared = len(runs_a & runs_b)
    return shared / max(len(runs_a), len(runs_b)) >= _SAME_ARTICLE_SHARE


def article_runs(text: str) -> set[tuple[str, ...]]:
    """The five-word runs of a text's normalised words."""
    found = words(text)
    return set(zip(*(found[i:] for i in range(_SHINGLE_WORDS)), strict=False))
