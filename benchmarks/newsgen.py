"""Generated news for the matching benchmark: deterministic from a seed, labelled variants.

Stories (a topic, a place, two to four speakers) hold articles from different
outlets; each article holds ten quotations, each a new statement of one of the
story's speakers, so the corpus is full of same-topic, same-speaker
distractors. `variant()` rewrites a statement the ways outlets do; every
article, statement and variant is a pure function of (seed, index).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import newsvocab as v

from server.core.normalize import COMMON_WORDS, words

ARTICLES_PER_STORY = 5
QUOTES_PER_ARTICLE = 10
VARIANT_KINDS = (
    "reordered",
    "fragment",
    "extended",
    "typography",
    "spelling",
    "reworded",
    "ellipsis",
)
_CONNECTORS = (", and ", ", but ", " because ", ", so ", " and ", " while ")
# A word of the text; a number with thousands separators ("3,070") is one: no outlet cuts it.
_WORD = re.compile(r"\d+(?:,\d{3})+|[\w\u2019'.\-]+")
_SYNONYMS = {}
for _pair in v.SYNONYMS:
    _a, _b = _pair.split(":")
    _SYNONYMS.setdefault(_a.replace("_", " "), _b.replace("_", " "))
    _SYNONYMS.setdefault(_b.replace("_", " "), _a.replace("_", " "))


def pick(rng: random.Random, items, skew: float = 1.5):
    """An item of `items`, early ones more often (word frequencies fall off like prose)."""
    return items[int(len(items) * rng.random() ** skew)]


@dataclass(frozen=True)
class Person:
    name: str
    role: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class Story:
    index: int
    topic: str
    nouns: list[str]
    place: str
    org: str
    people: list[Person]
    day: date


@dataclass
class Clause:
    core: str
    tail: str | None = None

    def text(self) -> str:
        return f"{self.core} {self.tail}" if self.tail else self.core


@dataclass
class Statement:
    """A quotation as the generator built it: sentences of clauses."""

    sentences: list[list[tuple[str, Clause]]]  # (connector before, clause)
    speaker: Person | None = None

    def text(self) -> str:
        return ". ".join(_sentence(parts) for parts in self.sentences)


def _sentence(parts: list[tuple[str, Clause]]) -> str:
    text = "".join(connector + clause.text() for connector, clause in parts)
    return text[:1].upper() + text[1:]


@dataclass
class Article:
    url: str
    outlet: str
    title: str
    published: str
    text: str
    quotes: list[Statement] = field(default_factory=list)

    def record(self) -> dict:
        return {
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "language": "en",
            "text": self.text,
        }


class NewsGenerator:
    """Every story, article and statement is a pure function of the seed and its index."""

    def __init__(self, seed: int = 6) -> None:
        self.seed = seed

    def rng(self, *key) -> random.Random:
        return random.Random(":".join(str(k) for k in (self.seed, *key)))

    def story(self, index: int) -> Story:
        rng = self.rng("story", index)
        topic = rng.choice(sorted(v.TOPICS))
        nouns = rng.sample(v.TOPICS[topic], 4)
        people = [self._person(rng) for _ in range(rng.randint(2, 4))]
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(365 * 6))
        return Story(
            index, topic, nouns, pick(rng, v.PLACES), pick(rng, v.ORGANIZATIONS), people, day
        )

    @staticmethod
    def _person(rng: random.Random) -> Person:
        name = f"{pick(rng, v.FIRST_NAMES, 1.2)} {pick(rng, v.SURNAMES, 1.2)}"
        return Person(name, rng.choice(v.ROLES))

    def article(self, index: int) -> Article:
        story = self.story(index // ARTICLES_PER_STORY)
        rng = self.rng("article", index)
        outlet = v.OUTLETS[(index * 7 + story.index) % len(v.OUTLETS)]
        published = story.day + timedelta(days=rng.randint(0, 2))
        quotes = []
        for _ in range(QUOTES_PER_ARTICLE):
            if rng.random() < 0.02:
                quotes.append(Statement([[("", Clause(rng.choice(v.STOCK_PHRASES)))]]))
            else:
                quotes.append(self.statement(rng, story))
            quotes[-1].speaker = rng.choice(story.people)
        text = self._article_text(rng, story, quotes)
        slug = "-".join(story.nouns[0].replace("'", "").split() + [story.place.lower(), str(index)])
        host = re.sub(r"[^a-z]+", "", outlet.lower())
        return Article(
            url=f"https://{host}.example/{published:%Y/%m/%d}/{slug.lower()}",
            outlet=outlet,
            title=f"{story.place}: {story.nouns[0].capitalize()} under scrutiny",
            published=published.isoformat(),
            text=text,
            quotes=quotes,
        )

    def _article_text(self, rng: random.Random, story: Story, quotes: list[Statement]) -> str:
        paragraphs = [self._narration(rng, story, 3)]
        introduced: set[str] = set()
        for quote in quotes:
            paragraphs.append(_attributed(rng, quote, introduced))
            if rng.random() < 0.8:
                paragraphs.append(self._narration(rng, story, rng.randint(1, 3)))
        return "\n\n".join(paragraphs)

    def _narration(self, rng: random.Random, story: Story, sentences: int) -> str:
        return " ".join(self._narrative(rng, story) for _ in range(sentences))

    def _narrative(self, rng: random.Random, story: Story) -> str:
        person = rng.choice(story.people)
        return self._fill(rng, rng.choice(v.NARRATIVE), story, name=person.name, role=person.role)

    def statement(self, rng: random.Random, story: Story) -> Statement:
        """A new statement on the story's topic: one or two sentences of one to three clauses."""
        sentences = []
        for _ in range(1 if rng.random() < 0.6 else 2):
            parts = [("", self._clause(rng, story))]
            if rng.random() < 0.55:
                parts.append((rng.choice(_CONNECTORS), self._clause(rng, story)))
            sentences.append(parts)
        if rng.random() < 0.08:
            sentences[0][0] = (
                "",
                Clause(
                    f"{rng.choice(_OPENERS)} {sentences[0][0][1].core}", sentences[0][0][1].tail
                ),
            )
        return Statement(sentences)

    def unrelated_story(self, index: int) -> Story:
        """A story of the same world that no corpus article belongs to."""
        return self.story(10_000_000 + index)

    def _clause(self, rng: random.Random, story: Story) -> Clause:
        pattern = pick(rng, _PATTERNS, 1.0)
        core, tail = pattern(self, rng, story)
        return Clause(core, tail)

    # --- pieces of clauses -------------------------------------------------

    def _fill(self, rng: random.Random, template: str, story: Story, **known) -> str:
        values = {
            "place": story.place if rng.random() < 0.7 else pick(rng, v.PLACES),
            "org": story.org if rng.random() < 0.6 else pick(rng, v.ORGANIZATIONS),
            "people": pick(rng, v.PEOPLE),
            "topic": rng.choice(story.nouns),
            "month": rng.choice(v.MONTHS),
            "weekday": rng.choice(v.WEEKDAYS),
            "year": str(rng.randint(2015, 2035)),
            "small": str(rng.choice((2, 3, 5, 10, 15, 20, 30))),
            "season": rng.choice(v.SEASONS),
            "time": self._fill(rng, pick(rng, v.TIMES), story) if "{time}" in template else "",
            **known,
        }
        return template.format(**values)

    def subject(self, rng: random.Random, story: Story) -> tuple[str, bool]:
        words, plural, first = pick(rng, v.SUBJECTS, 1.8)
        return self._fill(rng, words, story), plural or first

    def verb(self, rng: random.Random, form: int = 0) -> str:
        forms = pick(rng, v.VERBS, 1.3).split(":")
        if len(forms) == 3:
            return forms[form]
        return (forms[0], _past(forms[0]), _past(forms[0]))[form]

    def noun_phrase(self, rng: random.Random, story: Story) -> str:
        noun = rng.choice(story.nouns) if rng.random() < 0.75 else pick(rng, _ALL_NOUNS)
        plural = noun.endswith("s") and not noun.endswith("ss")
        det = rng.choice(("the", "our", "their", "any", "these" if plural else "this"))
        adjective = f"{pick(rng, v.ATTRIBUTIVE)} " if rng.random() < 0.45 else ""
        phrase = f"{det} {adjective}{noun}"
        roll = rng.random()
        if roll < 0.25:
            phrase += f" for {pick(rng, v.PEOPLE)}"
        elif roll < 0.4:
            phrase += f" in {story.place if rng.random() < 0.7 else pick(rng, v.PLACES)}"
        elif roll < 0.5:
            phrase += f" of {pick(rng, v.ORGANIZATIONS)}"
        return phrase

    def tail(self, rng: random.Random, story: Story) -> str | None:
        roll = rng.random()
        if roll < 0.35:
            return self._fill(rng, pick(rng, v.TIMES), story)
        if roll < 0.65:
            return self._fill(rng, pick(rng, v.PREPOSITIONS), story)
        return None

    def number(self, rng: random.Random) -> str:
        if rng.random() < 0.4:
            return f"{rng.randint(2, 95)} percent of"
        value = rng.choice((1, 2, 3, 4, 5, 6, 8)) * 10 ** rng.randint(2, 5) + rng.randint(0, 9) * 10
        return f"more than {value:,}"


