"""Verifying a corpus: documents in parallel, results streamed as they come, memory flat.

The inputs (files, folders of claims files searched recursively, globs, and
JSON Lines files named on the command line) are expanded into *tasks* (a path, or a line of a JSON Lines
file) without reading them; workers read and verify their own documents
(:func:`verify_batch`) and send back each document's result lines, already
serialised, and its counts. The main process writes the lines to
``results.jsonl`` in task order (sorted paths, then lines), one line per
document to ``documents.jsonl``, and keeps only counts and the worst few
documents for the aggregate reports. A document that cannot be read is a
line of its own with its problems and does not stop the run.

Rules that compare documents (scope ``documents``) need every document at
once, so a corpus run leaves them out and says so; plain ``factcheck verify``
runs them.
"""

from __future__ import annotations

import glob
import heapq
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck._compiled import CompiledRule
from factcheck._coverage import CoverageCounts
from factcheck._documents import LoadedClaims
from factcheck._engine import evaluate_document
from factcheck._engines import ENGINES
from factcheck._errors import InputError, Problem, UsageError
from factcheck._files import write_files
from factcheck._loading import is_claims_file, load_claims, load_rules
from factcheck._models import ClaimsFile
from factcheck._packs import rule_sources
from factcheck._results import Summary
from factcheck._verdicts import Severity, Status
from factcheck._version import VERSION

__all__ = ["CorpusOutcome", "Settings", "Task", "corpus_tasks", "verify_batch", "verify_corpus"]

#: Documents per unit of work sent to a worker: large enough that shipping costs little.
BATCH_SIZE = 16
#: Documents listed in the aggregate reports (all of them are in ``documents.jsonl``).
WORST_SHOWN = 20
JSONL_SUFFIXES = (".jsonl", ".ndjson")

#: A document to verify: a file, or the line (numbered from 1) of a JSON Lines file at a byte offset.
Task = tuple[str, int, int]


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith(JSONL_SUFFIXES)


def _lines(path: Path) -> Iterator[Task]:
    offset = 0
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield (str(path), number, offset)
            offset += len(line)


def _expand(given: str) -> tuple[list[Path], list[Problem]]:
    path = Path(given)
    if not path.exists() and glob.has_magic(given):
        found = sorted(Path(p) for p in glob.glob(given, recursive=True) if Path(p).is_file())
        return found, [] if found else [Problem(given, 1, 1, "no file matches this pattern")]
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and is_claims_file(p))
        none = "no *.claims.yaml, *.claims.yml or *.claims.json here"
        return found, [] if found else [Problem(given, 1, 1, none)]
    if not path.exists():
        return [], [Problem(given, 1, 1, "no such file or directory")]
    return [path], []


