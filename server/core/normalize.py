"""The one normalisation used for indexing, scoring and diffing.

Two wordings that differ only in case, diacritics, curly versus straight
quotes, dashes, punctuation or British versus American spelling normalise to
the same words.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_CHAR_FOLDS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": "'",
        "\u203a": "'",
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2026": "...",
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u0153": "oe",
        "\u00f8": "o",
        "\u0142": "l",
        "\u0111": "d",
    }
)

_CHAR_FOLD_PAIRS = tuple((chr(code), folded) for code, folded in _CHAR_FOLDS.items())

# A word: letters or digits, with inner apostrophes, hyphens, dots or commas
# (don't, re-run, U.S., 1,000) kept inside it; or a per cent sign, the word "percent" ("12%"
# is "12 per cent" and "12 percent").
_WORD = re.compile(r"\w+(?:['\u2019.,\-\u2010\u2011]\w+)*|[%\uff05\u066a]")
_PERCENT_SIGNS = frozenset("%\uff05\u066a")
# A currency sign before an amount ("$1.3 million", "£2.4m", "€300k") reads as the amount's
# words and then the currency's ("13 million dollars"), as outlets that write it out have them.
# `words` only: a diff keeps the words as written.
_CURRENCY_SIGNS = {
    "$": "dollars",
    "\u00a3": "pounds",
    "\u20ac": "euros",
    "\u00a5": "yen",
    "\u20a6": "naira",
    "\u20b9": "rupees",
    "\u20b1": "pesos",
}
_WORD_OR_CURRENCY = re.compile(_WORD.pattern + "|[$\u00a3\u20ac\u00a5\u20a6\u20b9\u20b1]")
# Currencies written as letters glued to the amount ("KSh3 million", "Rs3,120"), and a per cent
# written "pc" after it ("5pc"): read as the sign's amount and the word ("3 million shillings",
# "5 percent"), as outlets that write them out have them.
GLUED_CODES = {"ksh": "shillings", "rs": "rupees", "r": "rand", "n": "naira"}
_GLUED = re.compile(r"(ksh|rs|r|n)(\d[\d.,]*(?:k|m|mn|bn|tn)?)|(\d[\d.,]*)pc")
# A text that may hold one. The rand's "R" and the naira's "N" count only glued to an amount
# with its magnitude ("R47 million", "N2.3bn"): "R40" and "N7" are as often roads, and "n 2"
# no amount; "KSh" and "Rs" also apart from it ("Rs 3,120").
_GLUED_CODE_OR_PC = re.compile(r"\b(?:ksh|rs)\s?\d|\b[rn]\d|\dpc\b")
_NEEDS_A_MAGNITUDE = frozenset(("r", "n"))
# Every currency's word, as `words` writes it after an amount (the matcher reads amounts by them).
CURRENCY_WORDS = frozenset((*_CURRENCY_SIGNS.values(), *GLUED_CODES.values()))
_CODES_APART = frozenset(("ksh", "rs"))
# A magnitude as outlets glue it to a number or write it out ("2.4m", "$2bn", "2 billion"):
# the word it stands for.
MAGNITUDES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}
MAGNITUDES.update((word, word) for word in ("thousand", "million", "billion", "trillion"))
_AMOUNT = re.compile(r"(\d+)(" + "|".join(MAGNITUDES) + ")?")
_INNER_PUNCT = re.compile(r"['\u2019.,\-\u2010\u2011]")

_BRITISH_TO_AMERICAN = {
    "colour": "color",
    "favour": "favor",
    "honour": "honor",
    "labour": "labor",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "humour": "humor",
    "rumour": "rumor",
    "harbour": "harbor",
    "vapour": "vapor",
    "vigour": "vigor",
    "valour": "valor",
    "savour": "savor",
    "endeavour": "endeavor",
    "armour": "armor",
    "flavour": "flavor",
    "odour": "odor",
    "clamour": "clamor",
    "rigour": "rigor",
    "tumour": "tumor",
    "parlour": "parlor",
    "centre": "center",
    "theatre": "theater",
    "metre": "meter",
    "litre": "liter",
    "fibre": "fiber",
    "calibre": "caliber",
    "sombre": "somber",
    "spectre": "specter",
    "meagre": "meager",
    "manoeuvre": "maneuver",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "analogue": "analog",
    "programme": "program",
    "grey": "gray",
    "tyre": "tire",
    "cheque": "check",
    "aluminium": "aluminum",
    "plough": "plow",
    "travelled": "traveled",
    "travelling": "traveling",
    "traveller": "traveler",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "modelled": "modeled",
    "fuelled": "fueled",
    "signalled": "signaled",
    "counselling": "counseling",
    "levelled": "leveled",
    "marvellous": "marvelous",
    "jewellery": "jewelry",
    "judgement": "judgment",
    "ageing": "aging",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "paediatric": "pediatric",
    "anaesthetic": "anesthetic",
    "oestrogen": "estrogen",
    "manoeuvres": "maneuvers",
    "practise": "practice",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "instalment": "installment",
    "whilst": "while",
    "amongst": "among",
    "towards": "toward",
    "afterwards": "afterward",
    "enrolment": "enrollment",
    "fulfilment": "fulfillment",
    "mould": "mold",
    "smoulder": "smolder",
    "moustache": "mustache",
    "pyjamas": "pajamas",
    "sulphur": "sulfur",
    "aeroplane": "airplane",
    "cosy": "cozy",
    "leukaemia": "leukemia",
    "anaemia": "anemia",
    "orthopaedic": "orthopedic",
    "paediatrician": "pediatrician",
    "foetus": "fetus",
    "diarrhoea": "diarrhea",
    "learnt": "learned",
    "dreamt": "dreamed",
    "burnt": "burned",
    "spoilt": "spoiled",
    "leapt": "leaped",
    "centred": "centered",
}
# -yse verbs (analyse) and the stems whose l is doubled before a suffix (travelled, modelling).
_YSE = re.compile(r"^(anal|paral|catal|electrol|breathal|dial)ys(e|es|ed|ing)$")
_DOUBLED_L = re.compile(r"^(\w+?l)l(ed|ing|er|ers)$")
_DOUBLED_L_STEMS = frozenset(
    "model label signal level fuel travel cancel counsel channel dial equal marshal panel pedal "
    "quarrel rival shovel tunnel funnel total jewel duel libel marvel grovel swivel".split()
)
_OUR_SUFFIXES = ("s", "ed", "ing", "able", "ite", "ites", "ful", "less")

# -ise words that are not the British spelling of an -ize word.
_ISE_KEEP = frozenset(
    "advise advertise compromise exercise expertise franchise merchandise premise supervise "
    "surprise televise revise devise disguise enterprise comprise despise chastise promise "
    "praise raise rise wise noise poise cruise bruise treatise concise precise otherwise "
    "likewise clockwise improvise arise apprise circumcise excise incise demise surmise "
    "paradise porpoise tortoise turquoise reprise anise valise guise reprise upraise "
    "sunrise moonrise".split()
)
_ISE = re.compile(r"^(\w{2,}?)is(e|ed|es|ing|ation|ations|er|ers)$")


# Words too common to tell one statement from another, or to look a quotation up by.
COMMON_WORDS = frozenset(
    """a an the and or but of to in on at by for from with as is are was were be been being it
    its this that these those i you he she we they me him her us them my your his our their not
    no so do does did have has had will would can could should may might must shall there here
    what which who whom whose when where why how all any some if then than too very just also
    about into over after before up down out off again said say says one more most""".split()
)


class Token(NamedTuple):
    """A word of a text: its normalised key and where it stands (a named tuple: a diff makes
    one for each word of both texts, and `tokens` takes a third less time than with a frozen
    dataclass)."""

    key: str
    start: int
    end: int


def fold(text: str) -> str:
    """Fold typography, diacritics and case; keep punctuation and spacing."""
    if text.isascii():
        return text.lower()
    text = _fold_characters(unicodedata.normalize("NFKC", text))
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():  # English with curly quotes and dashes: nothing left to strip
        return decomposed.lower()
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def _fold_characters(text: str) -> str:
    """`text.translate(_CHAR_FOLDS)`, one C scan per folded character the text holds (a
    translate looks every character up, and news text is nearly all ASCII)."""
    for char, folded in _CHAR_FOLD_PAIRS:
        if char in text:
            text = text.replace(char, folded)
    return text


@lru_cache(maxsize=65536)
def americanize(word: str) -> str:
    """Map a folded British spelling to the American one; other words unchanged."""
    if word in _BRITISH_TO_AMERICAN:
        return _BRITISH_TO_AMERICAN[word]
    for suffix in _OUR_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem in _BRITISH_TO_AMERICAN:
            return _BRITISH_TO_AMERICAN[stem] + suffix
    found = _ISE.match(word)
    if found and (found.group(1) + "ise") not in _ISE_KEEP and word not in _ISE_KEEP:
        return f"{found.group(1)}iz{found.group(2)}"
    found = _YSE.match(word)
    if found:
        return f"{found.group(1)}yz{found.group(2)}"
    found = _DOUBLED_L.match(word)
    if found and found.group(1) in _DOUBLED_L_STEMS:
        return found.group(1) + found.group(2)
    return word


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The normalised form of one folded word: inner punctuation out, American spelling, a per
    cent sign "percent"."""
    if word in _PERCENT_SIGNS:
        return "percent"
    return americanize(_INNER_PUNCT.sub("", word))


