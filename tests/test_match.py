"""Matching: relation and score of each kind of version, ranking, the page's own article."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rapidfuzz import fuzz

from server.core.match import (
    Comparison,
    Wording,
    compare,
    order_by_outlet,
    other_parts,
    rank_related,
    rank_versions,
    same_article,
    same_person,
    same_speaker,
    story_parts,
    variant_scores,
    versions_through,
)
from server.core.models import Candidate, Quotation, Span, Version
from server.core.quotes import find_quotations

PAGE = (
    "I can only confirm to you that, indeed, about a year and a half ago they had a telephone "
    "conversation,"
)


def quotation(text: str, speaker: str | None = None) -> Quotation:
    """The page's quotation: the whole text, one part, maybe its speaker."""
    return Quotation(text, 0, len(text), (Span(0, len(text)),), speaker)


def candidate(text, *, article_id=1, outlet="Sputnik", published="2022-10-12", url=None):
    return Candidate(
        quote_id=article_id * 10,
        article_id=article_id,
        text=text,
        speaker=None,
        outlet=outlet,
        url=url or f"https://example.org/{article_id}",
        title=None,
        published=published,
    )


@pytest.mark.parametrize(
    ("other", "relation"),
    [
        (
            "\u201cI can only confirm to you that indeed about a year and a half ago they had a "
            "telephone conversation\u201d",
            "verbatim",
        ),
        (
            "I can only confirm to you that, indeed, they had a telephone conversation about a "
            "year "
            "and a half ago,",
            "reordered",
        ),
        ("about a year and a half ago they had a telephone conversation", "fragment"),
        (PAGE + " and they spoke about space, nothing else.", "extended"),
        (
            "I can only confirm to you that, indeed, roughly eighteen months ago they had a "
            "telephone conversation,",
            "variant",
        ),
    ],
)
def test_each_relation(other, relation):
    found = compare(PAGE, other)
    assert found is not None and found.relation == relation
    assert 0 <= found.score <= 100


def test_verbatim_and_reordered_score_100():
    assert compare(PAGE, PAGE).score == 100
    assert compare("we will win this war", "this war we will win").score == 100


def test_another_statement_on_the_same_topic_is_not_a_version():
    other = (
        "Elon Musk told me he had spoken with Putin and the Kremlin directly about Ukraine. He "
        "also told me what the Kremlin's red lines were,"
    )
    assert compare(PAGE, other) is None


def test_a_short_common_phrase_is_not_a_fragment():
    assert compare(PAGE, "a year and a half ago") is None
    assert compare("We will see what happens next week in the talks", "we will see") is None


def test_score_cutoff_is_the_callers_policy():
    other = "I can only say to you that, indeed, some time ago they had a conversation,"
    assert compare(PAGE, other, score_cutoff=95) is None
    assert compare(PAGE, other, score_cutoff=60).relation == "variant"


def test_rank_keeps_the_best_version_per_article_and_carries_ids():
    versions = rank_versions(
        quotation(PAGE),
        [
            candidate("about a year and a half ago they had a telephone conversation"),
            candidate(PAGE, article_id=1),
            candidate("unrelated words entirely here", article_id=2),
        ],
    )
    assert [(v.candidate.article_id, v.relation) for v in versions] == [(1, "verbatim")]
    assert versions[0].diff and versions[0].candidate.quote_id == 10


def test_rank_excludes_what_the_caller_excludes():
    versions = rank_versions(
        quotation(PAGE),
        [candidate(PAGE, url="https://page.example/a")],
        exclude=lambda c: c.url == "https://page.example/a",
    )
    assert versions == []


def test_versions_are_grouped_by_outlet_earliest_outlet_first():
    def version(article_id, outlet, published):
        return Version(
            candidate(PAGE, article_id=article_id, outlet=outlet, published=published),
            100.0,
            "verbatim",
        )

    ordered = order_by_outlet(
        [
            version(1, "B", "2022-10-13"),
            version(2, "A", "2022-10-14"),
            version(3, "B", "2022-10-12T09:00:00+00:00"),
            version(4, "C", None),
            version(5, "A", "2022-10-12T10:00:00+00:00"),
        ]
    )
    assert [v.candidate.article_id for v in ordered] == [3, 1, 5, 2, 4]


ARTICLE = (
    "Dock workers in Gdynia walked out on Monday over plans to automate two terminals at the "
    "port, the biggest strike in the city for a decade. The union said nine hundred jobs were at "
    "risk and that the port authority had refused to negotiate over the timetable. "
    "\u201cWe are not against machines, we are against being thrown away,\u201d union leader Marta "
    "Zielinska told reporters outside the gate."
)


def test_same_article_extracted_twice_is_the_same_article():
    other = "Menu Home World\n" + ARTICLE.replace("\u201c", '"').upper() + "\nRead more"
    assert same_article(ARTICLE, other)


def test_two_articles_sharing_a_quotation_are_not_the_same_article():
    other = (
        "Strikes spread on the Baltic coast. \u201cWe are not against machines, we are against "
        "being thrown away,\u201d Zielinska said. Ministers will meet the unions next week to "
        "discuss a fund for retraining workers whose jobs are automated."
    )
    assert not same_article(ARTICLE, other)
    assert not same_article("", ARTICLE)


def test_a_snippet_pasted_from_an_article_is_not_that_article():
    snippet = (
        "\u201cWe are not against machines, we are against being thrown away,\u201d union leader "
        "Marta Zielinska told reporters outside the gate."
    )
    assert snippet in ARTICLE
    assert not same_article(snippet, ARTICLE)


LONG = (
    "We will not accept any deal that leaves our farmers worse off, and we have made that "
    "clear to Brussels"
)


@pytest.mark.parametrize("mark", ["...", "\u2026", "[...]", "[\u2026]"])
def test_a_quotation_cut_with_an_ellipsis_is_a_part_of_the_whole(mark):
    elided = f"We will not accept any deal {mark} and we have made that clear to Brussels"
    assert compare(elided, LONG).relation == "extended"
    assert compare(LONG, elided).relation == "fragment"


def test_an_ellipsis_over_words_the_whole_lacks_is_not_a_part():
    elided = "We will not accept any deal ... and we will never sign it in Brussels"
    assert compare(elided, LONG) is None or compare(elided, LONG).relation == "variant"


def test_a_part_that_denies_what_the_whole_says_is_not_a_part_of_it():
    """The paper argued "there was a clear public interest in publishing these photographs";
    the judge ruled there was "no public interest in publishing these photographs". One letter
    apart, the part denies the whole; in a whole that denies as well, it is a part."""
    claim = "there was a clear public interest in publishing these photographs"
    ruling = "no public interest in publishing these photographs"
    assert compare(claim, ruling) is None and compare(ruling, claim) is None
    whole = "The judge found there was no public interest in publishing these photographs"
    assert compare(whole, ruling).relation == "fragment"


