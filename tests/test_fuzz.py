"""Hostile input, generated: every reader raises only its documented error (see tests/hostile/fuzz.py).

A few dozen examples per target on each run keep the suite fast; ``bench/fuzz.py``
runs the same targets for minutes.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings

from tests.hostile.fuzz import TARGETS

_FEW = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


def _fuzzing(name: str) -> Any:
    target = TARGETS[name]

    @_FEW
    @given(target.strategy)
    def test(value: Any) -> None:
        target.check(value)

    test.__doc__ = f"{name}: no exception but the documented one"
    return test


test_claims_yaml_files = _fuzzing("claims-yaml")
test_claims_json_files = _fuzzing("claims-json")
test_rules_files = _fuzzing("rules-yaml")
test_the_number_reader_and_unrounding = _fuzzing("numbers")
test_message_templates = _fuzzing("templates")
test_expressions = _fuzzing("expressions")
test_the_extractor = _fuzzing("extractor")


def test_every_target_is_fuzzed_here() -> None:
    fuzzed = {"claims-yaml", "claims-json", "rules-yaml", "numbers", "templates", "expressions", "extractor"}
    assert set(TARGETS) == fuzzed