def tokens(text: str) -> list[Token]:
    """The words of `text` with their keys and character offsets into `text`.

    Folding never changes the length of a word character by character in ways
    that matter for offsets, so offsets are found on the original text.
    """
    if text.isascii():  # folding is lowering: fold the whole text once
        matches = list(_WORD.finditer(text.lower()))
        keys = map(word_key, [match.group() for match in matches])
    else:
        matches = list(_WORD.finditer(text))
        keys = map(word_key, map(fold, [match.group() for match in matches]))
    found = [Token(key, *match.span()) for key, match in zip(keys, matches, strict=True) if key]
    return _joined_per_cent_tokens(found) if "cent" in text.lower() else found


def _joined_per_cent_tokens(found: list[Token]) -> list[Token]:
    """The tokens with "per" and "cent" one token "percent", as `words` has them."""
    joined: list[Token] = []
    for token in found:
        if token.key == "cent" and joined and joined[-1].key == "per":
            joined[-1] = Token("percent", joined[-1].start, token.end)
        else:
            joined.append(token)
    return joined


def words(text: str) -> list[str]:
    """The normalised words of a text ("per cent" is one word, as in American "percent"; "$2bn"
    is "2 billion dollars")."""
    folded = fold(text)
    if not any(sign in folded for sign in _CURRENCY_SIGNS):  # most texts
        keys = [key for key in map(word_key, _WORD.findall(folded)) if key]
    else:
        keys = _amounts_read([k for k in map(word_key, _WORD_OR_CURRENCY.findall(folded)) if k])
    if _GLUED_CODE_OR_PC.search(folded):
        keys = _glued_read(keys)
    if "cent" in keys:
        keys = _joined_per_cent(keys)
    return keys


