"""Markdown: the report for people, short enough for a pull-request comment."""

from __future__ import annotations

from factcheck._results import Result
from factcheck._safe_text import code_span, markdown_text
from factcheck._verdicts import Status
from factcheck.reports import Run, register

ICONS = {
    Status.FAIL: "❌ fail",
    Status.ERROR: "💥 error",
    Status.INCONCLUSIVE: "❔ inconclusive",
    Status.SKIPPED: "⏭ skipped",
    Status.PASS: "✅ pass",
}


def _cell(text: str) -> str:
    """Text from the inputs, shown as text: no markup, no raw HTML, one line."""
    return markdown_text(text)


def summary_line(run: Run) -> str:
    s = run.report.summary
    return (
        f"{s.passed} passed, {s.failed} failed, {s.inconclusive} inconclusive, "
        f"{s.skipped} skipped, {s.errors} errors"
    )


def _grade(r: Result) -> str:
    """How bad a failure is, or that a pass rests on rounding slack (see docs/verdicts.md)."""
    return f" ({r.grade})" if r.grade else " (slack)" if r.slack else ""


def _details(r: Result) -> list[str]:
    lines = [
        f"#### {code_span(r.rule)} — {_cell(r.title)}",
        "",
        f"**{ICONS[r.status]}{_grade(r)}** ({r.severity}): {_cell(r.message)}",
        "",
        f"- Why: {_cell(r.explanation)}",
    ]
    if r.evidence.computation:
        lines.append(f"- Computation: {code_span(r.evidence.computation)}")
    for o in r.evidence.operands:
        lines.append(f"- {_cell(o.role)}: “{_cell(o.stated)}” ({code_span(o.claim)}) allows "
                     f"{code_span(o.interval.text)}")
    for d in r.derived:
        lines.append(f"- Implied: **{_cell(d.name)}** = {_cell(d.text)} — {_cell(d.description)}")
    if r.spans:
        where = ", ".join(f"{s.start}–{s.end} “{_cell(s.quote)}”" for s in r.spans)
        lines.append(f"- In the text: {where}")
    return [*lines, ""]


@register("markdown", filename="report.md")
def render(run: Run) -> str:
    """Markdown for people: summary, a table of results, details of every non-pass."""
    out = ["# factcheck report", "", f"**{summary_line(run)}**", ""]
    for doc in run.report.documents:
        results = [r for r in run.report.results if r.document == doc.id]
        source = f"Claims file {code_span(doc.source)}, {doc.claims} claims."
        out += [f"## {_cell(doc.title)}", "", source, ""]
        out += ["| Status | Rule | Severity | Message |", "|---|---|---|---|"]
        out += [
            f"| {ICONS[r.status]}{_grade(r)} | {code_span(r.rule)} | {r.severity} | {_cell(r.message)} |"
            for r in results
        ]
        out.append("")
        noteworthy = [r for r in results if r.status is not Status.PASS]
        if noteworthy:
            out += ["### Details", ""]
            for r in noteworthy:
                out += _details(r)
    return "\n".join(out).rstrip() + "\n"
