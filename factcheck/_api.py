"""The library entry point behind ``factcheck verify``; usable without the CLI."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import reports
from factcheck._bundled import bundled_example
from factcheck._compiled import CompiledRule
from factcheck._documents import LoadedClaims
from factcheck._engine import evaluate
from factcheck._errors import InputError, Problem, UsageError
from factcheck._inputs import read_input
from factcheck._loading import claims_files_in, is_claims_file, load_claims, load_rules
from factcheck._packs import rule_sources
from factcheck._results import Report
from factcheck._verdicts import Severity, Status
from factcheck.extract import load_article

__all__ = ["Verification", "load_documents", "missing_texts", "verify"]


@dataclass(frozen=True, slots=True)
class Verification:
    """The outcome of a run: the report, each format's text, the files written, and warnings.

    A warning (``file:line:col: warning: …``) did not stop the run but weakens
    it, e.g. a document text that cannot be read, so its quotes went unchecked.
    """

    report: Report
    rendered: dict[str, str]
    written: list[Path]
    #: e.g. a document text that cannot be read, a rule whose selector matched no claim (with
    #: the closest key the documents have), a format that had nothing to write.
    warnings: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.report.failed

    def fails_at(self, severity: Severity = Severity.INFO) -> bool:
        """Did a check of this severity or a graver one fail (or break)?"""
        return any(
            r.status in (Status.FAIL, Status.ERROR) and r.severity.rank <= severity.rank
            for r in self.report.results
        )


def load_documents(
    paths: Iterable[Path | str], *, language: str | None = None, text_roots: Sequence[Path | str] = ()
) -> list[LoadedClaims]:
    """Load claims files (or folders of ``*.claims.yaml``), reporting every problem at once.

    Any other file is read as an article and its claims extracted
    (:func:`factcheck.extract_claims`); a run of articles only is checked
    with the generic rule pack by :func:`verify`. ``language`` is the articles'
    language (see :func:`factcheck.extract_claims`); claims files say their own.
    A claims file's ``document.text`` is read from its own folder or one of ``text_roots``.
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
            documents.append(load_claims(f, text_roots=text_roots) if is_claims_file(f)
                             else load_article(f, language=language))
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


def missing_texts(documents: Iterable[LoadedClaims]) -> list[Problem]:
    """A warning for each claims file whose ``document.text`` cannot be read: its quotes go unchecked.

    Loading does not refuse such a file (the figures can still be checked
    against each other), so without this the offsets would silently pass.
    """
    warnings = []
    for d in documents:
        written = d.claims_file.document.text
        if not written or d.text is not None:
            continue
        why = "not found" if d.text_path is None or not d.text_path.exists() else "cannot be read"
        line, column = _key_position(d.path, "text")
        warnings.append(Problem(str(d.path), line, column, f"warning: document text {written!r} {why}; "
                                "its quotes and offsets go unchecked"))
    return warnings


def _key_position(path: Path, key: str) -> tuple[int, int]:
    """Line and column of the value of the first ``key:`` in a YAML or JSON file (1:1 if not found)."""
    try:
        lines = read_input(path).splitlines()
    except InputError:
        return 1, 1
    pattern = re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*:\s*""")
    for number, line in enumerate(lines, start=1):
        if m := pattern.match(line):
            return number, m.end() + 1
    return 1, 1


def verify(
    paths: Sequence[Path | str] = (),
    *,
    rules: Sequence[Path | str] = (),
    formats: Sequence[str] = ("json",),
    output: Path | str | None = "reports",
    text_roots: Sequence[Path | str] = (),
    color: bool = False,
    width: int = 100,
    language: str | None = None,
    only_failed: bool = False,
    quiet: bool = False,
    bundled: bool = True,
) -> Verification:
    """Verify claims files against rule packs and write the requested reports.

    ``paths`` default to the bundled example; ``rules`` are added to the
    bundled packs (``bundled=False`` drops those), and may name a bundled pack
    (``"generic"``). ``text_roots`` are folders besides each claims file's own from which
    its ``document.text`` may be read. Raises :class:`~factcheck.InputError` (listing every problem, each
    with file, line and column) before anything is written.
    """
    unknown = [f for f in formats if f not in reports.formats()]
    if unknown:
        raise UsageError(f"unknown report format {', '.join(map(repr, unknown))}; "
                         f"choose from {', '.join(reports.formats())}")
    # the order of the paths and rule packs given means nothing: reports must not depend on it
    documents = sorted(
        load_documents(paths or [bundled_example()], language=language, text_roots=text_roots),
        key=lambda d: d.document_id,
    )
    articles_only = all(not is_claims_file(d.path) for d in documents)
    defaults, given = rule_sources(rules, bundled=bundled, articles_only=articles_only)
    own = load_rules(given)
    # a rule of your own with a bundled rule's id replaces it, as a setting overrides a default
    replaced = {r.rule.id for r in own}
    compiled = sorted([r for r in load_rules(defaults) if r.rule.id not in replaced] + own,
                      key=lambda c: (c.file, c.line, c.column))
    report = evaluate(documents, compiled)
    run = reports.Run(report=report, documents=documents, color=color, width=width,
                      only_failed=only_failed, quiet=quiet)
    rendered = reports.render(run, formats)
    written = reports.write_reports(rendered, Path(output)) if output is not None else []
    return Verification(report, rendered, written, [*missing_texts(documents),
                                                     *warnings(run, compiled, formats)])


def warnings(run: reports.Run, rules: Sequence[CompiledRule], formats: Sequence[str]) -> list[Problem]:
    """What a run should tell about its rules and formats although nothing failed."""
    from factcheck._authoring import unmatched_selectors
    from factcheck.reports.claimreview import missing_reviews

    found = sorted({w for rule in rules for w in unmatched_selectors(rule, run.documents)})
    if "claimreview" in formats and (note := missing_reviews(run)) is not None:
        found.append(note)
    return found
