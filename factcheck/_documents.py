"""A document to verify: its validated claims file, where it came from, and its text if found.

A value type of its own (not the loader's) so that the engine, the report
formats and extraction can hold documents without depending on YAML parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck._models import ClaimsFile

__all__ = ["LoadedClaims"]


@dataclass(frozen=True, slots=True)
class LoadedClaims:
    """A validated claims file, where it came from, and the document text if found."""

    claims_file: ClaimsFile
    path: Path
    text: str | None
    text_path: Path | None

    @property
    def document_id(self) -> str:
        return self.claims_file.document.id
