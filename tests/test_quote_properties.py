"""Property-based tests of the quotation extractor: whatever the text, its answers hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from server.core.quotes import find_quotations

MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a"
WORDS = [
    "said",
    "Peskov",
    "he",
    "told",
    "reporters",
    "We",
    "will",
    "win",
    "the",
    "O'Brien",
    "players'",
    "'90s",
    "according",
    "to",
    "Anna Lind",
    "she",
    "added",
    ":",
    ",",
    ".",
    "\n",
    "\n\n",
    " ",
]
news_like = st.lists(
    st.sampled_from(WORDS) | st.sampled_from(list(MARKS)) | st.text(max_size=3), max_size=120
).map(" ".join)
anything = st.text(max_size=400)


def check_invariants(text: str) -> None:
    found = find_quotations(text, include_scare_quotes=True)
    previous_end = -1
    for quote in found:
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start == quote.parts[0].start and quote.end == quote.parts[-1].end
        for part in quote.parts:
            assert previous_end <= part.start < part.end
            previous_end = part.end
        assert quote.text == " ".join(text[p.start : p.end] for p in quote.parts)
        assert quote.text == quote.text.strip()
        assert quote.speaker is None or quote.speaker.strip() == quote.speaker != ""


@given(news_like)
@settings(max_examples=400, deadline=None)
def test_news_like_text_gives_well_formed_quotations(text):
    check_invariants(text)


@given(anything)
@settings(max_examples=300, deadline=None)
def test_any_text_gives_well_formed_quotations(text):
    check_invariants(text)


@given(st.lists(st.sampled_from(list(MARKS) + [" ", "a", "\n"]), max_size=3000).map("".join))
@settings(max_examples=60, deadline=None)
def test_runs_of_marks_give_well_formed_quotations(text):
    check_invariants(text)