def test_numbers_must_agree():
    assert compare("82 percent of drivers have applied for help", LONG) is None
    assert (
        compare(
            "82 percent of drivers have applied for help this year",
            "88 percent of drivers have applied for help this year",
        )
        is None
    )
    assert (
        compare(
            "82 percent of drivers have applied for help",
            "Prices rose, and 82 percent of drivers have applied for help this year",
        ).relation
        == "extended"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We will need five years to rebuild the port", "We will need 5 years to rebuild the port"),
        ("Prices rose by twenty-five percent last year", "Prices rose by 25 percent last year"),
        (
            "We lost $2bn in the first quarter alone",
            "We lost $2 billion in the first quarter alone",
        ),
        (
            "We lost two billion dollars in the first quarter",
            "We lost $2 billion in the first quarter",
        ),
        (
            "No regulated fare should rise by more than 1 per cent next year",
            "No regulated fare should rise by more than one per cent next year",
        ),
        (
            "The waves were 30ft high and the wind was gusting at 60 knots",
            "The waves were 30 feet high and the wind was gusting at 60 knots",
        ),
        (
            "the 250-MW facility will not restart until we fully understand what happened",
            "the 250-megawatt facility will not restart until we fully understand what happened",
        ),
        (
            "The fire grew to more than 11,000 acres overnight, driven by 40 mph gusts",
            "The fire grew to more than 11,000 acres overnight, driven by 40-mile-an-hour gusts",
        ),
    ],
)
def test_numbers_written_in_words_or_digits_agree_whichever_is_the_page(a, b):
    assert compare(a, b) is not None and compare(b, a) is not None


def test_an_amount_with_its_currency_sign_is_one_written_out_in_a_fragment():
    whole = "Going to a four-day week saves us about $1.3 million a year, and it means we stay open"
    assert compare("saves us about 1.3 million dollars a year", whole).relation == "extended"


def test_a_per_cent_sign_is_per_cent_in_a_fragment_and_a_reordering():
    whole = "while our members have seen their real wages fall by 12 per cent in three years."
    assert compare("their real wages fall by 12% in three years.", whole).relation == "extended"
    moved = compare(
        "By midnight, power had been restored to 99% of homes",
        "Power had been restored to 99 percent of homes by midnight",
    )
    assert moved is not None and moved.relation == "reordered"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We will need six years to rebuild the port", "We will need 5 years to rebuild the port"),
        ("We lost $2bn in the first quarter alone", "We lost $2m in the first quarter alone"),
        (
            "We lost $2 million in the first quarter alone",
            "We lost $2bn in the first quarter alone",
        ),
        ("The strike will begin at 6am on Monday", "The strike will begin at 6pm on Monday"),
        ("The waves were 30ft high all night", "The waves were 40 feet high all night"),
        (
            "No regulated fare should rise by more than 2 per cent next year",
            "No regulated fare should rise by more than one per cent next year",
        ),
    ],
)
def test_other_numbers_in_words_or_digits_or_magnitudes_are_another_statement(a, b):
    assert compare(a, b) is None and compare(b, a) is None


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        (
            "The houses are 18 km from our farms,",
            "The houses are 18km from our farms. How will we tend our coconuts from there?",
        ),
        (
            "We found glycol in this batch at more than 30x the permitted limit,",
            "We found glycol in this batch at more than 30 times the permitted limit.",
        ),
        (
            "the new road is 40 kilometres long, and",
            "The new road is 40km long and it took six years and most of our budget to build",
        ),
        (
            "The pier collapsed 300m from where the children were swimming that afternoon",
            "The pier collapsed 300 metres from where the children were swimming that afternoon",
        ),
        (
            "They took 250GB of customer records from the server",
            "They took 250 gigabytes of customer records from the server last week, and we",
        ),
        (
            "the valley will see 12-hour power cuts for the rest of the month",
            "the valley will see 12hr power cuts for the rest of the month",
        ),
        (
            "The river at Arnholt was 3C warmer than the seasonal average all summer",
            "The river at Arnholt was three degrees warmer than the seasonal average all summer",
        ),
        (
            "The gates will stay shut from 9 p.m. to 6 a.m. until the inquiry reports",
            "the gates will stay shut from 9pm to 6am until the inquiry reports",
        ),
        (
            "The signal failed at 7.15am and the backup did not start for twenty minutes",
            "The signal failed at 7:15 a.m. and the backup did not start for 20 minutes",
        ),
        (
            "We will book most of the charge in Q2, and the rest later in the year",
            "We will book most of the charge in the second quarter, and the rest later in the year",
        ),
        (
            "The vote is set for the 21st and we expect every councillor to attend it",
            "The vote is set for the twenty-first and we expect every councillor to attend it",
        ),
        (
            "We paid R15,000 for a generator that has never once worked properly",
            "We paid R15k for a generator that has never once worked properly",
        ),
        (
            "The new fares take effect on 1 March, and season tickets will rise by the same",
            "The new fares take effect on March 1st, and season tickets will rise by the same",
        ),
        (
            "We want to train forty thousand new installers by 2028",
            "train 40k new installers by 2028",
        ),
        (
            "I ran the 5k in under twenty minutes every single day",
            "I ran the 5 kilometres in under twenty minutes every single day",
        ),
        (
            "the rent in their plan is 4,500 shillings a month, not the same rent",
            "the rent in their plan is Sh4,500 a month, not the same rent",
        ),
    ],
)
def test_a_unit_glued_to_its_number_or_written_out_is_the_same_words(part, whole):
    assert compare(part, whole) is not None and compare(whole, part) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The houses are 18km from our farms, and the road", "The houses are 81 km from our farms"),
        ("We found glycol at more than 30x the permitted limit", "We found glycol at 3 times it"),
        (
            "The pier collapsed 300m from where the children were swimming that afternoon",
            "The pier collapsed 30 metres from where the children were swimming that afternoon",
        ),
        (
            "The gates will stay shut from 9 p.m. to 6 a.m. until the inquiry reports",
            "the gates will stay shut from 9am to 6pm until the inquiry reports",
        ),
        (
            "The signal failed at 7.15am and the backup did not start for twenty minutes",
            "The signal failed at 7:50 a.m. and the backup did not start for 20 minutes",
        ),
        (
            "The vote is set for the 21st and we expect every councillor to attend it",
            "The vote is set for the twenty-second and we expect every councillor to attend it",
        ),
        (
            "We paid R15,000 for a generator that has never once worked properly",
            "We paid R150k for a generator that has never once worked properly",
        ),
        (
            "The new fares take effect on 1 March, and season tickets will rise by the same",
            "The new fares take effect on March 2nd, and season tickets will rise by the same",
        ),
        (
            "The river at Arnholt was 3C warmer than the seasonal average all summer",
            "The river at Arnholt was 8 degrees warmer than the seasonal average all summer",
        ),
        (
            "We will book most of the charge in Q2, and the rest later in the year",
            "We will book most of the charge in the fourth quarter, and the rest later in the year",
        ),
        (
            "We paid 30k for the house in the end, and we never regretted it",
            "We paid 40,000 for the house in the end, and we never regretted it",
        ),
    ],
)
def test_another_number_with_its_unit_apart_is_another_statement(a, b):
    assert compare(a, b) is None and compare(b, a) is None


