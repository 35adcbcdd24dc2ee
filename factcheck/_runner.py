"""Verifying a corpus: documents in parallel, results streamed as they come, memory flat.

The inputs (files, folders searched recursively for claims files and
articles, globs, JSON Lines files, URLs and ``-`` for standard input) are
expanded lazily into *tasks* (a source, or a line of a JSON Lines file at a
byte offset) without reading them; workers read and verify their own
documents (:func:`verify_batch`) and send back each document's result lines,
already serialised, and its counts. The main process writes the lines to
``results.jsonl`` in task order (folders walked in sorted order, then lines),
one line per document to ``documents.jsonl``, and keeps only counts, the
worst few documents, a fixed-size bitmap of document ids (duplicates are
confirmed by reading ``documents.jsonl`` again) and, for documents that
declare a story, their task. A document that cannot be read is a line of its
own with its problems and does not stop the run.

Rules that compare documents (scope ``documents``) compare only documents of
the same story (``document.story``), so they run after the documents, one
story at a time (:func:`verify_stories`), on the same engine.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import heapq
import json
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from pydantic import ValidationError
from pydantic_core import to_json

from factcheck._api import load_source, missing_texts, wanted_in_folder
from factcheck._compiled import CompiledRule
from factcheck._coverage import CoverageCounts, count, merge_figures, record_counts
from factcheck._documents import ArticleIds, LoadedClaims
from factcheck._engine import document_records, evaluate_across, evaluate_document
from factcheck._engines import ENGINES
from factcheck._errors import InputError, Problem, UsageError
from factcheck._files import write_files
from factcheck._gc import collections_deferred
from factcheck._limits import (
    ENV_MAX_INPUT_BYTES,
    max_figures,
    max_input_bytes,
    set_max_figures,
    set_max_input_bytes,
)
from factcheck._loading import CLAIMS_SUFFIXES, DATA_SUFFIXES, is_claims_file, load_rules
from factcheck._models import ClaimsFile
from factcheck._packs import rule_sources
from factcheck._results import Report, Summary
from factcheck._safe_text import one_line
from factcheck._verdicts import Severity, Status
from factcheck._version import VERSION
from factcheck.readers import article_suffixes
from factcheck.readers._fetch import is_url

__all__ = ["CorpusOutcome", "Settings", "Survey", "Task", "corpus_tasks", "verify_batch", "verify_corpus",
           "verify_stories"]

#: Documents per unit of work sent to a worker: large enough that shipping costs little.
BATCH_SIZE = 16
#: Story groups per unit of work of the rules across documents.
STORIES_PER_BATCH = 4
#: Documents listed in the aggregate reports (all of them are in ``documents.jsonl``).
WORST_SHOWN = 20
JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: Bits of the bitmap that finds candidate duplicate ids (1 MiB, whatever the corpus size).
_ID_BITS = 1 << 23
_CHUNK = 1 << 16

#: A document to verify: a source (a path, a URL or ``-``); for a line of a JSON Lines file, its
#: number (from 1) and byte offset (``0, 0`` otherwise); the id an article is renamed to, or ``""``.
Task = tuple[str, int, int, str]


def _is_jsonl(path: PurePath | str) -> bool:
    return str(path).endswith(JSONL_SUFFIXES)


def _lines(path: Path) -> Iterator[Task]:
    """The lines of a JSON Lines file that are not blank, read in chunks so no line is held whole."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError:
        regular = False
    if not regular:  # a FIFO would block here: the worker reports what it is
        yield (str(path), 0, 0, "")
        return
    offset = number = 0
    with path.open("rb") as handle:
        while True:
            start, number, blank = offset, number + 1, True
            while chunk := handle.readline(_CHUNK):
                offset += len(chunk)
                blank = blank and not chunk.strip()
                if chunk.endswith(b"\n"):
                    break
            if offset == start:
                return
            if not blank:
                yield (str(path), number, start, "")


def _walk(folder: Path, glob_pattern: str | None, articles: Sequence[str],
          top: Path | None = None) -> Iterator[Path]:
    """Claims files and articles below ``folder``, in the order of ``sorted(folder.rglob("*"))``.

    Walked lazily, one folder at a time, so that a corpus of a million files is
    never listed whole. Hidden entries are left out; an article beside a claims
    file of the same name (``a.txt``, ``a.claims.yaml``) is read through it.
    """
    top = top or folder
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError:
        return
    wanted: list[tuple[bool, Path]] = []  # (a folder, to walk in its place?, path)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            wanted.append((True, path))
            continue
        if entry.is_symlink() and path.is_dir():  # as rglob: a link to a folder is not followed
            continue
        rel = PurePosixPath(path.relative_to(top).as_posix())
        if wanted_in_folder(rel, glob_pattern, articles) \
                or (glob_pattern and _is_jsonl(rel) and rel.match(glob_pattern)):
            wanted.append((False, path))
    claimed = {p.name[: -len(s)] for is_folder, p in wanted if not is_folder for s in CLAIMS_SUFFIXES
               if p.name.endswith(s)}
    for is_folder, path in wanted:
        if is_folder:
            yield from _walk(path, glob_pattern, articles, top)
        elif is_claims_file(path) or path.name.rsplit(".", 1)[0] not in claimed:
            yield path


def _sources(given: str, glob_pattern: str | None) -> Iterator[Path | str]:
    if given == "-" or is_url(given):
        yield given
        return
    path = Path(given)
    if path.is_dir():
        yield from _walk(path, glob_pattern, article_suffixes())
    elif not path.exists() and not path.is_symlink() and glob.has_magic(given):
        yield from sorted((Path(p) for p in glob.glob(given, recursive=True) if Path(p).is_file()),
                          key=lambda p: p.parts)
    else:
        yield path


def _tasks_of(given: str, glob_pattern: str | None) -> Iterator[Task]:
    for source in _sources(given, glob_pattern):
        if isinstance(source, Path) and _is_jsonl(source):
            yield from _lines(source)
        else:
            yield (str(source), 0, 0, "")


def _article_id(source: str) -> str | None:
    """The id an article gets from its name (as :func:`factcheck.extract.article_document` gives it), or
    ``None`` for a claims file, which names its own."""
    if source == "-":
        return "stdin"
    if not is_url(source) and PurePath(source).suffix.lower() in DATA_SUFFIXES:
        return None
    from factcheck.extract import document_id_for

    return document_id_for(source if is_url(source) else PurePath(source).name)


def _tasks(paths: Iterable[Path | str], glob_pattern: str | None = None) -> Iterator[Task]:
    """Every document's task, articles named alike numbered as the in-memory run numbers them."""
    ids = ArticleIds()
    for given in paths:
        for task in _tasks_of(str(given), glob_pattern):
            named = None if task[1] else _article_id(task[0])
            if named is not None and (chosen := ids.assign(named)) != named:
                task = (*task[:3], chosen)
            yield task


@dataclass(frozen=True, slots=True)
class Survey:
    """What the inputs hold, found without reading a document: how many, any claims at all, problems."""

    documents: int
    claims: bool
    problems: list[Problem]


def corpus_tasks(paths: Iterable[Path | str], glob_pattern: str | None = None) -> Survey:
    """Count the documents of the given paths, folders (recursively), globs and JSON Lines; problems
    for what is not there (a missing file, a folder with nothing to verify, a glob matching nothing)."""
    count = 0
    claims = False
    problems: list[Problem] = []
    stdin = 0
    for given in map(str, paths):
        stdin += given == "-"
        path = Path(given)
        if given != "-" and not is_url(given) and not path.exists() and not path.is_symlink() \
                and not glob.has_magic(given):
            problems.append(Problem(given, 1, 1, "no such file or directory"))
            continue
        found = 0
        for source, _, _, _ in _tasks_of(given, glob_pattern):
            found += 1
            claims = claims or is_claims_file(Path(source)) or _is_jsonl(source) \
                or source.lower().endswith((".yaml", ".yml", ".json"))
        if not found:
            what = ("no file matches this pattern" if not path.exists() and glob.has_magic(given)
                    else "no documents in this file" if _is_jsonl(given)
                    else "no claims files or articles " + (f"matching {glob_pattern!r} " if glob_pattern
                                                          else "") + "here")
            problems.append(Problem(given, 1, 1, what))
        count += found
    if stdin > 1:
        problems.append(Problem("-", 1, 1, "standard input can be read once only"))
    return Survey(count, claims, problems)


