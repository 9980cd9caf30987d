"""Article text: HTML or plain text in, the article's paragraphs out.

Boilerplate (donation appeals, "Read more", payment widgets, photo credits and
captions repeated as text) is not cut out of the text but blanked: replaced by
spaces of the same length, so every offset into the result is an offset into
the input too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .models import Span

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

# One hit of these marks a paragraph as page furniture.
_STRONG_BOILERPLATE = re.compile(
    r"favou?r to ask|support us\b|\bpai?ment methods?\b|remind me later|not ready to support"
    r"|ad-free|go to the mediabank|^\s*©|^\s*(?:read more|advertisement|share|subscribe"
    r"|sign up|related(?: articles| stories)?|most read|comments?)\s*:?\s*$"
    r"|all rights reserved|\bsubscribe (?:now|today|to our)\b|sign up for (?:our|the) newsletter"
    r"|this site uses cookies|\bdonate (?:now|today)\b|become a (?:member|subscriber|supporter)"
    r"|(?:photo|image|picture|video) credit|abonnez-vous|suscr[ií]bete|newsletter abonnieren",
    re.IGNORECASE,
)
# Every strong pattern that can match a line longer than a short one holds one of these.
_STRONG_TRIGGERS = (
    "favo",
    "support us",
    "ment method",
    "remind me",
    "not ready",
    "ad-free",
    "mediabank",
    "\u00a9",
    "rights reserved",
    "subscribe",
    "newsletter",
    "cookies",
    "donate",
    "become a",
    "credit",
    "abonnez",
    "suscr",
    "abonnieren",
)
# In a line whose letters the strong patterns match in either case just as lower() gives them,
# each pattern finds one of these phrases, or (anchored) the line opens on one of the words after
# them; a line with neither is no furniture, and the patterns are not tried. That holds for every
# line without the four letters below: the patterns, which ignore case, match them to an ASCII
# letter (a long s to "s", the Kelvin sign to "k"); lower() gives no ASCII letter from any other.
_STRONG_PHRASES = (
    "favor to ask",
    "favour to ask",
    "support us",
    "ment method",
    "remind me later",
    "not ready to support",
    "ad-free",
    "go to the mediabank",
    "all rights reserved",
    "subscribe now",
    "subscribe today",
    "subscribe to our",
    "sign up for our newsletter",
    "sign up for the newsletter",
    "this site uses cookies",
    "donate now",
    "donate today",
    "become a member",
    "become a subscriber",
    "become a supporter",
    "photo credit",
    "image credit",
    "picture credit",
    "video credit",
    "abonnez-vous",
    "suscribete",
    "suscríbete",
    "newsletter abonnieren",
)
# A line opening on a label and a colon or a bar links another article: its headline, quoted
# words and all, is none of this one's ("Read more: 'It's the heart of the village': ...").
_LINK_LABEL = re.compile(
    r"\s*(?:read(?: more| next| also)?|also read|more|related|most read|see also"
    r"|more from [^:|\n]{1,40}|(?:à |a )?lire aussi|lesen sie auch|mehr zum thema"
    r"|leia (?:também|mais)|lea también|lee también|leé también|veja também|saiba mais"
    r"|te (?:puede interesar|recomendamos)|lire également|auch interessant)\s*[:|]\s*\S",
    re.IGNORECASE,
)
_LINK_LABEL_OPENINGS = frozenset("RrAaMmSsLlÀàTtVv")  # the first letters of its labels
_BULLETS = frozenset("\u25a0\u25aa\u2022\u25ba\u25b6\u2192>")  # before a label: "■ Related:"
_FOLDS_INTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_ANCHORED_WORDS = (
    "\u00a9",
    "read more",
    "advertisement",
    "share",
    "subscribe",
    "sign up",
    "related",
    "most read",
    "comment",
)
_WEAK_TRIGGERS = (
    "support",
    "help",
    "journalism",
    "donat",
    "subscri",
    "monthly",
    "reading experience",
    "ads",
    "contribut",
    "newsletter",
    "thank you",
)
_SHORT_LINE_CHARS = 40  # the anchored patterns ("Read more", "Share") only match short lines
# These mark a paragraph as furniture only beside another furniture paragraph.
# (The words that start at a word boundary are grouped behind one \b, which halves the search.)
_WEAK_BOILERPLATE = re.compile(
    r"\b(?:your support\b|donat(?:e|ion|ing)\b|subscri(?:be|ption)\b|monthly\b|ads\b"
    r"|journalism\b|contribut(?:e|ion)\b|newsletter\b|thank you\b)"
    r"|we need your help|independent journalism|reading experience",
    re.IGNORECASE,
)
_MIN_CAPTION_CHARS = 30
_CAPTION_REACH = 2  # a caption printed twice stands within this many paragraphs of itself
# A line from its first to its last character that is not white space.
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")
_DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "form",
    "button",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "header",
    "select",
    "input",
    "dialog",
)
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre")
_SPACE = re.compile(r"\s+")


def paragraphs(text: str) -> list[Span]:
    """Each non-blank line of `text`, without its surrounding white space."""
    return [Span(*line.span()) for line in _PARAGRAPH.finditer(text)]


def boilerplate_spans(text: str) -> list[Span]:
    """The paragraphs of `text` that are page furniture rather than article."""
    paras = paragraphs(text)
    return [
        span
        for span, is_furniture in zip(paras, _furniture(text, paras), strict=True)
        if is_furniture
    ]


def _furniture(text: str, paras: list[Span]) -> list[bool]:
    """For each of the paragraphs of `text`, whether it is page furniture."""
    bodies = [text[p.start : p.end] for p in paras]
    lowered = text.lower()  # a paragraph holds only the triggers that the whole text holds
    strong_triggers = tuple(trigger for trigger in _STRONG_TRIGGERS if trigger in lowered)
    furniture = [
        _has_strong_boilerplate(body, strong_triggers) or _links_another_article(body)
        for body in bodies
    ]
    for index in _repeated_caption_indexes(bodies):
        furniture[index] = True
    if any(furniture):  # else no paragraph stands next to furniture
        weak_triggers = tuple(trigger for trigger in _WEAK_TRIGGERS if trigger in lowered)
        _spread_to_weak_neighbours(
            furniture, lambda i: _has_weak_boilerplate(bodies[i], weak_triggers)
        )
    return furniture


def _links_another_article(body: str) -> bool:
    """`_LINK_LABEL`, tried only on a line that opens with one of its first letters, after a
    bullet if any ("■ Related: ...")."""
    if body[:1] in _BULLETS:
        body = body[1:].lstrip()
    return body[:1] in _LINK_LABEL_OPENINGS and _LINK_LABEL.match(body) is not None


def _has_strong_boilerplate(body: str, triggers: tuple[str, ...]) -> bool:
    """The strong patterns, tried only where a cheap substring test says they could match
    (`triggers`: those the whole text holds, for the long lines)."""
    if len(body) > _SHORT_LINE_CHARS and not _holds_a_trigger(body, triggers):
        return False
    if body.isascii() or _FOLDS_INTO_ASCII.search(body) is None:
        lowered = body.lower()
        if not lowered.lstrip().startswith(_ANCHORED_WORDS) and not _holds_a_phrase(
            lowered, triggers
        ):
            return False
    return bool(_STRONG_BOILERPLATE.search(body))


def _holds_a_phrase(lowered: str, triggers: tuple[str, ...]) -> bool:
    """Does the lowercased paragraph hold one of `_STRONG_PHRASES`? Each phrase holds a trigger,
    so none does in a text that holds no trigger (the phrases are not looked for there)."""
    return bool(triggers) and any(phrase in lowered for phrase in _STRONG_PHRASES)


def _has_weak_boilerplate(body: str, triggers: tuple[str, ...]) -> bool:
    return _holds_a_trigger(body, triggers) and bool(_WEAK_BOILERPLATE.search(body))


def _holds_a_trigger(body: str, triggers: tuple[str, ...]) -> bool:
    """Does the paragraph, lowercased, hold one of the triggers (those of its whole text)?"""
    if not triggers:
        return False
    lowered = body.lower()
    return any(trigger in lowered for trigger in triggers)


def _repeated_caption_indexes(bodies: list[str]) -> set[int]:
    """Paragraphs that stand again inside another one nearby, or anywhere word for word."""
    indexes = set()
    seen: dict[str, int] = {}
    for i, body in enumerate(bodies):
        if len(body) < _MIN_CAPTION_CHARS:
            continue
        if body in seen:
            indexes.update((i, seen[body]))
        seen.setdefault(body, i)
        for j in range(max(i - _CAPTION_REACH, 0), min(i + _CAPTION_REACH + 1, len(bodies))):
            if i != j and body in bodies[j]:
                indexes.update((i, j))
    return indexes


def _spread_to_weak_neighbours(furniture: list[bool], is_weak: Callable[[int], bool]) -> None:
    """A weakly suspicious paragraph next to furniture is furniture too.

    Only paragraphs next to furniture are tested (each once): in most articles, none."""
    weak: dict[int, bool] = {}
    changed = True
    while changed:
        changed = False
        for i in range(len(furniture)):
            if furniture[i] or not any(furniture[max(i - 1, 0) : i + 2]):
                continue
            if i not in weak:
                weak[i] = is_weak(i)
            if weak[i]:
                furniture[i] = changed = True


def blank_boilerplate(text: str) -> str:
    """`text` with its furniture paragraphs replaced by spaces; offsets unchanged."""
    return _blanked(text, boilerplate_spans(text))


def article_and_paragraphs(text: str) -> tuple[str, list[Span]]:
    """`blank_boilerplate(text)` and its `paragraphs`, from one split of `text`: a blanked
    paragraph is a line of spaces, no paragraph, and the others stand where they stood."""
    paras = paragraphs(text)
    furniture = _furniture(text, paras)
    if not any(furniture):
        return text, paras
    spans = [span for span, is_furniture in zip(paras, furniture, strict=True) if is_furniture]
    kept = [span for span, is_furniture in zip(paras, furniture, strict=True) if not is_furniture]
    return _blanked(text, spans), kept


def _blanked(text: str, spans: list[Span]) -> str:
    pieces = []
    position = 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append(" " * (span.end - span.start))
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def html_to_text(html: str) -> str:
    """The article's paragraphs from an HTML page, one per line, blank lines between.

    BeautifulSoup is imported here: most callers give text, and loading it took a tenth of a
    second of every start-up of the CLI."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    root = _article_root(soup)
    blocks = []
    for block in root.find_all(_BLOCK_TAGS):
        if block.find_parent(_BLOCK_TAGS):
            continue
        words = _SPACE.sub(" ", block.get_text(" ", strip=True)).strip()
        if words:
            blocks.append(words)
    if not blocks:
        blocks = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    return "\n\n".join(blocks)