def speaking(text, speaker, article_id, published="2022-10-12"):
    found = candidate(text, article_id=article_id, outlet=f"Outlet {article_id}")
    return replace(found, speaker=speaker, published=published)


def test_the_quotations_own_speaker_comes_first():
    page = quotation(PAGE, "Peskov")
    versions = rank_versions(
        page,
        [
            speaking(PAGE, "Maria Zakharova", 1, published="2022-10-10"),
            speaking(PAGE, None, 2, published="2022-10-11"),
            speaking(PAGE, "Dmitry Peskov", 3, published="2022-10-12"),
        ],
    )
    assert [v.candidate.article_id for v in versions] == [3, 1, 2]


def test_a_phrase_many_speakers_say_is_kept_to_its_own_speaker():
    phrase = "we are looking very closely at the situation on the border"
    page = quotation(phrase, "Anna Berg")
    others = [speaking(phrase, name, i) for i, name in enumerate(["Novak", "Keller", "Rossi"], 1)]
    own = speaking(phrase, "Berg", 9)
    versions = rank_versions(page, [*others, own])
    assert [v.candidate.article_id for v in versions] == [9]
    assert len(rank_versions(page, others[:2])) == 2


def assert_a_version_of_its_own_speaker_only(page, words, own, other, relation):
    """The words are no version in another known speaker's mouth, the `relation` in the page
    quotation's own speaker's, and a version in no known speaker's."""
    assert rank_versions(page, [speaking(words, other, 1)]) == []
    assert [v.relation for v in rank_versions(page, [speaking(words, own, 1)])] == [relation]
    assert len(rank_versions(page, [speaking(words, None, 1)])) == 1


def test_a_loose_variant_in_another_speakers_mouth_is_another_statement():
    page = quotation(PAGE, "Peskov")
    reworded = (
        "I can only confirm to you that, indeed, roughly eighteen months ago they had a "
        "telephone conversation,"
    )
    assert_a_version_of_its_own_speaker_only(page, reworded, "Peskov", "Zakharova", "variant")


def test_a_short_clause_inside_another_speakers_statement_is_not_a_version():
    clause = "more than 400 teachers have applied for help this year"
    page = quotation(clause, "Anna Berg")
    longer = "The schools are closing across the region, and " + clause + " in every district."
    assert rank_versions(page, [speaking(longer, "Jonas Keller", 1)]) == []
    assert [v.relation for v in rank_versions(page, [speaking(longer, "Berg", 1)])] == ["extended"]


@pytest.mark.parametrize("phrase", ["We will see.", "Thank you very much."])
def test_a_stock_phrase_of_two_known_speakers_is_two_statements(phrase):
    page = quotation(phrase, "Owen Carrick")
    assert_a_version_of_its_own_speaker_only(page, phrase, "Carrick", "Rhian Tudor", "verbatim")


def test_the_same_words_of_a_statement_in_another_known_speakers_mouth_are_a_version():
    words = "The marking itself was wrong."
    page = quotation(words, "Josephine Wambui")
    found = rank_versions(page, [speaking(words, "Hilary Odhiambo", 1)])
    assert [v.relation for v in found] == ["verbatim"]


def test_a_body_and_a_person_are_not_two_known_speakers():
    part = "simply cannot take another 1,500 cars"
    whole = "The roads around Renmore simply can't take another 1,500 cars a day,"
    page = quotation(whole, "Declan Moran")
    body = speaking(part, "Renmore Residents' Association", 1)
    assert [v.relation for v in rank_versions(page, [body])] == ["fragment"]
    assert rank_versions(page, [speaking(part, "Aoife Brennan", 1)]) == []


def test_variant_scores_of_many_wordings_are_each_pairs_own():
    page = Wording.of(PAGE)
    others = [
        Wording.of(text)
        for text in (
            "I can only confirm that about a year and a half ago they had a phone conversation",
            "They had a telephone conversation about a year and a half ago, I can confirm,",
            "The weather will be fine tomorrow across the north of the country",
            PAGE,
        )
    ]
    scores = variant_scores(page, others, 80.0)
    page_words = " ".join(page.words)
    expected = [
        max(
            fuzz.ratio(page_words, " ".join(other.words), score_cutoff=80.0),
            fuzz.token_sort_ratio(page_words, " ".join(other.words), score_cutoff=80.0),
        )
        for other in others
    ]
    assert scores == expected
    assert scores[2] == 0.0 and scores[3] == 100.0 and 80.0 <= scores[1] < 100.0


