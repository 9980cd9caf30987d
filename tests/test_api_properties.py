"""Property-based tests of the API: schemathesis over the served OpenAPI document, hypothesis
over arbitrary JSON bodies. Whatever comes in, the answer is documented JSON, never a 5xx."""

from __future__ import annotations

import json
import re

import pytest
import schemathesis
from conftest import LiveServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.app import create_app
from server.openapi import openapi_document

EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def module_server(tmp_path_factory):
    from conftest import LIMITS, SEEDS

    from server.corpus import open_corpus
    from server.importer import import_sources

    path = str(tmp_path_factory.mktemp("corpus") / "corpus.db")
    corpus = open_corpus(path)
    import_sources(corpus, [str(SEEDS)], LIMITS)
    corpus.close()
    server = LiveServer(create_app({"DB_PATH": path, "MAX_REQUEST_BYTES": 200_000}))
    yield server
    server.stop()


schema = schemathesis.openapi.from_dict(openapi_document())


@schema.parametrize()
@EXAMPLES
def test_every_operation_conforms_to_its_document(case, module_server):
    case.call_and_validate(base_url=module_server.url)


def test_the_served_document_is_the_one_tested(module_server):
    answer = module_server.request("GET", "/api/v1/openapi.json")
    assert answer.status == 200 and answer.body == openapi_document()
    assert set(answer.body["paths"]) >= {"/api/v1/match", "/api/v1/health"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)
match_bodies = (
    st.dictionaries(
        st.sampled_from(["text", "html", "url", "title", "other"]), json_values, max_size=4
    )
    | json_values
)


@given(body=match_bodies)
@EXAMPLES
def test_any_json_body_gets_a_documented_answer(module_server, body):
    answer = module_server.request(
        "POST",
        "/api/v1/match",
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    assert answer.status in (200, 400, 413)
    assert isinstance(answer.body, dict)
    if answer.status != 200:
        assert set(answer.body["error"]) == {"code", "message"}


@given(raw=st.binary(max_size=400))
@EXAMPLES
def test_any_bytes_get_a_documented_answer(module_server, raw):
    answer = module_server.request(
        "POST", "/api/v1/match", body=raw, headers={"Content-Type": "application/json"}
    )
    assert answer.status in (200, 400)
    assert isinstance(answer.body, dict)


# What \s means in JSON Schema's regex dialect (ECMA-262): WhiteSpace and LineTerminator.
ECMA_SPACE = "\t\n\v\f\r \xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def test_blank_means_the_same_to_the_document_and_the_server():
    """A page the document allows is never one the server refuses as blank (str.strip)."""
    pattern = openapi_document()["components"]["schemas"]["MatchRequest"]["properties"]["text"]
    as_python = re.compile(pattern["pattern"])
    ecma = pattern["pattern"].replace("\\S", f"[^{ECMA_SPACE}]").replace("\\s", ECMA_SPACE)
    as_ecma = re.compile(ecma)
    blanks = [chr(code) for code in range(0x3001) if chr(code).isspace()]
    for dialect in (as_python, as_ecma):
        assert not [blank for blank in blanks if dialect.search(blank * 2)]
        assert dialect.search(" \x85a")
