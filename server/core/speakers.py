"""Names and roles of speakers, resolved within one article.

An attribution names its speaker as it pleases ("Peskov", "he", "Kremlin
spokesman Dmitry Peskov"); the article usually gives the full name once. This
module splits a subject phrase into name and role, and resolves surnames and
pronouns to the fullest name the article gives. What it cannot resolve stays
None: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRONOUNS = frozenset("he she they him her his its il elle ils elles er sie él ella".split())
# Capitalised words that are titles or roles, not part of a name.
TITLE_WORDS = frozenset(
    """President Prime Minister Ministers Foreign Defence Defense Interior Finance Health
    Justice Trade Economy Education Environment Deputy Vice Secretary Senator Sen. Rep.
    Representative Congressman Congresswoman Governor Gov. Mayor Chancellor King Queen Prince
    Princess Pope General Gen. Colonel Col. Captain Capt. Admiral Adm. Major Lieutenant Lt.
    Sergeant Sgt. Judge Justice Chief Director Chairman Chairwoman Chair CEO Mr. Mrs. Ms. Dr.
    Prof. Professor Sir Dame Lord Lady Speaker Commissioner Ambassador Spokesman Spokeswoman
    Spokesperson Coach Manager Attorney Inspector Sheriff Officer Rabbi Bishop Archbishop
    Cardinal Father Sister Leader Head Founder Executive Premier Sheikh Emir Crown Minister's
    Mr Mrs Ms Dr Prof Madame Monsieur Herr Frau Senor Señor""".split()
)
# Capitalised words that start sentences or name days and months, never a speaker's name.
NOT_NAME_WORDS = frozenset(
    """The A An But And Or So Yet In On At By For From With Without After Before Despite
    During Since Until While When Where What Who Why How This That These Those There Here It
    Its He She They We I You His Her Their Our My Your If As Although Though Because Even
    Still Also Then Now Today Yesterday Tomorrow Last Next Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday January February March April May June July August September October
    November December Meanwhile However Earlier Later According Speaking Asked Mr Mrs Ms""".split()
)
# Words that make a capitalised run a body or a place rather than a person.
BODY_WORDS = frozenset(
    """Kremlin Ministry Group Times Council Party Union Commission Bank Company Corporation
    Corp. Inc. Inc Ltd Ltd. University Court House Office Department Agency Association
    Institute Foundation Committee News Post Press Parliament Assembly Senate Congress
    Government Republic Federation Nations States Army Forces Police Service Organisation
    Organization Fund Club League Airlines Motors Board Authority Bureau Center Centre Network
    Media Agency Reuters Sputnik Tass TASS Guardian Journal Herald Telegraph Times Tribune
    Daily Weekly Kingdom City River Sea Ocean Island Islands Street Square Avenue Airport
    Station Region Province County State White Pentagon Downing Embassy Navy Guard Cabinet
    Secretariat Alliance Coalition Front Movement""".split()
)
_NAME_TOKEN = r"[A-Z\u00c0-\u00de][\w\u2019'\-]*\.?"
_PARTICLE = r"(?:de|da|del|della|der|den|van|von|bin|ibn|al|el|la|le|du|dos|di|ter|zu)"
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN})*")
_POSSESSIVE = re.compile(r"[\u2019']s$")
_ROLE_STOP = re.compile(
    r"(?:^|\s)(?:the|a|an|and|but|said|says|told|on|in|at|by|with|of the|that|who|which)$",
    re.IGNORECASE,
)
_ROLE_WORDS_BEFORE = 6
_APPOSITIVE = re.compile(r",\s+((?:the\s+|a\s+)?[a-z][^,.;:\"\u201c\u201d]{2,60}),")


@dataclass(frozen=True, slots=True)
class Mention:
    """A capitalised name as it stands in the article, with the role written beside it."""

    name: str
    start: int
    role: str | None


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject of an attribution, split into the name and the role around it."""

    name: str | None
    role: str | None
    is_pronoun: bool = False


def split_subject(phrase: str) -> Subject:
    """Split an attribution's subject ("Kremlin spokesman Dmitry Peskov") into name and role."""
    words = phrase.strip(" ,;:").split()
    if not words:
        return Subject(None, None)
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return Subject(None, None, is_pronoun=True)
    runs = list(_NAME_RUN.finditer(phrase))
    if not runs:
        return Subject(None, None)
    run = runs[-1]
    name, titles = _strip_titles(run.group())
    if name is None:
        return Subject(None, None)
    role_text = (phrase[: run.start()] + " " + titles).strip()
    return Subject(name, _clean_role(role_text))


