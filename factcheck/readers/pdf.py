"""PDF reports: the text of each page, by pypdf, with a map from offsets to pages.

Pages are joined with a blank line; :attr:`Article.pages` keeps the offset at
which each page starts, so that a report can say on which page a figure
stands. A PDF without a text layer (a scan) is reported, not read as empty:
factcheck does not read images. The file's creation date is not taken for
the publication date.
"""

from __future__ import annotations

import io
import re

from factcheck.readers import Article, ReaderError, register, require

_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def _page_text(text: str) -> str:
    return _TRAILING_SPACE.sub("\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


@register("pdf", suffixes=(".pdf",), content_types=("application/pdf",), library="pypdf")
def read(data: bytes) -> Article:
    """A PDF's text layer (pypdf), page by page, with page numbers kept."""
    pypdf = require("pypdf", "pdf")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReaderError("the PDF is encrypted; save an unprotected copy first")
        pages = [_page_text(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except pypdf.errors.PyPdfError as exc:
        raise ReaderError(f"not a readable PDF: {exc}") from None
    except (ValueError, KeyError, TypeError, OSError) as exc:  # pypdf's errors on truncated files
        raise ReaderError(f"not a readable PDF: {exc}") from None
    if not any(pages):
        raise ReaderError("this PDF has no text layer (a scan?); factcheck does not read images")
    starts, parts, offset = [], [], 0
    for text in pages:
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 2
    return Article(
        "\n\n".join(parts),
        "pdf",
        title=(info.title or None) if info else None,
        author=(info.author or None) if info else None,
        pages=tuple(starts),
    )