def corpus_tasks(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    """The files behind the given paths, folders (recursively) and globs; problems for what is not there."""
    files: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        found, missing = _expand(str(given))
        files.extend(found)
        problems.extend(missing)
    return files, problems


def _tasks(files: Iterable[Path]) -> Iterator[Task]:
    for f in files:
        if _is_jsonl(f):
            yield from _lines(f)
        else:
            yield (str(f), 0, 0)


def _batches(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- in the worker ---------------------------------------------------------------------


def _where(task: Task) -> str:
    path, line, _ = task
    return f"{_display(Path(path))}:{line}" if line else _display(Path(path))


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _load_line(task: Task, language: str | None) -> LoadedClaims:
    """One JSON Lines document: a claims file (``document``, ``claims``) or an article (``id``, ``text``)."""
    path, line, offset = task
    with open(path, "rb") as handle:
        handle.seek(offset)
        raw = handle.readline()
    try:
        data = json.loads(raw.decode("utf-8"), parse_float=str, parse_int=str)
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, line, exc.start + 1, "not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise InputError([Problem(path, line, exc.colno, exc.msg)]) from None
    if not isinstance(data, dict):
        raise InputError([Problem(path, line, 1, "expected an object: a claims document or an article")])
    if "claims" in data or "document" in data:
        try:
            claims_file = ClaimsFile.model_validate(data)
        except ValidationError as exc:
            raise InputError([
                Problem(path, line, 1, f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}")
                for e in exc.errors()
            ]) from None
        return LoadedClaims(claims_file, Path(path), None, None)
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError([Problem(path, line, 1, "an article line needs a \"text\" string "
                                  "(a claims document needs \"document\" and \"claims\")")])
    from factcheck.extract import extract_claims

    document_id = str(data.get("id") or f"{Path(path).stem}-{line}")
    title = data.get("title")
    written = data.get("language")
    claims_file = extract_claims(
        text, document_id=document_id, title=title if isinstance(title, str) else None,
        language=written if isinstance(written, str) else language,
    )
    return LoadedClaims(claims_file, Path(path), text, None)


def _load(task: Task, settings: Settings) -> LoadedClaims:
    path = Path(task[0])
    language = settings.language
    if task[1]:
        return _load_line(task, language)
    if is_claims_file(path):
        return load_claims(path, text_roots=settings.text_roots)
    from factcheck.extract import load_article

    return load_article(path, language=language)


@dataclass(slots=True)
class DocumentOutcome:
    """What a worker sends back for one document: lines to write and counts to add up."""

    where: str
    #: ``documents.jsonl`` line
    line: str
    #: ``results.jsonl`` lines, in report order
    results: list[str]
    counts: dict[str, int]
    #: (rule, severity) of every failed or broken result
    failures: list[tuple[str, str]]
    problems: list[str]
    #: figures checked against another figure, only sanity-checked, unchecked (see factcheck._coverage)
    coverage: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs, sent once: the rules of scope ``document``, the articles' language."""

    rules: Sequence[CompiledRule]
    language: str | None = None
    #: folders besides each claims file's own from which its ``document.text`` may be read
    text_roots: Sequence[str] = ()


def verify_batch(batch: Sequence[Task], settings: Settings) -> list[DocumentOutcome]:
    """Read and verify each document of the batch; a document that cannot be read is an outcome too."""
    out = []
    rules = settings.rules
    for task in batch:
        where = _where(task)
        try:
            document = _load(task, settings)
        except InputError as exc:
            problems = [str(p) for p in exc.problems]
            line = json.dumps({"source": where, "readable": False, "problems": problems}, ensure_ascii=False)
            out.append(DocumentOutcome(where, line, [line], {}, [], problems))
            continue
        report = evaluate_document(document, rules)
        s = report.summary
        counts = {"passed": s.passed, "failed": s.failed, "inconclusive": s.inconclusive,
                  "skipped": s.skipped, "errors": s.errors}
        coverage = s.coverage.model_dump()
        line = json.dumps({"source": where, "document": document.document_id, "readable": True,
                           "claims": len(document.claims_file.claims), **counts, "coverage": coverage},
                          ensure_ascii=False)
        out.append(DocumentOutcome(
            where, line,
            [r.model_dump_json() for r in report.results],
            counts,
            [(r.rule, r.severity.value) for r in report.results if r.status in (Status.FAIL, Status.ERROR)],
            [],
            coverage,
        ))
    return out


# --- in the main process -----------------------------------------------------------------


@dataclass
class CorpusOutcome:
    """The aggregate of a corpus run: counts only, and the worst few documents."""

    documents: int = 0
    unreadable: int = 0
    results: int = 0
    summary: Counter[str] = field(default_factory=Counter)
    coverage: Counter[str] = field(default_factory=Counter)
    failures_by_rule: Counter[str] = field(default_factory=Counter)
    failures_by_severity: Counter[str] = field(default_factory=Counter)
    #: (failed, errors, inconclusive, -order, document line) of the worst documents
    worst: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    unreadable_shown: list[str] = field(default_factory=list)
    cross_document_rules: int = 0
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)

    def add(self, outcome: DocumentOutcome, order: int) -> None:
        self.documents += 1
        if outcome.problems:
            self.unreadable += 1
            if len(self.unreadable_shown) < WORST_SHOWN:
                self.unreadable_shown.extend(outcome.problems)
            return
        self.results += sum(outcome.counts.values())
        self.summary.update(outcome.counts)
        self.coverage.update(outcome.coverage)
        for rule, severity in outcome.failures:
            self.failures_by_rule[rule] += 1
            self.failures_by_severity[severity] += 1
        c = outcome.counts
        if c["failed"] or c["errors"] or c["inconclusive"]:
            entry = (c["failed"], c["errors"], c["inconclusive"], -order, outcome.line)
            if len(self.worst) < WORST_SHOWN:
                heapq.heappush(self.worst, entry)
            else:
                heapq.heappushpop(self.worst, entry)

    def fails_at(self, severity: Severity = Severity.INFO) -> bool:
        return any(n and Severity(s).rank <= severity.rank for s, n in self.failures_by_severity.items())

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def data(self) -> dict[str, Any]:
        """The aggregate report: deterministic (no timings), worst documents first."""
        coverage = CoverageCounts(**{k: self.coverage[k] for k in CoverageCounts.model_fields})
        summary = Summary(**{k: self.summary[k] for k in Summary.model_fields if k != "coverage"},
                          coverage=coverage)
        return {
            "tool": "factcheck",
            "version": VERSION,
            "documents": self.documents,
            "unreadable": self.unreadable,
            "results": self.results,
            "summary": summary.model_dump(),
            "failures_by_rule": dict(sorted(self.failures_by_rule.items(), key=lambda kv: (-kv[1], kv[0]))),
            "worst_documents": [json.loads(e[4]) for e in sorted(self.worst, reverse=True)],
            "unreadable_documents": self.unreadable_shown,
            "cross_document_rules_not_run": self.cross_document_rules,
        }


def aggregate_markdown(data: dict[str, Any]) -> str:
    """The aggregate report for people: totals, failures per rule, worst documents first."""
    s = data["summary"]
    out = [
        "# factcheck corpus report", "",
        f"{data['documents']} documents ({data['unreadable']} could not be read), "
        f"{data['results']} results: {s['passed']} passed, {s['failed']} failed, "
        f"{s['inconclusive']} inconclusive, {s['skipped']} skipped, {s['errors']} errors.", "",
        f"Coverage: {CoverageCounts(**s['coverage']).line().removeprefix('coverage: ')}.", "",
    ]
    if data["cross_document_rules_not_run"]:
        out += [f"{data['cross_document_rules_not_run']} rules across documents were not run "
                "(a corpus run verifies each document on its own).", ""]
    out += ["## Failures per rule", ""]
    if data["failures_by_rule"]:
        out += ["| rule | failed or broken |", "|---|---:|"]
        out += [f"| `{rule}` | {n} |" for rule, n in data["failures_by_rule"].items()]
    else:
        out.append("None.")
    out += ["", "## Worst documents", ""]
    if data["worst_documents"]:
        out += ["| document | source | failed | errors | inconclusive | passed |",
                "|---|---|---:|---:|---:|---:|"]
        out += [f"| `{d['document']}` | `{d['source']}` | {d['failed']} | {d['errors']} | "
                f"{d['inconclusive']} | {d['passed']} |" for d in data["worst_documents"]]
    else:
        out.append("None: every document passed or was skipped.")
    if data["unreadable_documents"]:
        out += ["", "## Documents that could not be read", ""]
        out += [f"- `{p}`" for p in data["unreadable_documents"]]
    return "\n".join(out) + "\n"


class _Streams:
    """``results.jsonl`` and ``documents.jsonl`` written beside each other, renamed into place at the end."""

    NAMES = ("results.jsonl", "documents.jsonl")

    def __init__(self, output: Path) -> None:
        output.mkdir(parents=True, exist_ok=True)
        self.targets = [output / n for n in self.NAMES]
        self.temporary = [output / f".{n}.partial" for n in self.NAMES]
        self.handles = [t.open("w", encoding="utf-8", newline="\n") for t in self.temporary]

    def write(self, outcome: DocumentOutcome) -> None:
        results, documents = self.handles
        for line in outcome.results:
            results.write(line + "\n")
        documents.write(outcome.line + "\n")

    def close(self, keep: bool) -> None:
        for handle in self.handles:
            handle.close()
        for temporary, target in zip(self.temporary, self.targets, strict=True):
            if keep:
                os.replace(temporary, target)
            else:
                temporary.unlink(missing_ok=True)


def verify_corpus(
    paths: Sequence[Path | str],
    *,
    rules: Sequence[Path | str] = (),
    output: Path | str = "reports",
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    language: str | None = None,
    text_roots: Sequence[Path | str] = (),
    bundled: bool = True,
) -> CorpusOutcome:
    """Verify every document under ``paths`` and stream the results into ``output``.

    Writes ``results.jsonl`` (every result, documents in sorted order),
    ``documents.jsonl`` (one line per document with its counts) and the
    aggregate reports ``aggregate.json`` and ``aggregate.md``. Every file is
    the same whatever the engine and the number of jobs. ``progress(done,
    total)`` is called as documents finish. ``rules`` are added to the bundled
    packs unless ``bundled`` is false, as in :func:`factcheck.verify`. ``language`` is the articles'
    language (a JSON Lines article may give its own as ``language``).
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler is an address of a Dask scheduler: use it with --engine dask")
    files, problems = corpus_tasks(paths)
    if problems:
        raise InputError(problems)
    articles_only = not any(is_claims_file(f) or _is_jsonl(f) for f in files)
    defaults, given = rule_sources(rules, bundled=bundled, articles_only=articles_only)
    own = load_rules(given)
    # as in factcheck.verify: a rule of your own with a bundled rule's id replaces it
    replaced = {r.rule.id for r in own}
    compiled = sorted([r for r in load_rules(defaults) if r.rule.id not in replaced] + own,
                      key=lambda c: (c.file, c.line, c.column))
    per_document = [r for r in compiled if r.rule.scope == "document"]
    total = sum(1 for _ in _tasks(files))
    outcome = CorpusOutcome(cross_document_rules=len(compiled) - len(per_document))
    out = Path(output)
    streams = _Streams(out)
    start = time.perf_counter()
    kept = False
    try:
        run = ENGINES[engine].run(verify_batch, _batches(_tasks(files), BATCH_SIZE),
                                  Settings(per_document, language, tuple(map(str, text_roots))),
                                  jobs=jobs or os.cpu_count() or 1, scheduler=scheduler)
        for batch in run:
            for document in batch:
                outcome.add(document, outcome.documents)
                streams.write(document)
            if progress is not None:
                progress(outcome.documents, total)
        kept = True
    finally:
        streams.close(keep=kept)
    outcome.seconds = time.perf_counter() - start
    data = outcome.data()
    write_files({out / "aggregate.json": json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                 out / "aggregate.md": aggregate_markdown(data)})
    outcome.written = [*streams.targets, out / "aggregate.json", out / "aggregate.md"]
    return outcome
