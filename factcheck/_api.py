"""The library entry point behind ``factcheck verify``; usable without the CLI."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck import reports
from factcheck._bundled import bundled_example, bundled_rules
from factcheck._documents import LoadedClaims
from factcheck._engine import evaluate
from factcheck._errors import InputError, Problem, UsageError
from factcheck._loading import claims_files_in, is_claims_file, load_claims, load_rules
from factcheck._results import Report
from factcheck._verdicts import Severity, Status
from factcheck.extract import load_article

__all__ = ["Verification", "load_documents", "verify"]


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of a run: the report, each format's text, and the files written."""

    report: Report
    rendered: dict[str, str]
    written: list[Path]

    @property
    def failed(self) -> bool:
        return self.report.failed

    def fails_at(self, severity: Severity = Severity.INFO) -> bool:
        """Did a check of this severity or a graver one fail (or break)?"""
        return any(
            r.status in (Status.FAIL, Status.ERROR) and r.severity.rank <= severity.rank
            for r in self.report.results
        )


def load_documents(paths: Iterable[Path | str]) -> list[LoadedClaims]:
    """Load claims files (or folders of ``*.claims.yaml``), reporting every problem at once.

    Any other file is read as an article and its claims extracted
    (:func:`factcheck.extract_claims`); a run of articles only is checked
    with the generic rule pack by :func:`verify`.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for p in map(Path, paths):
        if not p.exists():
            problems.append(Problem(str(p), 1, 1, "no such file or directory"))
            continue
        found = claims_files_in(p)
        if not found:
            problems.append(Problem(str(p), 1, 1, "no *.claims.yaml, *.claims.yml or *.claims.json here"))
        files.extend(found)
    documents = []
    for f in files:
        try:
            # any other file is an article: extract its claims (issue 4)
            documents.append(load_claims(f) if is_claims_file(f) else load_article(f))
        except InputError as exc:
            problems.extend(exc.problems)
    seen: dict[str, LoadedClaims] = {}
    for d in documents:
        if d.document_id in seen:
            problems.append(Problem(str(d.path), 1, 1, f"document id {d.document_id!r} is also used by "
                                    f"{seen[d.document_id].path}"))
        seen.setdefault(d.document_id, d)
    if problems:
        raise InputError(problems)
    return documents


def verify(
    paths: Sequence[Path | str] = (),
    *,
    rules: Sequence[Path | str] = (),
    formats: Sequence[str] = ("json",),
    output: Path | str | None = "reports",
    color: bool = False,
    width: int = 100,
) -> Verification:
    """Verify claims files against rule packs and write the requested reports.

    ``paths`` default to the bundled example and ``rules`` to the bundled
    packs. Raises :class:`~factcheck.InputError` (listing every problem, each
    with file, line and column) before anything is written.
    """
    unknown = [f for f in formats if f not in reports.formats()]
    if unknown:
        raise UsageError(f"unknown report format {', '.join(map(repr, unknown))}; "
                         f"choose from {', '.join(reports.formats())}")
    documents = load_documents(paths or [bundled_example()])
    articles_only = all(not is_claims_file(d.path) for d in documents)
    compiled = load_rules(rules or [bundled_rules() / "generic" if articles_only else bundled_rules()])
    report = evaluate(documents, compiled)
    run = reports.Run(report=report, documents=documents, color=color, width=width)
    rendered = reports.render(run, formats)
    written = reports.write_reports(rendered, Path(output)) if output is not None else []
    return Verification(report, rendered, written)
