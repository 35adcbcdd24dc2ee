"""mean: a reported mean of whole-number answers is possible with its sample size (GRIM)."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _claims(mean: str, n: str | None, **extra: object) -> list[object]:
    out = [claim("score", mean, "mean", measures="survey.score", **extra)]
    return out + ([claim("respondents", n, measures="survey.respondents")] if n else [])


ROLES = {"mean": {"measures": "survey.score"}, "n": {"measures": "survey.respondents"}}


@pytest.mark.parametrize(
    ("mean", "n", "params", "status"),
    [
        ("5.19", "28", {}, "fail"),  # 145/28 = 5.18, 146/28 = 5.21
        ("5.19", "32", {}, "pass"),
        ("2.84", "16", {"items": 2}, "pass"),
        ("5.71", "40", {}, "fail"),
        ("5.71", "40", {"items": 3}, "pass"),
        ("8.10", "40", {"scale_min": 1, "scale_max": 7}, "fail"),
        ("5.19", "200", {}, "pass"),  # n ≥ 10^2: every two-decimal mean is possible
    ],
)
def test_mean(run_rule: RunRule, mean: str, n: str, params: dict[str, object], status: str) -> None:
    (result,) = run_rule(_claims(mean, n), check="mean", claims=ROLES, params=params)
    assert result.status == status
    if status == "fail":
        assert result.grade in ("gross", "minor")


def test_outside_the_scale_is_gross_and_granularity_is_minor(run_rule: RunRule) -> None:
    (off_scale,) = run_rule(_claims("8.10", "40"), check="mean", claims=ROLES,
                            params={"scale_min": 1, "scale_max": 7})
    (grain,) = run_rule(_claims("5.19", "28"), check="mean", claims=ROLES)
    assert (off_scale.grade, grain.grade) == ("gross", "minor")


def test_sample_size_as_a_param(run_rule: RunRule) -> None:
    (result,) = run_rule(_claims("5.19", None), check="mean",
                         claims={"mean": {"measures": "survey.score"}}, params={"n": 28})
    assert result.status == "fail"


def test_a_hedged_sample_size_is_tried_size_by_size(run_rule: RunRule) -> None:
    claims = [claim("score", "5.19", "mean", measures="survey.score"),
              claim("respondents", "30", measures="survey.respondents", qualifier="about")]
    (result,) = run_rule(claims, check="mean", claims=ROLES)
    assert result.status == "inconclusive"  # 28 is impossible, 32 possible


def test_a_percentage_mean(run_rule: RunRule) -> None:
    (result,) = run_rule(_claims("37.5", "17", unit="percent"), check="mean", claims=ROLES)
    assert result.status == "fail"


def test_a_possible_mean_is_not_flagged_as_slack(run_rule: RunRule) -> None:
    # every reported mean is rounded; reading 5.19 literally (166.08 / 32) is no advice to an editor
    (result,) = run_rule(_claims("5.19", "32"), check="mean", claims=ROLES)
    assert (result.status, result.slack) == ("pass", False)
    assert [d.text for d in result.derived] == ["exactly 166"]


def test_a_sample_size_that_allows_no_value_is_an_error(run_rule: RunRule) -> None:
    claims = [claim("score", "5.19", "mean", measures="survey.score"),
              claim("respondents", "0", measures="survey.respondents", qualifier="under")]
    (result,) = run_rule(claims, check="mean", claims=ROLES)
    assert result.status == "error"
    assert "allows no value as stated" in result.explanation
