"""share: a share of a counted whole must be GRIM-consistent; failures are graded."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _claims(share: str, whole: str, part: str | None = None, qualifier: str = "exact") -> list[object]:
    out = [claim("whole", whole), claim("s", share, "share", qualifier=qualifier,
                                         share_of={"whole": "whole", "part": "part" if part else None})]
    return out + ([claim("part", part)] if part else [])


@pytest.mark.parametrize(
    ("share", "whole", "status", "implied"),
    [
        ("37.5", "17", "fail", "no value"),
        ("35.3", "17", "inconclusive", "exactly 6"),
        ("35", "17", "inconclusive", "exactly 6"),
        ("33", "17", "fail", "no value"),  # 5/17 = 29.4 %, 6/17 = 35.3 %
        ("120", "17", "fail", "no value"),
    ],
)
def test_share_of_a_count_is_grim_tested(run_rule: RunRule, share: str, whole: str, status: str,
                                         implied: str) -> None:
    (result,) = run_rule(_claims(share, whole), check="share", relation="share_of")
    assert result.status == status
    assert result.derived[0].text == implied


def test_grades(run_rule: RunRule) -> None:
    (grain,) = run_rule(_claims("37.5", "17"), check="share", relation="share_of")
    (beyond,) = run_rule(_claims("120", "17"), check="share", relation="share_of")
    (minority,) = run_rule(_claims("55", "100", "45"), check="share", relation="share_of")
    (off,) = run_rule(_claims("47", "100", "45"), check="share", relation="share_of")
    (close,) = run_rule(_claims("46", "100", "45"), check="share", relation="share_of")
    assert (grain.grade, beyond.grade, minority.grade) == ("minor", "gross", "gross")
    assert (off.grade, close.grade) == ("major", "minor")  # 2 points off a whole percent; half a point