def test_variant_scores_skip_no_wording_that_could_reach_the_cutoff():
    """Wordings a few letters shorter or longer than the page's, around the length where the
    cutoff can no longer be reached, score what each pair scores on its own."""
    page = Wording.of("the council will close the old bridge to lorries from next month")
    text = " ".join(page.words)
    others = [Wording.of(text[:cut]) for cut in range(len(text) // 3, len(text))]
    others += [Wording.of(text + " and the ferry too"[:extra]) for extra in range(1, 18)]
    for cutoff in (60.0, 80.0, 95.0):
        expected = [
            max(
                fuzz.ratio(text, " ".join(other.words), score_cutoff=cutoff),
                fuzz.token_sort_ratio(text, " ".join(other.words), score_cutoff=cutoff),
            )
            for other in others
        ]
        assert variant_scores(page, others, cutoff) == expected
        assert 0.0 in expected and any(score for score in expected)


def test_a_variant_must_deny_as_often_as_the_quotation():
    funded = "The government will fund the new security guarantees for the islands this winter"
    refused = "The government won't fund the new security guarantees for the islands this winter"
    alike = variant_scores(Wording.of(funded), [Wording.of(refused)], 80.0)[0]
    assert alike >= 80.0  # alike enough as a whole: the denial alone tells them apart
    assert compare(funded, refused) is None
    reworded = compare(
        "We have not raised the tuition fees of the students since the election",
        "We did not raise the tuition fees of the students since the election",
    )
    assert reworded is not None and reworded.relation == "variant"
    assert compare(
        "We have not ever raised the tuition fees of the students since the election",
        "We have never raised the tuition fees of the students since the election",
    )
    cut = compare(
        "As I said, this ... ceasefire, it is about their existing ceasefire",
        "As I said, this is not about our national ceasefire, it is about their existing ceasefire",
    )
    assert cut is not None  # the denial lies in what the cut leaves out
    part = compare(
        "We will not raise the tuition fees of the students this year",
        "raise the tuition fees of the students this year",
    )
    assert part is not None and part.relation == "fragment"


BRIDGE = (
    "The new toll bridge will cut the journey to the capital by half an hour, and the council "
    "says the whole cost will be paid by the tolls of heavy lorries alone,"
)


@pytest.mark.parametrize(
    "other",
    [  # another outlet quoting the statement from further on: the run starts it, ends this one
        "the council says the whole cost will be paid by the tolls of heavy lorries alone, "
        "without a penny from the people who live here",
        # the same opening, then words this quotation lacks
        "The new toll bridge will cut the journey to the capital by half an hour for the people "
        "of the valley,",
    ],
)
def test_overlapping_stretches_of_one_statement_are_an_overlap(other):
    found = compare(BRIDGE, other)
    assert found is not None and found.relation == "overlap"
    assert found == compare(other, BRIDGE)
    assert 33 <= found.score < 100  # the share of the shorter wording the shared run is


@pytest.mark.parametrize(
    "other",
    [  # a phrase two statements hold in their middles
        "Critics say the journey to the capital by half an hour and the council will be shorter "
        "only for drivers, the buses will gain nothing",
        # eight words shared, five of them telling: not enough to be one statement
        "The new toll bridge will cut the journey to the coast, and the ferry will stop next year",
        # the same long run, but a different number where the wordings part
        "The new toll bridge will cut the journey to the capital by half an hour, and the council "
        "says it will cost 40 million pounds",
    ],
)
def test_a_shared_phrase_is_not_an_overlap(other):
    found = compare(BRIDGE, other)
    assert found is None or found.relation != "overlap"


def test_an_overlap_must_agree_in_numbers_and_denials_where_the_wordings_part():
    said = "Prices rose by 4 percent in March, the sharpest rise in the cost of food since 1992,"
    other = "Prices rose by 6 percent in April, the sharpest rise in the cost of food since 1992,"
    assert compare(said, other) is None
    closing = (
        "We will close the old hospital in the town centre next year, and the new one will open "
        "on the same day"
    )
    kept_open = "We will not close the old hospital in the town centre next year"
    assert compare(closing, kept_open) is None
    assert compare(closing, "We will close the old hospital in the town centre next year")


def test_a_part_must_deny_as_often_as_the_stretch_it_stands_for():
    opened = "We will open the new school in the spring, with places for every child in the town"
    shut = "We will not open the new school in the spring, with places for every child in the town"
    assert compare(opened, shut) is None
    assert compare(shut, opened) is None
    assert compare(shut, "open the new school in the spring, with places for every child")


def test_an_overlap_in_another_speakers_mouth_is_another_statement():
    page = quotation(BRIDGE, "Ann Lowe")
    other = (
        "The new toll bridge will cut the journey to the capital by half an hour for the people "
        "of the valley,"
    )
    assert rank_versions(page, [speaking(other, "Tom Hart", 1)]) == []
    kept = rank_versions(page, [speaking(other, "Lowe", 1)])
    assert [v.relation for v in kept] == ["overlap"]
    assert "".join(segment.b for segment in kept[0].diff) == other


def test_every_relation_is_in_the_api_description_and_has_a_label_and_a_badge():
    from pathlib import Path

    from server.core.match import RELATIONS
    from server.openapi import openapi_document

    schema = openapi_document()["components"]["schemas"]["Version"]["properties"]["relation"]
    assert schema["enum"] == list(RELATIONS)
    lib = Path(__file__).resolve().parent.parent / "extension" / "lib"
    labels, badges = (lib / "view.js").read_text(), (lib / "quotes.css").read_text()
    known = (lib / "render.js").read_text()  # its badge class: a relation with a label is known
    assert "badge-${isKnownRelation(relation) ? relation" in known
    for relation in RELATIONS:
        assert f"  {relation}: " in labels and f".badge-{relation} " in badges


SPEECH = (
    "Thank you all for coming this morning. We have spent two years listening to the people of "
    "this valley, and what they told us was simple: the new railway line to the coast must stop "
    "in every town it passes through, or it should not be built at all. That is what we will "
    "tell the minister on Friday."
)


def test_ten_words_of_a_long_statement_are_a_part_of_it_and_nine_are_not():
    assert len(SPEECH.split()) > 4 * 10
    ten = compare(SPEECH, "the new railway line to the coast must stop in")
    assert ten is not None and ten.relation == "fragment"
    assert compare(SPEECH, "new railway line to the coast must stop in") is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "We will not allow this to happen again in our country",
            "We won't allow this to happen again in our country",
        ),
        (
            "He [Putin] has no intention of stopping this war before the spring",
            "He has no intention of stopping this war before the spring",
        ),
        (
            "We was (sic) told that the factory would stay open until the end of the year",
            "We was told that the factory would stay open until the end of the year",
        ),
    ],
)
def test_one_word_more_or_less_is_a_wording_changed_not_a_part(a, b):
    assert compare(a, b).relation == compare(b, a).relation == "variant"


def test_all_but_the_first_or_last_word_is_still_a_part():
    whole = "Westminster has never reduced the price of school meals"
    assert compare(whole, "has never reduced the price of school meals").relation == "fragment"
    assert compare("Westminster has never reduced the price of school", whole).relation == (
        "extended"
    )


def test_a_short_part_counts_word_for_word_in_its_own_speakers_mouth():
    whole = (
        "We have looked at every option, and the tunnel plan is frankly unaffordable for this "
        "county, whatever the ministry says about it."
    )
    short = "tunnel plan is frankly unaffordable"  # five words, four telling ones
    page = quotation(short, "Ann Lowe")
    [version] = rank_versions(page, [speaking(whole, "Lowe", 1)])
    assert version.relation == "extended" and version.score == 100.0  # the page quotes a part
    assert rank_versions(page, [speaking(whole, "Tom Hart", 1)]) == []
    assert rank_versions(page, [speaking(whole, None, 1)]) == []
    reworded = whole.replace("frankly unaffordable", "simply unaffordable")
    assert rank_versions(page, [speaking(reworded, "Lowe", 1)]) == []
    two = "it is frankly unaffordable"  # two telling words of four, as "we are data dependent"
    page = quotation(two, "Ann Lowe")
    [version] = rank_versions(page, [speaking(whole.replace("the tunnel plan", "it"), "Lowe", 1)])
    assert version.relation == "extended"
    common = "and it is unaffordable"  # one telling word of four
    page = quotation(common, "Ann Lowe")
    said = whole.replace("the tunnel plan is frankly", "and it is")
    assert rank_versions(page, [speaking(said, "Lowe", 1)]) == []


def test_a_short_part_in_several_of_the_speakers_statements_is_a_stock_phrase_of_theirs():
    short = "tunnel plan is frankly unaffordable"
    page = quotation(short, "Ann Lowe")
    one = "We have looked at every option, and the tunnel plan is frankly unaffordable for us."
    other = "As I said in May, the tunnel plan is frankly unaffordable, and the bridge is not."
    assert len(rank_versions(page, [speaking(one, "Lowe", 1), speaking(one, "Lowe", 2)])) == 2
    assert rank_versions(page, [speaking(one, "Lowe", 1), speaking(other, "Lowe", 2)]) == []
    printed_otherwise = one.replace("every option", "all the options")  # one statement still
    found = rank_versions(page, [speaking(one, "Lowe", 1), speaking(printed_otherwise, "Lowe", 2)])
    assert len(found) == 2


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Peskov", "Dmitry Peskov", True),
        ("D. Peskov", "Dmitry Peskov", True),
        ("Dmitri Peskov", "Dmitry Peskov", True),
        ("Joe Biden", "Hunter Biden", False),
        ("Ann Lowe", None, False),
    ],
)
def test_a_short_part_needs_the_same_person_not_only_the_same_surname(a, b, same):
    from server.core.match import same_person

    assert same_person(a, b) is same


