"""A page matched against a real corpus file: the articles of candidates are read only for the
candidates that relate, and that changes nothing in the versions."""

from __future__ import annotations

from dataclasses import replace

import pytest

from server import settings
from server.core.match import rank_versions
from server.core.models import Candidate, Quotation, Version
from server.core.quotes import find_quotations
from server.corpus import ArticleRecord, open_corpus
from server.service import MatchPolicy, match_page, versions_of

STATEMENT = "the ferry contract will cost the island towns every winter crossing they still have"
SPEAKERS = ["Anna Berg", "Tomas Lind", "Eva Holm", "Nils Dahl"]
PAGE_URL = "https://paper-0.example/ferry"


def article_text(number: int) -> str:
    """An outlet's article quoting the statement (whole, in part, or loosely in another
    speaker's mouth) among statements of the same story."""
    wordings = [
        STATEMENT,
        "the ferry contract will cost the island towns every winter crossing",
        STATEMENT.replace("still have", "have left"),
        STATEMENT.replace("every winter", "each winter"),
    ]
    speaker = SPEAKERS[number % 2] if number % 3 else SPEAKERS[2 + number % 2]
    return (
        f"\u201c{wordings[number % 4].capitalize()},\u201d {speaker} said on Monday.\n\n"
        f"\u201cThe harbor strike has delayed {number + 2} night crossings to the fishing "
        f"fleet,\u201d {SPEAKERS[3]} said.\n\n\u201cOur winter timetable cannot save the island "
        "towns from the ferry contract,\u201d the mayor told reporters."
    )


@pytest.fixture
def corpus(tmp_path):
    opened = open_corpus(str(tmp_path / "corpus.db"))
    for number in range(12):
        text = article_text(number)
        record = ArticleRecord(
            url=PAGE_URL if number == 0 else f"https://paper-{number}.example/ferry",
            outlet=f"Paper {number}",
            text=text,
            title=f"Ferry {number}",
            published=f"2024-03-{number + 1:02d}",
        )
        opened.save_article(record, find_quotations(text, min_words=6))
    opened.optimize_index()
    yield opened
    opened.close()


def test_a_page_gets_the_versions_ranking_every_candidate_with_its_article_gives(corpus):
    policy = MatchPolicy.from_settings(settings.load())
    page = (
        f"\u201c{STATEMENT.capitalize()},\u201d Anna Berg said.\n\n\u201cThe harbor strike has "
        "delayed 5 night crossings to the fishing fleet,\u201d Nils Dahl said."
    )

    def is_page(candidate: Candidate) -> bool:
        return candidate.url == PAGE_URL

    def every_candidate_ranked(quotation: Quotation) -> list[Version]:
        candidates = corpus.find_candidates(quotation.text, limit=policy.candidates_per_quote)
        return rank_versions(
            quotation,
            candidates,
            score_cutoff=policy.score_cutoff,
            min_fragment_words=policy.min_fragment_words,
            exclude=is_page,
            common_phrase_speakers=policy.common_phrase_speakers,
        )[: policy.max_versions]

    matched = match_page(corpus, page, policy, url=PAGE_URL)
    expected = [every_candidate_ranked(quotation) for quotation, _ in matched]
    assert [versions for _, versions in matched] == expected
    alone = [versions_of(corpus, q, policy, exclude=is_page)[:5] for q, _ in matched]
    assert alone == [versions[:5] for versions in expected]
    first = matched[0][1]
    assert len(first) > 3 and all(v.candidate.outlet and v.candidate.url for v in first)
    assert PAGE_URL not in {v.candidate.url for v in first}
    assert {v.candidate.speaker for v in first} <= {"Anna Berg", "Tomas Lind"}


def test_the_versions_shown_past_the_cut_are_those_ranked_first_with_their_diffs(corpus):
    policy = replace(MatchPolicy.from_settings(settings.load()), max_versions=2)
    page = f"\u201c{STATEMENT.capitalize()},\u201d Anna Berg said."

    (quotation, shown), *_ = match_page(corpus, page, policy)
    ranked = versions_of(corpus, quotation, policy)
    assert len(ranked) > 2
    assert shown == ranked[:2]
    assert all(version.diff for version in shown)


