"""Named errors, translated into the one JSON error shape (API) or one line (CLI) in one place."""

from __future__ import annotations


class QuoteTrailError(Exception):
    """An expected failure with a message meant for the user."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(QuoteTrailError):
    """The input is malformed or misses a required field."""


class TooLargeError(InputError):
    status = 413
    code = "too_large"


class CorpusError(QuoteTrailError):
    """The corpus file cannot be opened, read or written."""

    status = 503
    code = "corpus_unavailable"


class NotFoundError(QuoteTrailError):
    status = 404
    code = "not_found"


def error_body(code: str, message: str) -> dict:
    """The one error shape of the API."""
    return {"error": {"code": code, "message": message}}
