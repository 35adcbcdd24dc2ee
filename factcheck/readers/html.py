"""Web pages: the article's main text, without the page around it, by trafilatura.

Menus, sidebars, footers, comments and scripts carry figures that are no part
of the article ("Subscribe for $1 a week", a football score): trafilatura keeps
the main text only, and reads the title, author, date and site name from the
page's metadata; the language comes from ``<html lang>``. Paragraphs are
separated by blank lines, and offsets count code points of this extracted
text, which ``factcheck extract`` documents in the claims file it writes.
"""

from __future__ import annotations

import functools
from typing import Any

from factcheck.readers import Article, ReaderError, register, require


@functools.cache
def _config() -> Any:
    settings = require("trafilatura.settings", None)
    config = settings.use_config()
    # A short page is still an article: below the default 250 characters trafilatura falls
    # back to a baseline that puts every inline element (a bold figure) on a line of its own.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    # A date is the page's own (its metadata, a <time> element), never one guessed from the
    # words: "in 2024" in the text is no publication date.
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    # Its timeout uses signals, which only the main thread may set (the server reads in others).
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _language(data: bytes) -> str | None:
    lxml_html = require("lxml.html", None)
    try:
        root = lxml_html.document_fromstring(data)
    except (ValueError, TypeError, SyntaxError):
        return None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return str(lang).strip() or None if lang else None


@register(
    "html",
    suffixes=(".html", ".htm", ".xhtml"),
    content_types=("text/html", "application/xhtml+xml"),
    library="trafilatura",
)
def read(data: bytes) -> Article:
    """A web page's main text (trafilatura), with its title, author, date, site and language."""
    trafilatura = require("trafilatura", None)
    found = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        config=_config(),
    )
    body = getattr(found, "text", None) if found is not None else None
    if not body or not body.strip():
        raise ReaderError("found no article text in this page")
    text = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    return Article(
        text,
        "html",
        title=found.title or None,
        author=found.author or None,
        date=found.date or None,
        site_name=found.sitename or None,
        language=_language(data),
    )
