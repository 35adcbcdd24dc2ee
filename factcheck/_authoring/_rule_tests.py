"""Rule tests kept as data: cases beside the rules, each with the verdict it must give.

Like ``semgrep --test`` or sqlfluff's YAML cases: a tiny claims set, the rule
to run on it, and the verdict expected.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck._bundled import bundled_rules
from factcheck._compiled import CompiledRule
from factcheck._documents import LoadedClaims
from factcheck._engine import evaluate
from factcheck._errors import InputError, Problem
from factcheck._loading import (
    claims_reference_problems,
    is_rule_tests_file,
    load_rules,
    parse_data_file,
    rule_files_in,
    validation_problems,
)
from factcheck._models import Claim, ClaimsFile, Document
from factcheck._registry import did_you_mean
from factcheck._verdicts import Status

__all__ = [
    "CaseOutcome",
    "LoadedRuleTests",
    "RuleCase",
    "RuleTestsFile",
    "TestRun",
    "Untestable",
    "case_verdict",
    "load_rule_tests",
    "rule_tests_for",
    "run_case",
    "run_rule_tests",
    "uncovered_rules",
]


Expect = Literal["pass", "fail", "inconclusive", "skipped", "error"]



class OtherDocument(BaseModel):
    """Another document verified with the case's, for rules across documents."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Document
    claims: list[Claim]


class RuleCase(BaseModel):
    """One test case: a tiny claims set, the rule to run on it, and the verdict it must give."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str = Field(description="Id of the rule under test.")
    name: str | None = Field(default=None, description="What the case shows, in words.")
    expect: Expect = Field(description="The verdict the rule must give on these claims.")
    known_gap: str | None = Field(
        default=None,
        description="The rule gets this case wrong today, and why; the run reports it as a known "
        "gap, and as a failure once the rule gets it right (so the note is removed).",
    )
    document: Document | None = Field(
        default=None, description="The document the claims are from; default: the file's."
    )
    claims: list[Claim]
    other_documents: list[OtherDocument] = Field(
        default_factory=list,
        description="More documents verified together with this one (for 'scope: documents' rules).",
    )


class Untestable(BaseModel):
    """A verdict a rule cannot give by construction, and why (instead of a case)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rule: str
    expect: Expect
    reason: str


class RuleTestsFile(BaseModel):
    """``tests.yaml`` beside a rules file: cases that pin down what each rule decides."""

    model_config = ConfigDict(extra="forbid", frozen=True, title="factcheck rule tests file")

    schema_: Literal["factcheck/rule-tests/v1"] = Field(
        default="factcheck/rule-tests/v1", alias="schema", description="Format version."
    )
    rules: list[str] | None = Field(
        default=None,
        description="Rules files or folders the cases test, relative to this file; default: the "
        "rules files in this file's folder.",
    )
    document: Document | None = Field(
        default=None,
        description="The document every case's claims are from, unless the case gives one; "
        "default: the first document the pack applies to.",
    )
    cases: list[RuleCase] = Field(default_factory=list)
    untestable: list[Untestable] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LoadedRuleTests:
    """A validated tests file, the rules it tests, and where each case stands."""

    path: Path
    tests: RuleTestsFile
    rules: list[CompiledRule]
    case_lines: list[int]


def rule_tests_for(path: Path) -> list[Path]:
    """The tests files for a rules file or folder (or the tests file itself)."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and is_rule_tests_file(p))
    if is_rule_tests_file(path):
        return [path]
    beside = [path.parent / n for n in ("tests.yaml", "tests.yml", f"{path.stem}.tests.yaml")]
    return [p for p in beside if p.is_file()]


def load_rule_tests(path: Path, rules: Sequence[CompiledRule] | None = None) -> LoadedRuleTests:
    """Read a tests file and the rules it names; raise :class:`InputError` listing every problem."""
    parsed = parse_data_file(path)
    try:
        tests = RuleTestsFile.model_validate(parsed.data)
    except ValidationError as exc:
        raise InputError(validation_problems(parsed, exc, RuleTestsFile)) from None
    problems: list[Problem] = []
    if rules is None:
        sources = [path.parent / r for r in tests.rules] if tests.rules else [path.parent]
        try:
            rules = load_rules(f for s in sources for f in rule_files_in(s) if not s.is_dir() or
                               f.parent == s)
        except InputError as exc:
            problems.extend(exc.problems)
            rules = []
    by_id = {r.rule.id: r for r in rules}
    for key in ("cases", "untestable"):
        for i, item in enumerate(getattr(tests, key)):
            if item.rule not in by_id and not problems:
                problems.append(parsed.problem([key, i, "rule"], f"no rule has id {item.rule!r}"
                                               f"{did_you_mean(item.rule, by_id)}"))
    for i, case in enumerate(tests.cases):
        cf = ClaimsFile(document=_document(tests, case, by_id.get(case.rule)), claims=case.claims)
        problems.extend(claims_reference_problems(parsed.part(["cases", i]), cf, None))
    if problems:
        raise InputError(problems)
    lines = [parsed.at(["cases", i])[0] for i in range(len(tests.cases))]
    return LoadedRuleTests(path, tests, list(rules), lines)


def _document(tests: RuleTestsFile, case: RuleCase, rule: CompiledRule | None) -> Document:
    if case.document is not None:
        return case.document
    if tests.document is not None:
        return tests.document
    applies = rule.pack.applies_to if rule is not None else None
    literal = next((a for a in applies or [] if not any(c in a for c in "*?[")), None)
    return Document(id=literal or "rule-test", title="Rule test")


CaseVerdict = Literal["passed", "failed", "known gap", "gap fixed"]


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """What one case gave: the rule's verdict against the expected one, and why."""

    file: str
    line: int
    rule: str
    name: str
    expect: str
    got: str
    verdict: CaseVerdict
    detail: str

    @property
    def ok(self) -> bool:
        return self.verdict in ("passed", "known gap")


