"""parts_within_whole: each part and, for disjoint parts, their sum stay within the whole."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _group(whole: str, *parts: str, **whole_fields: object) -> list[object]:
    return [claim("whole", whole, **whole_fields)] + [
        claim(f"part{i}", p, part_of="whole") for i, p in enumerate(parts)
    ]


@pytest.mark.parametrize(
    ("claims", "disjoint", "status"),
    [
        (_group("273", "30"), False, "pass"),
        (_group("273", "300"), False, "fail"),
        (_group("273", "200", "100"), False, "pass"),
        (_group("273", "200", "100"), True, "fail"),
        (_group("273", "200", "73"), True, "pass"),
        (_group("270", "250", qualifier="about"), False, "inconclusive"),
    ],
)
def test_parts_within_whole(run_rule: RunRule, claims: list[object], disjoint: bool, status: str) -> None:
    (result,) = run_rule(claims, check="parts_within_whole", relation="part_of",
                         params={"disjoint": disjoint})
    assert result.status == status
    assert result.claims[0] == "whole"


def test_no_relation_means_skipped(run_rule: RunRule) -> None:
    (result,) = run_rule([claim("whole", "3")], check="parts_within_whole", relation="part_of")
    assert result.status == "skipped"


def test_a_whole_that_allows_no_value_is_an_error_not_a_pass(run_rule: RunRule) -> None:
    claims = _group("0", "5", qualifier="under")
    (result,) = run_rule(claims, check="parts_within_whole", relation="part_of", params={"disjoint": True})
    assert result.status == "error"
    assert "allows no value as stated" in result.explanation