def _own(text, speaker="Ann Lowe"):
    return quotation(text, speaker)


def test_the_own_speakers_words_rendered_another_way_are_a_variant_by_their_telling_words():
    page = _own("We are going to fight for each job, to the very end")
    other = "fight for each job, right to the end"
    [version] = rank_versions(page, [speaking(other, "Lowe", 1)])
    assert version.relation == "variant"
    assert rank_versions(page, [speaking(other, "Tom Hart", 1)]) == []
    assert rank_versions(page, [speaking(other, "Lowe", 1)], own_speaker_cutoff=90.0) == []


def test_another_translation_of_the_own_speakers_words_is_a_variant_from_seventy():
    page = _own("Solidarity cannot be optional, it must be mandatory and it must be automatic")
    other = "Solidarity cannot be voluntary: it must be compulsory and automatic"
    [version] = rank_versions(page, [speaking(other, "Lowe", 1)])
    assert version.relation == "variant" and 70 <= version.score < 80
    assert rank_versions(page, [speaking(other, "Tom Hart", 1)]) == []
    assert rank_versions(page, [speaking(other, None, 1)]) == []
    assert rank_versions(page, [speaking(other, "Lowe", 1)], own_speaker_cutoff=80.0) == []


def test_the_own_speakers_part_needs_fewer_telling_words_and_may_be_worded_a_little_apart():
    page = _own("We will not let one judgment stop us")  # two telling words: judgment, stop
    whole = (
        "We respect the court, but we will not let one judgment stop us from securing our borders"
    )
    assert [v.relation for v in rank_versions(page, [speaking(whole, "Lowe", 1)])] == ["extended"]
    assert rank_versions(page, [speaking(whole, "Tom Hart", 1)]) == []
    seen = _own("faster than anything I have seen")
    fire = "This fire is moving faster than anything I've seen in my thirty years"
    [version] = rank_versions(seen, [speaking(fire, "Lowe", 1)])
    assert version.relation == "extended" and version.score < 100
    tax = _own("There will be no tax increase in this fiscal year")
    raised = "There will be a tax increase in the next fiscal year to fund defence"
    assert rank_versions(tax, [speaking(raised, "Lowe", 1)]) == []


def test_the_own_speakers_wordings_sharing_a_run_at_one_end_overlap():
    page = _own("I have dreamed of this moment since I was six years old")
    other = (
        "Since I was six years old I dreamed of this moment, hitting the ball against the wall "
        "of my grandmother's house every single day"
    )
    assert [v.relation for v in rank_versions(page, [speaking(other, "Lowe", 1)])] == ["overlap"]
    assert rank_versions(page, [speaking(other, "Tom Hart", 1)]) == []
    middle = _own(
        "By the end of this parliament, no patient in this country will wait more than eighteen "
        "weeks for planned treatment"
    )
    scan = "No patient will wait more than eighteen weeks for a scan by the end of next year"
    assert rank_versions(middle, [speaking(scan, "Lowe", 1)]) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "We have recruited twelve thousand nurses in two years, and we will recruit twenty "
            "thousand more",
            "We have recruited 12,000 nurses in two years, and we will recruit 20,000 more",
        ),
        (
            "Three hundred billion is an insult to the people of the Pacific",
            "$300 billion is an insult to the people of the Pacific",
        ),
        (
            "We are spending four hundred thousand dollars per unit, and nobody can tell me why",
            "We are spending $400,000 per unit and nobody can tell me why",
        ),
    ],
)
def test_numbers_spelled_with_hundreds_and_thousands_agree_with_their_digits(a, b):
    assert compare(a, b) is not None and compare(b, a) is not None
    assert (
        compare(a, b.replace("12,000", "2,000").replace("$300", "$30").replace("400,000", "40,000"))
        is None
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Yevgeny Lavrentyev", "Evgeny Lavrentiev", True),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
        ("Mykhailo Podolyak", "Mikhail Podolyak", True),
        ("John Johnson", "John Johnston", False),
        ("Viktor Lazarev", "Viktor Lasarew", True),
        ("Hiroshi Takamura", "Takamura Hiroshi", True),
        ("Hiroshi Takamura", "Takamura Kenji", False),
    ],
)
def test_one_persons_name_in_two_transliterations(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Danielle", "Danielle Mercer", True),  # a family's story names her by her first name
        ("Danielle Mercer", "Danielle", True),
        ("Mercer", "Danielle Mercer", True),
        ("Tom", "Danielle Mercer", False),
        ("Danielle", "Tom", False),
    ],
)
def test_a_first_name_alone_is_the_person_its_full_name_names(a, b, same):
    assert same_person(a, b) is same


def test_a_part_of_seven_words_word_for_word_needs_three_telling_words():
    whole = "We have found no evidence that any patient has been harmed by the faulty scanners"
    part = "no evidence that any patient has been harmed"  # eight words, three telling
    assert compare(whole, part).relation == "fragment"
    assert compare(whole, "no evidence that any patient has been hurt") is None  # not word for word
    assert (
        compare("It happened about a year and a half ago in Kyiv", "a year and a half ago") is None
    )


def test_a_part_with_three_telling_words_is_one_in_its_own_speakers_mouth_only():
    page = _own(
        "This is not about their investigation, it is about any court ruling", "Elif Horvat"
    )
    whole = (
        "I have never prioritized their legal aid this year. This is not about their "
        "investigation, it is about any court ruling of the supreme court"
    )
    assert rank_versions(page, [speaking(whole, "Dmitri Nunes", 1)]) == []
    assert [v.relation for v in rank_versions(page, [speaking(whole, "Horvat", 1)])] == ["extended"]


def test_a_sentence_of_a_joined_quotation_is_found_by_itself():
    """'"X," she said. "Y."' is one quotation, "X, Y."; an outlet that quotes only X, or X
    in other words, quotes the statement a reader sees in it."""
    joined = (
        "We expect the harbour to reopen to ferries before the end of March, Every operator "
        "has been told to prepare its crews for a spring timetable."
    )
    alone = _own("We expect the harbour to open again to ferries before the end of March.")
    [version] = rank_versions(alone, [speaking(joined, "Lowe", 1)])
    assert version.relation == "extended"
    reader = _own(joined)
    [version] = rank_versions(reader, [speaking(alone.text, "Lowe", 1)])
    assert version.relation == "fragment"
    both = "We expect the harbour to open again to ferries before the end of March. It is safe."
    [version] = rank_versions(reader, [speaking(both, "Lowe", 1)])
    assert version.relation == "overlap"


def test_sentences_only_alike_in_other_words_are_no_overlap():
    page = _own(
        "In the second half we were brilliant. We won every header and every loose ball, "
        "It was a special night for the supporters."
    )
    other = "In the second half we were nowhere. We lost every single header and every loose ball."
    assert rank_versions(page, [speaking(other, "Lowe", 1)]) == []


