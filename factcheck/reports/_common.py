"""Helpers shared by report formats: finding a document's text, lines and columns, worst verdicts.

Private (the leading underscore keeps the registry from loading it as a format).
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from factcheck._coverage import Coverage, count, coverage_of
from factcheck._documents import LoadedClaims
from factcheck._results import Result
from factcheck._verdicts import LISTING_ORDER, Status
from factcheck.reports import Run

__all__ = ["LineIndex", "by_document", "coverage", "document", "needs_attention_first", "text_uri", "worst"]

#: The order a reader acts in: the statuses' listing order, with checks that could not run
#: at all after the passes (the text said nothing they could check).
READING_ORDER = {s: i for i, s in enumerate(
    [*(s for s in LISTING_ORDER if s is not Status.SKIPPED), Status.SKIPPED])}


def needs_attention_first(results: Iterable[Result]) -> list[Result]:
    """Failures first, then errors, doubts, passes and skipped; the report's order within each."""
    return sorted(results, key=lambda r: READING_ORDER[r.status])


def worst(statuses: Iterable[Status]) -> Status | None:
    """The status that most needs a reader's attention, or ``None`` for no status."""
    return max(statuses, key=lambda s: s.rank, default=None)


def coverage(run: Run) -> Coverage:
    """The run's coverage counts and figures: the report's, else worked out from its documents."""
    figures = run.report.figures
    if not figures and run.documents:
        return coverage_of(run.documents, run.report.results)
    return count(figures), list(figures)


def document(run: Run, document_id: str) -> LoadedClaims | None:
    return next((d for d in run.documents if d.document_id == document_id), None)


def by_document(run: Run, document_id: str) -> list[Result]:
    """One document's results, failures first (:func:`needs_attention_first`)."""
    return needs_attention_first(r for r in run.report.results if r.document == document_id)


def text_uri(run: Run, document_id: str) -> str | None:
    """Where the document text is, relative to the working folder like the claims file's path.

    Joined onto the claims file path the report shows (relative when inside
    the working folder) rather than the resolved path the loader keeps, so
    reports carry no machine-specific paths. An absolute path becomes a
    ``file:`` URI.
    """
    doc = document(run, document_id)
    info = next((d for d in run.report.documents if d.id == document_id), None)
    if doc is None or info is None:
        return None
    if doc.claims_file.document.text is None:
        # an article given as is (plain text, Markdown): the offsets count in the file itself
        read_itself = doc.text is not None and doc.text_path is not None and \
            doc.text_path == doc.path.resolve()
        return info.source if read_itself else None
    joined = posixpath.normpath(
        posixpath.join(posixpath.dirname(info.source), doc.claims_file.document.text)
    )
    return PurePosixPath(joined).as_uri() if posixpath.isabs(joined) else joined


_NEWLINE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Code-point offsets to 1-based (line, column); CRLF, CR and LF each end a line."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        return cls((0, *(m.end() for m in _NEWLINE.finditer(text))))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
