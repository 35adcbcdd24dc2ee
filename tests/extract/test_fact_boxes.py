"""Fact boxes: labelled cells under a figure break it down; a box of totals holds members' parts."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified


def _results(tmp_path: Path, text: str, rule: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, rule)


BREAKDOWN = ("Riverside Rovers\n"
             "Income 5th in the division: £64m, up from £58m\n"
             "Tickets £20m | Broadcasting £{}m | Sponsors £14m | Shop £5m\n"
             "Wage bill £41m\n")


@pytest.mark.parametrize(
    ("broadcasting", "review"),
    # 20 + 25 + 14 + 5 = 64, but each cell is rounded to the million, so the sum allows 62-66: open;
    # with 45 the cells add up to 82-86, which no rounding explains, but the link is a guess: review
    [("25", False), ("45", True)],
)
def test_cells_under_a_figure_are_its_breakdown_as_a_guess(
    tmp_path: Path, broadcasting: str, review: bool
) -> None:
    (result,) = _results(tmp_path, BREAKDOWN.format(broadcasting), "total-adds-up")
    assert result.status is Status.INCONCLUSIVE
    assert ("needs review" in result.explanation) is review
    assert result.spans[0].quote == "£64m"


def test_a_table_row_is_not_a_breakdown_line(tmp_path: Path) -> None:
    text = ("Income £64m\n"
            "| Tickets | £20m | £25m |\n")
    assert _results(tmp_path, text, "total-adds-up") == []


BOX = ("Division totals\n"
       "Income £1.1bn\n"
       "Net debt £0.9bn\n"
       "\n"
       "Riverside Rovers\n"
       "Income: £{}m\n"
       "Profit £3m\n")


@pytest.mark.parametrize(("income", "status"), [("64", Status.PASS), ("1,400", Status.INCONCLUSIVE)])
def test_a_line_labelled_like_a_totals_box_line_is_a_part_of_it(
    tmp_path: Path, income: str, status: Status
) -> None:
    (result,) = _results(tmp_path, BOX.format(income), "part-within-whole")
    assert result.status is status
    assert [s.quote for s in result.spans] == ["£1.1bn", f"£{income}m"]


def test_a_box_without_totals_in_its_heading_links_nothing(tmp_path: Path) -> None:
    text = BOX.format("64").replace("Division totals", "Division figures")
    assert _results(tmp_path, text, "part-within-whole") == []
