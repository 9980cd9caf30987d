"""Hostile pages over real HTTP: each gets an answer, and the server keeps serving."""

from __future__ import annotations

import pytest

MB = 1_000_000
HOSTILE = {
    "a 5 MB article": ("text", "Word " * MB, 413),
    "10,000 quotation marks": ("text", '"' * 10_000, 200),
    "10,000 opening curly marks with words": ("text", "\u201cword " * 10_000, 200),
    "a run of apostrophes and letters": ("text", "'a " * 100_000, 200),
    "spaces and punctuation": ("text", " " * 500_000 + "." * 500_000, 200),
    "deeply nested HTML": ("html", "<div>" * 50_000 + "deep" + "</div>" * 50_000, 200),
    "endless nesting": ("html", "<b>" * 300_000, 413),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_page(live, name):
    field, value, status = HOSTILE[name]
    answer = live.request("POST", "/api/v1/match", json_body={field: value})
    assert answer.status == status, answer.body
    assert isinstance(answer.body, dict)
    assert live.request("GET", "/api/v1/health").status == 200
