"""factcheck.testing.rule_examples finds claim sets for every bundled rule and every verdict it gives.

The verdicts a rule can reach are those its cases in the bundled tests files
show (a known gap shows nothing), so a verdict the strategies cannot build is
a gap in the strategies, not in the rule.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, find, settings

import factcheck
from factcheck import _authoring
from factcheck._bundled import bundled_rules
from factcheck.testing import rule_examples, verdict

RULES = {r.rule.id: r for r in factcheck.load_rules([bundled_rules()])}
REACHABLE = sorted({(case.rule, case.expect)
                    for path in _authoring.rule_tests_for(bundled_rules())
                    for case in _authoring.load_rule_tests(path).tests.cases
                    if case.known_gap is None})
# One example is wanted, not the simplest one: no shrinking. Each draw runs the rule on up
# to 50 candidates by design, which Hypothesis would otherwise report as slow or as
# filtering too much on a busy machine.
ONE = settings(max_examples=100, database=None, deadline=None, derandomize=True, phases=[Phase.generate],
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def test_every_bundled_rule_has_a_reachable_verdict() -> None:
    assert {rule for rule, _ in REACHABLE} == set(RULES)


@pytest.mark.parametrize(("rule_id", "expect"), REACHABLE, ids=[f"{r}-{e}" for r, e in REACHABLE])
def test_rule_examples_builds_claims_with_the_verdict(rule_id: str, expect: str) -> None:
    rule = RULES[rule_id]
    found = find(rule_examples(rule, expect), lambda _: True, settings=ONE)
    assert verdict(rule, found) == expect
