"""A share beside a part that says it is of something else than the part's whole.

"Of the 650 seats, 306 (36.1% of the vote)": the part is a number of seats,
its share is of the votes cast; 36.1 % is not 306 of 650 and must not fail as
if it were. The link is kept, as a guess, so the verdict asks for review.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _shares(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "share-matches-counts")]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 650 seats, 306 (36.1% of the vote) went to the governing party.",
        "Of the 2,000 adults polled, 600 (42% of women asked) backed the plan.",
        "The party holds 306 seats, including 41 (25% of the vote) in the north.",
    ],
)
def test_a_share_of_another_whole_is_no_certain_share_of_the_parts_whole(tmp_path: Path, text: str) -> None:
    assert _shares(tmp_path, text) == [Status.INCONCLUSIVE]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Of the 650 seats, 306 (47% of seats) went to the governing party.", "57%"),
        ("Of the 2,140 adults polled, 642 (30% of the total) backed the plan.", "40%"),
        ("Of the 480 nurses asked, 120 (25% of nurses) said no.", "35%"),
    ],
)
def test_a_share_of_the_same_whole_is_still_checked(tmp_path: Path, text: str, wrong: str) -> None:
    assert _shares(tmp_path, text) == [Status.PASS]
    right = text[text.index("(") + 1 : text.index("%") + 1]
    assert _shares(tmp_path, text.replace(right, wrong)) == [Status.FAIL]