def test_sentences_are_compared_in_the_own_speakers_mouth_only():
    """One sentence ("88 percent of drivers have applied for help") recurs in other people's
    statements: only the speaker's own sentence stands for their statement."""
    page = _own("Nine in ten drivers have applied for help.")
    other = (
        "Nine in ten drivers have applied for help, The scheme has worked far better than "
        "anyone in the ministry expected when it opened last spring after months of delay and "
        "two new ministers."
    )
    assert [v.relation for v in rank_versions(page, [speaking(other, "Lowe", 1)])] == ["extended"]
    assert rank_versions(page, [speaking(other, "Tom Hart", 1)]) == []
    assert rank_versions(page, [speaking(other, None, 1)]) == []


def test_the_own_speakers_part_worded_apart_keeps_its_telling_words():
    page = _own("Thank you so much to the whole crew.")
    whole = "Thank you so much to the volunteers who stood in the rain all afternoon"
    assert rank_versions(page, [speaking(whole, "Lowe", 1)]) == []
    retiring = _own("Retiring at 64 is not a punishment for our workers")
    whole = "Retirement at 64 is not a punishment for workers, it is the condition for saving it"
    assert [v.relation for v in rank_versions(retiring, [speaking(whole, "Lowe", 1)])] == [
        "extended"
    ]


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("sixty percent of our coal plants", "Since June, 60 percent of our coal plants have shut"),
        ("a minimum of twenty-two years", "You will serve a minimum of 22 years in prison"),
    ],
)
def test_a_part_spelling_a_number_the_whole_writes_in_digits_is_a_part(part, whole):
    [version] = rank_versions(_own(part), [speaking(whole, "Lowe", 1)])
    assert version.relation == "extended"
    assert (
        rank_versions(
            _own(part.replace("two", "three").replace("sixty", "seventy")),
            [speaking(whole, "Lowe", 1)],
        )
        == []
    )


def test_a_short_part_in_two_joined_quotations_sharing_its_sentence_is_one_statement():
    """The speaker's part "kept taking orders anyway" stands in two outlets' quotations that
    the finder joined with different next sentences: one statement, shown from both."""
    page = _own("kept taking orders anyway")
    first = "We know he kept taking orders anyway, Buyers lost everything."
    second = "We know he kept taking orders anyway. He lied to them,"
    found = rank_versions(page, [speaking(first, "Lowe", 1), speaking(second, "Lowe", 2)])
    assert [v.relation for v in found] == ["extended", "extended"]
    other = "We kept taking orders anyway because the plant had reopened by then"
    assert rank_versions(page, [speaking(first, "Lowe", 1), speaking(other, "Lowe", 2)]) == []


def test_fifty_grand_is_fifty_thousand():
    page = _own("I am going to spend the fifty grand on a new roof for the house")
    other = "I am going to spend the 50,000 on a new roof for the house"
    [version] = rank_versions(page, [speaking(other, "Lowe", 1)])
    assert version.relation == "variant"
    assert rank_versions(page, [speaking(other.replace("50,000", "5,000"), "Lowe", 1)]) == []


def test_an_article_printing_the_sentences_of_a_joined_quotation_apart_shows_each():
    joined = (
        "We expect the harbour to reopen to ferries before the end of March, Every operator "
        "has been told to prepare its crews for a spring timetable."
    )
    first = "We expect the harbour to reopen to ferries before the end of March."
    second = "Every operator has been told to prepare its crews for a spring timetable."
    candidates = [speaking(first, "Lowe", 1), replace(speaking(second, "Lowe", 1), quote_id=11)]
    found = rank_versions(_own(joined), candidates)
    assert sorted(v.candidate.text for v in found) == sorted([first, second])
    assert [v.candidate.text for v in rank_versions(_own(first), candidates)] == [first]


def test_an_article_printing_a_joined_sentence_with_more_after_it_shows_it_too():
    joined = (
        "We expect the harbour to reopen to ferries before the end of March. Every operator "
        "has been told to prepare its crews"
    )
    first = "We expect the harbour to reopen to ferries before the end of March."
    longer = (
        "The bridge will stay shut until the inspectors have finished their work, and every "
        "operator has been told to prepare its crews."
    )
    candidates = [speaking(first, "Lowe", 1), replace(speaking(longer, "Lowe", 1), quote_id=11)]
    found = {v.candidate.text: v.relation for v in rank_versions(_own(joined), candidates)}
    assert found == {first: "fragment", longer: "overlap"}
    assert rank_versions(_own(joined), [replace(candidates[1], speaker="Hart")]) == []


def test_a_quotation_its_attribution_cuts_is_compared_part_by_part_in_its_speakers_mouth():
    text = (
        '"We will keep hiring engineers in AI and security," Odum wrote, "and we expect our '
        'total headcount to grow again by the end of next year."'
    )
    [page] = find_quotations("Rachel Odum, the chief executive, sent a memo.\n\n" + text)
    assert len(page.parts) == 2 and page.speaker == "Rachel Odum"
    other = "We will keep hiring engineers in AI and security, because that is where customers are."
    [version] = rank_versions(page, [speaking(other, "Rachel Odum", 1)])
    assert version.relation == "overlap"
    assert rank_versions(page, [speaking(other, "Tom Brandt", 1)]) == []
    whole = Quotation(page.text, page.start, page.end, (Span(page.start, page.end),), page.speaker)
    assert rank_versions(whole, [speaking(other, "Rachel Odum", 1)]) == []  # one part: no overlap


def test_several_short_parts_of_the_pages_quotation_are_each_a_fragment_of_it():
    page = _own("He's eating, he's drinking, and he's back to his grumpy self.")
    first = speaking("He's eating, he's drinking", "Lowe", 1)
    last = replace(speaking("back to his grumpy self.", "Lowe", 2), quote_id=11)
    found = {v.candidate.text: v.relation for v in rank_versions(page, [first, last])}
    assert found == {first.text: "fragment", last.text: "fragment"}
    assert rank_versions(page, [replace(last, speaker="Tom Hart")]) == []


@pytest.mark.parametrize(
    ("spelled", "in_digits"),
    [
        ("These eight hundred and fifty homes will include", "These 850 homes will include"),
        ("a wrong that is a hundred and fifty years old", "a wrong that is 150 years old"),
        ("Five years ago we had 12 nurses", "5 years ago we had twelve nurses"),
    ],
)
def test_hundreds_and_numbers_spelled_either_way_are_the_same_words(spelled, in_digits):
    assert compare(spelled, in_digits) == Comparison(100.0, "variant")
    other = in_digits.replace("850", "800").replace("150", "160").replace("twelve", "eleven")
    assert compare(spelled, other) is None


