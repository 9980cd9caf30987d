"""A fetched page's article text and metadata, with trafilatura.

An adapter, not part of the core: importing trafilatura loads urllib3. The text
comes out one paragraph per line with blank lines between, like the core's own
HTML reduction (`core.text.html_to_text`), which stands in when trafilatura finds
no article at all. Seed-style boilerplate is left to the core, which blanks it
when quotations are found.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from trafilatura.utils import load_html

from .core.text import html_to_text
from .core.urls import language_tag


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    canonical_url: str | None = None
    language: str | None = None


def extract_page(html: str, url: str | None = None) -> ExtractedPage:
    """The article of an HTML page: text, title, author, date, canonical URL, language."""
    tree = load_html(html)
    if tree is None:
        return ExtractedPage(text=html_to_text(html))
    language = _declared_language(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    body = document.text if document is not None else None
    text = _paragraphs(body) if body else html_to_text(html)
    if document is None:
        return ExtractedPage(text=text, language=language)
    return ExtractedPage(
        text=text,
        title=document.title or None,
        author=document.author or None,
        published=document.date or None,
        canonical_url=document.url if document.url and document.url != url else None,
        language=language,
    )


def article_text(html: str) -> str:
    """Only the article text of a page (what the extraction benchmark scores)."""
    return extract_page(html).text


def _declared_language(tree) -> str | None:
    """The page's language as it declares it: <html lang>, or a content-language meta."""
    declared = tree.get("lang") or tree.get("xml:lang")
    if not declared:
        for meta in tree.iterfind(".//meta"):
            name = (meta.get("http-equiv") or meta.get("property") or "").lower()
            if name in ("content-language", "og:locale"):
                declared = meta.get("content")
                break
    return language_tag(declared)


def _paragraphs(body: str) -> str:
    return "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