def _past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _modal(rng: random.Random, plural: bool) -> str:
    while True:
        modal = pick(rng, v.MODALS, 1.4)
        if plural or modal not in v.PLURAL_ONLY:
            return modal


def _clause_modal(gen: NewsGenerator, rng, story):
    subject, plural = gen.subject(rng, story)
    verb = gen.verb(rng)
    return f"{subject} {_modal(rng, plural)} {verb} {gen.noun_phrase(rng, story)}", gen.tail(
        rng, story
    )


def _clause_perfect(gen, rng, story):
    subject, plural = gen.subject(rng, story)
    have = "have" if plural else "has"
    never = rng.choice(("", "", "never ", "already ", "not "))
    return f"{subject} {have} {never}{gen.verb(rng, 2)} {gen.noun_phrase(rng, story)}", gen.tail(
        rng, story
    )


def _clause_past(gen, rng, story):
    subject, _ = gen.subject(rng, story)
    return f"{subject} {gen.verb(rng, 1)} {gen.noun_phrase(rng, story)}", gen.tail(rng, story)


def _clause_judgement(gen, rng, story):
    phrase = gen.noun_phrase(rng, story)
    plural = phrase.split()[-1].endswith("s") and " for " not in phrase and " in " not in phrase
    be = rng.choice(("are", "were") if plural else ("is", "was"))
    return f"{phrase} {be} {pick(rng, v.ADVERBS)} {pick(rng, v.EVAL_ADJECTIVES)}", None


