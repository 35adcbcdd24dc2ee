"""A whole's rate beside the same rate for the groups that make it up lies between them."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "combined-between-parts"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Inflation was 3.08 % in rural areas and 3.28 % in urban areas; all-India 3.18 %.", Status.PASS),
        ("Inflation was 3.08 % in rural areas and 3.28 % in urban areas; all-India 3.41 %.", Status.FAIL),
        ("The jobless rate was 4.3% for men and 3.9% for women, and 4.1% overall.", Status.PASS),
        ("The jobless rate was 4.3% for men and 3.9% for women, and 4.5% overall.", Status.FAIL),
        ("The pass rate was 71.2 per cent for boys and 74.8 per cent for girls, 69.0 per cent combined.",
         Status.FAIL),
    ],
)
def test_a_whole_named_as_such_lies_between_its_groups(tmp_path: Path, text: str, status: Status) -> None:
    assert [r.status for r in _results(tmp_path, text)] == [status]


def test_a_whole_not_named_as_such_only_asks_for_review(tmp_path: Path) -> None:
    text = ("Food inflation eased to 3.41 per cent in August. Rural food inflation slowed to 3.08 per cent "
            "in August, while urban food inflation slowed to 3.28 per cent in August.")
    (result,) = _results(tmp_path, text)
    assert result.status is Status.INCONCLUSIVE
    assert "needs review" in result.explanation
    assert "not by wording" in result.explanation


@pytest.mark.parametrize(
    "text",
    [
        # counts add up instead of averaging
        "The survey reached 4,300 men and 3,900 women, 8,200 people overall.",
        # groups for different months
        "Inflation was 3.08 % in rural areas in July and 3.28 % in urban areas in August; all-India 3.41 %.",
        # the whole's figure is for another time, or of another thing
        "Unemployment was 4.3% for men and 3.9% for women; overall it was 4.5% a year earlier.",
        "Unemployment was 4.3% for men and 3.9% for women; overall, youth unemployment was 12%.",
        "Unemployment was 4.3% for men and 3.9% for women; overall it is expected to reach 4.5%.",
        # one group only: no partition of the whole
        "Inflation was 3.08 % in rural areas; all-India 3.41 %.",
        # the rate of another thing in the next sentence
        "Fuel inflation was 9.5 % in August. Food inflation was 3.08 % in August in rural areas and 3.28 % "
        "in August in urban areas.",
    ],
)
def test_no_whole_is_linked_without_a_partition_and_one_period(tmp_path: Path, text: str) -> None:
    assert _results(tmp_path, text) == []
