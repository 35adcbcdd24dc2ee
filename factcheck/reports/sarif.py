"""SARIF 2.1.0: the verdicts as static-analysis results, for code-review pages and scanners.

Every result is recorded, with a ``kind`` that says what it is: ``fail`` for
a failed check or a broken rule, ``review`` for an inconclusive one (SARIF's
word for "a person must look"), ``notApplicable`` for a skipped one and
``pass`` for a pass. SARIF lets only ``fail`` carry a level other than
``none``; a failure's level follows the rule's severity. Locations point
into the article text with code-point columns (``columnKind:
unicodeCodePoints``), so a figure after an emoji is where a reader sees it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from factcheck._results import Result, Span
from factcheck._verdicts import Severity, Status
from factcheck.reports import Run, register
from factcheck.reports._common import LineIndex, coverage, document, needs_attention_first, text_uri

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
KINDS = {
    Status.PASS: "pass",
    Status.FAIL: "fail",
    Status.ERROR: "fail",
    Status.INCONCLUSIVE: "review",
    Status.SKIPPED: "notApplicable",
}


def _rules(results: list[Result]) -> list[dict[str, Any]]:
    first: dict[str, Result] = {}
    for r in results:
        first.setdefault(r.rule, r)
    return [
        {
            "id": r.rule,
            "shortDescription": {"text": r.title},
            "defaultConfiguration": {"level": LEVELS[r.severity]},
            "properties": {"pack": r.pack},
        }
        for r in sorted(first.values(), key=lambda r: r.rule)
    ]


class _Locator:
    """Turns spans of one run into SARIF locations, indexing each text's lines once."""

    def __init__(self, run: Run) -> None:
        self._run = run
        self._texts: dict[str, tuple[str, LineIndex] | None] = {}
        self._sources = {d.id: d.source for d in run.report.documents}

    def _text(self, document_id: str) -> tuple[str, LineIndex] | None:
        if document_id not in self._texts:
            doc = document(self._run, document_id)
            uri = text_uri(self._run, document_id)
            self._texts[document_id] = (
                None if doc is None or doc.text is None or uri is None else (uri, LineIndex.of(doc.text))
            )
        return self._texts[document_id]

    def location(self, span: Span, index: int | None = None) -> dict[str, Any]:
        found = self._text(span.document)
        message = {"text": f"{span.claim}: “{span.quote}”"}
        if found is None:
            physical: dict[str, Any] = {
                "artifactLocation": {"uri": self._sources.get(span.document, span.document)}
            }
        else:
            uri, lines = found
            start_line, start_column = lines.position(span.start)
            end_line, end_column = lines.position(span.end)
            physical = {
                "artifactLocation": {"uri": uri},
                "region": {
                    "startLine": start_line,
                    "startColumn": start_column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "charOffset": span.start,
                    "charLength": span.end - span.start,
                    "snippet": {"text": span.quote},
                },
            }
        location: dict[str, Any] = {"physicalLocation": physical, "message": message}
        if index is not None:
            location = {"id": index, **location}
        return location

    def document_only(self, document_id: str) -> dict[str, Any]:
        found = self._text(document_id)
        uri = found[0] if found is not None else self._sources.get(document_id, document_id)
        return {"physicalLocation": {"artifactLocation": {"uri": uri}}}


def _fingerprint(r: Result) -> str:
    """Same rule, document and claims: the same alert, even when edits move the figures."""
    key = "\x1f".join([r.rule, r.document, *r.claims])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _result(r: Result, rule_index: int, locator: _Locator) -> dict[str, Any]:
    kind = KINDS[r.status]
    out: dict[str, Any] = {
        "ruleId": r.rule,
        "ruleIndex": rule_index,
        "kind": kind,
        "level": LEVELS[r.severity] if kind == "fail" else "none",
        "message": {"text": r.headline if r.headline == r.explanation else f"{r.headline} — {r.explanation}"},
        "partialFingerprints": {"factcheck/v1": _fingerprint(r)},
    }
    if r.spans:
        out["locations"] = [locator.location(r.spans[0])]
        if len(r.spans) > 1:
            out["relatedLocations"] = [locator.location(s, i) for i, s in enumerate(r.spans[1:], 1)]
    else:
        out["locations"] = [locator.document_only(r.document)]
    out["properties"] = {
        "status": r.status.value,
        "severity": r.severity.value,
        "document": r.document,
        "claims": r.claims,
        "grade": r.grade,
        "computation": r.evidence.computation,
        "operands": [o.model_dump(mode="json") for o in r.evidence.operands],
        "derived": [d.model_dump(mode="json") for d in r.derived],
    }
    return out


def _coverage(run: Run) -> dict[str, Any]:
    """Per figure, whether a check set it against another figure: a property bag of the run."""
    counts, figures = coverage(run)
    return {"coverage": counts.model_dump(),
            "figures": [f.model_dump(mode="json") for f in figures]}


@register("sarif", filename="report.sarif")
def render(run: Run) -> str:
    """SARIF 2.1.0 for code-scanning pages: failures, doubts and passes located in the article."""
    report = run.report
    rules = _rules(report.results)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    locator = _Locator(run)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": report.tool,
                        "version": report.version,
                        "semanticVersion": report.version,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(r, index[r.rule], locator)
                            for r in needs_attention_first(report.results)],
                "properties": _coverage(run),
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"
