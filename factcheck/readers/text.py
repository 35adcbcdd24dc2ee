"""Plain text: read as written (UTF-8), so offsets count code points of the file itself."""

from __future__ import annotations

from factcheck.readers import Article, decode_utf8, normalize_newlines, register


@register("text", suffixes=(".txt", ".text"), content_types=("text/plain",), library="Python")
def read(data: bytes) -> Article:
    """Plain UTF-8 text, as written."""
    return Article(normalize_newlines(decode_utf8(data)), "text")
