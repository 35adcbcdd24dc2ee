"""A table row compared across its two year columns in the prose after the table.

The statement is made up; only its layout follows published income statements.
"""

from __future__ import annotations

from pathlib import Path

from factcheck import Status
from tests.conftest import verified

STATEMENT = """\
Income statement, amounts in thousands of euros.

Line | Notes | 2024, € 1,000 | 2023, € 1,000 |
TURNOVER | 1 | 4,870 | 5,020 |
Staff costs | 2 | -610 | -650 |
OPERATING PROFIT | | 4,260 | 4,370 |

"""


def _directions(tmp_path: Path, prose: str) -> list[tuple[Status, list[str]]]:
    text = STATEMENT + prose
    return [(r.status, [text[s.start : s.end] for s in r.spans])
            for r in verified(tmp_path, text, "direction-matches-figures")]


def test_a_row_said_to_be_lower_than_in_the_earlier_year_is_checked_against_its_two_cells(
    tmp_path: Path,
) -> None:
    assert _directions(tmp_path, "All told, turnover was a little lower than in 2023.\n") == [
        (Status.PASS, ["4,870", "5,020"])]


def test_a_direction_the_cells_contradict_asks_for_review_and_never_fails(tmp_path: Path) -> None:
    assert _directions(tmp_path, "Operating profit was higher than in 2023.\n") == [
        (Status.INCONCLUSIVE, ["4,260", "4,370"])]


def test_no_comparison_for_costs_written_negative_or_for_a_year_the_table_lacks(tmp_path: Path) -> None:
    # costs of -610 against -650 are lower costs, which a comparison of signed values reads the other way
    assert _directions(tmp_path, "Staff costs were lower than in 2023.\n") == []
    assert _directions(tmp_path, "Turnover was lower than in 2019.\n") == []
