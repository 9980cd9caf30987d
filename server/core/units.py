"""How outlets write a number's unit, a time, an ordinal or a quarter, read alike.

One outlet prints "200m", "400GB", "4hr", "6.42am", "Q3" or "21st" where another prints "200
metres", "400 gigabytes", "four-hour", "6:42 a.m.", "the third quarter" or "twenty-first".
`written_alike` gives a wording's normalised words (`normalize.words`) with each of these
written one way, to be compared with another wording's words written the same way. A letter
that stands for two units ("m": metres or a million; "c": degrees or cents) is read as the
unit only when the other wording writes that unit out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .normalize import GLUED_CODES

# Each spelling of a unit, as outlets glue it to a number or write it apart, and the one
# word it is read as.
_SPELLINGS = {
    **dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"), "km"),
    **dict.fromkeys(
        ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"), "kg"
    ),
    **dict.fromkeys(("cm", "centimeter", "centimeters", "centimetre", "centimetres"), "cm"),
    **dict.fromkeys(("mm", "millimeter", "millimeters", "millimetre", "millimetres"), "mm"),
    **dict.fromkeys(("mg", "milligram", "milligrams"), "mg"),
    **dict.fromkeys(("ml", "milliliter", "milliliters", "millilitre", "millilitres"), "ml"),
    **dict.fromkeys(("ha", "hectare", "hectares"), "ha"),
    **dict.fromkeys(("mi", "mile", "miles"), "miles"),
    **dict.fromkeys(("ft", "foot", "feet"), "feet"),
    **dict.fromkeys(("hr", "hrs", "hour", "hours"), "hours"),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), "minutes"),
    **dict.fromkeys(("sec", "secs", "second", "seconds"), "seconds"),
    **dict.fromkeys(("kb", "kilobyte", "kilobytes"), "kb"),
    **dict.fromkeys(("mb", "megabyte", "megabytes"), "mb"),
    **dict.fromkeys(("gb", "gigabyte", "gigabytes"), "gb"),
    **dict.fromkeys(("tb", "terabyte", "terabytes"), "tb"),
    **dict.fromkeys(("kw", "kilowatt", "kilowatts"), "kw"),
    **dict.fromkeys(("mw", "megawatt", "megawatts"), "mw"),
    **dict.fromkeys(("gw", "gigawatt", "gigawatts"), "gw"),
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons"), "tonnes"),
    **dict.fromkeys(("l", "liter", "liters", "litre", "litres"), "liters"),
    **dict.fromkeys(("degree", "degrees"), "degrees"),
    "x": "times",
}
# Spellings read as a unit only right after a number: alone they are words ("a second", "in
# a minute", "x marks"), or letters.
_ONLY_AFTER_A_NUMBER = frozenset(_SPELLINGS)
# Units written with a letter that also stands for something else, and what each may be read
# as when the other wording writes it out: "200m from the beach" (200 metres), "£200m" (a
# million); "2C warmer" (degrees), "62c a litre" (cents).
_AMBIGUOUS = {"m": ("meters",), "c": ("degrees", "cents")}
# Currencies written as a letter glued to an amount without its magnitude ("R12,000",
# "N380,000"): `normalize` reads them so only with one, as "R40" is as often a road; here they
# are read as the currency when the other wording names it.
_CURRENCY_LETTERS = {**GLUED_CODES, "sh": "shillings"}
_GLUED = re.compile(r"(\d+)([a-z]+)")
_CURRENCY_GLUED = re.compile(r"(r|n|k?sh)(\d+)")
# "k" after a number: a thousand ("4k qualified installers", "£30k") when the other wording
# writes the thousands out, a kilometre ("a 5k run") when it writes those.
_THOUSAND_OR_KM = "k"
# A time glued to its "am" or "pm" once its dot or colon is folded away ("6.42am": "642am").
_TIME = re.compile(r"(\d{1,2}?)(\d{2})?([ap]m)")
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth"
).split()


# Ordinals, spelled out ("twenty-first", its hyphen folded away) or in digits ("21st"), read
# as their number ("21"), as outlets write a date ("1 June", "June 1st") or a place: an
# ordinal stays a number, which the other wording must hold too.
_ORDINALS = {
    **{word: str(at) for at, word in enumerate(_ORDINAL_UNITS, 1)},
    **{word: str(at) for at, word in enumerate(_ORDINAL_TEENS, 10)},
    "twentieth": "20",
    **{f"twenty{word}": str(20 + at) for at, word in enumerate(_ORDINAL_UNITS, 1)},
    "thirtieth": "30",
    "thirtyfirst": "31",
}
_ORDINAL_IN_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
# A quarter of a year, as outlets abbreviate it ("Q3"), after its ordinal read as a number.
_QUARTERS = {str(at): f"q{at}" for at in range(1, 5)}
_QUARTER_WORDS = frozenset(_QUARTERS.values())
# Wordings whose answer `may_write_otherwise` keeps: a page's quotations, each asked about with
# each of its candidates (a candidate's own wording rarely comes back).
_MAY_WRITE_CACHE = 256
# A time's minutes when they are none ("8:00pm" is "8pm").
_NO_MINUTES = "00"
# What `written_alike` may write otherwise, in a wording's words joined by spaces: a word of
# digits and letters ("400gb", "q3", "r12000"), or a number with a word it reads after one.
_MAY_WRITE_OTHERWISE = re.compile(
    r"\d[a-z]|[a-z]\d|\d (?:"
    + "|".join(sorted({*_SPELLINGS, *_AMBIGUOUS, "am", "pm", "thousand"}, key=len, reverse=True))
    + r")\b"
)


@lru_cache(maxsize=_MAY_WRITE_CACHE)
def may_write_otherwise(found: tuple[str, ...]) -> bool:
    """Might the words write a unit, a time, an ordinal, a quarter or a thousand otherwise than
    another wording? Words without a digit do not: ordinals and quarters in words are read
    alike when the other wording writes them in digits. Kept for the last wordings asked about
    (`_MAY_WRITE_CACHE`)."""
    if not found or "".join(found).isalpha():
        return False  # most wordings
    return _MAY_WRITE_OTHERWISE.search(" ".join(found)) is not None


def written_alike(found: Sequence[str], other: frozenset[str]) -> tuple[str, ...]:
    """The words with each unit, time, ordinal and quarter written one way: "400gb" and "400
    gigabytes" are "400 gb", "4hr" and "4 hours" "4 hours", "6 42 am" (from "6:42 a.m.")
    "642am", "800pm" and "8 pm" "8pm", "21st" "21", "third quarter" "q3", "12 thousand"
    "12000"; "twentyfirst" (from "twenty-first") "21" when the other writes ordinals in
    digits. `other` is the words of the wording these are compared with, which also settles
    what "200m", "2c" or "r12000" stand for."""
    spelled_ordinals = _writes_ordinals_in_digits(other)
    written: list[str] = []
    ordinal = False  # was the last word written an ordinal?
    for word in found:
        after_a_number = bool(written) and written[-1].isdigit()
        after_an_ordinal, ordinal = ordinal, False
        if after_a_number and word in _ONLY_AFTER_A_NUMBER:
            written.append(_SPELLINGS[word])
        elif after_a_number and word in _AMBIGUOUS:
            written.append(_reading(word, other) or word)
        elif word == "thousand" and after_a_number:
            written[-1] = str(int(written[-1]) * 1000)  # "12 thousand", "12k": "12000"
        elif word in ("am", "pm") and after_a_number:
            _glue_time(written, word)
        elif word == "quarter" and after_an_ordinal and written[-1] in _QUARTERS:
            written[-1] = _QUARTERS[written[-1]]  # "third quarter", "3rd quarter": "q3"
        elif spelled_ordinals and word in _ORDINALS:
            written.append(_ORDINALS[word])
            ordinal = True
        elif _ORDINAL_IN_DIGITS.fullmatch(word):
            written.append(word.rstrip("stndrh"))
            ordinal = True
        elif word.isalpha() or word.isdigit():
            written.append(word)
        else:
            written.extend(_glued_read(word, other))
    return tuple(written)


def _writes_ordinals_in_digits(found: frozenset[str]) -> bool:
    """Does a wording write an ordinal or a quarter in digits ("21st", "q3")? Only then are the
    other's spelled ordinals read as numbers: "the first 24 hours" keeps its word otherwise."""
    return any(
        word in _QUARTER_WORDS or _ORDINAL_IN_DIGITS.fullmatch(word)
        for word in found
        if not word.isalpha()
    )