def _article_root(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    """The element that holds the article: <article>, <main>, or the one with most paragraphs."""
    for name in ("article", "main"):
        found = soup.find_all(name)
        if len(found) == 1:
            return found[0]
    best, best_chars = soup, 0
    for paragraph_parent in {p.parent for p in soup.find_all("p") if p.parent is not None}:
        chars = sum(len(p.get_text()) for p in paragraph_parent.find_all("p", recursive=False))
        if chars > best_chars:
            best, best_chars = paragraph_parent, chars
    return best if best_chars else soup


# A line's last character that ends a sentence or a quotation: a line ending otherwise may be a
# heading or a list item ("Key Events", "9. Manuel Gerres, Geschäftsführer: ... teilen").
SENTENCE_ENDS = tuple(".!?:;\"'\u201c\u201d\u00bb\u00ab\u2019)")


def line_around(text: str, start: int, end: int | None = None) -> str:
    """The line of `text` that holds `text[start:end]` (`end` defaulting to `start`), stripped."""
    line_end = text.find("\n", start if end is None else end)
    return text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end].strip()


def reads_as_heading(line: str, max_words: int | None = None) -> bool:
    """Is the line no sentence: not empty, ending on no `SENTENCE_ENDS`, and of `max_words`
    words at most when a limit is given?"""
    if not line or line.endswith(SENTENCE_ENDS):
        return False
    return max_words is None or len(line.split()) <= max_words


def starts_a_sentence(text: str, position: int) -> bool:
    """Does what starts at `position` open its sentence or its line: nothing before it but
    spaces, or a full stop, a question or exclamation mark, a colon or a line break? Read
    back from `position`, not by slicing the text before it."""
    at = position
    while at > 0 and text[at - 1] in " \u00a0":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:\n"


def ends_its_paragraph(text: str, end: int, allowed: str = " .") -> bool:
    """Is there nothing but `allowed` characters from `end` to the end of its line (or of the
    text): does what stops at `end` (a quotation's closing mark and after) end its paragraph?"""
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip(allowed)
