"""Attributions in Chinese and Korean prose, where names are not capitalised.

The speaker stands right before the verb of saying ("发言人王丽华表示：“…”", "“…”陈志强说。"), after
whatever introduces them: a punctuation mark, a relative clause ending in 的 ("在北京工作的李明说"),
or a role ("发言人", "教授"). A name in brackets after it in Latin letters is dropped. "他说" /
"她表示" stand for the last person the paragraph has named before a verb of saying.

Korean marks the speaker with a topic or subject particle before the quotation and the saying
after it ("김민수는 “…”고 말했다"); "그는" (he) stands for the last person the paragraph has
marked so.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_HAN = "\u4e00-\u9fff"
# 说 but not 说明 (explains) or 小说 (a novel); 称 but not 称为 (is called).
_VERBS = (
    "表示|说道|说(?![明服法])|指出|认为|强调|透露|坦言|回忆|解释|补充|写道|称(?![为号赞])|"
    "提出|提到|谈到|告诉|呼吁|直言|坦承|感叹"
)
_PRONOUNS = frozenset("他 她 他们 她们".split())
# A foreign name written in Chinese: its parts joined by a middle dot ("戴夫·汉森").
_SEPARATORS = "·?？．•"
_REACH_BEFORE = 60  # characters between a verb of saying and the quotation it introduces
_PRONOUN_REACH = 400
_MAX_NAME = 12
_KOREAN_PRONOUNS = frozenset("그 그녀 그들".split())
# No character of either script sorts before these: a text whose greatest character is lower
# holds none, which `max()` tells without compiling a pattern.
_FIRST_HAN = "\u4e00"
_FIRST_HANGUL = "\uac00"


class _Patterns(NamedTuple):
    speaker_then_verb: re.Pattern[str]
    roles: re.Pattern[str]
    before_verb: re.Pattern[str]
    transliterated: re.Pattern[str]
    introduced: re.Pattern[str]
    verb_at_end: re.Pattern[str]
    any_han: re.Pattern[str]
    hangul: re.Pattern[str]
    korean_speaker: re.Pattern[str]
    korean_topic: re.Pattern[str]
    korean_saying_after: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """The patterns of this module, compiled on the first Chinese or Korean text: their ranges
    of thousands of characters take milliseconds to compile, which most runs never need."""
    return _Patterns(
        # The words before a verb of saying, back to what introduces the speaker.
        speaker_then_verb=re.compile(
            rf"([{_HAN}A-Za-z·?？．\-]{{1,24}})(?:[(（][^()（）]{{1,40}}[)）])?"
            rf"(?:[{_HAN}]{{1,3}}地)?(?:{_VERBS})"
        ),
        roles=re.compile(
            r".*(?:发言人|主任|教授|专家|局长|部长|总统|主席|委员|记者|经理|总裁|主管|院长|校长|博士|"
            r"研究员|负责人|官员|代表|的)"
        ),
        # Adverbs and verbs standing between a name and its verb of saying: also, again, then,
        # added.
        before_verb=re.compile(
            r"(?:还|也|又|则|就|都|曾|更|再|同时|随后|接着|进一步|补充|解释|回答)+$"
        ),
        transliterated=re.compile(rf"[{_HAN}]{{1,8}}[{_SEPARATORS}][{_HAN}]{{1,8}}"),
        # One introduced with the name in Latin letters after it: "戴夫·汉森（Dave Hanson）".
        introduced=re.compile(rf"[{_HAN}]{{1,8}}[{_SEPARATORS}][{_HAN}]{{1,8}}(?=[（(][A-Za-z])"),
        verb_at_end=re.compile(f"(?:{_VERBS})$"),
        any_han=re.compile(f"[{_HAN}]"),
        hangul=re.compile("[\uac00-\ud7a3]"),
        korean_speaker=re.compile(r"([\uac00-\ud7a3A-Za-z]{1,12}?)(?:은|는|이|가)\s*$"),
        korean_topic=re.compile(r"([\uac00-\ud7a3A-Za-z]{1,12}?)(?:은|는)\s"),
        # "”고 말했다", "”라고 밝혔다", "”며": the quotation was said.
        korean_saying_after=re.compile(r"\s*(?:이?라?고|며|라며|면서)\s+([\uac00-\ud7a3]+)"),
    )


def has_han(text: str) -> bool:
    return bool(text) and max(text) >= _FIRST_HAN and _patterns().any_han.search(text) is not None


def _speaker(words: str) -> str | None:
    """The name at the end of the words before a verb: after the last role or relative 的, and
    without an adverb or a verb glued to the verb of saying ("卢宇还说", "席尔霍尔茨补充说")."""
    role = _patterns().roles.match(words)
    name = words[role.end() :] if role else words
    name = _patterns().before_verb.sub("", name).strip("·?？．-")
    if name.endswith("小") or not (2 <= len(name) <= _MAX_NAME or name in _PRONOUNS):
        return None
    return name


def subject_before(clause: str) -> tuple[str, str] | None:
    """'王丽华表示：“' and '李明表示，他…了。“': the last verb of saying before the quotation,
    at most a short sentence before it, and who stands before that verb."""
    found = None
    for match in _patterns().speaker_then_verb.finditer(clause):
        found = match
    if found is None or len(clause) - found.end() > _REACH_BEFORE:
        return None
    if any(mark in clause[found.end() :] for mark in '“”"「」'):
        return None
    name = _speaker(found.group(1))
    return (name, _verb_of(found)) if name else None


def subject_after(window: str) -> tuple[str, str] | None:
    """'”陈志强说。': the speaker and the verb right after the closing mark."""
    found = _patterns().speaker_then_verb.match(window.lstrip(" ，,。"))
    if found is None:
        return None
    name = _speaker(found.group(1))
    return (name, _verb_of(found)) if name else None


def _verb_of(match: re.Match) -> str:
    return _patterns().verb_at_end.search(match.group()).group()  # type: ignore[union-attr]


def is_pronoun(name: str) -> bool:
    return name in _PRONOUNS


def fullest(text: str, name: str) -> str:
    """A surname written alone ("汉森") as the article first gives the whole foreign name
    ("戴夫·汉森"); the name as it is when the article gives no longer one."""
    if any(sep in name for sep in _SEPARATORS):
        return name
    for whole in _transliterated_names(text):
        if whole.endswith(name) and whole[-len(name) - 1] in _SEPARATORS:
            return _without_role(whole)
    return name


@functools.lru_cache(maxsize=4)
def _transliterated_names(text: str) -> tuple[str, ...]:
    return tuple(found.group() for found in _patterns().transliterated.finditer(text))


def _without_role(name: str) -> str:
    role = _patterns().roles.match(name)
    return name[role.end() :] if role else name


def last_named_speaker(text: str, position: int) -> str | None:
    """The last name before a verb of saying earlier in the paragraph ("李博灏认为…。他认为")."""
    line_start = text.rfind("\n", 0, position) + 1
    window = text[max(position - _PRONOUN_REACH, line_start) : position]
    names = [_speaker(m.group(1)) for m in _patterns().speaker_then_verb.finditer(window)]
    named = [name for name in names if name and name not in _PRONOUNS]
    if named:
        return named[-1]
    mentioned = _last_speaker_mentioned(text, window)
    if mentioned:
        return mentioned
    foreign = list(
        _patterns().introduced.finditer(text, max(position - _PRONOUN_REACH, 0), position)
    )
    return _without_role(foreign[-1].group()) if foreign else None


@functools.lru_cache(maxsize=4)
def _speakers_of(text: str) -> frozenset[str]:
    """Everyone the article has say something, by name."""
    names = {_speaker(m.group(1)) for m in _patterns().speaker_then_verb.finditer(text)}
    return frozenset(n for n in names if n and n not in _PRONOUNS and len(n) > 1)


def _last_speaker_mentioned(text: str, window: str) -> str | None:
    """The person last mentioned in `window` among those the article has say something
    anywhere ("剑桥大学的李博灏也有着类似的经历。他表示" when "李博灏说" is written elsewhere)."""
    found = [(window.rfind(name), name) for name in _speakers_of(text) if name in window]
    return max(found)[1] if found else None


def has_hangul(text: str) -> bool:
    return bool(text) and max(text) >= _FIRST_HANGUL and _patterns().hangul.search(text) is not None


def korean_subject(clause: str, after: str) -> tuple[str, str] | None:
    """'김민수는 “…”고 말했다': the word marked before the quotation, when the words after it
    say it was said."""
    saying = _patterns().korean_saying_after.match(after)
    speaker = _patterns().korean_speaker.search(clause)
    if saying is None or speaker is None:
        return None
    return speaker.group(1), saying.group(1)


def is_korean_pronoun(name: str) -> bool:
    return name in _KOREAN_PRONOUNS


def last_korean_topic(text: str, position: int) -> str | None:
    """The last word the paragraph marks as its topic before `position`, not a pronoun."""
    line_start = text.rfind("\n", 0, position) + 1
    window = text[max(position - _PRONOUN_REACH, line_start) : position]
    topics = [m.group(1) for m in _patterns().korean_topic.finditer(window)]
    named = [topic for topic in topics if topic not in _KOREAN_PRONOUNS]
    return named[-1] if named else None
