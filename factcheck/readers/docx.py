"""Word documents: paragraphs and table cells in document order, by python-docx.

Each paragraph (and each table cell's paragraph) becomes one paragraph of the
text, separated by blank lines; the title and author come from the
document's core properties, or the first heading. The file's creation date
is not taken for the publication date: templates carry theirs along.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from factcheck.readers import Article, ReaderError, register, require

#: A .docx is a zip: more than this unpacked is a zip bomb, not a draft.
MAX_UNPACKED_BYTES = 200_000_000


def _blocks(document: Any) -> Iterator[tuple[str, str]]:
    """(style name, text) of every paragraph, tables' cells included, in document order."""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                cells = [" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
                         for cell in row.cells]
                yield "table", " | ".join(c for c in cells if c)
        else:
            yield (block.style.name if block.style is not None else ""), block.text.strip()


@register(
    "docx",
    suffixes=(".docx",),
    content_types=("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    library="python-docx",
)
def read(data: bytes) -> Article:
    """A Word document's paragraphs and tables (python-docx), in order."""
    docx = require("docx", "docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise ReaderError(f"this Word document unpacks to {unpacked:,} bytes; the limit is "
                              f"{MAX_UNPACKED_BYTES:,}")
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReaderError(f"not a readable Word (.docx) document: {exc}") from None
    blocks = [(style, text) for style, text in _blocks(document) if text]
    if not blocks:
        raise ReaderError("this Word document has no text")
    props = document.core_properties
    heading = next((text for style, text in blocks if style in ("Title", "Heading 1")), None)
    return Article(
        "\n\n".join(text for _, text in blocks),
        "docx",
        title=props.title or heading,
        author=props.author or None,
    )
