"""A second percentage change coordinated with a first, and the levels it leads to and from.

Company results often give a change twice: "up 9 percent at constant rates and
12 percent reported to €465 million from €415 million". The second percentage
is a change too, and it is the one the reported levels after it belong to;
"reported" between it and "to" does not break the link, nor does the same
amount restated in another currency in brackets before "compared to".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _changes(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "change-matches-figures")]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Turnover at the toy maker rose by about 9 percent at constant rates and 12 percent reported "
            "to 465 million euros compared to 415 million euros a year before.",
            "12 percent reported", "22 percent reported",
        ),
        (
            "Fees climbed 12 percent reported to 465 million euros compared to 415 million euros last year.",
            "12 percent", "22 percent",
        ),
        (
            "Fees climbed 12 percent to 465 million euros (509 million dollars) compared to "
            "415 million euros (455 million dollars) a year earlier.",
            "12 percent", "22 percent",
        ),
    ],
)
def test_the_reported_change_is_checked_against_its_levels(
    tmp_path: Path, text: str, right: str, wrong: str
) -> None:
    assert _changes(tmp_path, text) == [Status.PASS]
    assert _changes(tmp_path, text.replace(right, wrong)) == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 4 percent in May and 30% of shops raised fees to 12 euros from 10 euros.",
        "Output rose 6 percent and 15 percent of plants were idle, the survey of 200 plants found.",
    ],
)
def test_a_percentage_of_something_after_a_change_is_not_a_second_change(tmp_path: Path, text: str) -> None:
    assert Status.FAIL not in [r.status for r in verified(tmp_path, text)]
