"""What the API and the CLI both do: match a page against the corpus, and serialise.

page text -> quotations -> candidates (from the corpus index) -> ranked versions
-> dicts. The page's own article is never a version of itself: not by its URL,
and not when the corpus holds the same article text under another URL.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .core.models import Candidate, Quotation, Version
from .core.quotes import find_quotations
from .core.text import blank_boilerplate
from .core.urls import canonical_url
from .errors import InputError, TooLargeError

if TYPE_CHECKING:
    from .corpus import Corpus

# The matcher (`core.match`, with rapidfuzz) and the corpus are loaded by the functions that use
# them, so that the CLI's `quotes` starts without them.


@dataclass(frozen=True, slots=True)
class MatchPolicy:
    max_text_chars: int
    max_html_tags: int
    max_quotes: int
    max_versions: int
    candidates_per_quote: int
    min_quote_words: int
    score_cutoff: float
    own_speaker_cutoff: float
    min_fragment_words: int
    lookup_groups: int
    group_rows: int
    common_phrase_speakers: int
    own_speaker_rows: int
    other_part_words: int
    other_part_articles: int

    @classmethod
    def from_settings(cls, settings: dict) -> MatchPolicy:
        return cls(
            max_text_chars=settings["MAX_TEXT_CHARS"],
            max_html_tags=settings["MAX_HTML_TAGS"],
            max_quotes=settings["MAX_QUOTES_PER_PAGE"],
            max_versions=settings["MAX_VERSIONS_PER_QUOTE"],
            candidates_per_quote=settings["CANDIDATES_PER_QUOTE"],
            min_quote_words=settings["MIN_QUOTE_WORDS"],
            score_cutoff=settings["SCORE_CUTOFF"],
            own_speaker_cutoff=settings["OWN_SPEAKER_SCORE_CUTOFF"],
            min_fragment_words=settings["MIN_FRAGMENT_WORDS"],
            lookup_groups=settings["LOOKUP_GROUPS"],
            group_rows=settings["GROUP_ROWS"],
            common_phrase_speakers=settings["COMMON_PHRASE_SPEAKERS"],
            own_speaker_rows=settings["OWN_SPEAKER_ROWS"],
            other_part_words=settings["OTHER_PART_WORDS"],
            other_part_articles=settings["OTHER_PART_ARTICLES"],
        )


def page_text(
    *, text: str | None, html: str | None, max_chars: int, max_tags: int | None = None
) -> str:
    """The article text of a page given as text or as HTML.

    A blank field is an error; an HTML page whose article holds no text is not (its text is
    empty, and it has no quotations).
    """
    if (text is None) == (html is None):
        raise InputError('give the page as exactly one of "text" or "html"')
    given = text if html is None else html
    if not isinstance(given, str):
        raise InputError('"text" and "html" must be strings')
    if not given.strip():
        raise InputError("the page has no text")
    if html is not None:
        if len(html) > max_chars * 10:
            raise TooLargeError(f"html longer than {max_chars * 10} characters")
        if max_tags is not None and html.count("<") > max_tags:
            raise TooLargeError(f"html with more than {max_tags} tags")
        text = _article_text(html)
    if len(text) > max_chars:
        raise TooLargeError(f"text longer than {max_chars} characters")
    return LONE_SURROGATE.sub("\ufffd", text)


# Half of a UTF-16 pair on its own (JSON can escape one: "\\ud800") is no character: UTF-8
# cannot hold it, so SQLite and standard output refuse it. U+FFFD takes its place, one
# character for one, as a browser's TextEncoder does, and offsets stay offsets.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _article_text(html: str) -> str:
    """The article of an HTML page, by trafilatura (see `extraction`).

    Imported on first use: loading trafilatura takes longer than the server's
    whole start-up, and most pages come as text from the extension.
    """
    from .extraction import article_text

    return article_text(html)


def quotes_of(text: str, policy: MatchPolicy) -> list[Quotation]:
    return find_quotations(text, min_words=policy.min_quote_words)


def match_page(
    corpus: Corpus, text: str, policy: MatchPolicy, *, url: str | None = None
) -> list[tuple[Quotation, list[Version]]]:
    """Each quotation of the page with its versions elsewhere in the corpus (the word diffs
    worked out for the versions shown only)."""
    from .core.match import with_diffs

    quotations = quotes_of(text, policy)
    page_url = canonical_url(url) if url else None

    def is_page_url(candidate: Candidate) -> bool:
        return page_url is not None and canonical_url(candidate.url) == page_url

    looked_up = quotations[: policy.max_quotes]
    with corpus.reading():
        found = _related_versions(corpus, looked_up, policy, is_page_url)
    matched = [
        (quotation, _ranked(quotation, related, policy, is_page_url, diffs=False))
        for quotation, related in zip(looked_up, found, strict=True)
    ]
    matched += [(quotation, []) for quotation in quotations[policy.max_quotes :]]
    kept = _without_own_article(corpus, text, matched, policy.max_versions)
    return [(quotation, with_diffs(quotation, versions)) for quotation, versions in kept]


def _related_versions(
    corpus: Corpus,
    quotations: list[Quotation],
    policy: MatchPolicy,
    exclude: Callable[[Candidate], bool] = lambda candidate: False,
) -> list[list[Version]]:
    """Each quotation's candidates that relate to it, compared, with their articles: the
    articles (outlet, URL, date) of the others are never read. A quotation of a known speaker
    that none but `exclude`d ones relate to is compared with its speaker's latest quotations
    too (`_own_speakers_latest`)."""
    found = corpus.candidate_quotations_of(
        [quotation.text for quotation in quotations],
        limit=policy.candidates_per_quote,
        groups=policy.lookup_groups,
        group_rows=policy.group_rows,
        speakers=[quotation.speaker for quotation in quotations],
    )
    related = _with_articles(
        corpus,
        [
            _related(quotation, candidates, policy)
            for quotation, candidates in zip(quotations, found, strict=True)
        ],
    )
    story = list(
        {v.candidate.article_id: None for vs in related for v in vs if not exclude(v.candidate)}
    )
    in_story = functools.cache(
        lambda: corpus.quotations_in_articles(story[: policy.other_part_articles])
    )  # read once, by the first that needs them
    related = _with_story_parts(corpus, quotations, found, related, exclude, in_story, policy)
    related = _with_other_parts(corpus, quotations, related, exclude, policy, in_story)
    related = _with_story_speakers(corpus, quotations, related, in_story, policy)
    related = _with_versions_through(corpus, quotations, related, exclude, in_story, policy)
    alone = [
        at
        for at, quotation in enumerate(quotations)
        if quotation.speaker and all(exclude(version.candidate) for version in related[at])
    ]
    if alone and policy.own_speaker_rows:
        speaking = [quotations[at] for at in alone]
        latest = _own_speakers_latest(corpus, speaking, found, alone, policy)
        for at, versions in zip(alone, latest, strict=True):
            related[at] = related[at] + versions
    return related


def _with_story_parts(
    corpus: Corpus,
    quotations: list[Quotation],
    found: list[list[Candidate]],
    related: list[list[Version]],
    exclude: Callable[[Candidate], bool],
    in_story: Callable[[], list[Candidate]],
    policy: MatchPolicy,
) -> list[list[Version]]:
    """Each quotation's versions, with the short parts word for word (`story_parts`) among its
    candidates from the articles that hold a version of another of the page's quotations:
    the same story, reported again. A quotation too short for the index to find its versions
    ("second-class citizens") is compared with the quotations of those articles (`in_story`),
    and a longer one with their quotations too short for the index ("painful decisions" inside
    "These are painful decisions, but ..."), picked out once for the page."""
    from .core.match import story_parts

    articles = [{v.candidate.article_id for v in vs if not exclude(v.candidate)} for vs in related]
    if not any(articles):
        return related
    short_in_story = functools.cache(
        lambda: [candidate for candidate in in_story() if _too_short(candidate.text, policy)]
    )
    extra = []
    for at, (quotation, candidates) in enumerate(zip(quotations, found, strict=True)):
        known = {version.candidate.quote_id for version in related[at]}
        story = set().union(*(ids for other, ids in enumerate(articles) if other != at))
        if story:
            unindexed = in_story() if _too_short(quotation.text, policy) else short_in_story()
            candidates = _without_repeats([*candidates, *unindexed])
        fresh = (c for c in candidates if c.quote_id not in known and c.article_id in story)
        extra.append(story_parts(quotation, fresh))
    return _with_more(corpus, related, extra)


def _too_short(text: str, policy: MatchPolicy) -> bool:
    return len(text.split()) < policy.min_fragment_words


def _with_story_speakers(
    corpus: Corpus,
    quotations: list[Quotation],
    related: list[list[Version]],
    in_story: Callable[[], list[Candidate]],
    policy: MatchPolicy,
) -> list[list[Version]]:
    """Each quotation of a known speaker with the versions of that speaker's quotations in the
    page's story (`in_story`) that the index did not hand over: another outlet's translation
    of the same words shares too few of them in a row to be looked up ("Three months' salary
    is not enough for anything ..." and "Three months of wages doesn't go anywhere ..."), and
    the speaker's own wordings are compared from `own_speaker_cutoff`. An article that has a
    version of the quotation already is not read again. With no story, or no quotation of a
    known speaker, nothing is read."""
    from .core.match import related_versions, said_by

    if not any(quotation.speaker for quotation in quotations) or not in_story():
        return related
    extra: list[list[Version]] = []
    for at, quotation in enumerate(quotations):
        have = {v.candidate.article_id for v in related[at]}
        own = (
            [c for c in said_by(quotation.speaker, in_story()) if c.article_id not in have]
            if quotation.speaker
            else []
        )
        extra.append(related_versions(quotation, own, **_comparing(policy)) if own else [])
    return _with_more(corpus, related, extra)


def _with_versions_through(
    corpus: Corpus,
    quotations: list[Quotation],
    related: list[list[Version]],
    exclude: Callable[[Candidate], bool],
    in_story: Callable[[], list[Candidate]],
    policy: MatchPolicy,
) -> list[list[Version]]:
    """Each quotation's versions, with the versions of those versions (`versions_through`)
    among the quotations of the page's story (`in_story`) in articles that have none of the
    quotation yet: another outlet's translation of the whole statement the page quoted a
    part of shares too few of the part's words to be compared with it."""
    from .core.match import versions_through

    if not any(related) or not in_story():
        return related
    extra: list[list[Version]] = []
    for quotation, versions in zip(quotations, related, strict=True):
        steps = [version for version in versions if not exclude(version.candidate)]
        have = {version.candidate.article_id for version in versions}
        rest = [candidate for candidate in in_story() if candidate.article_id not in have]
        found = versions_through(quotation, steps, rest, **_comparing(policy)) if steps else []
        extra.append(found)
    return _with_more(corpus, related, extra)


def _without_repeats(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, each quotation once."""
    return list({candidate.quote_id: candidate for candidate in candidates}.values())


def _with_more(
    corpus: Corpus, related: list[list[Version]], extra: list[list[Version]]
) -> list[list[Version]]:
    """Each quotation's versions with the `extra` ones added, their articles read."""
    if not any(extra):
        return related
    filled = _with_articles(corpus, extra)
    return [versions + more for versions, more in zip(related, filled, strict=True)]


def _with_other_parts(
    corpus: Corpus,
    quotations: list[Quotation],
    related: list[list[Version]],
    exclude: Callable[[Candidate], bool],
    policy: MatchPolicy,
    in_story: Callable[[], list[Candidate]],
) -> list[list[Version]]:
    """Each quotation's versions, with the other parts (`other_parts`) of its fuller versions
    (`extended`) that other articles of the page's story quoted: the quotations of the first
    `other_part_articles` of those articles (`in_story`, one query for the page, made by the
    first that needs them)."""
    from .core.match import EXTENDED, other_parts

    fuller = [
        [v for v in vs if v.relation == EXTENDED and not exclude(v.candidate)] for vs in related
    ]
    if not any(fuller) or policy.other_part_articles <= 0:
        return related
    extra: list[list[Version]] = []
    for at, quotation in enumerate(quotations):
        if not fuller[at]:
            extra.append([])
            continue
        known = {version.candidate.quote_id for version in related[at]}
        fresh = (c for c in in_story() if c.quote_id not in known)
        parts = other_parts(
            quotation, fuller[at], fresh, **_comparing(policy), min_words=policy.other_part_words
        )
        extra.append(parts)
    return _with_more(corpus, related, extra)


def _comparing(policy: MatchPolicy) -> dict:
    """The policy's keyword arguments for `related_versions` and what builds on it."""
    return {
        "score_cutoff": policy.score_cutoff,
        "min_fragment_words": policy.min_fragment_words,
        "own_speaker_cutoff": policy.own_speaker_cutoff,
    }


def _related(
    quotation: Quotation, candidates: list[Candidate], policy: MatchPolicy
) -> list[Version]:
    from .core.match import related_versions

    return related_versions(quotation, candidates, **_comparing(policy))


def _own_speakers_latest(
    corpus: Corpus,
    quotations: list[Quotation],
    found: list[list[Candidate]],
    places: list[int],
    policy: MatchPolicy,
) -> list[list[Version]]:
    """The versions among each quotation's speaker's `own_speaker_rows` latest quotations that
    were not its candidates already (`found`, at `places`): another translation of their words
    may share no run of words with it, and so no key."""
    from .core.match import sharing_telling_words

    latest = corpus.latest_of_speakers(
        [quotation.speaker for quotation in quotations],
        policy.own_speaker_rows,
        known=[{candidate.quote_id for candidate in found[at]} for at in places],
    )
    related = [
        _related(quotation, sharing_telling_words(quotation, candidates), policy)
        for quotation, candidates in zip(quotations, latest, strict=True)
    ]
    return _with_articles(corpus, related)


def _with_articles(corpus: Corpus, related: list[list[Version]]) -> list[list[Version]]:
    """The versions with their candidates' articles read (in one query); a version whose
    article is gone is left out."""
    filled = corpus.with_articles([[v.candidate for v in versions] for versions in related])
    return [
        _with_candidates(versions, candidates)
        for versions, candidates in zip(related, filled, strict=True)
    ]


def _with_candidates(versions: list[Version], candidates: list[Candidate]) -> list[Version]:
    """The versions with their candidates as `candidates` has them (with their articles); a
    version whose candidate is missing there (its article gone) is left out."""
    by_id = {candidate.quote_id: candidate for candidate in candidates}
    return [
        replace(version, candidate=by_id[version.candidate.quote_id])
        for version in versions
        if version.candidate.quote_id in by_id
    ]


def versions_of(
    corpus: Corpus,
    quotation: Quotation,
    policy: MatchPolicy,
    *,
    exclude: Callable[[Candidate], bool] = lambda candidate: False,
) -> list[Version]:
    """One quotation's versions in the corpus: candidates from the index, ranked by the core."""
    with corpus.reading():
        related = _related_versions(corpus, [quotation], policy, exclude)[0]
    return _ranked(quotation, related, policy, exclude)


def _ranked(
    quotation: Quotation,
    related: list[Version],
    policy: MatchPolicy,
    exclude: Callable[[Candidate], bool],
    *,
    diffs: bool = True,
) -> list[Version]:
    from .core.match import rank_related

    return rank_related(
        quotation,
        related,
        exclude=exclude,
        common_phrase_speakers=policy.common_phrase_speakers,
        diffs=diffs,
    )


def _without_own_article(corpus, text, matched, max_versions):
    """Drop versions from an article whose text is the page's own, under any URL.

    Only articles that give versions of two of the page's quotations (or of its
    only one) can be the page itself: the others are not read.
    """
    from .core.match import article_runs, same_article_runs

    per_article = Counter(v.candidate.article_id for _, versions in matched for v in versions)
    quoted = sum(1 for _, versions in matched if versions)
    suspects = {aid for aid, count in per_article.items() if count >= min(2, quoted)}
    texts = corpus.article_texts(suspects)
    page = article_runs(blank_boilerplate(text)) if texts else set()
    own = {
        aid
        for aid, other in texts.items()
        if same_article_runs(page, article_runs(blank_boilerplate(other)))
    }
    return [
        (quotation, [v for v in versions if v.candidate.article_id not in own][:max_versions])
        for quotation, versions in matched
    ]


def quotation_dict(quotation: Quotation) -> dict:
    return {
        "text": quotation.text,
        "start": quotation.start,
        "end": quotation.end,
        "speaker": quotation.speaker,
        "role": quotation.role,
        "verb": quotation.verb,
        "parts": [[part.start, part.end] for part in quotation.parts],
    }


def version_dict(version: Version) -> dict:
    candidate = version.candidate
    return {
        "text": candidate.text,
        "speaker": candidate.speaker,
        "outlet": candidate.outlet,
        "url": candidate.url,
        "title": candidate.title,
        "published": candidate.published,
        "score": version.score,
        "relation": version.relation,
        "diff": [_segment_dict(segment) for segment in version.diff],
    }


def _segment_dict(segment) -> dict:
    fields = {"op": segment.op, "a": segment.a, "b": segment.b}
    if segment.move_id is not None:
        fields["move_id"] = segment.move_id
    return fields


def match_response(matched: list[tuple[Quotation, list[Version]]]) -> dict:
    """The API's answer for a matched page."""
    return {
        "quotes": [
            {**quotation_dict(quotation), "versions": [version_dict(v) for v in versions]}
            for quotation, versions in matched
        ]
    }


def quotes_response(quotations: list[Quotation]) -> dict:
    return {"quotes": [quotation_dict(q) for q in quotations]}
