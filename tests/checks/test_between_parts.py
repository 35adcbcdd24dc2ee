"""between_parts: a whole's rate lies between its groups' rates, whatever the weights."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _groups(whole: str, *groups: str, kind: str = "percentage", **whole_fields: object) -> list[object]:
    unit = {"unit": "percent"} if kind in ("percentage", "share") else {}
    parts = [claim(f"g{i}", g, kind, measures=f"rate.g{i}", **unit) for i, g in enumerate(groups)]
    ids = [f"g{i}" for i in range(len(groups))]
    return [*parts, claim("whole", whole, kind, measures="rate", combined_of=ids, **unit, **whole_fields)]


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_groups("4.35", "4.13", "4.57"), "pass"),
        (_groups("3.41", "3.08", "3.28"), "fail"),
        (_groups("2.9", "3.08", "3.28"), "fail"),
        (_groups("3.28", "3.08", "3.28"), "inconclusive"),  # at the edge, rounding decides
        (_groups("5.30", "5.28", "5.32"), "pass"),
        (_groups("5", "4", "7", "6"), "pass"),
        (_groups("3.5", "3.08", "3.28", qualifier="about"), "inconclusive"),
    ],
)
def test_between_parts(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="between_parts", relation="combined_of")
    assert result.status == status


def test_counts_add_up_instead_so_are_not_placed_between(run_rule: RunRule) -> None:
    (result,) = run_rule(_groups("900", "400", "500", kind="count"), check="between_parts",
                         relation="combined_of")
    assert result.status == "skipped"
    assert "add up instead" in result.explanation


def test_a_failure_names_the_side_it_falls_on(run_rule: RunRule) -> None:
    (result,) = run_rule(_groups("3.41", "3.08", "3.28"), check="between_parts", relation="combined_of")
    assert result.headline is not None
    assert "above the highest" in result.headline


def test_a_group_figure_that_allows_no_value_is_an_error(run_rule: RunRule) -> None:
    claims = _groups("3", "0", "5")
    claims[0] = claim("g0", "0", "percentage", measures="rate.g0", unit="percent", qualifier="under")
    (result,) = run_rule(claims, check="between_parts", relation="combined_of")
    assert result.status == "error"
