"""total_change: figures revised from their first estimates add up to the stated total change."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _claims(total: str, direction: str, *pairs: tuple[str, str]) -> list[object]:
    out: list[object] = []
    for i, (first, revised) in enumerate(pairs):
        out += [claim(f"first{i}", first, measures=f"jobs.m{i}"),
                claim(f"revised{i}", revised, measures=f"jobs.m{i}", baseline=f"first{i}")]
    out.append(claim("together", total, "change", measures="jobs.revision", direction=direction,
                     total_change_of=[f"revised{i}" for i in range(len(pairs))]))
    return out


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_claims("59,000", "decrease", ("245,000", "223,000"), ("173,000", "136,000")), "pass"),
        (_claims("69,000", "decrease", ("245,000", "223,000"), ("173,000", "136,000")), "fail"),
        (_claims("30", "increase", ("100", "110"), ("50", "70")), "pass"),
        (_claims("30", "decrease", ("100", "110"), ("50", "70")), "fail"),
    ],
)
def test_total_change(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="total_change", relation="total_change")
    assert result.status == status


def test_a_failure_says_the_total_as_a_fall(run_rule: RunRule) -> None:
    claims = _claims("69,000", "decrease", ("245,000", "223,000"), ("173,000", "136,000"))
    (result,) = run_rule(claims, check="total_change", relation="total_change")
    assert result.headline == "Stated total fall of 69,000; the figures give a fall of 59,000"