def _clause_no_evidence(gen, rng, story):
    subject, plural = gen.subject(rng, story)
    noun = pick(rng, v.NOUN_ABSTRACT)
    core = f"there is no {noun} that {subject} {_modal(rng, plural)} {gen.verb(rng)}"
    return f"{core} {gen.noun_phrase(rng, story)}", gen.tail(rng, story)


def _clause_it_is(gen, rng, story):
    subject, plural = gen.subject(rng, story)
    adjective = pick(rng, v.EVAL_ADJECTIVES)
    core = f"it is {adjective} that {subject} {_modal(rng, plural)} {gen.verb(rng)}"
    return f"{core} {gen.noun_phrase(rng, story)}", gen.tail(rng, story)


def _clause_numbers(gen, rng, story):
    people = pick(rng, v.PEOPLE)
    verb = rng.choice(
        (
            "lost their jobs",
            "left the region",
            "signed the petition",
            "been affected",
            "applied for help",
            "waited more than a year",
            "joined the protests",
        )
    )
    return f"{gen.number(rng)} {people} have {verb}", gen.tail(rng, story)


def _clause_belief(gen, rng, story):
    opener = rng.choice(("I think", "I believe", "we know", "I am convinced", "we are confident"))
    subject, plural = gen.subject(rng, story)
    core = f"{opener} that {subject} {_modal(rng, plural)} {gen.verb(rng)}"
    return f"{core} {gen.noun_phrase(rng, story)}", gen.tail(rng, story)


def _clause_about(gen, rng, story):
    first, second = gen.noun_phrase(rng, story), gen.noun_phrase(rng, story)
    return f"this is not about {first}, it is about {second}", None


def _clause_want(gen, rng, story):
    subject = rng.choice(("we", "I", "our members", "the people of " + story.place))
    want = rng.choice(("want", "need", "intend", "plan", "hope", "expect"))
    return f"{subject} {want} to {gen.verb(rng)} {gen.noun_phrase(rng, story)}", gen.tail(
        rng, story
    )


_PATTERNS = [
    _clause_modal,
    _clause_perfect,
    _clause_judgement,
    _clause_past,
    _clause_it_is,
    _clause_want,
    _clause_no_evidence,
    _clause_numbers,
    _clause_belief,
    _clause_about,
]
_ALL_NOUNS = [noun for topic in sorted(v.TOPICS) for noun in v.TOPICS[topic]]
_OPENERS = ("Let me be clear:", "To be honest,", "At the end of the day,", "As I said,", "Look,")


def _attributed(rng: random.Random, quote: Statement, introduced: set[str]) -> str:
    """A paragraph quoting the statement with its speaker, as a wire story would."""
    person = quote.speaker
    text = quote.text()
    text = text[:1].upper() + text[1:]
    if person.name in introduced:
        who = person.surname
        style = rng.choice(("said_after", "told", "colon"))
    else:
        introduced.add(person.name)
        who = f"{person.name}, {person.role},"
        style = rng.choice(("said_after_role", "colon_role"))
    if style == "said_after":
        return f"\u201c{text},\u201d {who} said."
    if style == "told":
        return f"\u201c{text},\u201d {who} told reporters."
    if style == "colon":
        return f"{who} said: \u201c{text}.\u201d"
    if style == "said_after_role":
        return f"\u201c{text},\u201d said {person.name}, {person.role}."
    return f"{who} said: \u201c{text}.\u201d"


