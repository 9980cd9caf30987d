"""The language of an article, told cheaply by its commonest small words.

Only what attribution needs: English, or one of the languages whose news the speaker rules
also read (German, French, Spanish, Portuguese, Italian; Russian). The words counted are each
typical of one language; an article counts as foreign only when its language's words clearly
outnumber the English ones, so an English article quoting a French phrase stays English. A
long text in none of them (Dutch, Polish, ...) is OTHER: the English rules would read its
sentences wrong, taking "Daarna" for a name. Polish and Dutch small words are counted too, so
that a Polish article is not read as Portuguese.
"""

from __future__ import annotations

import re
from collections import Counter

ENGLISH = "en"
FOREIGN = ("de", "fr", "es", "pt", "it")
RUSSIAN = "ru"  # read by its own speaker rules; otherwise treated as any non-English text
# A text long enough to tell, in none of the languages above and in no CJK script (Dutch,
# Polish, Swedish, Ukrainian, ...): no speaker rules read it.
OTHER = "other"
_STOP_WORDS = {
    "en": "the and of to is that for with was on are be this by have from it were has",
    "de": "der die das und ist nicht mit den dem sich auch eine zu von auf für des im wird "
    "werden ein einer sie wir",
    "fr": "le les des et est une pour dans pas qui du au sur avec sont cette ils elle été aux "
    "je ne nous vous ce ses leur ont était aussi après très comme",
    "es": "el los las del y es una por para con se lo al como más pero su fue sus",
    "pt": "o os do da dos das não é um uma em no na ao com mais foi pelo pela também",
    "it": "il gli di della delle del è un che non sono nel alla anche più per dei degli",
    "ru": "и в не на что с по это как к из у за от о так же",
    # Languages no speaker rules read, counted so that they are not taken for one that is
    # (Polish shares "na", "do", "o" with Portuguese): an article in one of them is OTHER.
    "pl": "w z i za od po się nie że jest jak ale już przez dla czy jego był była oraz który "
    "która które tego został może tylko jednak także",
    "nl": "het een van niet voor zijn ook maar wordt naar bij uit deze heeft werd kan worden "
    "dan nog wel",
}
_UNREAD = ("pl", "nl")
_LANGUAGE_OF_WORD: dict[str, str] = {}
for _language, _words in _STOP_WORDS.items():
    for _word in _words.split():
        _LANGUAGE_OF_WORD.setdefault(_word, _language)
_SAMPLE_CHARS = 2000  # the article's opening is enough to tell its language
_MIN_WORDS = 12  # stop words of a language needed before the article counts as written in it
_MIN_WORDS_OF_A_SHORT_TEXT = 8  # the same, in a text of few words that reads as none other
_MARGIN = 2.0  # how many times the English count a foreign language's count must reach
# Words of a sample, and at most this share of them English small words, that tell another
# language (English prose has a fifth to a third of them).
_MIN_OTHER_WORDS = 120  # an article's opening 2,000 characters hold some 300
# A brief of fewer words is read in a language only when that language's small words are
# clearly ahead ("Des centaines d'agriculteurs ont bloqué ...", 61 words), never as OTHER.
_MIN_SHORT_TEXT_WORDS = 50
_MAX_OTHER_ENGLISH_SHARE = 0.05
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")  # kana, Han, Hangul
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")  # letters Russian does not write
_MIN_UKRAINIAN_LETTERS = 10  # in the sample: Ukrainian shares many small words with Russian


def detect_language(text: str) -> str:
    """ "en", one of FOREIGN, RUSSIAN, OTHER, or "" when the text is too short to tell or is
    written in a CJK script (read with the English rules, which hold the CJK ones)."""
    sample = text[:_SAMPLE_CHARS]
    words = sample.lower().split()  # the sample's words, lowercased (lower() makes no spaces)
    counts = dict.fromkeys(_STOP_WORDS, 0)
    # words with punctuation attached are not counted
    counts.update(Counter(filter(None, map(_LANGUAGE_OF_WORD.get, words))))
    best = max((*FOREIGN, RUSSIAN, *_UNREAD), key=counts.__getitem__)
    if counts[best] >= _MIN_WORDS and counts[best] >= _MARGIN * counts[ENGLISH]:
        if best in _UNREAD or best == RUSSIAN and _reads_ukrainian(sample):
            return OTHER
        return best
    if counts[ENGLISH] >= _MIN_WORDS:
        return ENGLISH
    if _reads_another_language(words, counts) and not _CJK.search(sample):
        if _clearly_ahead(best, counts) and best not in _UNREAD:
            return best
        return OTHER if len(words) >= _MIN_OTHER_WORDS else ""  # a short list: too few to tell
    return ""


def _clearly_ahead(best: str, counts: dict[str, int]) -> bool:
    """Does a short text count enough small words of `best`, and many more than of any other
    language, to be read in it (a French brief of 130 words with 10 French ones)?"""
    runner_up = max(count for language, count in counts.items() if language != best)
    return counts[best] >= _MIN_WORDS_OF_A_SHORT_TEXT and counts[best] >= _MARGIN * runner_up


def _reads_another_language(words: list[str], counts: dict[str, int]) -> bool:
    """Enough words to tell, few of them English small words (a short French text is still
    read by the English rules, which know "a déclaré")."""
    few_english = counts[ENGLISH] <= _MAX_OTHER_ENGLISH_SHARE * len(words)
    return len(words) >= _MIN_SHORT_TEXT_WORDS and few_english


def _reads_ukrainian(sample: str) -> bool:
    return sum(char in _UKRAINIAN_LETTERS for char in sample) >= _MIN_UKRAINIAN_LETTERS
