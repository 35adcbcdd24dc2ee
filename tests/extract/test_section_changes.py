"""An increase on last year beside a level is within it; a section's later changes are its parts' changes."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RELEASE = """\
Quarterly Review

The council kept within its budget in the first half, its finance office said.

Spending

Spending by the council came to $840 million in the first half of the year, $62 million above the total \
for the same months last year.

Staff costs went up by ${} million, mostly from a pay award.

Building repairs climbed by $9 million after a wet winter.
"""


def _results(tmp_path: Path, text: str, rule: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, rule, name="review.txt")


def test_an_increase_on_last_year_is_within_the_level(tmp_path: Path) -> None:
    results = _results(tmp_path, RELEASE.format("40"), "part-within-whole")
    level = next(r for r in results if r.spans[0].quote == "$840 million")
    assert level.status is Status.PASS
    assert [s.quote for s in level.spans] == ["$840 million", "$62 million"]


@pytest.mark.parametrize(("staff", "status"), [("40", Status.PASS), ("70", Status.INCONCLUSIVE)])
def test_later_changes_in_the_section_are_parts_of_its_change(
    tmp_path: Path, staff: str, status: Status
) -> None:
    # 40 + 9 is within 62; 70 is more than 62, but other costs may have fallen: for review, not a failure
    (result,) = _results(tmp_path, RELEASE.format(staff), "listed-parts-within-whole")
    assert result.status is status
    assert [s.quote for s in result.spans] == ["$62 million", f"${staff} million", "$9 million"]


def test_no_parts_outside_a_section_named_like_the_level(tmp_path: Path) -> None:
    text = RELEASE.format("40").replace("Spending\n", "Other news\n")
    assert _results(tmp_path, text, "listed-parts-within-whole") == []


BUDGET = """\
Half-year review

The city ran a deficit of about $90 million in the first half, which is {gap} smaller than the gap \
recorded for the same months a year earlier.

Receipts

Receipts in the first half came to $610 million, $31 million above the total for the same months last year.

Outlays

Spending in the first half was $12 million lower than in the same period last year.
"""


@pytest.mark.parametrize(("gap", "review"), [("more than $40 million", False), ("$70 million", True)])
def test_a_deficits_change_is_the_receipts_rise_plus_the_outlays_fall(
    tmp_path: Path, gap: str, review: bool
) -> None:
    # 31 + 12 is more than 40; the sides are read from the headings, so a mismatch only asks for review
    (result,) = _results(tmp_path, BUDGET.format(gap=gap), "total-adds-up")
    assert [s.quote for s in result.spans] == [gap, "$31 million", "$12 million"]
    assert result.status is (Status.INCONCLUSIVE if review else Status.PASS)
    assert ("needs review" in result.explanation) is review


def test_no_deficit_sum_when_both_sides_fell(tmp_path: Path) -> None:
    text = BUDGET.format(gap="$19 million").replace("$31 million above", "$31 million below")
    assert _results(tmp_path, text, "total-adds-up") == []
