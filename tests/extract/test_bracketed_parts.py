"""A part and its share in brackets right after their whole: "240 nurses (36 men, 15%)".

The bracket opens on the whole's figure, so the part is of that whole by the
wording, and the share beside the part is the part's share of it: a check of
the three is certain, not a guess from the nearest larger count.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from tests.conftest import verified


def _shares(tmp_path: Path, text: str) -> list[Status]:
    return [r.status for r in verified(tmp_path, text, "share-matches-counts")]


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        ("Last spring the charity trained 240 nurses (36 men, 15%) in first aid.", "15%", "25%"),
        ("The clinic screened 640 pupils (96 girls, or 15%) during the week.", "15%", "25%"),
    ],
)
def test_the_share_in_brackets_is_the_parts_share_of_the_whole_before(
    tmp_path: Path, text: str, right: str, wrong: str
) -> None:
    assert _shares(tmp_path, text) == [Status.PASS]
    assert _shares(tmp_path, text.replace(right, wrong)) == [Status.FAIL]


def test_a_part_larger_than_the_whole_before_its_bracket_fails(tmp_path: Path) -> None:
    text = "The board hired 40 nurses (52 men, 30%) this year."
    assert [r.status for r in verified(tmp_path, text, "part-within-whole")] == [Status.FAIL]


@pytest.mark.parametrize(
    "text",
    [
        "Revenue reached 640 million euros (702 million dollars, 18%) in the quarter.",
        "The town has 9,000 homes (2,000 built since 2010) and 12% of them are empty.",
    ],
)
def test_no_certain_part_without_a_share_closing_the_bracket(tmp_path: Path, text: str) -> None:
    assert Status.FAIL not in [r.status for r in verified(tmp_path, text)]