def test_candidates_without_articles_get_them_back(corpus):
    texts = [STATEMENT, "the harbor strike has delayed night crossings to the fishing fleet"]
    bare = corpus.candidate_quotations_of(texts, limit=20)
    assert all(c.outlet == "" and c.url == "" and c.published is None for f in bare for c in f)
    assert corpus.with_articles(bare) == corpus.find_candidates_of(texts, limit=20)
    assert corpus.with_articles(bare)[0][0].outlet.startswith("Paper ")


def _saved(opened, url: str, text: str, published: str) -> None:
    record = ArticleRecord(url=url, outlet=url.split("/")[2], text=text, published=published)
    opened.save_article(record, find_quotations(text, min_words=6))


def test_another_translation_sharing_no_words_run_is_found_among_the_speakers_latest(tmp_path):
    """Two translations of one statement may share no run of three words, so no key: the
    speaker's latest quotations are compared too, when nothing else relates."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    _saved(
        opened,
        "https://wire.example/recall",
        "Takamura Hiroshi, the chief executive, spoke in Tokyo. \u201cThere was no organised "
        "concealment within the firm,\u201d Takamura Hiroshi said.",
        "2024-03-01",
    )
    for number in range(3):  # the speaker's other, later statements
        _saved(
            opened,
            f"https://daily-{number}.example/recall",
            f"\u201cWe will recall {number + 2}00,000 vehicles in Japan this spring,\u201d "
            "Hiroshi Takamura said.",
            f"2024-03-0{number + 2}",
        )
    opened.optimize_index()
    page = (
        "Hoshida\u2019s chief executive faced reporters. \u201cThere was no systematic "
        "concealment at our firm,\u201d Hiroshi Takamura said."
    )
    policy = MatchPolicy.from_settings(settings.load())
    [(quotation, versions)] = match_page(opened, page, policy)
    assert [version.candidate.url for version in versions] == ["https://wire.example/recall"]
    assert versions[0].relation == "variant"
    alone = replace(policy, own_speaker_rows=0)
    assert match_page(opened, page, alone)[0][1] == []
    opened.close()


def test_a_short_part_is_a_version_in_an_article_of_the_same_story_only(tmp_path):
    """ "the blots were too clean" is too short a part to be shown anywhere, but in an article
    that reports another of the page's quotations it is the same statement quoted again."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    _saved(
        opened,
        "https://wire.example/retraction",
        "\u201cWe are retracting the paper because we can no longer stand behind its central "
        "claim,\u201d the editor, Lucia Fenwick, said.\n\nA former postdoctoral researcher, "
        "who asked not to be named, said: \u201cEveryone in the lab knew the blots were too "
        "clean.\u201d",
        "2024-03-01",
    )
    _saved(
        opened,
        "https://other.example/lab",
        "A technician at another institute, who asked not to be named, said: \u201cEveryone in "
        "the lab knew the blots were too clean.\u201d",
        "2024-03-02",
    )
    opened.optimize_index()
    page = (
        "The journal\u2019s editor, Lucia Fenwick, said: \u201cWe are retracting the paper "
        "because we can no longer stand behind its central claim.\u201d\n\nOne former "
        "colleague said \u201cthe blots were too clean\u201d."
    )
    policy = MatchPolicy.from_settings(settings.load())
    (_, retraction), (part, versions) = match_page(opened, page, policy)
    assert [v.candidate.url for v in retraction] == ["https://wire.example/retraction"]
    assert part.text == "the blots were too clean"
    assert [(v.candidate.url, v.relation) for v in versions] == [
        ("https://wire.example/retraction", "extended")
    ]
    [(_, alone)] = match_page(
        opened, "One former colleague said \u201cthe blots were too clean\u201d.", policy
    )
    assert alone == []
    opened.close()


