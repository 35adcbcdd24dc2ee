"""JSON: the report contract other tools read (``report.json``)."""

from __future__ import annotations

from factcheck.reports import Run, register


@register("json", filename="report.json")
def render(run: Run) -> str:
    """Machine-readable report: summary, and every result with spans, evidence and derived values."""
    return run.report.model_dump_json(indent=2) + "\n"
