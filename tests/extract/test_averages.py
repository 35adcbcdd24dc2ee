"""An average stated of figures its sentence states: their mean, linked only when the wording ties them."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status

RULE = "average-of-stated-figures"


def _statuses(tmp_path: Path, text: str) -> list[Status]:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    return [r.status for r in factcheck.verify([article], output=None).report.results
            if r.rule == RULE and r.status is not Status.SKIPPED]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hiring grew by 180,000 in July, 150,000 in August and 171,000 in September, averaging 167,000 a "
         "month over the last three months.", Status.PASS),
        ("Hiring grew by 180,000 in July, 150,000 in August and 171,000 in September, averaging 187,000 a "
         "month over the last three months.", Status.FAIL),
        ("Sales were $2.4 million in the first quarter and $3.0 million in the second, an average of "
         "$2.7 million a quarter over the two quarters.", Status.PASS),
    ],
)
def test_an_average_tied_to_its_figures_is_their_mean(tmp_path: Path, text: str, status: Status) -> None:
    assert _statuses(tmp_path, text) == [status]


@pytest.mark.parametrize(
    "text",
    [
        # the period counts three months, two figures are stated
        "Hiring grew by 150,000 in August and 171,000 in September, averaging 187,000 a month over the "
        "last three months.",
        # the figures are in another sentence: not tied by wording
        "Hiring grew by 180,000 in July, 150,000 in August and 171,000 in September. Hiring has averaged "
        "187,000 a month over the last three months.",
        # an average over a year of months, none of them stated
        "Hiring averaged 187,000 a month over the last twelve months.",
    ],
)
def test_an_average_not_tied_to_the_figures_stated_is_not_checked(tmp_path: Path, text: str) -> None:
    assert _statuses(tmp_path, text) == []