@pytest.mark.parametrize(
    ("one", "same", "other"),
    [
        (
            "This fine of £14.2million reflects years of failure",
            "This fine of £14.2 million reflects years of failure",
            "This fine of £14.8 million reflects years of failure",
        ),
        (
            "We found out from a fifteen-minute video call",
            "We found out from a 15-minute video call",
            "We found out from a 16-minute video call",
        ),
        (  # crore and lakh, after the currency `normalize` puts first
            "Every month of delay adds Rs 45 crore to the cost of the project",
            "Every month of delay adds 450 million rupees to the cost of the project",
            "Every month of delay adds 45 million rupees to the cost of the project",
        ),
        (  # a share as a fraction or a percent
            "More than 600 parents wrote to us, and four out of five of them opposed the ban",
            "More than 600 parents wrote to us, and 80% of them opposed the ban",
            "More than 600 parents wrote to us, and 60% of them opposed the ban",
        ),
        (
            "Last year one in four farmed salmon in Scotland died before harvest",
            "Last year 25 per cent of farmed salmon in Scotland died before harvest",
            "Last year 20 per cent of farmed salmon in Scotland died before harvest",
        ),
        (  # weeks and fortnights in days
            "We expect to restore full supply to every home within three weeks",
            "We expect to restore full supply to every home within 21 days",
            "We expect to restore full supply to every home within 20 days",
        ),
        (
            "We lost around 310,000 fish across two sites in under a fortnight",
            "We lost around 310,000 fish across two sites in under two weeks",
            "We lost around 310,000 fish across two sites in under three weeks",
        ),
    ],
)
def test_a_number_glued_to_its_magnitude_or_unit_is_the_same_number(one, same, other):
    assert compare(one, same) is not None
    assert compare(one, other) is None


@pytest.mark.parametrize(
    ("page", "other", "speakers", "relation"),
    [
        (
            "the blots were too clean",
            "Everyone in the lab knew the blots were too clean.",
            (None, None),
            "extended",
        ),
        (
            "closer to two thousand roles",
            "We believe closer to 2,000 roles are affected.",
            ("Dave Lomax", "Lomax"),
            "extended",
        ),
        (
            "Our own tests found the next best thing: water in vapour form.",
            "next best thing",
            ("Lucas Paganini", "Paganini"),
            "fragment",
        ),
        (
            "we will open the school",
            "We will not open the school until it is safe.",
            (None, None),
            None,
        ),
        (
            "the blots were too clean",
            "Everyone in the lab knew the blots were too clean.",
            ("Ana Ruiz", "Tom Hale"),
            None,
        ),
        ("next best thing", "we have found the next best thing: water", (None, None), None),
        (
            "Dropping a player of her class before the world championships is madness.",
            "madness.",
            ("Anirudh Pillai", "Pillai"),
            "fragment",
        ),  # one word in the same speaker's mouth, within the story's reports
        (
            "madness",
            "Dropping a player of her class before the world championships is madness.",
            ("Anirudh Pillai", "Anirudh Pillai"),
            "extended",
        ),
        ("madness", "Dropping a player now is madness.", (None, None), None),
        ("madness", "Dropping a player now is madness.", ("Anirudh Pillai", "Tom Hale"), None),
        (
            "That is a closure for them",
            "Management says this is not a closure, but 400 workers were told not to come back. "
            "That is a closure for them.",
            ("Ibrahim Danladi", "Danladi"),
            "extended",
        ),  # one telling word, within the story's reports
        ("it is what it is", "Well, it is what it is, and we move on.", (None, None), None),
    ],
)
def test_story_parts_are_short_parts_word_for_word(page, other, speakers, relation):
    quote = quotation(page, speakers[0])
    found = story_parts(quote, [speaking(other, speakers[1], 2)])
    assert [version.relation for version in found] == ([relation] if relation else [])


def test_a_week_with_no_number_is_no_number_of_days():
    one = "We have recorded 312 suspected cases and 17 deaths across the nine areas since last week"
    other = (
        "We have recorded 312 suspected cases and 17 deaths across the nine areas since last month"
    )
    assert compare(one, other).relation == "variant"  # "last week" is not 7 (days)


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        (  # one word put for another
            "This is not a gimmick. It is the biggest insulation programme this country has seen "
            "in a generation",
            "the biggest insulation scheme this country has seen in a generation",
        ),
        (  # a "not" the whole writes apart, contracted
            "Customers will not pay a penny of this fine through their bills. We are sorry for "
            "the failures that led to it, and we will fix them.",
            "customers won't pay a penny of this fine through their bills",
        ),
    ],
)
def test_a_long_part_written_slightly_otherwise_is_a_fragment(whole, part):
    assert compare(whole, part).relation == "fragment"
    assert compare(part, whole).relation == "extended"


def test_a_contracted_not_is_no_part_of_a_whole_that_denies_nothing():
    part = "customers won't pay a penny of this fine through their bills"
    assert compare("Customers will pay a penny of this fine through their bills now.", part) is None


@pytest.mark.parametrize(
    "part",
    [
        "the biggest insulation scheme this country has not seen in a generation",  # a denial
        "biggest insulation scheme this country",  # too short to stand for the whole
    ],
)
def test_a_part_with_a_denial_or_few_words_changed_is_no_fragment(part):
    whole = (
        "This is not a gimmick. It is the biggest insulation programme this country has seen "
        "in a generation"
    )
    assert compare(whole, part) is None


def test_a_number_put_for_its_digits_in_a_part_is_read_by_the_number_rules():
    whole = "My mum lay on a trolley for 31 hours with a broken hip, and nobody came to her"
    part = "My mum lay on a trolley for thirty-one hours with a broken hip"
    assert compare(whole, part).relation == "fragment"


WHOLE = (
    "The board told us in March that the unit was safe, and it was not. This community deserves "
    "the truth about what happened to those mothers."
)


def spoken(text: str, quote_id: int, article_id: int, speaker: str | None) -> Candidate:
    return Candidate(quote_id, article_id, text, speaker, "", "", None, None)


def fuller(text: str, speaker: str | None = "Doug Fairbairn") -> Version:
    return Version(spoken(text, 1, 1, speaker), 100.0, "extended")


@pytest.mark.parametrize(
    ("page", "other", "speakers", "parts"),
    [
        (  # two outlets quoted two parts of one statement that a third quoted whole
            "This community deserves the truth about what happened",
            "told us in March that the unit was safe",
            ("Doug Fairbairn", None),
            ["told us in March that the unit was safe"],
        ),
        (  # another known speaker's words are not another part of this one's statement
            "This community deserves the truth about what happened",
            "told us in March that the unit was safe",
            ("Doug Fairbairn", "Helen Gartside"),
            [],
        ),
        (  # a short part in the same speaker's mouth is one ("reckless and unfunded")
            "This community deserves the truth about what happened",
            "the unit was safe",
            ("Doug Fairbairn", "Doug Fairbairn"),
            ["the unit was safe"],
        ),
        (  # unattributed, it is too short to tell
            "This community deserves the truth about what happened",
            "the unit was safe",
            ("Doug Fairbairn", None),
            [],
        ),
        (  # and one of two words is too short even in the speaker's mouth
            "This community deserves the truth about what happened",
            "was safe",
            ("Doug Fairbairn", "Doug Fairbairn"),
            [],
        ),
        (  # nor is a quotation of two words a part to look for others of
            "deserves truth",
            "told us in March that the unit was safe",
            ("Doug Fairbairn", None),
            [],
        ),
    ],
)
def test_other_parts_of_a_fuller_version(page, other, speakers, parts):
    quoted = quotation(page, speakers[0])
    found = other_parts(quoted, [fuller(WHOLE)], [spoken(other, 7, 3, speakers[1])])
    assert [(v.candidate.text, v.relation) for v in found] == [(text, "part") for text in parts]


