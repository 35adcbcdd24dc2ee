"""A lead in points is the difference of the two shares given right after it."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import ClaimKind, Status
from factcheck.extract import extract_claims
from tests.conftest import verified

RULE = "difference-matches-figures"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Among older voters the senator trails by six points (41% to 35%).", Status.INCONCLUSIVE),
        ("Among older voters the senator trails by nine points (41% to 35%).", Status.FAIL),
        ("The mayor leads her rival by 6 points, 41.2% to 35.4%.", Status.PASS),
        ("The mayor leads her rival by 4.8 points, 41.2% to 35.4%.", Status.FAIL),
        ("The party holds a lead of 3 points: 38% against 35%.", Status.INCONCLUSIVE),
    ],
)
def test_the_lead_is_the_larger_share_less_the_smaller(tmp_path: Path, text: str, status: Status) -> None:
    (result,) = _results(tmp_path, text)
    assert result.status is status


def test_the_lead_counts_percentage_points() -> None:
    (lead, *_) = extract_claims("Turnout fell behind by four points (52% to 48%).").claims
    assert (lead.kind, lead.unit) == (ClaimKind.PERCENTAGE, "percentage points")


@pytest.mark.parametrize(
    "text",
    [
        "The index fell by 120 points, 1.6% lower than a week ago and 2.1% below its peak.",
        "The senator trails by six points (41% to 35% in May, and 39% to 36% in June).",
        "The team won by six points, and 41% of fans to 35% said the referee was fair.",
    ],
)
def test_no_lead_without_its_two_shares_right_after(tmp_path: Path, text: str) -> None:
    assert _results(tmp_path, text) == []
