"""HTTP routes: parse the request, call the service, serialise. Nothing else."""

from __future__ import annotations

import json
import re
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request, send_from_directory
from markupsafe import escape

from .db import get_corpus
from .errors import InputError, NotFoundError, QuoteTrailError, TooLargeError
from .openapi import openapi_document
from .service import MatchPolicy, match_page, match_response, page_text

api = Blueprint("api", __name__)

_MAX_LIST_LIMIT = 1000
_MAX_SQLITE_ID = 2**63 - 1
# int() alone would also take "1_0", " 1" and other scripts' digits.
_WHOLE_NUMBER = re.compile(r"-?[0-9]+")


class UnsupportedMediaType(QuoteTrailError):
    status = 415
    code = "unsupported_media_type"


@api.get("/")
def index():
    """The page for people without the extension; with a token set, the page carries it (only
    same-origin scripts can read it, and only this machine's names reach it)."""
    token = current_app.config.get("TOKEN")
    if not token:
        return send_from_directory(current_app.static_folder, "index.html")
    page = (Path(current_app.static_folder) / "index.html").read_text(encoding="utf-8")
    meta = f'<meta name="quotetrail-token" content="{escape(token)}">'
    return page.replace("<head>", f"<head>\n  {meta}", 1)


@api.get("/api/v1/openapi.json")
def openapi():
    return jsonify(openapi_document())


@api.get("/api/v1/health")
def health():
    articles, quotes = get_corpus().counts()
    return jsonify({"status": "ok", "articles": articles, "quotes": quotes})


@api.route("/api/v1/match", methods=["POST", "OPTIONS"])
def match():
    if request.method == "OPTIONS":
        return "", 204
    body = _json_body()
    for name in ("url", "title", "text", "html"):
        if name in body and not isinstance(body[name], str):
            raise InputError(f'"{name}" must be a string')
    policy = MatchPolicy.from_settings(current_app.config)
    text = page_text(
        text=body.get("text"),
        html=body.get("html"),
        max_chars=policy.max_text_chars,
        max_tags=policy.max_html_tags,
    )
    matched = match_page(get_corpus(), text, policy, url=body.get("url"))
    return jsonify(match_response(matched))


@api.get("/api/v1/articles")
def articles():
    limit = _int_arg("limit", default=100, lowest=1, highest=_MAX_LIST_LIMIT)
    offset = _int_arg("offset", default=0, lowest=0, highest=10**9)
    return jsonify({"articles": get_corpus().list_articles(limit=limit, offset=offset)})


@api.get("/api/v1/articles/<int:article_id>")
def article(article_id: int):
    found = get_corpus().get_article(article_id) if article_id <= _MAX_SQLITE_ID else None
    if found is None:
        raise NotFoundError(f"No article {article_id} in the corpus.")
    return jsonify(found)


def _json_body() -> dict:
    if not request.is_json:
        raise UnsupportedMediaType(
            "Send the request body as JSON (Content-Type: application/json)."
        )
    data = request.get_data()
    if request.content_length is None and len(data) >= current_app.config["MAX_REQUEST_BYTES"]:
        # A chunked body is cut at the limit by werkzeug, not refused: refuse it here.
        raise TooLargeError("The request body is larger than this server accepts.")
    try:
        body = json.loads(data)
    except (ValueError, RecursionError):  # RecursionError: nested too deep
        raise InputError("The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise InputError("The request body must be a JSON object.")
    return body


def _int_arg(name: str, *, default: int, lowest: int, highest: int) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not _WHOLE_NUMBER.fullmatch(raw):
        raise InputError(f"{name} must be a whole number")
    value = int(raw)
    if not lowest <= value <= highest:
        raise InputError(f"{name} must be between {lowest} and {highest}")
    return value
