"""Report formats: a registry of renderers over the one result model.

A format is one module in this package that decorates a ``render`` function
with :func:`register`. Every format renders the same :class:`Run`; none
recomputes a verdict. :func:`write_reports` renders every requested format
first and only then writes the files, all or none, so a failed run never leaves
a half-written report nor a mix of old and new ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck._documents import LoadedClaims
from factcheck._files import write_files
from factcheck._registry import Registry
from factcheck._results import Report

__all__ = ["FORMATS", "ReportFormat", "Run", "formats", "register", "render", "write_reports"]


@dataclass(frozen=True, slots=True)
class Run:
    """What a renderer sees: the report, the claims it judged, and how to draw for a terminal."""

    report: Report
    documents: Sequence[LoadedClaims]
    color: bool = False
    width: int = 100
    #: Terminal only: show failures and errors alone (``--only-failed``).
    only_failed: bool = False
    #: Terminal only: the summary line alone (``-q``).
    quiet: bool = False


Renderer = Callable[[Run], str]


@dataclass(frozen=True, slots=True)
class ReportFormat:
    name: str
    #: File written in the output folder; ``None`` for the terminal (standard output).
    filename: str | None
    render: Renderer
    description: str


#: Every report format, one module of this package each, by name.
FORMATS: Registry[ReportFormat] = Registry("report format", package=__name__)


def register(name: str, *, filename: str | None) -> Callable[[Renderer], Renderer]:
    """Register the decorated function as report format ``name``."""

    def decorate(function: Renderer) -> Renderer:
        doc = (function.__doc__ or name).strip().splitlines()[0]
        FORMATS.add(name, ReportFormat(name, filename, function, doc))
        return function

    return decorate


def formats() -> dict[str, ReportFormat]:
    """Every report format, by name."""
    return dict(FORMATS)


def render(run: Run, names: Sequence[str]) -> dict[str, str]:
    """Render each named format to text, in the order given."""
    available = formats()
    return {name: available[name].render(run) for name in dict.fromkeys(names)}


def write_reports(rendered: dict[str, str], output: Path) -> list[Path]:
    """Write the rendered file formats into ``output``, all or none (temp files, then renames)."""
    available = formats()
    files = {
        output / filename: text
        for name, text in rendered.items()
        if (filename := available[name].filename) is not None
    }
    write_files(files)
    return list(files)
