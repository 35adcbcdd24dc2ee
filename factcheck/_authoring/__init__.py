"""Rule authoring: lint, list, explain, JSON Schemas, and rule tests kept as data.

A journalist who writes a rule needs the same tools we use on the bundled
ones: problems pointed at ``file:line:col`` before anything runs
(:func:`lint`), a way to see what exists (:func:`rule_table`,
:func:`explain`), editor completion (:func:`json_schema`), and test cases
beside the rules (:func:`run_rule_tests`) — like ``semgrep --test`` or
sqlfluff's YAML cases. The CLI only prints what these return.
"""

from factcheck._authoring._explain import RuleRow, explain, rule_table
from factcheck._authoring._lint import LintReport, lint, unmatched_selectors
from factcheck._authoring._rule_tests import (
    CaseOutcome,
    LoadedRuleTests,
    RuleCase,
    RuleTestsFile,
    TestRun,
    Untestable,
    case_verdict,
    load_rule_tests,
    rule_tests_for,
    run_case,
    run_rule_tests,
    uncovered_rules,
)
from factcheck._authoring._schemas import SchemaName, json_schema

__all__ = [
    "CaseOutcome",
    "LintReport",
    "LoadedRuleTests",
    "RuleCase",
    "RuleRow",
    "RuleTestsFile",
    "SchemaName",
    "TestRun",
    "Untestable",
    "case_verdict",
    "explain",
    "json_schema",
    "lint",
    "load_rule_tests",
    "rule_table",
    "rule_tests_for",
    "run_case",
    "run_rule_tests",
    "uncovered_rules",
    "unmatched_selectors",
]
