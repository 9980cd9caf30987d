"""Small immutable records that flow through the core.

page text -> Quotation -> Candidate -> Version -> dict -> JSON
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) of a text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quotation:
    """A direct quotation found in a text.

    `text` is the quotation without its marks; for a quotation in several parts
    (interrupted by its attribution, or running over paragraphs) the parts are
    joined by one space. `start`/`end` run from its first to its last character
    in the input; `parts` holds each part's own range.
    """

    text: str
    start: int
    end: int
    parts: tuple[Span, ...]
    speaker: str | None = None
    role: str | None = None
    verb: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quotation of the corpus offered to the matcher by an index.

    The core never sees the store: whatever finds candidates hands them in as
    these records, carrying the ids it needs back.
    """

    quote_id: int
    article_id: int
    text: str
    speaker: str | None
    outlet: str
    url: str
    title: str | None
    published: str | None
    normalized: str | None = None  # the store's normalised words, when it keeps them


@dataclass(frozen=True, slots=True)
class DiffSegment:
    """One run of a word diff: `a` from the page's quotation, `b` from the version.

    Joining every segment's `a` gives back the page's quotation, joining every
    `b` gives back the version. A moved run appears twice, once where it stands
    in `a` (with `b` empty) and once where it stands in `b` (with `a` empty),
    both with the same `move_id`.
    """

    op: str  # "equal" | "insert" | "delete" | "replace" | "move"
    a: str
    b: str
    move_id: int | None = None


@dataclass(frozen=True, slots=True)
class Version:
    """Another outlet's wording of a quotation, ranked and compared."""

    candidate: Candidate
    score: float
    relation: (
        str  # "verbatim" | "reordered" | "fragment" | "extended" | "variant" | "overlap" | "part"
    )
    diff: tuple[DiffSegment, ...] = field(default_factory=tuple)
