"""Coverage: per figure, whether a check set it against another figure, only sanity-checked it, or none.

A pass from "a count is a whole number" says little: only a check that set a
figure against another figure (or another mention of itself) tells a reader
the numbers hold together. Like a test coverage report, every report format
shows, per figure, which of the three it got, and the counts in its summary.
This module is the one place that decides; the formats only render it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "COMPARED",
    "LEVELS",
    "SANITY",
    "UNCHECKED",
    "Coverage",
    "CoverageCounts",
    "FigureCoverage",
    "compared_mentions",
    "count",
    "coverage_of",
    "merge_figures",
    "record_counts",
]

Level = Literal["compared", "sanity", "unchecked"]
COMPARED: Level = "compared"
SANITY: Level = "sanity"
UNCHECKED: Level = "unchecked"
#: Best first: a figure's level is the best any result gave it.
LEVELS: tuple[Level, ...] = (COMPARED, SANITY, UNCHECKED)

#: What each level means, in the words the reports use.
MEANINGS = {
    COMPARED: "checked against another figure",
    SANITY: "only sanity-checked (no check against another figure)",
    UNCHECKED: "not checked by any rule that ran",
}


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_serialization_defaults_required=True)


class CoverageCounts(_Out):
    """How many figures (claims) each level covers, like the totals of a coverage report."""

    compared: int = Field(default=0, description="Figures a check set against another figure.")
    sanity: int = Field(default=0, description="Figures only single-figure checks touched.")
    unchecked: int = Field(default=0, description="Figures no check that ran touched.")

    @property
    def total(self) -> int:
        return self.compared + self.sanity + self.unchecked

    def line(self) -> str:
        """One line for a summary: "12 of 19 figures checked against another figure, 5 only …"."""
        return (f"coverage: {self.compared} of {self.total} figures checked against another figure, "
                f"{self.sanity} only sanity-checked, {self.unchecked} unchecked")


class FigureCoverage(_Out):
    """One figure (a claim of a document) and how far the checks that ran reached it."""

    document: str
    claim: str
    coverage: Level = Field(description="compared: checked against another figure; sanity: only "
                                        "single-figure checks touched it; unchecked: no check that ran did.")
    quote: str | None = Field(description="Its first figure phrase in the text, if the claims give one.")
    start: int | None = Field(description="Offset of that phrase, if any.")
    end: int | None = Field(description="Offset just past that phrase, if any.")


Coverage = tuple[CoverageCounts, list[FigureCoverage]]


class _Span(Protocol):
    @property
    def document(self) -> str: ...
    @property
    def claim(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Result(Protocol):
    """What coverage reads of a result (:class:`factcheck._results.Result`, a layer above)."""

    @property
    def document(self) -> str: ...
    @property
    def status(self) -> Any: ...
    @property
    def claims(self) -> list[str]: ...
    @property
    def spans(self) -> Sequence[_Span]: ...


class LoadedClaims(Protocol):
    """What coverage reads of a document (:class:`factcheck._documents.LoadedClaims`)."""

    @property
    def document_id(self) -> str: ...
    @property
    def claims_file(self) -> Any: ...


def _against_another(r: Result) -> bool:
    """Did the result set a figure against another figure (or another mention of it)?"""
    # two spans are two mentions, of one figure or of two: the spans' distinct figures need no count
    return len(r.spans) > 1 or len(set(r.claims)) > 1


def _involved(r: Result) -> set[tuple[str, str]]:
    """The (document, claim) pairs a result reads, by its spans and its claim ids."""
    return _pairs({(s.document, s.claim) for s in r.spans}, r.document, r.claims)


def _pairs(spans: set[tuple[str, str]], document: str, claims: Iterable[str]) -> set[tuple[str, str]]:
    """A check across documents names its claims ``document:claim``."""
    spans.update((document, c) for c in claims)
    across = [(d, c) for _, claim in spans if ":" in claim for d, c in [claim.split(":", 1)]]
    spans.update(across)
    return spans


def _levels(results: Iterable[Result]) -> dict[tuple[str, str], Level]:
    return _ranked((COMPARED if _against_another(r) else SANITY, _involved(r))
                   for r in results if r.status.value != "skipped")


def _ranked(reached: Iterable[tuple[Level, set[tuple[str, str]]]]) -> dict[tuple[str, str], Level]:
    """Each (document, claim) at the best level any result reached it."""
    levels: dict[tuple[str, str], Level] = {}
    for level, involved in reached:
        rank = _RANK[level]
        for key in involved:
            seen = levels.get(key)
            if seen is None or rank < _RANK[seen]:
                levels[key] = level
    return levels


def record_counts(documents: Sequence[LoadedClaims], records: Iterable[dict[str, Any]]) -> CoverageCounts:
    """:func:`coverage_of`'s counts for results as plain data (``Result.model_dump()``'s form).

    The corpus path writes each result as a JSON line and builds no model, nor a
    :class:`FigureCoverage` per figure: only the counts go into its line.
    """
    best: dict[tuple[str, str], int] = {}  # each (document, claim) at the best rank a result gave it
    compared, sanity, unchecked = _RANK[COMPARED], _RANK[SANITY], _RANK[UNCHECKED]
    for r in records:
        if r["status"] == "skipped":
            continue
        spans, claims = r["spans"], r["claims"]
        rank = compared if len(spans) > 1 or len(set(claims)) > 1 else sanity
        for key in _pairs({(s["document"], s["claim"]) for s in spans}, r["document"], claims):
            if best.get(key, unchecked) > rank:
                best[key] = rank
    tally = dict.fromkeys(LEVELS, 0)
    for doc in documents:
        document = doc.document_id
        for claim in doc.claims_file.claims:
            tally[LEVELS[best.get((document, claim.id), unchecked)]] += 1
    return CoverageCounts(**tally)


#: Each level's place in :data:`LEVELS` (0 is best), read once per figure a result involves.
_RANK: dict[str, int] = {level: n for n, level in enumerate(LEVELS)}


def compared_mentions(results: Iterable[Result]) -> set[tuple[str, str, int, int]]:
    """Each mention (document, claim, start, end) a check that ran set against another figure."""
    return {
        (s.document, s.claim, s.start, s.end)
        for r in results if r.status.value != "skipped" and _against_another(r)
        for s in r.spans
    }


def count(figures: Iterable[FigureCoverage]) -> CoverageCounts:
    tally = dict.fromkeys(LEVELS, 0)
    for f in figures:
        tally[f.coverage] += 1
    return CoverageCounts(**tally)


def coverage_of(documents: Sequence[LoadedClaims], results: Sequence[Result]) -> Coverage:
    """Every claim of every document with its level, in document then claim order, and the counts."""
    levels = _levels(results)
    figures = []
    for doc in documents:
        for claim in doc.claims_file.claims:
            first = claim.mentions[0] if claim.mentions else None
            figures.append(FigureCoverage(
                document=doc.document_id,
                claim=claim.id,
                coverage=levels.get((doc.document_id, claim.id), UNCHECKED),
                quote=first.quote if first else None,
                start=first.start if first else None,
                end=first.end if first else None,
            ))
    return count(figures), figures


def merge_figures(lists: Iterable[Sequence[FigureCoverage]]) -> list[FigureCoverage]:
    """One list of several reports' figures: each figure once (first seen), at the best level any gave it."""
    merged: dict[tuple[str, str], FigureCoverage] = {}
    for figures in lists:
        for f in figures:
            key = (f.document, f.claim)
            seen = merged.get(key)
            if seen is None or LEVELS.index(f.coverage) < LEVELS.index(seen.coverage):
                merged[key] = f if seen is None else seen.model_copy(update={"coverage": f.coverage})
    return list(merged.values())
