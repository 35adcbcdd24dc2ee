"""The result model: one record per rule evaluation, and the report that gathers them.

Every report format renders this model; none recomputes a verdict. Its JSON
form (``report.json``) is a contract other tools rely on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck._coverage import CoverageCounts, FigureCoverage, count, merge_figures
from factcheck._verdicts import Severity, Status

__all__ = [
    "Comparison",
    "DerivedValue",
    "DocumentInfo",
    "Evidence",
    "IntervalRecord",
    "OperandRecord",
    "Report",
    "Result",
    "Span",
    "Summary",
]


class _Out(BaseModel):
    # Every field is always written, so the published schema lists them all as required.
    model_config = ConfigDict(frozen=True, extra="forbid", json_schema_serialization_defaults_required=True)


class IntervalRecord(_Out):
    """A set of numbers written exactly, as ``Interval.to_json`` emits it (same keys, same order).

    Bounds are decimal strings, or ``n/d`` fractions where no decimal is exact,
    so no reader loses precision to floating point.
    """

    lo: str | None = Field(description="Lower bound as exact text; null: unbounded below.")
    hi: str | None = Field(description="Upper bound as exact text; null: unbounded above.")
    lo_closed: bool = Field(description="Whether the lower bound belongs to the set.")
    hi_closed: bool = Field(description="Whether the upper bound belongs to the set.")
    integer: bool = Field(description="Only the whole numbers between the bounds.")
    text: str = Field(description="The set as a reader sees it, e.g. [1.5, 2.5).")

    def __getitem__(self, key: str) -> str | bool | None:
        """``record["text"]`` as well as ``record.text``: the interval used to be a plain dict."""
        if key not in type(self).model_fields:
            raise KeyError(key)
        value: str | bool | None = getattr(self, key)
        return value


class Span(_Out):
    """Where a figure involved in a result stands: document id and code-point offsets."""

    document: str
    start: int
    end: int
    claim: str
    quote: str


class OperandRecord(_Out):
    """One figure a check read: its role in the rule, the claim, the text stated and what it allows."""

    role: str
    claim: str
    stated: str
    interval: IntervalRecord


class Comparison(_Out):
    """What the text states against what its other figures give: the two sets a verdict weighs."""

    stated_label: str
    stated: IntervalRecord
    computed_label: str
    computed: IntervalRecord


class Evidence(_Out):
    """The numbers a verdict rests on: each operand's interval and the computation."""

    operands: list[OperandRecord] = Field(default_factory=list)
    computation: str | None = None
    comparison: Comparison | None = Field(
        default=None, description="The stated set and the computed one, drawn on one axis."
    )


class DerivedValue(_Out):
    """A value a check computed from the figures (e.g. the implied old value of a change)."""

    name: str
    description: str
    interval: IntervalRecord
    text: str
    claim: str | None = Field(
        default=None, description="The derived claim rules can select (derived: true), if any."
    )


class Result(_Out):
    rule: str
    title: str
    pack: str
    document: str
    status: Status
    severity: Severity
    message: str
    explanation: str
    claims: list[str]
    spans: list[Span]
    evidence: Evidence
    derived: list[DerivedValue] = Field(default_factory=list)
    headline: str = Field(
        default="",
        description="One plain sentence for an editor: what is wrong with the figures as "
        "written (for a failure), else the rule's message.",
    )
    grade: Literal["gross", "major", "minor"] | None = Field(
        default=None,
        description="For a failure: gross if it changes a qualitative statement (direction, "
        "majority, a stated threshold), major if the number is off beyond its rounding, "
        "minor if only just outside it.",
    )
    slack: bool = Field(
        default=False,
        description="A pass that holds only thanks to rounding or a hedge: read as exact "
        "figures, the text would not pass, so the wording could be tightened.",
    )

    def sort_key(self) -> tuple[Any, ...]:
        first = min((s.start for s in self.spans), default=-1)
        return (self.document, first, self.rule, self.claims, self.message)


class Summary(_Out):
    passed: int = 0
    failed: int = 0
    inconclusive: int = 0
    skipped: int = 0
    errors: int = 0
    coverage: CoverageCounts = Field(default_factory=CoverageCounts, description="Figures checked "
                                     "against another figure, only sanity-checked, or unchecked.")

    @classmethod
    def of(cls, results: list[Result], coverage: CoverageCounts | None = None) -> Summary:
        n = Counter(r.status for r in results)
        return cls(
            passed=n[Status.PASS],
            failed=n[Status.FAIL],
            inconclusive=n[Status.INCONCLUSIVE],
            skipped=n[Status.SKIPPED],
            errors=n[Status.ERROR],
            coverage=coverage or CoverageCounts(),
        )


class DocumentInfo(_Out):
    id: str
    title: str
    source: str = Field(description="The claims file, as given on the command line.")
    url: str | None = None
    text_available: bool = False
    claims: int = 0


class Report(_Out):
    """Everything one ``verify`` run found, in a stable order."""

    tool: str = "factcheck"
    version: str
    documents: list[DocumentInfo]
    summary: Summary
    results: list[Result]
    figures: list[FigureCoverage] = Field(default_factory=list, description="Every figure (claim) "
                                          "and whether a check set it against another (coverage).")

    @property
    def failed(self) -> bool:
        return self.summary.failed > 0 or self.summary.errors > 0

    @classmethod
    def merge(cls, reports: Sequence[Report]) -> Report:
        """One report of several (e.g. one per document and one across them), in the stable order.

        Documents keep their first-seen order (one listed by several reports
        appears once); results are sorted as :func:`factcheck.evaluate` sorts
        them, so merging per-document reports gives what one run over all
        documents gives.
        """
        if not reports:
            raise ValueError("nothing to merge")
        documents: list[DocumentInfo] = []
        for report in reports:
            documents.extend(d for d in report.documents if d not in documents)
        results = sorted((r for report in reports for r in report.results), key=Result.sort_key)
        figures = merge_figures(report.figures for report in reports)
        return cls(version=reports[0].version, documents=documents,
                   summary=Summary.of(results, count(figures)), results=results, figures=figures)