@pytest.mark.parametrize(
    ("article", "page", "part", "alone"),
    [
        (  # a part of three words in its own speaker's mouth
            "\u201cWater vapour rises from the moon\u2019s surface every few weeks,\u201d Lucas "
            "Paganini said.\n\n\u201cWhile scientists have not yet detected liquid water "
            "directly, we have found the next best thing: water in vapour form,\u201d Paganini "
            "added.",
            "\u201cWater vapour rises from the moon\u2019s surface every few weeks,\u201d said "
            "Lucas Paganini.\n\nFinding water on Europa, Paganini said, is the \u201cnext best "
            "thing\u201d.",
            "next best thing",
            "Finding water on Europa, Lucas Paganini said, is the \u201cnext best thing\u201d.",
        ),
        (  # "second-class citizens" has no key the index finds it by
            "\u201cWe are being treated as second-class citizens. Every winter the same boats "
            "break down and every winter we are told lessons will be learned,\u201d said Fiona "
            "MacInnes, who chairs the island ferry committee.",
            "\u201cEvery winter the same boats break down,\u201d Fiona MacInnes said.\n\nMacInnes "
            "said islanders felt like \u201csecond-class citizens\u201d.",
            "second-class citizens",
            "Fiona MacInnes said islanders felt like \u201csecond-class citizens\u201d.",
        ),
    ],
)
def test_a_short_part_is_a_version_in_the_speakers_statement_of_the_same_story(
    tmp_path, article, page, part, alone
):
    """An article that reports another of the page's quotations holds the part word for word
    in the same speaker's statement; with no such article the part is shown nowhere."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    _saved(opened, "https://wire.example/story", article, "2024-03-01")
    opened.optimize_index()
    policy = MatchPolicy.from_settings(settings.load())
    (_, whole), (found, versions) = match_page(opened, page, policy)
    assert [v.candidate.url for v in whole] == ["https://wire.example/story"]
    assert (found.text, [v.relation for v in versions]) == (part, ["extended"])
    [(_, nothing)] = match_page(opened, alone, policy)
    assert nothing == []
    opened.close()


def test_the_speakers_statement_shows_a_short_part_another_outlet_quoted(tmp_path):
    """The other way round: the page quotes the whole statement, an article that reports
    another of the page's quotations quoted two words of it ("second-class citizens", too
    short for the index); they are shown as its `fragment`. Reporting nothing else of the
    page's, the article is not read."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    _saved(
        opened,
        "https://wire.example/ferry",
        "“The replacement vessel will not be ready before March,” the operator's "
        "chief executive, Derek Halloran, said.\n\nFiona MacInnes, who chairs the island "
        "ferry committee, said islanders felt like “second-class citizens”.",
        "2024-03-01",
    )
    opened.optimize_index()
    whole = (
        "“We are being treated as second-class citizens. Every winter the same boats "
        "break down and every winter we are told lessons will be learned,” said Fiona "
        "MacInnes, who chairs the island ferry committee."
    )
    page = (
        f"{whole}\n\n“The replacement vessel will not be ready before March,” said Derek Halloran."
    )
    policy = MatchPolicy.from_settings(settings.load())
    (_, versions), (_, other) = match_page(opened, page, policy)
    assert [v.candidate.url for v in other] == ["https://wire.example/ferry"]
    assert [(v.candidate.text, v.relation) for v in versions] == [
        ("second-class citizens", "fragment")
    ]
    [(_, alone)] = match_page(opened, whole, policy)
    assert alone == []
    opened.close()


