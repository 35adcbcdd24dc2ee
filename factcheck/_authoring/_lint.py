"""Lint: load rules and their tests without verifying anything, and warn where they look wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck._authoring._rule_tests import load_rule_tests, rule_tests_for
from factcheck._bundled import bundled_rules
from factcheck._compiled import CompiledRule, unmatched_selectors
from factcheck._documents import LoadedClaims
from factcheck._errors import InputError, Problem
from factcheck._loading import (
    is_rule_tests_file,
    load_rules,
)

__all__ = ["LintReport", "lint", "unmatched_selectors"]


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
    yield from unmatched_selectors(rule, documents)
