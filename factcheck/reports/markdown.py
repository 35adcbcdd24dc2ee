"""Markdown: the report for people, short enough for a pull-request comment."""

from __future__ import annotations

from factcheck._results import Result
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
    return text.replace("|", "\\|").replace("\n", " ")


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
        f"#### `{r.rule}` — {_cell(r.title)}",
        "",
        f"**{ICONS[r.status]}{_grade(r)}** ({r.severity}): {r.message}",
        "",
        f"- Why: {r.explanation}",
    ]
    if r.evidence.computation:
        lines.append(f"- Computation: `{r.evidence.computation}`")
    for o in r.evidence.operands:
        lines.append(f"- {o.role}: “{o.stated}” (`{o.claim}`) allows `{o.interval.text}`")
    for d in r.derived:
        lines.append(f"- Implied: **{d.name}** = {d.text} — {d.description}")
    if r.spans:
        where = ", ".join(f"{s.start}–{s.end} “{s.quote}”" for s in r.spans)
        lines.append(f"- In the text: {where}")
    return [*lines, ""]


@register("markdown", filename="report.md")
def render(run: Run) -> str:
    """Markdown for people: summary, a table of results, details of every non-pass."""
    out = ["# factcheck report", "", f"**{summary_line(run)}**", ""]
    for doc in run.report.documents:
        results = [r for r in run.report.results if r.document == doc.id]
        out += [f"## {doc.title}", "", f"Claims file `{doc.source}`, {doc.claims} claims.", ""]
        out += ["| Status | Rule | Severity | Message |", "|---|---|---|---|"]
        out += [
            f"| {ICONS[r.status]}{_grade(r)} | `{r.rule}` | {r.severity} | {_cell(r.message)} |"
            for r in results
        ]
        out.append("")
        noteworthy = [r for r in results if r.status is not Status.PASS]
        if noteworthy:
            out += ["### Details", ""]
            for r in noteworthy:
                out += _details(r)
    return "\n".join(out).rstrip() + "\n"
