"""Attributions in Chinese prose, where names are not capitalised and words are not spaced.

The speaker stands right before the verb of saying ("发言人王丽华表示：“…”", "“…”陈志强说。"), after
whatever introduces them: a punctuation mark, a relative clause ending in 的 ("在北京工作的李明说"),
or a role ("发言人", "教授"). A name in brackets after it in Latin letters is dropped. "他说" /
"她表示" stand for the last person the paragraph has named before a verb of saying.
"""

from __future__ import annotations

import re

_HAN = "\u4e00-\u9fff"
# 说 but not 说明 (explains) or 小说 (a novel); 称 but not 称为 (is called).
_VERBS = "表示|说道|说(?![明服法])|指出|认为|强调|透露|坦言|回忆|解释|补充|写道|称(?![为号赞])"
# The words before a verb of saying, back to what introduces the speaker.
_SPEAKER_THEN_VERB = re.compile(
    rf"([{_HAN}A-Za-z·?？．\-]{{1,24}})(?:[(（][^()（）]{{1,40}}[)）])?"
    rf"(?:[{_HAN}]{{1,3}}地)?(?:{_VERBS})"
)
_ROLES = re.compile(
    r".*(?:发言人|主任|教授|专家|局长|部长|总统|主席|委员|记者|经理|总裁|主管|院长|校长|博士|"
    r"研究员|负责人|官员|代表|的)"
)
_PRONOUNS = frozenset("他 她 他们 她们".split())
_ANY_HAN = re.compile(f"[{_HAN}]")
_REACH_BEFORE = 60  # characters between a verb of saying and the quotation it introduces
_PRONOUN_REACH = 400
_MAX_NAME = 12


def has_han(text: str) -> bool:
    return _ANY_HAN.search(text) is not None


def _speaker(words: str) -> str | None:
    """The name at the end of the words before a verb: after the last role or relative 的."""
    role = _ROLES.match(words)
    name = words[role.end() :] if role else words
    name = name.strip("·?？．-")
    if name.endswith("小") or not (2 <= len(name) <= _MAX_NAME or name in _PRONOUNS):
        return None
    return name


def subject_before(clause: str) -> tuple[str, str] | None:
    """'王丽华表示：“' and '李明表示，他…了。“': the last verb of saying before the quotation,
    at most a short sentence before it, and who stands before that verb."""
    found = None
    for match in _SPEAKER_THEN_VERB.finditer(clause):
        found = match
    if found is None or len(clause) - found.end() > _REACH_BEFORE:
        return None
    if any(mark in clause[found.end() :] for mark in '“”"「」'):
        return None
    name = _speaker(found.group(1))
    return (name, _verb_of(found)) if name else None


def subject_after(window: str) -> tuple[str, str] | None:
    """'”陈志强说。': the speaker and the verb right after the closing mark."""
    found = _SPEAKER_THEN_VERB.match(window.lstrip(" ，,。"))
    if found is None:
        return None
    name = _speaker(found.group(1))
    return (name, _verb_of(found)) if name else None


def _verb_of(match: re.Match) -> str:
    return re.search(f"(?:{_VERBS})$", match.group()).group()  # type: ignore[union-attr]


def is_pronoun(name: str) -> bool:
    return name in _PRONOUNS


def last_named_speaker(text: str, position: int) -> str | None:
    """The last name before a verb of saying earlier in the paragraph ("李博灏认为…。他认为")."""
    line_start = text.rfind("\n", 0, position) + 1
    window = text[max(position - _PRONOUN_REACH, line_start) : position]
    names = [_speaker(m.group(1)) for m in _SPEAKER_THEN_VERB.finditer(window)]
    named = [name for name in names if name and name not in _PRONOUNS]
    return named[-1] if named else None
