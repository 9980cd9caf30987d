"""Interviews printed as questions and answers: each answer is a quotation of the interviewee.

A transcript labels its paragraphs: "Q:"/"A:", "Q."/"A.", "Question:"/"Answer:", or the
speakers' names as transcripts print them ("LAVROV:", "Mr Dunmore:"). Labels with a colon
are common in ordinary news too ("Update:", "Photo:", a team's line-up, one "Q:" of a box of
questions), so nothing is taken without evidence of an interview: the text says it is one
("in an interview", "spoke to", "transcript"), and at least two answers each follow a labelled
question, most of those questions asking something. The interviewer's turns are left out: a
question is not a statement of a news source.

An answer runs from after its label to the end of its paragraph, and on over the unlabelled
paragraphs up to the next turn (never past a subhead, and not past the last turn's own
paragraph, after which the article resumes). Its speaker is the name of its label, or for "A:"
the person the introduction names ("in an interview with X", "X spoke to ..."), resolved to the
fullest name the article gives; None when it names nobody.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .models import Quotation, Span
from .speakers import (
    NOT_NAME_WORDS,
    TITLE_WORDS,
    ArticleNames,
    is_person_name,
    leading_subject,
    split_subject,
    split_titles,
)
from .text import paragraphs

QUESTION, ANSWER, NAMED = "question", "answer", "named"
_MIN_ANSWERS = 2  # answers, each right after a labelled question, that make a transcript
_MIN_ASKING_SHARE = 0.5  # of the questions before those answers, the share with a "?"
_MIN_TURNS_OF_A_NAME = 2  # a name label printed once is a caption or a note, not a speaker
_MAX_LABEL_CHARS = 40
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof"})
# Question and answer labels, and their German, French, Spanish, Portuguese, Italian forms
# ("P. ... R. ..." in Spanish, "Frage: ... Antwort: ...").
_LETTER_LABEL = re.compile(
    r"(Q|A|P|R|F|D|QUESTION|ANSWER|Question|Answer|Pregunta|Respuesta|Pergunta|Resposta|Frage|"
    r"Antwort|Domanda|Risposta|Réponse)[ \t]*[:.][ \t]+(?=\S)"
)
_QUESTION_LETTERS = "QPFD"
_NAME_LABEL = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t])?"
    r"[^\W\d_][\w'\u2019\-]*(?:[ \t][^\W\d_][\w'\u2019\-]*){0,2})[ \t]*:[ \t]+(?=\S)"
)
# Words that label a line of ordinary news, never a speaker.
_NOT_SPEAKER_LABELS = frozenset(
    """update updated updates warning photo photos photograph picture pictures image images
    video watch listen source sources note notes read related correction clarification
    disclaimer credit credits caption advertisement breaking latest summary background context
    analysis opinion contact email e-mail tel phone address date time location venue price
    tickets ingredients method verdict rating score result results pros cons editor graphic
    map chart table key also see more follow share tags topics filed posted published dear by
    author report reporting translation translated transcript live exclusive interview comment
    reaction quote factbox explainer timeline why what how who where when""".split()
)
# Every match of the cues holds one of these (searched first: plain substrings are cheap).
_CUE_WORDS = (
    "nterview",
    "poke ",
    "peaks ",
    "alk",
    "at down",
    "onversation",
    "&",
    "ranscript",
    "dited for",
    "ondensed for",
    "onference",
    "riefing",
    "ntrevista",
    "ntretien",
    "ntervista",
)
# The introduction calls the text an interview, a conversation or a transcript, or a note says
# it was edited. The strong cues name the format; the others ('spoke to', 'sat down with') only
# count with an interviewee named, since 'talked to three experts' heads explainers too.
_STRONG_CUE = re.compile(
    r"interview|\bconversation\b|\bQ ?& ?A\b|\btranscript\b|press conference|\bbriefing\b"
    r"|\bentrevista|\bentretien|\bintervista",
    re.IGNORECASE,
)
_WEAK_CUE = re.compile(r"\b(?:spoke|talked|talks|speaks) (?:to|with)\b|\bsat down with\b", re.I)
_EDITED_NOTE = re.compile(r"\b(?:edited|condensed) for (?:length|clarity|brevity)", re.I)
# The words that introduce an interview, by where they name the interviewee: after them ('in an
# interview with X'), before them ('X gave an interview', 'X told the paper in an interview'),
# or on either side ('X spoke to the Ledger', 'our reporter spoke to X').
_INTRODUCTION = re.compile(
    r"\b(?:(?P<after>interview with|interviewed|conversation with|Q ?& ?A with)"
    r"|(?P<before>gave (?:an|this) interview|told(?=[^.\n]{0,60}\binterview\b))"
    r"|(?P<either>(?:spoke|speaks|talked|talks) (?:to|with)|sat down with))\b"
)
# Who 'X spoke to' when X is the interviewee: the outlet or its reporter, not another person.
_OUTLET = re.compile(
    r"\s+(?:us|me|reporters|journalists|the press|(?:our|this|the|a)\s+(?:[a-z]+\s+)?"
    r"(?:reporter|correspondent|journalist|newspaper|paper|magazine|station|channel|programme|"
    r"program|podcast|show|website|site|team)|(?:the\s+)?[A-Z])"
)
_PHRASE_AFTER = re.compile(r"[^,.;:!?\n]{1,80}")
_LEADING_ARTICLE = re.compile(r"^\s*(?:the|a|an)\s+")
_SENTENCE_BREAK = re.compile(r"[.!?][\"\u201d\u2019]?\s+|\n")
_SENTENCE_REACH = 300  # characters before the verb that its subject is looked for in
_APPOSITIVE = re.compile(r",\s*(?:who|which|the|a|an)\b[^,]*,")
_ENDS_LIKE_PROSE = re.compile(r"[.!?:;\u2026\"\u201d\u2019)\]]\s*$")
_WORD = re.compile(r"\w+")
_ENCLOSING = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
# A question's label at the start of its paragraph ("Q:", "Q.", "Question:").
_QUESTION_LABEL = re.compile(r"(?m)^(?:Q|QUESTION|Question)[ \t]*[:.][ \t]+(?=\S)")


@dataclass(frozen=True, slots=True)
class _Turn:
    """A labelled paragraph: its label as written, what kind of label, and the words after it."""

    label: str
    kind: str
    paragraph: int
    body: Span


def find_answers(
    text: str,
    names: ArticleNames | None = None,
    *,
    min_words: int = 1,
    paras: list[Span] | None = None,
) -> list[Quotation]:
    """The interviewee's answers of the Q&A transcript in `text`, in order; [] when `text` is
    not one. Answers of fewer than `min_words` words ("Yes.") are left out. `paras`: the
    `paragraphs` of `text` when the caller has them."""
    transcript = _transcript(text, paras) if _may_hold_a_transcript(text) else None
    if transcript is None:
        return []
    paras, turns, answers = transcript
    intro = text[: paras[turns[0].paragraph].start]
    strong = bool(_STRONG_CUE.search(intro) or _EDITED_NOTE.search(text))
    if not strong and not _WEAK_CUE.search(intro):
        return []
    names = names or ArticleNames(text)
    interviewee = _introduced_interviewee(intro, names)
    if interviewee is None and strong and not _INTRODUCTION.search(intro):
        # "El escritor Javier Cercas publica ... En esta entrevista habla de ...": no English
        # introduction that could name the reporter ("Ruth Kale spoke to the minister")
        interviewee = _only_person_named(intro, names)
    if not strong and interviewee is None and not _names_its_speakers(turns, answers):
        return []
    found = []
    for index in answers:
        parts = _answer_parts(text, paras, turns, index)
        if text[parts[0].start] in _ENCLOSING:
            continue  # narrated ('“…,” she said, “…”'): its marked quotations tell it
        if sum(len(_WORD.findall(text, p.start, p.end)) for p in parts) < min_words:
            continue
        turn = turns[index]
        named = _label_speaker(turn.label, names) if turn.kind == NAMED else None
        found.append(_quotation(text, parts, named or interviewee, names))
    return found


def _transcript(
    text: str, paras: list[Span] | None
) -> tuple[list[Span], list[_Turn], list[int]] | None:
    """The paragraphs, the labelled turns and which turns are answers, when two answers or more
    follow labelled questions that mostly ask something; None otherwise."""
    paras = paragraphs(text) if paras is None else paras
    turns = _labelled_turns(text, paras)
    if len(turns) < 2 * _MIN_ANSWERS:
        return None
    answers = _answers(turns, _interviewer_labels(text, turns))
    if len(answers) < _MIN_ANSWERS or not _asking_enough(text, turns, answers):
        return None
    return paras, turns, answers


def _names_its_speakers(turns: list[_Turn], answers: list[int]) -> bool:
    return all(turns[index].kind == NAMED for index in answers)


def _may_hold_a_transcript(text: str) -> bool:
    """Cheap, before any pattern: two answers and two questions need four colons (or "Q."
    or "P." twice), a question mark, and one of the words that call the text an interview."""
    labels = (
        text.count(":") >= 2 * _MIN_ANSWERS
        or text.count("Q.") >= _MIN_ANSWERS
        or text.count("P.") >= _MIN_ANSWERS
    )
    return labels and "?" in text and any(cue in text for cue in _CUE_WORDS)


def inside_answers(answers: list[Quotation]) -> Callable[[int], bool]:
    """A test of whether a position stands inside one of `answers` (in order, never
    overlapping), in logarithmic time."""
    starts = [answer.start for answer in answers]

    def inside(position: int) -> bool:
        index = bisect.bisect_right(starts, position) - 1
        return index >= 0 and position < answers[index].end

    return inside


def _labelled_turns(text: str, paras: list[Span]) -> list[_Turn]:
    turns = []
    for index, para in enumerate(paras):
        turn = _turn_of(text, para, index)
        if turn is not None:
            turns.append(turn)
    counts: dict[str, int] = {}
    for turn in turns:
        counts[turn.label] = counts.get(turn.label, 0) + 1
    return [t for t in turns if t.kind != NAMED or counts[t.label] >= _MIN_TURNS_OF_A_NAME]


def _turn_of(text: str, para: Span, index: int) -> _Turn | None:
    letter = _LETTER_LABEL.match(text, para.start, para.end)
    if letter:
        kind = QUESTION if letter.group(1)[0] in _QUESTION_LETTERS else ANSWER
        return _Turn(kind, kind, index, Span(letter.end(), para.end))
    named = _NAME_LABEL.match(text, para.start, min(para.end, para.start + _MAX_LABEL_CHARS))
    if named and _is_speaker_label(named.group(1)):
        return _Turn(named.group(1), NAMED, index, Span(named.end(), para.end))
    return None


def _is_speaker_label(label: str) -> bool:
    words = label.split()
    if not all(word[:1].isupper() for word in words):
        return False
    if words[0] in NOT_NAME_WORDS and words[0].rstrip(".") not in _HONORIFICS:
        return False
    return not any(word.casefold().strip(".") in _NOT_SPEAKER_LABELS for word in words)


def _interviewer_labels(text: str, turns: list[_Turn]) -> frozenset[str]:
    """Q, and the names whose turns are mostly questions."""
    asked: dict[str, list[bool]] = {}
    for turn in turns:
        asked.setdefault(turn.label, []).append("?" in text[turn.body.start : turn.body.end])
    named = {
        label
        for label, asks in asked.items()
        if label not in (QUESTION, ANSWER) and sum(asks) >= len(asks) * _MIN_ASKING_SHARE
    }
    return frozenset(named | {QUESTION})


def _answers(turns: list[_Turn], asks: frozenset[str]) -> list[int]:
    """The turns of the interviewee that come right after a question."""
    return [
        index
        for index in range(1, len(turns))
        if turns[index].label not in asks and turns[index - 1].label in asks
    ]


def _asking_enough(text: str, turns: list[_Turn], answers: list[int]) -> bool:
    questions = [turns[index - 1].body for index in answers]
    asking = sum("?" in text[q.start : q.end] for q in questions)
    return asking >= len(questions) * _MIN_ASKING_SHARE


def _answer_parts(text: str, paras: list[Span], turns: list[_Turn], index: int) -> list[Span]:
    """The answer's own paragraph, then the unlabelled ones up to the next turn, stopping at
    a subhead; the last turn keeps its paragraph only."""
    turn = turns[index]
    parts = [_without_enclosing_marks(text, turn.body)]
    if index + 1 == len(turns):
        return parts
    for para in paras[turn.paragraph + 1 : turns[index + 1].paragraph]:
        if not _ENDS_LIKE_PROSE.search(text, para.start, para.end):
            break
        parts.append(_without_enclosing_marks(text, para))
    return parts


def _without_enclosing_marks(text: str, span: Span) -> Span:
    """'“We will build.”' -> 'We will build.': a paragraph printed whole in quotation marks,
    with no other mark of the kind inside, gives its words without them."""
    opener, closer = text[span.start], text[span.end - 1]
    if _ENCLOSING.get(opener) != closer or span.end - span.start < 3:
        return span
    inside = text[span.start + 1 : span.end - 1]
    if opener in inside or closer in inside:
        return span
    return Span(span.start + 1, span.end - 1)


def _quotation(text: str, parts: list[Span], speaker: str | None, names: ArticleNames) -> Quotation:
    return Quotation(
        text=" ".join(text[p.start : p.end] for p in parts),
        start=parts[0].start,
        end=parts[-1].end,
        parts=tuple(parts),
        speaker=speaker,
        role=names.role_of(speaker) if speaker else None,
        verb=None,
    )


def _label_speaker(label: str, names: ArticleNames) -> str | None:
    """'LAVROV' -> 'Sergei Lavrov', 'Mr Dunmore' -> 'Peter Dunmore': the label's name, resolved
    to the fullest form the article gives; None for a label that is a word, not a name
    ('GUEST', 'Caller'), which leaves the speaker to the introduction."""
    name, _ = split_titles(label)
    if not name:
        return None
    if name.isupper():
        name = _as_written(name, names)
    mention = names.fullest(name)
    full = mention.name if mention else name
    if " " not in full and (full.casefold() in names.words or full in TITLE_WORDS):
        return None
    return full


def _as_written(upper: str, names: ArticleNames) -> str:
    """An all-capitals label as the article writes the name elsewhere ('MCKAY' -> 'McKay')."""
    last = upper.split()[-1].casefold()
    for mention in names.mentions:
        if mention.name.split()[-1].casefold() == last:
            return mention.name.split()[-1]
    return " ".join(word.capitalize() for word in upper.split())


def _introduced_interviewee(intro: str, names: ArticleNames) -> str | None:
    """The person the introduction names as interviewed, by their fullest name, looking back
    from the transcript; None when it names nobody, or only a body ('spoke to Reuters')."""
    for found in reversed(list(_INTRODUCTION.finditer(intro))):
        subject = None if found.group("after") else _subject_before(intro[: found.start()], names)
        named = None if found.group("before") else _object_after(intro, found.end(), names)
        if named is not None and names.credited(named):
            named = None  # "She spoke to Anjali Deshpande" over "By Anjali Deshpande"
        if found.group("after") and named is None:
            named = _subject_after_phrase(intro, found.end(), names)
        if found.group("either") and not named and not _OUTLET.match(intro, found.end()):
            subject = None  # 'X spoke to the mayor': X may be the reporter
        if subject and named and subject != named:
            continue  # 'X spoke to Y': which of the two was asked cannot be told
        if subject or named:
            return subject or named
    return None


def _only_person_named(intro: str, names: ArticleNames) -> str | None:
    """The one person an interview's introduction names in full by a first name that tells
    a gender ("Javier Cercas", not "Guerra Civil"), when it names no other."""
    people = {
        (names.fullest(m.name) or m).name
        for m in names.mentions
        if m.start < len(intro) and " " in m.name and is_person_name(m.name)
    }
    known = {name for name in people if names.gender_of(name)}
    if len(known) != 1:
        return None
    subject = names.last_subject_before(len(intro), 0)  # heading a sentence of the introduction
    return subject[1] if subject and subject[1] in known else None


def _object_after(text: str, position: int, names: ArticleNames) -> str | None:
    """The person named right after the introducing words: 'with Foreign Minister Sergei
    Lavrov on Tuesday' -> 'Sergei Lavrov'; 'sat down with her' -> the woman heading a sentence
    before; None for 'to the Coastal Ledger' or 'to us'."""
    phrase = _PHRASE_AFTER.match(text, position)
    pronoun = phrase.group().split(maxsplit=1)[:1] if phrase else []
    if pronoun and pronoun[0] in _OBJECT_PRONOUNS:
        subject = names.last_subject_before(position, 0, pronoun=_OBJECT_PRONOUNS[pronoun[0]])
        return (subject[1] or None) if subject else None
    head = leading_subject(phrase.group()) if phrase else None
    return _person(head, names) if head else None


def quoted_answers(
    text: str, paras: list[Span], names: ArticleNames
) -> tuple[str, frozenset[int]] | None:
    """An interview printed as "Q:" questions, each answered by a paragraph in quotation marks:
    its interviewee, as the introduction names them, and where each answer starts (the
    paragraph after a question); None when the text is not one (two such answers at least,
    after an introduction calling it an interview)."""
    if "Q" not in text or "?" not in text:
        return None
    starts = [
        following.start
        for para, following in zip(paras, paras[1:], strict=False)
        if _QUESTION_LABEL.match(text, para.start, para.end)
        and "?" in text[para.start : para.end]
        and text[following.start] in _ENCLOSING
    ]
    if len(starts) < _MIN_ANSWERS:
        return None
    first_question = _QUESTION_LABEL.search(text)
    intro = text[: first_question.start()] if first_question else text
    if not (_STRONG_CUE.search(intro) or _WEAK_CUE.search(intro)):
        return None
    interviewee = _introduced_interviewee(intro, names)
    return (interviewee, frozenset(starts)) if interviewee else None


def _subject_after_phrase(text: str, position: int, names: ArticleNames) -> str | None:
    """ "In an interview with The Guardian, the novelist Zadie Smith talked about ...": with an
    outlet, not a person, after "interview with", the subject of the clause after the comma."""
    phrase = _PHRASE_AFTER.match(text, position)
    if phrase is None or not text.startswith(",", phrase.end()):
        return None
    clause = _PHRASE_AFTER.match(text, phrase.end() + 1)
    head = leading_subject(_LEADING_ARTICLE.sub("", clause.group())) if clause else None
    return _person(head, names) if head else None


def _subject_before(before: str, names: ArticleNames) -> str | None:
    """The person heading the sentence that ends at `before`: 'Dr Amara Okonkwo-Reyes, who
    leads the trial, talked to us' -> 'Amara Okonkwo-Reyes'."""
    window = before[-_SENTENCE_REACH:]
    breaks = [found.end() for found in _SENTENCE_BREAK.finditer(window)]
    sentence = window[breaks[-1] :] if breaks else window
    segments = [s for s in _APPOSITIVE.sub(",", sentence).split(",") if s.strip()]
    heads = [leading_subject(sentence) or "", *segments[:1], *segments[-1:]]
    for phrase in heads:
        person = _person(phrase, names)
        if person:
            return person
    pronoun = sentence.split(maxsplit=1)[:1]
    if pronoun and pronoun[0] in ("He", "She"):  # 'Colson Whitehead has ... He spoke with us'
        subject = names.last_subject_before(len(before), 0, pronoun=pronoun[0].casefold())
        return (subject[1] or None) if subject else None
    return None


def _person(phrase: str, names: ArticleNames) -> str | None:
    subject = split_subject(phrase, names.words)
    if subject.name is None:
        return None
    mention = names.fullest(subject.name)
    full = mention.name if mention else subject.name
    return full if is_person_name(full) else None