def test_another_translation_of_the_statement_a_quotation_is_a_part_of_is_a_version(tmp_path):
    """The wire printed the union leader's whole statement, a paper that reports the page's
    other quotation too printed its own translation of it: the page's part of the statement
    shares too little with the paper's wording to be compared with it alone, and is found
    through the wire's. A paper outside the story is not read."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    lopes = "said Maria Lopes, the union's leader"
    _saved(
        opened,
        "https://wire.example/plant",
        "\u201cWe are going to fight for every single job at this plant until the very last "
        f"day, and we will not accept its closure,\u201d {lopes}.",
        "2025-02-18",
    )
    _saved(
        opened,
        "https://paper.example/plant",
        "\u201cWe are going to fight for each and every job at this factory until the very last "
        f"day, and we will not accept its closure,\u201d {lopes}.\n\n\u201cThe company has "
        "offered us nothing but a date for the closure,\u201d said Rui Fonseca, a welder.",
        "2025-02-19",
    )
    opened.optimize_index()
    part = (
        "Maria Lopes, the union's leader, vowed to \u201cfight for every single job at this plant "
        "until the very last day\u201d."
    )
    page = (
        f"{part}\n\n\u201cThe company has offered us nothing but a date for the closure,\u201d "
        "said Rui Fonseca."
    )
    policy = MatchPolicy.from_settings(settings.load())
    (_, versions), _ = match_page(opened, page, policy)
    assert [(v.candidate.url, v.relation) for v in versions] == [
        ("https://wire.example/plant", "extended"),
        ("https://paper.example/plant", "extended"),
    ]
    [(_, alone)] = match_page(opened, part, policy)
    assert [v.candidate.url for v in alone] == ["https://wire.example/plant"]
    opened.close()


def test_another_part_of_a_statement_quoted_whole_elsewhere_is_a_version(tmp_path):
    """A wire quoted the whole statement; another paper quoted another part of it than the
    page's, and a second statement the page quotes too (the same story): that part is shown as
    `part`. A paper that quotes only the other part, reporting nothing else of the page's, is
    not read."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    whole = (
        "\u201cThe board told us in March that the unit was safe, and it was not. This community "
        "deserves the truth about what happened to those mothers,\u201d Doug Fairbairn said."
    )
    _saved(opened, "https://wire.example/unit", whole, "2024-03-01")
    _saved(
        opened,
        "https://other.example/unit",
        "Doug Fairbairn said the board had \u201ctold us in March that the unit was safe\u201d. "
        "\u201cNo woman should have to drive seventy minutes in labour,\u201d said Helen "
        "Gartside.",
        "2024-03-02",
    )
    _saved(
        opened,
        "https://elsewhere.example/unit",
        "Doug Fairbairn said the board had \u201ctold us in March that the unit was safe\u201d.",
        "2024-03-03",
    )
    opened.optimize_index()
    page = (
        "\u201cThis community deserves the truth about what happened to those mothers,\u201d Doug "
        "Fairbairn said.\n\n\u201cNo woman should have to drive seventy minutes in labour,\u201d "
        "said Helen Gartside."
    )
    policy = MatchPolicy.from_settings(settings.load())
    (_, versions), _ = match_page(opened, page, policy)
    assert [(v.candidate.url, v.relation) for v in versions] == [
        ("https://wire.example/unit", "extended"),
        ("https://other.example/unit", "part"),
    ]
    none = replace(policy, other_part_articles=0)
    (_, without), _ = match_page(opened, page, none)
    assert [v.relation for v in without] == ["extended"]
    opened.close()


def test_the_speakers_other_wording_in_an_article_of_the_story_is_a_version(tmp_path):
    """Two outlets translate a statement apart ("Three months' salary is not enough for
    anything ...", "Three months of wages doesn't go anywhere ..."): the index hands over the
    wire's copy of it, not the other translation; an article that reports another of the
    page's quotations is the same story, and its quotations of the same speaker are compared."""
    opened = open_corpus(str(tmp_path / "corpus.db"))
    union = "Marisol Trevino Cantu, the union's leader"
    said_whole = (
        "\u201cThree months\u2019 salary is not enough for anything when there is no other "
        f"work in the region,\u201d said {union}."
    )
    closing = (
        "\u201cWe will look for a buyer for the plant before the last furnace goes out,\u201d "
        "said Hugo Salcedo Ibarra, the state's economy secretary."
    )
    chinese = (
        "\u201cChinese steel sold at dumping prices has left us without any margin at all,\u201d "
        "said Rodrigo Esparza Lugo, the chief executive."
    )
    _saved(opened, "https://wire.example/steel", f"{said_whole}\n\n{chinese}", "2025-02-18")
    _saved(
        opened,
        "https://post.example/steel",
        f"{closing}\n\n\u201cThree months of wages doesn't go anywhere when there are no other "
        f"jobs in the region,\u201d said {union}.\n\n\u201cThe union will block the gates of "
        "the plant from Monday morning,\u201d said Pedro Ramos, a furnace worker.",
        "2025-02-19",
    )
    opened.optimize_index()
    page = f"The steelworks will close in June.\n\n{closing}\n\n{said_whole}"
    policy = MatchPolicy.from_settings(settings.load())
    found = dict(match_page(opened, page, policy))
    [salary] = [quotation for quotation in found if quotation.text.startswith("Three")]
    shown = {version.candidate.url: version.relation for version in found[salary]}
    assert shown == {
        "https://wire.example/steel": "verbatim",
        "https://post.example/steel": "variant",
    }
    alone = dict(match_page(opened, page, replace(policy, other_part_articles=0)))
    assert [v.candidate.url for v in alone[salary]] == ["https://wire.example/steel"]
    opened.close()
