"""shares_total: shares of one whole stay within 100 %, and reach it when the list names the rest."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _shares(*values: str, rest: bool = False) -> list[object]:
    out = []
    for i, v in enumerate(values):
        label = "other" if rest and i == len(values) - 1 else f"party{i}"
        out.append(claim(f"s{i}", v, "share", measures=f"vote.{label}", unit="percent",
                         listed_with=None if i == 0 else "s0"))
    return out


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_shares("41.1", "30.4", "10.4"), "pass"),
        (_shares("83.8", "18.7", "6.0"), "fail"),
        (_shares("41.12", "30.41", "28.47", rest=True), "inconclusive"),
        (_shares("50.1", "30.0", "9.9", rest=True), "fail"),
        (_shares("41.1", "30.4", "20.0", rest=True), "fail"),
        (_shares("34", "33", "33"), "inconclusive"),
    ],
)
def test_shares_total(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="shares_total", relation="listed_shares")
    assert result.status == status


def test_the_failure_says_what_the_shares_add_up_to(run_rule: RunRule) -> None:
    (result,) = run_rule(_shares("62", "38", "10"), check="shares_total", relation="listed_shares")
    assert result.explanation.startswith("62 + 38 + 10 = between 108.5 and 111.5 %")
    assert result.headline == ("The shares of one whole add up to 108.5–111.5 %, not at most 100 % "
                               "(62 + 38 + 10)")


def test_a_share_that_allows_no_value_is_an_error_not_a_pass(run_rule: RunRule) -> None:
    (result,) = run_rule(_shares("-3.0", "32.3", "20"), check="shares_total", relation="listed_shares")
    assert result.status == "error"
    assert "-3.0 allows no value as stated" in result.explanation
