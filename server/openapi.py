"""The API described as OpenAPI 3.0, served at /api/v1/openapi.json and tested by schemathesis."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .core.match import RELATIONS

# A character the server does not strip as blank (str.strip), in both regex dialects: JSON
# Schema's (ECMA) \s lacks the separators U+001C-U+001F and U+0085 that Python strips.
NOT_BLANK = "[^\\s\\x1c-\\x1f\\x85]"
_ERROR = {"$ref": "#/components/schemas/Error"}
_JSON_ERROR = {"content": {"application/json": {"schema": _ERROR}}}


def _errors(*statuses: int) -> dict:
    words = {
        400: "Malformed JSON or a missing or wrong field",
        401: "QUOTETRAIL_TOKEN is set and the request does not carry it",
        403: "A web origin other than the backend's own page",
        404: "No such route or article",
        405: "Method not allowed on this route",
        413: "Body or text over the limit",
        415: "The body is not application/json",
        421: "The Host header is not a loopback name and port of this server",
        503: "The corpus cannot be opened",
    }
    return {str(status): {"description": words[status], **_JSON_ERROR} for status in statuses}


_COMMON_ERRORS = (401, 403, 405, 421, 503)

_SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            }
        },
    },
    "Segment": {
        "type": "object",
        "required": ["op", "a", "b"],
        "properties": {
            "op": {"type": "string", "enum": ["equal", "insert", "delete", "replace", "move"]},
            "a": {"type": "string"},
            "b": {"type": "string"},
            "move_id": {"type": "integer"},
        },
    },
    "Version": {
        "type": "object",
        "required": ["text", "outlet", "url", "score", "relation", "diff"],
        "properties": {
            "text": {"type": "string"},
            "speaker": {"type": "string", "nullable": True},
            "outlet": {"type": "string"},
            "url": {"type": "string"},
            "title": {"type": "string", "nullable": True},
            "published": {"type": "string", "nullable": True},
            "score": {"type": "number", "minimum": 0, "maximum": 100},
            "relation": {
                "type": "string",
                "enum": list(RELATIONS),
            },
            "diff": {"type": "array", "items": {"$ref": "#/components/schemas/Segment"}},
        },
    },
    "Quotation": {
        "type": "object",
        "required": ["text", "start", "end", "speaker", "versions"],
        "properties": {
            "text": {"type": "string"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "speaker": {"type": "string", "nullable": True},
            "role": {"type": "string", "nullable": True},
            "verb": {"type": "string", "nullable": True},
            "parts": {
                "type": "array",
                "items": {"type": "array", "items": {"type": "integer"}},
            },
            "versions": {"type": "array", "items": {"$ref": "#/components/schemas/Version"}},
        },
    },
    "MatchRequest": {
        "type": "object",
        "description": "The page: exactly one of text or html, not blank.",
        "properties": {
            "url": {"type": "string"},
            "title": {"type": "string"},
            "text": {"type": "string", "pattern": NOT_BLANK},
            "html": {"type": "string", "pattern": NOT_BLANK},
        },
        "oneOf": [
            {"required": ["text"], "not": {"required": ["html"]}},
            {"required": ["html"], "not": {"required": ["text"]}},
        ],
    },
    "ArticleSummary": {
        "type": "object",
        "required": ["id", "url", "outlet"],
        "properties": {
            "id": {"type": "integer"},
            "url": {"type": "string"},
            "outlet": {"type": "string"},
            "title": {"type": "string", "nullable": True},
            "published": {"type": "string", "nullable": True},
            "quotes": {"type": "integer"},
        },
    },
}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _paths() -> dict:
    article_list = {"type": "array", "items": {"$ref": "#/components/schemas/ArticleSummary"}}
    return {
        "/api/v1/health": {
            "get": {
                "summary": "Is the backend up, and how big is its corpus",
                "responses": {
                    "200": {
                        "description": "Up",
                        **_json(
                            {
                                "type": "object",
                                "required": ["status", "articles", "quotes"],
                                "properties": {
                                    "status": {"type": "string", "enum": ["ok"]},
                                    "articles": {"type": "integer"},
                                    "quotes": {"type": "integer"},
                                },
                            }
                        ),
                    },
                    **_errors(*_COMMON_ERRORS),
                },
            }
        },
        "/api/v1/match": {
            "post": {
                "summary": "The page's quotations with other outlets' versions",
                "requestBody": {
                    "required": True,
                    **_json({"$ref": "#/components/schemas/MatchRequest"}),
                },
                "responses": {
                    "200": {
                        "description": "Quotations in order, each with its versions",
                        **_json(
                            {
                                "type": "object",
                                "required": ["quotes"],
                                "properties": {
                                    "quotes": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Quotation"},
                                    }
                                },
                            }
                        ),
                    },
                    **_errors(400, 413, 415, *_COMMON_ERRORS),
                },
            }
        },
        "/api/v1/articles": {
            "get": {
                "summary": "Articles of the corpus, newest first",
                "parameters": [
                    _int_query("limit", 1, 1000),
                    _int_query("offset", 0, 1_000_000_000),
                ],
                "responses": {
                    "200": {
                        "description": "A page of articles",
                        **_json(
                            {
                                "type": "object",
                                "required": ["articles"],
                                "properties": {"articles": article_list},
                            }
                        ),
                    },
                    **_errors(400, *_COMMON_ERRORS),
                },
            }
        },
        "/api/v1/articles/{article_id}": {
            "get": {
                "summary": "One article with its text",
                "parameters": [
                    {
                        "name": "article_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 0},
                    }
                ],
                "responses": {
                    "200": {"description": "The article", **_json({"type": "object"})},
                    **_errors(404, *_COMMON_ERRORS),
                },
            }
        },
    }


def _int_query(name: str, lowest: int, highest: int) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": lowest, "maximum": highest},
    }


def openapi_document() -> dict:
    try:
        release = version("quotetrail")
    except PackageNotFoundError:
        release = "0"
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "QuoteTrail",
            "version": release,
            "description": "Other outlets' versions of a page's quotations, from a local corpus.",
        },
        "paths": _paths(),
        "components": {"schemas": _SCHEMAS},
    }
