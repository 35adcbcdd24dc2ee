"""Rule authoring: lint, list, explain, JSON Schemas, and rule tests kept as data.

A journalist who writes a rule needs the same tools we use on the bundled
ones: problems pointed at ``file:line:col`` before anything runs
(:func:`lint`), a way to see what exists (:func:`rule_table`,
:func:`explain`), editor completion (:func:`json_schema`), and test cases
beside the rules (:func:`run_rule_tests`) — like ``semgrep --test`` or
sqlfluff's YAML cases. The CLI only prints what these return.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factcheck import checks
from factcheck._bundled import bundled_rules
from factcheck._engine import evaluate
from factcheck._errors import InputError, Problem
from factcheck._loading import (
    CompiledRule,
    LoadedClaims,
    _parse,
    _Parsed,
    _reference_problems,
    is_rule_tests_file,
    load_rules,
    rule_files_in,
    suggest,
    validation_problems,
)
from factcheck._models import QUALIFIER_ALIASES, Claim, ClaimsFile, Document
from factcheck._rules import RulePack
from factcheck._verdicts import Status

__all__ = [
    "CaseOutcome",
    "LintReport",
    "RuleCase",
    "RuleTestsFile",
    "TestRun",
    "Untestable",
    "explain",
    "json_schema",
    "lint",
    "load_rule_tests",
    "rule_table",
    "rule_tests_for",
    "run_rule_tests",
]

Expect = Literal["pass", "fail", "inconclusive", "skipped", "error"]


# --- rule tests as data -------------------------------------------------------------


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
    parsed = _parse(path)
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
                                               f"{suggest(item.rule, by_id)}"))
    for i, case in enumerate(tests.cases):
        sub = _Parsed(parsed.path, None, parsed.node(["cases", i]))
        cf = ClaimsFile(document=_document(tests, case, by_id.get(case.rule)), claims=case.claims)
        problems.extend(_reference_problems(sub, cf, None))
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


# --- lint, list, explain ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LintReport:
    """Problems (the rules cannot be used) and warnings (they can, but look wrong)."""

    problems: list[Problem]
    warnings: list[Problem]
    rules: int
    cases: int


def lint(paths: Sequence[Path | str] = (), claims: Sequence[LoadedClaims] = ()) -> LintReport:
    """Load rules and their tests files without verifying anything; never raises for bad input.

    With ``claims``, a selector whose ``measures`` or ``id`` matches no claim of
    any document its pack applies to is a warning: usually a typo, but a rule
    may rightly wait for a figure a later article states.
    """
    targets = [Path(p) for p in (paths or [bundled_rules()])]
    problems: list[Problem] = []
    warnings: list[Problem] = []
    compiled: list[CompiledRule] = []
    rule_targets = [t for t in targets if t.is_dir() or not is_rule_tests_file(t)]
    try:
        compiled = load_rules(rule_targets) if rule_targets else []
    except InputError as exc:
        problems.extend(exc.problems)
    cases = 0
    for path in dict.fromkeys(f for t in targets for f in rule_tests_for(t)):
        try:
            cases += len(load_rule_tests(path).tests.cases)
        except InputError as exc:
            problems.extend(exc.problems)
    for rule in compiled:
        warnings.extend(_rule_warnings(rule, claims))
    return LintReport(sorted(set(problems)), sorted(set(warnings)), len(compiled), cases)


_VALUE_USE = re.compile(r"\b[A-Za-z_]\w*\.value\b")


def _rule_warnings(rule: CompiledRule, documents: Sequence[LoadedClaims]) -> Iterator[Problem]:
    def warn(message: str) -> Problem:
        return Problem(rule.file, rule.line, rule.column, f"warning: {rule.rule.id}: {message}")

    pass_if = getattr(rule.params, "pass_if", None)
    if rule.kind.id == "expr" and isinstance(pass_if, str) and _VALUE_USE.search(pass_if) \
            and getattr(rule.params, "fail_if", None) is None:
        yield warn("pass_if reads a stated .value, which ignores rounding and hedges; a pass must "
                   "hold from lo to hi (e.g. 'a.hi <= b.lo')")
    docs = [d for d in documents if rule.pack.applies(d.document_id)]
    if not docs:
        return
    claims = [c for d in docs for c in d.claims_file.claims]
    selectors = dict(rule.rule.claims or {})
    if rule.rule.each is not None:
        selectors["each"] = rule.rule.each
    for role, selector in selectors.items():
        for key in ("measures", "id"):
            wanted = getattr(selector, key)
            for pattern in [wanted] if isinstance(wanted, str) else wanted or []:
                probe = selector.model_copy(update={key: pattern})
                if not any(probe.matches(c) for c in claims):
                    values = sorted({str(getattr(c, key)) for c in claims})
                    yield warn(f"{role}: no claim in {', '.join(d.document_id for d in docs)} has "
                               f"{key} {pattern!r}{suggest(pattern, values)}")


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: str
    severity: str
    kind: str
    title: str
    pack: str
    where: str


def rule_table(paths: Sequence[Path | str] = ()) -> list[RuleRow]:
    """Every rule of the given (default: bundled) packs, in file order."""
    return [
        RuleRow(r.rule.id, r.rule.severity.value, r.kind.id, r.rule.title, r.pack.pack,
                f"{r.file}:{r.line}:{r.column}")
        for r in load_rules([Path(p) for p in (paths or [bundled_rules()])])
    ]


def explain(id: str, paths: Sequence[Path | str] = ()) -> str:
    """What a rule (or a check kind) checks, its parameters with defaults, and an example.

    Raises ``KeyError`` with a suggestion when ``id`` names neither.
    """
    kinds = checks.kinds()
    compiled = load_rules([Path(p) for p in (paths or [bundled_rules()])])
    rule = next((r for r in compiled if r.rule.id == id), None)
    if rule is None and id not in kinds:
        raise KeyError(f"no rule or check kind {id!r}{suggest(id, [*kinds, *(r.rule.id for r in compiled)])}")
    lines: list[str] = []
    if rule is not None:
        r = rule.rule
        lines += [
            f"{r.id}: {r.title}",
            f"  pack:     {rule.pack.pack} ({rule.file}:{rule.line}:{rule.column})",
            f"  severity: {r.severity.value}",
            f"  check:    {rule.kind.id}",
            f"  claims:   {_choice(rule)}",
        ]
        if r.params:
            lines.append(f"  params:   {_inline(r.params)}")
        lines.append(f"  message:  {r.message}")
        if r.description:
            lines.append(f"  {r.description}")
        cases = [c for p in _tests_near(rule) for c in p.tests.cases if c.rule == r.id]
        if cases:
            lines.append(f"  tests:    {len(cases)} ("
                         + ", ".join(f"{c.expect}{' (known gap)' if c.known_gap else ''}" for c in cases)
                         + ")")
        lines.append("")
    lines += _explain_kind(kinds[rule.kind.id if rule is not None else id])
    return "\n".join(lines).rstrip() + "\n"


def _tests_near(rule: CompiledRule) -> list[LoadedRuleTests]:
    out = []
    for path in rule_tests_for(Path(rule.file)):
        try:
            out.append(load_rule_tests(path))
        except InputError:
            continue
    return out


def _choice(rule: CompiledRule) -> str:
    r = rule.rule
    if r.relation is not None:
        return f"every {r.relation} relation stated in the claims"
    if r.each is not None:
        return f"each claim matching {_inline(r.each.model_dump(exclude_none=True, mode='json'))}"
    assert r.claims is not None
    return "; ".join(f"{role} = {_inline(s.model_dump(exclude_none=True, mode='json'))}"
                     for role, s in r.claims.items())


def _inline(data: Any) -> str:
    text = yaml.safe_dump(data, default_flow_style=True, sort_keys=False, width=1000)
    return text.removesuffix("\n...\n").strip()


def _explain_kind(kind: checks.CheckKind) -> list[str]:
    doc = kind.summary.splitlines()
    lines = [f"check kind {kind.id}: {doc[0]}"]
    lines += [f"  {line.strip()}" if line.strip() else "" for line in doc[1:]]
    roles = ("any names the rule gives (see params)" if kind.any_role
             else ", ".join(f"{r} ({a})" for r, a in kind.roles.items()))
    lines += ["", f"  roles: {roles}", "  parameters:" if kind.params.model_fields else
              "  parameters: none"]
    for name, f in kind.params.model_fields.items():
        value = None if f.is_required() else _plain(f.get_default(call_default_factory=True))
        default = "required" if f.is_required() else f"default {_inline(value)}"
        kind_name = _type_name(f.annotation)
        lines.append(f"    {f.alias or name}: {kind_name}, {default}")
        if f.description:
            lines.append(f"        {f.description}")
    if kind.example:
        lines += ["", "  example:"] + [f"    {line}" for line in kind.example.splitlines()]
    return lines


def _type_name(annotation: Any) -> str:
    if typing.get_origin(annotation) is Literal:
        return "one of " + ", ".join(str(a) for a in typing.get_args(annotation))
    text = getattr(annotation, "__name__", None) if isinstance(annotation, type) else None
    return text or str(annotation).replace("typing.", "").replace("decimal.", "")


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return value if isinstance(value, str | int | float | bool | list | dict | type(None)) else str(value)


# --- JSON Schema for editors ---------------------------------------------------------------

SchemaName = Literal["claims", "rules", "rule-tests"]
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def json_schema(name: SchemaName) -> dict[str, Any]:
    """A draft-07 JSON Schema for a file format, for the VS Code YAML extension and friends.

    Pydantic emits draft 2020-12; draft-07 (what editors understand) spells
    ``$defs`` as ``definitions``, so refs are rewritten. For rules, each
    built-in check kind's params schema applies when ``check`` names it.
    """
    models: dict[str, type[BaseModel]] = {"claims": ClaimsFile, "rules": RulePack,
                                           "rule-tests": RuleTestsFile}
    model = models[name]
    schema = model.model_json_schema(by_alias=True, mode="validation")
    if name == "rules":
        _add_params_schemas(schema)
    qualifier = schema.get("$defs", {}).get("Qualifier")
    if qualifier is not None:  # the hedge may be written in words: "more than", "up to", …
        words = {k for k in QUALIFIER_ALIASES if k} | {k.replace(" ", "_") for k in QUALIFIER_ALIASES if k}
        qualifier["enum"] = sorted(words)
        qualifier["description"] = "How the text hedges the figure; common phrasings are accepted."
    schema = _numbers_as_text(_draft07(schema))
    return {"$schema": DRAFT_07, **schema}


def _add_params_schemas(schema: dict[str, Any]) -> None:
    defs = schema.setdefault("$defs", {})
    rule = defs["Rule"]
    built_in = {k: v for k, v in checks.kinds().items()
                if v.function.__module__.startswith("factcheck.checks.")}
    rule["properties"]["check"]["examples"] = sorted(built_in)
    branches = []
    for kind_id, kind in sorted(built_in.items()):
        params = kind.params.model_json_schema(by_alias=True, mode="validation")
        for key, value in params.pop("$defs", {}).items():
            defs.setdefault(key, value)
        params["title"] = f"{kind_id} params"
        branches.append({"if": {"properties": {"check": {"const": kind_id}}, "required": ["check"]},
                         "then": {"properties": {"params": params}}})
    rule["allOf"] = branches


def _numbers_as_text(node: Any) -> Any:
    """factcheck reads every YAML number as the text written (``period: 2024`` is "2024"),
    so where a string is expected an editor must accept a number too."""
    if isinstance(node, dict):
        out = {k: _numbers_as_text(v) for k, v in node.items()}
        free_text = not any(k in out for k in ("enum", "const", "format"))
        if out.get("type") == "string" and free_text:
            out["type"] = ["string", "number"]
        return out
    if isinstance(node, list):
        return [_numbers_as_text(v) for v in node]
    return node


def _draft07(node: Any) -> Any:
    if isinstance(node, dict):
        out = {("definitions" if k == "$defs" else k): _draft07(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str):
            ref = ref.replace("#/$defs/", "#/definitions/")
            if len(out) == 1:
                return {"$ref": ref}
            # draft-07 ignores every keyword beside $ref, so the ref moves into allOf
            out.pop("$ref")
            return {**out, "allOf": [{"$ref": ref}, *out.get("allOf", [])]}
        return out
    if isinstance(node, list):
        return [_draft07(v) for v in node]
    return node
