"""Markdown: read as written, so offsets count code points of the file itself.

Markup is simply not a figure; the first ``# heading`` is the title.
"""

from __future__ import annotations

import re

from factcheck.readers import Article, decode_utf8, normalize_newlines, register

_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


@register("markdown", suffixes=(".md", ".markdown"), content_types=("text/markdown",), library="Python")
def read(data: bytes) -> Article:
    """Markdown, as written; the first level-1 heading is the title."""
    text = normalize_newlines(decode_utf8(data))
    heading = _HEADING.search(text)
    return Article(text, "markdown", title=heading.group(1) if heading else None)
