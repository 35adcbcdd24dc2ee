"""range: plausible bounds, reading open hedges as bounds."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


@pytest.mark.parametrize(
    ("c", "params", "status"),
    [
        (claim("p", "40", "percentage"), {"min": 0, "max": 100}, "pass"),
        (claim("p", "120", "percentage"), {"min": 0, "max": 100}, "fail"),
        (claim("p", "20", "percentage", qualifier="over"), {"min": 0, "max": 100}, "pass"),
        (claim("p", "100", "percentage", qualifier="over"), {"min": 0, "max": 100}, "fail"),
        (claim("p", "100", "percentage"), {"min": 0, "max": 100}, "inconclusive"),
        (claim("n", "12.5"), {"min": 0, "integer": True}, "fail"),
        (claim("n", "1.2 million"), {"min": 0, "integer": True}, "pass"),
        (claim("y", "1850", "year"), {"min": 1900, "max": 2100}, "fail"),
        (claim("y", "2050", "year", qualifier="by"), {"min": 1900, "max": 2100}, "pass"),
    ],
)
def test_range(run_rule: RunRule, c: object, params: dict[str, object], status: str) -> None:
    (result,) = run_rule([c], check="range", params=params, each={})
    assert result.status == status


def test_range_is_skipped_when_nothing_matches(run_rule: RunRule) -> None:
    (result,) = run_rule([claim("n", "3")], check="range", params={"min": 0}, each={"kind": "year"})
    assert result.status == "skipped"
