"""Text from inputs made safe for the reader it is shown to: clipped, control characters removed.

Titles, labels and quotes come from files written by many hands. On a terminal
an escape sequence can retitle the window or hide a line; in an XML report a
control character makes the whole file invalid; in a message a long excerpt
of a file can publish what was never meant to be shown. These helpers are the
one place that decides what is kept.
"""

from __future__ import annotations

import re

from factcheck._limits import EXCERPT_CHARS

__all__ = ["clip", "code_span", "is_web_url", "markdown_text", "one_line", "printable", "xml_safe"]

# C0 and C1 controls and DEL, except tab and newline; plus bidirectional overrides that reorder text
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# what XML 1.0 cannot hold at all, even escaped
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` without control characters (tab and newline kept): safe to print on a terminal."""
    return _CONTROL.sub("", text)


def one_line(text: str) -> str:
    """``text`` on one line, control characters removed: for ``file:line:col: message`` output."""
    return " ".join(printable(text).replace("\t", " ").split("\n")).strip()


def clip(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most ``limit`` characters of ``text``, with an ellipsis where it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (escaping cannot carry them)."""
    return _NOT_XML.sub("\ufffd", text)


def is_web_url(url: str | None) -> bool:
    """Is ``url`` an http(s) address, the only kind a report makes a link of (not ``javascript:``)?"""
    if not url:
        return False
    cleaned = printable(url).strip().lower()
    return cleaned == url.strip().lower() and cleaned.startswith(("http://", "https://"))


# what starts emphasis, code, links, tables or strike-through mid-line ("<" is made an entity)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def markdown_text(text: str) -> str:
    """``text`` as literal Markdown on one line: markup escaped, no raw HTML, no control characters."""
    plain = one_line(text).replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", plain)


def code_span(text: str) -> str:
    """``text`` as a Markdown code span, fenced with more backticks than it holds."""
    plain = one_line(text)
    longest = max((len(run) for run in re.findall(r"`+", plain)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if plain.startswith("`") or plain.endswith("`") else ""
    return f"{fence}{pad}{plain}{pad}{fence}"
