"""Figures added to a total the wording names ("taking the number to 55") are parts of it, as a guess."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULES = ("part-within-whole", "listed-parts-within-whole")


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, *RULES)


@pytest.mark.parametrize(
    "text",
    [
        "The chain opened twelve shops in 2023 and two more in January, taking the number of shops to 80.",
        "For teenagers, there were 41 more arrests, for a total of 310 recorded.",
        "The club signed 3 players in the summer, bringing the total to 27.",
    ],
)
def test_additions_within_the_total_they_bring_it_to_pass(tmp_path: Path, text: str) -> None:
    results = _results(tmp_path, text)
    assert results
    assert all(r.status is Status.PASS for r in results)


def test_additions_beyond_the_total_only_ask_for_review(tmp_path: Path) -> None:
    # something may have been taken away meanwhile: the wording does not say it was not
    text = "The chain opened 60 shops in 2023 and 30 more in January, taking the number of shops to 80."
    results = _results(tmp_path, text)
    assert {r.rule for r in results} == set(RULES)
    listed = next(r for r in results if r.rule == "listed-parts-within-whole")
    assert listed.status is Status.INCONCLUSIVE
    assert "needs review" in listed.explanation


@pytest.mark.parametrize(
    "text",
    [
        # a loss, not an addition
        "The chain closed 12 shops and 3 fewer opened, taking the number of shops to 80.",
        # a percentage is not added to a count
        "Sales rose 5% in March, bringing the total to 400 units.",
        # no total is named: "to 80" is where a change led
        "The chain opened twelve shops, and its staff rose to 80.",
    ],
)
def test_no_addition_without_a_named_total(tmp_path: Path, text: str) -> None:
    assert _results(tmp_path, text) == []