def _strip_titles(run: str) -> tuple[str | None, str]:
    """Cut the titles off a capitalised run: ("Vladimir Putin", "Russian President")."""
    tokens = [_POSSESSIVE.sub("", t) for t in run.split()]
    last_title = max((i for i, t in enumerate(tokens) if t in TITLE_WORDS), default=-1)
    name_tokens = [t for t in tokens[last_title + 1 :]]
    while name_tokens and name_tokens[0] in NOT_NAME_WORDS:
        name_tokens.pop(0)
    if not name_tokens or all(t in NOT_NAME_WORDS or t in TITLE_WORDS for t in name_tokens):
        return None, ""
    return " ".join(name_tokens), " ".join(tokens[: last_title + 1])


def _clean_role(role: str) -> str | None:
    """A role phrase without leading articles or trailing filler; None when nothing is left."""
    role = re.sub(r"^(?:the|a|an)\s+", "", role.strip(" ,;:-\u2013\u2014"), flags=re.IGNORECASE)
    words = role.split()
    if not words or len(words) > _ROLE_WORDS_BEFORE + 2:
        return None
    if all(w[:1].islower() and w.casefold() in {"and", "also", "then"} for w in words):
        return None
    return role or None


def is_person_name(name: str) -> bool:
    """A name of two or more words with no word of a body or a place in it."""
    tokens = name.split()
    return len(tokens) >= 2 and not any(t in BODY_WORDS for t in tokens)


class ArticleNames:
    """The capitalised names of one article, for resolving surnames and pronouns."""

    def __init__(self, text: str) -> None:
        self.mentions = [m for m in _mentions(text) if m.name]

    def fullest(self, name: str) -> Mention | None:
        """The mention with the most words that ends with, or equals, `name`."""
        wanted = name.split()
        best = None
        for mention in self.mentions:
            tokens = mention.name.split()
            if tokens[-len(wanted) :] != wanted and tokens != wanted:
                continue
            if best is None or len(tokens) > len(best.name.split()):
                best = mention
        return best

    def role_of(self, full_name: str) -> str | None:
        """The first role the article writes beside this full name."""
        for mention in self.mentions:
            if mention.name == full_name and mention.role:
                return mention.role
        return None

    def last_person_before(self, position: int, not_before: int) -> str | None:
        """The fullest name of the person named last before `position`, not before `not_before`."""
        for mention in reversed(self.mentions):
            if not_before <= mention.start < position and is_person_name(mention.name):
                found = self.fullest(mention.name)
                return found.name if found else mention.name
        return None


def _mentions(text: str) -> list[Mention]:
    mentions = []
    for run in _NAME_RUN.finditer(text):
        name, titles = _strip_titles(run.group())
        if name is None:
            continue
        role = _role_before(text, run.start(), titles) or _appositive_role(text, run.end())
        mentions.append(Mention(name, run.start() + run.group().find(name.split()[0]), role))
    return mentions


def _role_before(text: str, start: int, titles: str) -> str | None:
    """Role words written just before a name ("Kremlin spokesman"), with its own titles."""
    window = text[max(start - 80, 0) : start]
    window = re.split(r"[.;:!?\n\"\u201c\u201d(),\u2013\u2014]|\s-\s", window)[-1]
    words = window.split()[-_ROLE_WORDS_BEFORE:]
    kept: list[str] = []
    for word in reversed(words):
        if _ROLE_STOP.search(" " + word) or word.isdigit():
            break
        kept.insert(0, word)
    if kept and not any(w[:1].islower() for w in kept) and not titles:
        return None
    role = " ".join(kept + ([titles] if titles else []))
    return _clean_role(role)


def _appositive_role(text: str, end: int) -> str | None:
    """A role written after a name between commas: "Ian Bremmer, president of Eurasia Group,"."""
    found = _APPOSITIVE.match(text[end : end + 80])
    if not found or re.match(r"(?:who|which|that|said|says|told|added|and)\b", found.group(1)):
        return None
    return _clean_role(found.group(1))