def test_other_parts_give_different_numbers_no_version():
    whole = "Patients on the drug had 40% fewer migraine days, and 14% fewer needed rescue tablets."
    quoted = quotation("Patients on the drug had 40% fewer migraine days")
    same_figure = spoken("and 14% fewer needed rescue tablets", 7, 3, None)
    assert [v.relation for v in other_parts(quoted, [fuller(whole, None)], [same_figure])] == []
    words_only = spoken("fewer needed rescue tablets on the trial", 8, 4, None)
    whole_words = whole.replace(".", " on the trial.")
    assert [v.relation for v in other_parts(quoted, [fuller(whole_words, None)], [words_only])] == [
        "part"
    ]


def test_other_parts_leave_out_the_fuller_versions_own_article():
    quoted = replace(quotation("This community deserves the truth about what happened"))
    same_article = spoken("told us in March that the unit was safe", 7, 1, None)
    assert other_parts(quoted, [fuller(WHOLE)], [same_article]) == []


def test_the_same_persons_part_word_for_word_is_a_part_not_a_variant():
    short = "no plans to close the brewery"
    page = quotation(short, "Maarten de Kuyper")
    longer = "no plans to close the brewery or cut jobs"
    [version] = rank_versions(page, [speaking(longer, "De Kuyper", 1)])
    assert (version.relation, version.score) == ("extended", 100.0)
    [loose] = rank_versions(
        page, [speaking("no plans to shut the brewery or cut jobs", "De Kuyper", 1)]
    )
    assert loose.relation == "variant"


def test_an_articles_version_of_the_quotations_own_words_comes_before_another_part():
    page = quotation("no plans to close the brewery")
    own = replace(speaking("no plans to close the brewery or cut jobs", None, 1), quote_id=11)
    other = replace(speaking("nothing that drinkers love is going to change", None, 1), quote_id=12)
    kept = rank_related(page, [Version(other, 100.0, "part"), Version(own, 83.0, "variant")])
    assert [(v.candidate.quote_id, v.relation) for v in kept] == [(11, "variant")]


def test_an_articles_version_in_the_speakers_mouth_comes_before_anothers_echo_of_it():
    """One article printed the owners' words and the union's echo of them; the page quotes the
    owners: their own words are the article's version, not the echo, though it scores more."""
    text = "We are not against workers getting paid more"
    page = quotation(text, "Brent Haugen")
    own = replace(
        speaking(
            "We're not against workers getting paid more, we're against one number", "Haugen", 1
        ),
        quote_id=11,
    )
    echo = replace(
        speaking(
            "They say they are not against workers getting paid more. Then pay them.",
            "Luz Carrillo",
            1,
        ),
        quote_id=12,
    )
    found = [Version(echo, 97.7, "extended"), Version(own, 90.0, "extended")]
    kept = rank_related(page, found)
    assert [(v.candidate.quote_id, v.relation) for v in kept] == [(11, "extended")]
    [alone] = rank_related(page, found[:1])
    assert alone.candidate.quote_id == 12


def test_a_particle_opens_a_surname_but_al_is_a_first_name():
    assert same_person("De Kuyper", "Maarten de Kuyper")
    assert same_person("Le Pen", "Marine Le Pen")
    assert not same_person("Al Smith", "John Smith")


def test_of_two_parts_an_article_printed_the_one_beside_the_quotation_in_the_whole_comes_first():
    whole = (
        "This government promised to balance the books by 2026, and now it is 2028. A "
        "$1.2-billion deficit is not a rainy-day decision; it is a decision to let it rain on "
        "our kids."
    )
    page = quotation("It is a decision to let it rain on our kids", "Wade Kuchma")
    far = spoken("This government promised to balance the books by 2026", 7, 3, "Wade Kuchma")
    near = spoken("not a rainy-day decision", 8, 3, "Wade Kuchma")
    found = other_parts(page, [fuller(whole, "Wade Kuchma")], [far, near])
    assert [v.candidate.quote_id for v in found] == [8, 7]
    [kept] = rank_related(page, found)
    assert kept.candidate.text == "not a rainy-day decision"


def test_a_firm_with_its_legal_form_and_without_is_one_speaker():
    assert same_speaker("Sideline Media Ltd", "Sideline Media")
    assert same_person("Heartland Cold Storage LLC", "Heartland Cold Storage")
    assert not same_speaker("Sideline Media Ltd", "Northlight Media Group")


def test_a_firm_and_the_person_who_speaks_for_it_are_not_two_known_speakers():
    """A company's words given to its chief executive by one outlet and to the company by
    another are one statement's versions; two people's are not."""
    statement = "No woman in the region will have to drive more than 40 minutes to a labour ward"
    page = quotation(statement, "Elbtal Kliniken")
    other = statement.replace("a labour ward", "the nearest delivery room")
    [version] = rank_versions(page, [speaking(other, "Katharina Weissmueller", 1)])
    assert version.relation == "variant"
    two_people = replace(page, speaker="Karl Brandt")
    assert rank_versions(two_people, [speaking(other, "Jens Roth", 1)]) == []


PLANT_WIRE = (
    "We are going to fight for every single job at this plant until the very last day, and "
    "we will not accept its closure."
)
PLANT_PAPER = (
    "We are going to fight for each and every job at this factory until the very last day, "
    "and we will not accept its closure."
)


@pytest.mark.parametrize(
    ("score", "speaker", "found"),
    [
        (100.0, "Maria Lopes", [("extended", 89.7)]),
        (100.0, None, [("extended", 89.7)]),
        (100.0, "Rui Fonseca", []),  # another known speaker's
        (75.0, "Maria Lopes", []),  # a step under the score cutoff
    ],
)
def test_another_translation_of_the_whole_a_quotation_is_a_part_of_is_a_version(
    score, speaker, found
):
    """The page quotes a part of the union leader's statement; the wire printed the whole, a
    paper its own translation of the whole, which holds the part in other words: the paper's
    is a version through the wire's (`extended`, the lower score), in her mouth or no one's."""
    part = "fight for every single job at this plant until the very last day"
    page = quotation(part, "Maria Lopes")
    assert compare(part, PLANT_PAPER) is None
    wire = Version(speaking(PLANT_WIRE, "Lopes", 1), score, "extended")
    paper = speaking(PLANT_PAPER, speaker, 2)
    through = versions_through(page, [wire], [paper])
    assert [(v.relation, v.score) for v in through] == found


def test_two_parts_of_a_whole_are_no_versions_through_it():
    """Another part of the wire's statement is `other_parts`' to find, by its place."""
    page = quotation("fight for every single job at this plant", "Maria Lopes")
    wire = Version(speaking(PLANT_WIRE, "Lopes", 1), 100.0, "extended")
    other = speaking("we will not accept its closure", "Lopes", 2)
    assert versions_through(page, [wire], [other]) == []
