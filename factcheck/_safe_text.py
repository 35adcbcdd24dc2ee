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

__all__ = ["clip", "one_line", "printable", "xml_safe"]

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
