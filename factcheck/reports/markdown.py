"""Markdown: the report for people, short enough for a pull-request comment.

Failures first, each as the plain sentence of what is wrong; the numbers, the
computation and the claim ids wait in the details; checks that found nothing
to check are folded into one line at the end.
"""

from __future__ import annotations

from factcheck._coverage import MEANINGS, FigureCoverage, count
from factcheck._results import Result
from factcheck._safe_text import code_span, markdown_text
from factcheck._verdicts import Status
from factcheck.checks._grading import GRADE_MEANINGS
from factcheck.reports import Run, register
from factcheck.reports._common import by_document, coverage

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


def coverage_line(run: Run) -> str:
    """The summary's second line: how many figures a check set against another figure."""
    return coverage(run)[0].line()


def _coverage_table(figures: list[FigureCoverage]) -> list[str]:
    """Per figure, whether it was checked against another figure, only sanity-checked, or unchecked."""
    if not figures:
        return []
    c = count(figures)
    out = ["### Coverage", "",
           f"{c.compared} of {c.total} figures checked against another figure, {c.sanity} only "
           f"sanity-checked, {c.unchecked} unchecked.", "",
           "| Figure | Claim | Coverage |", "|---|---|---|"]
    out += [f"| {'“' + _cell(f.quote) + '”' if f.quote else '—'} | {code_span(f.claim)} | "
            f"{MEANINGS[f.coverage]} |" for f in figures]
    return [*out, ""]


def grade_label(r: Result) -> str:
    """How bad a failure is, or that a pass rests on rounding slack (see docs/verdicts.md)."""
    return f" ({r.grade})" if r.grade else " (slack)" if r.slack else ""


_grade = grade_label


def _details(r: Result) -> list[str]:
    lines = [
        f"#### {ICONS[r.status]}{_grade(r)}: {_cell(r.headline or r.message)}",
        "",
        f"Rule {code_span(r.rule)} ({r.severity}) — {_cell(r.title)}: {_cell(r.message)}",
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
    out = ["# factcheck report", "", f"**{summary_line(run)}**", "", f"{coverage_line(run)[0].upper()}"
           f"{coverage_line(run)[1:]}.", ""]
    _, figures = coverage(run)
    grades = sorted({r.grade for r in run.report.results if r.grade},
                    key=list(GRADE_MEANINGS).index)
    if grades:
        out += ["Grades: " + "; ".join(f"**{g}**: {GRADE_MEANINGS[g]}" for g in grades) + ".", ""]
    for doc in run.report.documents:
        results = by_document(run, doc.id)
        checked = [r for r in results if r.status is not Status.SKIPPED]
        skipped = [r for r in results if r.status is Status.SKIPPED]
        source = f"Claims file {code_span(doc.source)}, {doc.claims} claims."
        out += [f"## {_cell(doc.title)}", "", source, ""]
        if checked:
            out += ["| Status | What is wrong, or what holds | Rule | Severity |", "|---|---|---|---|"]
            out += [
                f"| {ICONS[r.status]}{_grade(r)} | {_cell(r.headline or r.message)} | {code_span(r.rule)} "
                f"| {r.severity} |"
                for r in checked
            ]
            out.append("")
        if skipped:
            names = ", ".join(code_span(name) for name in dict.fromkeys(r.rule for r in skipped))
            out += [f"{ICONS[Status.SKIPPED]} {len(skipped)} (no figure to check): {names}", ""]
        noteworthy = [r for r in checked if r.status is not Status.PASS]
        if noteworthy:
            out += ["### Details", ""]
            for r in noteworthy:
                out += _details(r)
        out += _coverage_table([f for f in figures if f.document == doc.id])
    return "\n".join(out).rstrip() + "\n"