# --- variants: the same statement as another outlet prints it --------------


def variant(kind: str, statement: Statement, rng: random.Random, gen: NewsGenerator, story: Story):
    """The statement rewritten as `kind`, or None when this statement cannot be."""
    text = statement.text()
    return _VARIANTS[kind](text, statement, rng, gen, story)


def _reordered(text, statement, rng, gen, story):
    sentences = [list(parts) for parts in statement.sentences]
    movable = [
        (s, c)
        for s, parts in enumerate(sentences)
        for c, (_, clause) in enumerate(parts)
        if clause.tail
    ]
    if movable:
        s, c = rng.choice(movable)
        connector, clause = sentences[s][c]
        sentences[s][c] = (connector, Clause(f"{clause.tail}, {clause.core}"))
    elif len(sentences) == 2:
        sentences.reverse()
    elif len(sentences[0]) == 2:
        (_, first), (connector, second) = sentences[0]
        sentences[0] = [("", second), (connector, first)]
    else:
        return None
    return Statement(sentences).text()


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


def stands_alone(text: str) -> bool:
    """Long enough to be quoted on its own: the matcher's floor for a part of a statement
    (six words, four of them not common ones)."""
    found = words(text)
    return len(found) >= 6 and sum(w not in COMMON_WORDS for w in found) >= 4


def _fragment(text, statement, rng, gen, story):
    spans = _word_spans(text)
    count = len(spans)
    size = max(6, rng.randint(-(-count // 3), (2 * count) // 3))
    if size >= count:
        return None
    start = rng.randint(0, count - size)
    piece = text[spans[start][0] : spans[start + size - 1][1]]
    return piece if stands_alone(piece) else None


def _extended(text, statement, rng, gen, story):
    if not stands_alone(text):
        return None
    return f"{text}, {gen._clause(rng, story).text()}"


def _typography(text, statement, rng, gen, story):
    out = text.replace("'", "\u2019") if "'" in text else text
    out = out.replace(", ", " \u2014 ", 1) if ", " in out else out.replace(" and ", ", and ", 1)
    out = out.replace(".", "") if rng.random() < 0.5 else out
    words = out.split(" ")
    index = rng.randrange(len(words))
    words[index] = words[index].upper() if rng.random() < 0.3 else words[index].capitalize()
    out = " ".join(words)
    return out[:1].lower() + out[1:] if rng.random() < 0.5 else out.upper()


_IZE = re.compile(r"\b(\w{3,})(iz|yz)(e|es|ed|ing|ation|ations)\b")
_OR = re.compile(r"\b(hon|lab|harb|fav|behavi|neighb|col)or(s|ed|ing)?\b")


def _spelling(text, statement, rng, gen, story):
    out = _IZE.sub(lambda m: f"{m.group(1)}{m.group(2).replace('z', 's')}{m.group(3)}", text)
    out = _OR.sub(lambda m: f"{m.group(1)}our{m.group(2) or ''}", out)
    for american, british in v.BRITISH.items():
        out = re.sub(rf"\b{american}\b", british, out)
    return out if out != text else None


def _reworded(text, statement, rng, gen, story):
    spans = _word_spans(text)
    replaceable = [i for i, (a, b) in enumerate(spans) if text[a:b].lower() in _SYNONYMS]
    wanted = 2 if len(spans) < 20 else 3
    if len(replaceable) < wanted:
        return None
    chosen = sorted(rng.sample(replaceable, wanted), reverse=True)
    out = text
    for index in chosen:
        a, b = spans[index]
        word = out[a:b]
        other = _SYNONYMS[word.lower()]
        out = out[:a] + (other.capitalize() if word[0].isupper() else other) + out[b:]
    return out


def _ellipsis(text, statement, rng, gen, story):
    spans = _word_spans(text)
    count = len(spans)
    cut = max(2, round(count * rng.uniform(0.2, 0.35)))
    if count < 12:
        return None
    start = rng.randint(max(3, count // 5), count - cut - max(3, count // 5))
    mark = rng.choice((" ... ", " \u2026 ", " [...] "))
    return text[: spans[start - 1][1]] + mark + text[spans[start + cut][0] :]


_VARIANTS = {
    "reordered": _reordered,
    "fragment": _fragment,
    "extended": _extended,
    "typography": _typography,
    "spelling": _spelling,
    "reworded": _reworded,
    "ellipsis": _ellipsis,
}
