"""A share said to be "the remaining" one after one other share of its sentence: the two make 100 %."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified

RULE = "shares-within-whole"


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, RULE)]


@pytest.mark.parametrize(
    ("rest", "status"),
    [("38.5", Status.INCONCLUSIVE), ("48.5", Status.FAIL), ("28.5", Status.FAIL)],
)
def test_the_remaining_share_and_the_other_make_the_whole(tmp_path: Path, rest: str, status: Status) -> None:
    text = f"Small farms held 61.5 per cent of the land, while estates held the remaining {rest} per cent."
    assert _statuses(tmp_path, text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        # two shares before it: which the rest is left over from is not said
        "Of the land, 40% was farmed and 21% grazed; the remaining 45% lay idle.",
        # a change is no share of the whole
        "Sales rose 12% in the north, while the remaining 88% of stores stayed shut.",
    ],
)
def test_no_whole_made_with_other_percentages_than_one_share(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == []
