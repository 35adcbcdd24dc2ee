"""The library entry point behind ``factcheck verify``; usable without the CLI."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from urllib.parse import urlsplit

from factcheck import reports
from factcheck._bundled import bundled_example
from factcheck._compiled import CompiledRule, unmatched_selectors
from factcheck._documents import ArticleIds, LoadedClaims
from factcheck._engine import evaluate
from factcheck._errors import InputError, Problem, UsageError
from factcheck._inputs import read_input
from factcheck._loading import DATA_SUFFIXES, is_claims_file, load_claims, load_rules
from factcheck._packs import rule_sources
from factcheck._results import Report
from factcheck._verdicts import Severity, Status
from factcheck.readers import article_suffixes, read_bytes, reader_for
from factcheck.readers._fetch import is_url, read_url

# extraction (factcheck.extract) is imported by the loaders of articles: claims files do without it

__all__ = ["Verification", "load_documents", "load_source", "missing_texts", "verify", "wanted_in_folder"]


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


def _inputs_in(folder: Path, glob: str | None) -> list[Path]:
    """Claims files and articles below ``folder`` (hidden ones left out), narrowed by ``glob``.

    Without ``glob`` only ``*.claims.*`` files count as claims files; a file
    ``glob`` picks out that ends in ``.yaml``, ``.yml`` or ``.json`` is read as
    one (and is an error if it is not).
    """
    articles = article_suffixes()
    found = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        # an entry that is not a file but not a folder either (a broken or looping symlink, a FIFO)
        # is kept, so that reading it reports it instead of skipping it silently
        if any(part.startswith(".") for part in rel.parts) or p.is_dir():
            continue
        if wanted_in_folder(rel, glob, articles):
            found.append(p)
    return found


def wanted_in_folder(rel: PurePath, glob: str | None, articles: Sequence[str]) -> bool:
    """Is this file of a folder (``rel``: its path in the folder) a claims file or an article to verify?"""
    suffix = rel.suffix.lower()
    if glob is not None:
        return rel.match(glob) and (suffix in DATA_SUFFIXES or suffix in articles)
    return is_claims_file(Path(rel.name)) or (suffix in articles and suffix not in DATA_SUFFIXES)


def load_source(
    source: str, *, input_format: str | None = None, language: str | None = None,
    text_roots: Sequence[Path | str] = (), stdin: bytes | None = None, allow_private: bool = True,
) -> LoadedClaims:
    """One document: ``-`` (standard input, or ``stdin``), an ``http(s)://`` URL, or a file."""
    if source == "-":
        return _load_stdin(stdin, input_format, language)
    if is_url(source):
        return _load_url(source, allow_private, language)
    return _load_file(Path(source), input_format, language, text_roots)


def _is_article(document: LoadedClaims) -> bool:
    return document.path.suffix.lower() not in DATA_SUFFIXES


def _load_file(
    path: Path, input_format: str | None, language: str | None, text_roots: Sequence[Path | str]
) -> LoadedClaims:
    """A claims file if it ends in .yaml, .yml or .json; else an article of the format its suffix names."""
    if path.suffix.lower() in DATA_SUFFIXES:
        return load_claims(path, text_roots=text_roots)
    from factcheck.extract import load_article

    known = path.suffix.lower() in article_suffixes()
    return load_article(path, format=None if known or input_format is None else input_format,
                        language=language)


def _load_url(url: str, allow_private: bool, language: str | None) -> LoadedClaims:
    parts = urlsplit(url)
    shown = Path(f"{parts.netloc}{parts.path}".rstrip("/") or parts.netloc)
    from factcheck.extract import article_document

    return article_document(read_url(url, allow_private=allow_private), shown, language=language)


def _load_stdin(stdin: bytes | None, input_format: str | None, language: str | None) -> LoadedClaims:
    data = sys.stdin.buffer.read() if stdin is None else stdin
    article = read_bytes(data, reader_for(name=input_format or "text"), source="<stdin>")
    from factcheck.extract import article_document

    return article_document(article, Path("<stdin>"), document_id="stdin", language=language)


def load_documents(
    paths: Iterable[Path | str],
    *,
    glob: str | None = None,
    input_format: str | None = None,
    stdin: bytes | None = None,
    allow_private: bool = True,
    language: str | None = None,
    text_roots: Sequence[Path | str] = (),
) -> list[LoadedClaims]:
    """Load claims files and articles, reporting every problem at once.

    Each path is a claims file (any ``.yaml``, ``.yml`` or ``.json`` file), an
    article (text, Markdown, HTML, PDF, Word: see :mod:`factcheck.readers`),
    an ``http(s)://`` URL, ``-`` for standard input (``stdin`` if given; read
    as ``input_format``, default text), or a folder of claims files and
    articles, which ``glob`` narrows (``"2025/*.html"``). An article's claims
    are extracted (:func:`factcheck.extract_claims`); an article that a claims
    file of the run names as its text is not read twice. A file whose suffix
    names no format is a :class:`~factcheck.UsageError` unless
    ``input_format`` says how to read it. ``language`` is the articles'
    language (see :func:`factcheck.extract_claims`); claims files say their own.
    A claims file's ``document.text`` is read from its own folder or one of
    ``text_roots``.
    """
    if input_format is not None:
        reader_for(name=input_format)  # a usage error, whether or not an input needs it
    problems: list[Problem] = []
    documents: list[LoadedClaims] = []
    for given in paths:
        try:
            if str(given) == "-":
                documents.append(_load_stdin(stdin, input_format, language))
                continue
            if isinstance(given, str) and is_url(given):
                documents.append(_load_url(given, allow_private, language))
                continue
            p = Path(given)
            if not p.exists():
                problems.append(Problem(str(p), 1, 1, "no such file or directory"))
                continue
            if not p.is_dir():
                documents.append(_load_file(p, input_format, language, text_roots))
                continue
            found = _inputs_in(p, glob)
            if not found:
                what = f"matching {glob!r}" if glob else "(*.claims.yaml|yml|json, or articles: " + ", ".join(
                    article_suffixes()) + ")"
                problems.append(Problem(str(p), 1, 1, f"no claims files or articles {what} here"))
            for f in found:
                try:
                    documents.append(_load_file(f, input_format, language, text_roots))
                except InputError as exc:
                    problems.extend(exc.problems)
        except InputError as exc:
            problems.extend(exc.problems)
    named = {d.text_path for d in documents if not _is_article(d) and d.text_path is not None}
    documents = [d for d in documents if not (_is_article(d) and d.text_path in named)]
    documents = _distinct_article_ids(documents)
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
def _distinct_article_ids(documents: list[LoadedClaims]) -> list[LoadedClaims]:
    """Articles named alike in two folders (``a/story.txt``, ``b/story.txt``) get ``story``, ``story-2``."""
    ids = ArticleIds()
    out = []
    for d in documents:
        if _is_article(d) and (chosen := ids.assign(d.document_id)) != d.document_id:
            d = d.renamed(chosen)
        out.append(d)
    return out


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
    glob: str | None = None,
    input_format: str | None = None,
) -> Verification:
    """Verify claims files against rule packs and write the requested reports.

    ``paths`` (claims files, articles, URLs, ``-``, folders: see
    :func:`load_documents`) default to the bundled example; ``rules`` are added to the
    bundled packs (``bundled=False`` drops those; a run of articles only gets the
    generic pack), and may name a bundled pack (``"generic"``). ``text_roots`` are
    folders besides each claims file's own from which its ``document.text`` may be
    read. Raises :class:`~factcheck.InputError` (listing every problem, each
    with file, line and column) before anything is written.
    """
    unknown = [f for f in formats if f not in reports.formats()]
    if unknown:
        raise UsageError(f"unknown report format {', '.join(map(repr, unknown))}; "
                         f"choose from {', '.join(reports.formats())}")
    # the order of the paths and rule packs given means nothing: reports must not depend on it
    documents = sorted(
        load_documents(paths or [bundled_example()], language=language, text_roots=text_roots, glob=glob,
                       input_format=input_format),
        key=lambda d: d.document_id,
    )
    articles_only = all(_is_article(d) for d in documents)
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
    from factcheck.reports.claimreview import missing_reviews

    found = sorted({w for rule in rules for w in unmatched_selectors(rule, run.documents)})
    if "claimreview" in formats and (note := missing_reviews(run)) is not None:
        found.append(note)
    return found
