"""A document to verify: its validated claims file, where it came from, and its text if found.

A value type of its own (not the loader's) so that the engine, the report
formats and extraction can hold documents without depending on YAML parsing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck._models import ClaimsFile

__all__ = ["ArticleIds", "LoadedClaims"]


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

    def renamed(self, document_id: str) -> LoadedClaims:
        """The same document under another id (an article named like one met before)."""
        cf = self.claims_file
        document = cf.document.model_copy(update={"id": document_id})
        return LoadedClaims(cf.model_copy(update={"document": document}), self.path, self.text,
                            self.text_path)


class ArticleIds:
    """Articles named alike (``a/story.txt``, ``b/story.txt``) get ``story``, ``story-2``, … in the order met.

    An article's id comes from its file name, which nobody chose to be unique,
    so the second one is renamed rather than refused; claims files name their
    own ids, and a repeat among them (or an article taking a claims file's id)
    stays an error. The in-memory run and the corpus run (which decides before
    any document is read) both number articles this way, so they agree.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def assign(self, document_id: str) -> str:
        """The id an article of this name gets: its own, or with the first free ``-2``, ``-3``, …"""
        chosen, n = document_id, 2
        while chosen in self._taken:
            chosen, n = f"{document_id}-{n}", n + 1
        self._taken.add(chosen)
        return chosen
