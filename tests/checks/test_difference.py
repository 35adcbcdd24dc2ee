"""difference: a balance or net figure is one figure minus another, within rounding."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _balance(imports: str, exports: str, deficit: str, *, kind: str = "amount",
             qualifier: str = "exact") -> list[object]:
    unit = {"unit": "USD"} if kind == "amount" else {}
    return [
        claim("imports", imports, kind, **unit),
        claim("exports", exports, kind, qualifier=qualifier, **unit),
        claim("deficit", deficit, kind, difference_of={"minuend": "imports", "subtrahend": "exports"},
              **unit),
    ]


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_balance("237.0", "198.0", "39"), "pass"),
        (_balance("237.0", "198.0", "40.5"), "fail"),
        (_balance("237", "198", "39.4"), "inconclusive"),
    ],
)
def test_difference(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="difference", relation="difference")
    assert result.status == status


def test_a_figure_that_allows_no_value_is_an_error_not_a_pass(run_rule: RunRule) -> None:
    (result,) = run_rule(_balance("9", "0", "5", kind="count", qualifier="under"), check="difference",
                         relation="difference")
    assert result.status == "error"
    assert "0 allows no value as stated" in result.explanation


def _moved_surplus(exports: str, imports: str, imports_direction: str, surplus: str) -> list[object]:
    return [
        claim("exports.change", exports, "change", unit="EUR", direction="increase"),
        claim("imports.change", imports, "change", unit="EUR", direction=imports_direction),
        claim("surplus.change", surplus, "amount", unit="EUR",
              difference_of={"minuend": "exports.change", "subtrahend": "imports.change"}),
    ]


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_moved_surplus("50.0", "20.0", "decrease", "70"), "pass"),  # a fall of imports adds to the surplus
        (_moved_surplus("50.0", "20.0", "increase", "30"), "pass"),
        (_moved_surplus("50.0", "20.0", "decrease", "30"), "fail"),
    ],
)
def test_a_change_stated_as_a_fall_is_negative_in_the_difference(
    run_rule: RunRule, claims: list[object], status: str
) -> None:
    (result,) = run_rule(claims, check="difference", relation="difference")
    assert result.status == status