def _glued_read(keys: list[str]) -> list[str]:
    """The words with a currency code glued to its amount ("ksh3" before "million") read as
    the amount, its magnitude and the currency ("3 million shillings"), and "5pc" as "5
    percent"."""
    read: list[str] = []
    at = 0
    while at < len(keys):
        key = keys[at]
        if key in _CODES_APART and at + 1 < len(keys) and keys[at + 1][:1].isdigit():
            key = key + keys[at + 1]  # "Rs 3,120": the code apart from its amount
            at += 1
        found = _GLUED.fullmatch(key)
        at += 1
        if found is None:
            read.append(key)
        elif found.group(3):
            read.extend((found.group(3), "percent"))
        else:
            amount = _AMOUNT.fullmatch(found.group(2))
            if amount is None:
                read.append(key)
                continue
            magnitude = MAGNITUDES.get(amount[2] or "")
            if magnitude is None and at < len(keys) and keys[at] in MAGNITUDES:
                magnitude = MAGNITUDES[keys[at]]
                at += 1
            if magnitude is None and found.group(1) in _NEEDS_A_MAGNITUDE:
                read.append(key)  # "R40": a road as often as forty rand
                continue
            read.append(amount[1])
            read.extend((magnitude,) if magnitude else ())
            read.append(GLUED_CODES[found.group(1)])
    return read


def _amounts_read(keys: list[str]) -> list[str]:
    """The words with each currency sign after its amount and the amount's magnitude, written
    out ("$", "27bn" as "27", "billion", "dollars"); a sign with no amount after it is no
    word."""
    read: list[str] = []
    at = 0
    while at < len(keys):
        currency = _CURRENCY_SIGNS.get(keys[at])
        at += 1
        if currency is None:
            read.append(keys[at - 1])
            continue
        amount = _AMOUNT.fullmatch(keys[at]) if at < len(keys) else None
        if amount is None:
            continue
        read.append(amount[1])
        at += 1
        magnitude = MAGNITUDES.get(amount[2] or "")
        if magnitude is None and at < len(keys) and keys[at] in MAGNITUDES:
            magnitude = MAGNITUDES[keys[at]]
            at += 1
        read.extend((magnitude, currency) if magnitude else (currency,))
    return read


def _joined_per_cent(keys: list[str]) -> list[str]:
    joined: list[str] = []
    for key in keys:
        if key == "cent" and joined and joined[-1] == "per":
            joined[-1] = "percent"
        else:
            joined.append(key)
    return joined


def normalize(text: str) -> str:
    """The normalised text: its words joined by single spaces."""
    return " ".join(words(text))


def content_hash(text: str) -> str:
    """A hash of an article's words: unchanged by spacing, case or typography."""
    return hashlib.sha256(normalize(text).encode()).hexdigest()
