"""compare: pass, fail, inconclusive and skipped, with hedged figures."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim

ROLES = {"a": {"id": "a"}, "b": {"id": "b"}}


@pytest.mark.parametrize(
    ("a", "b", "op", "status"),
    [
        (claim("a", "230"), claim("b", "523"), "<=", "pass"),
        (claim("a", "600"), claim("b", "523"), "<=", "fail"),
        (claim("a", "500", qualifier="over"), claim("b", "523"), "<=", "inconclusive"),
        (claim("a", "523", qualifier="over"), claim("b", "523"), "<=", "fail"),
        (claim("a", "523"), claim("b", "523"), "=", "pass"),
        (claim("a", "523"), claim("b", "520", qualifier="about"), "=", "inconclusive"),
        (claim("a", "523"), claim("b", "523"), "<", "fail"),
        (claim("a", "40", "percentage"), claim("b", "40.4", "percentage"), "<", "inconclusive"),
    ],
)
def test_compare(run_rule: RunRule, a: object, b: object, op: str, status: str) -> None:
    (result,) = run_rule([a, b], check="compare", params={"op": op}, claims=ROLES)
    assert result.status == status
    assert result.evidence.operands[0].claim == "a"
    assert a.value in result.explanation  # type: ignore[attr-defined]


def test_compare_is_skipped_when_a_figure_is_absent(run_rule: RunRule) -> None:
    (result,) = run_rule([claim("a", "1")], check="compare", claims=ROLES)
    assert result.status == "skipped"
    assert "role 'b'" in result.message


def test_selectors_match_every_combination(run_rule: RunRule) -> None:
    claims = [claim("v", "10", measures="victims"), claim("m", "4", measures="victims.minor"),
              claim("f", "12", measures="victims.female")]
    results = run_rule(claims, check="compare", claims={"a": {"measures": "victims.*"},
                                                        "b": {"measures": "victims"}})
    assert sorted((r.claims[0], r.status) for r in results) == [("f", "fail"), ("m", "pass")]
