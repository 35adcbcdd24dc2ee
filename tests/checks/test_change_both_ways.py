"""change_both_ways: the amount of a change and its level give the figure before; the percentage follows."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _claims(level: str, by: str, pct: str, *, direction: str = "increase", kind: str = "count",
            unit: str | None = None) -> list[object]:
    return [
        claim("level", level, kind, measures="cases", unit=unit),
        claim("by", by, "change", measures="cases.change", unit=unit, direction=direction, change_of="level"),
        claim("pct", pct, "change", measures="cases.change", unit="percent", direction=direction,
              change_of="level"),
    ]


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_claims("250", "50", "25"), "pass"),
        (_claims("42297", "6911", "12.3"), "fail"),
        (_claims("42297", "6911", "19.5"), "pass"),
        (_claims("150", "50", "25", direction="decrease"), "pass"),
        (_claims("14.87", "0.633", "4", kind="amount", unit="EUR"), "pass"),
        (_claims("14.87", "0.633", "9", kind="amount", unit="EUR"), "fail"),
    ],
)
def test_change_both_ways(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="change_both_ways", relation="change_both_ways")
    assert result.status == status


def test_the_failure_gives_the_percentage_the_figures_give(run_rule: RunRule) -> None:
    claims = _claims("42297", "6911", "12.3")
    (result,) = run_rule(claims, check="change_both_ways", relation="change_both_ways")
    assert result.headline == "Stated rise of 12.3 %; 6911 to 42297 gives 19.5 %"
