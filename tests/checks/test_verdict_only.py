"""Run for its verdict alone, a check gives the same statuses as in full (the engine's second readings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import factcheck
from factcheck._engine import _bindings, _exact_binding
from factcheck.checks import Binding, only_verdicts, verdict_only
from factcheck.testing import consistent_claims_files
from tests.conftest import REPO

GENERIC = factcheck.load_rules([REPO / "rules" / "generic"])
CLAIMS_FILES = sorted((REPO / "examples").glob("*.claims.yaml")) + sorted(
    (REPO / "tests" / "data").glob("*.claims.yaml"))


def test_verdict_only_holds_inside_the_block_alone() -> None:
    assert not verdict_only()
    with only_verdicts():
        assert verdict_only()
    assert not verdict_only()


@pytest.mark.parametrize("path", CLAIMS_FILES, ids=lambda p: Path(p).name)
def test_every_check_gives_the_same_statuses_for_its_verdict_alone(path: Path) -> None:
    try:
        loaded = factcheck.load_claims(path)
    except factcheck.InputError:
        pytest.skip("a deliberately broken file")
    compared = 0
    for rule in GENERIC:
        for binding in _bindings(loaded.claims_file, rule):
            if not isinstance(binding, Binding):
                continue
            full = [f.status for f in rule.kind.function(binding, rule.params)]
            with only_verdicts():
                alone = [f.status for f in rule.kind.function(binding, rule.params)]
            assert alone == full, rule.rule.id
            compared += 1
    assert compared


@settings(max_examples=40, deadline=None)
@given(consistent_claims_files())
def test_statuses_agree_on_generated_claims_and_their_literal_readings(cf: factcheck.ClaimsFile) -> None:
    for rule in GENERIC:
        for binding in _bindings(cf, rule):
            if not isinstance(binding, Binding):
                continue
            for reading in (binding, _exact_binding(binding)):
                if reading is None:
                    continue
                full = [f.status for f in rule.kind.function(reading, rule.params)]
                with only_verdicts():
                    alone = [f.status for f in rule.kind.function(reading, rule.params)]
                assert alone == full, rule.rule.id
