"""Terminal: a table of verdicts with the numbers, and a one-line summary."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck._safe_text import printable
from factcheck._verdicts import Status
from factcheck.reports import Run, register
from factcheck.reports.markdown import summary_line

STYLES = {
    Status.PASS: "green",
    Status.FAIL: "bold red",
    Status.ERROR: "bold magenta",
    Status.INCONCLUSIVE: "yellow",
    Status.SKIPPED: "dim",
}


@register("terminal", filename=None)
def render(run: Run) -> str:
    """A table for the terminal (colours off with NO_COLOR or when not a TTY)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=run.width,
        force_terminal=run.color,
        no_color=not run.color,
        color_system="standard" if run.color else None,
        highlight=False,
    )
    for doc in run.report.documents:
        # inputs are text, never markup or control sequences: Text() is not parsed for [markup]
        table = Table(title=Text(printable(doc.title)), show_lines=False, expand=True)
        table.add_column("status", no_wrap=True)
        table.add_column("rule", no_wrap=True)
        table.add_column("what and why", ratio=1)
        for r in (r for r in run.report.results if r.document == doc.id):
            why = Text(printable(r.message))
            if r.status is not Status.PASS and r.explanation != r.message:
                why.append(f"\n{printable(r.explanation)}", style="dim")
            for d in r.derived:
                why.append(printable(f"\nimplied {d.name}: {d.text}"), style="cyan")
            if r.slack:
                why.append("\npasses only thanks to rounding or a hedge; the wording could be "
                           "tightened", style="dim")
            status = r.status.value + (f" ({r.grade})" if r.grade else " (slack)" if r.slack else "")
            table.add_row(Text(status, style=STYLES[r.status]), Text(printable(r.rule)), why)
        console.print(table)
    s = run.report.summary
    style = "bold red" if s.failed or s.errors else "bold green"
    console.print(Text(summary_line(run), style=style))
    return buffer.getvalue()
