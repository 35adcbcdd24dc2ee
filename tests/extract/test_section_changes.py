"""An increase on last year beside a level is within it; a section's later changes are its parts' changes."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status

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
    article = tmp_path / "review.txt"
    article.write_text(text, encoding="utf-8")
    return [r for r in factcheck.verify([article], output=None).report.results
            if r.rule == rule and r.status is not Status.SKIPPED]


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
