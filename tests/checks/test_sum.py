"""sum: parts add up to the stated total, within rounding."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim

ROLES = {"parts": {"measures": "suspects.*"}, "total": {"measures": "suspects"}}


def _claims(total: str, *parts: str, kind: str = "count") -> list[object]:
    return [claim("total", total, kind, measures="suspects")] + [
        claim(f"p{i}", p, kind, measures=f"suspects.p{i}") for i, p in enumerate(parts)
    ]


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_claims("273", "243", "30"), "pass"),
        (_claims("273", "250", "30"), "fail"),
        (_claims("100", "33", "33", "33", kind="percentage"), "inconclusive"),
        (_claims("100", "30", "30", "30", kind="percentage"), "fail"),
    ],
)
def test_sum(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="sum", claims=ROLES)
    assert result.status == status


def test_sum_is_skipped_without_parts(run_rule: RunRule) -> None:
    (result,) = run_rule(_claims("273"), check="sum", claims=ROLES)
    assert result.status == "skipped"


def test_a_part_that_allows_no_value_is_an_error_not_a_pass(run_rule: RunRule) -> None:
    claims = _claims("273", "273", "0")
    claims[2] = claim("p1", "0", "count", measures="suspects.p1", qualifier="under")
    (result,) = run_rule(claims, check="sum", claims=ROLES)
    assert result.status == "error"
    assert "under 0" in result.explanation or "0 allows no value" in result.explanation