@dataclass(slots=True)
class TestRun:
    """Every case of a run, and the rules that lack a passing or a failing case."""

    __test__ = False  # not a pytest class

    outcomes: list[CaseOutcome] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)

    def count(self, verdict: CaseVerdict) -> int:
        return sum(o.verdict == verdict for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)

    def summary(self) -> str:
        parts = [f"{self.count('passed')} passed", f"{self.count('failed') + self.count('gap fixed')} failed"]
        if self.count("known gap"):
            parts.append(f"{self.count('known gap')} known gaps")
        return ", ".join(parts)


def case_verdict(
    rule: CompiledRule, claims_file: ClaimsFile, others: Sequence[ClaimsFile] = ()
) -> tuple[Status, str]:
    """The rule's overall verdict on a claims set (worst of its results) and its explanations."""
    report = evaluate([LoadedClaims(cf, Path(f"<case {n}>"), None, None)
                       for n, cf in enumerate([claims_file, *others])], [rule])
    if not report.results:
        return Status.SKIPPED, "the rule does not apply to this document"
    status = Status.all_of(r.status for r in report.results)
    detail = "; ".join(dict.fromkeys(r.explanation for r in report.results))
    return status, detail


def run_case(loaded: LoadedRuleTests, index: int) -> CaseOutcome:
    case = loaded.tests.cases[index]
    rule = next(r for r in loaded.rules if r.rule.id == case.rule)
    cf = ClaimsFile(document=_document(loaded.tests, case, rule), claims=case.claims)
    others = [ClaimsFile(document=o.document, claims=o.claims) for o in case.other_documents]
    status, detail = case_verdict(rule, cf, others)
    holds = status.value == case.expect
    verdict: CaseVerdict
    if case.known_gap is not None:
        verdict = "gap fixed" if holds else "known gap"
    else:
        verdict = "passed" if holds else "failed"
    return CaseOutcome(
        file=_shown(loaded.path), line=loaded.case_lines[index], rule=case.rule,
        name=case.name or f"must {case.expect}", expect=case.expect, got=status.value,
        verdict=verdict, detail=detail if case.known_gap is None else f"{case.known_gap} ({detail})",
    )


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def run_rule_tests(paths: Iterable[Path | str] = ()) -> TestRun:
    """Run every case in the tests files for ``paths`` (default: the bundled packs).

    Raises :class:`InputError` when a tests file or a rules file has problems.
    """
    run = TestRun()
    problems: list[Problem] = []
    loaded: list[LoadedRuleTests] = []
    targets = [Path(p) for p in paths] or [bundled_rules()]
    for path in (f for t in targets for f in rule_tests_for(t)):
        try:
            loaded.append(load_rule_tests(path))
        except InputError as exc:
            problems.extend(exc.problems)
    if problems:
        raise InputError(problems)
    for lt in loaded:
        run.outcomes.extend(run_case(lt, i) for i in range(len(lt.tests.cases)))
        run.uncovered.extend(uncovered_rules(lt))
    tested = {r.rule.id for lt in loaded for r in lt.rules}
    untested = [r for r in load_rules([t for t in targets if t.is_dir() or not is_rule_tests_file(t)])
                if r.rule.id not in tested]
    run.uncovered.extend(f"{r.rule.id}: no tests file beside {_shown(Path(r.file))}" for r in untested)
    return run


def uncovered_rules(loaded: LoadedRuleTests) -> list[str]:
    """Rules with no passing case, or no failing case and no word on why there cannot be one."""
    out = []
    for r in loaded.rules:
        for want in ("pass", "fail"):
            has_case = any(c.rule == r.rule.id and c.expect == want and c.known_gap is None
                           for c in loaded.tests.cases)
            excused = any(u.rule == r.rule.id and u.expect == want for u in loaded.tests.untestable)
            if not (has_case or excused):
                out.append(f"{r.rule.id}: no case that must {want}")
    return out
