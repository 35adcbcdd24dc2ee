"""Reading an article: plain text, Markdown or HTML, as the text offsets count in.

Plain text and Markdown are read as they are, so offsets count code points of
the file itself (Markdown markup is simply not a figure). HTML is parsed with
the standard library's :class:`html.parser.HTMLParser`: the offsets then count
code points of the *extracted* text (scripts, styles and the head left out,
block elements separated by blank lines, runs of whitespace collapsed), which
:func:`html_to_text` returns and ``factcheck extract`` documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

from factcheck._inputs import read_input

__all__ = ["Article", "html_to_text", "read_article", "sniff_format"]

Format = Literal["text", "markdown", "html"]

_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})


@dataclass(frozen=True, slots=True)
class Article:
    """The text the extractor reads, its title if the markup gives one, and its format."""

    text: str
    title: str | None
    format: Format
    #: The ``lang`` of the page's ``<html>`` element, if it has one.
    language: str | None = None


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIP:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.in_h1 = self.in_h1 or tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            if tag == "h1":
                self.in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            text = re.sub(r"\s+", " ", data)
            self.parts.append(text)
            if self.in_h1:
                self.h1.append(text)


def html_to_text(html: str) -> tuple[str, str | None]:
    """The readable text of an HTML page (paragraphs separated by blank lines) and its title."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.h1).split()) or None
    return text, title


def sniff_format(path: Path, text: str) -> Format:
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})?)", re.IGNORECASE
)


def read_article(path: Path | str) -> Article:
    """Read an article file (UTF-8); HTML is reduced to its text."""
    path = Path(path)
    raw = read_input(path)
    fmt = sniff_format(path, raw)
    if fmt == "html":
        text, title = html_to_text(raw)
        lang = _HTML_LANG.search(raw, 0, 20_000)
        return Article(text, title, fmt, lang.group(1) if lang else None)
    title = None
    if fmt == "markdown":
        m = re.search(r"^#\s+(.+)$", raw, re.MULTILINE)
        title = m.group(1).strip() if m else None
    return Article(raw, title, fmt)
