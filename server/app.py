"""The Flask application: settings, the corpus per request, one error handler."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Flask, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from . import settings as settings_module
from .api import api
from .corpus import explain, open_corpus
from .db import IDLE_CORPORA, READ_THREADS, IdleCorpora, close_corpus, read_threads
from .errors import QuoteTrailError, error_body
from .guard import TOKEN_HEADER, check_request, check_token_setting, is_extension_origin

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    500: "internal_error",
}


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app; `test_config` overrides any setting (DB_PATH, limits...)."""
    app = Flask(__name__, static_folder=str(Path(__file__).parent / "static"))
    app.config.update(settings_module.load(test_config))
    app.config["MAX_CONTENT_LENGTH"] = app.config["MAX_REQUEST_BYTES"]
    check_token_setting(app.config["TOKEN"] or "")
    app.json.sort_keys = False
    open_corpus(app.config["DB_PATH"]).close()  # create and migrate once, at start

    app.before_request(check_request)
    app.register_blueprint(api)
    app.extensions[IDLE_CORPORA] = IdleCorpora(app.config["SQLITE_IDLE_CONNECTIONS"])
    app.extensions[READ_THREADS] = read_threads(app.config)
    app.teardown_appcontext(close_corpus)
    app.register_error_handler(QuoteTrailError, _quotetrail_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(sqlite3.Error, _corpus_error)
    app.register_error_handler(Exception, _unexpected_error)
    app.after_request(_security_headers)
    return app


def _quotetrail_error(error: QuoteTrailError):
    return jsonify(error_body(error.code, error.message)), error.status


def _http_error(error: HTTPException):
    status = error.code or 500
    code = _HTTP_CODES.get(status, "http_error")
    message = error.description or error.name
    if status == 413:
        message = "The request body is larger than this server accepts."
    response = jsonify(error_body(code, message))
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value  # Allow on 405, and the like
    return response, status


def _corpus_error(error: sqlite3.Error):
    message = f"The corpus cannot be read right now: {explain(error)}"
    return jsonify(error_body("corpus_unavailable", message)), 503


def _unexpected_error(error: Exception):
    current_app.logger.exception("Unexpected error: %s", error)
    return jsonify(error_body("internal_error", "Something went wrong in QuoteTrail.")), 500


def _security_headers(response):
    origin = request.headers.get("Origin", "")
    if is_extension_origin(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = f"Content-Type, {TOKEN_HEADER}"
        response.headers["Access-Control-Max-Age"] = "600"
        response.headers["Vary"] = "Origin"
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
