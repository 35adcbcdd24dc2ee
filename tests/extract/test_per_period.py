"""A change stated per period ("3% a year, from A to B") is an average rate, not the step from A to B."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import Status
from factcheck.extract import extract_claims
from factcheck.extract._per_period import PER_PERIOD
from tests.conftest import verified

RULE = "change-matches-figures"

#: Over fifteen years a rate near 1% a year cannot take 327,000 to 480,000: only compounding does.
YEARLY = ("Clinic visits grew by about 1% every year, from 327,000 visits in 2005 "
          "to 480,000 in 2020, the agency said.")


def _moves(text: str) -> list[tuple[str, bool, str]]:
    claims = extract_claims(text).claims
    return [(link, claim.basis[link].certain, claim.basis[link].how)
            for claim in claims if claim.basis for link in ("change_of", "baseline") if link in claim.basis]


def test_a_yearly_rate_between_two_levels_is_linked_as_a_guess_with_the_reason() -> None:
    moves = _moves(YEARLY)
    assert moves
    assert all(not certain and how == PER_PERIOD for _, certain, how in moves)


def test_a_yearly_rate_that_the_ends_do_not_match_asks_for_review(tmp_path: Path) -> None:
    results = verified(tmp_path, YEARLY, RULE)
    assert results
    assert all(r.status is Status.INCONCLUSIVE for r in results)
    assert all(r.explanation.startswith("needs review") for r in results)


@pytest.mark.parametrize("said", ["a year", "per year", "each year", "annually", "per annum", "a month"])
def test_other_wordings_of_a_rate_per_period(said: str) -> None:
    moves = _moves(YEARLY.replace("every year", said))
    assert moves
    assert all(not certain for _, certain, _ in moves)


def test_an_average_annual_rise_named_before_the_figure_is_a_rate_too() -> None:
    text = "An average annual rise of 4% took exports from 6,200 tonnes in 2011 to 9,100 tonnes in 2021."
    moves = _moves(text)
    assert moves
    assert all(not certain for _, certain, _ in moves)


@pytest.mark.parametrize("text", [
    "Arrivals rose 20% to 9,000 from 7,500 a year earlier.",
    "Arrivals rose 20% in a year, to 9,000 from 7,500.",
    "Arrivals rose 20% on a year ago to 9,000 from 7,500.",
])
def test_a_year_that_names_the_level_compared_with_or_the_span_keeps_the_change_certain(
        tmp_path: Path, text: str) -> None:
    assert [r.status for r in verified(tmp_path, text, RULE)] == [Status.PASS]
    wrong = text.replace("rose 20%", "rose 30%")
    assert [r.status for r in verified(tmp_path, wrong, RULE)] == [Status.FAIL]


def test_a_plain_change_between_two_levels_still_fails_when_it_is_wrong(tmp_path: Path) -> None:
    text = "Clinic visits grew by 12%, from 327,000 in 2005 to 480,000 in 2020."
    assert [r.status for r in verified(tmp_path, text, RULE)] == [Status.FAIL]
