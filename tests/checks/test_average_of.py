"""average_of: a stated average is the mean of the figures it is stated of."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _average(mean: str, *figures: str, kind: str = "count", **mean_fields: object) -> list[object]:
    ids = [f"m{i}" for i in range(len(figures))]
    return [*(claim(i, f, kind, measures=f"jobs.{i}") for i, f in zip(ids, figures, strict=True)),
            claim("average", mean, kind, measures="jobs.average", mean_of=ids, **mean_fields)]


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_average("167,000", "180,000", "150,000", "171,000"), "pass"),
        (_average("187,000", "180,000", "150,000", "171,000"), "fail"),
        (_average("166,667", "180,000", "150,000", "170,000"), "pass"),  # read at its written precision
        (_average("1.7", "1.8", "1.5", kind="amount"), "inconclusive"),
        (_average("170,000", "180,000", "150,000", qualifier="about"), "pass"),
    ],
)
def test_average_of(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="average_of", relation="mean_of")
    assert result.status == status


def test_a_change_counts_with_its_sign() -> None:
    from factcheck.checks.average_of import _value

    fell = claim("m0", "20,000", "change", direction="decrease")
    signed = _value(fell)
    assert signed.hi is not None
    assert signed.hi < 0


def test_a_figure_that_allows_no_value_is_an_error(run_rule: RunRule) -> None:
    claims = _average("100", "0", "200")
    claims[0] = claim("m0", "0", measures="jobs.m0", qualifier="under")
    (result,) = run_rule(claims, check="average_of", relation="mean_of")
    assert result.status == "error"