def _batches(tasks: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for task in tasks:
        batch.append(task)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- in the worker ---------------------------------------------------------------------


def _where(task: Task) -> str:
    source, line, _, _ = task
    shown = source if source == "-" or is_url(source) else _display(source, os.getcwd())
    return f"{shown}:{line}" if line else shown


@functools.lru_cache(maxsize=64)
def _display(source: str, folder: str) -> str:
    """The source as shown, relative to ``folder``; once per path (each line of a JSON Lines file has it).

    A file that is not a symlink resolves as its folder does, and the folders of a corpus are few, so
    only the folder is resolved (once); the name is joined to it.
    """
    path = Path(source)
    try:
        if os.path.islink(path) or path.name in ("", ".", ".."):
            real = path.resolve()
        else:
            real = _resolved(os.path.join(folder, path.parent)) / path.name  # folder: the working one
        return real.relative_to(_resolved(folder)).as_posix()
    except ValueError:
        return path.as_posix()


@functools.lru_cache(maxsize=256)
def _resolved(folder: str) -> Path:
    return Path(folder).resolve()


def _read_line(path: str, line: int, offset: int) -> bytes:
    """The line, at most the input size limit (the documented cap applies to each line)."""
    limit = max_input_bytes()
    with open(path, "rb") as handle:
        handle.seek(offset)
        raw = handle.readline(limit + 3)
    raw = raw.rstrip(b"\r\n")
    if len(raw) > limit:
        raise InputError([Problem(path, line, 1, f"the line is over {limit:,} bytes; the limit is "
                                  f"{limit:,} bytes (raise it with --max-input-bytes or "
                                  f"{ENV_MAX_INPUT_BYTES})")])
    return raw


def _load_line(task: Task, language: str | None) -> LoadedClaims:
    """One JSON Lines document: a claims file (``document``, ``claims``) or an article (``id``, ``text``)."""
    path, line, offset, _ = task
    raw = _read_line(path, line, offset)
    try:
        data = json.loads(raw.decode("utf-8"), parse_float=str, parse_int=str)
    except UnicodeDecodeError as exc:
        raise InputError([Problem(path, line, exc.start + 1, "not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise InputError([Problem(path, line, exc.colno, exc.msg)]) from None
    except RecursionError:
        raise InputError([Problem(path, line, 1, "nested too deeply")]) from None
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
    source, line, _, renamed = task
    if line:
        return _load_line(task, settings.language)
    if _is_jsonl(source):  # not a regular file: say what it is
        from factcheck._inputs import read_input_bytes

        read_input_bytes(source)
        raise InputError([Problem(source, 1, 1, "cannot be read as JSON Lines")])
    document = load_source(source, input_format=settings.input_format, language=settings.language,
                           text_roots=settings.text_roots, stdin=settings.stdin)
    return document.renamed(renamed) if renamed else document


@dataclass(slots=True)
class DocumentOutcome:
    """What a worker sends back for one document: lines to write and counts to add up."""

    task: Task
    where: str
    #: ``documents.jsonl`` line
    line: str
    #: ``results.jsonl`` lines, in report order
    results: list[str]
    counts: dict[str, int]
    #: (rule, severity, a line saying what failed where) of every failed or broken result
    failures: list[tuple[str, str, str]]
    problems: list[str]
    document: str | None = None
    #: ``document.story``: the rules across documents compare documents of one story
    story: str | None = None
    #: figures checked against another figure, only sanity-checked, unchecked (see factcheck._coverage)
    coverage: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs, sent once: the rules, the articles' language, the input limit."""

    rules: Sequence[CompiledRule]
    language: str | None = None
    #: folders besides each claims file's own from which its ``document.text`` may be read
    text_roots: Sequence[str] = ()
    #: how to read standard input and files whose suffix names no format
    input_format: str | None = None
    #: standard input, read once by the main process (``-``)
    stdin: bytes | None = None
    max_input_bytes: int | None = None
    max_figures: int | None = None


def _counts(report: Report) -> dict[str, int]:
    s = report.summary
    return {"passed": s.passed, "failed": s.failed, "inconclusive": s.inconclusive, "skipped": s.skipped,
            "errors": s.errors}


def _failures(report: Report, where: str) -> list[tuple[str, str, str]]:
    """(rule, severity, a line to show) of every failed or broken result, in report order."""
    return _record_failures((r.model_dump(mode="json") for r in report.results), where)


def _record_failures(records: Iterable[dict[str, Any]], where: str) -> list[tuple[str, str, str]]:
    return [(r["rule"], str(r["severity"]),
             one_line(f"{where}: {r['status']} {r['rule']}: {r['headline'] or r['message']}"))
            for r in records if r["status"] in _BROKEN]


_BROKEN = (Status.FAIL.value, Status.ERROR.value)
#: Each status's count in a summary (Summary's field order).
_COUNTED = {
    Status.PASS.value: "passed", Status.FAIL.value: "failed", Status.INCONCLUSIVE.value: "inconclusive",
    Status.SKIPPED.value: "skipped", Status.ERROR.value: "errors",
}


def result_line(record: dict[str, Any]) -> str:
    """A result record as ``Result.model_dump_json()`` writes it: pydantic's own JSON writer on plain
    data (a third of ``json.dumps``'s time on these records)."""
    return to_json(record).decode("utf-8")


def verify_batch(batch: Sequence[Task], settings: Settings) -> list[DocumentOutcome]:
    """Read and verify each document of the batch; a document that cannot be read is an outcome too."""
    set_max_input_bytes(settings.max_input_bytes)
    set_max_figures(settings.max_figures)
    with collections_deferred():  # one young collection per batch, not per document
        return [_verify_one(task, settings) for task in batch]


def _verify_one(task: Task, settings: Settings) -> DocumentOutcome:
    where = _where(task)
    try:
        document = _load(task, settings)
    except InputError as exc:
        problems = [str(p) for p in exc.problems]
        line = json.dumps({"source": where, "readable": False, "problems": problems}, ensure_ascii=False)
        return DocumentOutcome(task, where, line, [line], {}, [], problems)
    records = document_records(document, settings.rules)
    counts = dict.fromkeys(_COUNTED.values(), 0)
    for record in records:
        counts[_COUNTED[record["status"]]] += 1
    coverage = record_counts([document], records).model_dump()
    row: dict[str, Any] = {"source": where, "document": document.document_id, "readable": True,
                           "claims": len(document.claims_file.claims), **counts, "coverage": coverage}
    if warnings := missing_texts([document]):  # e.g. a document text that cannot be read
        row["warnings"] = [str(w) for w in warnings]
    line = json.dumps(row, ensure_ascii=False)
    return DocumentOutcome(
        task, where, line, [result_line(r) for r in records], counts,
        _record_failures(records, where), [], document.document_id, document.claims_file.document.story,
        coverage,
    )


@dataclass(slots=True)
class StoryOutcome:
    """The results of the rules across documents for one story."""

    story: str
    results: list[str]
    counts: dict[str, int]
    failures: list[tuple[str, str, str]]
    #: what comparing the documents adds to their figures' coverage (e.g. ``compared: +2, sanity: -2``)
    coverage: dict[str, int] = field(default_factory=dict)


def verify_stories(groups: Sequence[tuple[str, Sequence[Task]]], settings: Settings) -> list[StoryOutcome]:
    """Run the rules across documents on each story's documents (read again here: paths, not contents)."""
    set_max_input_bytes(settings.max_input_bytes)
    set_max_figures(settings.max_figures)
    out = []
    for story, tasks in groups:
        documents = []
        for task in tasks:
            try:
                documents.append(_load(task, settings))
            except InputError:  # reported with the document already
                continue
        report = evaluate_across(documents, settings.rules)
        out.append(StoryOutcome(story, [r.model_dump_json() for r in report.results], _counts(report),
                                _failures(report, f"story {story}"), _coverage_added(documents, report,
                                                                                     settings.rules)))
    return out


def _coverage_added(documents: Sequence[LoadedClaims], across: Report,
                    rules: Sequence[CompiledRule]) -> dict[str, int]:
    """How the rules across documents move the documents' figures between coverage levels.

    Each document's line counts its figures as its own rules left them; a
    figure set against another document's figure is "compared" in the whole
    run, as :func:`factcheck.evaluate` counts it, so the aggregate adds this.
    """
    if all(r.status is Status.SKIPPED for r in across.results):
        return {}
    alone = [evaluate_document(d, rules).figures for d in documents]
    before = count([f for figures in alone for f in figures])
    after = count(merge_figures([*alone, across.figures]))
    return {level: getattr(after, level) - getattr(before, level) for level in CoverageCounts.model_fields}


# --- in the main process -----------------------------------------------------------------


@dataclass
class CorpusOutcome:
    """The aggregate of a corpus run: counts only, the worst few documents, duplicate ids."""

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
    #: rules of scope ``documents``, and the stories (of two documents or more) they compared
    cross_document_rules: int = 0
    stories: int = 0
    #: ``source:1:1: document id … is also used by …``, one per document after the first of an id
    duplicates: list[str] = field(default_factory=list)
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)

    def _count(self, counts: dict[str, int], failures: list[tuple[str, str, str]]) -> None:
        self.results += sum(counts.values())
        self.summary.update(counts)
        for rule, severity, _ in failures:
            self.failures_by_rule[rule] += 1
            self.failures_by_severity[severity] += 1

    def add(self, outcome: DocumentOutcome, order: int) -> None:
        self.documents += 1
        if outcome.problems:
            self.unreadable += 1
            if len(self.unreadable_shown) < WORST_SHOWN:
                self.unreadable_shown.extend(outcome.problems)
            return
        self._count(outcome.counts, outcome.failures)
        self.coverage.update(outcome.coverage)
        c = outcome.counts
        if c["failed"] or c["errors"] or c["inconclusive"]:
            entry = (c["failed"], c["errors"], c["inconclusive"], -order, outcome.line)
            if len(self.worst) < WORST_SHOWN:
                heapq.heappush(self.worst, entry)
            else:
                heapq.heappushpop(self.worst, entry)

    def add_story(self, outcome: StoryOutcome) -> None:
        self.stories += 1
        self._count(outcome.counts, outcome.failures)
        self.coverage.update(outcome.coverage)

    def fails_at(self, severity: Severity = Severity.INFO) -> bool:
        return any(n and Severity(s).rank <= severity.rank for s, n in self.failures_by_severity.items())

    @property
    def bad_input(self) -> bool:
        """A document could not be read, or two share an id: exit code 2."""
        return bool(self.unreadable or self.duplicates)

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
            "duplicate_ids": self.duplicates[:WORST_SHOWN],
            "duplicates": len(self.duplicates),
            "cross_document_rules": self.cross_document_rules,
            "stories_compared": self.stories,
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
    if data["cross_document_rules"]:
        out += [f"Rules across documents: {data['cross_document_rules']}, run on "
                f"{data['stories_compared']} stories of two documents or more (documents naming the same "
                "`document.story`).", ""]
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
    if data["duplicate_ids"]:
        out += ["", f"## Document ids used twice ({data['duplicates']})", ""]
        out += [f"- `{p}`" for p in data["duplicate_ids"]]
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
        results.write("".join(line + "\n" for line in outcome.results))
        documents.write(outcome.line + "\n")

    def write_results(self, lines: Iterable[str]) -> None:
        self.handles[0].write("".join(line + "\n" for line in lines))

    def close(self, keep: bool) -> None:
        for handle in self.handles:
            handle.close()
        for temporary, target in zip(self.temporary, self.targets, strict=True):
            if keep:
                os.replace(temporary, target)
            else:
                temporary.unlink(missing_ok=True)


class _Ids:
    """Duplicate document ids in constant memory: a bitmap finds candidates, a second read confirms."""

    def __init__(self) -> None:
        self.seen = bytearray(_ID_BITS // 8)
        self.candidates: set[str] = set()

    def add(self, document_id: str) -> None:
        bit = int.from_bytes(hashlib.blake2b(document_id.encode(), digest_size=8).digest()) % _ID_BITS
        byte, mask = divmod(bit, 8)
        if self.seen[byte] & (1 << mask):
            self.candidates.add(document_id)
        self.seen[byte] |= 1 << mask

    def duplicates(self, documents: Path) -> list[str]:
        """``source:1:1: document id 'x' is also used by first-source`` for each repeat, in order."""
        if not self.candidates:
            return []
        first: dict[str, str] = {}
        out = []
        with documents.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                document_id = row.get("document")
                if document_id not in self.candidates:
                    continue
                if document_id in first:
                    out.append(f"{row['source']}:1:1: document id {document_id!r} is also used by "
                               f"{first[document_id]}")
                else:
                    first[document_id] = row["source"]
        return out


def _show(failures: Sequence[tuple[str, str, str]], failed: Callable[[str], None] | None) -> None:
    if failed is not None:
        for _, _, line in failures:
            failed(line)


def _jobs(jobs: int | None) -> int:
    if jobs is not None:
        return jobs
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def verify_corpus(
    paths: Sequence[Path | str],
    *,
    rules: Sequence[Path | str] = (),
    output: Path | str = "reports",
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    failed: Callable[[str], None] | None = None,
    language: str | None = None,
    text_roots: Sequence[Path | str] = (),
    bundled: bool = True,
    glob: str | None = None,
    input_format: str | None = None,
    stdin: bytes | None = None,
) -> CorpusOutcome:
    """Verify every document under ``paths`` and stream the results into ``output``.

    ``paths`` are claims files, articles, JSON Lines files, URLs, ``-`` (standard
    input, or ``stdin``), folders of claims files and articles (searched
    recursively, narrowed by ``glob``) and glob patterns. Writes
    ``results.jsonl`` (every result: each document's in turn, in the order of the
    paths, then the rules across documents story by story), ``documents.jsonl``
    (one line per document with its counts) and the aggregate reports
    ``aggregate.json`` and ``aggregate.md``. Every file is the same whatever the
    engine and the number of ``jobs`` (default: every core). ``progress(done,
    total)`` is called as documents finish, ``failed(line)`` with a line for each
    failed or broken check (``source: fail rule: what is wrong``), in the order
    of ``results.jsonl``. ``rules`` are added to the bundled
    packs unless ``bundled`` is false, as in :func:`factcheck.verify`.
    ``language`` is the articles' language (a JSON Lines article may give its
    own as ``language``).
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler is an address of a Dask scheduler: use it with --engine dask")
    if input_format is not None:
        from factcheck.readers import reader_for

        reader_for(name=input_format)  # a usage error, whether or not an input needs it
    given = [str(p) for p in paths]
    survey = corpus_tasks(given, glob)
    if survey.problems:
        raise InputError(survey.problems)
    total = survey.documents
    if "-" in given and stdin is None:
        stdin = sys.stdin.buffer.read()
    defaults, own_sources = rule_sources(rules, bundled=bundled, articles_only=not survey.claims)
    own = load_rules(own_sources)
    # as in factcheck.verify: a rule of your own with a bundled rule's id replaces it
    replaced = {r.rule.id for r in own}
    compiled = sorted([r for r in load_rules(defaults) if r.rule.id not in replaced] + own,
                      key=lambda c: (c.file, c.line, c.column))
    across = [r for r in compiled if r.rule.scope == "documents"]
    settings = Settings(compiled, language, tuple(map(str, text_roots)), input_format, stdin,
                        max_input_bytes(), max_figures())
    workers = max(1, min(_jobs(jobs), -(-total // BATCH_SIZE)))
    outcome = CorpusOutcome(cross_document_rules=len(across))
    ids = _Ids()
    stories: dict[str, list[Task]] = {}
    out = Path(output)
    streams = _Streams(out)
    start = time.perf_counter()
    kept = False
    chosen = ENGINES[engine]
    try:
        with chosen.connect(workers, scheduler) as connection:  # one cluster for both steps
            run = chosen.run(verify_batch, _batches(_tasks(given, glob), BATCH_SIZE), settings,
                             jobs=workers, scheduler=scheduler, connection=connection)
            for batch in run:
                for document in batch:
                    outcome.add(document, outcome.documents)
                    streams.write(document)
                    _show(document.failures, failed)
                    if document.document is not None:
                        ids.add(document.document)
                    if document.story is not None and across:
                        stories.setdefault(document.story, []).append(document.task)
                if progress is not None:
                    progress(outcome.documents, total)
            groups = [(story, tasks) for story, tasks in sorted(stories.items()) if len(tasks) > 1]
            if groups:
                run = chosen.run(verify_stories, _batches(groups, STORIES_PER_BATCH), settings,
                                 jobs=max(1, min(workers, len(groups))), scheduler=scheduler,
                                 connection=connection)
                for story_batch in run:
                    for story in story_batch:
                        outcome.add_story(story)
                        streams.write_results(story.results)
                        _show(story.failures, failed)
        kept = True
    finally:
        streams.close(keep=kept)
    outcome.duplicates = ids.duplicates(streams.targets[1])
    outcome.seconds = time.perf_counter() - start
    data = outcome.data()
    write_files({out / "aggregate.json": json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                 out / "aggregate.md": aggregate_markdown(data)})
    outcome.written = [*streams.targets, out / "aggregate.json", out / "aggregate.md"]
    return outcome
