"""Terminal: what is wrong first, one plain line each, then a one-line summary.

Like ruff or pytest: failures lead, passes follow, checks that could not run
are folded into one line at the end, and the summary line always closes the
output. ``--only-failed`` keeps failures and errors; ``-q`` only the summary.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck._coverage import SANITY, UNCHECKED
from factcheck._results import Result
from factcheck._safe_text import printable
from factcheck._verdicts import Status
from factcheck.reports import Run, register
from factcheck.reports._common import LineIndex, by_document, coverage, document
from factcheck.reports.markdown import coverage_line, grade_label, summary_line

STYLES = {
    Status.PASS: "green",
    Status.FAIL: "bold red",
    Status.ERROR: "bold magenta",
    Status.INCONCLUSIVE: "yellow",
    Status.SKIPPED: "dim",
}


@functools.lru_cache(maxsize=16)
def _lines(text: str) -> LineIndex:
    return LineIndex.of(text)


def _where(run: Run, r: Result) -> str:
    """Where the figures stand, as line:column like a linter ("3:76 “1.2 million”"), if the text is known."""
    places = []
    for s in r.spans:
        doc = document(run, s.document)
        if doc is None or doc.text is None:
            return ""
        line, column = _lines(doc.text).position(s.start)
        places.append(f"{line}:{column} “{s.quote}”")
    return ", ".join(dict.fromkeys(places))


def _why(r: Result, run: Run) -> Text:
    why = Text(printable(r.headline or r.message))
    if r.status is not Status.PASS and r.explanation not in (r.message, r.headline):
        why.append(f"\n{printable(r.explanation)}", style="dim")
    if r.status in (Status.FAIL, Status.ERROR, Status.INCONCLUSIVE) and (where := _where(run, r)):
        why.append(printable(f"\nat {where}"), style="dim")
    for d in r.derived:
        why.append(printable(f"\nimplied {d.name}: {d.text}"), style="cyan")
    if r.slack:
        why.append("\npasses only thanks to rounding or a hedge; the wording could be tightened",
                   style="dim")
    return why


def summary(run: Run) -> str:
    """The closing summary line alone, coloured like the verdict (for ``-q`` and file-only runs)."""
    return _print(run, lambda console: _summary(console, run))


def _summary(console: Console, run: Run) -> None:
    s = run.report.summary
    if not run.quiet and coverage(run)[0].total:  # before the verdicts' line, which always closes the output
        console.print(Text(coverage_line(run), style="dim"))
    console.print(Text(summary_line(run), style="bold red" if s.failed or s.errors else "bold green"))


def _not_compared(console: Console, run: Run, document_id: str) -> None:
    """The figures no check set against another figure, so a reader knows what a pass leaves open."""
    figures = [f for f in coverage(run)[1] if f.document == document_id]
    for level, label in ((SANITY, "only sanity-checked"), (UNCHECKED, "unchecked")):
        mine = [f"“{f.quote}”" if f.quote else f.claim for f in figures if f.coverage == level]
        if mine:
            console.print(Text(printable(f"{len(mine)} {label}: {', '.join(mine)}"), style="dim"))


def _print(run: Run, draw: Callable[[Console], None]) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=run.width,
        force_terminal=run.color,
        no_color=not run.color,
        color_system="standard" if run.color else None,
        highlight=False,
    )
    draw(console)
    return buffer.getvalue()


@register("terminal", filename=None)
def render(run: Run) -> str:
    """A table for the terminal, failures first (colours off with NO_COLOR or when not a TTY)."""
    return _print(run, lambda console: _draw(console, run))


def _draw(console: Console, run: Run) -> None:
    if not run.quiet:
        for doc in run.report.documents:
            results = by_document(run, doc.id)
            shown = [r for r in results if r.status not in (Status.SKIPPED,)
                     and (not run.only_failed or r.status in (Status.FAIL, Status.ERROR))]
            skipped = [r for r in results if r.status is Status.SKIPPED]
            if shown:
                table = Table(title=Text(printable(doc.title)), show_lines=False, expand=True)
                table.add_column("status", no_wrap=True)
                table.add_column("what is wrong, or what holds", ratio=1)
                table.add_column("rule", no_wrap=True, style="dim")
                for r in shown:
                    status = r.status.value + grade_label(r)
                    table.add_row(Text(status, style=STYLES[r.status]), _why(r, run), Text(printable(r.rule)))
                console.print(table)
            elif run.only_failed:
                console.print(Text(printable(f"{doc.title}: no failed check"), style="green"))
            if skipped and not run.only_failed:
                names = ", ".join(dict.fromkeys(r.rule for r in skipped))
                console.print(Text(printable(f"{len(skipped)} skipped (no figure to check): {names}"),
                                   style="dim"))
            if not run.only_failed:
                _not_compared(console, run, doc.id)
    _summary(console, run)
