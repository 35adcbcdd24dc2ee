"""A change verb, its object and "by" before a percentage state a change: "cut its workforce by 6%"."""

from __future__ import annotations

import pytest

from factcheck import ClaimKind, Direction
from factcheck.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The firm raised its interim dividend by 6 percent.", Direction.INCREASE),
        ("The charity lifts its grants by 4%.", Direction.INCREASE),
        ("The board increased the annual fee by 120 percent.", Direction.INCREASE),
        ("The mill cut its workforce by 6%.", Direction.DECREASE),
        ("The city trimmed the bus fleet by 12%.", Direction.DECREASE),
        ("Ministers are reducing these grants by 3.5 per cent.", Direction.DECREASE),
        ("The clinic has reduced the number of people waiting for a hearing test by 21pc.",
         Direction.DECREASE),
    ],
)
def test_the_percentage_is_the_change_of_the_object(text: str, direction: Direction) -> None:
    (claim,) = extract_claims(text).claims
    assert claim.kind is ClaimKind.CHANGE
    assert claim.direction is direction


@pytest.mark.parametrize(
    "text",
    [
        "Voters backed the plan by 52%.",  # no change verb
        "It increased its lead over the Greens by 4%.",  # a name between: not only the object
        "The firm raised 2 loans by 6%.",  # a figure between
    ],
)
def test_other_wordings_stay_percentages(text: str) -> None:
    kinds = [c.kind for c in extract_claims(text).claims if c.value in ("52", "4", "6")]
    assert kinds == [ClaimKind.PERCENTAGE]