def _glue_time(written: list[str], half: str) -> None:
    """Glue "am" or "pm" to the hour (and minutes) written before it: "8 pm" is "8pm", "6 42
    am" (from "6:42 a.m.") "642am", as `_glued_read` reads "6.42am"."""
    minutes = written[-1] if len(written) > 1 and len(written[-1]) == 2 else None
    if minutes is not None and written[-2].isdigit() and len(written[-2]) <= 2:
        hour = written[-2]
        del written[-2:]
    else:
        hour, minutes = written.pop(), None
    written.append(_time(hour, minutes, half))


def _time(hour: str, minutes: str | None, half: str) -> str:
    """A time as one word, without minutes that are none ("8pm", "642am")."""
    return f"{hour}{'' if minutes in (None, _NO_MINUTES) else minutes}{half}"


def _reading(letter: str, other: frozenset[str]) -> str | None:
    """What a unit's ambiguous letter stands for, when the other wording writes it out."""
    return next((unit for unit in _AMBIGUOUS[letter] if unit in other), None)


def _glued_read(word: str, other: frozenset[str]) -> tuple[str, ...]:
    """A word of digits and letters read apart: a time, a number and its unit, or a
    currency's amount; as it is otherwise ("covid19", "b52")."""
    time = _TIME.fullmatch(word)
    if time:
        hour, minutes, half = time.groups()
        return (_time(hour, minutes, half),)
    glued = _GLUED.fullmatch(word)
    if glued and glued[2] == _THOUSAND_OR_KM:
        return _thousands_or_km(glued[1], other) or (word,)
    if glued:
        number, unit = glued.groups()
        reading = _SPELLINGS.get(unit) or (_reading(unit, other) if unit in _AMBIGUOUS else None)
        return (number, reading) if reading else (word,)
    currency = _CURRENCY_GLUED.fullmatch(word)
    if currency and _CURRENCY_LETTERS[currency[1]] in other:
        return (currency[2], _CURRENCY_LETTERS[currency[1]])
    return (word,)


def _thousands_or_km(number: str, other: frozenset[str]) -> tuple[str, ...] | None:
    """ "4k" read as "4000" when the other wording writes 4,000, as "4 km" when it writes
    kilometres; None when it writes neither."""
    thousands = str(int(number) * 1000)
    if thousands in other:
        return (thousands,)
    writes_km = any(_SPELLINGS.get(word) == "km" for word in other)
    return (number, "km") if writes_km else None
